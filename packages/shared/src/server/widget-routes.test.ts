import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createErrorHandler } from './problem-handlers.ts';
import { widgetRoutes } from './widget-routes.ts';

function setup() {
  const distDir = mkdtempSync(join(tmpdir(), 'widget-dist-'));
  mkdirSync(join(distDir, 'pages'));
  writeFileSync(join(distDir, 'chat.js'), 'export const x = 1;');
  writeFileSync(join(distDir, 'pages', 'demo.html'), '<!doctype html><title>demo</title>');
  const app = new Hono();
  app.onError(createErrorHandler(pino({ level: 'silent' })));
  app.route('/', widgetRoutes({ distDir, pages: { '/demo': 'demo.html', '/missing': 'missing.html' } }));
  return app;
}

describe('widgetRoutes', () => {
  it('serves a built bundle as JavaScript', async () => {
    const res = await setup().request('/widget/chat.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('export const x = 1;');
  });

  it('serves a mapped page as HTML', async () => {
    const res = await setup().request('/demo');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>demo</title>');
  });

  it('answers a missing build or a strange name with a 404 problem', async () => {
    const app = setup();
    for (const path of ['/widget/ideas.js', '/widget/..%2Fsecret.js', '/widget/chat.exe', '/missing']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
  });
});
