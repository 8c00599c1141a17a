// Atom feed of new and recently answered ideas for the intranet, optionally for one category.
import type { Idea } from '@pulputtamo/shared';
import { ideaLink } from './idea-link.ts';
import type { Deps } from './ideas.ts';
import { listIdeas } from './ideas.ts';
import { STATUS_LABEL_FI } from './status-rules.ts';

const ENTRIES = 30;

function xml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

function entry(deps: Pick<Deps, 'config'>, idea: Idea): { updated: string; text: string } {
  const answered = idea.answeredAt !== null;
  const updated = answered && idea.answeredAt ? idea.answeredAt : idea.createdAt;
  const title = answered ? `${STATUS_LABEL_FI[idea.status]}: ${idea.title}` : `Uusi idea: ${idea.title}`;
  const link = ideaLink(deps.config, idea.id);
  const summary = idea.body.length > 300 ? `${idea.body.slice(0, 297)}…` : idea.body;
  const author = idea.author ? `<author><name>${xml(idea.author.displayName)}</name></author>` : '';
  return {
    updated,
    text: `<entry><id>${xml(link)}</id><title>${xml(title)}</title><link href="${xml(link)}"/><updated>${updated}</updated><published>${idea.createdAt}</published>${author}${idea.category ? `<category term="${xml(idea.category.slug)}" label="${xml(idea.category.name.fi)}"/>` : ''}<summary>${xml(summary)}</summary></entry>`,
  };
}

/** The feed XML; anonymous ideas carry no author. */
export function buildAtomFeed(deps: Pick<Deps, 'db' | 'config' | 'clock'>, categoryId: number | undefined): string {
  const base = { category: categoryId, limit: ENTRIES };
  const fresh = listIdeas(deps, null, { ...base, sort: 'new' }).items;
  const answered = listIdeas(deps, null, { ...base, sort: 'answered' }).items;
  const seen = new Set<number>();
  const entries = [...answered, ...fresh]
    .filter((idea) => !seen.has(idea.id) && seen.add(idea.id))
    .map((idea) => entry(deps, idea))
    .sort((a, b) => b.updated.localeCompare(a.updated))
    .slice(0, ENTRIES);
  const self = `${deps.config.publicUrl}/feed.atom${categoryId ? `?category=${categoryId}` : ''}`;
  const updated = entries[0]?.updated ?? new Date(deps.clock()).toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fi">
<id>${xml(self)}</id>
<title>Pulputtamo – uudet ja vastatut ideat</title>
<link rel="self" href="${xml(self)}"/>
<link href="${xml(deps.config.publicUrl)}/"/>
<updated>${updated}</updated>
<author><name>Kuopion kaupunki</name></author>
${entries.map((e) => e.text).join('\n')}
</feed>
`;
}
