import { FACTORS, type Factor } from '../config.js';
import { throwIfIssues, type MatchIssue } from '../errors.js';
import { createRandom } from '../synthetic/random.js';
import { checkFactors, type FactorScores } from './examples.js';

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
 * @throws {RangeError} for weights that are negative, non-finite or all zero, a scale that is not positive, a non-finite intercept or seed
 * @throws {MatchError} naming every pair with a factor score outside [0, 1]
 * @example
 * const region = generateSyntheticRegion({ seed: 1, candidates: 500, vacancies: 40 });
 * const matcher = createMatcher(region);
 * const matches = region.vacancies.flatMap((v) => matcher.rankCandidates(v.id, { limit: 500, fallback: 'fill', minScore: 0 }));
 * const outcomes = simulateOutcomes(matches, { seed: 7, placed: { weights: { competence: 0.3, ladder: 0.2, hours: 0.1, travel: 0.25, sector: 0.15 } } });
 */
export function simulateOutcomes(pairs: readonly SimulationPair[], options: SimulateOutcomesOptions): SimulatedOutcome[] {
  if (!Number.isFinite(options.seed)) throw new RangeError(`simulateOutcomes: seed must be a finite number, got ${options.seed}`);
  const issues: MatchIssue[] = [];
  const scores = pairs.map((pair, i) => {
    const factors = Object.fromEntries(FACTORS.map((f) => [f, pair.factors?.[f]?.score])) as Record<Factor, number>;
    checkFactors(factors, ['pairs', i, 'factors'], issues);
    return factors;
  });
  throwIfIssues(issues);
  const placed = resolveModel('placed', options.placed, scores, 0);
  const d = options.durable;
  const durable = resolveModel('durable', { weights: d?.weights ?? options.placed.weights, scale: d?.scale ?? placed.scale, intercept: d?.intercept }, scores, DURABLE_MARGIN);

  const rng = createRandom(options.seed);
  return pairs.map((pair, i) => {
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

function resolveModel(which: string, model: OutcomeModel, scores: readonly FactorScores[], margin: number): ResolvedModel {
  const fail = (what: string) => new RangeError(`simulateOutcomes: ${which} ${what}`);
  const { weights } = model;
  const scale = model.scale ?? DEFAULT_SCALE;
  for (const f of FACTORS) {
    const w = weights[f];
    if (typeof w !== 'number' || !(w >= 0 && Number.isFinite(w))) throw fail(`weight ${f} must be a finite number >= 0, got ${w}`);
  }
  const total = FACTORS.reduce((s, f) => s + weights[f], 0);
  if (!(total > 0)) throw fail('weights must not all be 0');
  if (!(scale > 0 && Number.isFinite(scale))) throw fail(`scale must be a finite number > 0, got ${scale}`);
  const normalised = Object.fromEntries(FACTORS.map((f) => [f, weights[f] / total])) as Record<Factor, number>;
  const mean = scores.length ? scores.reduce((s, x) => s + weighted(normalised, x), 0) / scores.length : 0;
  const intercept = model.intercept ?? -scale * (mean - margin);
  if (!Number.isFinite(intercept)) throw fail(`intercept must be a finite number, got ${intercept}`);
  return { weights: normalised, scale, intercept };
}

const weighted = (weights: Readonly<Record<Factor, number>>, x: FactorScores): number => FACTORS.reduce((s, f) => s + weights[f] * x[f], 0);

function probability(model: ResolvedModel, x: FactorScores): number {
  return 1 / (1 + Math.exp(-(model.intercept + model.scale * weighted(model.weights, x))));
}
