// The trending sort key: votes with time decay, stored so the listing can use an index.

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * log2(1 + votes) + createdAt / one week. Ranking by it is ranking by votes decayed over time:
 * an idea needs twice the votes to stay level with one submitted a week later. Because the
 * decay is relative, the score never needs recomputing as the clock moves.
 */
export function trendingScore(votes: number, createdAt: number): number {
  return Math.log2(1 + votes) + createdAt / WEEK_MS;
}
