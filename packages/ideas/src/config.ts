// The ideas service's configuration, read from environment variables and validated at start-up.
import {
  authModeField,
  ConfigError,
  flagField,
  loadEnv,
  logLevelField,
  nodeEnvField,
  portField,
} from '@pulputtamo/shared/server';
import { z } from 'zod';

const envSchema = z.object({
  IDEAS_PORT: portField(3000),
  IDEAS_DB: z.string().min(1).default('./data/ideas.db').describe('a file path, or :memory:'),
  AUTH_MODE: authModeField,
  SEED: flagField(true),
  LOG_LEVEL: logLevelField,
  NODE_ENV: nodeEnvField,
});

export interface IdeasConfig {
  port: number;
  dbPath: string;
  authMode: 'dev' | 'oidc';
  seed: boolean;
  logLevel: string;
  production: boolean;
}

/** Validates the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined>): IdeasConfig {
  const e = loadEnv(envSchema, env);
  if (e.AUTH_MODE === 'dev' && e.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  AUTH_MODE: dev login is not allowed when NODE_ENV=production. Expected oidc.',
    );
  }
  return {
    port: e.IDEAS_PORT,
    dbPath: e.IDEAS_DB,
    authMode: e.AUTH_MODE,
    seed: e.SEED,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
  };
}
