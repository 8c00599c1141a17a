// Admin routes: owner rules, category owners, statistics, CSV export and the audit log.
import { createOwnerRuleSchema, idParamSchema, statsQuerySchema, updateCategorySchema } from '@pulputtamo/shared';
import { readJson, readParams, readQuery } from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import { z } from 'zod';
import type { IdeasDeps, IdeasEnv } from '../app.ts';
import { requireRole } from '../auth/current-user.ts';
import { getAuditLog } from '../services/audit.ts';
import { updateCategory } from '../services/categories.ts';
import { exportIdeasCsv } from '../services/export-csv.ts';
import { addOwnerRule, getOwnerRules, removeOwnerRule } from '../services/owner-rules.ts';
import { getStats } from '../services/stats.ts';

const auditQuerySchema = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function adminRoutes(deps: IdeasDeps): Hono<IdeasEnv> {
  const app = new Hono<IdeasEnv>();
  app.get('/api/owner-rules', (c) => {
    requireRole(c, 'admin');
    return c.json({ items: getOwnerRules(deps) });
  });
  app.post('/api/owner-rules', async (c) => {
    const user = requireRole(c, 'admin');
    return c.json(addOwnerRule(deps, user, await readJson(c, createOwnerRuleSchema)), 201);
  });
  app.delete('/api/owner-rules/:id', (c) => {
    const user = requireRole(c, 'admin');
    removeOwnerRule(deps, user, readParams(c, idParamSchema).id);
    return c.body(null, 204);
  });
  app.patch('/api/categories/:id', async (c) => {
    const user = requireRole(c, 'admin');
    const { id } = readParams(c, idParamSchema);
    return c.json(updateCategory(deps, user, id, await readJson(c, updateCategorySchema)));
  });
  app.get('/api/stats', (c) => {
    requireRole(c, 'admin');
    return c.json(getStats(deps, readQuery(c, statsQuerySchema)));
  });
  app.get('/api/export.csv', (c) => {
    requireRole(c, 'admin');
    return c.body(exportIdeasCsv(deps), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="ideas.csv"',
    });
  });
  app.get('/api/audit-log', (c) => {
    requireRole(c, 'admin');
    const { before, limit } = readQuery(c, auditQuerySchema);
    return c.json({ items: getAuditLog(deps, before, limit) });
  });
  return app;
}
