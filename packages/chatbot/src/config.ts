// The chatbot service's configuration, read from environment variables and validated at start-up.
import { fileURLToPath } from 'node:url';
import { flagField, loadEnv, logLevelField, nodeEnvField, originListField, portField } from '@pulputtamo/shared/server';
import { z } from 'zod';

/** The package's own bots folder, used when CHATBOT_CONTENT_DIR is not set. */
export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../bots', import.meta.url));

const optional = <T extends z.ZodType>(field: T) => field.optional().or(z.literal('').transform(() => undefined));

const envSchema = z.object({
  CHATBOT_PORT: portField(3001),
  CHATBOT_DB: z.string().min(1).default('./data/chatbot.db').describe('a file path, or :memory:'),
  CHATBOT_BOTS: z
    .string()
    .default('businesskuopio,library')
    .transform((s) => [...new Set(s.split(',').map((b) => b.trim()))].filter(Boolean))
    .pipe(z.array(z.string().regex(/^[a-z][a-z0-9_-]*$/, 'bot ids are lower-case words')).min(1, 'name a bot'))
    .describe('a comma-separated list of bot ids, e.g. businesskuopio,library'),
  /** 1 only for an internal deployment behind the staff sign-in (it may serve staff-only bots). */
  CHATBOT_INTERNAL: flagField(false),
  CHATBOT_CONTENT_DIR: z
    .string()
    .min(1)
    .default(DEFAULT_CONTENT_DIR)
    .describe('a folder with one sub-folder of content per bot'),
  CHATBOT_SMTP_URL: optional(z.url({ protocol: /^smtps?$/ })).describe(
    'an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.kuopio.fi:587',
  ),
  CHATBOT_MAIL_FROM: z
    .string()
    .min(3)
    .default('Kuopion chatbotit <chatbot@kuopio.fi>')
    .describe('a sender such as "Kuopion chatbotit <chatbot@kuopio.fi>"'),
  CHATBOT_HANDOVER_EMAIL: optional(z.email()).describe(
    'an email address for contact requests whose handover target has no address',
  ),
  CHATBOT_LIVECHAT_WEBHOOK_URL: optional(z.url({ protocol: /^https?$/ })).describe(
    'the http(s) URL of a live-chat product that accepts handover webhooks',
  ),
  CHATBOT_ADMIN_TOKEN: optional(z.string().min(16, 'use at least 16 characters')).describe(
    'a random secret of at least 16 characters, sent as "Authorization: Bearer <token>"',
  ),
  CHATBOT_EMBED_ORIGINS: originListField.default(['http://localhost:3000']),
  CHATBOT_TRUST_PROXY: flagField(false),
  CHATBOT_RATE_LIMIT: flagField(true),
  CHATBOT_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(90)
    .describe('a whole number of days from 1 to 3650'),
  LOG_LEVEL: logLevelField,
  NODE_ENV: nodeEnvField,
});

export interface ChatbotConfig {
  port: number;
  dbPath: string;
  /** Bot ids this deployment serves, in the order given. */
  bots: string[];
  /** An internal deployment behind the staff sign-in: may serve bots whose audience is staff. */
  internal: boolean;
  contentDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Where contact requests go when their handover target has no email address. */
  handoverEmail: string | undefined;
  liveChatWebhookUrl: string | undefined;
  /** Admin API bearer token; the admin API does not exist without one. */
  adminToken: string | undefined;
  retentionDays: number;
  /** Sites whose pages embed the chat widget: CORS for the chat API and frame-ancestors. */
  embedOrigins: string[];
  /** Take the client IP from X-Forwarded-For (behind a reverse proxy). */
  trustProxy: boolean;
  /** Per-IP limits on messages, feedback, contact requests and live-chat requests. */
  rateLimit: boolean;
  logLevel: string;
  production: boolean;
}

/** Validates the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined>): ChatbotConfig {
  const e = loadEnv(envSchema, env);
  return {
    port: e.CHATBOT_PORT,
    dbPath: e.CHATBOT_DB,
    bots: e.CHATBOT_BOTS,
    internal: e.CHATBOT_INTERNAL,
    contentDir: e.CHATBOT_CONTENT_DIR,
    smtpUrl: e.CHATBOT_SMTP_URL,
    mailFrom: e.CHATBOT_MAIL_FROM,
    handoverEmail: e.CHATBOT_HANDOVER_EMAIL,
    liveChatWebhookUrl: e.CHATBOT_LIVECHAT_WEBHOOK_URL,
    adminToken: e.CHATBOT_ADMIN_TOKEN,
    retentionDays: e.CHATBOT_RETENTION_DAYS,
    embedOrigins: e.CHATBOT_EMBED_ORIGINS,
    trustProxy: e.CHATBOT_TRUST_PROXY,
    rateLimit: e.CHATBOT_RATE_LIMIT,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
  };
}
