import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createMatcher, type MatchConfig } from '../../src/index.js';
import { MUNICIPALITY_COUNT, type MatchIndex } from '../../src/engine/compile.js';
import { enumerateEligible, type EnumerationStats, type PairFilter } from '../../src/engine/eligible.js';
import { scorePair } from '../../src/engine/pair.js';
import { INDEX, type MatcherWithIndex } from '../../src/match/matcher.js';
import { candidateArb, vacancyArb } from '../arbitraries.js';
import { tieredInstanceArb } from './arbitraries.js';

/** Shared records (required competences with weights, travel limits of 5–90 minutes by any modes), 1–14 × 1–6. */
const sharedInputArb = fc.tuple(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 6 })).chain(([nc, nv]) =>
  fc.record({
    candidates: fc.tuple(...Array.from({ length: nc }, (_, i) => candidateArb(`c${i}`))),
    vacancies: fc.tuple(...Array.from({ length: nv }, (_, j) => vacancyArb(`v${j}`))),
  }),
);
/** Every pair eligible (tiered instances), or mostly not (shared records): both kinds on purpose. */
const inputArb = fc.oneof(
  sharedInputArb,
  tieredInstanceArb.map(({ candidates, vacancies }) => ({ candidates, vacancies })),
);
// Competence heavy weights make the union walk skip light competences; the default weights let it walk them all.
// A custom travelTime leaves nothing bounded by distance: the walk then reads whole municipalities.
const configArb = fc.constantFrom<MatchConfig | undefined>(
  undefined,
  { weights: { competence: 3 } },
  { weights: { competence: 1, travel: 0 } },
  { travelTime: () => 1 },
  { travelTime: (from, to) => Math.abs(from.lat - to.lat) * 400, weights: { competence: 3 } },
);
// Around and above the bound 1 - w(competence), where only candidates sharing enough competence weight can score; 1 keeps only perfect pairs.
const minScoreArb = fc.constantFrom(0, 0.3, 0.56, 0.65, 0.75, 0.9, 1);

const indexOf = (input: Parameters<typeof createMatcher>[0], config: MatchConfig | undefined): MatchIndex => (createMatcher(input, config) as MatcherWithIndex)[INDEX];

/** Every kept pair by scoring all candidates against all vacancies: `x:candidate:score`, sorted. */
function bruteForce(ix: MatchIndex, vacancies: Int32Array, filter: PairFilter): string[] {
  const out: string[] = [];
  vacancies.forEach((vi, x) => {
    for (let ci = 0; ci < ix.candidates.length; ci++) {
      if (filter.candidates[ci] !== 1) continue;
      if (((filter.tierMask >> ix.tiers[ix.vMuni[vi]! * MUNICIPALITY_COUNT + ix.cMuni[ci]!]!) & 1) === 0) continue;
      const s = scorePair(ix, ci, vi);
      if (s >= 0 && s >= filter.minScore) out.push(`${x}:${ci}:${s}`);
    }
  });
  return out.sort();
}

const total: EnumerationStats = { visited: 0, scored: 0, postingScans: 0, unionScans: 0, gridScans: 0 };
let everyPair = 0;

describe('enumerateEligible', () => {
  it('finds exactly the pairs that scoring every candidate against every vacancy keeps', () => {
    fc.assert(
      fc.property(inputArb, configArb, minScoreArb, fc.integer({ min: 0, max: 7 }), fc.infiniteStream(fc.boolean()), (input, config, minScore, tierMask, takes) => {
        const ix = indexOf(input, config);
        const vacancies = Int32Array.from(ix.vacancies, (_, vi) => vi).reverse();
        const filter: PairFilter = { tierMask, minScore, candidates: Uint8Array.from(ix.candidates, () => (takes.next().value ? 1 : 0)) };
        const found = enumerateEligible(ix, vacancies, filter);
        const listed: string[] = [];
        vacancies.forEach((_, x) => {
          for (let e = found.offsets[x]!; e < found.offsets[x + 1]!; e++) listed.push(`${x}:${found.candidate[e]}:${found.score[e]}`);
        });
        for (const k of Object.keys(total) as (keyof EnumerationStats)[]) total[k] += found.stats[k];
        everyPair += vacancies.length * ix.candidates.length;
        expect(listed.sort()).toEqual(bruteForce(ix, vacancies, filter));
      }),
    );
  });

  afterAll(() => {
    // A fast path proves it ran: each walk was taken, and together they looked at fewer pairs than a full scan.
    expect(total.postingScans).toBeGreaterThan(0);
    expect(total.unionScans).toBeGreaterThan(0);
    expect(total.gridScans).toBeGreaterThan(0);
    expect(total.visited).toBeLessThan(everyPair);
  });
});
