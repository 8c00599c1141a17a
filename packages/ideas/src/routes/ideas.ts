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
import { deleteIdea, editIdea, findSimilarIdeas, getIdeaDetail, listIdeas, submitIdea } from '../services/ideas.ts';

export function ideaRoutes(deps: IdeasDeps): Hono<IdeasEnv> {
  const app = new Hono<IdeasEnv>();
  app.get('/api/ideas', (c) => c.json(listIdeas(deps, requireUser(c), readQuery(c, listIdeasQuerySchema))));
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
    return c.json(getIdeaDetail(deps, user, readParams(c, idParamSchema).id));
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
