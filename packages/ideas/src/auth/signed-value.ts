// HMAC-SHA256 signatures for cookie values (node:crypto: a fraction of WebCrypto's cost per request).
import { createHmac, timingSafeEqual } from 'node:crypto';

const mac = (value: string, secret: string) => createHmac('sha256', secret).update(value).digest('base64url');

/** `value.signature`, safe to put in a cookie as it is (base64url). */
export function signValue(value: string, secret: string): string {
  return `${value}.${mac(value, secret)}`;
}

/** The value when its signature holds, otherwise undefined. */
export function verifySignedValue(signed: string, secret: string): string | undefined {
  const dot = signed.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const value = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1));
  const expected = Buffer.from(mac(value, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : undefined;
}
