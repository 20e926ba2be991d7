import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, FACTORS, generateSyntheticRegion, rankAll, type MatchConfig } from '../../src/index.js';
import { MUNICIPALITIES } from '../../src/region/municipalities.js';
import { inputArb } from '../arbitraries.js';
import { TIERS } from '../../src/engine/compile.js';
import { resolveRankSpec, VacancyRanker } from '../../src/engine/scan.js';
import { INDEX, type MatcherWithIndex } from '../../src/match/matcher.js';
import { ALL_FALLBACKS, nationalInputArb } from './arbitraries.js';
import { rankingMismatch } from './compare.js';
import { referenceScorer } from './reference-scorer.js';

type Input = { candidates: { id: string }[]; vacancies: { id: string }[] };

/**
 * Every pair: the engine's explained score and each factor's score equal the oracle's to 1e-9, with the same
 * eligibility, tier and knock-outs (factor and code, in factor order).
 */
function scoresAgree(input: Input, config?: MatchConfig): boolean {
  const matcher = createMatcher(input, config);
  const oracle = referenceScorer(input, matcher.config);
  return input.vacancies.every((v) =>
    input.candidates.every((c) => {
      const fast = matcher.score(c.id, v.id);
      const ref = oracle.score(c.id, v.id);
      return (
        fast.eligible === ref.eligible &&
        Math.abs(fast.score - ref.score) <= 1e-9 &&
        FACTORS.every((f) => Math.abs(fast.factors[f].score - ref.factors[f]) <= 1e-9) &&
        fast.tier === ref.tier &&
        JSON.stringify(fast.knockouts) === JSON.stringify(ref.knockouts)
      );
    }),
  );
}

const policyArb = fc.constantFrom('when-none' as const, 'fill' as const, 'off' as const);

describe('the fast engine agrees with the reference scorer', () => {
  it('on every score, in the Bollenstreek', () => {
    fc.assert(fc.property(inputArb, (input) => scoresAgree(input)));
  });

  it('on every score, across the country', () => {
    fc.assert(fc.property(nationalInputArb, (input) => scoresAgree(input, { fallbacks: ALL_FALLBACKS })));
  });

  it('on every score with a custom travelTime', () => {
    // Minutes from coordinates alone, unlike the built-in model, so nothing may be bounded by distance.
    const travelTime = (from: { lat: number; lon: number }, to: { lat: number; lon: number }, mode: string) => Math.abs(from.lat - to.lat) * 300 + (mode === 'car' ? 3 : 10);
    fc.assert(fc.property(nationalInputArb, (input) => scoresAgree(input, { fallbacks: ALL_FALLBACKS, travelTime })));
  });

  it('on every score with configured reference points', () => {
    // Corrected points for some of the towns, keyed by name or CBS code; records without a location stand on them.
    const point = fc.record({ lat: fc.double({ min: 52.1, max: 52.4, noNaN: true }), lon: fc.double({ min: 4.35, max: 4.7, noNaN: true }) });
    const referencePointsArb = fc.record({ Noordwijk: point, GM0553: point, Katwijk: point }, { requiredKeys: [] });
    fc.assert(fc.property(inputArb, referencePointsArb, (input, referencePoints) => scoresAgree(input, { referencePoints })));
  });

  it('on every ranking: rankCandidates equals the oracle for every policy, limit and minScore', () => {
    fc.assert(
      fc.property(inputArb, policyArb, fc.integer({ min: 0, max: 14 }), fc.double({ min: 0, max: 0.9, noNaN: true }), (input, fallback, limit, minScore) => {
        const matcher = createMatcher(input);
        const oracle = referenceScorer(input, matcher.config);
        return input.vacancies.every((v) => rankingMismatch(matcher.rankCandidates(v.id, { fallback, limit, minScore }), oracle.rank(v.id, { fallback, minScore }), limit) === undefined);
      }),
    );
  });
});

describe('spatial blocking', () => {
  it('never drops a pair the oracle finds eligible (candidates at the edge of their reach, all in tier), on either pruning path', () => {
    // The scan itself, so its counters show which path each ranking took: a path that never ran was not tested.
    const ran = { grid: 0, postings: 0, gridPruned: 0, postingsPruned: 0 };
    fc.assert(
      fc.property(nationalInputArb, (input) => {
        const matcher = createMatcher(input, { fallbacks: ALL_FALLBACKS });
        const oracle = referenceScorer(input, matcher.config);
        const ix = (matcher as MatcherWithIndex)[INDEX];
        const ranker = new VacancyRanker(ix, resolveRankSpec('test', 0, { fallback: 'fill', minScore: 0, limit: 1000 }));
        const agree = input.vacancies.every((v, vi) => {
          const { grid, postings } = ranker.stats;
          const before = { grid: grid.scans, gridVisited: grid.visited, postings: postings.scans, postingsVisited: postings.visited };
          const ranked = ranker.rank(vi).map((e) => ({ candidateId: input.candidates[e.candidate]!.id, score: e.score, tier: TIERS[e.tier]! }));
          if (grid.scans > before.grid && grid.visited - before.gridVisited < ranker.stats.members) ran.gridPruned++;
          if (postings.scans > before.postings && postings.visited - before.postingsVisited < ranker.stats.members) ran.postingsPruned++;
          return rankingMismatch(ranked, oracle.rank(v.id, { fallback: 'fill', minScore: 0 }), 1000) === undefined;
        });
        ran.grid += ranker.stats.grid.scans;
        ran.postings += ranker.stats.postings.scans;
        return agree;
      }),
    );
    expect(ran.grid).toBeGreaterThan(20);
    expect(ran.postings).toBeGreaterThan(20);
    expect(ran.gridPruned).toBeGreaterThan(10);
    expect(ran.postingsPruned).toBeGreaterThan(10);
  });

  it('is off with a custom travelTime, and rankings still equal the oracle', () => {
    const travelTime = (from: { lat: number; lon: number }, to: { lat: number; lon: number }) => (Math.abs(from.lon - to.lon) < 1 ? 1 : 500);
    fc.assert(
      fc.property(nationalInputArb, (input) => {
        const matcher = createMatcher(input, { fallbacks: ALL_FALLBACKS, travelTime });
        const oracle = referenceScorer(input, matcher.config);
        return input.vacancies.every(
          (v) => rankingMismatch(matcher.rankCandidates(v.id, { fallback: 'fill', minScore: 0, limit: 1000 }), oracle.rank(v.id, { fallback: 'fill', minScore: 0 }), 1000) === undefined,
        );
      }),
    );
  });

  it('ranks a synthetic caseload spread over all 342 municipalities exactly as the oracle does', () => {
    const input = generateSyntheticRegion({ seed: 11, candidates: 2500, vacancies: 30, municipalities: MUNICIPALITIES.map((m) => m.name) });
    const matcher = createMatcher(input);
    const oracle = referenceScorer(input, matcher.config);
    for (const fallback of ['fill', 'when-none'] as const) {
      for (const { vacancyId, candidates } of rankAll(matcher, { fallback, minScore: 0, limit: 5000 })) {
        expect(rankingMismatch(candidates, oracle.rank(vacancyId, { fallback, minScore: 0 }), 5000)).toBeUndefined();
      }
    }
  });
});
