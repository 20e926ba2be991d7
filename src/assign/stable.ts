import { Preferences } from './preferences.js';
import { emptyAssignment, type RawAssignment } from './result.js';
import { acceptablePairs, type Scope } from './scope.js';

/**
 * Candidate-proposing deferred acceptance with capacities (hospitals/residents): the candidate-optimal
 * stable matching. Vacancies prefer a higher score, then the smaller candidate id.
 */
export function assignStable(scope: Scope): RawAssignment {
  const { ix, capacity } = scope;
  const { vacancyOf, scoreOf } = emptyAssignment(ix.candidates.length);
  const prefs = new Preferences(scope, acceptablePairs(scope));
  const rank = ix.cIdRank;
  // Held candidates per vacancy in a flat array: vacancy vi owns slots start[vi] .. start[vi] + capacity[vi] - 1.
  const start = new Int32Array(ix.vacancies.length + 1);
  for (let vi = 0; vi < ix.vacancies.length; vi++) start[vi + 1] = start[vi]! + capacity[vi]!;
  const held = new Int32Array(start[ix.vacancies.length]!);
  const count = new Int32Array(ix.vacancies.length);

  // Smallest id proposes first; the outcome does not depend on the order, only the work does.
  const stack = Array.from(scope.candidates).reverse();
  while (stack.length > 0) {
    const ci = stack.pop()!;
    for (;;) {
      const vi = prefs.head(ci);
      if (vi < 0) break;
      const s = prefs.headScore(ci);
      const base = start[vi]!;
      if (count[vi]! < capacity[vi]!) {
        held[base + count[vi]!] = ci;
        count[vi] = count[vi]! + 1;
        vacancyOf[ci] = vi;
        scoreOf[ci] = s;
        break;
      }
      let worst = base;
      for (let k = base + 1; k < base + count[vi]!; k++) {
        const a = held[k]!;
        const w = held[worst]!;
        if (scoreOf[a]! < scoreOf[w]! || (scoreOf[a] === scoreOf[w] && rank[a]! > rank[w]!)) worst = k;
      }
      const w = held[worst]!;
      if (s > scoreOf[w]! || (s === scoreOf[w] && rank[ci]! < rank[w]!)) {
        held[worst] = ci;
        vacancyOf[ci] = vi;
        scoreOf[ci] = s;
        vacancyOf[w] = -1;
        scoreOf[w] = 0;
        prefs.advance(w);
        stack.push(w);
        break;
      }
      prefs.advance(ci);
    }
  }
  return { vacancyOf, scoreOf, exact: true };
}
