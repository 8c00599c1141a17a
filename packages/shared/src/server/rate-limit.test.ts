import { describe, expect, it } from 'vitest';
import { HttpError } from '../problem.ts';
import { createRateLimiter } from './rate-limit.ts';

describe('createRateLimiter', () => {
  it('allows the limit per window and key, then answers 429 with Retry-After', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now);
    const rule = { limit: 2, windowMs: 10_000 };
    limiter.hit('vote', 'user:1', rule);
    limiter.hit('vote', 'user:1', rule);
    limiter.hit('vote', 'user:2', rule);
    limiter.hit('comment', 'user:1', rule);
    now = 4_000;
    let error: unknown;
    try {
      limiter.hit('vote', 'user:1', rule);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(429);
    expect((error as HttpError).headers['retry-after']).toBe('6');
    now = 10_000;
    expect(() => limiter.hit('vote', 'user:1', rule)).not.toThrow();
  });

  it('counts only what is recorded: checks alone never use the window up', () => {
    const limiter = createRateLimiter(() => 0);
    const rule = { limit: 1, windowMs: 1_000 };
    for (let i = 0; i < 5; i++) limiter.check('idea', 'ip:a', rule);
    limiter.record('idea', 'ip:a', rule);
    expect(() => limiter.check('idea', 'ip:a', rule)).toThrow(/Too many requests/);
  });
});
