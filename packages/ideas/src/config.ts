// The ideas service's configuration, read from environment variables and validated at start-up.
import { randomBytes } from 'node:crypto';
import {
  authModeField,
  ConfigError,
  flagField,
  loadEnv,
  logLevelField,
  nodeEnvField,
  originListField,
  portField,
} from '@pulputtamo/shared/server';
import { z } from 'zod';
import { type OidcProvider, parseOidcProviders } from './auth/oidc-providers.ts';

const urlField = (protocols: RegExp, form: string) =>
  z
    .url({ protocol: protocols })
    .optional()
    .or(z.literal('').transform(() => undefined))
    .describe(form);

const envSchema = z.object({
  IDEAS_PORT: portField(3000),
  IDEAS_DB: z.string().min(1).default('./data/ideas.db').describe('a file path, or :memory:'),
  AUTH_MODE: authModeField,
  SEED: flagField(true),
  LOG_LEVEL: logLevelField,
  NODE_ENV: nodeEnvField,
  IDEAS_RESPONSE_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(365)
    .default(14)
    .describe('a whole number of days from 1 to 365'),
  IDEAS_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12)
    .describe('a whole number of hours from 1 to 720'),
  IDEAS_PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .default('http://localhost:3000')
    .describe('the http(s) URL people use to open the idea platform, e.g. https://ideat.kuopio.fi'),
  IDEAS_SMTP_URL: urlField(/^smtps?$/, 'an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.kuopio.fi:587'),
  IDEAS_MAIL_FROM: z
    .string()
    .min(3)
    .default('Pulputtamo <pulputtamo@kuopio.fi>')
    .describe('a sender such as "Pulputtamo <pulputtamo@kuopio.fi>"'),
  IDEAS_WEBHOOK_URL: urlField(/^https?$/, 'an http(s) URL of a Teams-compatible incoming webhook'),
  IDEAS_CORS_ORIGINS: originListField,
  IDEAS_FRAME_ANCESTORS: originListField,
  IDEAS_CHAT_URL: z
    .url({ protocol: /^https?$/ })
    .default('http://localhost:3001')
    .describe('the http(s) URL of the chatbot service the staff pages talk to'),
  IDEAS_TRUST_PROXY: flagField(false),
  IDEAS_RATE_LIMIT: flagField(true),
  IDEAS_SESSION_SECRET: z
    .string()
    .min(32)
    .optional()
    .describe('a random string of at least 32 characters that signs the session cookies'),
  IDEAS_OIDC_PROVIDERS: z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      try {
        parseOidcProviders(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
      }
    })
    .describe(
      'a JSON array of {id, label, issuer, clientId, clientSecret, scope?, claims?: {name, email, orgUnit, groups}, roles?: {admin: [group], moderator: [group]}}',
    ),
});

export interface IdeasConfig {
  port: number;
  dbPath: string;
  authMode: 'dev' | 'oidc';
  seed: boolean;
  logLevel: string;
  production: boolean;
  /** Owner response window in days: reminder after N, escalation after 2N. */
  responseDays: number;
  sessionHours: number;
  /** Base URL for links in notifications and feeds, without a trailing slash. */
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  webhookUrl: string | undefined;
  /** Other sites whose pages may call the API with the staff member's cookie (the intranet). */
  corsOrigins: string[];
  /** Sites that may show the pages in a frame. */
  frameAncestors: string[];
  /** The chatbot service the staff pages (employer chat) talk to. */
  chatUrl: string;
  /** Take the client IP from X-Forwarded-For (behind a reverse proxy). */
  trustProxy: boolean;
  /** Per-user and per-IP limits on submitting, commenting and voting. */
  rateLimit: boolean;
  /** Signs session and sign-in cookies (HMAC). */
  sessionSecret: string;
  /** Identity providers for AUTH_MODE=oidc. */
  oidcProviders: OidcProvider[];
}

/** Validates the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined>): IdeasConfig {
  const e = loadEnv(envSchema, env);
  if (e.AUTH_MODE === 'dev' && e.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  AUTH_MODE: dev login is not allowed when NODE_ENV=production. Expected oidc.',
    );
  }
  const oidcProviders = parseOidcProviders(e.IDEAS_OIDC_PROVIDERS);
  const problems: string[] = [];
  if (e.AUTH_MODE === 'oidc' && oidcProviders.length === 0) {
    problems.push('IDEAS_OIDC_PROVIDERS: AUTH_MODE=oidc needs at least one identity provider.');
  }
  if (!e.IDEAS_SESSION_SECRET && (e.AUTH_MODE === 'oidc' || e.NODE_ENV === 'production')) {
    problems.push(
      'IDEAS_SESSION_SECRET: required with AUTH_MODE=oidc or NODE_ENV=production. Expected a random string of at least 32 characters.',
    );
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return {
    port: e.IDEAS_PORT,
    dbPath: e.IDEAS_DB,
    authMode: e.AUTH_MODE,
    seed: e.SEED,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    responseDays: e.IDEAS_RESPONSE_DAYS,
    sessionHours: e.IDEAS_SESSION_HOURS,
    publicUrl: e.IDEAS_PUBLIC_URL.replace(/\/+$/, ''),
    smtpUrl: e.IDEAS_SMTP_URL,
    mailFrom: e.IDEAS_MAIL_FROM,
    webhookUrl: e.IDEAS_WEBHOOK_URL,
    // The dev login's sessions need no secret that outlives the process.
    sessionSecret: e.IDEAS_SESSION_SECRET ?? randomBytes(32).toString('base64url'),
    oidcProviders,
    corsOrigins: e.IDEAS_CORS_ORIGINS,
    frameAncestors: e.IDEAS_FRAME_ANCESTORS,
    chatUrl: e.IDEAS_CHAT_URL.replace(/\/+$/, ''),
    trustProxy: e.IDEAS_TRUST_PROXY,
    rateLimit: e.IDEAS_RATE_LIMIT,
  };
}
