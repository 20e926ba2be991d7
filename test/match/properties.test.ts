import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainPair, scorePair } from '../../src/engine/pair.js';
import { assignPlacements, createMatcher, FACTORS, MatchError, SECTORS } from '../../src/index.js';
import { INDEX, type MatcherWithIndex } from '../../src/match/matcher.js';
import { inputArb, LABELS, pairArb } from '../arbitraries.js';

const one = (input: { candidate: unknown; vacancy: unknown }, config?: Parameters<typeof createMatcher>[1]) =>
  createMatcher({ candidates: [input.candidate], vacancies: [input.vacancy] }, config).score('c', 'v');

describe('score properties', () => {
  it('every score lies in [0, 1]', () => {
    fc.assert(
      fc.property(pairArb, (p) => {
        const m = one(p);
        return m.score >= 0 && m.score <= 1 && FACTORS.every((f) => m.factors[f].score >= 0 && m.factors[f].score <= 1);
      }),
    );
  });

  it('every score lies in [0, 1] under any weights', () => {
    const weights = fc.record({
      competence: fc.double({ min: 0, max: 1e6, noNaN: true }),
      ladder: fc.double({ min: 0, max: 1e6, noNaN: true }),
      hours: fc.double({ min: 0, max: 1e6, noNaN: true }),
      travel: fc.double({ min: 0, max: 1e6, noNaN: true }),
      sector: fc.double({ min: 1e-9, max: 1e6, noNaN: true }),
    });
    fc.assert(
      fc.property(pairArb, weights, (p, w) => {
        const m = one(p, { weights: w });
        return m.score >= 0 && m.score <= 1;
      }),
    );
  });

  it('a perfect match scores 1 (to rounding, never above) under any weights', () => {
    const weights = fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(weights, ([a, b, c, d, e]) => {
        const here = { lat: 52.27, lon: 4.48 };
        const m = createMatcher(
          {
            candidates: [
              {
                id: 'c',
                municipality: 'Noordwijk',
                location: here,
                ladderStep: 6,
                competences: [{ label: 'VIG', level: 3 }],
                hours: { min: 36, max: 36 },
                travel: { maxMinutes: 30, modes: ['walk'] },
                sectors: { preferred: ['zorg'] },
              },
            ],
            vacancies: [{ id: 'v', employerId: 'w', municipality: 'Noordwijk', location: here, sector: 'zorg', competences: ['VIG'], hours: { min: 36, max: 36 }, minLadderStep: 6 }],
          },
          { weights: { competence: a!, ladder: b!, hours: c!, travel: d!, sector: e! } },
        ).score('c', 'v');
        return m.score <= 1 && m.score > 1 - 1e-12;
      }),
    );
  });

  it('the contributions of an eligible match sum to its score', () => {
    // pairArb's pairs are mostly knocked out: these pass every knock-out but a rare hours mismatch, so few are discarded.
    const eligiblePairArb = pairArb.map(({ candidate, vacancy }) => ({
      candidate: {
        ...candidate,
        ladderStep: 6 as const,
        exempt: false,
        hours: { min: 8, max: 40 },
        travel: { maxMinutes: 120, modes: ['car' as const] },
        sectors: { ...candidate.sectors, excluded: [] },
      },
      vacancy: { ...vacancy, competences: vacancy.competences.map((c) => (typeof c === 'string' ? c : { ...c, required: false })) },
    }));
    fc.assert(
      fc.property(eligiblePairArb, (p) => {
        const m = one(p);
        fc.pre(m.eligible);
        return Math.abs(FACTORS.reduce((s, f) => s + m.factors[f].contribution, 0) - m.score) <= 1e-9;
      }),
    );
  });

  it('a knock-out gives score 0 and an ineligible match always names a knock-out', () => {
    fc.assert(
      fc.property(pairArb, (p) => {
        const m = one(p);
        return m.eligible ? m.knockouts.length === 0 : m.score === 0 && m.knockouts.length > 0;
      }),
    );
  });

  it('adding a competence the vacancy asks for never lowers the score', () => {
    fc.assert(
      fc.property(pairArb, fc.nat(), (p, k) => {
        const asked = p.vacancy.competences.map((c) => (typeof c === 'string' ? c : c.label));
        fc.pre(asked.length > 0);
        const extra = asked[k % asked.length]!;
        const before = one(p);
        const after = one({ ...p, candidate: { ...p.candidate, competences: [...p.candidate.competences, { label: extra, level: 3 }] } });
        return after.score >= before.score - 1e-12;
      }),
    );
  });

  it("narrowing a candidate's weekly range inside the vacancy's never lowers the score", () => {
    // Pairs that pass every other knock-out, with overlapping hours and a narrower range inside the overlap.
    const hoursPairArb = fc
      .record({ p: pairArb, vMin: fc.integer({ min: 4, max: 40 }), vSpan: fc.integer({ min: 0, max: 20 }), cMin: fc.integer({ min: 1, max: 60 }), cMax: fc.integer({ min: 1, max: 60 }) })
      .filter(({ vMin, vSpan, cMin, cMax }) => cMin <= cMax && cMin <= Math.min(60, vMin + vSpan) && cMax >= vMin)
      .chain(({ p, vMin, vSpan, cMin, cMax }) => {
        const vacancyHours = { min: vMin, max: Math.min(60, vMin + vSpan) };
        const lo = Math.max(cMin, vacancyHours.min);
        const hi = Math.min(cMax, vacancyHours.max);
        return fc.tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi })).map(([a, b]) => ({
          candidate: { ...p.candidate, ladderStep: 6 as const, exempt: false, hours: { min: cMin, max: cMax }, travel: { maxMinutes: 120, modes: ['car' as const] }, sectors: {} },
          vacancy: { ...p.vacancy, hours: vacancyHours, competences: [] },
          narrowed: { min: Math.min(a, b), max: Math.max(a, b) },
        }));
      });
    // A positive hours weight, so the property would see a volume-based hours score if one came back.
    const config = { weights: { hours: 0.2 } };
    fc.assert(
      fc.property(hoursPairArb, ({ candidate, vacancy, narrowed }) => {
        const wide = one({ candidate, vacancy }, config);
        const narrow = one({ candidate: { ...candidate, hours: narrowed }, vacancy }, config);
        return wide.eligible && narrow.score >= wide.score - 1e-12;
      }),
    );
  });

  it('shortening travel never lowers the score', () => {
    fc.assert(
      fc.property(pairArb, fc.double({ min: 0, max: 1, noNaN: true }), (p, t) => {
        fc.pre(p.candidate.location !== undefined && p.vacancy.location !== undefined);
        const from = p.candidate.location!;
        const to = p.vacancy.location!;
        // Move the candidate a fraction t of the way towards the vacancy.
        const closer = { lat: from.lat + t * (to.lat - from.lat), lon: from.lon + t * (to.lon - from.lon) };
        return one({ ...p, candidate: { ...p.candidate, location: closer } }).score >= one(p).score - 1e-12;
      }),
    );
  });

  it('reporting fields (perspective included) never change any score, knock-out or ranking', () => {
    const reporting = fc.record(
      {
        targetGroups: fc.uniqueArray(fc.constantFrom('doelgroepregister', 'regulier', 'statushouder', 'nug', 'alleenstaande-ouder', '50-plus', 'jongere'), { maxLength: 3 }),
        birthDate: fc.constantFrom('1960-02-29', '1999-12-31', '2005-06-15'),
        gender: fc.constantFrom('v', 'm', 'x'),
        perspective: fc.constantFrom('werken', 'werken-aan', 'meedoen'),
        reporting: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(inputArb, fc.array(reporting, { minLength: 12, maxLength: 12 }), (input, extras) => {
        const plain = createMatcher(input, { suitableScore: 0 });
        const tagged = createMatcher({ ...input, candidates: input.candidates.map((c, i) => ({ ...c, ...extras[i] })) }, { suitableScore: 0 });
        const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
        const placements = (m: typeof plain) => assignPlacements(m, { strategy: 'stable', minScore: 0.3 }).placements.map((p) => [p.candidateId, p.vacancyId, p.score]);
        return (
          same(placements(plain), placements(tagged)) &&
          input.candidates.every((c) => same(plain.rankVacancies(c.id, { limit: 20 }), tagged.rankVacancies(c.id, { limit: 20 }))) &&
          input.vacancies.every(
            (v) =>
              (['fill', 'when-none', 'off'] as const).every((fallback) => same(plain.rankCandidates(v.id, { fallback, limit: 20 }), tagged.rankCandidates(v.id, { fallback, limit: 20 }))) &&
              input.candidates.every((c) => same(plain.score(c.id, v.id), tagged.score(c.id, v.id))),
          )
        );
      }),
    );
  });

  it('parsing random JSON yields a matcher or a MatchError, never another exception', () => {
    const near = fc.record({
      candidates: fc.array(
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.record({
            id: fc.string(),
            municipality: fc.constantFrom('Noordwijk', 'x'),
            ladderStep: fc.jsonValue(),
            competences: fc.array(fc.constantFrom(...LABELS)),
            hours: fc.jsonValue(),
            travel: fc.jsonValue(),
          }),
        ),
      ),
      vacancies: fc.array(fc.jsonValue({ maxDepth: 3 })),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), near), fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })), (input, config) => {
        try {
          createMatcher(input as never, config as never);
          return true;
        } catch (e) {
          return e instanceof MatchError && e.issues.length > 0;
        }
      }),
    );
  });

  it('rankings hold exactly the eligible matches at or above minScore, in score-then-id order', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0, max: 0.9, noNaN: true }), (input, minScore) => {
        const matcher = createMatcher(input, { regionTier: true });
        return input.vacancies.every((v) => {
          const ranked = matcher.rankCandidates(v.id, { fallback: 'fill', minScore, limit: 100 });
          const expected = input.candidates
            .map((c) => matcher.score(c.id, v.id))
            .filter((m) => m.eligible && m.score >= minScore && m.tier !== 'outside')
            .sort((a, b) => ['home', 'fallback', 'region'].indexOf(a.tier) - ['home', 'fallback', 'region'].indexOf(b.tier) || b.score - a.score || (a.candidateId < b.candidateId ? -1 : 1));
          return JSON.stringify(ranked) === JSON.stringify(expected);
        });
      }),
    );
  });

  it('rankVacancies holds exactly the eligible in-tier vacancies at or above minScore, best first', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const matcher = createMatcher(input, { suitableScore: 0.3 });
        return input.candidates.every((c) => {
          const ranked = matcher.rankVacancies(c.id, { limit: 100 });
          const expected = input.vacancies
            .map((v) => matcher.score(c.id, v.id))
            .filter((m) => m.eligible && m.score >= 0.3 && m.tier !== 'outside')
            .sort((a, b) => b.score - a.score || (a.vacancyId < b.vacancyId ? -1 : 1));
          return JSON.stringify(ranked) === JSON.stringify(expected);
        });
      }),
    );
  });

  it('the same input and config give the same output, byte for byte, whatever the record order', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const a = createMatcher(structuredClone(input));
        const b = createMatcher({ candidates: [...structuredClone(input.candidates)].reverse(), vacancies: [...structuredClone(input.vacancies)].reverse() });
        return input.vacancies.every((v) => JSON.stringify(a.rankCandidates(v.id, { minScore: 0 })) === JSON.stringify(b.rankCandidates(v.id, { minScore: 0 })));
      }),
    );
  });
});

describe('the fast score agrees with the explained one', () => {
  // inputArb's pairs are mostly knocked out; this variant makes most of them eligible (step 6, no exemption, a car,
  // wide hours, no required competences), so both sides of the comparison are exercised.
  const eligibleLeaningArb = inputArb.map((input) => ({
    candidates: input.candidates.map((c) => ({ ...c, ladderStep: 6 as const, exempt: false, hours: { min: 8, max: 40 }, travel: { maxMinutes: 90, modes: ['car' as const] } })),
    vacancies: input.vacancies.map((v) => ({ ...v, minLadderStep: 4 as const, competences: v.competences.map((c) => (typeof c === 'string' ? c : { ...c, required: false })) })),
  }));
  const configArb = fc.record(
    {
      weights: fc.record({ competence: fc.double({ min: 0.01, max: 5, noNaN: true }), travel: fc.double({ min: 0.01, max: 5, noNaN: true }), sector: fc.double({ min: 0.01, max: 5, noNaN: true }) }),
      jobCarvingPenalty: fc.double({ min: 0, max: 1, noNaN: true }),
      shortageSectors: fc.uniqueArray(fc.constantFrom(...SECTORS), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  );

  it('scorePair equals explainPair(…).score, exactly, for every pair of a random instance', () => {
    const seen = { eligible: 0, ineligible: 0 };
    fc.assert(
      fc.property(fc.oneof(inputArb, eligibleLeaningArb), configArb, (input, config) => {
        const ix = (createMatcher(input, config) as MatcherWithIndex)[INDEX];
        for (let vi = 0; vi < input.vacancies.length; vi++) {
          for (let ci = 0; ci < input.candidates.length; ci++) {
            const fast = scorePair(ix, ci, vi);
            const explained = explainPair(ix, ci, vi);
            seen[explained.eligible ? 'eligible' : 'ineligible']++;
            if (explained.eligible ? fast !== explained.score : fast !== -1) return false;
          }
        }
        return true;
      }),
    );
    // Both kinds of pair took part, so the property compared scores, not just knock-outs.
    expect(seen.eligible).toBeGreaterThan(100);
    expect(seen.ineligible).toBeGreaterThan(100);
  });
});
