import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { flagField, portField } from './env-fields.ts';
import { ConfigError, loadEnv } from './load-env.ts';

const schema = z.object({ APP_PORT: portField(3000), SEED: flagField(true) });

describe('loadEnv', () => {
  it('applies defaults', () => {
    expect(loadEnv(schema, {})).toEqual({ APP_PORT: 3000, SEED: true });
  });

  it('coerces values', () => {
    expect(loadEnv(schema, { APP_PORT: '8080', SEED: '0' })).toEqual({ APP_PORT: 8080, SEED: false });
  });

  it('names the variable, the value and the expected form', () => {
    expect(() => loadEnv(schema, { APP_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadEnv(schema, { APP_PORT: 'eighty' })).toThrow(
      /APP_PORT: .*\(got "eighty"\)\. Expected a TCP port number from 0 to 65535\./,
    );
    expect(() => loadEnv(schema, { SEED: 'maybe' })).toThrow(/SEED: .*Expected 1 or 0/);
  });
});
