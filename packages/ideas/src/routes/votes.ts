// Thumbs-up routes: PUT adds, DELETE removes; both idempotent.
import { idParamSchema } from '@pulputtamo/shared';
import { readParams } from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import type { IdeasDeps, IdeasEnv } from '../app.ts';
import { requireUser } from '../auth/current-user.ts';
import { addVote, removeVote } from '../services/votes.ts';

export function voteRoutes(deps: IdeasDeps): Hono<IdeasEnv> {
  const app = new Hono<IdeasEnv>();
  app.put('/api/ideas/:id/vote', (c) => {
    const user = requireUser(c);
    return c.json(addVote(deps, user, readParams(c, idParamSchema).id));
  });
  app.delete('/api/ideas/:id/vote', (c) => {
    const user = requireUser(c);
    return c.json(removeVote(deps, user, readParams(c, idParamSchema).id));
  });
  return app;
}
