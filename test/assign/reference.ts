// Readable reference implementations: the oracles the fast solvers are tested against.
import type { Assignment, Matcher } from '../../src/index.js';

/** Minimum (or maximum) total over every way to give each row a distinct column (rows <= cols). */
export function bruteForceLap(cost: readonly number[][], maximize = false): number {
  const rows = cost.length;
  const cols = cost[0]?.length ?? 0;
  const used = new Array<boolean>(cols).fill(false);
  let best = maximize ? -Infinity : Infinity;
  const visit = (i: number, total: number): void => {
    if (i === rows) {
      best = maximize ? Math.max(best, total) : Math.min(best, total);
      return;
    }
    for (let j = 0; j < cols; j++) {
      if (used[j]) continue;
      used[j] = true;
      visit(i + 1, total + cost[i]![j]!);
      used[j] = false;
    }
  };
  visit(0, 0);
  return best;
}

/**
 * Maximum total score of a b-matching by trying, for every candidate in turn, every vacancy with room
 * (or none). score[c][v] < 0 means the pair may not be placed.
 */
export function bruteForceAssignment(score: readonly number[][], capacity: readonly number[]): number {
  const load = capacity.map(() => 0);
  let best = 0;
  const visit = (c: number, total: number): void => {
    if (c === score.length) {
      best = Math.max(best, total);
      return;
    }
    visit(c + 1, total);
    capacity.forEach((cap, v) => {
      const s = score[c]![v]!;
      if (s < 0 || load[v]! >= cap) return;
      load[v]!++;
      visit(c + 1, total + s);
      load[v]!--;
    });
  };
  visit(0, 0);
  return best;
}

export type TierPolicy = 'fill' | 'off';

/** The score of every candidate × vacancy pair that may be placed, else -1, through the public API. */
export function acceptableScores(matcher: Matcher, candidateIds: readonly string[], vacancyIds: readonly string[], minScore: number, policy: TierPolicy): number[][] {
  return candidateIds.map((c) =>
    vacancyIds.map((v) => {
      const m = matcher.score(c, v);
      const tierOk = policy === 'off' ? m.tier === 'home' : m.tier !== 'outside';
      return m.eligible && tierOk && m.score >= minScore ? m.score : -1;
    }),
  );
}

/** Pairs (c, v) that both prefer each other to what they have: c unplaced or on a worse vacancy, v open or holding someone worse. */
export function blockingPairs(a: Assignment, score: readonly number[][], candidateIds: readonly string[], vacancyIds: readonly string[], capacity: readonly number[]): string[] {
  const placedOn = new Map(a.placements.map((p) => [p.candidateId, p]));
  const held = (v: string) => a.placements.filter((p) => p.vacancyId === v);
  const out: string[] = [];
  for (const [ci, c] of candidateIds.entries()) {
    vacancyIds.forEach((v, vi) => {
      const s = score[ci]![vi]!;
      if (s < 0) return;
      const mine = placedOn.get(c);
      if (mine?.vacancyId === v) return;
      const candidatePrefers = mine === undefined || s > mine.score || (s === mine.score && v < mine.vacancyId);
      if (!candidatePrefers) return;
      const h = held(v);
      const vacancyPrefers = h.length < capacity[vi]! || h.some((p) => s > p.score || (s === p.score && c < p.candidateId));
      if (vacancyPrefers) out.push(`${c}-${v}`);
    });
  }
  return out;
}
