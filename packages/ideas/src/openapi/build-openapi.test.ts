import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test-app.ts';
import { buildOpenApi, OPERATIONS } from './build-openapi.ts';

describe('OpenAPI document', () => {
  it('documents every API route the app serves', () => {
    const { app } = createTestApp();
    const served = new Set(
      app.routes
        .filter(
          (r) =>
            r.method !== 'ALL' &&
            /^\/(api|auth|feed)/.test(r.path) &&
            !r.path.startsWith('/api/openapi') &&
            r.path !== '/api/docs',
        )
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(OPERATIONS.map((o) => `${o.method.toUpperCase()} ${o.path}`));
    expect([...served].filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !served.has(r) && !r.endsWith('/health'))).toEqual([]);
  });

  it('turns every schema into JSON Schema with examples of constraints', () => {
    const doc = buildOpenApi('https://ideat.example') as {
      paths: Record<string, Record<string, { responses: object }>>;
    };
    const status = doc.paths['/api/ideas/{id}/status']?.post as unknown as {
      requestBody: { content: { 'application/json': { schema: { properties: Record<string, { enum?: string[] }> } } } };
    };
    expect(status.requestBody.content['application/json'].schema.properties.status?.enum).toContain('duplicate');
    for (const ops of Object.values(doc.paths)) for (const op of Object.values(ops)) expect(op.responses).toBeDefined();
  });
});
