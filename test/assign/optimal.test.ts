import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createMatcher, generateSyntheticRegion } from '../../src/index.js';
import { assignOptimal, type OptimalTrace } from '../../src/assign/optimal.js';
import { byIdRank, type Scope } from '../../src/assign/scope.js';
import { MUNICIPALITY_COUNT, OUTSIDE } from '../../src/engine/compile.js';
import { scorePair } from '../../src/engine/pair.js';
import { INDEX, type MatcherWithIndex } from '../../src/match/matcher.js';
import { instanceArb } from './arbitraries.js';
import { bruteForceAssignment } from './reference.js';

const newTrace = (): OptimalTrace => ({ enumerateMs: 0, pairs: 0, scored: 0, solveMs: 0, rounds: 0, problem: undefined });
const ran = { whole: 0, lists: 0 };

describe('assignOptimal: one solve over every pair, or candidate lists checked by the duals', () => {
  it('both reach the brute-force optimum and are exact', () => {
    fc.assert(
      fc.property(instanceArb, ({ candidates, vacancies, minScore }) => {
        const ix = (createMatcher({ candidates, vacancies }) as MatcherWithIndex)[INDEX];
        const scope: Scope = {
          ix,
          minScore,
          tierMask: 1 | 2 | 4,
          vacancies: byIdRank(ix.vIdRank, () => true),
          candidates: byIdRank(ix.cIdRank, () => true),
          capacity: Int32Array.from(vacancies, (v) => v.positions),
        };
        // Every pair of a tier (not outside) at or above minScore: what brute force maximises over.
        const score = ix.candidates.map((_, ci) =>
          ix.vacancies.map((_, vi) => {
            if (ix.tiers[ix.vMuni[vi]! * MUNICIPALITY_COUNT + ix.cMuni[ci]!] === OUTSIDE) return -1;
            const s = scorePair(ix, ci, vi);
            return s >= 0 && s >= minScore ? s : -1;
          }),
        );
        const whole = newTrace();
        const a = assignOptimal(scope, ix.candidates.length, whole);
        const lists = newTrace();
        const b = assignOptimal(scope, 1, lists);
        if (whole.rounds === 1 && whole.problem?.cand.length === whole.pairs) ran.whole++;
        // perVacancy 1 takes the list path whenever there are more pairs than vacancies.
        if (lists.pairs > ix.vacancies.length) ran.lists++;
        const sum = (scoreOf: Float64Array) => scoreOf.reduce((t, s) => t + s, 0);
        const best = bruteForceAssignment(score, [...scope.capacity]);
        expect(a.exact && b.exact).toBe(true);
        expect(Math.abs(sum(a.scoreOf) - best)).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(sum(b.scoreOf) - best)).toBeLessThanOrEqual(1e-9);
      }),
    );
  });

  it('on a synthetic region, lists of one grown by the dual check reach the whole-graph optimum', () => {
    const HOLLAND_RIJNLAND = ['Katwijk', 'Leiden', 'Noordwijk', 'Oegstgeest', 'Teylingen'];
    const ix = (createMatcher(generateSyntheticRegion({ seed: 5, candidates: 600, vacancies: 80, municipalities: HOLLAND_RIJNLAND })) as MatcherWithIndex)[INDEX];
    for (const minScore of [0.3, 0.5]) {
      const scope: Scope = {
        ix,
        minScore,
        tierMask: 1 | 2 | 4,
        vacancies: byIdRank(ix.vIdRank, () => true),
        candidates: byIdRank(ix.cIdRank, () => true),
        capacity: Int32Array.from(ix.vacancies, (v) => v.positions ?? 1),
      };
      const whole = newTrace();
      const lists = newTrace();
      const total = (scoreOf: Float64Array) => scoreOf.reduce((t, s) => t + s, 0);
      const a = assignOptimal(scope, ix.candidates.length, whole);
      const b = assignOptimal(scope, 1, lists);
      expect(whole.rounds).toBe(1);
      expect(lists.rounds).toBeGreaterThan(1);
      expect(a.exact && b.exact).toBe(true);
      expect(total(b.scoreOf)).toBeCloseTo(total(a.scoreOf), 9);
    }
  });

  afterAll(() => {
    // Each path ran: whole-graph solves and list solves.
    expect(ran.whole).toBeGreaterThan(0);
    expect(ran.lists).toBeGreaterThan(0);
  });
});
