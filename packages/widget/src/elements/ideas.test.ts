import { afterEach, describe, expect, it } from 'vitest';
import { deep, fakeFetch, settle } from '../../test/fake-fetch.ts';
import { categories, makeComment, makeDetail, makeIdea, staff } from '../../test/fixtures.ts';
import './ideas.ts';
import { type PulputtamoIdeas, routeFromHash } from './ideas.ts';

function serve() {
  return fakeFetch()
    .on('GET /api/me', { json: staff })
    .on('GET /api/categories', { json: { items: categories } })
    .on('GET /api/ideas', { json: { items: [makeIdea()], nextCursor: null } })
    .on('GET /api/ideas/1', { json: makeDetail() })
    .on('GET /api/ideas/1/comments', { json: { items: [makeComment()] } });
}

async function mount(attrs: Record<string, string> = {}): Promise<PulputtamoIdeas> {
  const el = document.createElement('pulputtamo-ideas');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await settle();
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  location.hash = '';
});

describe('<pulputtamo-ideas>', () => {
  it('reads hash routes', () => {
    expect(routeFromHash('#/ideas/12')).toEqual({ name: 'detail', id: 12 });
    expect(routeFromHash('#/new')).toEqual({ name: 'new' });
    expect(routeFromHash('#/ideas/x')).toEqual({ name: 'list' });
    expect(routeFromHash('')).toEqual({ name: 'list' });
  });

  it('asks a signed-out reader to sign in', async () => {
    fakeFetch()
      .on('GET /api/me', {
        status: 401,
        json: { type: '/problems/unauthenticated', title: 'Unauthorized', status: 401 },
      })
      .on('GET /api/categories', { json: { items: categories } });
    const el = await mount({ 'api-base': 'https://ideat.test' });
    expect(el.shadowRoot?.textContent).toContain('Kirjaudu sisään nähdäksesi ideat.');
    expect(deep(el, 'a')?.getAttribute('href')).toBe('https://ideat.test/');
  });

  it('opens an idea from the board, goes back, and opens the form, moving focus to each heading', async () => {
    serve();
    const el = await mount();
    const list = deep(el, 'pulputtamo-idea-list') as HTMLElement;
    deep(list, 'a.link')?.click();
    await settle();
    const detail = deep(el, 'pulputtamo-idea-detail') as HTMLElement;
    expect(detail).not.toBeNull();
    await settle();
    expect(deep(detail, 'h2')?.textContent).toBe('Sähköinen lomake matkalaskuille');
    expect(detail.shadowRoot?.activeElement?.id).toBe('idea-title');
    deep(el, 'nav button')?.click();
    await settle();
    expect(deep(el, 'pulputtamo-idea-list')).not.toBeNull();
    deep(el, 'nav button')?.click();
    await settle();
    expect(deep(el, 'pulputtamo-idea-form', 'h2')?.textContent).toBe('Jätä uusi idea');
  });

  it('follows the address with hash-routing and thanks the submitter on the new idea', async () => {
    serve().on('POST /api/ideas', { status: 201, json: makeIdea({ id: 1 }) });
    location.hash = '#/new';
    const el = await mount({ 'hash-routing': '' });
    const form = deep(el, 'pulputtamo-idea-form') as HTMLElement;
    form.dispatchEvent(
      new CustomEvent('pulputtamo-idea-submit', {
        detail: { idea: makeIdea({ id: 1 }) },
        bubbles: true,
        composed: true,
      }),
    );
    await settle(10);
    expect(location.hash).toBe('#/ideas/1');
    expect(deep(el, 'pulputtamo-idea-detail')).not.toBeNull();
    expect(deep(el, '.notice')?.textContent).toContain('Vastuuhenkilöksi valittiin Tapio Toivanen');
    expect(deep(el, 'nav a')?.getAttribute('href')).toBe('#/');
  });

  it('shows a compact latest list linking to the staff app, in the page language', async () => {
    const server = serve();
    document.documentElement.lang = 'en';
    const el = await mount({ view: 'latest', 'api-base': 'https://ideat.test', category: 'ict' });
    const list = deep(el, 'pulputtamo-idea-list') as HTMLElement;
    await settle();
    expect(deep(list, 'h2')?.textContent).toBe('Latest ideas');
    expect(deep(list, 'ol.compact a')?.getAttribute('href')).toBe('https://ideat.test/#/ideas/1');
    const query = server.callsTo('GET /api/ideas').at(-1)?.query;
    expect(query?.get('sort')).toBe('new');
    expect(query?.get('limit')).toBe('5');
    expect(query?.get('category')).toBe('2');
  });
});
