import { emptyAssignment, type RawAssignment } from './result.js';
import { acceptablePairs, rankedList, TopK, type RankedList, type Scope, type ScopePairs } from './scope.js';
import { solveSparse, type SparseProblem } from './sparse.js';

// Rounds of adding the pairs that break the dual certificate and solving again.
const MAX_ROUNDS = 8;
const PER_CANDIDATE = 5;
const EPS = 1e-9;
/**
 * A proven optimum (`exact`) leaves no pair scoring above this between an unplaced candidate and a vacancy with an open
 * position: both prices are 0 there, so the pair would fail the dual check. Such a solution is maximal.
 */
export const MAXIMAL_ABOVE = 1e-6;

/** Where an optimal assignment spent its time (filled in when passed to assignOptimal; bench/assign.ts prints it). */
export interface OptimalTrace {
  enumerateMs: number;
  /** Acceptable pairs enumerated, and pairs the blocking scored to find them. */
  pairs: number;
  scored: number;
  solveMs: number;
  rounds: number;
  /** The problem of the last solve, for running another solver on the very same graph. */
  problem: SparseProblem | undefined;
}

/**
 * Maximum total score over every acceptable pair (enumerated through the index) when they number at most
 * `perVacancy` per vacancy on average. Otherwise over the best `perVacancy` candidates of each vacancy (plus
 * positions - 1), then a dual check over every acceptable pair: pairs that could improve the total are added and the
 * problem solved again. `exact` is true when the final solution is proven optimal over all pairs.
 */
export function assignOptimal(scope: Scope, perVacancy: number, trace?: OptimalTrace): RawAssignment {
  const { ix, vacancies, capacity } = scope;
  const started = trace ? performance.now() : 0;
  const nCand = ix.candidates.length;
  const pairs = acceptablePairs(scope);
  if (trace) {
    trace.enumerateMs = performance.now() - started;
    trace.pairs = pairs.vCandidate.length;
    trace.scored = pairs.stats.scored;
    trace.solveMs = 0;
  }
  // When the lists would hold about every pair anyway, one solve over all of them beats rounds of growing lists.
  if (pairs.vCandidate.length <= perVacancy * vacancies.length) {
    const all = Array.from(vacancies, (_, x) => wholeList(pairs, x, ix.cIdRank));
    return { ...solveRound(scope, all, trace, 1).raw, exact: true };
  }
  const heaps = Array.from(vacancies, (vi) => new TopK(perVacancy + capacity[vi]! - 1, ix.cIdRank));
  const seen = new Int32Array(vacancies.length);
  const slot = new Int32Array(ix.vacancies.length);
  vacancies.forEach((vi, x) => {
    slot[vi] = x;
  });
  // Each candidate's own best few vacancies join the lists too: they bound every pair left out from the candidate side.
  const cHeaps = new Array<TopK | undefined>(nCand);
  const cSeen = new Int32Array(nCand);
  for (const ci of scope.candidates) cHeaps[ci] = new TopK(PER_CANDIDATE, ix.vIdRank);
  for (let x = 0; x < vacancies.length; x++) {
    const vi = vacancies[x]!;
    const heap = heaps[x]!;
    for (let e = pairs.vOffsets[x]!; e < pairs.vOffsets[x + 1]!; e++) {
      const ci = pairs.vCandidate[e]!;
      const s = pairs.vScore[e]!;
      heap.push(ci, s);
      cHeaps[ci]!.push(vi, s);
    }
    seen[x] = pairs.vOffsets[x + 1]! - pairs.vOffsets[x]!;
  }
  for (const ci of scope.candidates) cSeen[ci] = pairs.cOffsets[ci + 1]! - pairs.cOffsets[ci]!;
  const lists = heaps.map((heap, x) => rankedList(heap, seen[x]!));
  // Every pair left out scores at most both its vacancy's and its candidate's last kept score.
  const bound = Float64Array.from(lists, (l) => (l.truncated ? l.scores[l.scores.length - 1]! : -Infinity));
  const cBound = new Float64Array(nCand).fill(-Infinity);
  const extra = Array.from(vacancies, (): { ci: number; s: number }[] => []);
  for (const ci of scope.candidates) {
    const own = rankedList(cHeaps[ci]!, cSeen[ci]!);
    if (own.truncated) cBound[ci] = own.scores[own.scores.length - 1]!;
    own.items.forEach((vi, k) => {
      extra[slot[vi]!]!.push({ ci, s: own.scores[k]! });
    });
  }
  const mark = new Uint8Array(nCand);
  extra.forEach((add, x) => {
    if (add.length > 0) lists[x] = appendNew(lists[x]!, add, mark);
  });

  for (let round = 1; ; round++) {
    const solved = solveRound(scope, lists, trace, round);
    const found = violations(scope, pairs, bound, cBound, solved);
    if (found.length === 0) return { ...solved.raw, exact: true };
    if (round === MAX_ROUNDS) return { ...solved.raw, exact: false };
    const byX = new Map<number, { ci: number; s: number }[]>();
    for (const v of found) {
      const x = slot[v.vi]!;
      let add = byX.get(x);
      if (add === undefined) {
        add = [];
        byX.set(x, add);
      }
      add.push(v);
    }
    for (const [x, add] of byX) lists[x] = appendNew(lists[x]!, add, mark);
  }
}

/** Every pair of scope.vacancies[x], best first (score descending, then candidate id), as TopK would rank them. */
function wholeList(pairs: ScopePairs, x: number, rank: Int32Array): RankedList {
  const from = pairs.vOffsets[x]!;
  const order = Array.from({ length: pairs.vOffsets[x + 1]! - from }, (_, k) => from + k);
  const { vCandidate, vScore } = pairs;
  order.sort((a, b) => vScore[b]! - vScore[a]! || rank[vCandidate[a]!]! - rank[vCandidate[b]!]!);
  return { items: Int32Array.from(order, (e) => vCandidate[e]!), scores: Float64Array.from(order, (e) => vScore[e]!), truncated: false };
}

function solveRound(scope: Scope, lists: readonly RankedList[], trace: OptimalTrace | undefined, round: number): Solved {
  const t = trace ? performance.now() : 0;
  const solved = solveLists(scope, lists, trace);
  if (trace) {
    trace.solveMs += performance.now() - t;
    trace.rounds = round;
  }
  return solved;
}

/** The list with the pairs of `add` it does not hold yet appended. */
function appendNew(list: RankedList, add: readonly { ci: number; s: number }[], mark: Uint8Array): RankedList {
  for (const ci of list.items) mark[ci] = 1;
  const items = [...list.items];
  const scores = [...list.scores];
  for (const { ci, s } of add) {
    if (mark[ci] === 1) continue;
    mark[ci] = 1;
    items.push(ci);
    scores.push(s);
  }
  for (const ci of items) mark[ci] = 0;
  return { items: Int32Array.from(items), scores: Float64Array.from(scores), truncated: list.truncated };
}

interface Solved {
  readonly raw: Omit<RawAssignment, 'exact'>;
  /** Dual price per vacancy (by position in scope.vacancies) and per candidate index (0 when not listed). */
  readonly z: Float64Array;
  readonly y: Float64Array;
}

function solveLists(scope: Scope, lists: readonly RankedList[], trace: OptimalTrace | undefined): Solved {
  const { ix, vacancies, capacity } = scope;
  const nCand = ix.candidates.length;
  // Local candidate numbers in id order, so the optimum chosen among ties does not depend on input order.
  const local = new Int32Array(nCand).fill(-1);
  for (const list of lists) for (const ci of list.items) local[ci] = 0;
  const globalOf: number[] = [];
  for (const ci of scope.candidates) if (local[ci] === 0) local[ci] = globalOf.push(ci) - 1;

  const offsets = new Int32Array(vacancies.length + 1);
  lists.forEach((l, x) => {
    offsets[x + 1] = offsets[x]! + l.items.length;
  });
  const cand = new Int32Array(offsets[vacancies.length]!);
  const score = new Float64Array(cand.length);
  lists.forEach((l, x) => {
    for (let k = 0; k < l.items.length; k++) {
      cand[offsets[x]! + k] = local[l.items[k]!]!;
      score[offsets[x]! + k] = l.scores[k]!;
    }
  });
  const problem: SparseProblem = { nV: vacancies.length, nC: globalOf.length, capacity: Int32Array.from(vacancies, (vi) => capacity[vi]!), offsets, cand, score };
  if (trace) trace.problem = problem;
  const sol = solveSparse(problem);

  const { vacancyOf, scoreOf } = emptyAssignment(nCand);
  const y = new Float64Array(nCand);
  globalOf.forEach((ci, c) => {
    y[ci] = sol.y[c]!;
    const x = sol.vacancyOf[c]!;
    if (x >= 0) {
      vacancyOf[ci] = vacancies[x]!;
      scoreOf[ci] = sol.scoreOf[c]!;
    }
  });
  return { raw: { vacancyOf, scoreOf }, z: sol.z, y };
}

/**
 * The pairs that break z[x] + y[c] >= score (LP duality: when none does, no exchange can raise the total).
 * A pair is looked at only when its bounds from both lists leave room for a violation.
 */
function violations(scope: Scope, pairs: ScopePairs, bound: Float64Array, cBound: Float64Array, solved: Solved): { ci: number; vi: number; s: number }[] {
  const { vacancies } = scope;
  const { z, y } = solved;
  const { cOffsets, cVacancy, cScore } = pairs;
  const found: { ci: number; vi: number; s: number }[] = [];
  for (const ci of scope.candidates) {
    const yc = y[ci]!;
    const bc = cBound[ci]!;
    if (bc === -Infinity) continue;
    for (let k = cOffsets[ci]!; k < cOffsets[ci + 1]!; k++) {
      const x = cVacancy[k]!;
      const limit = z[x]! + yc + EPS;
      if (bound[x]! <= limit || bc <= limit) continue;
      const s = cScore[k]!;
      if (s > limit) found.push({ ci, vi: vacancies[x]!, s });
    }
  }
  return found;
}
