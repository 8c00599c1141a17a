// Builds the chatbot service's Hono app from its dependencies; no port, no env, no globals.
import {
  createErrorHandler,
  healthRoutes,
  notFoundHandler,
  type RequestIdVariables,
  requestLogger,
  widgetRoutes,
} from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import type { ChatbotConfig } from './config.ts';
import type { Db } from './db/client.ts';

export interface ChatbotDeps {
  db: Db;
  config: ChatbotConfig;
  logger: Logger;
  /** Current time in epoch ms; tests pass a fixed clock. */
  clock: () => number;
}

export type ChatbotEnv = { Variables: RequestIdVariables };

export function createApp(deps: ChatbotDeps): Hono<ChatbotEnv> {
  const app = new Hono<ChatbotEnv>();
  app.use(requestLogger(deps.logger));
  app.onError(createErrorHandler(deps.logger));
  app.notFound(notFoundHandler);
  app.route('/', healthRoutes());
  app.route('/', widgetRoutes({ pages: { '/demo': 'demo-business.html' } }));
  return app;
}
