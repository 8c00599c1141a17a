// An in-memory TF-IDF index of past ideas with confirmed owners: cosine similarity over
// ideaFeatures, with an inverted index so a query touches only documents sharing a feature.
import { ideaFeatures } from './idea-features.ts';

/**
 * A document's features as parallel typed arrays (feature ids ascending, counts): tens of
 * thousands of documents with a few hundred features each stay off the JS heap, where Maps of
 * them took ~20 kB per document and made every garbage collection of the service slow.
 */
interface Doc {
  ids: Int32Array;
  counts: Float64Array;
  norm: number;
}

/** The documents containing one feature (the first `size` entries of `docs`, in no order). */
interface Posting {
  docs: Int32Array;
  size: number;
}

export interface SimilarityIndex {
  docs: Map<number, Doc>;
  /** Feature → its id (features are interned once and never forgotten). */
  featureIds: Map<string, number>;
  featureNames: string[];
  /** Feature id → the documents that contain it. */
  postings: (Posting | undefined)[];
  /** Document norms depend on IDF, which changes as documents come and go. */
  normsStale: boolean;
  /** Bumped on every change, so caches built from the index know when to rebuild. */
  version: number;
}

export function createSimilarityIndex(): SimilarityIndex {
  return { docs: new Map(), featureIds: new Map(), featureNames: [], postings: [], normsStale: false, version: 0 };
}

function internFeature(index: SimilarityIndex, feature: string): number {
  let id = index.featureIds.get(feature);
  if (id === undefined) {
    id = index.featureNames.length;
    index.featureIds.set(feature, id);
    index.featureNames.push(feature);
  }
  return id;
}

function addPosting(index: SimilarityIndex, featureId: number, docId: number): void {
  let posting = index.postings[featureId];
  if (!posting) {
    posting = { docs: new Int32Array(4), size: 0 };
    index.postings[featureId] = posting;
  }
  if (posting.size === posting.docs.length) {
    const grown = new Int32Array(posting.docs.length * 2);
    grown.set(posting.docs);
    posting.docs = grown;
  }
  posting.docs[posting.size++] = docId;
}

function removePosting(index: SimilarityIndex, featureId: number, docId: number): void {
  const posting = index.postings[featureId];
  if (!posting) return;
  const at = posting.docs.subarray(0, posting.size).indexOf(docId);
  if (at < 0) return;
  posting.size--;
  posting.docs[at] = posting.docs[posting.size] ?? 0;
}

/** The count of feature `featureId` in `doc` (0 when absent): binary search over its sorted ids. */
function countIn(doc: Doc, featureId: number): number {
  let lo = 0;
  let hi = doc.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const id = doc.ids[mid] ?? 0;
    if (id === featureId) return doc.counts[mid] ?? 0;
    if (id < featureId) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Adds or replaces document `id`. */
export function indexDocument(index: SimilarityIndex, id: number, text: string): void {
  removeDocument(index, id);
  const pairs = [...ideaFeatures(text)].map(([f, c]) => [internFeature(index, f), c] as const);
  pairs.sort((a, b) => a[0] - b[0]);
  const doc: Doc = {
    ids: Int32Array.from(pairs, (p) => p[0]),
    counts: Float64Array.from(pairs, (p) => p[1]),
    norm: 0,
  };
  index.docs.set(id, doc);
  for (const featureId of doc.ids) addPosting(index, featureId, id);
  index.normsStale = true;
  index.version++;
}

export function removeDocument(index: SimilarityIndex, id: number): void {
  const doc = index.docs.get(id);
  if (!doc) return;
  for (const featureId of doc.ids) removePosting(index, featureId, id);
  index.docs.delete(id);
  index.normsStale = true;
  index.version++;
}

function idfOf(index: SimilarityIndex, featureId: number | undefined): number {
  const df = featureId === undefined ? 0 : (index.postings[featureId]?.size ?? 0);
  return Math.log((1 + index.docs.size) / (1 + df)) + 1;
}

export function idf(index: SimilarityIndex, feature: string): number {
  return idfOf(index, index.featureIds.get(feature));
}

/** Sub-linear term frequency, so one repeated word does not drown the rest (weights below 1 stay as they are). */
export const tf = (count: number) => (count <= 1 ? count : 1 + Math.log(count));

export function refreshNorms(index: SimilarityIndex): void {
  if (!index.normsStale) return;
  for (const doc of index.docs.values()) {
    let sum = 0;
    doc.ids.forEach((f, k) => {
      sum += (tf(doc.counts[k] ?? 0) * idfOf(index, f)) ** 2;
    });
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
  doc.ids.forEach((f, k) => {
    v.set(index.featureNames[f] ?? '', (tf(doc.counts[k] ?? 0) * idfOf(index, f)) / doc.norm);
  });
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
    const featureId = index.featureIds.get(f);
    const w = idfOf(index, featureId);
    const qw = tf(c) * w;
    qNorm += qw * qw;
    const posting = featureId === undefined ? undefined : index.postings[featureId];
    if (!posting || featureId === undefined) continue;
    for (let i = 0; i < posting.size; i++) {
      const id = posting.docs[i] ?? 0;
      if (id === exclude) continue;
      const doc = index.docs.get(id);
      const dc = doc ? countIn(doc, featureId) : 0;
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
