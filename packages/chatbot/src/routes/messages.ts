// The conversation routes: send a message, give feedback on an answer, clear the conversation.
import { botIdParamSchema, feedbackSchema, sendMessageSchema, sessionParamSchema } from '@pulputtamo/shared';
import { readJson, readParams } from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import type { ChatbotDeps, ChatbotEnv } from '../app.ts';
import { clearSession } from '../conversation/clear-session.ts';
import { giveFeedback } from '../conversation/give-feedback.ts';
import { sendMessage } from '../conversation/send-message.ts';

export function messageRoutes(deps: ChatbotDeps): Hono<ChatbotEnv> {
  const app = new Hono<ChatbotEnv>();
  app.post('/api/bots/:botId/messages', async (c) => {
    const { botId } = readParams(c, botIdParamSchema);
    return c.json(sendMessage(deps, botId, await readJson(c, sendMessageSchema)));
  });
  app.post('/api/bots/:botId/feedback', async (c) => {
    const { botId } = readParams(c, botIdParamSchema);
    giveFeedback(deps, botId, await readJson(c, feedbackSchema));
    return c.body(null, 204);
  });
  app.delete('/api/bots/:botId/sessions/:sessionId', (c) => {
    const { botId, sessionId } = readParams(c, sessionParamSchema);
    clearSession(deps, botId, sessionId);
    return c.body(null, 204);
  });
  return app;
}
