// Idea routes: list, similar, submit, read, edit, delete.
import {
  createIdeaSchema,
  idParamSchema,
  listIdeasQuerySchema,
  similarQuerySchema,
  updateIdeaSchema,
} from '@pulputtamo/shared';
import { readJson, readParams, readQuery } from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import type { IdeasDeps, IdeasEnv } from '../app.ts';
import { requireUser } from '../auth/current-user.ts';
import { deleteIdea, editIdea, findSimilarIdeas, submitIdea } from '../services/ideas.ts';
import { ideaDetailJson, listIdeasJson } from '../services/rendered-ideas.ts';

const JSON_TYPE = { 'content-type': 'application/json' };

export function ideaRoutes(deps: IdeasDeps): Hono<IdeasEnv> {
  const app = new Hono<IdeasEnv>();
  // The two busiest reads answer with JSON rendered once per database write (rendered-ideas.ts).
  app.get('/api/ideas', (c) =>
    c.body(listIdeasJson(deps, requireUser(c), readQuery(c, listIdeasQuerySchema)), 200, JSON_TYPE),
  );
  app.get('/api/ideas/similar', (c) => {
    requireUser(c);
    const { text, limit } = readQuery(c, similarQuerySchema);
    return c.json(findSimilarIdeas(deps, text, limit));
  });
  app.post('/api/ideas', async (c) => {
    const user = requireUser(c);
    const idea = submitIdea(deps, user, await readJson(c, createIdeaSchema));
    return c.json(idea, 201, { location: `/api/ideas/${idea.id}` });
  });
  app.get('/api/ideas/:id', (c) => {
    const user = requireUser(c);
    return c.body(ideaDetailJson(deps, user, readParams(c, idParamSchema).id), 200, JSON_TYPE);
  });
  app.patch('/api/ideas/:id', async (c) => {
    const user = requireUser(c);
    const { id } = readParams(c, idParamSchema);
    return c.json(editIdea(deps, user, id, await readJson(c, updateIdeaSchema)));
  });
  app.delete('/api/ideas/:id', (c) => {
    deleteIdea(deps, requireUser(c), readParams(c, idParamSchema).id);
    return c.body(null, 204);
  });
  return app;
}
