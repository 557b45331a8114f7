/**
 * Which requests count as use of a municipality's figures, told from the route pattern Fastify
 * matched (never from the raw URL): the report page, its downloads, its embeds and the JSON API.
 * Pure: the web hook (hook.ts) passes in what it needs and nothing is stored from the request.
 */
import type { UsageEventKind } from './events.js';

/** Route pattern → kind of use; `:nis` is the municipality the request is about. */
const BY_ROUTE: Readonly<Record<string, UsageEventKind>> = {
  '/gemeente/:nis': 'view',
  '/gemeente/:nis/rapport.pdf': 'pdf_full',
  '/gemeente/:nis/kernrapport.pdf': 'pdf_core',
  '/gemeente/:nis/rapport.xlsx': 'xlsx',
  '/gemeente/:nis/rapport.csv': 'csv',
  '/embed/gemeente/:nis/:block': 'embed',
  '/api/v1/gemeente/:nis/rapport': 'api',
};

export interface CountedRequest {
  readonly method: string;
  /** The route pattern (`req.routeOptions.url`), undefined for a 404. */
  readonly route: string | undefined;
  readonly statusCode: number;
  readonly nis: string | undefined;
  /** The Accept header: a browser following the report's "JSON" link asks for HTML first. */
  readonly accept: string | undefined;
}

/** The kind of use of a request, or null when it is not counted (not a report output, not a success). */
export function classifyRequest(req: CountedRequest): UsageEventKind | null {
  if (req.method !== 'GET' || req.statusCode !== 200 || req.route === undefined) return null;
  if (req.nis === undefined || !/^\d{5}$/.test(req.nis)) return null;
  const kind = BY_ROUTE[req.route];
  if (kind === 'api' && (req.accept ?? '').includes('text/html')) return 'json';
  return kind ?? null;
}
