// Admin statistics: ideas per status and category, owner response times, participation.
import type { IdeaStats } from '@pulputtamo/shared';
import {
  countAnsweredWithinWindow,
  countByCategory,
  countByStatus,
  countParticipationByOrgUnit,
  countTotals,
  listFirstResponseDelays,
} from '../db/stats.ts';
import type { Deps } from './ideas.ts';

const DAY_MS = 86_400_000;

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return value;
}

/** Statistics over ideas submitted between `from` and `to` (ISO dates, inclusive; default: all time). */
export function getStats(deps: Pick<Deps, 'db' | 'clock' | 'config'>, q: { from?: string; to?: string }): IdeaStats {
  const range = {
    from: q.from ? Date.parse(`${q.from}T00:00:00Z`) : 0,
    to: q.to ? Date.parse(`${q.to}T00:00:00Z`) + DAY_MS - 1 : Number.MAX_SAFE_INTEGER,
  };
  const days = deps.config.responseDays;
  const medianMs = median(listFirstResponseDelays(deps.db, range));
  const window = countAnsweredWithinWindow(deps.db, range, deps.clock(), days * DAY_MS);
  return {
    totals: countTotals(deps.db, range),
    byStatus: countByStatus(deps.db, range),
    byCategory: countByCategory(deps.db, range).map((r) => ({
      categoryId: r.categoryId,
      name: r.name ?? 'Ei luokkaa',
      count: r.count,
    })),
    medianHoursToFirstResponse: medianMs === null ? null : Math.round((medianMs / 3_600_000) * 10) / 10,
    responseWindowDays: days,
    answeredWithinWindowShare: window.judged > 0 ? Math.round((window.inTime / window.judged) * 1000) / 1000 : null,
    participationByOrgUnit: countParticipationByOrgUnit(deps.db, range).map((r) => ({
      ...r,
      orgUnit: r.orgUnit || '(ei yksikköä)',
    })),
  };
}
