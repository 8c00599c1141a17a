// Zod fields for the environment variable forms both services use.
import { z } from 'zod';

/** A TCP port; 0 lets the OS pick a free one. */
export function portField(fallback: number) {
  return z.coerce.number().int().min(0).max(65535).default(fallback).describe('a TCP port number from 0 to 65535');
}

/** `1`/`0`, `true`/`false`, `yes`/`no`. */
export function flagField(fallback: boolean) {
  return z
    .enum(['1', '0', 'true', 'false', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === '1' || v === 'true' || v === 'yes'))
    .describe('1 or 0 (also true/false, yes/no)');
}

export const logLevelField = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info')
  .describe('one of fatal, error, warn, info, debug, trace, silent');

export const nodeEnvField = z
  .enum(['development', 'production', 'test'])
  .default('development')
  .describe('development, production or test');

export const authModeField = z.enum(['dev', 'oidc']).default('dev').describe('dev or oidc');

/** Comma-separated http(s) origins, e.g. `https://intranet.kuopio.fi,https://www.businesskuopio.fi`. */
export const originListField = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const items = (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const origins: string[] = [];
    for (const item of items) {
      try {
        const url = new URL(item);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
        origins.push(url.origin);
      } catch {
        ctx.addIssue({ code: 'custom', message: `"${item}" is not an http(s) origin` });
      }
    }
    return origins;
  })
  .describe('comma-separated origins such as https://intranet.kuopio.fi,https://www.businesskuopio.fi');
