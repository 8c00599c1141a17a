// Staff sign-in through OpenID Connect (AUTH_MODE=oidc): the provider list for the sign-in page,
// the redirect to a provider, and the callback that opens a session.
import { HttpError } from '@pulputtamo/shared';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { IdeasDeps, IdeasEnv } from '../app.ts';
import type { OidcClient } from '../auth/oidc-client.ts';
import { mapClaims, type OidcProvider } from '../auth/oidc-providers.ts';
import { setSessionCookie } from '../auth/session-cookie.ts';
import { signValue, verifySignedValue } from '../auth/signed-value.ts';
import { signIn } from '../services/auth.ts';

const LOGIN_COOKIE = 'pulputtamo_login';
const LOGIN_TTL_SECONDS = 600;

interface PendingLogin {
  provider: string;
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

/** Only paths on this site, so the sign-in cannot be turned into an open redirect. */
function safeReturnTo(value: string | undefined): string {
  return value && /^\/(?![/\\])/.test(value) && value.length <= 500 ? value : '/';
}

export function oidcRoutes(deps: IdeasDeps & { oidc: OidcClient }): Hono<IdeasEnv> {
  const app = new Hono<IdeasEnv>();
  const { config } = deps;
  const callbackUrl = (p: OidcProvider) => `${config.publicUrl}/auth/oidc/${p.id}/callback`;
  const provider = (id: string): OidcProvider => {
    const p = config.authMode === 'oidc' ? config.oidcProviders.find((x) => x.id === id) : undefined;
    if (!p) throw new HttpError(404, `There is no identity provider "${id}".`, { code: 'provider-not-found' });
    return p;
  };

  app.get('/auth/providers', (c) =>
    c.json({
      mode: config.authMode,
      items:
        config.authMode === 'oidc'
          ? config.oidcProviders.map((p) => ({ id: p.id, label: p.label, loginUrl: `/auth/oidc/${p.id}/login` }))
          : [],
    }),
  );

  app.get('/auth/oidc/:provider/login', async (c) => {
    const p = provider(c.req.param('provider'));
    const start = await deps.oidc.start(p, callbackUrl(p)).catch((err: unknown) => {
      deps.logger.error({ err, provider: p.id }, 'identity provider discovery failed');
      throw new HttpError(502, `The sign-in service ${p.label} does not answer. Try again in a moment.`, {
        code: 'provider-unavailable',
      });
    });
    const pending: PendingLogin = {
      provider: p.id,
      state: start.state,
      nonce: start.nonce,
      verifier: start.verifier,
      returnTo: safeReturnTo(c.req.query('returnTo')),
    };
    const value = Buffer.from(JSON.stringify(pending)).toString('base64url');
    setCookie(c, LOGIN_COOKIE, signValue(value, config.sessionSecret), {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/auth/oidc',
      secure: config.publicUrl.startsWith('https:'),
      maxAge: LOGIN_TTL_SECONDS,
    });
    return c.redirect(start.url, 302);
  });

  app.get('/auth/oidc/:provider/callback', async (c) => {
    const p = provider(c.req.param('provider'));
    const signed = getCookie(c, LOGIN_COOKIE);
    deleteCookie(c, LOGIN_COOKIE, { path: '/auth/oidc' });
    const raw = signed ? verifySignedValue(signed, config.sessionSecret) : undefined;
    const pending: PendingLogin | null = raw ? JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) : null;
    if (!pending || pending.provider !== p.id || c.req.query('state') !== pending.state) {
      throw new HttpError(400, 'This sign-in was not started here or has expired. Start the sign-in again.', {
        code: 'login-state-mismatch',
      });
    }
    const error = c.req.query('error');
    if (error) {
      throw new HttpError(401, `Sign-in was not completed: ${error.slice(0, 100)}.`, { code: 'login-refused' });
    }
    const url = new URL(callbackUrl(p));
    url.search = new URL(c.req.url).search;
    const claims = await deps.oidc.finish(p, url, pending).catch((err: unknown) => {
      deps.logger.warn({ err, provider: p.id }, 'sign-in failed at the code exchange');
      throw new HttpError(401, 'Sign-in failed. Start the sign-in again.', { code: 'login-failed' });
    });
    const { token } = signIn(deps, { issuer: p.issuer, subject: String(claims.sub), ...mapClaims(p, claims) });
    setSessionCookie(c, config, token);
    return c.redirect(pending.returnTo, 302);
  });
  return app;
}
