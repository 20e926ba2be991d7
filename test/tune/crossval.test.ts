// Cross-validated weight tuning, calibration, ROC and exposure: worked examples by hand, recovery of known weights
// from simulated outcomes, and the rescoring checked against a matcher built with the fitted weights.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, FACTORS, MatchError, simulateOutcomes } from '../../src/index.js';
import { calibration, crossValidateWeights, evaluateRanking, fairnessReport, rocCurve } from '../../src/tune/index.js';
import { regionFixture } from './fixtures.js';

const area = (points: readonly { falsePositiveRate: number; truePositiveRate: number }[]) =>
  points.slice(1).reduce((s, p, i) => s + ((p.falsePositiveRate - points[i]!.falsePositiveRate) * (p.truePositiveRate + points[i]!.truePositiveRate)) / 2, 0);

describe('calibration', () => {
  it('a worked example: Brier, base rate, skill, ECE and the reliability bins', () => {
    const c = calibration(
      [
        { probability: 0.1, label: 0 },
        { probability: 0.3, label: 1 },
        { probability: 0.8, label: 1 },
        { probability: 0.9, label: 0 },
      ],
      { bins: 2 },
    );
    // (0.1² + 0.7² + 0.2² + 0.9²) / 4 = 1.35 / 4
    expect(c.brier).toBeCloseTo(0.3375, 12);
    expect(c.baseRateBrier).toBeCloseTo(0.25, 12);
    expect(c.brierSkill).toBeCloseTo(1 - 0.3375 / 0.25, 12);
    // bin [0, 0.5): predicted 0.2, observed 0.5; bin [0.5, 1]: predicted 0.85, observed 0.5
    expect(c.ece).toBeCloseTo(0.5 * 0.3 + 0.5 * 0.35, 12);
    expect(c.bins.map((b) => [b.examples, b.meanPredicted, b.observedRate])).toEqual([
      [2, expect.closeTo(0.2, 12), 0.5],
      [2, expect.closeTo(0.85, 12), 0.5],
    ]);
  });

  it('a probability of exactly 1 falls in the last bin, and empty bins are null', () => {
    const c = calibration([{ probability: 1, label: 1 }], { bins: 4 });
    expect(c.bins.map((b) => b.examples)).toEqual([0, 0, 0, 1]);
    expect(c.bins[0]!.meanPredicted).toBeNull();
    expect(c.brierSkill).toBeNull();
  });

  it('names every bad example', () => {
    const bad = [
      { probability: 1.5, label: 1 },
      { probability: 0.5, label: 2 },
    ] as never;
    const error = (() => {
      try {
        calibration(bad);
      } catch (e) {
        return e;
      }
    })() as MatchError;
    expect(error).toBeInstanceOf(MatchError);
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['examples.0.probability', 'examples.1.label']);
  });
});

describe('rocCurve', () => {
  it('its area is the AUC of evaluateRanking, ties counting half', () => {
    const example = fc.record({ score: fc.integer({ min: 0, max: 6 }).map((n) => n / 6), label: fc.constantFrom(0 as const, 1 as const) });
    // Both classes present by construction: one positive and one negative, then anything.
    const lists = fc.tuple(example, example, fc.array(example, { maxLength: 40 })).map(([a, b, rest]) => [{ ...a, label: 1 as const }, { ...b, label: 0 as const }, ...rest]);
    fc.assert(
      fc.property(lists, (list) => {
        const ranked = list.map((e, i) => ({ ...e, vacancyId: 'v', candidateId: `c${i}` }));
        const auc = evaluateRanking(ranked).auc!;
        expect(area(rocCurve(list))).toBeCloseTo(auc, 12);
      }),
    );
  });
});

describe('fairnessReport: exposure in the top k', () => {
  it('a worked example: shares of entries, positions and position-weighted exposure', () => {
    const candidates = [
      { id: 'a', gender: 'x' },
      { id: 'b', gender: 'y' },
      { id: 'c', gender: 'y' },
    ];
    const matches = [
      { vacancyId: 'v', candidateId: 'a', score: 0.9 },
      { vacancyId: 'v', candidateId: 'b', score: 0.8 },
      { vacancyId: 'v', candidateId: 'c', score: 0.7 },
    ];
    const report = fairnessReport({ candidates, matches }, { groups: ['gender'], k: 2, minGroupSize: 1 });
    const x = report.rows.find((r) => r.group === 'x')!.exposure!;
    const y = report.rows.find((r) => r.group === 'y')!.exposure!;
    const second = 1 / Math.log2(3);
    expect(x).toEqual({ entryShare: 1 / 3, positionShare: 1 / 2, exposureShare: expect.closeTo(1 / (1 + second), 12) });
    expect(y).toEqual({ entryShare: 2 / 3, positionShare: 1 / 2, exposureShare: expect.closeTo(second / (1 + second), 12) });
  });

  it('is null for placements', () => {
    const report = fairnessReport({ candidates: [{ id: 'a' }], placements: [{ vacancyId: 'v', candidateId: 'a', score: 1 }] }, { groups: ['gender'] });
    expect(report.rows.every((r) => r.exposure === null)).toBe(true);
  });
});

describe('crossValidateWeights', () => {
  const hidden = { competence: 0.5, ladder: 0.05, hours: 0, travel: 0.4, sector: 0.05 };

  it('recovers known weights from simulated outcomes and ranks held-out vacancies better than the default weights', () => {
    const { region, matcher, matches } = regionFixture();
    const outcomes = simulateOutcomes(matches, { seed: 11, placed: { weights: hidden } }).map((o) => ({ vacancyId: o.vacancyId, candidateId: o.candidateId, label: o.placed }));
    const cv = crossValidateWeights(matcher, outcomes, { folds: 5, candidates: region.candidates });
    expect(cv.examples).toBe(matches.length);
    expect(cv.ineligible).toBe(0);
    expect(cv.folds).toHaveLength(5);
    expect(cv.folds.reduce((s, f) => s + f.test, 0)).toBe(matches.length);
    expect(cv.fit.identified).toBe(true);
    // Hours is 1 on every eligible pair, so it is fixed at 0 and the others are recovered as shares of what varies.
    for (const f of FACTORS) expect(Math.abs(cv.fit.weights![f] - hidden[f])).toBeLessThan(0.03);
    for (const f of FACTORS) expect(cv.spread![f].sd).toBeLessThan(0.03);
    expect(cv.after.auc!).toBeGreaterThan(cv.before.auc!);
    // Probabilities from a well-specified model are close to calibrated.
    expect(cv.calibration!.ece).toBeLessThan(0.03);
    expect(cv.calibration!.brierSkill!).toBeGreaterThan(0);
    expect(area(cv.roc.after)).toBeCloseTo(cv.after.auc!, 9);
    expect(cv.fairness!.after.rows.every((r) => r.exposure !== null)).toBe(true);
  });

  it('rescoring under fitted weights gives the scores a matcher built with those weights gives', () => {
    const { region, matches } = regionFixture();
    const sample = matches.filter((_, i) => i % 7 === 0);
    const outcomes = simulateOutcomes(sample, { seed: 3, placed: { weights: hidden } }).map((o) => ({ vacancyId: o.vacancyId, candidateId: o.candidateId, label: o.placed }));
    const cv = crossValidateWeights(createMatcher(region), outcomes, { folds: 2, seed: 9 });
    // Fold 1's "after" ranking uses fold 1's weights; a matcher with those weights must rank its held-out vacancies the same.
    const fold = cv.folds[0]!;
    const tuned = createMatcher(region, { weights: fold.weights! });
    const heldOut = new Set(fold.after.perVacancy.map((v) => v.vacancyId));
    const rescored = outcomes.filter((o) => heldOut.has(o.vacancyId)).map((o) => ({ ...o, score: tuned.score(o.candidateId, o.vacancyId).score }));
    expect(evaluateRanking(rescored).perVacancy).toEqual(fold.after.perVacancy);
  });

  it('names every bad outcome: unknown ids, a label other than 0/1, a pair given twice', () => {
    const { matcher, matches } = regionFixture();
    const [m] = matches;
    const outcomes = [
      { vacancyId: m!.vacancyId, candidateId: m!.candidateId, label: 1 },
      { vacancyId: 'nope', candidateId: m!.candidateId, label: 0 },
      { vacancyId: m!.vacancyId, candidateId: 'nobody', label: 0 },
      { vacancyId: m!.vacancyId, candidateId: m!.candidateId, label: 1 },
      { vacancyId: m!.vacancyId, candidateId: matches[1]!.candidateId, label: 'ja' },
    ] as never;
    let error: MatchError | undefined;
    try {
      crossValidateWeights(matcher, outcomes);
    } catch (e) {
      error = e as MatchError;
    }
    expect(error).toBeInstanceOf(MatchError);
    expect(error!.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_vacancy', 'outcomes.1.vacancyId'],
      ['unknown_candidate', 'outcomes.2.candidateId'],
      ['duplicate_pair', 'outcomes.3'],
      ['invalid_label', 'outcomes.4.label'],
    ]);
  });
});
