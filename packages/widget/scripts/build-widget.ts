// Builds the embeddable bundles (dist/chat.js, dist/ideas.js: one self-contained, minified ES module
// each, Lit included) and copies the HTML pages that load them into dist/pages/.
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const widgetDir = fileURLToPath(new URL('..', import.meta.url));
export const DIST_DIR = join(widgetDir, 'dist');

/** The bundles: file name in dist/ → entry module. */
export const ENTRIES = { chat: 'src/chat.ts', ideas: 'src/ideas.ts' } as const;

/** Builds every bundle and page into `outDir` (default `dist/`). */
export async function buildWidget(outDir = DIST_DIR): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  for (const [name, entry] of Object.entries(ENTRIES)) {
    await build({
      root: widgetDir,
      configFile: false,
      logLevel: 'warn',
      mode: 'production',
      // Lit's production build, also when vitest (NODE_ENV=test) runs this.
      resolve: { conditions: ['module', 'browser', 'production'] },
      // Bundles run on any page: no process.env lookups left behind.
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: false,
        reportCompressedSize: false,
        rolldownOptions: { output: { minify: true } },
        lib: { entry: join(widgetDir, entry), formats: ['es'], fileName: () => `${name}.js` },
      },
    });
  }
  const pagesOut = join(outDir, 'pages');
  await mkdir(pagesOut, { recursive: true });
  for (const page of await readdir(join(widgetDir, 'pages'))) {
    // HTML pages go to dist/pages/; their helper scripts next to the bundles (served at /widget/<file>,
    // since the services' CSP allows only same-origin scripts, no inline ones).
    if (page.endsWith('.html')) await copyFile(join(widgetDir, 'pages', page), join(pagesOut, page));
    if (page.endsWith('.js')) await copyFile(join(widgetDir, 'pages', page), join(outDir, page));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildWidget();
  console.log(`widget built into ${DIST_DIR}`);
}
