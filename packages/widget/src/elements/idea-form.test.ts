import { afterEach, describe, expect, it } from 'vitest';
import { deep, deepAll, fakeFetch, settle } from '../../test/fake-fetch.ts';
import { categories, makeIdea } from '../../test/fixtures.ts';
import './idea-form.ts';
import type { PulputtamoIdeaForm } from './idea-form.ts';

async function mount(): Promise<PulputtamoIdeaForm> {
  const el = document.createElement('pulputtamo-idea-form');
  el.categories = categories;
  document.body.append(el);
  await settle();
  return el;
}

function type(el: Element, selector: string, value: string): void {
  const input = deep<HTMLInputElement>(el, selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<pulputtamo-idea-form>', () => {
  it('suggests similar ideas while the person types', async () => {
    const server = fakeFetch().on('GET /api/ideas/similar', {
      json: { items: [{ id: 16, title: 'Salasanan vaihto ilman soittoa tukeen', status: 'new', voteCount: 6 }] },
    });
    const el = await mount();
    type(el, '#title', 'Salasanan vaihto');
    await settle(150);
    await new Promise((r) => setTimeout(r, 450));
    await settle();
    expect(server.callsTo('GET /api/ideas/similar')[0]?.query.get('text')).toBe('Salasanan vaihto');
    const box = deep(el, '.similar');
    expect(box?.textContent).toContain('Samankaltaisia ideoita');
    expect(box?.querySelector('a')?.getAttribute('href')).toBe('#/ideas/16');
    expect(box?.textContent).toContain('6 peukkua');
  });

  it('marks missing fields, focuses the first and sends nothing', async () => {
    const server = fakeFetch();
    const el = await mount();
    deep<HTMLFormElement>(el, 'form')?.requestSubmit();
    await settle();
    expect(server.calls).toHaveLength(0);
    expect(deep(el, '#title')?.getAttribute('aria-invalid')).toBe('true');
    expect(deep(el, '#body')?.getAttribute('aria-invalid')).toBe('true');
    expect(deep(el, '#title')?.getAttribute('aria-describedby')).toBe('title-hint title-error');
    expect(el.shadowRoot?.activeElement?.id).toBe('title');
  });

  it("shows the service's field errors next to the fields", async () => {
    fakeFetch().on('POST /api/ideas', {
      status: 400,
      json: {
        type: '/problems/validation',
        title: 'Bad Request',
        status: 400,
        detail: 'Invalid input.',
        errors: [{ path: 'tags.0', message: 'A tag has at least 2 characters.' }],
      },
    });
    const el = await mount();
    type(el, '#title', 'Uusi idea');
    type(el, '#body', 'Kuvaus');
    type(el, '#tags', 'x');
    deep<HTMLFormElement>(el, 'form')?.requestSubmit();
    await settle();
    expect(deep(el, '#tags-error')?.textContent).toBe('A tag has at least 2 characters.');
    expect(deep(el, '[role="alert"]')?.textContent).toContain('Tarkista merkityt kentät');
    expect((deep<HTMLInputElement>(el, '#title') as HTMLInputElement).value).toBe('Uusi idea');
  });

  it('submits the idea and fires pulputtamo-idea-submit with it', async () => {
    const created = makeIdea({ id: 42, title: 'Uusi idea' });
    const server = fakeFetch().on('POST /api/ideas', { status: 201, json: created });
    const el = await mount();
    const submitted: unknown[] = [];
    el.addEventListener('pulputtamo-idea-submit', (e) => submitted.push((e as CustomEvent).detail));
    type(el, '#title', ' Uusi idea ');
    type(el, '#body', 'Kuvaus');
    type(el, '#tags', 'digi, paperiton');
    const category = deep<HTMLSelectElement>(el, '#categoryId') as HTMLSelectElement;
    category.value = '2';
    category.dispatchEvent(new Event('change'));
    deep<HTMLFormElement>(el, 'form')?.requestSubmit();
    await settle();
    expect(server.callsTo('POST /api/ideas')[0]?.body).toEqual({
      title: 'Uusi idea',
      body: 'Kuvaus',
      categoryId: 2,
      tags: ['digi', 'paperiton'],
    });
    expect(submitted).toEqual([{ idea: created }]);
    expect(deepAll(el, '[aria-invalid="true"]')).toHaveLength(0);
  });
});
