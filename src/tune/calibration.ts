import { throwIfIssues, type MatchIssue } from '../basics/errors.js';
import { readOptions } from '../rules/validate.js';
import { checkList } from './examples.js';
import { tuneIssues, usage } from '../basics/messages/en.js';

/** A predicted probability and what happened. */
export interface ProbabilityExample {
  /** The predicted chance of label 1, in [0, 1]. */
  readonly probability: number;
  readonly label: 0 | 1;
}

export interface CalibrationOptions {
  /** Equal-width bins of predicted probability for the reliability curve and the ECE, 2 to 100. @default 10 */
  readonly bins?: number | undefined;
}

/** One bin of the reliability curve: predictions in [lower, upper) (the last bin includes 1). */
export interface ReliabilityBin {
  readonly lower: number;
  readonly upper: number;
  readonly examples: number;
  /** Mean predicted probability in the bin; null for an empty bin. */
  readonly meanPredicted: number | null;
  /** Share of label 1 in the bin; null for an empty bin. */
  readonly observedRate: number | null;
}

/** How well predicted probabilities match observed rates. */
export interface Calibration {
  readonly examples: number;
  readonly positives: number;
  /** Mean of (probability − label)²: 0 is perfect. */
  readonly brier: number;
  /** The Brier score of always predicting the base rate (positives ÷ examples). */
  readonly baseRateBrier: number;
  /** 1 − brier ÷ baseRateBrier: above 0 beats the base rate; null when every label is the same. */
  readonly brierSkill: number | null;
  /** Expected calibration error: Σ over bins of (examples in bin ÷ examples) × |observed rate − mean predicted|. */
  readonly ece: number;
  readonly bins: readonly ReliabilityBin[];
}

/** One point of a ROC curve. */
export interface RocPoint {
  readonly falsePositiveRate: number;
  readonly truePositiveRate: number;
}

/**
 * Measures calibration: the Brier score (against the base rate's), the expected calibration error
 * over equal-width bins, and the reliability curve (mean predicted against observed rate per bin).
 *
 * @param examples - `{ probability, label: 0 | 1 }`, one per pair
 * @param options - `bins` (default 10)
 * @returns plain data
 * @throws {MatchError} naming every example with a probability outside [0, 1] or a label other than 0/1, every hole, or
 *   `examples` that is not an array or is empty
 * @throws {RangeError} when `bins` is not a whole number from 2 to 100; {TypeError} when `options` is not an object
 * @example
 * const c = calibration([
 *   { probability: 0.8, label: 1 },
 *   { probability: 0.2, label: 0 },
 * ]);
 * // c.brier === 0.04
 */
export function calibration(examples: readonly ProbabilityExample[], options?: CalibrationOptions): Calibration {
  const bins = readOptions('calibration', options).bins ?? 10;
  if (!Number.isInteger(bins) || bins < 2 || bins > 100) throw new RangeError(usage.wholeFromTo('calibration', 'bins', 2, 100, bins));
  checkProbabilities('calibration', examples);
  const n = examples.length;
  let positives = 0;
  let squared = 0;
  const count = new Float64Array(bins);
  const predicted = new Float64Array(bins);
  const observed = new Float64Array(bins);
  for (const { probability: p, label } of examples) {
    positives += label;
    squared += (p - label) ** 2;
    const b = Math.min(bins - 1, Math.floor(p * bins));
    count[b]! += 1;
    predicted[b]! += p;
    observed[b]! += label;
  }
  const rate = positives / n;
  const baseRateBrier = rate * (1 - rate);
  const brier = squared / n;
  let ece = 0;
  const curve: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    const m = count[b]!;
    if (m > 0) ece += (m / n) * Math.abs(observed[b]! / m - predicted[b]! / m);
    curve.push({ lower: b / bins, upper: (b + 1) / bins, examples: m, meanPredicted: m > 0 ? predicted[b]! / m : null, observedRate: m > 0 ? observed[b]! / m : null });
  }
  return { examples: n, positives, brier, baseRateBrier, brierSkill: baseRateBrier > 0 ? 1 - brier / baseRateBrier : null, ece, bins: curve };
}

/**
 * The ROC curve of scores against labels: one point per distinct score, from (0, 0) to (1, 1), tied
 * scores taken together (a diagonal step), so the area under it is `evaluateRanking`'s AUC.
 *
 * @param examples - `{ score, label: 0 | 1 }`; scores may be any finite numbers
 * @returns the points, starting at (0, 0) and ending at (1, 1); `[]` when either class is absent
 * @throws {MatchError} naming every example with a non-finite score or a label other than 0/1, every hole, or `examples` that is not an array
 * @example
 * rocCurve([{ score: 0.9, label: 1 }, { score: 0.1, label: 0 }]);
 * // [{ falsePositiveRate: 0, truePositiveRate: 0 }, { falsePositiveRate: 0, truePositiveRate: 1 }, { falsePositiveRate: 1, truePositiveRate: 1 }]
 */
export function rocCurve(examples: readonly { readonly score: number; readonly label: 0 | 1 }[]): RocPoint[] {
  const issues: MatchIssue[] = [];
  if (!checkList(examples, 'examples', issues)) throwIfIssues(issues);
  examples.forEach((e, i) => {
    if (typeof e?.score !== 'number' || !Number.isFinite(e.score)) issues.push({ code: 'invalid_score', path: ['examples', i, 'score'], message: tuneIssues.score(e?.score) });
    if (e?.label !== 0 && e?.label !== 1) issues.push({ code: 'invalid_label', path: ['examples', i, 'label'], message: tuneIssues.label(e?.label) });
  });
  throwIfIssues(issues);
  const positives = examples.reduce((s, e) => s + e.label, 0);
  const negatives = examples.length - positives;
  if (positives === 0 || negatives === 0) return [];
  const sorted = [...examples].sort((a, b) => b.score - a.score);
  const points: RocPoint[] = [{ falsePositiveRate: 0, truePositiveRate: 0 }];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < sorted.length; ) {
    const score = sorted[i]!.score;
    for (; i < sorted.length && sorted[i]!.score === score; i++) {
      if (sorted[i]!.label === 1) tp++;
      else fp++;
    }
    points.push({ falsePositiveRate: fp / negatives, truePositiveRate: tp / positives });
  }
  return points;
}

function checkProbabilities(fn: string, examples: readonly ProbabilityExample[]): void {
  const issues: MatchIssue[] = [];
  if (!checkList(examples, 'examples', issues)) throwIfIssues(issues);
  if (examples.length === 0) throwIfIssues([{ code: 'too_small', path: ['examples'], message: `${fn} needs at least one example` }]);
  examples.forEach((e, i) => {
    const p: unknown = e?.probability;
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) issues.push({ code: 'invalid_probability', path: ['examples', i, 'probability'], message: tuneIssues.probability(p) });
    if (e?.label !== 0 && e?.label !== 1) issues.push({ code: 'invalid_label', path: ['examples', i, 'label'], message: tuneIssues.label(e?.label) });
  });
  throwIfIssues(issues);
}
