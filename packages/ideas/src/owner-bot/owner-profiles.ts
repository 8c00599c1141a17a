// Owner profiles for the similarity step: the centroid of each owner's confirmed ideas (unit TF-IDF
// vectors summed and normalised) and the share of their ideas in each category. With a handful of
// ideas per owner a centroid generalises better than voting by nearest neighbours.
import { queryVector, type SimilarityIndex, unitVector } from './similarity-index.ts';

export interface ProfileEvidence {
  ownerId: number;
  categoryId: number | null;
}

interface Profiles {
  version: number;
  evidence: ReadonlyMap<number, ProfileEvidence>;
  vectors: Map<number, Map<string, number>>;
  /** ownerId → categoryId → share of the owner's evidence in it. */
  categoryShares: Map<number, Map<number, number>>;
}

const cache = new WeakMap<SimilarityIndex, Profiles>();

function buildProfiles(index: SimilarityIndex, evidence: ReadonlyMap<number, ProfileEvidence>): Profiles {
  const vectors = new Map<number, Map<string, number>>();
  const counts = new Map<number, Map<number, number>>();
  const totals = new Map<number, number>();
  for (const [id, e] of evidence) {
    let v = vectors.get(e.ownerId);
    if (!v) {
      v = new Map();
      vectors.set(e.ownerId, v);
    }
    for (const [f, w] of unitVector(index, id)) v.set(f, (v.get(f) ?? 0) + w);
    totals.set(e.ownerId, (totals.get(e.ownerId) ?? 0) + 1);
    if (e.categoryId !== null) {
      const c = counts.get(e.ownerId) ?? new Map<number, number>();
      c.set(e.categoryId, (c.get(e.categoryId) ?? 0) + 1);
      counts.set(e.ownerId, c);
    }
  }
  for (const v of vectors.values()) {
    let norm = 0;
    for (const w of v.values()) norm += w * w;
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [f, w] of v) v.set(f, w / norm);
  }
  const categoryShares = new Map<number, Map<number, number>>();
  for (const [ownerId, c] of counts) {
    const total = totals.get(ownerId) ?? 1;
    categoryShares.set(ownerId, new Map([...c].map(([cat, n]) => [cat, n / total])));
  }
  return { version: index.version, evidence, vectors, categoryShares };
}

function profilesFor(index: SimilarityIndex, evidence: ReadonlyMap<number, ProfileEvidence>): Profiles {
  const cached = cache.get(index);
  // The evidence map changes only together with the index (addEvidence), which bumps its version.
  if (cached && cached.version === index.version && cached.evidence === evidence) return cached;
  const built = buildProfiles(index, evidence);
  cache.set(index, built);
  return built;
}

/**
 * Every owner's score for `text`: cosine to the owner's profile, times (1 + boost × the share of
 * the owner's ideas in the idea's category path). Best first; ties by lower owner id.
 */
export function scoreOwners(
  index: SimilarityIndex,
  evidence: ReadonlyMap<number, ProfileEvidence>,
  text: string,
  categoryPath: readonly number[],
  categoryBoost: number,
): { ownerId: number; similarity: number; score: number }[] {
  const profiles = profilesFor(index, evidence);
  const q = queryVector(index, text);
  const scored: { ownerId: number; similarity: number; score: number }[] = [];
  for (const [ownerId, p] of profiles.vectors) {
    let similarity = 0;
    for (const [f, w] of q) similarity += w * (p.get(f) ?? 0);
    if (similarity <= 0) continue;
    const shares = profiles.categoryShares.get(ownerId);
    const share = categoryPath.reduce((sum, c) => sum + (shares?.get(c) ?? 0), 0);
    scored.push({ ownerId, similarity, score: similarity * (1 + categoryBoost * Math.min(1, share)) });
  }
  return scored.sort((a, b) => b.score - a.score || a.ownerId - b.ownerId);
}
