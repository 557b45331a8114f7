/**
 * The web side of counting: an `onResponse` hook (after the response has gone out, so it adds nothing
 * to a page's time) that classifies the request, drops bots (`isbot` on the User-Agent, which is read
 * and never kept; HTTP client libraries still count for the API), maps the code to its 2025 municipality and records one use. Nothing is stored per
 * request or per person, and no cookie is set.
 */
import type { FastifyInstance } from 'fastify';
import { isbot } from 'isbot';
import { classifyRequest } from './classify.js';
import type { UsageCounter } from './counter.js';

/**
 * HTTP client libraries that isbot counts as bots but that are how programs call the API: an API call
 * by one of them is counted (crawlers, headless browsers and the rest stay filtered).
 */
const API_CLIENT =
  /^(curl|wget|python-requests|python-urllib|python-httpx|aiohttp|node-fetch|undici|axios|got|go-http-client|java|okhttp|apache-httpclient|r |httr|libcurl|powershell|postmanruntime|insomnia)\b/i;

/** isbot's verdict per User-Agent, for the few hundred agents that make most requests (held in memory only). */
const verdicts = new Map<string, boolean>();

function robot(ua: string): boolean {
  let verdict = verdicts.get(ua);
  if (verdict === undefined) {
    verdict = isbot(ua);
    if (verdicts.size >= 1000) verdicts.clear();
    verdicts.set(ua, verdict);
  }
  return verdict;
}

export function isCountedAgent(userAgent: string | undefined, api: boolean): boolean {
  const ua = userAgent ?? '';
  if (!robot(ua)) return true;
  return api && API_CLIENT.test(ua);
}

export interface UsageHookOptions {
  readonly counter: UsageCounter;
  /**
   * The 2025 municipality a report's code stands for (the code itself, or the successor of a
   * 2019-2024 code when the request asks for that division); undefined when it is none.
   */
  readonly municipality2025: (nis: string, division: string | undefined) => string | undefined;
}

export function countUsage(app: FastifyInstance, { counter, municipality2025 }: UsageHookOptions): void {
  app.addHook('onResponse', (req, reply, done) => {
    try {
      const params = (req.params ?? {}) as Record<string, string | undefined>;
      const event = classifyRequest({
        method: req.method,
        route: req.routeOptions.url,
        statusCode: reply.statusCode,
        nis: params.nis,
        accept: req.headers.accept,
      });
      if (event && isCountedAgent(req.headers['user-agent'], event === 'api')) {
        const query = (req.query ?? {}) as Record<string, unknown>;
        const division = typeof query.indeling === 'string' ? query.indeling : undefined;
        const nis = municipality2025(params.nis as string, division);
        if (nis) {
          const who = req.principal;
          const own = who?.kind === 'user' && who.roles.has('gemeente') && who.municipalities.has(nis);
          counter.record({ nis, event, own });
        }
      }
    } catch (error) {
      req.log.warn(`gebruik niet geteld: ${(error as Error).message}`);
    }
    done();
  });
}
