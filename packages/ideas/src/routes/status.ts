// Status and owner routes: change status with a public response, hand over ownership.
import { changeOwnerSchema, changeStatusSchema, idParamSchema } from '@pulputtamo/shared';
import { readJson, readParams } from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import type { IdeasDeps, IdeasEnv } from '../app.ts';
import { requireUser } from '../auth/current-user.ts';
import { changeOwner } from '../services/owners.ts';
import { changeStatus } from '../services/statuses.ts';

export function statusRoutes(deps: IdeasDeps): Hono<IdeasEnv> {
  const app = new Hono<IdeasEnv>();
  app.post('/api/ideas/:id/status', async (c) => {
    const user = requireUser(c);
    const { id } = readParams(c, idParamSchema);
    return c.json(changeStatus(deps, user, id, await readJson(c, changeStatusSchema)));
  });
  app.put('/api/ideas/:id/owner', async (c) => {
    const user = requireUser(c);
    const { id } = readParams(c, idParamSchema);
    return c.json(changeOwner(deps, user, id, await readJson(c, changeOwnerSchema)));
  });
  return app;
}
