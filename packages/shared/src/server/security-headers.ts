// Security headers both services send: a CSP that lets the widget's own scripts run and nothing
// else, frame-ancestors for the sites allowed to frame the pages, and the usual hardening headers.
import type { MiddlewareHandler } from 'hono';

export interface SecurityHeaderOptions {
  /** Origins the pages may call with fetch besides their own (e.g. the chatbot service). */
  connectOrigins?: readonly string[];
  /** Origins allowed to show the pages in a frame (the intranet), besides the service itself. */
  frameAncestors?: readonly string[];
  /** Where forms may post, besides the service itself (identity providers). */
  formActions?: readonly string[];
}

function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const directives: [string, readonly string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    // Lit components set styles through constructable stylesheets and style attributes.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", ...(options.connectOrigins ?? [])]],
    // Who may frame the pages; X-Frame-Options is not sent because it cannot list several origins.
    ['frame-ancestors', ["'self'", ...(options.frameAncestors ?? [])]],
    ['form-action', ["'self'", ...(options.formActions ?? [])]],
    ['base-uri', ["'self'"]],
    ['object-src', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * The headers (the set hono/secure-headers sends by default, with our CSP); `/widget/*` bundles
 * are also marked loadable from any origin (the embed script tag on the intranet or
 * BusinessKuopio's site is a cross-origin module script).
 *
 * The headers are computed once and set before the handler runs, so they travel with the response
 * the handler creates: changing a finished response's headers afterwards makes @hono/node-server
 * copy the response and stream its body, which costs more than the whole of a small request.
 */
export function securityHeaders(options: SecurityHeaderOptions = {}): MiddlewareHandler {
  const headers: [string, string][] = [
    ['Content-Security-Policy', contentSecurityPolicy(options)],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Origin-Agent-Cluster', '?1'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-DNS-Prefetch-Control', 'off'],
    ['X-Download-Options', 'noopen'],
    ['X-Permitted-Cross-Domain-Policies', 'none'],
    ['X-XSS-Protection', '0'],
  ];
  return async (c, next) => {
    for (const [name, value] of headers) c.header(name, value);
    const widget = c.req.path.startsWith('/widget/');
    c.header('Cross-Origin-Resource-Policy', widget ? 'cross-origin' : 'same-origin');
    if (widget) c.header('Access-Control-Allow-Origin', '*');
    await next();
  };
}
