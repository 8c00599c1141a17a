// Security headers both services send: a CSP that lets the widget's own scripts run and nothing
// else, frame-ancestors for the sites allowed to frame the pages, and the usual hardening headers.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

export interface SecurityHeaderOptions {
  /** Origins the pages may call with fetch besides their own (e.g. the chatbot service). */
  connectOrigins?: readonly string[];
  /** Origins allowed to show the pages in a frame (the intranet), besides the service itself. */
  frameAncestors?: readonly string[];
  /** Where forms may post, besides the service itself (identity providers). */
  formActions?: readonly string[];
}

/**
 * The headers; `/widget/*` bundles are also marked loadable from any origin (the embed script
 * tag on the intranet or BusinessKuopio's site is a cross-origin module script).
 */
export function securityHeaders(options: SecurityHeaderOptions = {}): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Lit components set styles through constructable stylesheets and style attributes.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'", ...(options.connectOrigins ?? [])],
      frameAncestors: ["'self'", ...(options.frameAncestors ?? [])],
      formAction: ["'self'", ...(options.formActions ?? [])],
      baseUri: ["'self'"],
      objectSrc: ["'none'"],
    },
    // frame-ancestors above says who may frame; X-Frame-Options cannot list several origins.
    xFrameOptions: false,
    crossOriginResourcePolicy: false,
    crossOriginOpenerPolicy: 'same-origin',
    referrerPolicy: 'strict-origin-when-cross-origin',
  });
  return async (c, next) => {
    await headers(c, async () => {
      await next();
    });
    const widget = c.req.path.startsWith('/widget/');
    c.header('Cross-Origin-Resource-Policy', widget ? 'cross-origin' : 'same-origin');
    if (widget) c.header('Access-Control-Allow-Origin', '*');
  };
}
