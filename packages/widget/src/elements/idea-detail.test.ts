import { afterEach, describe, expect, it } from 'vitest';
import { deep, deepAll, fakeFetch, settle } from '../../test/fake-fetch.ts';
import { makeComment, makeDetail, owner, staff } from '../../test/fixtures.ts';
import './idea-detail.ts';
import type { Me } from '@pulputtamo/shared';
import type { PulputtamoIdeaDetail } from './idea-detail.ts';

async function mount(me: Me): Promise<PulputtamoIdeaDetail> {
  const el = document.createElement('pulputtamo-idea-detail');
  el.me = me;
  el.ideaId = 1;
  document.body.append(el);
  await settle();
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const history = [
  {
    id: 1,
    from: 'new' as const,
    to: 'under_review' as const,
    response: 'Selvitämme.',
    responseHtml: '<p>Selvitämme.</p>',
    changedBy: { id: 7, displayName: 'Tapio Toivanen' },
    mergedIntoId: null,
    at: '2026-10-03T10:00:00.000Z',
  },
];

describe('<pulputtamo-idea-detail>', () => {
  it('shows the body, the owner with the bot reason, the history and the comments', async () => {
    fakeFetch()
      .on('GET /api/ideas/1', { json: makeDetail({ status: 'under_review', history }) })
      .on('GET /api/ideas/1/comments', {
        json: { items: [makeComment({ id: 1, kind: 'bot', author: null }), makeComment({ id: 2 })] },
      });
    const el = await mount(staff);
    expect(deep(el, 'h2')?.textContent).toBe('Sähköinen lomake matkalaskuille');
    expect(deep(el, '.owner')?.textContent).toContain('Tapio Toivanen');
    expect(deep(el, '.owner')?.textContent).toContain('Omistajasääntö: matkalasku.');
    expect(deep(el, '.owner')?.textContent).toContain('Vastuuhenkilön valitsi botti.');
    expect(deep(el, 'ol.history')?.textContent).toContain('Selvitämme.');
    expect(deepAll(el, 'ol.comments > li')).toHaveLength(2);
    expect(deep(el, 'ol.comments li.kind-bot strong')?.textContent).toBe('Botti');
    // A staff member who does not own the idea gets no owner actions.
    expect(deep(el, 'pulputtamo-idea-actions', 'section')).toBeNull();
  });

  it('renders the server HTML without scripts, handlers or javascript: links', async () => {
    fakeFetch()
      .on('GET /api/ideas/1', {
        json: makeDetail({
          bodyHtml:
            '<p>ok<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a><a href="https://kuopio.fi">k</a></p>',
        }),
      })
      .on('GET /api/ideas/1/comments', { json: { items: [] } });
    const el = await mount(staff);
    // happy-dom trips DOMPurify, so here the text-only fallback shows; Chromium (e2e) checks the links.
    const prose = deep(el, '.prose');
    expect(prose?.innerHTML).not.toMatch(/<script|onerror|javascript:|<img/);
    expect(prose?.textContent).toContain('ok');
  });

  it('posts a comment and keeps the text when posting fails', async () => {
    let fail = true;
    const server = fakeFetch()
      .on('GET /api/ideas/1', { json: makeDetail() })
      .on('GET /api/ideas/1/comments', { json: { items: [] } })
      .on('POST /api/ideas/1/comments', () =>
        fail
          ? { status: 0 }
          : { status: 201, json: makeComment({ id: 5, body: 'Kannatan', bodyHtml: '<p>Kannatan</p>' }) },
      );
    const el = await mount(staff);
    const box = deep<HTMLTextAreaElement>(el, '#comment') as HTMLTextAreaElement;
    box.value = 'Kannatan';
    box.dispatchEvent(new Event('input'));
    deep<HTMLFormElement>(el, 'form.comment')?.requestSubmit();
    await settle();
    expect(deep(el, '#comment-error')?.textContent).toContain('Palveluun ei saatu yhteyttä');
    expect((deep<HTMLTextAreaElement>(el, '#comment') as HTMLTextAreaElement).value).toBe('Kannatan');
    fail = false;
    deep<HTMLFormElement>(el, 'form.comment')?.requestSubmit();
    await settle();
    expect(server.callsTo('POST /api/ideas/1/comments').at(-1)?.body).toEqual({ body: 'Kannatan' });
    expect(deep(el, 'ol.comments')?.textContent).toContain('Kannatan');
    expect((deep<HTMLTextAreaElement>(el, '#comment') as HTMLTextAreaElement).value).toBe('');
  });

  it('lets the owner change the status; a closing status needs a public response', async () => {
    const server = fakeFetch()
      .on('GET /api/ideas/1', { json: makeDetail({ status: 'under_review' }) })
      .on('GET /api/ideas/1/comments', { json: { items: [] } })
      .on('POST /api/ideas/1/status', (call) => ({
        json: makeDetail({ status: (call.body as { status: 'implemented' }).status, history }),
      }));
    const el = await mount(owner);
    const actions = deep(el, 'pulputtamo-idea-actions') as HTMLElement;
    expect(deep(actions, 'h3')?.textContent).toBe('Vastuuhenkilön toiminnot');
    const options = deepAll<HTMLOptionElement>(actions, '#new-status option').map((o) => o.value);
    expect(options).toEqual(['', 'planned', 'in_progress', 'implemented', 'declined', 'duplicate']);
    const status = deep<HTMLSelectElement>(actions, '#new-status') as HTMLSelectElement;
    status.value = 'implemented';
    status.dispatchEvent(new Event('change'));
    await settle();
    deep<HTMLFormElement>(actions, 'form')?.requestSubmit();
    await settle();
    expect(server.callsTo('POST /api/ideas/1/status')).toHaveLength(0);
    expect(deep(actions, '#response')?.getAttribute('aria-invalid')).toBe('true');
    const response = deep<HTMLTextAreaElement>(actions, '#response') as HTMLTextAreaElement;
    response.value = 'Otettu käyttöön.';
    response.dispatchEvent(new Event('input'));
    deep<HTMLFormElement>(actions, 'form')?.requestSubmit();
    await settle();
    expect(server.callsTo('POST /api/ideas/1/status')[0]?.body).toEqual({
      status: 'implemented',
      response: 'Otettu käyttöön.',
    });
    expect(deep(el, 'h2 + .meta .status, .meta .status')?.textContent).toBe('Toteutettu');
    expect(server.callsTo('GET /api/ideas/1/comments')).toHaveLength(2);
  });

  it('lets the owner hand the idea over to a person found by name', async () => {
    const server = fakeFetch()
      .on('GET /api/ideas/1', { json: makeDetail() })
      .on('GET /api/ideas/1/comments', { json: { items: [] } })
      .on('GET /api/users', { json: { items: [{ id: 12, displayName: 'Kirsi Kärkkäinen', orgUnit: 'HYV' }] } })
      .on('PUT /api/ideas/1/owner', {
        json: makeDetail({ owner: { id: 12, displayName: 'Kirsi Kärkkäinen' }, ownerAssignedBy: 'person' }),
      });
    const el = await mount(owner);
    const actions = deep(el, 'pulputtamo-idea-actions') as HTMLElement;
    const q = deep<HTMLInputElement>(actions, '#person-q') as HTMLInputElement;
    q.value = 'kirsi';
    q.dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, 400));
    await settle();
    expect(server.callsTo('GET /api/users')[0]?.query.get('q')).toBe('kirsi');
    const person = deep<HTMLSelectElement>(actions, '#person') as HTMLSelectElement;
    person.value = '12';
    person.dispatchEvent(new Event('change'));
    deepAll<HTMLFormElement>(actions, 'form')[1]?.requestSubmit();
    await settle();
    expect(server.callsTo('PUT /api/ideas/1/owner')[0]?.body).toEqual({ userId: 12 });
    expect(deep(el, '.owner')?.textContent).toContain('Kirsi Kärkkäinen');
    expect(deep(el, '.owner')?.textContent).toContain('Idea siirrettiin');
  });

  it('lets a moderator hide a comment with a reason', async () => {
    const server = fakeFetch()
      .on('GET /api/ideas/1', { json: makeDetail() })
      .on('GET /api/ideas/1/comments', { json: { items: [makeComment({ id: 2 })] } })
      .on('POST /api/ideas/1/comments/2/hide', {
        json: makeComment({ id: 2, body: '', bodyHtml: '', hidden: { reason: 'Asiaton', at: '2026-10-04T00:00:00Z' } }),
      });
    const el = await mount({ ...staff, role: 'moderator' });
    deep(el, 'li.kind-user button')?.click();
    await settle();
    const reason = deep<HTMLInputElement>(el, '#hide-reason') as HTMLInputElement;
    expect(el.shadowRoot?.activeElement).toBe(reason);
    reason.value = 'Asiaton';
    reason.dispatchEvent(new Event('input'));
    deep<HTMLFormElement>(el, 'form.hide-form')?.requestSubmit();
    await settle();
    expect(server.callsTo('POST /api/ideas/1/comments/2/hide')[0]?.body).toEqual({ reason: 'Asiaton' });
    expect(deep(el, 'ol.comments')?.textContent).toContain('Moderaattori piilotti kommentin: Asiaton');
  });
});
