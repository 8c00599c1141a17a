// The owner bot's decision for a new idea: (1) an explicit rule, else (2) the owner that confirmed
// owners of similar past ideas point to, else (3) the category's default owner; with the reason.
import { matchRule, type OwnerRule, type RuleSubject } from './match-rule.ts';
import { querySimilar, type SimilarityIndex } from './similarity-index.ts';

export interface OwnerEvidence {
  ideaId: number;
  ownerId: number;
  title: string;
  body: string;
  categoryId: number | null;
}

/** What the bot knows: rules, the evidence of past ideas and the category's default owner. */
export interface OwnerKnowledge {
  rules: readonly OwnerRule[];
  index: SimilarityIndex;
  evidence: ReadonlyMap<number, OwnerEvidence>;
  /** The default owner of the idea's category (or of the nearest ancestor that has one). */
  categoryDefault: { ownerId: number; categoryName: { fi: string; sv: string; en: string } } | null;
}

export interface OwnerChoice {
  ownerId: number;
  by: 'rule' | 'similarity' | 'category_default';
  ruleId: number | null;
  similarIdeaIds: number[];
  /** Share of the neighbours' similarity that points to this owner (0–1); null for rules and defaults. */
  confidence: number | null;
  reason: { fi: string; sv: string; en: string };
}

/** The similarity step's tuning (chosen by leave-one-out on the benchmark's history split). */
export interface SimilarityOptions {
  /** Neighbours that vote. */
  neighbours: number;
  /** Extra weight of a neighbour in the idea's own category (or its service area). */
  sameCategoryBoost: number;
  /** The nearest neighbour must be at least this similar (cosine). */
  minSimilarity: number;
  /** The winning owner's share of the vote needed when a category default is there to fall back on. */
  minConfidence: number;
}

export const DEFAULT_SIMILARITY: SimilarityOptions = {
  neighbours: 7,
  sameCategoryBoost: 0.5,
  minSimilarity: 0.1,
  minConfidence: 0.4,
};

const quoted = (titles: string[]) => titles.map((t) => `”${t}”`).join(', ');

function bySimilarity(
  subject: RuleSubject,
  knowledge: OwnerKnowledge,
  options: SimilarityOptions,
  excludeId?: number,
): OwnerChoice | null {
  const neighbours = querySimilar(knowledge.index, subject.text, options.neighbours, excludeId);
  const top = neighbours[0];
  if (!top || top.score < options.minSimilarity) return null;
  const votes = new Map<number, number>();
  let total = 0;
  for (const n of neighbours) {
    const e = knowledge.evidence.get(n.id);
    if (!e) continue;
    const sameCategory = e.categoryId !== null && subject.categoryPath.includes(e.categoryId);
    const weight = n.score * (sameCategory ? 1 + options.sameCategoryBoost : 1);
    votes.set(e.ownerId, (votes.get(e.ownerId) ?? 0) + weight);
    total += weight;
  }
  const [winner] = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (!winner || total === 0) return null;
  const confidence = winner[1] / total;
  if (knowledge.categoryDefault && confidence < options.minConfidence) return null;
  const similar = neighbours
    .filter((n) => knowledge.evidence.get(n.id)?.ownerId === winner[0])
    .slice(0, 3)
    .map((n) => n.id);
  const titles = quoted(similar.map((id) => knowledge.evidence.get(id)?.title ?? ''));
  const pct = Math.round(confidence * 100);
  return {
    ownerId: winner[0],
    by: 'similarity',
    ruleId: null,
    similarIdeaIds: similar,
    confidence: Math.round(confidence * 1000) / 1000,
    reason: {
      fi: `Idea muistuttaa aiempia ideoita, joiden vastuuhenkilönä hän on toiminut: ${titles} (varmuus ${pct} %).`,
      sv: `Idén liknar tidigare idéer som hen har ansvarat för: ${titles} (säkerhet ${pct} %).`,
      en: `The idea resembles earlier ideas this person has owned: ${titles} (confidence ${pct}%).`,
    },
  };
}

function ruleReason(rule: OwnerRule): OwnerChoice['reason'] {
  switch (rule.kind) {
    case 'keyword':
      return {
        fi: `Omistajasääntö: idea mainitsee ”${rule.value}”.`,
        sv: `Ägarregel: idén nämner ”${rule.value}”.`,
        en: `Owner rule: the idea mentions “${rule.value}”.`,
      };
    case 'org_unit':
      return {
        fi: `Omistajasääntö: idean tekijä on yksiköstä ${rule.value}.`,
        sv: `Ägarregel: idéns upphovsperson hör till enheten ${rule.value}.`,
        en: `Owner rule: the idea comes from the unit ${rule.value}.`,
      };
    case 'category':
      return {
        fi: 'Omistajasääntö: idean palvelualue kuuluu hänelle.',
        sv: 'Ägarregel: idéns serviceområde hör till hen.',
        en: 'Owner rule: the idea’s service area belongs to this person.',
      };
  }
}

/**
 * Chooses the owner of a new idea, or null when no step finds one (an admin then assigns).
 * `excludeId` leaves one evidence idea out (leave-one-out evaluation).
 */
export function chooseOwner(
  subject: RuleSubject,
  knowledge: OwnerKnowledge,
  options: SimilarityOptions = DEFAULT_SIMILARITY,
  excludeId?: number,
): OwnerChoice | null {
  const rule = matchRule(knowledge.rules, subject);
  if (rule) {
    return {
      ownerId: rule.ownerId,
      by: 'rule',
      ruleId: rule.id,
      similarIdeaIds: [],
      confidence: null,
      reason: ruleReason(rule),
    };
  }
  const similar = bySimilarity(subject, knowledge, options, excludeId);
  if (similar) return similar;
  const fallback = knowledge.categoryDefault;
  if (!fallback) return null;
  return {
    ownerId: fallback.ownerId,
    by: 'category_default',
    ruleId: null,
    similarIdeaIds: [],
    confidence: null,
    reason: {
      fi: `Hän on palvelun ”${fallback.categoryName.fi}” oletusvastuuhenkilö.`,
      sv: `Hen är standardansvarig för tjänsten ”${fallback.categoryName.sv}”.`,
      en: `This person is the default owner of “${fallback.categoryName.en}”.`,
    },
  };
}
