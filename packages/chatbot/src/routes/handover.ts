// Handover routes: leave a contact request for an expert, or ask for a live chat with a person.
import { botIdParamSchema, contactRequestSchema, liveChatRequestSchema } from '@pulputtamo/shared';
import { readJson, readParams } from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import type { ChatbotDeps, ChatbotEnv } from '../app.ts';
import { createContactRequest } from '../handover/create-contact-request.ts';
import { startLiveChat } from '../handover/start-live-chat.ts';

export function handoverRoutes(deps: ChatbotDeps): Hono<ChatbotEnv> {
  const app = new Hono<ChatbotEnv>();
  app.post('/api/bots/:botId/contact-requests', async (c) => {
    const { botId } = readParams(c, botIdParamSchema);
    return c.json(createContactRequest(deps, botId, await readJson(c, contactRequestSchema)), 201);
  });
  app.post('/api/bots/:botId/live-chat-requests', async (c) => {
    const { botId } = readParams(c, botIdParamSchema);
    return c.json(await startLiveChat(deps, botId, await readJson(c, liveChatRequestSchema)), 201);
  });
  return app;
}
