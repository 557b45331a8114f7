/** The session cookie: a random token (its hash is the session's key in the store), httpOnly, SameSite=Lax. */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'oa_sessie';

/** Secure whenever the browser talks TLS to us or to the proxy in front (TRUST_PROXY + X-Forwarded-Proto). */
export function cookieOptions(req: FastifyRequest) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: req.protocol === 'https' };
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(req));
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(req));
}
