// OpenID Connect relying party (openid-client): discovery per provider (cached, retried after a
// failure), the authorization URL with PKCE, state and nonce, and the code exchange.
import * as client from 'openid-client';
import type { OidcProvider } from './oidc-providers.ts';

export interface LoginStart {
  url: string;
  state: string;
  nonce: string;
  verifier: string;
}

export interface OidcClient {
  /** Where to send the browser, and the secrets to keep until the callback. */
  start(provider: OidcProvider, redirectUri: string): Promise<LoginStart>;
  /** Exchanges the code in `callbackUrl`; returns the ID token's claims merged with userinfo. */
  finish(
    provider: OidcProvider,
    callbackUrl: URL,
    expected: { state: string; nonce: string; verifier: string },
  ): Promise<Record<string, unknown>>;
}

/** Plain http is accepted only for an issuer on this machine (tests, local development). */
function isLoopback(issuer: string): boolean {
  const { protocol, hostname } = new URL(issuer);
  return protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

export function createOidcClient(): OidcClient {
  const configs = new Map<string, Promise<client.Configuration>>();

  function configFor(p: OidcProvider): Promise<client.Configuration> {
    let config = configs.get(p.id);
    if (!config) {
      config = client.discovery(
        new URL(p.issuer),
        p.clientId,
        p.clientSecret,
        undefined,
        isLoopback(p.issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      // A provider that was down must be tried again on the next sign-in.
      config.catch(() => configs.delete(p.id));
      configs.set(p.id, config);
    }
    return config;
  }

  return {
    async start(provider, redirectUri) {
      const config = await configFor(provider);
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: provider.scope,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, state, nonce, verifier };
    },
    async finish(provider, callbackUrl, expected) {
      const config = await configFor(provider);
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: expected.verifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('the provider sent no ID token');
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub).catch(() => ({}));
      return { ...info, ...claims };
    },
  };
}
