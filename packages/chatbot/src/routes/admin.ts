// Admin routes for content owners: unanswered questions (list, CSV, dismiss, add as example),
// statistics (JSON, CSV), contact requests, content export and content reload.
import {
  addExampleSchema,
  botIdParamSchema,
  chatStatsQuerySchema,
  unansweredParamSchema,
  unansweredQuerySchema,
} from '@pulputtamo/shared';
import { readJson, readParams, readQuery } from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import { z } from 'zod';
import { getIntentStats } from '../analytics/get-intent-stats.ts';
import { statsCsv } from '../analytics/stats-csv.ts';
import {
  addExampleFromQuestion,
  dismissQuestion,
  listUnansweredQuestions,
  unansweredCsv,
} from '../analytics/unanswered-questions.ts';
import type { ChatbotDeps, ChatbotEnv } from '../app.ts';
import { exportBot } from '../content/export-bot.ts';
import { listContactRequestsOf } from '../handover/list-contact-requests.ts';
import { reloadContent } from '../registry/reload-content.ts';
import { requireAdmin } from './require-admin.ts';

const exportParamSchema = botIdParamSchema.extend({ file: z.enum(['nlu.yml', 'domain.yml', 'questions.csv']) });
const TYPES = { yml: 'application/yaml; charset=utf-8', csv: 'text/csv; charset=utf-8' };

function download(name: string, body: string) {
  const type = name.endsWith('.csv') ? TYPES.csv : TYPES.yml;
  return { body, headers: { 'content-type': type, 'content-disposition': `attachment; filename="${name}"` } };
}

export function adminRoutes(deps: ChatbotDeps): Hono<ChatbotEnv> {
  const app = new Hono<ChatbotEnv>();
  app.use('/api/admin/*', requireAdmin(deps.config.adminToken));
  app.get('/api/admin/bots/:botId/unanswered', (c) => {
    const { botId } = readParams(c, botIdParamSchema);
    return c.json({ items: listUnansweredQuestions(deps, botId, readQuery(c, unansweredQuerySchema)) });
  });
  app.get('/api/admin/bots/:botId/unanswered.csv', (c) => {
    const { botId } = readParams(c, botIdParamSchema);
    const file = download(
      `${botId}-unanswered.csv`,
      unansweredCsv(listUnansweredQuestions(deps, botId, readQuery(c, unansweredQuerySchema))),
    );
    return c.body(file.body, 200, file.headers);
  });
  app.post('/api/admin/bots/:botId/unanswered/:id/examples', async (c) => {
    const { botId, id } = readParams(c, unansweredParamSchema);
    return c.json(await addExampleFromQuestion(deps, botId, id, await readJson(c, addExampleSchema)), 201);
  });
  app.delete('/api/admin/bots/:botId/unanswered/:id', (c) => {
    const { botId, id } = readParams(c, unansweredParamSchema);
    dismissQuestion(deps, botId, id);
    return c.body(null, 204);
  });
  app.get('/api/admin/bots/:botId/stats', (c) => {
    const { botId } = readParams(c, botIdParamSchema);
    return c.json(getIntentStats(deps, botId, readQuery(c, chatStatsQuerySchema)));
  });
  app.get('/api/admin/bots/:botId/stats.csv', (c) => {
    const { botId } = readParams(c, botIdParamSchema);
    const file = download(
      `${botId}-stats.csv`,
      statsCsv(getIntentStats(deps, botId, readQuery(c, chatStatsQuerySchema))),
    );
    return c.body(file.body, 200, file.headers);
  });
  app.get('/api/admin/bots/:botId/contact-requests', (c) => {
    const { botId } = readParams(c, botIdParamSchema);
    return c.json({ items: listContactRequestsOf(deps, botId) });
  });
  app.get('/api/admin/bots/:botId/export/:file', (c) => {
    const { botId, file } = readParams(c, exportParamSchema);
    const out = download(`${botId}-${file}`, exportBot(deps, botId, file));
    return c.body(out.body, 200, out.headers);
  });
  app.post('/api/admin/content/reload', async (c) => c.json({ items: await reloadContent(deps) }));
  return app;
}
