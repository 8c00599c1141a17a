// Step 1 of the owner bot: the first explicit rule (admins' category, keyword/phrase and org-unit
// rules) that fits the idea.
import { stem, tokenize } from '@pulputtamo/shared/text';

export interface OwnerRule {
  id: number;
  kind: 'category' | 'keyword' | 'org_unit';
  value: string;
  /** A category rule's category; on other kinds, limits the rule to ideas in that category. */
  categoryId: number | null;
  ownerId: number;
  priority: number;
}

export interface RuleSubject {
  /** Title and body. */
  text: string;
  /** The idea's category followed by its ancestors (service → service area); empty when none. */
  categoryPath: number[];
  authorOrgUnit: string | null;
}

const KIND_ORDER: Record<OwnerRule['kind'], number> = { keyword: 0, category: 1, org_unit: 2 };
/** A keyword stem this long also matches as the first part of a compound (kirjasto → kirjastokortti). */
const MIN_PREFIX_STEM = 4;

function stems(text: string): string[] {
  return tokenize(text).map((w) => stem(w, 'fi'));
}

/**
 * Whether two stems are one word: Snowball leaves some Finnish alternations apart
 * (sähköinen → sähköin, sähköiset → sähköis), so stems differing only in their last letter meet.
 */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_PREFIX_STEM + 1) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= shorter - 1;
}

/** Whether the phrase's words occur in a row in the idea; each word by stem or as a compound's first part. */
function containsPhrase(ideaWords: string[], ideaStems: string[], phrase: string[]): boolean {
  if (phrase.length === 0) return false;
  const fits = (i: number, p: string) =>
    sameStem(ideaStems[i] ?? '', p) || (p.length >= MIN_PREFIX_STEM && (ideaWords[i] ?? '').startsWith(p));
  for (let start = 0; start + phrase.length <= ideaStems.length; start++) {
    if (phrase.every((p, k) => fits(start + k, p))) return true;
  }
  return false;
}

function orgUnitMatches(unit: string | null, value: string): boolean {
  if (!unit) return false;
  const u = unit.trim().toLocaleLowerCase('fi');
  const v = value.trim().toLocaleLowerCase('fi');
  return u === v || u.startsWith(`${v} /`) || u.startsWith(`${v}/`);
}

/** The winning rule, or null. Order: priority (high first), keyword before category before org unit, oldest first. */
export function matchRule(rules: readonly OwnerRule[], subject: RuleSubject): OwnerRule | null {
  const ideaWords = tokenize(subject.text);
  const ideaStems = ideaWords.map((w) => stem(w, 'fi'));
  const inCategory = (id: number | null) => id === null || subject.categoryPath.includes(id);
  const ordered = [...rules].sort(
    (a, b) => b.priority - a.priority || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id - b.id,
  );
  for (const rule of ordered) {
    const fits =
      rule.kind === 'category'
        ? rule.categoryId !== null && subject.categoryPath.includes(rule.categoryId)
        : inCategory(rule.categoryId) &&
          (rule.kind === 'keyword'
            ? containsPhrase(ideaWords, ideaStems, stems(rule.value))
            : orgUnitMatches(subject.authorOrgUnit, rule.value));
    if (fits) return rule;
  }
  return null;
}
