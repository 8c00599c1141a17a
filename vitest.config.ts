// One root test run over every package's suite (Vitest projects).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'scripts'],
  },
});
