import { describe, expect, it } from 'vitest';
import { FACTORS, generateSyntheticRegion, MatchError, simulateOutcomes } from '../../src/index.js';
import { regionMatches } from './fixtures.js';

const weights = { competence: 0.3, ladder: 0.15, hours: 0.15, travel: 0.25, sector: 0.15 };

describe('generateSyntheticRegion', () => {
  it('is deterministic for a seed, byte for byte', () => {
    const a = generateSyntheticRegion({ seed: 2026, candidates: 300, vacancies: 30 });
    const b = generateSyntheticRegion({ seed: 2026, candidates: 300, vacancies: 30 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(generateSyntheticRegion({ seed: 2027, candidates: 300, vacancies: 30 }))).not.toBe(JSON.stringify(a));
  });
});

describe('simulateOutcomes', () => {
  const pairs = regionMatches().slice(0, 5000);
  const outcomes = simulateOutcomes(pairs, { seed: 1, placed: { weights } });

  it('is deterministic for a seed and differs for another seed', () => {
    expect(simulateOutcomes(pairs, { seed: 1, placed: { weights } })).toEqual(outcomes);
    expect(simulateOutcomes(pairs, { seed: 2, placed: { weights } })).not.toEqual(outcomes);
  });

  it('keeps the pairs in input order with their factor scores and match score', () => {
    outcomes.forEach((o, i) => {
      const m = pairs[i]!;
      expect([o.vacancyId, o.candidateId, o.score]).toEqual([m.vacancyId, m.candidateId, m.score]);
      for (const f of FACTORS) expect(o.factors[f]).toBe(m.factors[f].score);
    });
  });

  it('marks a placement durable only when it is a placement', () => {
    expect(outcomes.every((o) => o.placed === 1 || o.durable === 0)).toBe(true);
  });

  it('gives even odds to the average pair by default: about half placed, most placements durable', () => {
    const placed = outcomes.reduce((s, o) => s + o.placed, 0) / outcomes.length;
    const durable = outcomes.reduce((s, o) => s + o.durable, 0) / outcomes.reduce((s, o) => s + o.placed, 0);
    expect(placed).toBeGreaterThan(0.4);
    expect(placed).toBeLessThan(0.6);
    expect(durable).toBeGreaterThan(0.8);
  });

  it('places more of the pairs the hidden weights score higher', () => {
    const weighted = (o: (typeof outcomes)[number]) => FACTORS.reduce((s, f) => s + weights[f] * o.factors[f], 0);
    const sorted = [...outcomes].sort((a, b) => weighted(a) - weighted(b));
    const rate = (xs: typeof outcomes) => xs.reduce((s, o) => s + o.placed, 0) / xs.length;
    expect(rate(sorted.slice(-1000))).toBeGreaterThan(rate(sorted.slice(0, 1000)) + 0.3);
  });

  it('follows an explicit intercept and scale: σ(0) = one half for every pair', () => {
    const coin = simulateOutcomes(pairs, { seed: 1, placed: { weights, scale: 1e-9, intercept: 0 } });
    const rate = coin.reduce((s, o) => s + o.placed, 0) / coin.length;
    expect(Math.abs(rate - 0.5)).toBeLessThan(0.03);
  });

  it('throws a RangeError starting with the function name for a bad model', () => {
    expect(() => simulateOutcomes(pairs, { seed: 1, placed: { weights: { ...weights, hours: -1 } } })).toThrow(/^simulateOutcomes: placed weight hours/);
    expect(() => simulateOutcomes(pairs, { seed: 1, placed: { weights: { competence: 0, ladder: 0, hours: 0, travel: 0, sector: 0 } } })).toThrow(
      /^simulateOutcomes: placed weights must not all be 0/,
    );
    expect(() => simulateOutcomes(pairs, { seed: 1, placed: { weights, scale: 0 } })).toThrow(/^simulateOutcomes: placed scale/);
    expect(() => simulateOutcomes(pairs, { seed: 1, placed: { weights }, durable: { intercept: Number.NaN } })).toThrow(/^simulateOutcomes: durable intercept/);
    expect(() => simulateOutcomes(pairs, { seed: Number.NaN, placed: { weights } })).toThrow(/^simulateOutcomes: seed/);
  });

  it('names every pair with a factor score outside [0, 1] in one MatchError', () => {
    const bad = [{ ...pairs[0]!, factors: { ...pairs[0]!.factors, hours: { score: 2 } } }];
    expect(() => simulateOutcomes(bad, { seed: 1, placed: { weights } })).toThrow(MatchError);
  });
});
