// The owner bot on submit: choose an owner, persist the assignment and post the bot comment.
import { renderMarkdown } from '@pulputtamo/shared/server';
import type { CurrentUser } from '../auth/current-user.ts';
import { insertAssignment } from '../db/assignments.ts';
import { type CategoryRow, findCategory } from '../db/categories.ts';
import { insertComment } from '../db/comments.ts';
import { findIdea, updateIdeaRow } from '../db/ideas.ts';
import { listOwnerRules } from '../db/owner-rules.ts';
import { findUser } from '../db/users.ts';
import { chooseOwner, type OwnerKnowledge } from '../owner-bot/choose-owner.ts';
import { categoryAdmins } from './category-admins.ts';
import type { Deps } from './ideas.ts';
import { announceNewIdea, notifyOwnerAssigned, notifyUnassigned } from './notifications.ts';

/** The category and its ancestors, nearest first (a cycle in bad data stops the walk). */
function categoryChain(deps: Pick<Deps, 'db'>, categoryId: number | null): CategoryRow[] {
  const chain: CategoryRow[] = [];
  let next = categoryId;
  while (next !== null && !chain.some((c) => c.id === next)) {
    const category = findCategory(deps.db, next);
    if (!category) break;
    chain.push(category);
    next = category.parentId;
  }
  return chain;
}

/** Runs inside the submit transaction; returns work to run after it commits. */
export function assignOwnerOnSubmit(deps: Deps, author: CurrentUser, ideaId: number): () => void {
  const idea = findIdea(deps.db, ideaId);
  if (!idea) throw new Error(`idea ${ideaId} vanished inside its own transaction`);
  const chain = categoryChain(deps, idea.categoryId);
  const withDefault = chain.find((c) => c.defaultOwnerId !== null);
  const knowledge: OwnerKnowledge = {
    rules: listOwnerRules(deps.db),
    index: deps.ownerIndex.similarity,
    evidence: deps.ownerIndex.evidence,
    categoryDefault:
      withDefault?.defaultOwnerId != null
        ? {
            ownerId: withDefault.defaultOwnerId,
            categoryName: { fi: withDefault.nameFi, sv: withDefault.nameSv, en: withDefault.nameEn },
          }
        : null,
  };
  const choice = chooseOwner(
    { text: `${idea.title}\n${idea.body}`, categoryPath: chain.map((c) => c.id), authorOrgUnit: author.orgUnit },
    knowledge,
  );
  const owner = choice ? findUser(deps.db, choice.ownerId) : undefined;
  const now = deps.clock();
  if (!choice || !owner) {
    const body = 'Idealle ei löytynyt vielä vastuuhenkilöä automaattisesti. Ylläpito valitsee vastuuhenkilön pian.';
    insertComment(deps.db, { ideaId, authorId: null, kind: 'bot', body, bodyHtml: renderMarkdown(body), now });
    notifyUnassigned(deps, { idea, admins: categoryAdmins(deps, idea.categoryId) });
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
