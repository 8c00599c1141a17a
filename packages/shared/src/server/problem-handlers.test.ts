import { Writable } from 'node:stream';
import { Hono } from 'hono';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError } from '../problem.ts';
import { createErrorHandler, notFoundHandler } from './problem-handlers.ts';
import { readJson } from './read-json.ts';
import { type RequestIdVariables, requestLogger } from './request-logger.ts';

function createTestApp() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const app = new Hono<{ Variables: RequestIdVariables }>();
  app.use(requestLogger(logger));
  app.onError(createErrorHandler(logger));
  app.notFound(notFoundHandler);
  app.get('/boom', () => {
    throw new Error('secret database path /var/x');
  });
  app.get('/teapot', () => {
    throw new HttpError(429, 'Slow down.', { headers: { 'retry-after': '7' } });
  });
  app.post('/things', async (c) => c.json(await readJson(c, z.object({ name: z.string().min(1) })), 201));
  return { app, lines };
}

const json = (body: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('problem handlers', () => {
  it('answers an unknown route with a 404 problem', async () => {
    const { app } = createTestApp();
    const res = await app.request('/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 404, title: 'Not Found', detail: 'No route for GET /nope.' });
  });

  it('answers a thrown error with a 500 problem that leaks nothing and logs it', async () => {
    const { app, lines } = createTestApp();
    const res = await app.request('/boom');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret');
    const requestId = res.headers.get('x-request-id');
    expect(JSON.parse(text).detail).toContain(requestId);
    expect(lines.find((l) => l.msg === 'unhandled error')).toMatchObject({ requestId });
  });

  it('keeps HttpError headers such as Retry-After', async () => {
    const { app } = createTestApp();
    const res = await app.request('/teapot');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
  });

  it('answers invalid JSON with a 400 problem', async () => {
    const { app } = createTestApp();
    const res = await app.request('/things', json('{"name": '));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ type: '/problems/invalid-json', status: 400 });
  });

  it('answers a body that fails validation with the field named', async () => {
    const { app } = createTestApp();
    const res = await app.request('/things', json('{"name": 5}'));
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.errors[0].path).toBe('name');
  });

  it('answers a non-JSON content type with 415', async () => {
    const { app } = createTestApp();
    const res = await app.request('/things', { method: 'POST', body: 'name=x' });
    expect(res.status).toBe(415);
  });

  it('logs one line per request with its request id, adopting a well-formed incoming id', async () => {
    const { app, lines } = createTestApp();
    const ok = await app.request('/things', {
      ...json('{"name":"a"}'),
      headers: { 'content-type': 'application/json', 'x-request-id': 'abc-123' },
    });
    expect(ok.status).toBe(201);
    expect(ok.headers.get('x-request-id')).toBe('abc-123');
    await app.request('/nope', { headers: { 'x-request-id': 'bad id with spaces' } });
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ requestId: 'abc-123', method: 'POST', path: '/things', status: 201 });
    expect(requests[1]?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
