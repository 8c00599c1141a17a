// GDPR routes for the signed-in person: download one's data, delete oneself.
import { Hono } from 'hono';
import type { IdeasDeps, IdeasEnv } from '../app.ts';
import { requireUser } from '../auth/current-user.ts';
import { clearSessionCookie } from '../auth/session-cookie.ts';
import { deletePersonalData, exportPersonalData } from '../services/personal-data.ts';

export function personalDataRoutes(deps: IdeasDeps): Hono<IdeasEnv> {
  const app = new Hono<IdeasEnv>();
  app.get('/api/me/data', (c) => {
    const data = exportPersonalData(deps, requireUser(c));
    c.header('content-disposition', 'attachment; filename="pulputtamo-omat-tiedot.json"');
    return c.json(data);
  });
  app.delete('/api/me', (c) => {
    deletePersonalData(deps, requireUser(c));
    clearSessionCookie(c);
    return c.body(null, 204);
  });
  return app;
}
