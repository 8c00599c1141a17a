// The owner bot on submit: choose an owner, persist the assignment and post the bot comment.
import { renderMarkdown } from '@pulputtamo/shared/server';
import type { CurrentUser } from '../auth/current-user.ts';
import { insertAssignment } from '../db/assignments.ts';
import { findCategory } from '../db/categories.ts';
import { insertComment } from '../db/comments.ts';
import { findIdea, updateIdeaRow } from '../db/ideas.ts';
import { findUser } from '../db/users.ts';
import type { Deps } from './ideas.ts';
import { announceNewIdea, notifyOwnerAssigned } from './notifications.ts';

/** The bot's decision (the contract of owner-bot/choose-owner.ts). */
export interface OwnerChoice {
  ownerId: number;
  by: 'rule' | 'similarity' | 'category_default';
  ruleId: number | null;
  similarIdeaIds: number[];
  confidence: number | null;
  reason: { fi: string; sv: string; en: string };
}

// PENDING: calls owner-bot/choose-owner.ts chooseOwner once the ideas-bot module lands.
function chooseOwnerFor(
  _deps: Deps,
  _idea: { title: string; body: string; categoryId: number | null; authorOrgUnit: string | null },
  _categoryDefaultOwnerId: number | null,
): OwnerChoice | null {
  return null;
}

/** Runs inside the submit transaction; returns work to run after it commits. */
export function assignOwnerOnSubmit(deps: Deps, author: CurrentUser, ideaId: number): () => void {
  const idea = findIdea(deps.db, ideaId);
  if (!idea) throw new Error(`idea ${ideaId} vanished inside its own transaction`);
  const category = idea.categoryId !== null ? findCategory(deps.db, idea.categoryId) : undefined;
  const choice = chooseOwnerFor(
    deps,
    { title: idea.title, body: idea.body, categoryId: idea.categoryId, authorOrgUnit: author.orgUnit },
    category?.defaultOwnerId ?? null,
  );
  const owner = choice ? findUser(deps.db, choice.ownerId) : undefined;
  const now = deps.clock();
  if (!choice || !owner) {
    const body = 'Idealle ei löytynyt vielä vastuuhenkilöä automaattisesti. Ylläpito valitsee vastuuhenkilön pian.';
    insertComment(deps.db, { ideaId, authorId: null, kind: 'bot', body, bodyHtml: renderMarkdown(body), now });
    announceNewIdea(deps, { idea, ownerName: null });
    return () => {};
  }
  updateIdeaRow(deps.db, ideaId, { ownerId: owner.id });
  const assignmentId = insertAssignment(deps.db, {
    ideaId,
    ownerId: owner.id,
    assignedBy: 'bot',
    assignedByUserId: null,
    ruleId: choice.ruleId,
    reason: { ...choice.reason, by: choice.by, similarIdeaIds: choice.similarIdeaIds },
    confidence: choice.confidence,
    confirmed: false,
    now,
  });
  const body = `**Vastuuhenkilö:** ${owner.displayName}. ${choice.reason.fi}`;
  insertComment(deps.db, { ideaId, authorId: null, kind: 'bot', body, bodyHtml: renderMarkdown(body), now });
  notifyOwnerAssigned(deps, { idea, assignmentId, ownerId: owner.id, reasonFi: choice.reason.fi, by: 'bot' });
  announceNewIdea(deps, { idea, ownerName: owner.displayName });
  return () => {};
}
