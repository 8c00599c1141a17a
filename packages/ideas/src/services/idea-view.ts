// Turns joined idea rows into the Idea JSON of the HTTP contract, hiding anonymous authors.
import type { Idea, LocalisedText } from '@pulputtamo/shared';
import type { CurrentUser } from '../auth/current-user.ts';
import type { IdeaViewRow } from '../db/ideas.ts';

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

interface AssignmentJson {
  by: 'bot' | 'person';
  reason: Partial<LocalisedText> | null;
  confidence: number | null;
}

function ownerReason(reason: AssignmentJson['reason']): LocalisedText | null {
  if (!reason || typeof reason.fi !== 'string') return null;
  return { fi: reason.fi, sv: reason.sv ?? reason.fi, en: reason.en ?? reason.fi };
}

/** The idea without the viewer's own flags (`votedByMe`, `subscribed`). */
export type IdeaBase = Omit<Idea, 'votedByMe' | 'subscribed'>;

/** An anonymous idea's author is shown only to the author and admins. */
export function seesAuthor(anonymous: boolean, authorId: number | null, viewer: CurrentUser | null): boolean {
  return !anonymous || viewer?.role === 'admin' || (viewer !== null && viewer.id === authorId);
}

/** The idea as the viewer sees it. */
export function toIdeaJson(row: IdeaViewRow, viewer: CurrentUser | null): Idea {
  return {
    ...toIdeaBase(row, seesAuthor(row.anonymous === 1, row.author_id, viewer)),
    votedByMe: row.voted === 1,
    subscribed: row.subscribed === 1,
  };
}

/** The part of the idea that is the same for every viewer, with or without its author. */
export function toIdeaBase(row: IdeaViewRow, showAuthor: boolean): IdeaBase {
  const assignment = row.assignment ? (JSON.parse(row.assignment) as AssignmentJson) : null;
  const hasOwner = row.owner_id !== null;
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    bodyHtml: row.body_html,
    status: row.status,
    category:
      row.category_id !== null
        ? {
            id: row.category_id,
            slug: row.category_slug ?? '',
            name: { fi: row.name_fi ?? '', sv: row.name_sv ?? '', en: row.name_en ?? '' },
          }
        : null,
    tags: JSON.parse(row.tags) as string[],
    anonymous: row.anonymous === 1,
    author:
      showAuthor && row.author_id !== null
        ? { id: row.author_id, displayName: row.author_name ?? '', orgUnit: row.author_org_unit }
        : null,
    owner: hasOwner && row.owner_id !== null ? { id: row.owner_id, displayName: row.owner_name ?? '' } : null,
    ownerReason: hasOwner && assignment ? ownerReason(assignment.reason) : null,
    ownerAssignedBy: hasOwner && assignment ? assignment.by : null,
    ownerConfidence: hasOwner && assignment ? assignment.confidence : null,
    voteCount: row.vote_count,
    commentCount: row.comment_count,
    mergedIntoId: row.merged_into_id,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    answeredAt: row.answered_at !== null ? toIso(row.answered_at) : null,
  };
}
