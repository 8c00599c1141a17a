// The owner bot's in-memory evidence: ideas whose owners were confirmed, with a similarity index
// over their text. Built once at start-up, then kept current as owners confirm or hand over.
import { listConfirmedEvidence } from '../db/assignments.ts';
import type { Db } from '../db/client.ts';
import type { OwnerEvidence } from '../owner-bot/choose-owner.ts';
import {
  createSimilarityIndex,
  indexDocument,
  removeDocument,
  type SimilarityIndex,
} from '../owner-bot/similarity-index.ts';

export type { OwnerEvidence } from '../owner-bot/choose-owner.ts';

export interface OwnerIndex {
  evidence: Map<number, OwnerEvidence>;
  similarity: SimilarityIndex;
}

/** An empty index (for tests and the benchmark). */
export function createOwnerIndex(): OwnerIndex {
  return { evidence: new Map(), similarity: createSimilarityIndex() };
}

/** Adds (or replaces) one idea's confirmed owner. */
export function addEvidence(deps: { ownerIndex: OwnerIndex }, e: OwnerEvidence): void {
  deps.ownerIndex.evidence.set(e.ideaId, e);
  indexDocument(deps.ownerIndex.similarity, e.ideaId, `${e.title}\n${e.body}`);
}

/** Forgets a deleted idea. */
export function removeEvidence(deps: { ownerIndex: OwnerIndex }, ideaId: number): void {
  deps.ownerIndex.evidence.delete(ideaId);
  removeDocument(deps.ownerIndex.similarity, ideaId);
}

/** Builds the index from every confirmed assignment in the database (at start-up). */
export function buildOwnerIndex(db: Db): OwnerIndex {
  const ownerIndex = createOwnerIndex();
  for (const e of listConfirmedEvidence(db)) addEvidence({ ownerIndex }, e);
  return ownerIndex;
}
