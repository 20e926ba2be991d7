import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, generateSyntheticRegion, rankAll, type Matcher } from '../../src/index.js';
import { rankAllParallel } from '../../src/node/index.js';
import { MUNICIPALITIES } from '../../src/region/municipalities.js';
import { inputArb } from '../arbitraries.js';

const optionsArb = fc.record({
  limit: fc.integer({ min: 0, max: 14 }),
  fallback: fc.constantFrom('when-none' as const, 'fill' as const, 'off' as const),
  minScore: fc.double({ min: 0, max: 0.9, noNaN: true }),
});

const compact = (matcher: Matcher, vacancyId: string, options: Parameters<Matcher['rankCandidates']>[1]) =>
  matcher.rankCandidates(vacancyId, options).map((m) => ({ candidateId: m.candidateId, score: m.score, tier: m.tier }));

describe('rankAll', () => {
  it('equals rankCandidates for every vacancy, in input order', () => {
    fc.assert(
      fc.property(inputArb, optionsArb, (input, options) => {
        const matcher = createMatcher(input);
        const all = rankAll(matcher, options);
        return JSON.stringify(all) === JSON.stringify(input.vacancies.map((v) => ({ vacancyId: v.id, candidates: compact(matcher, v.id, options) })));
      }),
    );
  });

  it('uses rankCandidates defaults: limit 10, when-none, suitableScore', () => {
    const input = generateSyntheticRegion({ seed: 5, candidates: 400, vacancies: 20 });
    const matcher = createMatcher(input);
    expect(rankAll(matcher)).toEqual(input.vacancies.map((v) => ({ vacancyId: v.id, candidates: compact(matcher, v.id, {}) })));
  });

  it('rejects misused options and foreign matchers', () => {
    const matcher = createMatcher(generateSyntheticRegion({ seed: 5, candidates: 10, vacancies: 2 }));
    expect(() => rankAll(matcher, { limit: -1 })).toThrow(/^rankAll: limit/);
    expect(() => rankAll(matcher, { minScore: 2 })).toThrow(/^rankAll: minScore/);
    expect(() => rankAll(matcher, { fallback: 'all' as never })).toThrow(/^rankAll: fallback/);
    expect(() => rankAll({} as Matcher)).toThrow(TypeError);
  });
});

describe('rankAllParallel (werkmatch/node)', () => {
  // Spread over the whole country so blocking, tiers and when-none all take part.
  const input = generateSyntheticRegion({ seed: 9, candidates: 3000, vacancies: 150, municipalities: MUNICIPALITIES.map((m) => m.name) });
  const matcher = createMatcher(input);

  it('equals rankAll, for every policy, with progress up to the total', async () => {
    for (const options of [{ limit: 10 }, { limit: 25, fallback: 'fill' as const, minScore: 0.3 }, { limit: 5, fallback: 'off' as const, minScore: 0 }]) {
      const progress: number[] = [];
      const parallel = await rankAllParallel(matcher, { ...options, workers: 2, onProgress: ({ done, total }) => progress.push(done / total) });
      expect(parallel).toEqual(rankAll(matcher, options));
      expect(progress.at(-1)).toBe(1);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
    }
  });

  it('gives the same result with one and three workers', async () => {
    const one = await rankAllParallel(matcher, { workers: 1, minScore: 0.5 });
    expect(await rankAllParallel(matcher, { workers: 3, minScore: 0.5 })).toEqual(one);
    expect(one).toEqual(rankAll(matcher, { minScore: 0.5 }));
  });

  it('rejects what it can not run', async () => {
    await expect(rankAllParallel(matcher, { workers: 0 })).rejects.toThrow(/^rankAllParallel: workers/);
    await expect(rankAllParallel({} as Matcher)).rejects.toThrow(TypeError);
    const custom = createMatcher(input, { travelTime: () => 10 });
    await expect(rankAllParallel(custom)).rejects.toThrow(/travelTime/);
  });
});
