// @vitest-environment node
// Size budget of the embeddable bundles (gzipped, Lit included), measured on the real build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../scripts/build-widget.ts';

const BUDGET_KB = { 'chat.js': 30, 'ideas.js': 60 } as const;

describe('bundle size', () => {
  for (const [file, budget] of Object.entries(BUDGET_KB)) {
    it(`${file} is at most ${budget} KB gzipped and self-contained`, () => {
      const code = readFileSync(join(DIST_DIR, file));
      const gzipKb = gzipSync(code, { level: 9 }).length / 1024;
      console.log(
        `${file}: ${(code.length / 1024).toFixed(1)} KB minified, ${gzipKb.toFixed(1)} KB gzipped (budget ${budget} KB)`,
      );
      expect(gzipKb).toBeLessThanOrEqual(budget);
      const text = code.toString('utf8');
      // One file, no imports left to resolve on the host page, and no server or schema code.
      expect(text).not.toMatch(/^\s*import\s|\bimport\s*\(|from\s*["']/m);
      expect(text).not.toMatch(/ZodError|["'`]node:|process\.env|Lit is in dev mode/);
    });
  }
});
