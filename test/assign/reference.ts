// Readable reference implementations: the oracles the fast solvers are tested against.
import type { Assignment, FallbackPolicy, Matcher, Placement } from '../../src/index.js';

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

/** The score of every candidate × vacancy pair that may be placed, else -1, through the public API. */
export function acceptableScores(matcher: Matcher, candidateIds: readonly string[], vacancyIds: readonly string[], minScore: number, policy: 'fill' | 'off'): number[][] {
  return candidateIds.map((c) =>
    vacancyIds.map((v) => {
      const m = matcher.score(c, v);
      const tierOk = policy === 'off' ? m.tier === 'home' : m.tier !== 'outside';
      return m.eligible && tierOk && m.score >= minScore ? m.score : -1;
    }),
  );
}

/** One round of an assignment: the pairs it may use (score, else -1) and the placements it made. */
export interface Round {
  readonly score: number[][];
  readonly placements: readonly Placement[];
}

const TIER_ORDER = ['home', 'fallback', 'region'] as const;

/**
 * The rounds of an assignment, read back by the rule alone. `'fill'` and `'off'` are one round over their acceptable
 * pairs. `'when-none'` is three: round t (home, fallback, region) may use the tier-t pairs of the candidates not placed
 * in an earlier round, on the vacancies that got no one in an earlier round and for which no earlier round left a
 * suitable candidate of its own tier unplaced; its placements are the tier-t ones.
 */
export function roundsOf(matcher: Matcher, a: Assignment, candidateIds: readonly string[], vacancyIds: readonly string[], minScore: number, policy: FallbackPolicy): Round[] {
  if (policy !== 'when-none') return [{ score: acceptableScores(matcher, candidateIds, vacancyIds, minScore, policy), placements: a.placements }];
  const roundOf = new Map(a.placements.map((p) => [p.candidateId, TIER_ORDER.indexOf(p.tier)]));
  const closed = new Set<string>();
  return TIER_ORDER.map((tier, t) => {
    const score = candidateIds.map((c) =>
      vacancyIds.map((v) => {
        if ((roundOf.get(c) ?? t) < t || closed.has(v)) return -1;
        const m = matcher.score(c, v);
        return m.eligible && m.tier === tier && m.score >= minScore ? m.score : -1;
      }),
    );
    const placements = a.placements.filter((p) => p.tier === tier);
    vacancyIds.forEach((v, vi) => {
      const filled = placements.some((p) => p.vacancyId === v);
      const suitableLeft = candidateIds.some((c, ci) => score[ci]![vi]! >= 0 && roundOf.get(c) !== t);
      if (filled || suitableLeft) closed.add(v);
    });
    return { score, placements };
  });
}

/** Greedy by the book: every acceptable pair, best first (score descending, then candidate, then vacancy index), placed while both have room. */
export function greedyReference(score: readonly number[][], capacity: readonly number[]): number[] {
  const pairs = score.flatMap((row, c) => row.flatMap((s, v) => (s >= 0 ? [{ c, v, s }] : [])));
  pairs.sort((a, b) => b.s - a.s || a.c - b.c || a.v - b.v);
  const vacancyOf = score.map(() => -1);
  const load = capacity.map(() => 0);
  for (const { c, v } of pairs) {
    if (vacancyOf[c] !== -1 || load[v]! >= capacity[v]!) continue;
    vacancyOf[c] = v;
    load[v]!++;
  }
  return vacancyOf;
}

/** Pairs (c, v) that both prefer each other to what they have: c unplaced or on a worse vacancy, v open or holding someone worse. */
export function blockingPairs(a: Pick<Assignment, 'placements'>, score: readonly number[][], candidateIds: readonly string[], vacancyIds: readonly string[], capacity: readonly number[]): string[] {
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
