// Reads a service's configuration from environment variables, failing fast with a message per bad variable.
import type { z } from 'zod';

/** Thrown at start-up when a variable is missing or malformed. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Validates `env` against a zod object whose keys are the variable names.
 * Each issue names the variable, what it got and the expected form (from the
 * schema's `.describe()` text when there is one).
 */
export function loadEnv<S extends z.ZodObject>(schema: S, env: Record<string, string | undefined>): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '(env)');
    const field = schema.shape[name] as z.ZodType | undefined;
    const expected = field?.description ? ` Expected ${field.description}.` : '';
    const got = env[name] === undefined ? 'nothing' : JSON.stringify(env[name]);
    return `${name}: ${issue.message} (got ${got}).${expected}`;
  });
  throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
}
