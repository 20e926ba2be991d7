import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, MatchError, PERSPECTIVES, rankAll, type Perspective } from '../../src/index.js';
import { inputArb } from '../arbitraries.js';

const perspectiveArb = fc.option(fc.constantFrom(...PERSPECTIVES), { nil: undefined });
const withPerspectives = <T extends { id: string }>(records: readonly T[], ps: readonly (Perspective | undefined)[]) => records.map((c, i) => (ps[i] === undefined ? c : { ...c, perspective: ps[i] }));

describe('rankCandidates with a perspectives filter', () => {
  it('ranks exactly as a matcher built without the filtered-out candidates (tiers and when-none included)', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.array(perspectiveArb, { minLength: 12, maxLength: 12 }),
        fc.uniqueArray(fc.constantFrom(...PERSPECTIVES), { maxLength: 3 }),
        fc.constantFrom('when-none', 'fill', 'off' as const),
        fc.double({ min: 0, max: 0.8, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        (input, ps, filter, fallback, minScore, limit) => {
          const candidates = withPerspectives(input.candidates, ps);
          const kept = candidates.filter((c) => 'perspective' in c && filter.includes(c.perspective as Perspective));
          const all = createMatcher({ candidates, vacancies: input.vacancies });
          const only = createMatcher({ candidates: kept, vacancies: input.vacancies });
          for (const v of input.vacancies) {
            const filtered = all.rankCandidates(v.id, { perspectives: filter, fallback, minScore, limit });
            expect(filtered).toEqual(only.rankCandidates(v.id, { fallback, minScore, limit }));
            // The filter never moves a score: each kept match scores as the pair does on its own.
            for (const m of filtered) expect(m.score).toBe(all.score(m.candidateId, v.id).score);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('rankAll with a filter gives per vacancy what rankCandidates gives', () => {
    fc.assert(
      fc.property(inputArb, fc.array(perspectiveArb, { minLength: 12, maxLength: 12 }), fc.uniqueArray(fc.constantFrom(...PERSPECTIVES), { minLength: 1, maxLength: 2 }), (input, ps, filter) => {
        const m = createMatcher({ candidates: withPerspectives(input.candidates, ps), vacancies: input.vacancies });
        const options = { perspectives: filter, minScore: 0.2, fallback: 'fill' as const };
        for (const { vacancyId, candidates } of rankAll(m, options)) {
          expect(candidates).toEqual(m.rankCandidates(vacancyId, options).map((x) => ({ candidateId: x.candidateId, score: x.score, tier: x.tier })));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps only the perspectives asked for, and nobody without one', () => {
    const base = { municipality: 'Noordwijk', ladderStep: 6, competences: ['VIG'], hours: { min: 20, max: 32 }, travel: { maxMinutes: 45, modes: ['bike'] } };
    const m = createMatcher({
      candidates: [
        { ...base, id: 'a', perspective: 'werken' },
        { ...base, id: 'b', perspective: 'werken-aan' },
        { ...base, id: 'c' },
        { ...base, id: 'd', perspective: 'werken' },
      ],
      vacancies: [{ id: 'v', employerId: 'e', municipality: 'Noordwijk', sector: 'zorg', competences: ['VIG'], hours: { min: 20, max: 32 } }],
    });
    const ids = (perspectives?: Perspective[]) => m.rankCandidates('v', { minScore: 0, ...(perspectives ? { perspectives } : {}) }).map((x) => x.candidateId);
    expect(ids(['werken'])).toEqual(['a', 'd']);
    expect(ids(['werken', 'werken-aan'])).toEqual(['a', 'b', 'd']);
    expect(ids([])).toEqual([]);
    expect(ids()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('an unknown perspective in the filter is a RangeError naming the one meant', () => {
    const m = createMatcher({ candidates: [], vacancies: [{ id: 'v', employerId: 'e', municipality: 'Noordwijk', sector: 'zorg', competences: [], hours: { min: 1, max: 2 } }] });
    expect(() => m.rankCandidates('v', { perspectives: ['werken aan' as Perspective] })).toThrow(/rankCandidates: unknown perspective "werken aan"; did you mean "werken-aan"\?/);
    expect(() => m.rankCandidates('v', { perspectives: 'werken' as unknown as Perspective[] })).toThrow(TypeError);
  });
});

describe('a candidate perspective in the records', () => {
  it('a wrong value is a MatchError naming the record and the field, with the value meant', () => {
    const candidate = (id: string, perspective: unknown) => ({
      id,
      municipality: 'Noordwijk',
      ladderStep: 5,
      competences: [],
      hours: { min: 8, max: 16 },
      travel: { maxMinutes: 30, modes: ['walk'] },
      perspective,
    });
    try {
      createMatcher({ candidates: [candidate('ok', 'meedoen'), candidate('x', 'Werken aan'), candidate('y', 'sporten')], vacancies: [] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MatchError);
      const issues = (e as MatchError).issues;
      expect(issues.map((i) => i.path)).toEqual([
        ['candidates', 1, 'perspective'],
        ['candidates', 2, 'perspective'],
      ]);
      expect(issues[0]!.message).toContain('did you mean "werken-aan"?');
      expect(issues[1]!.message).toContain('known: werken, werken-aan, meedoen');
    }
  });
});
