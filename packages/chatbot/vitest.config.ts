import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'chatbot', environment: 'node', testTimeout: 20_000 },
});
