// The owner bot's in-memory evidence: ideas whose owners were confirmed, kept in the app's deps.

import { listConfirmedEvidence } from '../db/assignments.ts';
import type { Db } from '../db/client.ts';

export interface OwnerEvidence {
  ideaId: number;
  ownerId: number;
  title: string;
  body: string;
}

export interface OwnerIndex {
  evidence: Map<number, OwnerEvidence>;
}

/** Builds the index from every confirmed assignment in the database (at start-up). */
export function buildOwnerIndex(db: Db): OwnerIndex {
  const evidence = new Map<number, OwnerEvidence>();
  for (const e of listConfirmedEvidence(db)) evidence.set(e.ideaId, e);
  return { evidence };
}

/** Adds (or replaces) one idea's confirmed owner. */
export function addEvidence(deps: { ownerIndex: OwnerIndex }, e: OwnerEvidence): void {
  deps.ownerIndex.evidence.set(e.ideaId, e);
}

/** Forgets a deleted idea. */
export function removeEvidence(deps: { ownerIndex: OwnerIndex }, ideaId: number): void {
  deps.ownerIndex.evidence.delete(ideaId);
}
