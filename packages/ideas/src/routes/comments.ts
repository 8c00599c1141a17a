// Comment routes: list, create, edit and delete one's own, hide and unhide (moderators).
import {
  commentParamSchema,
  createCommentSchema,
  hideCommentSchema,
  idParamSchema,
  updateCommentSchema,
} from '@pulputtamo/shared';
import { readJson, readParams } from '@pulputtamo/shared/server';
import { Hono } from 'hono';
import type { IdeasDeps, IdeasEnv } from '../app.ts';
import { requireUser } from '../auth/current-user.ts';
import {
  addComment,
  deleteComment,
  editComment,
  getComments,
  hideComment,
  unhideComment,
} from '../services/comments.ts';

export function commentRoutes(deps: IdeasDeps): Hono<IdeasEnv> {
  const app = new Hono<IdeasEnv>();
  app.get('/api/ideas/:id/comments', (c) => {
    const user = requireUser(c);
    return c.json({ items: getComments(deps, user, readParams(c, idParamSchema).id) });
  });
  app.post('/api/ideas/:id/comments', async (c) => {
    const user = requireUser(c);
    const { id } = readParams(c, idParamSchema);
    const { body } = await readJson(c, createCommentSchema);
    return c.json(addComment(deps, user, id, body), 201);
  });
  app.patch('/api/ideas/:id/comments/:commentId', async (c) => {
    const user = requireUser(c);
    const { id, commentId } = readParams(c, commentParamSchema);
    const { body } = await readJson(c, updateCommentSchema);
    return c.json(editComment(deps, user, id, commentId, body));
  });
  app.delete('/api/ideas/:id/comments/:commentId', (c) => {
    const user = requireUser(c);
    const { id, commentId } = readParams(c, commentParamSchema);
    deleteComment(deps, user, id, commentId);
    return c.body(null, 204);
  });
  app.post('/api/ideas/:id/comments/:commentId/hide', async (c) => {
    const user = requireUser(c);
    const { id, commentId } = readParams(c, commentParamSchema);
    const { reason } = await readJson(c, hideCommentSchema);
    return c.json(hideComment(deps, user, id, commentId, reason));
  });
  app.delete('/api/ideas/:id/comments/:commentId/hide', (c) => {
    const user = requireUser(c);
    const { id, commentId } = readParams(c, commentParamSchema);
    return c.json(unhideComment(deps, user, id, commentId));
  });
  return app;
}
