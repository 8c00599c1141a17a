// The intranet's Atom feed of new and recently answered ideas.

import { readQuery } from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import { z } from 'zod';
import type { IdeasDeps, IdeasEnv } from '../app.ts';
import { buildAtomFeed } from '../services/feed.ts';

const feedQuerySchema = z.object({
  category: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});

export function feedRoutes(deps: IdeasDeps): Hono<IdeasEnv> {
  const app = new Hono<IdeasEnv>();
  app.get('/feed.atom', (c) => {
    const { category } = readQuery(c, feedQuerySchema);
    return c.body(buildAtomFeed(deps, category), 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  });
  return app;
}
