// Fixed-window rate limits kept in memory, per key (a user id or an IP address) and action.
import { HttpError } from '../problem.ts';

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export interface RateLimiter {
  /** Throws a 429 problem with Retry-After when `key` has used up its window. */
  check(action: string, key: string, rule: RateLimit): void;
  /** Counts one request of `key`. */
  record(action: string, key: string, rule: RateLimit): void;
  /** check + record. */
  hit(action: string, key: string, rule: RateLimit): void;
}

/** At most this many keys are tracked; expired windows, then the oldest, are dropped when it is reached. */
const MAX_KEYS = 100_000;

export function createRateLimiter(clock: () => number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const id = (action: string, key: string) => `${action}\u0000${key}`;
  const current = (action: string, key: string, rule: RateLimit, now: number) => {
    const w = windows.get(id(action, key));
    return w && now - w.start < rule.windowMs ? w : undefined;
  };
  const limiter: RateLimiter = {
    check(action, key, rule) {
      const now = clock();
      const w = current(action, key, rule, now);
      if (w && w.count >= rule.limit) {
        const retryAfter = Math.max(1, Math.ceil((w.start + rule.windowMs - now) / 1000));
        throw new HttpError(429, `Too many requests. Try again in ${retryAfter} seconds.`, {
          code: 'rate-limited',
          headers: { 'retry-after': String(retryAfter) },
        });
      }
    },
    record(action, key, rule) {
      const now = clock();
      const w = current(action, key, rule, now);
      if (w) {
        w.count++;
        return;
      }
      if (windows.size >= MAX_KEYS) {
        for (const [k, v] of windows) if (now - v.start >= rule.windowMs) windows.delete(k);
        const oldest = windows.keys().next();
        if (windows.size >= MAX_KEYS && !oldest.done) windows.delete(oldest.value);
      }
      windows.set(id(action, key), { start: now, count: 1 });
    },
    hit(action, key, rule) {
      limiter.check(action, key, rule);
      limiter.record(action, key, rule);
    },
  };
  return limiter;
}
