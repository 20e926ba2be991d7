import { describe, expect, it } from 'vitest';
import { FACTORS, fitWeights, MatchError, simulateOutcomes, type Factor, type FitExample, type IdentifiedFit } from '../../src/index.js';
import { referenceFit, regionMatches } from './fixtures.js';

const ZERO: Record<Factor, number> = { competence: 0, ladder: 0, hours: 0, travel: 0, sector: 0 };
/** `neg` examples with label 0 and `pos` with label 1 at one factor vector. */
const cell = (factors: Partial<Record<Factor, number>>, neg: number, pos: number): FitExample[] => [
  ...Array.from({ length: neg }, () => ({ factors: { ...ZERO, ...factors }, label: 0 as const })),
  ...Array.from({ length: pos }, () => ({ factors: { ...ZERO, ...factors }, label: 1 as const })),
];
/** Weights of the factors that vary, renormalised to sum 1 (constant ones 0): what a fit can recover. */
const varyingShare = (weights: Record<Factor, number>, constant: readonly Factor[]): Record<Factor, number> => {
  const total = FACTORS.reduce((s, f) => s + (constant.includes(f) ? 0 : weights[f]), 0);
  return Object.fromEntries(FACTORS.map((f) => [f, constant.includes(f) ? 0 : weights[f] / total])) as Record<Factor, number>;
};
const identified = (fit: ReturnType<typeof fitWeights>): IdentifiedFit => {
  if (!fit.identified) throw new Error(fit.problems.map((p) => p.message).join('; '));
  return fit;
};

describe('fitWeights: a saturated design with a closed-form answer', () => {
  // Baseline (all factors 0): 1 of 4 placed, odds 1/3. One cell per factor at 1: the MLE is intercept
  // = ln(1/3) and coefficient_f = ln(odds_f ÷ (1/3)).
  const examples = [
    ...cell({}, 3, 1),
    ...cell({ competence: 1 }, 1, 3), // odds 3:   ln 9 = 2 ln 3
    ...cell({ ladder: 1 }, 1, 1), //     odds 1:   ln 3
    ...cell({ hours: 1 }, 1, 1), //      odds 1:   ln 3
    ...cell({ travel: 1 }, 2, 1), //     odds 1/2: ln 1.5
    ...cell({ sector: 1 }, 1, 2), //     odds 2:   ln 6
  ];
  const ln3 = Math.log(3);
  const fit = identified(fitWeights(examples));

  it('recovers the intercept and coefficients', () => {
    expect(fit.intercept).toBeCloseTo(-ln3, 9);
    const expected = { competence: Math.log(9), ladder: Math.log(3), hours: Math.log(3), travel: Math.log(1.5), sector: Math.log(6) };
    for (const f of FACTORS) expect(fit.coefficients[f]).toBeCloseTo(expected[f], 9);
  });

  it('normalises the coefficients to weights summing to 1 (they sum to ln 729 = 6 ln 3)', () => {
    expect(fit.weights.competence).toBeCloseTo(1 / 3, 9);
    expect(fit.weights.ladder).toBeCloseTo(1 / 6, 9);
    expect(fit.weights.hours).toBeCloseTo(1 / 6, 9);
    expect(fit.weights.travel).toBeCloseTo(Math.log(1.5) / (6 * ln3), 9);
    expect(fit.weights.sector).toBeCloseTo(Math.log(6) / (6 * ln3), 9);
    expect(fit).toMatchObject({ converged: true, examples: 18, positives: 9, l2: 0, clipped: [] });
  });

  it('reports the log-likelihood of the saturated model and standard errors √(1/(n p (1 − p)) summed per cell)', () => {
    // Saturated: each cell's fitted rate is its observed rate.
    const ll = (neg: number, pos: number) => pos * Math.log(pos / (neg + pos)) + neg * Math.log(neg / (neg + pos));
    expect(fit.logLikelihood).toBeCloseTo(ll(3, 1) + ll(1, 3) + ll(1, 1) * 2 + ll(2, 1) + ll(1, 2), 9);
    expect(fit.deviance).toBeCloseTo(-2 * fit.logLikelihood, 12);
    // The coefficient is a difference of two independent cell log-odds: variance 1/(n p q) of each.
    const v = (neg: number, pos: number) => (neg + pos) / (neg * pos);
    expect(fit.standardErrors.competence).toBeCloseTo(Math.sqrt(v(3, 1) + v(1, 3)), 9);
  });

  it('clips a negative coefficient to weight 0 and names it', () => {
    const withHarm = [...examples.filter((e) => e.factors.travel === 0), ...cell({ travel: 1 }, 9, 1)]; // odds 1/9: ln(1/3) < 0
    const clipped = identified(fitWeights(withHarm));
    expect(clipped.coefficients.travel).toBeCloseTo(-ln3, 9);
    expect(clipped.weights.travel).toBe(0);
    expect(clipped.clipped).toEqual(['travel']);
    expect(FACTORS.reduce((s, f) => s + clipped.weights[f], 0)).toBeCloseTo(1, 12);
  });
});

describe('fitWeights: against the reference implementation', () => {
  const outcomes = simulateOutcomes(regionMatches().slice(0, 400), { seed: 3, placed: { weights: { competence: 0.2, ladder: 0.2, hours: 0.2, travel: 0.2, sector: 0.2 }, scale: 8 } });
  const examples = outcomes.map((o) => ({ factors: o.factors, label: o.placed }));

  it('matches a whole-matrix ml-matrix Newton–Raphson without a penalty', () => {
    const fit = identified(fitWeights(examples));
    const ref = referenceFit(examples);
    expect(fit.intercept).toBeCloseTo(ref[0]!, 6);
    for (const [j, f] of FACTORS.entries()) expect(fit.coefficients[f]).toBeCloseTo(ref[j + 1]!, 6);
  });

  it('matches it with an L2 penalty, which shrinks the coefficients', () => {
    const plain = identified(fitWeights(examples));
    const fit = identified(fitWeights(examples, { l2: 5 }));
    const ref = referenceFit(examples, 5);
    for (const [j, f] of FACTORS.entries()) expect(fit.coefficients[f]).toBeCloseTo(ref[j + 1]!, 6);
    const norm = (c: Record<Factor, number>) => FACTORS.reduce((s, f) => s + c[f] ** 2, 0);
    expect(norm(fit.coefficients)).toBeLessThan(norm(plain.coefficients));
    expect(fit.l2).toBe(5);
  });
});

describe('fitWeights: recovery of hidden weights', () => {
  const hidden = { competence: 0.3, ladder: 0.15, hours: 0.15, travel: 0.25, sector: 0.15 };

  it('recovers hidden weights from 20,000 simulated outcomes to within 0.03 each', () => {
    const pairs = regionMatches().slice(0, 20_000);
    expect(pairs).toHaveLength(20_000);
    const outcomes = simulateOutcomes(pairs, { seed: 42, placed: { weights: hidden } });
    const fit = identified(fitWeights(outcomes.map((o) => ({ factors: o.factors, label: o.placed }))));
    // Hours is 1 on every eligible pair: its hidden weight only shifts the intercept, so the others are recovered in proportion.
    expect(fit.constant).toEqual(['hours']);
    const expected = varyingShare(hidden, fit.constant);
    const errors = FACTORS.map((f) => Math.abs(fit.weights[f] - expected[f]));
    console.log(`[fitWeights] recovery error per factor: ${FACTORS.map((f, j) => `${f} ${errors[j]!.toFixed(4)}`).join(', ')}; ${fit.iterations} iterations`);
    expect(Math.max(...errors)).toBeLessThan(0.03);
  });

  it('recovers the durability weights from the placed examples (durable given placed is the logistic model)', () => {
    const durableWeights = { competence: 0.5, ladder: 0.1, hours: 0.2, travel: 0.1, sector: 0.1 };
    // Three draws over the region's pairs give ~31,000 placements: with ~10,000 the sampling error alone reaches 0.03.
    const outcomes = [43, 44, 45].flatMap((seed) => simulateOutcomes(regionMatches(), { seed, placed: { weights: hidden }, durable: { weights: durableWeights } }));
    const placed = outcomes.filter((o) => o.placed === 1);
    const fit = identified(fitWeights(placed.map((o) => ({ factors: o.factors, label: o.durable }))));
    const expected = varyingShare(durableWeights, fit.constant);
    for (const f of FACTORS) expect(Math.abs(fit.weights[f] - expected[f])).toBeLessThan(0.03);
  });

  it('is deterministic: the same examples give the same result, field for field', () => {
    const examples = simulateOutcomes(regionMatches().slice(0, 3000), { seed: 5, placed: { weights: hidden } }).map((o) => ({ factors: o.factors, label: o.placed }));
    expect(fitWeights(examples)).toEqual(fitWeights(examples));
  });
});

describe('fitWeights: says when the data cannot identify the weights', () => {
  const hidden = { competence: 0.3, ladder: 0.15, hours: 0.15, travel: 0.25, sector: 0.15 };
  const varied = (i: number): Record<Factor, number> => ({ competence: (i % 7) / 7, ladder: (i % 3) / 3, hours: (i % 5) / 5, travel: (i % 11) / 11, sector: (i % 13) / 13 });
  const noisy = (n: number, factors: (i: number) => Record<Factor, number>) => Array.from({ length: n }, (_, i): FitExample => ({ factors: factors(i), label: (i * 7919) % 10 < 4 ? 1 : 0 }));

  it('a label that never varies', () => {
    const fit = fitWeights(noisy(50, varied).map((e) => ({ ...e, label: 1 as const })));
    expect(fit.identified).toBe(false);
    expect(!fit.identified && fit.problems).toEqual([expect.objectContaining({ code: 'constant_label', positives: 50, negatives: 0 })]);
  });

  it('a factor that never varies is fixed at weight 0 and listed; the others are fitted as without it', () => {
    const examples = noisy(200, (i) => ({ ...varied(i), hours: 1 }));
    const fit = identified(fitWeights(examples));
    expect(fit.constant).toEqual(['hours']);
    expect(fit.weights.hours).toBe(0);
    expect(fit.coefficients.hours).toBe(0);
    const ref = referenceFit(examples);
    for (const [j, f] of FACTORS.entries()) expect(fit.coefficients[f]).toBeCloseTo(ref[j + 1]!, 6);
  });

  it('no factor that varies: each is named with its value', () => {
    const fit = fitWeights(noisy(200, () => ({ competence: 0.5, ladder: 1, hours: 1, travel: 0.7, sector: 0.5 })));
    expect(!fit.identified && fit.problems.map((p) => p.code)).toEqual(FACTORS.map(() => 'constant_factor'));
    expect(!fit.identified && fit.problems[0]).toMatchObject({ factor: 'competence', value: 0.5 });
  });

  it('factors that move together exactly', () => {
    const fit = fitWeights(noisy(200, (i) => ({ ...varied(i), sector: 1 - varied(i).ladder })));
    expect(!fit.identified && fit.problems).toEqual([expect.objectContaining({ code: 'collinear_factors', factors: ['ladder', 'sector'] })]);
  });

  it('perfect separation without a penalty, and a fit with one', () => {
    const examples = noisy(200, varied).map((e) => ({ ...e, label: e.factors.competence > 0.5 ? (1 as const) : (0 as const) }));
    const fit = fitWeights(examples);
    expect(fit).toMatchObject({ identified: false, converged: false, problems: [{ code: 'separation', factors: ['competence'] }] });
    const penalised = identified(fitWeights(examples, { l2: 1 }));
    expect(penalised.weights.competence).toBeGreaterThan(0.5);
  });

  it('quasi-separation in realistic outcomes: nearly every placement lasts, and every one that ends has competence 0', () => {
    const outcomes = simulateOutcomes(regionMatches(), {
      seed: 43,
      placed: { weights: hidden },
      durable: { weights: { competence: 0.5, ladder: 0.1, hours: 0.2, travel: 0.1, sector: 0.1 }, scale: 40 },
    });
    // Realistic factor vectors; every placement with any competence coverage lasts, so the ones that end all have competence 0.
    const placed = outcomes.filter((o) => o.placed === 1).map((o) => ({ factors: o.factors, label: (o.factors.competence > 0 ? 1 : o.durable) as 0 | 1 }));
    expect(placed.filter((e) => e.label === 0).every((e) => e.factors.competence === 0)).toBe(true);
    expect(placed.some((e) => e.label === 0)).toBe(true);
    expect(fitWeights(placed)).toMatchObject({ identified: false, problems: [{ code: 'separation', factors: ['competence'] }] });
    expect(fitWeights(placed, { l2: 1 }).identified).toBe(true);
  });

  it('no positive coefficient: more placements where scores are lower', () => {
    const outcomes = simulateOutcomes(regionMatches().slice(0, 2000), { seed: 9, placed: { weights: hidden } });
    const reversed = outcomes.map((o) => ({ factors: o.factors, label: (1 - o.placed) as 0 | 1 }));
    expect(fitWeights(reversed)).toMatchObject({ identified: false, converged: true, problems: [{ code: 'no_positive_coefficient' }] });
  });

  it('no convergence within maxIterations', () => {
    const examples = noisy(200, varied);
    expect(fitWeights(examples, { maxIterations: 1 })).toMatchObject({ identified: false, weights: null, intercept: null, iterations: 1, problems: [{ code: 'not_converged' }] });
  });
});

describe('fitWeights: bad input', () => {
  it('names every bad example in one MatchError', () => {
    const bad = [
      { factors: { ...ZERO, travel: Number.NaN }, label: 1 },
      { factors: { competence: 0.5, ladder: 1, hours: 1, travel: 1 }, label: 2 },
      { factors: { ...ZERO, sector: 1.5 }, label: 0 },
      null,
    ] as never;
    try {
      fitWeights(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MatchError);
      expect((e as MatchError).issues.map((i) => [i.code, ...i.path])).toEqual([
        ['invalid_factor', 'examples', 0, 'factors', 'travel'],
        ['invalid_label', 'examples', 1, 'label'],
        ['missing_factor', 'examples', 1, 'factors', 'sector'],
        ['invalid_factor', 'examples', 2, 'factors', 'sector'],
        ['invalid_type', 'examples', 3],
      ]);
    }
  });

  it('throws a RangeError starting with the function name for misused options', () => {
    expect(() => fitWeights([], { l2: -1 })).toThrow(/^fitWeights: l2/);
    expect(() => fitWeights([], { maxIterations: 0 })).toThrow(/^fitWeights: maxIterations/);
    expect(() => fitWeights([], { tolerance: 0 })).toThrow(/^fitWeights: tolerance/);
  });
});
