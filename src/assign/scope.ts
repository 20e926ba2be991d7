import { MUNICIPALITY_COUNT, type MatchIndex } from '../engine/compile.js';
import { scorePair } from '../engine/pair.js';
import { TopK } from '../engine/topk.js';

/** One round of assignment: which vacancies (with how many positions), candidates and tiers take part. */
export interface Scope {
  readonly ix: MatchIndex;
  readonly minScore: number;
  /** Bit t set: tier t (0 home, 1 fallback, 2 region) is acceptable. */
  readonly tierMask: number;
  /** Vacancy indices in id order. */
  readonly vacancies: Int32Array;
  /** Candidate indices in id order. */
  readonly candidates: Int32Array;
  /** Positions per vacancy index of the whole index (0 outside the scope). */
  readonly capacity: Int32Array;
}

/** Score of an acceptable pair (eligible, tier allowed, at or above minScore), else -1. */
export function acceptableScore(scope: Scope, ci: number, vi: number): number {
  const { ix } = scope;
  const tier = ix.tiers[ix.vMuni[vi]! * MUNICIPALITY_COUNT + ix.cMuni[ci]!]!;
  if (((scope.tierMask >> tier) & 1) === 0) return -1;
  const s = scorePair(ix, ci, vi);
  return s >= scope.minScore && s >= 0 ? s : -1;
}

/**
 * Calls visit(ci, vi, score) for every acceptable pair of the given candidates × vacancies, candidate by
 * candidate (the faster order: a candidate's fields stay in registers while its vacancies stream by).
 */
export function scanPairs(scope: Scope, candidates: Int32Array, vacancies: Int32Array, visit: (ci: number, vi: number, score: number) => void): void {
  const { ix, minScore, tierMask } = scope;
  const { tiers, vMuni, cMuni } = ix;
  const nV = vacancies.length;
  for (let a = 0; a < candidates.length; a++) {
    const ci = candidates[a]!;
    const cm = cMuni[ci]!;
    for (let b = 0; b < nV; b++) {
      const vi = vacancies[b]!;
      if (((tierMask >> tiers[vMuni[vi]! * MUNICIPALITY_COUNT + cm]!) & 1) === 0) continue;
      const s = scorePair(ix, ci, vi);
      if (s >= minScore && s >= 0) visit(ci, vi, s);
    }
  }
}

/** Flags, by vacancy index, the vacancies of the scope that some candidate of the scope has an acceptable pair with. */
export function reachable(scope: Scope): Uint8Array {
  const flags = new Uint8Array(scope.ix.vacancies.length);
  for (const vi of scope.vacancies) {
    for (const ci of scope.candidates) {
      if (acceptableScore(scope, ci, vi) >= 0) {
        flags[vi] = 1;
        break;
      }
    }
  }
  return flags;
}

/** Indices 0..n-1 (filtered) in the order of their id rank, so results do not depend on input order. */
export function byIdRank(rank: Int32Array, keep: (i: number) => boolean): Int32Array {
  const order = new Int32Array(rank.length);
  for (let i = 0; i < rank.length; i++) order[rank[i]!] = i;
  return order.filter(keep);
}

/** A ranked list: items best first with their scores, and whether acceptable items beyond it exist. */
export interface RankedList {
  readonly items: Int32Array;
  readonly scores: Float64Array;
  readonly truncated: boolean;
}

/** Top `limit` of a TopK's input, best first (score descending, id rank ascending). */
export function rankedList(heap: TopK, seen: number): RankedList {
  const sorted = heap.sorted();
  return {
    items: Int32Array.from(sorted, (e) => e.item),
    scores: Float64Array.from(sorted, (e) => e.score),
    truncated: seen > heap.k,
  };
}

export { TopK };
