/**
 * @fastify/rate-limit's store interface on the workflow store, so every web node counts into the same
 * rows. Keys are keyed hashes of the client address (never the address itself).
 */
import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/tables.js';
import { countHit } from '../../workflow/rate-limit-repository.js';

export function storeBackedRateLimit(db: Kysely<Database>, now: () => Date) {
  return class StoreRateLimit implements FastifyRateLimitStore {
    private readonly prefix: string;

    /** The plugin passes its options; a route's child passes its prefix. */
    constructor(options?: unknown) {
      this.prefix = typeof options === 'string' ? options : '';
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      const at = now();
      countHit(db, `${this.prefix}${key}`, timeWindow, at).then(
        (r) => callback(null, { current: r.hits, ttl: Math.max(0, r.resetAt.getTime() - at.getTime()) }),
        (err: Error) => callback(err),
      );
    }

    child(routeOptions: { path?: string; url?: string; method?: string | string[] }): FastifyRateLimitStore {
      return new StoreRateLimit(`${String(routeOptions.method)} ${routeOptions.path ?? routeOptions.url} `);
    }
  };
}
