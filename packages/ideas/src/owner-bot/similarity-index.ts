// An in-memory TF-IDF index of past ideas with confirmed owners: cosine similarity over
// ideaFeatures, with an inverted index so a query touches only documents sharing a feature.
import { ideaFeatures } from './idea-features.ts';

interface Doc {
  features: Map<string, number>;
  norm: number;
}

export interface SimilarityIndex {
  docs: Map<number, Doc>;
  postings: Map<string, Set<number>>;
  /** Document norms depend on IDF, which changes as documents come and go. */
  normsStale: boolean;
  /** Bumped on every change, so caches built from the index know when to rebuild. */
  version: number;
}

export function createSimilarityIndex(): SimilarityIndex {
  return { docs: new Map(), postings: new Map(), normsStale: false, version: 0 };
}

/** Adds or replaces document `id`. */
export function indexDocument(index: SimilarityIndex, id: number, text: string): void {
  removeDocument(index, id);
  const features = ideaFeatures(text);
  index.docs.set(id, { features, norm: 0 });
  for (const f of features.keys()) {
    let docs = index.postings.get(f);
    if (!docs) {
      docs = new Set();
      index.postings.set(f, docs);
    }
    docs.add(id);
  }
  index.normsStale = true;
  index.version++;
}

export function removeDocument(index: SimilarityIndex, id: number): void {
  const doc = index.docs.get(id);
  if (!doc) return;
  for (const f of doc.features.keys()) {
    const docs = index.postings.get(f);
    docs?.delete(id);
    if (docs?.size === 0) index.postings.delete(f);
  }
  index.docs.delete(id);
  index.normsStale = true;
  index.version++;
}

export function idf(index: SimilarityIndex, feature: string): number {
  const df = index.postings.get(feature)?.size ?? 0;
  return Math.log((1 + index.docs.size) / (1 + df)) + 1;
}

/** Sub-linear term frequency, so one repeated word does not drown the rest (weights below 1 stay as they are). */
export const tf = (count: number) => (count <= 1 ? count : 1 + Math.log(count));

export function refreshNorms(index: SimilarityIndex): void {
  if (!index.normsStale) return;
  for (const doc of index.docs.values()) {
    let sum = 0;
    for (const [f, c] of doc.features) sum += (tf(c) * idf(index, f)) ** 2;
    doc.norm = Math.sqrt(sum);
  }
  index.normsStale = false;
}

/** Document `id` as a unit TF-IDF vector (empty when unknown). */
export function unitVector(index: SimilarityIndex, id: number): Map<string, number> {
  refreshNorms(index);
  const doc = index.docs.get(id);
  const v = new Map<string, number>();
  if (!doc || doc.norm === 0) return v;
  for (const [f, c] of doc.features) v.set(f, (tf(c) * idf(index, f)) / doc.norm);
  return v;
}

/** `text` as a unit TF-IDF vector over the index's IDF. */
export function queryVector(index: SimilarityIndex, text: string): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [f, c] of ideaFeatures(text)) {
    const w = tf(c) * idf(index, f);
    v.set(f, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [f, w] of v) v.set(f, w / norm);
  return v;
}

/** The `limit` most similar documents to `text` (cosine > 0), best first; ties by lower id. */
export function querySimilar(
  index: SimilarityIndex,
  text: string,
  limit: number,
  exclude?: number,
): { id: number; score: number }[] {
  refreshNorms(index);
  const query = ideaFeatures(text);
  const dots = new Map<number, number>();
  let qNorm = 0;
  for (const [f, c] of query) {
    const docs = index.postings.get(f);
    const w = idf(index, f);
    const qw = tf(c) * w;
    qNorm += qw * qw;
    if (!docs) continue;
    for (const id of docs) {
      if (id === exclude) continue;
      const dc = index.docs.get(id)?.features.get(f) ?? 0;
      dots.set(id, (dots.get(id) ?? 0) + qw * tf(dc) * w);
    }
  }
  qNorm = Math.sqrt(qNorm);
  if (qNorm === 0) return [];
  const scored: { id: number; score: number }[] = [];
  for (const [id, dot] of dots) {
    const norm = index.docs.get(id)?.norm ?? 0;
    if (norm > 0) scored.push({ id, score: dot / (norm * qNorm) });
  }
  scored.sort((a, b) => b.score - a.score || a.id - b.id);
  return scored.slice(0, limit);
}
