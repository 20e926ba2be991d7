import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPlacements, createMatcher, generateSyntheticRegion, type Assignment, type CandidateInput, type Matcher, type VacancyInput } from '../../src/index.js';
import { instanceArb, tieredInstanceArb, type Instance } from './arbitraries.js';
import { acceptableScores, blockingPairs, bruteForceAssignment, greedyReference, roundsOf } from './reference.js';

const STRATEGIES = ['optimal', 'stable', 'greedy'] as const;
const POLICIES = ['when-none', 'fill', 'off'] as const;
const strategyArb = fc.constantFrom(...STRATEGIES);
const policyArb = fc.constantFrom(...POLICIES);

interface Built {
  matcher: Matcher;
  cIds: string[];
  vIds: string[];
  capacity: number[];
}
/** The records of an instance, as createMatcher takes them. */
const records = ({ candidates, vacancies }: Instance) => ({ candidates, vacancies });
// Matchers are immutable and every property draws the same instances from the fixed seed: build each once.
const matchers = new Map<string, Matcher>();
const matcherOf = (input: Pick<Instance, 'candidates' | 'vacancies'>): Matcher => {
  const key = JSON.stringify(input);
  let m = matchers.get(key);
  if (m === undefined) {
    m = createMatcher(input);
    matchers.set(key, m);
  }
  return m;
};
const build = (input: Instance): Built => ({
  matcher: matcherOf(records(input)),
  cIds: input.candidates.map((c) => c.id),
  vIds: input.vacancies.map((v) => v.id),
  capacity: input.vacancies.map((v) => v.positions),
});
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9;
const sum = (placements: readonly { score: number }[]) => placements.reduce((t, p) => t + p.score, 0);
/** Every placement of a round is a pair the round may use, at its score. */
const within = (b: Built, round: { score: number[][]; placements: readonly { candidateId: string; vacancyId: string; score: number }[] }) =>
  round.placements.every((p) => round.score[b.cIds.indexOf(p.candidateId)]![b.vIds.indexOf(p.vacancyId)] === p.score);

describe('assignPlacements: optimal', () => {
  it("equals brute force round by round ('fill', 'off': one round; 'when-none': home, then fallback, then region on what the rule leaves)", () => {
    fc.assert(
      fc.property(instanceArb, policyArb, (input, fallback) => {
        const b = build(input);
        const a = assignPlacements(b.matcher, { minScore: input.minScore, fallback });
        return a.exact && roundsOf(b.matcher, a, b.cIds, b.vIds, input.minScore, fallback).every((r) => within(b, r) && near(sum(r.placements), bruteForceAssignment(r.score, b.capacity)));
      }),
    );
  });

  it('stays exact with one listed candidate per vacancy (the dual check adds what is missing)', () => {
    fc.assert(
      fc.property(instanceArb, policyArb, (input, fallback) => {
        const b = build(input);
        const a = assignPlacements(b.matcher, { minScore: input.minScore, fallback, candidatesPerVacancy: 1 });
        return a.exact && roundsOf(b.matcher, a, b.cIds, b.vIds, input.minScore, fallback).every((r) => near(sum(r.placements), bruteForceAssignment(r.score, b.capacity)));
      }),
    );
  });

  it("with 'fill', totals at least as much as greedy and stable", () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const { matcher } = build(input);
        const total = (strategy: (typeof STRATEGIES)[number]) => assignPlacements(matcher, { minScore: input.minScore, fallback: 'fill', strategy }).totalScore;
        return total('optimal') >= total('greedy') - 1e-9 && total('optimal') >= total('stable') - 1e-9;
      }),
    );
  });
});

describe('assignPlacements: stable and greedy', () => {
  it('stable: no round has a blocking pair among the pairs the rule leaves it', () => {
    fc.assert(
      fc.property(instanceArb, policyArb, (input, fallback) => {
        const b = build(input);
        const a = assignPlacements(b.matcher, { minScore: input.minScore, fallback, strategy: 'stable' });
        return roundsOf(b.matcher, a, b.cIds, b.vIds, input.minScore, fallback).every((r) => within(b, r) && blockingPairs(r, r.score, b.cIds, b.vIds, b.capacity).length === 0);
      }),
    );
  });

  it('greedy: every round places what greedy by the book places (best pair first; ties by candidate id, then vacancy id)', () => {
    fc.assert(
      fc.property(instanceArb, policyArb, (input, fallback) => {
        const b = build(input);
        const a = assignPlacements(b.matcher, { minScore: input.minScore, fallback, strategy: 'greedy' });
        return roundsOf(b.matcher, a, b.cIds, b.vIds, input.minScore, fallback).every((r) => {
          const placed = b.cIds.map((c) => b.vIds.indexOf(r.placements.find((p) => p.candidateId === c)?.vacancyId ?? ''));
          return JSON.stringify(placed) === JSON.stringify(greedyReference(r.score, b.capacity));
        });
      }),
    );
  });
});

describe('assignPlacements: every strategy', () => {
  const check = (b: Built, a: Assignment, minScore: number, policy: 'fill' | 'off'): boolean => {
    const scores = acceptableScores(b.matcher, b.cIds, b.vIds, minScore, policy);
    const ok = a.placements.every((p) => {
      const s = scores[b.cIds.indexOf(p.candidateId)]![b.vIds.indexOf(p.vacancyId)]!;
      return s >= minScore && s === p.score && p.tier === b.matcher.score(p.candidateId, p.vacancyId).tier;
    });
    const once = new Set(a.placements.map((p) => p.candidateId)).size === a.placements.length;
    const withinCapacity = b.vIds.every((v, vi) => {
      const n = a.placements.filter((p) => p.vacancyId === v).length;
      const open = a.openPositions.find((o) => o.vacancyId === v)?.open ?? 0;
      return n <= b.capacity[vi]! && n + open === b.capacity[vi];
    });
    const accounted = a.placements.length + a.unplaced.length === b.cIds.length;
    return ok && once && withinCapacity && accounted && near(a.totalScore, sum(a.placements));
  };

  it('places only acceptable pairs at or above minScore, each candidate once, within capacity', () => {
    fc.assert(
      fc.property(instanceArb, strategyArb, policyArb, (input, strategy, fallback) => {
        const b = build(input);
        return check(b, assignPlacements(b.matcher, { minScore: input.minScore, strategy, fallback }), input.minScore, fallback === 'off' ? 'off' : 'fill');
      }),
    );
  });

  it("'when-none' agrees with ranking: on every vacancy, each placed candidate is listed by rankCandidates(vacancy, { fallback: 'when-none', minScore }) over the candidates not placed on another vacancy (so the tiers it uses are among those ranking may list)", () => {
    fc.assert(
      fc.property(tieredInstanceArb, strategyArb, (input, strategy) => {
        const a = assignPlacements(matcherOf(records(input)), { minScore: input.minScore, strategy });
        return input.vacancies.every((v) => {
          if (!a.placements.some((p) => p.vacancyId === v.id)) return true;
          const elsewhere = new Set(a.placements.filter((p) => p.vacancyId !== v.id).map((p) => p.candidateId));
          const available = matcherOf({ candidates: input.candidates.filter((c) => !elsewhere.has(c.id)), vacancies: input.vacancies });
          const listed = new Set(available.rankCandidates(v.id, { fallback: 'when-none', minScore: input.minScore, limit: input.candidates.length }).map((m) => m.candidateId));
          return a.placements.every((p) => p.vacancyId !== v.id || listed.has(p.candidateId));
        });
      }),
    );
  });

  it('the same input gives the same output, byte for byte', () => {
    fc.assert(
      fc.property(instanceArb, strategyArb, policyArb, (input, strategy, fallback) => {
        const once = JSON.stringify(assignPlacements(matcherOf(records(input)), { minScore: input.minScore, strategy, fallback }));
        return once === JSON.stringify(assignPlacements(createMatcher(structuredClone(records(input))), { minScore: input.minScore, strategy, fallback }));
      }),
    );
  });

  it('does not depend on the order of the input records', () => {
    fc.assert(
      fc.property(instanceArb, strategyArb, policyArb, (input, strategy, fallback) => {
        const a = assignPlacements(matcherOf(records(input)), { minScore: input.minScore, strategy, fallback });
        const r = assignPlacements(createMatcher({ candidates: [...input.candidates].reverse(), vacancies: [...input.vacancies].reverse() }), { minScore: input.minScore, strategy, fallback });
        return JSON.stringify(a) === JSON.stringify(r);
      }),
    );
  });
});

describe('assignPlacements: home first (the Noordwijk rule)', () => {
  // A Noordwijk care vacancy; Katwijk and Leiden are, for Noordwijk, a fallback and a region municipality.
  const vacancy: VacancyInput = {
    id: 'v-zorg',
    employerId: 'w-zorg',
    municipality: 'Noordwijk',
    location: { lat: 52.2409, lon: 4.4456 },
    sector: 'zorg',
    competences: ['Verzorgende IG', 'HACCP', 'Bediening'],
    hours: { min: 24, max: 32 },
  };
  const person = (id: string, municipality: string, competences: string[], location?: { lat: number; lon: number }): CandidateInput => ({
    id,
    municipality,
    ladderStep: 6,
    competences,
    hours: { min: 24, max: 32 },
    travel: { maxMinutes: 45, modes: ['bike', 'car'] },
    sectors: { preferred: ['zorg'] },
    ...(location ? { location } : {}),
  });
  const placedIn = (matcher: Matcher, options: Parameters<typeof assignPlacements>[1]) => assignPlacements(matcher, options).placements.map((p) => p.candidateId);

  it('a suitable Noordwijk candidate gets the Noordwijk vacancy under every strategy, though a Katwijk candidate scores higher', () => {
    const matcher = createMatcher({
      candidates: [person('kw', 'Katwijk', ['Verzorgende IG', 'HACCP', 'Bediening'], { lat: 52.222, lon: 4.437 }), person('nw', 'Noordwijk', ['Verzorgende IG'], { lat: 52.236, lon: 4.452 })],
      vacancies: [vacancy],
    });
    const nw = matcher.score('nw', vacancy.id);
    const kw = matcher.score('kw', vacancy.id);
    expect([nw.tier, kw.tier]).toEqual(['home', 'fallback']);
    expect(nw.score).toBeGreaterThanOrEqual(matcher.config.suitableScore);
    expect(kw.score).toBeGreaterThan(nw.score + 0.15);
    for (const strategy of STRATEGIES) {
      expect(placedIn(matcher, { strategy })).toEqual(['nw']);
      // 'fill' is still there for analysts who ask for it: all tiers on score alone.
      expect(placedIn(matcher, { strategy, fallback: 'fill' })).toEqual(['kw']);
    }
  });

  it('tier by tier: a region candidate only where no suitable fallback candidate is either', () => {
    const matcher = createMatcher({
      candidates: [person('ld', 'Leiden', ['Verzorgende IG', 'HACCP', 'Bediening']), person('kw', 'Katwijk', ['Verzorgende IG']), person('nw', 'Noordwijk', ['Kassawerk'])],
      vacancies: [vacancy],
    });
    const [nw, kw, ld] = ['nw', 'kw', 'ld'].map((c) => matcher.score(c, vacancy.id));
    expect([nw!.tier, kw!.tier, ld!.tier]).toEqual(['home', 'fallback', 'region']);
    expect(nw!.score).toBeLessThan(matcher.config.suitableScore);
    expect(kw!.score).toBeGreaterThanOrEqual(matcher.config.suitableScore);
    expect(ld!.score).toBeGreaterThan(kw!.score);
    for (const strategy of STRATEGIES) {
      expect(placedIn(matcher, { strategy })).toEqual(['kw']);
      expect(placedIn(matcher, { strategy, fallback: 'fill' })).toEqual(['ld']);
    }
  });
  it('with minScore 0 a home candidate scoring 0 is suitable: no strategy gives the vacancy to the fallback tier', () => {
    // Competence alone weighs: the Noordwijk candidate, eligible without one matching competence, scores 0.
    const matcher = createMatcher(
      { candidates: [person('kw', 'Katwijk', ['Verzorgende IG']), person('nw', 'Noordwijk', ['Kassawerk'])], vacancies: [vacancy] },
      { weights: { competence: 1, ladder: 0, hours: 0, travel: 0, sector: 0 } },
    );
    const nw = matcher.score('nw', vacancy.id);
    expect([nw.eligible, nw.score, nw.tier]).toEqual([true, 0, 'home']);
    expect(matcher.score('kw', vacancy.id).score).toBeGreaterThan(0);
    // Optimal gains nothing by placing a 0 and may leave the vacancy open; the Katwijk candidate still may not take it.
    for (const strategy of STRATEGIES) expect(placedIn(matcher, { strategy, minScore: 0 })).not.toContain('kw');
  });
});

describe('assignPlacements: region, instruments and errors', () => {
  const matcher = createMatcher(generateSyntheticRegion({ seed: 2026, candidates: 600, vacancies: 60 }));

  it('fills a synthetic week home first by default; counts by tier and municipality add up', () => {
    const a = assignPlacements(matcher);
    expect(JSON.stringify(a)).toBe(JSON.stringify(assignPlacements(matcher, { fallback: 'when-none' })));
    expect(a.exact).toBe(true);
    expect(a.byTier.home).toBeGreaterThan(0);
    expect(a.byTier.fallback).toBeGreaterThan(0);
    expect(a.byTier.home + a.byTier.fallback + a.byTier.region).toBe(a.placements.length);
    expect(a.byMunicipality.reduce((t, m) => t + m.placements, 0)).toBe(a.placements.length);
    // Home first costs score: all tiers on score alone total at least as much.
    expect(assignPlacements(matcher, { fallback: 'fill' }).totalScore).toBeGreaterThanOrEqual(a.totalScore);
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
