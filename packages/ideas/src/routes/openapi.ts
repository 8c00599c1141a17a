// The OpenAPI document and a small human-readable docs page built from it.
import { Hono } from 'hono';
import type { IdeasDeps, IdeasEnv } from '../app.ts';
import { buildOpenApi, OPERATIONS } from '../openapi/build-openapi.ts';

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function docsPage(): string {
  const rows = OPERATIONS.map(
    (op) =>
      `<tr><td><code>${op.method.toUpperCase()}</code></td><td><code>${esc(op.path)}</code></td><td>${esc(op.summary)}</td><td>${op.access}</td></tr>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pulputtamo ideas API</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}</style>
</head><body><h1>Pulputtamo ideas API</h1>
<p>The machine-readable document is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1, generated from the zod schemas).
Errors are <code>application/problem+json</code>. Sign in with the session cookie (dev mode: <code>POST /auth/dev/login</code>).</p>
<table><thead><tr><th>Method</th><th>Path</th><th>What</th><th>Who</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>`;
}

export function openApiRoutes(deps: IdeasDeps): Hono<IdeasEnv> {
  const app = new Hono<IdeasEnv>();
  let document: Record<string, unknown> | undefined;
  app.get('/api/openapi.json', (c) => {
    document ??= buildOpenApi(deps.config.publicUrl);
    return c.json(document);
  });
  app.get('/api/docs', (c) => c.html(docsPage()));
  return app;
}
