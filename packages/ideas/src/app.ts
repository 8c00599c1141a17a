// Builds the ideas service's Hono app from its dependencies; no port, no env, no globals.
import {
  allowCors,
  bodySizeLimit,
  createErrorHandler,
  healthRoutes,
  notFoundHandler,
  originGuard,
  type RequestIdVariables,
  requestLogger,
  securityHeaders,
  widgetRoutes,
} from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { type CurrentUserVariables, currentUser } from './auth/current-user.ts';
import { createOidcClient, type OidcClient } from './auth/oidc-client.ts';
import { useRateLimits } from './auth/rate-limits.ts';
import type { IdeasConfig } from './config.ts';
import type { Db } from './db/client.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { commentRoutes } from './routes/comments.ts';
import { directoryRoutes } from './routes/directory.ts';
import { feedRoutes } from './routes/feed.ts';
import { ideaRoutes } from './routes/ideas.ts';
import { oidcRoutes } from './routes/oidc.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { personalDataRoutes } from './routes/personal-data.ts';
import { statusRoutes } from './routes/status.ts';
import { voteRoutes } from './routes/votes.ts';
import { buildOwnerIndex, type OwnerIndex } from './services/owner-index.ts';

export interface IdeasDeps {
  db: Db;
  config: IdeasConfig;
  logger: Logger;
  /** Current time in epoch ms; tests pass a fixed clock. */
  clock: () => number;
  /** The owner bot's evidence (confirmed owners of past ideas), kept in memory and updated on confirmation. */
  ownerIndex: OwnerIndex;
  /** The OpenID Connect relying party (AUTH_MODE=oidc). */
  oidc: OidcClient;
}

export type IdeasEnv = { Variables: RequestIdVariables & CurrentUserVariables };

/** Largest accepted request body: a 10,000-character idea in JSON with room for escapes. */
const MAX_BODY_BYTES = 256 * 1024;

export function createApp(
  input: Omit<IdeasDeps, 'ownerIndex' | 'oidc'> & { ownerIndex?: OwnerIndex; oidc?: OidcClient },
): Hono<IdeasEnv> {
  const deps: IdeasDeps = {
    ...input,
    ownerIndex: input.ownerIndex ?? buildOwnerIndex(input.db),
    oidc: input.oidc ?? createOidcClient(),
  };
  const app = new Hono<IdeasEnv>();
  app.use(requestLogger(deps.logger));
  app.onError(createErrorHandler(deps.logger));
  app.notFound(notFoundHandler);
  app.use(bodySizeLimit(MAX_BODY_BYTES));
  const { config } = deps;
  app.use(
    securityHeaders({
      connectOrigins: [new URL(config.chatUrl).origin],
      frameAncestors: config.frameAncestors,
      formActions: config.oidcProviders.map((p) => new URL(p.issuer).origin),
    }),
  );
  // The intranet (another origin on the City's site) may call the API with the staff cookie.
  const corsOrigins = config.corsOrigins;
  app.use(
    '/api/*',
    allowCors({ origins: corsOrigins, methods: ['GET', 'HEAD', 'PUT', 'POST', 'PATCH', 'DELETE'], credentials: true }),
  );
  app.use(originGuard([config.publicUrl, ...corsOrigins]));
  app.use(currentUser(deps.db, deps.clock, config.sessionSecret));
  useRateLimits(app, config, deps.clock);
  app.route('/', healthRoutes());
  app.route('/', authRoutes(deps));
  app.route('/', oidcRoutes(deps));
  app.route('/', personalDataRoutes(deps));
  app.route('/', ideaRoutes(deps));
  app.route('/', voteRoutes(deps));
  app.route('/', commentRoutes(deps));
  app.route('/', statusRoutes(deps));
  app.route('/', directoryRoutes(deps));
  app.route('/', adminRoutes(deps));
  app.route('/', feedRoutes(deps));
  app.route('/', openApiRoutes(deps));
  app.route('/', widgetRoutes({ pages: { '/': 'staff-app.html', '/demo/intranet': 'demo-intranet.html' } }));
  return app;
}
