// Builds the chatbot service's Hono app from its dependencies; no port, no env, no globals.
import {
  allowCors,
  bodySizeLimit,
  createErrorHandler,
  healthRoutes,
  notFoundHandler,
  type RequestIdVariables,
  requestLogger,
  securityHeaders,
  widgetRoutes,
} from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import type { ChatbotConfig } from './config.ts';
import type { Db } from './db/client.ts';
import type { LiveChatAdapter } from './handover/live-chat-adapter.ts';
import type { BotRegistry } from './registry/bot-registry.ts';
import { adminRoutes } from './routes/admin.ts';
import { botRoutes } from './routes/bots.ts';
import { handoverRoutes } from './routes/handover.ts';
import { messageRoutes } from './routes/messages.ts';
import { useRateLimits } from './routes/rate-limits.ts';

export interface ChatbotDeps {
  db: Db;
  config: ChatbotConfig;
  logger: Logger;
  /** Current time in epoch ms; tests pass a fixed clock. */
  clock: () => number;
  /** The bots served here, trained. */
  bots: BotRegistry;
  /** The live-chat product, when one is configured. */
  liveChat?: LiveChatAdapter | undefined;
}

export type ChatbotEnv = { Variables: RequestIdVariables };

/** Largest accepted request body; a chat message is at most a few kilobytes of JSON. */
const MAX_BODY_BYTES = 32 * 1024;

export function createApp(deps: ChatbotDeps): Hono<ChatbotEnv> {
  const app = new Hono<ChatbotEnv>();
  app.use(requestLogger(deps.logger));
  app.onError(createErrorHandler(deps.logger));
  app.notFound(notFoundHandler);
  app.use(bodySizeLimit(MAX_BODY_BYTES));
  const embedders = deps.config.embedOrigins;
  app.use(securityHeaders({ frameAncestors: embedders }));
  // The widget runs on the configured sites (businesskuopio.fi, the intranet); the chat API uses no
  // cookies, so CORS names those sites and nothing more.
  app.use('/api/bots/*', allowCors({ origins: embedders, methods: ['GET', 'POST', 'DELETE'] }));
  app.use('/api/bots', allowCors({ origins: embedders, methods: ['GET'] }));
  useRateLimits(app, deps.config, deps.clock);
  app.route('/', healthRoutes());
  app.route('/', botRoutes(deps));
  app.route('/', messageRoutes(deps));
  app.route('/', handoverRoutes(deps));
  app.route('/', adminRoutes(deps));
  app.route('/', widgetRoutes({ pages: { '/demo': 'demo-business.html' } }));
  return app;
}
