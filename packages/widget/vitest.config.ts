import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'widget',
    // Component tests run in happy-dom; the bundle-size and browser tests say `@vitest-environment node`.
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Builds dist/ once per run: the size check and the browser tests need the real bundles.
    globalSetup: ['test/build-once.ts'],
    testTimeout: 20_000,
    unstubGlobals: true,
  },
});
