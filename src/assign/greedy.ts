import { Preferences } from './preferences.js';
import { emptyAssignment, type RawAssignment } from './result.js';
import { acceptablePairs, type Scope } from './scope.js';

/**
 * Highest-scoring acceptable pair first (ties: candidate id, then vacancy id), until no pair fits.
 * A heap of candidates keyed by their best vacancy not yet seen full (each candidate's list is ordered by
 * score, then vacancy id); a stale head is advanced when popped, since heads only get worse.
 */
export function assignGreedy(scope: Scope): RawAssignment {
  const { ix, capacity } = scope;
  const { vacancyOf, scoreOf } = emptyAssignment(ix.candidates.length);
  const prefs = new Preferences(scope, acceptablePairs(scope));
  const cRank = ix.cIdRank;
  const used = new Int32Array(ix.vacancies.length);
  const heap = new Int32Array(scope.candidates.length);
  const headV = new Int32Array(ix.candidates.length);
  const headS = new Float64Array(ix.candidates.length);
  let size = 0;

  const better = (a: number, b: number): boolean => headS[a]! > headS[b]! || (headS[a] === headS[b] && cRank[a]! < cRank[b]!);
  const push = (ci: number): void => {
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!better(ci, heap[p]!)) break;
      heap[i] = heap[p]!;
      i = p;
    }
    heap[i] = ci;
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap[--size]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const c = l + 1 < size && better(heap[l + 1]!, heap[l]!) ? l + 1 : l;
      if (!better(heap[c]!, last)) break;
      heap[i] = heap[c]!;
      i = c;
    }
    if (size > 0) heap[i] = last;
    return top;
  };
  const refresh = (ci: number): void => {
    const vi = prefs.head(ci);
    if (vi < 0) return;
    headV[ci] = vi;
    headS[ci] = prefs.headScore(ci);
    push(ci);
  };

  for (const ci of scope.candidates) refresh(ci);
  while (size > 0) {
    const ci = pop();
    const vi = headV[ci]!;
    if (used[vi]! < capacity[vi]!) {
      used[vi] = used[vi]! + 1;
      vacancyOf[ci] = vi;
      scoreOf[ci] = headS[ci]!;
    } else {
      prefs.advance(ci);
      refresh(ci);
    }
  }
  return { vacancyOf, scoreOf, exact: true };
}
