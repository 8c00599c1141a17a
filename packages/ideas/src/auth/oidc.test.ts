// Staff sign-in against real OpenID Connect providers (oidc-provider) started inside the test:
// two issuers at once, the full redirect flow with a cookie jar, a tampered state, an expired session.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';

const PUBLIC_URL = 'http://ideat.kuopio.test';

interface Person {
  name: string;
  email: string;
  department: string;
  groups: string[];
}

interface RunningProvider {
  id: string;
  issuer: string;
  server: Server;
}

/** A real OpenID Connect provider on a free loopback port, with dev login and consent forms. */
async function startProvider(id: string, people: Record<string, Person>): Promise<RunningProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: `pulputtamo-${id}`,
        client_secret: `secret-${id}`,
        redirect_uris: [`${PUBLIC_URL}/auth/oidc/${id}/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub', 'department', 'groups'], profile: ['name'], email: ['email'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: [`cookie-key-${id}`] },
    async findAccount(_ctx, sub) {
      const person = people[sub];
      if (!person) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...person }) };
    },
  });
  server.on('request', provider.callback());
  return { id, issuer, server };
}

/** A browser: follows redirects by hand and keeps cookies per host; the app is reached without a port. */
function browser(t: TestApp) {
  const jar = new Map<string, Map<string, string>>();
  const store = (host: string, res: Response) => {
    const cookies = jar.get(host) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    jar.set(host, cookies);
  };
  const cookieHeader = (host: string) => [...(jar.get(host) ?? new Map())].map(([k, v]) => `${k}=${v}`).join('; ');
  async function request(url: string, init: { method?: string; body?: string; contentType?: string } = {}) {
    const u = new URL(url, PUBLIC_URL);
    const headers: Record<string, string> = { cookie: cookieHeader(u.host) };
    if (init.contentType) headers['content-type'] = init.contentType;
    const res =
      u.origin === PUBLIC_URL
        ? await t.app.request(`${u.pathname}${u.search}`, { method: init.method ?? 'GET', headers, body: init.body })
        : await fetch(u, { method: init.method ?? 'GET', headers, body: init.body, redirect: 'manual' });
    store(u.host, res);
    return { res, url: u };
  }
  /** Follows redirects from `url` until a page that is not a redirect. */
  async function follow(url: string, init?: { method?: string; body?: string; contentType?: string }) {
    let current = await request(url, init);
    for (let hops = 0; hops < 15 && [302, 303].includes(current.res.status); hops++) {
      const location = current.res.headers.get('location') ?? '';
      current = await request(new URL(location, current.url).href);
    }
    return current;
  }
  /** Submits the provider's dev-interaction form on the current page. */
  async function submitForm(page: { res: Response; url: URL }, fields: Record<string, string>) {
    const html = await page.res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no form on ${page.url}: ${html.slice(0, 300)}`);
    return follow(new URL(action.replaceAll('&amp;', '&'), page.url).href, {
      method: 'POST',
      body: new URLSearchParams(fields).toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
  }
  return { request, follow, submitForm, jar };
}

/** The whole sign-in: the app's login URL → provider login → consent → callback → the app. */
async function signInThrough(t: TestApp, providerId: string, login: string, returnTo = '/') {
  const b = browser(t);
  const loginPage = await b.follow(`/auth/oidc/${providerId}/login?returnTo=${encodeURIComponent(returnTo)}`);
  const consentPage = await b.submitForm(loginPage, { prompt: 'login', login, password: 'any' });
  const done = await b.submitForm(consentPage, { prompt: 'consent' });
  return { b, done };
}

const cityPeople: Record<string, Person> = {
  'kaisa-1': {
    name: 'Kaisa Kirjasto',
    email: 'kaisa@kuopio.fi',
    department: 'Kirjastopalvelut',
    groups: ['henkilosto'],
  },
  'aino-2': { name: 'Aino Admin', email: 'aino@kuopio.fi', department: 'Tietohallinto', groups: ['pulputtamo-admins'] },
};
const energyPeople: Record<string, Person> = {
  'e-77': {
    name: 'Eero Energia',
    email: 'eero@kuopionenergia.fi',
    department: 'Verkkopalvelut',
    groups: ['moderaattorit'],
  },
};

let city: RunningProvider;
let energy: RunningProvider;
beforeAll(async () => {
  city = await startProvider('kuopio', cityPeople);
  energy = await startProvider('energia', energyPeople);
});
afterAll(() => {
  for (const p of [city, energy]) p.server.close();
});

function oidcApp(env: Record<string, string> = {}): TestApp {
  const providers = [
    {
      id: 'kuopio',
      label: 'Kuopion kaupunki',
      issuer: city.issuer,
      clientId: 'pulputtamo-kuopio',
      clientSecret: 'secret-kuopio',
      roles: { admin: ['pulputtamo-admins'] },
    },
    {
      id: 'energia',
      label: 'Kuopion Energia',
      issuer: energy.issuer,
      clientId: 'pulputtamo-energia',
      clientSecret: 'secret-energia',
      claims: { orgUnit: 'department' },
      roles: { moderator: ['moderaattorit'] },
    },
  ];
  return createTestApp({
    env: {
      AUTH_MODE: 'oidc',
      IDEAS_PUBLIC_URL: PUBLIC_URL,
      IDEAS_SESSION_SECRET: 'test-secret-that-is-long-enough-to-sign',
      IDEAS_OIDC_PROVIDERS: JSON.stringify(providers),
      ...env,
    },
    start: Date.now(),
  });
}

describe('OpenID Connect sign-in', () => {
  it('lists the identity providers of every staff group', async () => {
    const t = oidcApp();
    const res = await t.req('GET', '/auth/providers');
    expect(await res.json()).toEqual({
      mode: 'oidc',
      items: [
        { id: 'kuopio', label: 'Kuopion kaupunki', loginUrl: '/auth/oidc/kuopio/login' },
        { id: 'energia', label: 'Kuopion Energia', loginUrl: '/auth/oidc/energia/login' },
      ],
    });
  });

  it('signs staff of two directories in through the full redirect flow, with roles from their groups', async () => {
    const t = oidcApp();
    const first = await signInThrough(t, 'kuopio', 'aino-2', '/#/ideas/5');
    // The browser lands where the sign-in started.
    expect(first.done.url.href).toBe(`${PUBLIC_URL}/#/ideas/5`);
    const me = await first.b.request('/api/me');
    expect(me.res.status).toBe(200);
    expect(await me.res.json()).toMatchObject({
      displayName: 'Aino Admin',
      email: 'aino@kuopio.fi',
      orgUnit: 'Tietohallinto',
      role: 'admin',
    });

    const second = await signInThrough(t, 'energia', 'e-77');
    const energyMe = await second.b.request('/api/me');
    expect(await energyMe.res.json()).toMatchObject({
      displayName: 'Eero Energia',
      orgUnit: 'Verkkopalvelut',
      role: 'moderator',
    });
    const staff = await signInThrough(t, 'kuopio', 'kaisa-1');
    expect(await (await staff.b.request('/api/me')).res.json()).toMatchObject({ role: 'staff' });
    // The signed-in person can work: submit an idea with the session cookie.
    const idea = await staff.b.request('/api/ideas', {
      method: 'POST',
      contentType: 'application/json',
      body: JSON.stringify({ title: 'Kirjaston sateenvarjot', body: 'Lainattavia sateenvarjoja.' }),
    });
    expect(idea.res.status).toBe(201);
  });

  it('updates the user row from the claims at each sign-in', async () => {
    const t = oidcApp();
    await signInThrough(t, 'kuopio', 'kaisa-1');
    const kaisa = cityPeople['kaisa-1'] as Person;
    kaisa.department = 'Kulttuuripalvelut';
    kaisa.groups = ['pulputtamo-admins'];
    try {
      const again = await signInThrough(t, 'kuopio', 'kaisa-1');
      expect(await (await again.b.request('/api/me')).res.json()).toMatchObject({
        orgUnit: 'Kulttuuripalvelut',
        role: 'admin',
      });
      const users = t.db.$client.prepare("SELECT count(*) AS n FROM users WHERE subject = 'kaisa-1'").get();
      expect(users).toEqual({ n: 1 });
    } finally {
      kaisa.department = 'Kirjastopalvelut';
      kaisa.groups = ['henkilosto'];
    }
  });

  it('refuses a tampered state, a callback without a started sign-in, and a forged login cookie', async () => {
    const t = oidcApp();
    const b = browser(t);
    const start = await b.request('/auth/oidc/kuopio/login');
    expect(start.res.status).toBe(302);
    const authUrl = new URL(start.res.headers.get('location') ?? '');
    expect(authUrl.origin).toBe(city.issuer);
    expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256');
    const tampered = await b.request(`/auth/oidc/kuopio/callback?code=x&state=${authUrl.searchParams.get('state')}x`);
    expect(tampered.res.status).toBe(400);
    expect(await tampered.res.json()).toMatchObject({
      status: 400,
      detail: expect.stringContaining('Start the sign-in again'),
    });
    const fresh = browser(t);
    expect((await fresh.request('/auth/oidc/kuopio/callback?code=x&state=y')).res.status).toBe(400);
    const forged = await t.req('GET', '/auth/oidc/kuopio/callback?code=x&state=y', {
      cookie: `pulputtamo_login=${encodeURIComponent(JSON.stringify({ provider: 'kuopio', state: 'y', nonce: 'n', verifier: 'v', returnTo: '/' }))}`,
    });
    expect(forged.status).toBe(400);
    expect((await t.req('GET', '/api/me')).status).toBe(401);
  });

  it('ends the session when it expires and at logout', async () => {
    const t = oidcApp({ IDEAS_SESSION_HOURS: '1' });
    const { b } = await signInThrough(t, 'kuopio', 'kaisa-1');
    expect((await b.request('/api/me')).res.status).toBe(200);
    t.advance(3600_000);
    expect((await b.request('/api/me')).res.status).toBe(401);
    const again = await signInThrough(t, 'kuopio', 'kaisa-1');
    expect((await again.b.request('/auth/logout', { method: 'POST' })).res.status).toBe(204);
    expect((await again.b.request('/api/me')).res.status).toBe(401);
  });

  it('answers an unknown provider with 404 and keeps the dev login off', async () => {
    const t = oidcApp();
    expect((await t.req('GET', '/auth/oidc/nobody/login')).status).toBe(404);
    expect((await t.req('POST', '/auth/dev/login', { json: { username: 'x' } })).status).toBe(404);
  });
});
