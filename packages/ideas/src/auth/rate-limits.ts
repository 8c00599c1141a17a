// Limits on what staff can do in a burst: submitting ideas, commenting and voting, per person and
// per IP address (five people behind one address get five times the room). Only accepted requests
// count. Over the limit: 429 problem with Retry-After.
import { clientIp, createRateLimiter, type RateLimit } from '@pulputtamo/shared/server';
import type { Hono, MiddlewareHandler } from 'hono';
import type { IdeasEnv } from '../app.ts';
import type { IdeasConfig } from '../config.ts';

const MINUTE = 60_000;

/** Per person; an IP address gets five times as much. */
export const RATE_LIMITS = {
  idea: { limit: 10, windowMs: 60 * MINUTE },
  comment: { limit: 30, windowMs: 10 * MINUTE },
  vote: { limit: 120, windowMs: MINUTE },
} satisfies Record<string, RateLimit>;

const PER_IP_FACTOR = 5;

/** Registers the limits on the mutating routes of `app` (before the routes themselves). */
export function useRateLimits(
  app: Hono<IdeasEnv>,
  config: Pick<IdeasConfig, 'rateLimit' | 'trustProxy'>,
  clock: () => number,
): void {
  if (!config.rateLimit) return;
  const limiter = createRateLimiter(clock);
  const limit =
    (action: keyof typeof RATE_LIMITS): MiddlewareHandler<IdeasEnv> =>
    async (c, next) => {
      const userRule = RATE_LIMITS[action];
      const ipRule = { ...userRule, limit: userRule.limit * PER_IP_FACTOR };
      const ip = `ip:${clientIp(c, config.trustProxy)}`;
      const user = c.var.user ? `user:${c.var.user.id}` : undefined;
      limiter.check(action, ip, ipRule);
      if (user) limiter.check(action, user, userRule);
      await next();
      // Only what went through counts: a person fixing a typo in a rejected form is not throttled.
      if (c.res.status < 400) {
        limiter.record(action, ip, ipRule);
        if (user) limiter.record(action, user, userRule);
      }
    };
  app.on('POST', '/api/ideas', limit('idea'));
  app.on('POST', '/api/ideas/:id/comments', limit('comment'));
  app.on(['PUT', 'DELETE'], '/api/ideas/:id/vote', limit('vote'));
}
