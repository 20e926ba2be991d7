import type { MatchIndex } from '../engine/compile.js';
import { enumerateEligible, type EnumerationStats } from '../engine/eligible.js';
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

/**
 * Every acceptable pair of a scope, enumerated once through the index's blocking (never a scan of all pairs),
 * by vacancy and by candidate.
 */
export interface ScopePairs {
  /** Pairs of scope.vacancies[x]: entries vOffsets[x] .. vOffsets[x + 1] - 1, candidates in walk order. */
  readonly vOffsets: Int32Array;
  readonly vCandidate: Int32Array;
  readonly vScore: Float64Array;
  /** Pairs of candidate index ci: entries cOffsets[ci] .. cOffsets[ci + 1] - 1, positions x ascending. */
  readonly cOffsets: Int32Array;
  readonly cVacancy: Int32Array;
  readonly cScore: Float64Array;
  readonly stats: EnumerationStats;
}

export function acceptablePairs(scope: Scope): ScopePairs {
  const { ix } = scope;
  const nCand = ix.candidates.length;
  const take = new Uint8Array(nCand);
  for (const ci of scope.candidates) take[ci] = 1;
  const found = enumerateEligible(ix, scope.vacancies, { tierMask: scope.tierMask, minScore: scope.minScore, candidates: take });
  const { offsets: vOffsets, candidate: vCandidate, score: vScore } = found;
  const cOffsets = new Int32Array(nCand + 1);
  for (let e = 0; e < vCandidate.length; e++) cOffsets[vCandidate[e]! + 1]!++;
  for (let ci = 0; ci < nCand; ci++) cOffsets[ci + 1]! += cOffsets[ci]!;
  const fill = cOffsets.slice(0, nCand);
  const cVacancy = new Int32Array(vCandidate.length);
  const cScore = new Float64Array(vCandidate.length);
  for (let x = 0; x < scope.vacancies.length; x++) {
    for (let e = vOffsets[x]!; e < vOffsets[x + 1]!; e++) {
      const k = fill[vCandidate[e]!]!++;
      cVacancy[k] = x;
      cScore[k] = vScore[e]!;
    }
  }
  return { vOffsets, vCandidate, vScore, cOffsets, cVacancy, cScore, stats: found.stats };
}

/** Flags, by vacancy index, the vacancies of the scope that some candidate of the scope has an acceptable pair with. */
export function reachable(scope: Scope): Uint8Array {
  const flags = new Uint8Array(scope.ix.vacancies.length);
  const take = new Uint8Array(scope.ix.candidates.length);
  for (const ci of scope.candidates) take[ci] = 1;
  const { offsets } = enumerateEligible(scope.ix, scope.vacancies, { tierMask: scope.tierMask, minScore: scope.minScore, candidates: take });
  scope.vacancies.forEach((vi, x) => {
    if (offsets[x + 1]! > offsets[x]!) flags[vi] = 1;
  });
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
