/**
 * A per-client request budget for the public API: `max` requests per fixed window of `windowMs`, per
 * client address (in memory, per node). Over budget: 429 as problem details with Retry-After; every
 * answer carries RateLimit-Limit / -Remaining / -Reset, so a client can pace itself.
 */
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.js';

export interface RateLimitOptions {
  readonly max: number;
  readonly windowMs: number;
}

export const DEFAULT_API_RATE_LIMIT: RateLimitOptions = { max: 600, windowMs: 60_000 };

export class FixedWindowLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request of `client`: how many remain in this window and when it ends (ms from now). */
  take(client: string): { allowed: boolean; remaining: number; resetMs: number } {
    const now = this.now();
    if (now - this.windowStart >= this.options.windowMs) {
      // A new window: forget every client (the map never outgrows one window's clients).
      this.windowStart = now;
      this.counts = new Map();
    }
    const used = (this.counts.get(client) ?? 0) + 1;
    this.counts.set(client, used);
    return {
      allowed: used <= this.options.max,
      remaining: Math.max(0, this.options.max - used),
      resetMs: this.windowStart + this.options.windowMs - now,
    };
  }
}

export function apiRateLimit(app: FastifyInstance, options: RateLimitOptions): void {
  const limiter = new FixedWindowLimiter(options);
  app.addHook('onRequest', async (req, reply) => {
    const { allowed, remaining, resetMs } = limiter.take(req.ip);
    const reset = Math.max(1, Math.ceil(resetMs / 1000));
    reply.header('ratelimit-limit', options.max);
    reply.header('ratelimit-remaining', remaining);
    reply.header('ratelimit-reset', reset);
    if (allowed) return;
    reply.header('retry-after', reset);
    return sendProblem(req, reply, 'too_many_requests', {
      nl: `Meer dan ${options.max} vragen in ${options.windowMs / 1000} seconden van dit adres. Probeer opnieuw over ${reset} seconden.`,
      en: `More than ${options.max} requests in ${options.windowMs / 1000} seconds from this address. Try again in ${reset} seconds.`,
    });
  });
}
