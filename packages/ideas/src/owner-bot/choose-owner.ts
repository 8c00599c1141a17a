// The owner bot's decision for a new idea: (1) an explicit rule, else (2) the owner that confirmed
// owners of similar past ideas point to, else (3) the category's default owner; with the reason.
import { matchRule, type OwnerRule, type RuleSubject } from './match-rule.ts';
import { scoreOwners } from './owner-profiles.ts';
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
  /** Extra weight for owners whose past ideas are in the idea's category: score × (1 + boost × share). */
  categoryBoost: number;
  /** The best owner profile must be at least this similar (cosine). */
  minSimilarity: number;
  /** The winner's share of the top three scores needed when a category default is there to fall back on. */
  minConfidence: number;
}

export const DEFAULT_SIMILARITY: SimilarityOptions = {
  categoryBoost: 2,
  minSimilarity: 0.02,
  minConfidence: 0.4,
};

const quoted = (titles: string[]) => titles.map((t) => `”${t}”`).join(', ');

/** Evidence without one idea (leave-one-out evaluation); the index keeps it but nothing points to it. */
function withoutIdea(evidence: ReadonlyMap<number, OwnerEvidence>, excludeId?: number) {
  if (excludeId === undefined || !evidence.has(excludeId)) return evidence;
  const copy = new Map(evidence);
  copy.delete(excludeId);
  return copy;
}

function bySimilarity(
  subject: RuleSubject,
  knowledge: OwnerKnowledge,
  options: SimilarityOptions,
  excludeId?: number,
): OwnerChoice | null {
  const evidence = withoutIdea(knowledge.evidence, excludeId);
  const ranked = scoreOwners(knowledge.index, evidence, subject.text, subject.categoryPath, options.categoryBoost);
  const [best] = ranked;
  if (!best || best.similarity < options.minSimilarity) return null;
  const top = ranked.slice(0, 3).reduce((sum, r) => sum + r.score, 0);
  const confidence = best.score / top;
  if (knowledge.categoryDefault && confidence < options.minConfidence) return null;
  const similar = querySimilar(knowledge.index, subject.text, 50, excludeId)
    .filter((n) => evidence.get(n.id)?.ownerId === best.ownerId)
    .slice(0, 3)
    .map((n) => n.id);
  const titles = quoted(similar.map((id) => evidence.get(id)?.title ?? ''));
  const pct = Math.round(confidence * 100);
  const like = {
    fi:
      similar.length > 0
        ? `Idea muistuttaa aiempia ideoita, joiden vastuuhenkilönä hän on toiminut: ${titles}`
        : 'Idea muistuttaa ideoita, joiden vastuuhenkilönä hän on toiminut',
    sv:
      similar.length > 0
        ? `Idén liknar tidigare idéer som hen har ansvarat för: ${titles}`
        : 'Idén liknar idéer som hen har ansvarat för',
    en:
      similar.length > 0
        ? `The idea resembles earlier ideas this person has owned: ${titles}`
        : 'The idea resembles ideas this person has owned',
  };
  return {
    ownerId: best.ownerId,
    by: 'similarity',
    ruleId: null,
    similarIdeaIds: similar,
    confidence: Math.round(confidence * 1000) / 1000,
    reason: {
      fi: `${like.fi} (varmuus ${pct} %).`,
      sv: `${like.sv} (säkerhet ${pct} %).`,
      en: `${like.en} (confidence ${pct}%).`,
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
