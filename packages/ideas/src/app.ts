// Builds the ideas service's Hono app from its dependencies; no port, no env, no globals.
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
import type { IdeasConfig } from './config.ts';
import type { Db } from './db/client.ts';

export interface IdeasDeps {
  db: Db;
  config: IdeasConfig;
  logger: Logger;
  /** Current time in epoch ms; tests pass a fixed clock. */
  clock: () => number;
}

export type IdeasEnv = { Variables: RequestIdVariables };

export function createApp(deps: IdeasDeps): Hono<IdeasEnv> {
  const app = new Hono<IdeasEnv>();
  app.use(requestLogger(deps.logger));
  app.onError(createErrorHandler(deps.logger));
  app.notFound(notFoundHandler);
  app.route('/', healthRoutes());
  app.route('/', widgetRoutes({ pages: { '/': 'staff-app.html', '/demo/intranet': 'demo-intranet.html' } }));
  return app;
}
