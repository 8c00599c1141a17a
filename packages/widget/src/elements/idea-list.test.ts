import { afterEach, describe, expect, it } from 'vitest';
import { deep, deepAll, fakeFetch, settle } from '../../test/fake-fetch.ts';
import { categories, makeIdea, staff } from '../../test/fixtures.ts';
import './idea-list.ts';
import type { PulputtamoIdeaList } from './idea-list.ts';

async function mount(props: Partial<PulputtamoIdeaList> = {}): Promise<PulputtamoIdeaList> {
  const el = document.createElement('pulputtamo-idea-list');
  Object.assign(el, { me: staff, categories, ...props });
  document.body.append(el);
  await settle();
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<pulputtamo-idea-list>', () => {
  it('shows the ideas with status, owner and thumbs-up count', async () => {
    fakeFetch().on('GET /api/ideas', {
      json: { items: [makeIdea(), makeIdea({ id: 2, title: 'Toinen', status: 'planned' })], nextCursor: null },
    });
    const el = await mount();
    const cards = deepAll(el, '.card');
    expect(cards).toHaveLength(2);
    expect(cards[0]?.textContent).toContain('Sähköinen lomake matkalaskuille');
    expect(cards[0]?.textContent).toContain('Vastuuhenkilö: Tapio Toivanen');
    expect(deepAll(el, '.status').map((b) => b.textContent)).toEqual(['Uusi', 'Suunnitteilla']);
    expect(deep(el, 'a.link')?.getAttribute('href')).toBe('#/ideas/1');
  });

  it('gives and takes back a thumbs-up, announcing the new count', async () => {
    const server = fakeFetch()
      .on('GET /api/ideas', { json: { items: [makeIdea()], nextCursor: null } })
      .on('PUT /api/ideas/1/vote', { json: { voteCount: 4, votedByMe: true } })
      .on('DELETE /api/ideas/1/vote', { json: { voteCount: 3, votedByMe: false } });
    const el = await mount();
    const votes: unknown[] = [];
    el.addEventListener('pulputtamo-idea-vote', (e) => votes.push((e as CustomEvent).detail));
    deep(el, 'button.vote')?.click();
    await settle();
    const button = deep(el, 'button.vote');
    expect(button?.getAttribute('aria-pressed')).toBe('true');
    expect(button?.textContent).toContain('4');
    expect(deep(el, '[role="status"]')?.textContent).toContain('4');
    button?.click();
    await settle();
    expect(server.callsTo('DELETE /api/ideas/1/vote')).toHaveLength(1);
    expect(deep(el, 'button.vote')?.getAttribute('aria-pressed')).toBe('false');
    expect(votes).toEqual([
      { id: 1, voteCount: 4, votedByMe: true },
      { id: 1, voteCount: 3, votedByMe: false },
    ]);
  });

  it("shows a count, not a button, on the reader's own idea", async () => {
    fakeFetch().on('GET /api/ideas', {
      json: {
        items: [makeIdea({ author: { id: staff.id, displayName: staff.displayName, orgUnit: null } })],
        nextCursor: null,
      },
    });
    const el = await mount();
    expect(deep(el, 'button.vote')).toBeNull();
    expect(deep(el, '.vote.own')?.textContent).toContain('Omaa ideaa ei voi peukuttaa');
  });

  it('sends sort, status, category and search to the service and pages with the cursor', async () => {
    const server = fakeFetch().on('GET /api/ideas', (call) => ({
      json: call.query.get('cursor')
        ? { items: [makeIdea({ id: 9, title: 'Sivu 2' })], nextCursor: null }
        : { items: [makeIdea()], nextCursor: 'next-1' },
    }));
    const el = await mount();
    const select = (id: string, value: string) => {
      const s = deep<HTMLSelectElement>(el, `#${id}`) as HTMLSelectElement;
      s.value = value;
      s.dispatchEvent(new Event('change'));
    };
    select('sort', 'top');
    await settle();
    select('status', 'planned');
    await settle();
    select('category', '2');
    await settle();
    const q = deep<HTMLInputElement>(el, '#q') as HTMLInputElement;
    q.value = 'pyörä';
    q.dispatchEvent(new Event('input'));
    deep<HTMLFormElement>(el, 'form.search')?.requestSubmit();
    await settle();
    const last = server.callsTo('GET /api/ideas').at(-1);
    expect(Object.fromEntries(last?.query ?? [])).toEqual({
      sort: 'top',
      limit: '20',
      status: 'planned',
      category: '2',
      q: 'pyörä',
    });
    deep(el, '.more button')?.click();
    await settle();
    expect(server.callsTo('GET /api/ideas').at(-1)?.query.get('cursor')).toBe('next-1');
    expect(deepAll(el, '.card')).toHaveLength(2);
    expect(deep(el, '.more')).toBeNull();
  });

  it('shows a network error with a retry that works', async () => {
    let fail = true;
    fakeFetch().on('GET /api/ideas', () =>
      fail ? { status: 0 } : { json: { items: [makeIdea()], nextCursor: null } },
    );
    const el = await mount();
    expect(deep(el, '[role="alert"]')?.textContent).toContain('Palveluun ei saatu yhteyttä');
    fail = false;
    deep(el, '[role="alert"] button')?.click();
    await settle();
    expect(deep(el, '[role="alert"]')).toBeNull();
    expect(deepAll(el, '.card')).toHaveLength(1);
  });

  it('lets a listener cancel the link and route itself', async () => {
    fakeFetch().on('GET /api/ideas', { json: { items: [makeIdea()], nextCursor: null } });
    const el = await mount();
    const opened: number[] = [];
    el.addEventListener('pulputtamo-idea-open', (e) => {
      opened.push((e as CustomEvent<{ id: number }>).detail.id);
      e.preventDefault();
    });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    deep(el, 'a.link')?.dispatchEvent(click);
    expect(opened).toEqual([1]);
    expect(click.defaultPrevented).toBe(true);
  });

  it('is compact for a side column, in the language asked for', async () => {
    fakeFetch().on('GET /api/ideas', { json: { items: [makeIdea()], nextCursor: null } });
    const el = await mount({
      compact: true,
      sort: 'new',
      limit: 5,
      lang: 'sv',
      appUrl: 'https://ideat.test/',
      linkPrefix: 'https://ideat.test/#/ideas/',
    });
    expect(deep(el, 'h2')?.textContent).toBe('Nyaste idéerna');
    expect(deep(el, 'ol.compact a')?.getAttribute('href')).toBe('https://ideat.test/#/ideas/1');
    expect(deep(el, 'button.vote')).toBeNull();
    expect(deepAll(el, '.compact-links a').map((a) => a.getAttribute('href'))).toEqual([
      'https://ideat.test/',
      'https://ideat.test/#/new',
    ]);
  });
});
