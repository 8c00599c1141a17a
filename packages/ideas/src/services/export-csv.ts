// CSV export of all ideas for admins (RFC 4180, UTF-8 with BOM so Excel opens å ä ö right).
import { iterateExportRows } from '../db/stats.ts';
import type { Deps } from './ideas.ts';

const HEADER = [
  'id',
  'title',
  'status',
  'category',
  'tags',
  'author',
  'author_org_unit',
  'anonymous',
  'owner',
  'votes',
  'comments',
  'created_at',
  'first_owner_response_at',
  'answered_at',
  'merged_into_id',
];

/** Quotes a cell; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function exportIdeasCsv(deps: Pick<Deps, 'db'>): string {
  const lines = [HEADER.join(',')];
  for (const r of iterateExportRows(deps.db)) {
    lines.push(
      [
        r.id,
        r.title,
        r.status,
        r.category,
        (JSON.parse(r.tags) as string[]).join(';'),
        r.author,
        r.authorOrgUnit,
        r.anonymous ? 'yes' : 'no',
        r.owner,
        r.votes,
        r.comments,
        iso(r.createdAt),
        iso(r.firstOwnerResponseAt),
        iso(r.answeredAt),
        r.mergedIntoId,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
