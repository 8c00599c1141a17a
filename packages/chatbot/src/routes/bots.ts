// Public bot routes: which bots are served here, and a bot's greeting and opening topics.
import { botIdParamSchema, botQuerySchema } from '@pulputtamo/shared';
import { readParams, readQuery } from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import type { ChatbotDeps, ChatbotEnv } from '../app.ts';
import { describeBot, listBots } from '../conversation/describe-bots.ts';

export function botRoutes(deps: ChatbotDeps): Hono<ChatbotEnv> {
  const app = new Hono<ChatbotEnv>();
  app.get('/api/bots', (c) => c.json({ items: listBots(deps.bots, readQuery(c, botQuerySchema).lang) }));
  app.get('/api/bots/:botId', (c) => {
    const { botId } = readParams(c, botIdParamSchema);
    return c.json(describeBot(deps.bots, botId, readQuery(c, botQuerySchema).lang));
  });
  return app;
}
