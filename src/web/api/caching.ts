/**
 * HTTP caching of the public API. A release is immutable, so an answer is fixed by the active release,
 * the catalog version and the address asked: the ETag is made of exactly those, and a request whose
 * If-None-Match names it gets 304 before any figure is read. Answers may be cached for five minutes
 * (a new release can become active at any time); addresses that name their release are immutable.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { NoReleaseError } from '../../release/release-store.js';
import type { AppContext } from '../context.js';

export const API_MAX_AGE = 300;

/** The ETag of an address under a release and catalog version (strong: the bytes are fixed by them). */
export function apiEtag(releaseId: string, catalogVersion: string, url: string): string {
  const digest = createHash('sha256').update(url).digest('base64url').slice(0, 16);
  return `"${releaseId}.${catalogVersion}.${digest}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}

export function apiCaching(app: FastifyInstance, ctx: AppContext): void {
  const etags = new WeakMap<FastifyRequest, string>();
  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return;
    let releaseId: string;
    try {
      releaseId = (await ctx.releases.active()).id;
    } catch (e) {
      if (e instanceof NoReleaseError) return; // the handler answers 503
      throw e;
    }
    const etag = apiEtag(releaseId, ctx.catalog.version, req.url);
    etags.set(req, etag);
    if (matches(req.headers['if-none-match'], etag)) {
      return reply
        .code(304)
        .header('etag', etag)
        .header('cache-control', `public, max-age=${API_MAX_AGE}`)
        .send();
    }
  });
  app.addHook('onSend', async (req, reply, payload) => {
    const etag = etags.get(req);
    if (!etag || reply.statusCode !== 200) return payload;
    reply.header('etag', etag);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', `public, max-age=${API_MAX_AGE}`);
    return payload;
  });
}
