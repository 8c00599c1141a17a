import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'ideas', environment: 'node', testTimeout: 20_000 },
});
