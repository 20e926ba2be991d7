import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, DEFAULT_FALLBACKS, findMunicipality, MUNICIPALITIES } from '../../src/index.js';
import { candidateArb, inputArb, vacancyArb } from '../arbitraries.js';

const bollenstreek = Object.keys(DEFAULT_FALLBACKS);

describe('fallback pool properties', () => {
  it("under 'when-none' no fallback or region match appears while a home candidate reaches minScore", () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0, max: 0.9, noNaN: true }), (input, minScore) => {
        const matcher = createMatcher(input);
        return input.vacancies.every((v) => {
          const ranked = matcher.rankCandidates(v.id, { minScore, limit: 50 });
          const homeSuitable = input.candidates.some((c) => {
            const m = matcher.score(c.id, v.id);
            return m.tier === 'home' && m.eligible && m.score >= minScore;
          });
          return !homeSuitable || ranked.every((m) => m.tier === 'home');
        });
      }),
    );
  });

  it("'when-none' returns the first tier that has a suitable candidate, and only that tier", () => {
    const order = ['home', 'fallback', 'region'] as const;
    fc.assert(
      fc.property(inputArb, (input) => {
        const matcher = createMatcher(input, { suitableScore: 0.5 });
        return input.vacancies.every((v) => {
          const suitable = input.candidates.map((c) => matcher.score(c.id, v.id)).filter((m) => m.eligible && m.score >= 0.5 && m.tier !== 'outside');
          const first = order.find((t) => suitable.some((m) => m.tier === t));
          const tiers = new Set(matcher.rankCandidates(v.id, { limit: 50 }).map((m) => m.tier));
          return first === undefined ? tiers.size === 0 : tiers.size === 1 && tiers.has(first);
        });
      }),
    );
  });

  it('the tier of a candidate is right for random municipality pairs', () => {
    const muni = fc.constantFrom(...MUNICIPALITIES);
    fc.assert(
      fc.property(muni, muni, fc.boolean(), (home, other, regionTier) => {
        const base = { ladderStep: 6 as const, competences: [], hours: { min: 8, max: 40 }, travel: { maxMinutes: 60, modes: ['car' as const] } };
        const matcher = createMatcher(
          {
            candidates: [{ id: 'c', municipality: other.code, ...base }],
            vacancies: [{ id: 'v', employerId: 'w', municipality: home.name, sector: 'zorg', competences: [], hours: { min: 8, max: 40 } }],
          },
          { regionTier },
        );
        const fallbacks = (DEFAULT_FALLBACKS[home.name] ?? []).map((n) => findMunicipality(n)!.code);
        const expected = home.code === other.code ? 'home' : fallbacks.includes(other.code) ? 'fallback' : regionTier && home.regionCode === other.regionCode ? 'region' : 'outside';
        return matcher.score('c', 'v').tier === expected;
      }),
    );
  });

  it('adding candidates in fallback municipalities never changes a ranking that has suitable home candidates', () => {
    const extra = fc.array(
      candidateArb('x').map((c) => c),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(
        vacancyArb('v0').filter((v) => bollenstreek.includes(v.municipality)),
        fc.array(candidateArb('h'), { minLength: 1, maxLength: 6 }),
        extra,
        (vacancy, homes, outsiders) => {
          const home = homes.map((c, i) => ({ ...c, id: `h${i}`, municipality: vacancy.municipality }));
          const fallbackTowns = DEFAULT_FALLBACKS[vacancy.municipality]!;
          const others = outsiders.map((c, i) => ({ ...c, id: `x${i}`, municipality: fallbackTowns[i % fallbackTowns.length]! }));
          const before = createMatcher({ candidates: home, vacancies: [vacancy] }, { suitableScore: 0.3 });
          const ranking = before.rankCandidates('v0');
          fc.pre(ranking.length > 0 && ranking[0]!.tier === 'home');
          const after = createMatcher({ candidates: [...home, ...others], vacancies: [vacancy] }, { suitableScore: 0.3 });
          return JSON.stringify(after.rankCandidates('v0')) === JSON.stringify(ranking);
        },
      ),
    );
  });
});

describe('fallback configuration', () => {
  it('takes municipalities by name or code and rejects unknown ones with suggestions', () => {
    const input = {
      candidates: [{ id: 'c', municipality: 'Leiden', ladderStep: 6 as const, competences: [], hours: { min: 8, max: 40 }, travel: { maxMinutes: 60, modes: ['car' as const] } }],
      vacancies: [{ id: 'v', employerId: 'w', municipality: 'gm0575', sector: 'zorg' as const, competences: [], hours: { min: 8, max: 40 } }],
    };
    expect(createMatcher(input, { fallbacks: { GM0575: ['leiden'] } }).score('c', 'v').tier).toBe('fallback');
    expect(createMatcher(input, { fallbacks: {} }).score('c', 'v').tier).toBe('region');
    expect(() => createMatcher(input, { fallbacks: { Noordwijk: ['Leidn'] } })).toThrow(/unknown municipality "Leidn"; did you mean "Leiden"/);
  });
});
