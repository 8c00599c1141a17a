// Serves the built widget bundles (/widget/*.js) and the HTML pages built from them.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { HttpError } from '../problem.ts';

/** Where `pnpm --filter @pulputtamo/widget build` writes its output. */
export const WIDGET_DIST = fileURLToPath(new URL('../../../widget/dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};
const SAFE_NAME = /^[A-Za-z0-9._-]+$/;

async function readBuilt(distDir: string, relative: string): Promise<Buffer> {
  try {
    return await readFile(join(distDir, relative));
  } catch {
    throw new HttpError(404, `${relative} is not built. Run \`pnpm build\` (or \`pnpm start\`, which builds first).`, {
      code: 'widget-not-built',
    });
  }
}

/**
 * `GET /widget/<file>` serves a bundle from the widget's dist folder; each entry of
 * `pages` maps a path (e.g. `/demo`) to an HTML file under `dist/pages/`.
 */
export function widgetRoutes(options: { distDir?: string; pages?: Record<string, string> } = {}): Hono {
  const distDir = options.distDir ?? WIDGET_DIST;
  const app = new Hono();
  app.get('/widget/:file', async (c) => {
    const file = c.req.param('file');
    const type = TYPES[extname(file)];
    if (!SAFE_NAME.test(file) || !type)
      throw new HttpError(404, `No widget file ${file}.`, { code: 'widget-not-found' });
    const body = await readBuilt(distDir, file);
    return c.body(new Uint8Array(body), 200, { 'content-type': type, 'cache-control': 'public, max-age=300' });
  });
  for (const [path, page] of Object.entries(options.pages ?? {})) {
    app.get(path, async (c) => {
      const body = await readBuilt(distDir, join('pages', page));
      return c.body(new Uint8Array(body), 200, {
        'content-type': TYPES['.html'] as string,
        'cache-control': 'no-cache',
      });
    });
  }
  return app;
}
