import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPlacements, createMatcher, generateSyntheticRegion, type Assignment, type Matcher } from '../../src/index.js';
import { candidateArb, vacancyArb } from '../arbitraries.js';
import { acceptableScores, blockingPairs, bruteForceAssignment } from './reference.js';

const MIN = 0.3;
const STRATEGIES = ['optimal', 'stable', 'greedy'] as const;

/** Up to 7 candidates × 5 vacancies with 1–3 positions: small enough for the brute-force oracle. */
const instanceArb = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 5 })).chain(([nc, nv]) =>
  fc.record({
    candidates: fc.tuple(...Array.from({ length: nc }, (_, i) => candidateArb(`c${i}`).map((c) => ({ ...c, exempt: false })))),
    vacancies: fc.tuple(...Array.from({ length: nv }, (_, j) => fc.tuple(vacancyArb(`v${j}`), fc.integer({ min: 1, max: 3 })).map(([v, positions]) => ({ ...v, positions })))),
  }),
);

interface Built {
  matcher: Matcher;
  cIds: string[];
  vIds: string[];
  capacity: number[];
}
const build = (input: { candidates: readonly { id: string }[]; vacancies: readonly { id: string; positions: number }[] }): Built => ({
  matcher: createMatcher(input),
  cIds: input.candidates.map((c) => c.id),
  vIds: input.vacancies.map((v) => v.id),
  capacity: input.vacancies.map((v) => v.positions),
});
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9;

describe('assignPlacements: optimal', () => {
  it('equals brute force (fallback fill)', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const b = build(input);
        const a = assignPlacements(b.matcher, { minScore: MIN });
        return a.exact && near(a.totalScore, bruteForceAssignment(acceptableScores(b.matcher, b.cIds, b.vIds, MIN, 'fill'), b.capacity));
      }),
    );
  });

  it('equals brute force with home candidates only (fallback off)', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const b = build(input);
        const a = assignPlacements(b.matcher, { minScore: MIN, fallback: 'off' });
        return near(a.totalScore, bruteForceAssignment(acceptableScores(b.matcher, b.cIds, b.vIds, MIN, 'off'), b.capacity));
      }),
    );
  });

  it('stays exact with one listed candidate per vacancy (the dual check adds what is missing)', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const b = build(input);
        const a = assignPlacements(b.matcher, { minScore: MIN, candidatesPerVacancy: 1 });
        return a.exact && near(a.totalScore, bruteForceAssignment(acceptableScores(b.matcher, b.cIds, b.vIds, MIN, 'fill'), b.capacity));
      }),
    );
  });

  it('totals at least as much as greedy and stable', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const { matcher } = build(input);
        const best = assignPlacements(matcher, { minScore: MIN }).totalScore;
        return best >= assignPlacements(matcher, { minScore: MIN, strategy: 'greedy' }).totalScore - 1e-9 && best >= assignPlacements(matcher, { minScore: MIN, strategy: 'stable' }).totalScore - 1e-9;
      }),
    );
  });
});

describe('assignPlacements: stable and greedy', () => {
  it('stable has no blocking pair', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const b = build(input);
        const a = assignPlacements(b.matcher, { minScore: MIN, strategy: 'stable' });
        return blockingPairs(a, acceptableScores(b.matcher, b.cIds, b.vIds, MIN, 'fill'), b.cIds, b.vIds, b.capacity).length === 0;
      }),
    );
  });

  it('greedy places the best remaining pair first: no unplaced pair beats a placement on a vacancy with room', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const b = build(input);
        const a = assignPlacements(b.matcher, { minScore: MIN, strategy: 'greedy' });
        const placed = new Set(a.placements.map((p) => p.candidateId));
        const open = new Set(a.openPositions.map((o) => o.vacancyId));
        const scores = acceptableScores(b.matcher, b.cIds, b.vIds, MIN, 'fill');
        return b.cIds.every((c, ci) => placed.has(c) || b.vIds.every((v, vi) => scores[ci]![vi]! < 0 || !open.has(v)));
      }),
    );
  });
});

describe('assignPlacements: every strategy', () => {
  const check = (b: Built, a: Assignment, policy: 'fill' | 'off'): boolean => {
    const scores = acceptableScores(b.matcher, b.cIds, b.vIds, MIN, policy);
    const ok = a.placements.every((p) => {
      const s = scores[b.cIds.indexOf(p.candidateId)]![b.vIds.indexOf(p.vacancyId)]!;
      return s >= MIN && s === p.score && p.tier === b.matcher.score(p.candidateId, p.vacancyId).tier;
    });
    const once = new Set(a.placements.map((p) => p.candidateId)).size === a.placements.length;
    const withinCapacity = b.vIds.every((v, vi) => {
      const n = a.placements.filter((p) => p.vacancyId === v).length;
      const open = a.openPositions.find((o) => o.vacancyId === v)?.open ?? 0;
      return n <= b.capacity[vi]! && n + open === b.capacity[vi];
    });
    const accounted = a.placements.length + a.unplaced.length === b.cIds.length;
    const total = near(
      a.totalScore,
      a.placements.reduce((t, p) => t + p.score, 0),
    );
    return ok && once && withinCapacity && accounted && total;
  };

  it('places only acceptable pairs at or above minScore, each candidate once, within capacity', () => {
    fc.assert(
      fc.property(instanceArb, fc.constantFrom(...STRATEGIES), fc.constantFrom('fill' as const, 'off' as const), (input, strategy, fallback) => {
        const b = build(input);
        return check(b, assignPlacements(b.matcher, { minScore: MIN, strategy, fallback }), fallback);
      }),
    );
  });

  it("'when-none': a vacancy with a home placement takes no one else, and a non-home placement has no suitable home candidate left", () => {
    fc.assert(
      fc.property(instanceArb, fc.constantFrom(...STRATEGIES), (input, strategy) => {
        const b = build(input);
        const a = assignPlacements(b.matcher, { minScore: MIN, strategy, fallback: 'when-none' });
        const unplaced = new Set(a.unplaced);
        return (
          b.vIds.every((v) => {
            const on = a.placements.filter((p) => p.vacancyId === v);
            if (!on.some((p) => p.tier !== 'home')) return true;
            const homeLeft = [...unplaced].some((c) => {
              const m = b.matcher.score(c, v);
              return m.tier === 'home' && m.eligible && m.score >= MIN;
            });
            return !on.some((p) => p.tier === 'home') && !homeLeft;
          }) && check(b, a, 'fill')
        );
      }),
    );
  });

  it('the same input gives the same output, byte for byte', () => {
    fc.assert(
      fc.property(instanceArb, fc.constantFrom(...STRATEGIES), (input, strategy) => {
        const once = JSON.stringify(assignPlacements(createMatcher(input), { minScore: MIN, strategy }));
        return once === JSON.stringify(assignPlacements(createMatcher(structuredClone(input)), { minScore: MIN, strategy }));
      }),
    );
  });

  it('does not depend on the order of the input records', () => {
    fc.assert(
      fc.property(instanceArb, fc.constantFrom(...STRATEGIES), (input, strategy) => {
        const a = assignPlacements(createMatcher(input), { minScore: MIN, strategy });
        const r = assignPlacements(createMatcher({ candidates: [...input.candidates].reverse(), vacancies: [...input.vacancies].reverse() }), { minScore: MIN, strategy });
        return strategy === 'optimal' ? near(a.totalScore, r.totalScore) : JSON.stringify(a) === JSON.stringify(r);
      }),
    );
  });
});

describe('assignPlacements: region, instruments and errors', () => {
  const matcher = createMatcher(generateSyntheticRegion({ seed: 2026, candidates: 600, vacancies: 60 }));

  it('fills a synthetic week, counts by tier and municipality add up, optimal beats greedy', () => {
    const a = assignPlacements(matcher);
    expect(a.exact).toBe(true);
    expect(a.placements.length).toBeGreaterThan(0);
    expect(a.byTier.home + a.byTier.fallback + a.byTier.region).toBe(a.placements.length);
    expect(a.byMunicipality.reduce((t, m) => t + m.placements, 0)).toBe(a.placements.length);
    const greedy = assignPlacements(matcher, { strategy: 'greedy' });
    expect(a.totalScore).toBeGreaterThanOrEqual(greedy.totalScore);
  });

  it('lists the instruments that apply when a date is given', () => {
    const a = assignPlacements(matcher, { date: '2026-03-02', locale: 'en' });
    expect(a.placements.every((p) => Array.isArray(p.instruments) && p.instruments.every((s) => s.applies))).toBe(true);
    expect(assignPlacements(matcher).placements.every((p) => p.instruments === undefined)).toBe(true);
  });

  it('rejects misused options with a RangeError and a foreign matcher with a TypeError', () => {
    expect(() => assignPlacements(matcher, { strategy: 'best' as never })).toThrow(/^assignPlacements: strategy/);
    expect(() => assignPlacements(matcher, { fallback: 'some' as never })).toThrow(RangeError);
    expect(() => assignPlacements(matcher, { minScore: 1.5 })).toThrow(/^assignPlacements: minScore/);
    expect(() => assignPlacements(matcher, { candidatesPerVacancy: 0 })).toThrow(RangeError);
    expect(() => assignPlacements(matcher, { date: '2026-02-30' })).toThrow(/^assignPlacements: date/);
    expect(() => assignPlacements({ config: matcher.config } as unknown as Matcher)).toThrow(TypeError);
  });
});
