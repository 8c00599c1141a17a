import { configDefaults, defineProject } from 'vitest/config';

export default defineProject({
  // .bench-cache holds the benchmark's generated data (and copies of the source it compares).
  test: {
    name: 'ideas',
    environment: 'node',
    testTimeout: 20_000,
    exclude: [...configDefaults.exclude, '.bench-cache/**'],
  },
});
