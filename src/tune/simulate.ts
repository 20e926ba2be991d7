import { FACTORS, type Factor } from '../schema/config.js';
import { throwIfIssues, type MatchIssue } from '../basics/errors.js';
import { plainList } from '../rules/validate.js';
import { createRandom } from '../synthetic/random.js';
import { checkFactors, checkList, type FactorScores } from './examples.js';
import { ISSUE, USAGE } from './messages.js';
import { usage } from '../basics/messages/en.js';

/** A logistic outcome model: P = σ(intercept + scale × Σ weights_f × score_f). */
export interface OutcomeModel {
  /** Hidden true weights, normalised to sum 1. */
  readonly weights: Readonly<Record<Factor, number>>;
  /** @default 20 */
  readonly scale?: number | undefined;
  /** @default placement: −scale × the mean weighted score of the pairs (even odds for the average pair); durability: even odds 0.1 below that mean */
  readonly intercept?: number | undefined;
}

export interface SimulateOutcomesOptions {
  readonly seed: number;
  /** The model of placement. */
  readonly placed: OutcomeModel;
  /** The model of durability given a placement. @default the placement weights and scale; even odds 0.1 below the mean weighted score */
  readonly durable?: Partial<OutcomeModel> | undefined;
}

/** A match as the simulator reads it: `Match` fits. */
export interface SimulationPair {
  readonly vacancyId: string;
  readonly candidateId: string;
  readonly score: number;
  readonly factors: Readonly<Record<Factor, { readonly score: number }>>;
}

/** One simulated outcome: the pair's factor scores, its match score, and the drawn labels. */
export interface SimulatedOutcome {
  readonly vacancyId: string;
  readonly candidateId: string;
  readonly score: number;
  readonly factors: FactorScores;
  readonly placed: 0 | 1;
  /** 1 only for a placement that lasted (durable implies placed). */
  readonly durable: 0 | 1;
}

const DEFAULT_SCALE = 20;
// Durable placements: even odds 0.1 below the average pair, so about 88% of average placements last (Divosa: ~14% return within 6 months).
const DURABLE_MARGIN = 0.1;

/**
 * Draws placement and durability outcomes for matches from a known logistic model, so that weight
 * tuning can be tested against a known truth.
 *
 * placed ~ Bernoulli(σ(intercept + scale × Σ w_f × x_f)); durable ~ placed × Bernoulli(σ(same form with
 * the durable model)), where x_f = `match.factors[f].score` and w sums to 1. The defaults (scale 20,
 * intercept −20 × the mean weighted score) give even odds for the average pair, so about half the pairs
 * are placed; over the eligible pairs of a synthetic region, 20,000 outcomes then pin each weight down
 * to about ±0.015 (one standard error, competence; the others ±0.01). Durability defaults to even odds
 * 0.1 below the mean, so about 88% of average placements last. Every pair uses exactly two draws, in
 * input order: same seed and pairs, same outcomes.
 *
 * @param pairs - matches, e.g. every eligible pair of `generateSyntheticRegion` via `rankCandidates`
 * @param options - `seed`, the `placed` model (hidden weights), optionally the `durable` model
 * @returns one outcome per pair, in input order, with the factor scores as plain numbers
 * @throws {RangeError} for weights that are negative, non-finite or all zero, a scale that is not positive, a non-finite intercept or seed;
 *   {TypeError} when `options` or a model is not an object (`placed` is required)
 * @throws {MatchError} naming every pair that is not an object, lacks an id, has a non-finite score or a factor score outside [0, 1],
 *   and every hole in `pairs`
 * @example
 * const region = generateSyntheticRegion({ seed: 1, candidates: 500, vacancies: 40 });
 * const matcher = createMatcher(region);
 * const matches = region.vacancies.flatMap((v) => matcher.rankCandidates(v.id, { limit: 500, fallback: 'fill', minScore: 0 }));
 * const outcomes = simulateOutcomes(matches, { seed: 7, placed: { weights: { competence: 0.3, ladder: 0.2, hours: 0.1, travel: 0.25, sector: 0.15 } } });
 */
export function simulateOutcomes(pairs: readonly SimulationPair[], options: SimulateOutcomesOptions): SimulatedOutcome[] {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(usage.required('simulateOutcomes', 'seed, placed', options));
  }
  if (typeof options.seed !== 'number' || !Number.isFinite(options.seed)) throw new RangeError(usage.seed('simulateOutcomes', options.seed));
  const placedModel = modelRecord('placed', options.placed);
  const d = options.durable === undefined || options.durable === null ? {} : modelRecord('durable', options.durable);
  const issues: MatchIssue[] = [];
  if (!checkList(pairs, 'pairs', issues)) throwIfIssues(issues);
  const scores: Record<Factor, number>[] = [];
  pairs.forEach((pair: unknown, i) => {
    if (typeof pair !== 'object' || pair === null || Array.isArray(pair)) {
      issues.push({ code: 'invalid_type', path: ['pairs', i], message: ISSUE.notObject });
      return;
    }
    const { vacancyId, candidateId, score, factors: given } = pair as Partial<Record<keyof SimulationPair, unknown>>;
    if (typeof vacancyId !== 'string' || vacancyId.length === 0) issues.push({ code: 'invalid_id', path: ['pairs', i, 'vacancyId'], message: ISSUE.id('vacancyId', vacancyId) });
    if (typeof candidateId !== 'string' || candidateId.length === 0) issues.push({ code: 'invalid_id', path: ['pairs', i, 'candidateId'], message: ISSUE.id('candidateId', candidateId) });
    if (typeof score !== 'number' || !Number.isFinite(score)) issues.push({ code: 'invalid_score', path: ['pairs', i, 'score'], message: ISSUE.score(score) });
    const factors = Object.fromEntries(FACTORS.map((f) => [f, readScore(given, f)])) as Record<Factor, number>;
    checkFactors(factors, ['pairs', i, 'factors'], issues);
    scores.push(factors);
  });
  throwIfIssues(issues);
  const placed = resolveModel('placed', placedModel, scores, 0);
  const durable = resolveModel('durable', { weights: d.weights ?? placedModel.weights, scale: d.scale ?? placed.scale, intercept: d.intercept }, scores, DURABLE_MARGIN);

  const rng = createRandom(options.seed);
  return plainList(pairs).map((pair, i) => {
    const factors = scores[i]!;
    const isPlaced = rng.next() < probability(placed, factors) ? 1 : 0;
    const lasts = rng.next() < probability(durable, factors) ? 1 : 0;
    return { vacancyId: pair.vacancyId, candidateId: pair.candidateId, score: pair.score, factors, placed: isPlaced, durable: isPlaced && lasts ? 1 : 0 };
  });
}

interface ResolvedModel {
  readonly weights: Record<Factor, number>;
  readonly scale: number;
  readonly intercept: number;
}

/** A model argument as a record to read: `placed` must be an object, `durable` an object when given. */
function modelRecord(which: 'placed' | 'durable', model: unknown): Partial<OutcomeModel> {
  if (typeof model !== 'object' || model === null || Array.isArray(model)) {
    throw new TypeError(USAGE.simulateModel(which, model));
  }
  return model;
}

/** `factors[f].score` of a pair, or undefined where any step of that path is missing. */
function readScore(factors: unknown, f: Factor): unknown {
  if (typeof factors !== 'object' || factors === null) return undefined;
  const factor = (factors as Record<string, unknown>)[f];
  return typeof factor === 'object' && factor !== null ? (factor as { score?: unknown }).score : undefined;
}

function resolveModel(which: string, model: { readonly [K in keyof OutcomeModel]?: OutcomeModel[K] | undefined }, scores: readonly FactorScores[], margin: number): ResolvedModel {
  const { weights } = model;
  const scale = model.scale ?? DEFAULT_SCALE;
  if (typeof weights !== 'object' || weights === null) throw new RangeError(USAGE.simulateWeights(which, weights));
  for (const f of FACTORS) {
    const w = weights[f];
    if (typeof w !== 'number' || !(w >= 0 && Number.isFinite(w))) throw new RangeError(USAGE.simulateWeight(which, f, w));
  }
  const total = FACTORS.reduce((s, f) => s + weights[f], 0);
  if (!(total > 0)) throw new RangeError(USAGE.simulateZero(which));
  if (!Number.isFinite(total)) throw new RangeError(USAGE.simulateSum(which));
  if (typeof scale !== 'number' || !(scale > 0 && Number.isFinite(scale))) throw new RangeError(USAGE.simulateScale(which, scale));
  const normalised = Object.fromEntries(FACTORS.map((f) => [f, weights[f] / total])) as Record<Factor, number>;
  const mean = scores.length ? scores.reduce((s, x) => s + weighted(normalised, x), 0) / scores.length : 0;
  const intercept = model.intercept ?? -scale * (mean - margin);
  if (typeof intercept !== 'number' || !Number.isFinite(intercept)) throw new RangeError(USAGE.simulateIntercept(which, intercept));
  return { weights: normalised, scale, intercept };
}

const weighted = (weights: Readonly<Record<Factor, number>>, x: FactorScores): number => FACTORS.reduce((s, f) => s + weights[f] * x[f], 0);

function probability(model: ResolvedModel, x: FactorScores): number {
  return 1 / (1 + Math.exp(-(model.intercept + model.scale * weighted(model.weights, x))));
}
