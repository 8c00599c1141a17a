// CORS for the sites that embed the widget: only configured origins are answered, everyone else
// gets no CORS headers at all (the browser then refuses the cross-origin read).
import type { MiddlewareHandler } from 'hono';

export interface CorsOptions {
  /** Exact origins (scheme://host[:port]) allowed to call the API from a browser. */
  origins: readonly string[];
  /** Methods a preflight may ask for. */
  methods: readonly string[];
  /** Whether the browser may send the visitor's cookies with the cross-origin request. */
  credentials?: boolean;
  /** How long (s) a browser may cache a preflight answer. */
  maxAgeS?: number;
}

/**
 * Answers preflights (OPTIONS) itself with 204 and adds the allow headers to other responses.
 * Headers are set before the handler runs (see `securityHeaders` for why); `Vary: Origin` is
 * always sent, as the answer depends on the origin.
 */
export function allowCors(options: CorsOptions): MiddlewareHandler {
  const origins = new Set(options.origins);
  const methods = options.methods.join(',');
  const maxAge = String(options.maxAgeS ?? 600);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && origins.has(origin);
    c.header('Vary', 'Origin', { append: true });
    if (allowed) {
      c.header('Access-Control-Allow-Origin', origin);
      if (options.credentials) c.header('Access-Control-Allow-Credentials', 'true');
    }
    if (c.req.method === 'OPTIONS') {
      if (allowed) {
        c.header('Access-Control-Allow-Methods', methods);
        c.header('Access-Control-Max-Age', maxAge);
        const requested = c.req.header('access-control-request-headers');
        if (requested) {
          c.header(
            'Access-Control-Allow-Headers',
            requested
              .split(',')
              .map((h) => h.trim())
              .join(','),
          );
          c.header('Vary', 'Access-Control-Request-Headers', { append: true });
        }
      }
      return c.body(null, 204);
    }
    await next();
  };
}
