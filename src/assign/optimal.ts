import { emptyAssignment, type RawAssignment } from './result.js';
import { rankedList, scanPairs, TopK, type RankedList, type Scope } from './scope.js';
import { solveSparse } from './sparse.js';

// Rounds of adding the pairs that break the dual certificate and solving again.
const MAX_ROUNDS = 8;
const PER_CANDIDATE = 5;
const EPS = 1e-9;
/**
 * A proven optimum (`exact`) leaves no pair scoring above this between an unplaced candidate and a vacancy with an open
 * position: both prices are 0 there, so the pair would fail the dual check. Such a solution is maximal.
 */
export const MAXIMAL_ABOVE = 1e-6;

/**
 * Maximum total score over the best `perVacancy` candidates of each vacancy (plus positions - 1), then a
 * dual check over every acceptable pair: pairs that could improve the total are added and the problem
 * solved again. `exact` is true when the final solution is proven optimal over all pairs.
 */
export function assignOptimal(scope: Scope, perVacancy: number): RawAssignment {
  const { ix, vacancies, capacity } = scope;
  const nCand = ix.candidates.length;
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
  scanPairs(scope, scope.candidates, vacancies, (ci, vi, s) => {
    const x = slot[vi]!;
    heaps[x]!.push(ci, s);
    seen[x] = seen[x]! + 1;
    cHeaps[ci]!.push(vi, s);
    cSeen[ci] = cSeen[ci]! + 1;
  });
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
    const solved = solveLists(scope, lists);
    const found = violations(scope, bound, cBound, solved);
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

function solveLists(scope: Scope, lists: readonly RankedList[]): Solved {
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
  const sol = solveSparse({ nV: vacancies.length, nC: globalOf.length, capacity: Int32Array.from(vacancies, (vi) => capacity[vi]!), offsets, cand, score });

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
 * A pair is scored only when its bounds from both lists leave room for a violation.
 */
function violations(scope: Scope, bound: Float64Array, cBound: Float64Array, solved: Solved): { ci: number; vi: number; s: number }[] {
  const { vacancies } = scope;
  const { z, y } = solved;
  const found: { ci: number; vi: number; s: number }[] = [];
  const one = new Int32Array(1);
  for (const ci of scope.candidates) {
    const yc = y[ci]!;
    const bc = cBound[ci]!;
    if (bc === -Infinity) continue;
    for (let x = 0; x < vacancies.length; x++) {
      const limit = z[x]! + yc + EPS;
      if (bound[x]! <= limit || bc <= limit) continue;
      one[0] = vacancies[x]!;
      scanPairs(scope, Int32Array.of(ci), one, (_ci, vi, s) => {
        if (s > limit) found.push({ ci, vi, s });
      });
    }
  }
  return found;
}
