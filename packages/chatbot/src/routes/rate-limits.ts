// Per-IP limits on the public chat routes (the bots face the internet anonymously). A library's
// shared computers sit behind one address, so the message limit is generous; contact requests,
// which e-mail a person, are tight. Only accepted requests count. Over: 429 with Retry-After.
import { clientIp, createRateLimiter, type RateLimit } from '@pulputtamo/shared/server';
import type { Hono, MiddlewareHandler } from 'hono';
import type { ChatbotEnv } from '../app.ts';
import type { ChatbotConfig } from '../config.ts';

const MINUTE = 60_000;

export const RATE_LIMITS = {
  message: { limit: 120, windowMs: MINUTE },
  feedback: { limit: 120, windowMs: MINUTE },
  contactRequest: { limit: 10, windowMs: 60 * MINUTE },
  liveChat: { limit: 10, windowMs: 10 * MINUTE },
} satisfies Record<string, RateLimit>;

/** Registers the limits on `app` (before the routes themselves). */
export function useRateLimits(
  app: Hono<ChatbotEnv>,
  config: Pick<ChatbotConfig, 'rateLimit' | 'trustProxy'>,
  clock: () => number,
): void {
  if (!config.rateLimit) return;
  const limiter = createRateLimiter(clock);
  const limit =
    (action: keyof typeof RATE_LIMITS): MiddlewareHandler<ChatbotEnv> =>
    async (c, next) => {
      const rule = RATE_LIMITS[action];
      const ip = `ip:${clientIp(c, config.trustProxy)}`;
      limiter.check(action, ip, rule);
      await next();
      if (c.res.status < 400) limiter.record(action, ip, rule);
    };
  app.post('/api/bots/:botId/messages', limit('message'));
  app.post('/api/bots/:botId/feedback', limit('feedback'));
  app.post('/api/bots/:botId/contact-requests', limit('contactRequest'));
  app.post('/api/bots/:botId/live-chat-requests', limit('liveChat'));
}
