// The OpenAPI 3.1 document of the ideas service, generated from the shared zod schemas.
import {
  categorySchema,
  changeOwnerSchema,
  changeStatusSchema,
  commentListSchema,
  commentSchema,
  createCommentSchema,
  createIdeaSchema,
  createOwnerRuleSchema,
  devLoginSchema,
  hideCommentSchema,
  ideaDetailSchema,
  ideaListSchema,
  ideaSchema,
  listIdeasQuerySchema,
  meSchema,
  ownerRuleSchema,
  problemSchema,
  similarIdeasSchema,
  similarQuerySchema,
  statsQuerySchema,
  statsSchema,
  updateCategorySchema,
  updateCommentSchema,
  updateIdeaSchema,
  userListQuerySchema,
} from '@pulputtamo/shared';
import { z } from 'zod';

type Access = 'public' | 'signed-in' | 'admin';

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  access: Access;
  body?: z.ZodType;
  query?: z.ZodObject;
  response?: z.ZodType;
  status?: number;
  contentType?: string;
}

const voteResult = z.object({ voteCount: z.number().int(), votedByMe: z.boolean() });
const subscription = z.object({ subscribed: z.boolean() });
const list = (item: z.ZodType) => z.object({ items: z.array(item) });

export const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/health',
    summary: 'Service health',
    access: 'public',
    response: z.object({ status: z.literal('ok') }),
  },
  {
    method: 'post',
    path: '/auth/dev/login',
    summary: 'Dev login (AUTH_MODE=dev only): sets the session cookie',
    access: 'public',
    body: devLoginSchema,
    response: meSchema,
  },
  { method: 'post', path: '/auth/logout', summary: 'Ends the session', access: 'public', status: 204 },
  {
    method: 'get',
    path: '/auth/providers',
    summary: 'Sign-in mode and the identity providers of the staff groups (AUTH_MODE=oidc)',
    access: 'public',
    response: z.object({
      mode: z.enum(['dev', 'oidc']),
      items: z.array(z.object({ id: z.string(), label: z.string(), loginUrl: z.string() })),
    }),
  },
  {
    method: 'get',
    path: '/auth/oidc/{provider}/login',
    summary: 'Starts OpenID Connect sign-in (PKCE): redirects to the provider; ?returnTo=/path',
    access: 'public',
    status: 302,
  },
  {
    method: 'get',
    path: '/auth/oidc/{provider}/callback',
    summary: 'The provider returns here: checks state, exchanges the code, sets the session cookie, redirects back',
    access: 'public',
    status: 302,
  },
  { method: 'get', path: '/api/me', summary: 'The signed-in user', access: 'signed-in', response: meSchema },
  {
    method: 'get',
    path: '/api/me/data',
    summary: 'GDPR: everything stored about the signed-in person, as a JSON download',
    access: 'signed-in',
  },
  {
    method: 'delete',
    path: '/api/me',
    summary:
      'GDPR: deletes the signed-in person: ideas and comments stay without an author; votes, subscriptions and sessions go',
    access: 'signed-in',
    status: 204,
  },
  {
    method: 'get',
    path: '/api/ideas',
    summary: 'List ideas: sort, filter, full-text search, cursor pages',
    access: 'signed-in',
    query: listIdeasQuerySchema,
    response: ideaListSchema,
  },
  {
    method: 'post',
    path: '/api/ideas',
    summary: 'Submit an idea; the owner bot assigns an owner',
    access: 'signed-in',
    body: createIdeaSchema,
    response: ideaSchema,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/ideas/similar',
    summary: 'Likely duplicates of the text typed so far',
    access: 'signed-in',
    query: similarQuerySchema,
    response: similarIdeasSchema,
  },
  {
    method: 'get',
    path: '/api/ideas/{id}',
    summary: 'One idea with its status history',
    access: 'signed-in',
    response: ideaDetailSchema,
  },
  {
    method: 'patch',
    path: '/api/ideas/{id}',
    summary: 'Edit an idea (author, moderator, admin)',
    access: 'signed-in',
    body: updateIdeaSchema,
    response: ideaSchema,
  },
  {
    method: 'delete',
    path: '/api/ideas/{id}',
    summary: 'Delete an idea (author, moderator, admin)',
    access: 'signed-in',
    status: 204,
  },
  {
    method: 'put',
    path: '/api/ideas/{id}/vote',
    summary: 'Thumbs-up (idempotent; not on one’s own idea)',
    access: 'signed-in',
    response: voteResult,
  },
  {
    method: 'delete',
    path: '/api/ideas/{id}/vote',
    summary: 'Take the thumbs-up back (idempotent)',
    access: 'signed-in',
    response: voteResult,
  },
  {
    method: 'get',
    path: '/api/ideas/{id}/comments',
    summary: 'Comments, oldest first',
    access: 'signed-in',
    response: commentListSchema,
  },
  {
    method: 'post',
    path: '/api/ideas/{id}/comments',
    summary: 'Comment (notifies author and subscribers)',
    access: 'signed-in',
    body: createCommentSchema,
    response: commentSchema,
    status: 201,
  },
  {
    method: 'patch',
    path: '/api/ideas/{id}/comments/{commentId}',
    summary: 'Edit one’s own comment',
    access: 'signed-in',
    body: updateCommentSchema,
    response: commentSchema,
  },
  {
    method: 'delete',
    path: '/api/ideas/{id}/comments/{commentId}',
    summary: 'Delete one’s own comment (moderators: any)',
    access: 'signed-in',
    status: 204,
  },
  {
    method: 'post',
    path: '/api/ideas/{id}/comments/{commentId}/hide',
    summary: 'Hide a comment with a reason (moderator, admin)',
    access: 'signed-in',
    body: hideCommentSchema,
    response: commentSchema,
  },
  {
    method: 'delete',
    path: '/api/ideas/{id}/comments/{commentId}/hide',
    summary: 'Show a hidden comment again (moderator, admin)',
    access: 'signed-in',
    response: commentSchema,
  },
  {
    method: 'post',
    path: '/api/ideas/{id}/status',
    summary: 'Change status (owner, moderator, admin); closing statuses need a response',
    access: 'signed-in',
    body: changeStatusSchema,
    response: ideaDetailSchema,
  },
  {
    method: 'put',
    path: '/api/ideas/{id}/owner',
    summary: 'Hand the idea over (owner, admin)',
    access: 'signed-in',
    body: changeOwnerSchema,
    response: ideaDetailSchema,
  },
  {
    method: 'put',
    path: '/api/ideas/{id}/subscription',
    summary: 'Follow an idea',
    access: 'signed-in',
    response: subscription,
  },
  {
    method: 'delete',
    path: '/api/ideas/{id}/subscription',
    summary: 'Stop following an idea',
    access: 'signed-in',
    response: subscription,
  },
  {
    method: 'get',
    path: '/api/categories',
    summary: 'Categories (service areas)',
    access: 'public',
    response: list(categorySchema),
  },
  {
    method: 'patch',
    path: '/api/categories/{id}',
    summary: 'Set a category’s default owner or admin',
    access: 'admin',
    body: updateCategorySchema,
    response: categorySchema,
  },
  {
    method: 'get',
    path: '/api/users',
    summary: 'Find people (to hand an idea over)',
    access: 'signed-in',
    query: userListQuerySchema,
  },
  {
    method: 'get',
    path: '/api/owner-rules',
    summary: 'The owner bot’s rules',
    access: 'admin',
    response: list(ownerRuleSchema),
  },
  {
    method: 'post',
    path: '/api/owner-rules',
    summary: 'Add an owner rule',
    access: 'admin',
    body: createOwnerRuleSchema,
    response: ownerRuleSchema,
    status: 201,
  },
  { method: 'delete', path: '/api/owner-rules/{id}', summary: 'Remove an owner rule', access: 'admin', status: 204 },
  {
    method: 'get',
    path: '/api/stats',
    summary: 'Statistics',
    access: 'admin',
    query: statsQuerySchema,
    response: statsSchema,
  },
  { method: 'get', path: '/api/export.csv', summary: 'All ideas as CSV', access: 'admin', contentType: 'text/csv' },
  { method: 'get', path: '/api/audit-log', summary: 'Audit log of admin and moderator actions', access: 'admin' },
  {
    method: 'get',
    path: '/feed.atom',
    summary: 'Atom feed of new and answered ideas (?category=)',
    access: 'public',
    contentType: 'application/atom+xml',
  },
];

const toSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

function parameters(op: Operation) {
  const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'integer', minimum: 1 },
  }));
  if (op.query) {
    const json = toSchema(op.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, schema] of Object.entries(json.properties ?? {})) {
      params.push({ name, in: 'query', required: json.required?.includes(name) ?? false, schema: schema as never });
    }
  }
  return params;
}

const problem = { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };

/** Builds the document; `serverUrl` is where the service is reachable. */
export function buildOpenApi(serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const status = String(op.status ?? 200);
    const ok: Record<string, unknown> = { description: 'OK' };
    if (op.response) ok.content = { 'application/json': { schema: toSchema(op.response, 'output') } };
    else if (op.contentType) ok.content = { [op.contentType]: { schema: { type: 'string' } } };
    const responses: Record<string, unknown> = {
      [status]: ok,
      '4XX': { description: 'A problem the client can fix', ...problem },
    };
    paths[op.path] ??= {};
    (paths[op.path] as Record<string, unknown>)[op.method] = {
      summary: op.summary,
      'x-access': op.access,
      ...(op.access === 'public' ? { security: [] } : {}),
      parameters: parameters(op),
      ...(op.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(op.body, 'input') } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pulputtamo ideas service',
      version: '1.0.0',
      description: 'Staff ideas of the City of Kuopio: ideas, thumbs-up, comments, statuses, owners.',
    },
    servers: [{ url: serverUrl }],
    security: [{ session: [] }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pulputtamo_session' } },
      schemas: { Problem: toSchema(problemSchema, 'output') },
    },
    paths,
  };
}
