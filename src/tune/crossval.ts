import { throwIfIssues, type MatchIssue } from '../basics/errors.js';
import type { Match } from '../engine/types.js';
import { INDEX } from '../match/index-key.js';
import type { Matcher, MatcherWithIndex } from '../match/matcher.js';
import { readOptions } from '../rules/validate.js';
import { FACTORS, type Factor } from '../schema/config.js';
import { calibration, rocCurve, type Calibration, type RocPoint } from './calibration.js';
import { checkList } from './examples.js';
import { fairnessReport, type FairnessCandidate, type FairnessDimension, type FairnessReport } from './fairness.js';
import { fitWeights, type FitWeightsResult } from './fit.js';
import { splitByVacancy } from './folds.js';
import { evaluateRanking, type RankingMetrics } from './metrics.js';
import { tuneIssues, usage } from '../basics/messages/en.js';

/** One observed outcome: was this candidate placed at (or, for durability, did they stay with) this vacancy? */
export interface TuneOutcome {
  readonly vacancyId: string;
  readonly candidateId: string;
  readonly label: 0 | 1;
}

export interface CrossValidateWeightsOptions {
  /** Folds, split by vacancy (`splitByVacancy`). @default 5 */
  readonly folds?: number | undefined;
  /** Seed of the split. @default 1 */
  readonly seed?: number | undefined;
  /** The cut-off of precision@k, NDCG@k and the exposure. @default 10 */
  readonly k?: number | undefined;
  /** L2 penalty of each fit (see `fitWeights`). @default 0 */
  readonly l2?: number | undefined;
  /** Bins of the reliability curve. @default 10 */
  readonly bins?: number | undefined;
  /** The candidate records with their reporting fields: with them, the result holds a fairness report (selection and exposure per group) before and after. */
  readonly candidates?: readonly FairnessCandidate[] | undefined;
  /** @default ['targetGroup', 'gender'], plus 'ageBand' when `asOf` is given */
  readonly groups?: readonly FairnessDimension[] | undefined;
  /** The day ages are counted on, for age bands. */
  readonly asOf?: string | undefined;
}

/** How a weight varied over the folds whose fit was identified. */
export interface WeightSpread {
  readonly mean: number;
  /** Sample standard deviation; 0 for a single fold. */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
}

/** One fold: trained on the other folds' vacancies, evaluated on its own. */
export interface WeightsFold {
  readonly vacancies: number;
  readonly train: number;
  readonly test: number;
  /** The fold's fitted weights, or null when its training outcomes could not identify them (then `problems` says why). */
  readonly weights: Readonly<Record<Factor, number>> | null;
  readonly problems: readonly string[];
  /** The held-out vacancies ranked with the matcher's weights, and with the fold's fitted weights. */
  readonly before: RankingMetrics;
  readonly after: RankingMetrics;
}

/** The result of `crossValidateWeights`. */
export interface WeightsCrossValidation {
  readonly examples: number;
  readonly positives: number;
  /** Outcome pairs the matcher knocks out (they score 0 under any weights, but their factor scores still enter the fits). */
  readonly ineligible: number;
  readonly k: number;
  /** The matcher's own (normalised) weights: the "before". */
  readonly baseline: Readonly<Record<Factor, number>>;
  readonly folds: readonly WeightsFold[];
  /** Mean, spread and range of each fitted weight over the identified folds; null when no fold was identified. */
  readonly spread: Readonly<Record<Factor, WeightSpread>> | null;
  /** The fit on all outcomes: the weights to use when it is identified. */
  readonly fit: FitWeightsResult;
  /**
   * Every outcome scored out of sample and ranked per vacancy: with the baseline weights (`before`) and with the
   * weights fitted on the other folds (`after`; a fold whose fit was not identified keeps the baseline).
   */
  readonly before: RankingMetrics;
  readonly after: RankingMetrics;
  readonly roc: { readonly before: readonly RocPoint[]; readonly after: readonly RocPoint[] };
  /** Out-of-sample probabilities of the folds' logistic fits against the labels; null when no fold was identified. */
  readonly calibration: Calibration | null;
  /** Selection and exposure in each vacancy's top k per reporting group, before and after; null without `candidates`. */
  readonly fairness: { readonly before: FairnessReport; readonly after: FairnessReport } | null;
}

interface Scored {
  readonly vacancyId: string;
  readonly candidateId: string;
  readonly label: 0 | 1;
  readonly match: Match;
  readonly factors: Readonly<Record<Factor, number>>;
}

/**
 * Cross-validates weight tuning on observed outcomes: the outcomes are split by vacancy into folds; for
 * each fold, `fitWeights` learns weights from the other folds, and the fold's own vacancies are ranked
 * with the matcher's weights (before) and the learned ones (after). Reported: the learned weights and
 * their spread over the folds, AUC / precision@k / NDCG@k before and after (out of sample), the ROC
 * curves, the calibration of the fitted probabilities (Brier score, ECE, reliability curve), and, given
 * the candidates' reporting fields, selection and exposure per group before and after.
 *
 * A pair's score under other weights is what the matcher would give it: Σ weight × factor score, at most
 * 1, and 0 for a pair it knocks out — so the "after" ranking is the ranking `createMatcher(input,
 * { weights })` would produce over the same pairs. Reporting fields are read only for the fairness report.
 *
 * @param matcher - a matcher over the candidates and vacancies the outcomes name
 * @param outcomes - `{ vacancyId, candidateId, label: 0 | 1 }`, one per observed pair
 * @param options - `folds` (5), `seed` (1), `k` (10), `l2` (0), `bins` (10), `candidates`, `groups`, `asOf`
 * @returns plain data, deterministic for the same input and options
 * @throws {MatchError} naming every outcome with an unknown id, a label other than 0/1, a pair given twice, every hole,
 *   or `outcomes` that is not an array
 * @throws {RangeError} for `folds` outside 2 … the number of vacancies and other misused options (see `splitByVacancy`,
 *   `evaluateRanking`, `fitWeights`, `calibration`); {TypeError} when `options` is not an object
 * @example
 * import { createMatcher, generateSyntheticRegion } from 'werkmatch';
 * import { crossValidateWeights } from 'werkmatch/tune';
 * const region = generateSyntheticRegion({ seed: 1, candidates: 300, vacancies: 30 });
 * const matcher = createMatcher(region);
 * const outcomes = [{ vacancyId: region.vacancies[0]!.id, candidateId: region.candidates[0]!.id, label: 1 as const }];
 * try {
 *   const cv = crossValidateWeights(matcher, outcomes, { folds: 5, candidates: region.candidates });
 *   console.log(cv.before.auc, cv.after.auc, cv.fit.weights);
 * } catch (e) {
 *   console.log(e); // one outcome is too few to split into five folds
 * }
 */
export function crossValidateWeights(matcher: Matcher, outcomes: readonly TuneOutcome[], options?: CrossValidateWeightsOptions): WeightsCrossValidation {
  const o = readOptions('crossValidateWeights', options);
  const k = o.k ?? 10;
  const scored = scoreOutcomes(matcher, outcomes);
  const baseline = matcher.config.weights;
  const folds = splitByVacancy(scored, { k: o.folds ?? 5, seed: o.seed ?? 1 });
  const fitOptions = o.l2 === undefined ? {} : { l2: o.l2 };
  const examplesOf = (list: readonly Scored[]) => list.map((s) => ({ factors: s.factors, label: s.label }));

  const before: RankedOutcome[] = [];
  const after: RankedOutcome[] = [];
  const probabilities: { probability: number; label: 0 | 1 }[] = [];
  const foldResults: WeightsFold[] = [];
  for (const fold of folds) {
    const fit = fitWeights(examplesOf(fold.train), fitOptions);
    const weights = fit.identified ? fit.weights : null;
    const foldBefore = fold.test.map((s) => ranked(s, s.match.score));
    const foldAfter = fold.test.map((s) => ranked(s, weights ? rescore(s, weights) : s.match.score));
    before.push(...foldBefore);
    after.push(...foldAfter);
    if (fit.identified) {
      for (const s of fold.test) {
        let z = fit.intercept;
        for (const f of FACTORS) z += fit.coefficients[f] * s.factors[f];
        probabilities.push({ probability: 1 / (1 + Math.exp(-z)), label: s.label });
      }
    }
    foldResults.push({
      vacancies: fold.vacancies.length,
      train: fold.train.length,
      test: fold.test.length,
      weights,
      problems: fit.identified ? [] : fit.problems.map((p) => p.message),
      before: evaluateRanking(foldBefore, { k }),
      after: evaluateRanking(foldAfter, { k }),
    });
  }

  const identified = foldResults.flatMap((f) => (f.weights ? [f.weights] : []));
  const fairness =
    o.candidates === undefined
      ? null
      : (() => {
          const groups = o.groups ?? (o.asOf === undefined ? (['targetGroup', 'gender'] as const) : (['targetGroup', 'gender', 'ageBand'] as const));
          const report = (list: readonly RankedOutcome[]) => fairnessReport({ candidates: o.candidates!, matches: list }, { k, groups, ...(o.asOf === undefined ? {} : { asOf: o.asOf }) });
          return { before: report(before), after: report(after) };
        })();
  return {
    examples: scored.length,
    positives: scored.reduce((s, x) => s + x.label, 0),
    ineligible: scored.filter((s) => !s.match.eligible).length,
    k,
    baseline,
    folds: foldResults,
    spread: identified.length ? spreadOf(identified) : null,
    fit: fitWeights(examplesOf(scored), fitOptions),
    before: evaluateRanking(before, { k }),
    after: evaluateRanking(after, { k }),
    roc: { before: rocCurve(before), after: rocCurve(after) },
    calibration: probabilities.length ? calibration(probabilities, o.bins === undefined ? {} : { bins: o.bins }) : null,
    fairness,
  };
}

interface RankedOutcome {
  readonly vacancyId: string;
  readonly candidateId: string;
  readonly score: number;
  readonly label: 0 | 1;
}

const ranked = (s: Scored, score: number): RankedOutcome => ({ vacancyId: s.vacancyId, candidateId: s.candidateId, score, label: s.label });

/** The matcher's total under other weights: Σ weight × factor score in factor order, at most 1; 0 for a knocked-out pair. */
function rescore(s: Scored, weights: Readonly<Record<Factor, number>>): number {
  if (!s.match.eligible) return 0;
  let total = weights[FACTORS[0]] * s.factors[FACTORS[0]];
  for (let i = 1; i < FACTORS.length; i++) total += weights[FACTORS[i]!] * s.factors[FACTORS[i]!];
  return Math.min(1, total);
}

function scoreOutcomes(matcher: Matcher, outcomes: readonly TuneOutcome[]): Scored[] {
  const known = (matcher as Partial<MatcherWithIndex> | null)?.[INDEX];
  if (known === undefined) throw new TypeError(usage.notAMatcher('crossValidateWeights', matcher));
  const issues: MatchIssue[] = [];
  if (!checkList(outcomes, 'outcomes', issues)) throwIfIssues(issues);
  const seen = new Map<string, number>();
  const out: Scored[] = [];
  outcomes.forEach((e: unknown, i) => {
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      issues.push({ code: 'invalid_type', path: ['outcomes', i], message: tuneIssues.object(e) });
      return;
    }
    const { vacancyId, candidateId, label } = e as Partial<Record<keyof TuneOutcome, unknown>>;
    let match: Match | undefined;
    if (typeof vacancyId !== 'string') issues.push({ code: 'invalid_id', path: ['outcomes', i, 'vacancyId'], message: tuneIssues.text('vacancyId', vacancyId) });
    else if (!known.vacancyById.has(vacancyId)) issues.push({ code: 'unknown_vacancy', path: ['outcomes', i, 'vacancyId'], message: tuneIssues.unknownVacancy(vacancyId) });
    if (typeof candidateId !== 'string') issues.push({ code: 'invalid_id', path: ['outcomes', i, 'candidateId'], message: tuneIssues.text('candidateId', candidateId) });
    else if (!known.candidateById.has(candidateId)) issues.push({ code: 'unknown_candidate', path: ['outcomes', i, 'candidateId'], message: tuneIssues.unknownCandidate(candidateId) });
    if (typeof vacancyId === 'string' && typeof candidateId === 'string' && known.vacancyById.has(vacancyId) && known.candidateById.has(candidateId)) {
      match = matcher.score(candidateId, vacancyId);
    }
    if (label !== 0 && label !== 1) issues.push({ code: 'invalid_label', path: ['outcomes', i, 'label'], message: tuneIssues.label(label) });
    const key = `${String(vacancyId)}\u0000${String(candidateId)}`;
    const first = seen.get(key);
    if (first !== undefined) issues.push({ code: 'duplicate_pair', path: ['outcomes', i], message: tuneIssues.duplicateOutcome(first) });
    else seen.set(key, i);
    if (match && (label === 0 || label === 1)) {
      const factors = Object.fromEntries(FACTORS.map((f) => [f, match.factors[f].score])) as Record<Factor, number>;
      out.push({ vacancyId: vacancyId as string, candidateId: candidateId as string, label, match, factors });
    }
  });
  throwIfIssues(issues);
  return out;
}

function spreadOf(list: readonly Readonly<Record<Factor, number>>[]): Record<Factor, WeightSpread> {
  const out = {} as Record<Factor, WeightSpread>;
  for (const f of FACTORS) {
    const xs = list.map((w) => w[f]);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = xs.length > 1 ? Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1)) : 0;
    out[f] = { mean, sd, min: Math.min(...xs), max: Math.max(...xs) };
  }
  return out;
}
