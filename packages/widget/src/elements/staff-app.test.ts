import { afterEach, describe, expect, it } from 'vitest';
import { deep, fakeFetch, settle } from '../../test/fake-fetch.ts';
import { categories, makeIdea, staff } from '../../test/fixtures.ts';
import './staff-app.ts';

const unauthorized = { status: 401, json: { type: '/problems/unauthenticated', title: 'Unauthorized', status: 401 } };

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});

function type(root: Element, selector: string, value: string): void {
  const input = deep<HTMLInputElement>(root, selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('<pulputtamo-staff-app>', () => {
  it('signs in with the dev login, shows the board, switches language and signs out', async () => {
    let me: typeof staff | null = null;
    const server = fakeFetch()
      .on('GET /api/me', () => (me ? { json: me } : unauthorized))
      .on('POST /auth/dev/login', () => {
        me = staff;
        return { json: staff };
      })
      .on('POST /auth/logout', () => {
        me = null;
        return { status: 204 };
      })
      .on('GET /api/categories', { json: { items: categories } })
      .on('GET /api/ideas', { json: { items: [makeIdea()], nextCursor: null } });
    const el = document.createElement('pulputtamo-staff-app');
    document.body.append(el);
    await settle();
    expect(deep(el, 'h2')?.textContent).toBe('Kirjaudu sisään');
    type(el, '#username', 'tyontekija');
    type(el, '#display-name', 'Tiina Työntekijä');
    deep<HTMLFormElement>(el, 'form.signin')?.requestSubmit();
    await settle();
    expect(server.callsTo('POST /auth/dev/login')[0]?.body).toEqual({
      username: 'tyontekija',
      displayName: 'Tiina Työntekijä',
    });
    expect(deep(el, 'header')?.textContent).toContain('Tiina Työntekijä');
    const ideas = deep(el, 'pulputtamo-ideas') as HTMLElement;
    await settle();
    expect(deep(ideas, 'pulputtamo-idea-list', '.card')).not.toBeNull();
    const lang = deep<HTMLSelectElement>(el, '#lang') as HTMLSelectElement;
    lang.value = 'sv';
    lang.dispatchEvent(new Event('change'));
    await settle();
    expect(document.documentElement.lang).toBe('sv');
    expect(localStorage.getItem('pulputtamo-lang')).toBe('sv');
    expect(deep(ideas, 'pulputtamo-idea-list', 'h2')?.textContent).toBe('Idéer');
    deep(el, 'header button')?.click();
    await settle();
    expect(deep(el, 'h2')?.textContent).toBe('Logga in');
  });

  it('keeps the typed user name when the sign-in fails', async () => {
    fakeFetch()
      .on('GET /api/me', unauthorized)
      .on('POST /auth/dev/login', {
        status: 400,
        json: {
          type: '/problems/validation',
          title: 'Bad Request',
          status: 400,
          detail: 'Use letters, digits, ., _, @ and - only.',
        },
      });
    const el = document.createElement('pulputtamo-staff-app');
    document.body.append(el);
    await settle();
    type(el, '#username', 'väärä nimi');
    deep<HTMLFormElement>(el, 'form.signin')?.requestSubmit();
    await settle();
    expect(deep(el, '[role="alert"]')?.textContent).toContain('Use letters');
    expect((deep<HTMLInputElement>(el, '#username') as HTMLInputElement).value).toBe('väärä nimi');
  });
});
