/**
 * Security of every request, registered before any route: helmet headers (embeds framable), and with a
 * workflow store: cookies, the session → principal, the authorisation gate (route-rules.ts × policy.ts),
 * CSRF on every unsafe method, rate limits counted in the store, and the header's account links.
 */
import { createHmac } from 'node:crypto';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { decide } from '../../access/policy.js';
import { type Principal, PUBLIC } from '../../access/principal.js';
import { ROUTE_RULES, routeKey } from '../../access/route-rules.js';
import { renderDocument } from '../../render/html/document.js';
import type { Workflow } from '../../workflow/open-workflow.js';
import { withAccountNav } from './account-nav.js';
import { fillNonces } from './csp-nonce.js';
import { EMBED_HELMET, HELMET_OPTIONS, isEmbed, PERMISSIONS_POLICY } from './headers.js';
import { ForbiddenPage } from './pages.js';
import { storeBackedRateLimit } from './rate-limit-store.js';
import { clearSessionCookie, cookieOptions, SESSION_COOKIE } from './session-cookie.js';

export const CSRF_COOKIE = 'oa_csrf';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Binds a CSRF token to the session (or to "no session"), so a token of one person fails for another. */
export const csrfUserInfo = (principal: Principal) =>
  principal.kind === 'user' ? principal.sessionHash : 'publiek';

export function sendForbidden(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply
    .code(403)
    .type('text/html; charset=utf-8')
    .send(renderDocument(ForbiddenPage({ principal: req.principal })));
}

function csrfTokenOf(req: FastifyRequest): string | undefined {
  const header = (name: string) => {
    const v = req.headers[name];
    return typeof v === 'string' ? v : undefined;
  };
  const fromBody = (req.body as { _csrf?: unknown } | undefined)?._csrf;
  if (typeof fromBody === 'string') return fromBody;
  const multipart = String(req.headers['content-type'] ?? '').startsWith('multipart/form-data');
  const fromQuery = multipart ? (req.query as { _csrf?: unknown } | undefined)?._csrf : undefined;
  return (
    header('csrf-token') ??
    header('xsrf-token') ??
    header('x-csrf-token') ??
    header('x-xsrf-token') ??
    (typeof fromQuery === 'string' ? fromQuery : undefined)
  );
}

/** Every route seen, in registration order (the matrix test walks them). */
export function securityHooks(app: FastifyInstance, routes: Set<string>): void {
  app.decorateRequest('principal', null as never);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.add(routeKey(method, route.url));
    if (isEmbed(route.url))
      route.config = { ...(route.config ?? {}), helmet: EMBED_HELMET } as typeof route.config;
  });
}

export const securityPlugin = fp(async (app: FastifyInstance, { workflow }: { workflow?: Workflow }) => {
  await app.register(helmet, HELMET_OPTIONS);
  fillNonces(app);
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    return payload;
  });
  if (!workflow) {
    // No store, no accounts: only the open statistics routes exist, everyone is the public.
    app.addHook('onRequest', async (req) => {
      req.principal = PUBLIC;
    });
    return;
  }
  await app.register(cookie, { secret: workflow.secrets.cookie });
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, signed: true },
    csrfOpts: { hmacKey: workflow.secrets.csrf, userInfo: true },
    // An upload form (multipart) is read only after the check: its token comes in the form's address.
    getToken: (req) => csrfTokenOf(req),
    getUserInfo: (req) => csrfUserInfo(req.principal),
  });
  await app.register(rateLimit, {
    global: false,
    store: storeBackedRateLimit(workflow.db, workflow.now),
    keyGenerator: (req) =>
      createHmac('sha256', workflow.secrets.clientKey).update(req.ip).digest('hex').slice(0, 32),
  });

  app.addHook('onRequest', async (req, reply) => {
    req.principal = PUBLIC;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const person = await workflow.sessions.resolve(token);
      if (person) req.principal = person;
      else clearSessionCookie(req, reply);
    }
    const url = req.routeOptions.url;
    if (url === undefined) return; // no such route: the 404 page
    const rule = ROUTE_RULES[routeKey(req.method, url)];
    if (!rule) {
      req.log.error(`route ${routeKey(req.method, url)} has no entry in src/access/route-rules.ts: refused`);
      return sendForbidden(req, reply);
    }
    const params = req.params as Record<string, string | undefined>;
    const decision = decide(
      req.principal,
      rule.action,
      rule.municipality ? params[rule.municipality] : undefined,
    );
    if (decision === 'allowed') return;
    if (decision === 'sign-in' && !UNSAFE.has(req.method))
      return reply.redirect(`/aanmelden?terug=${encodeURIComponent(req.url)}`, 303);
    return sendForbidden(req, reply);
  });

  app.addHook('preValidation', (req, reply, done) => {
    // No route (404/405 answer): nothing is changed, so no token is needed to be told so.
    if (UNSAFE.has(req.method) && req.routeOptions.url !== undefined) app.csrfProtection(req, reply, done);
    else done();
  });

  app.addHook('onSend', async (req, reply, payload) => {
    if (req.principal?.kind !== 'user') return payload;
    reply.header('cache-control', 'private, no-store');
    const type = String(reply.getHeader('content-type') ?? '');
    return typeof payload === 'string' && type.startsWith('text/html')
      ? withAccountNav(payload, req.principal)
      : payload;
  });
});

/** A CSRF token for a form on this response. */
export function csrfToken(req: FastifyRequest, reply: FastifyReply): string {
  return reply.generateCsrf({ userInfo: csrfUserInfo(req.principal), ...cookieOptions(req), signed: true });
}
