// Directory routes: categories, people (for choosing an owner) and idea subscriptions.
import { idParamSchema, userListQuerySchema } from '@pulputtamo/shared';
import { readParams, readQuery } from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import type { IdeasDeps, IdeasEnv } from '../app.ts';
import { requireUser } from '../auth/current-user.ts';
import { getCategories } from '../services/categories.ts';
import { followIdea, unfollowIdea } from '../services/subscriptions.ts';
import { findPeople } from '../services/users.ts';

export function directoryRoutes(deps: IdeasDeps): Hono<IdeasEnv> {
  const app = new Hono<IdeasEnv>();
  app.get('/api/categories', (c) => c.json({ items: getCategories(deps) }));
  app.get('/api/users', (c) => {
    requireUser(c);
    const { q } = readQuery(c, userListQuerySchema);
    return c.json({ items: findPeople(deps, q) });
  });
  app.put('/api/ideas/:id/subscription', (c) => {
    const user = requireUser(c);
    return c.json(followIdea(deps, user, readParams(c, idParamSchema).id));
  });
  app.delete('/api/ideas/:id/subscription', (c) => {
    const user = requireUser(c);
    return c.json(unfollowIdea(deps, user, readParams(c, idParamSchema).id));
  });
  return app;
}
