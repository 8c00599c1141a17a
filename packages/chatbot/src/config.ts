// The chatbot service's configuration, read from environment variables and validated at start-up.
import { loadEnv, logLevelField, nodeEnvField, portField } from '@pulputtamo/shared/server';
import { z } from 'zod';

const envSchema = z.object({
  CHATBOT_PORT: portField(3001),
  CHATBOT_DB: z.string().min(1).default('./data/chatbot.db').describe('a file path, or :memory:'),
  LOG_LEVEL: logLevelField,
  NODE_ENV: nodeEnvField,
});

export interface ChatbotConfig {
  port: number;
  dbPath: string;
  logLevel: string;
  production: boolean;
}

/** Validates the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined>): ChatbotConfig {
  const e = loadEnv(envSchema, env);
  return {
    port: e.CHATBOT_PORT,
    dbPath: e.CHATBOT_DB,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
  };
}
