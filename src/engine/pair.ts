import type { KnockoutCode } from '../basics/errors.js';
import { FACTOR_LIST } from '../score/registry.js';
import type { TravelReason } from '../score/travel.js';
import { MUNICIPALITY_COUNT, TIERS, type MatchIndex, type ScoringIndex } from './compile.js';
import type { FactorResult, Knockout, Match, MatchFactors } from './types.js';

const N = FACTOR_LIST.length;
// Cheapest first, so a knock-out skips the dearer kernels; the sort is stable, so equal costs keep registry order.
const ORDER = [...FACTOR_LIST].sort((a, b) => a.cost - b.cost);
const KERNELS = ORDER.map((f) => f.value);
const SLOTS = Int32Array.from(ORDER, (f) => FACTOR_LIST.indexOf(f));

/** weights · scores in registry order, clamped: normalised weights can sum to 1 + 1 ulp, and a perfect match stays exactly 1. */
function weightedTotal(w: Float64Array, scores: Float64Array): number {
  let total = w[0]! * scores[0]!;
  for (let i = 1; i < N; i++) total += w[i]! * scores[i]!;
  return Math.min(1, total);
}

// Each of the first eight places in ORDER gets its own call site: V8 then sees one kernel per site and inlines it.
// One call site in a loop over the kernels sees them all, is not inlined, and costs ~20% per pair (measured).
// Places without a factor hold a no-op that writes past the summed slots; factors beyond eight run in a loop.
type Kernel = (typeof KERNELS)[number];
const PASS: Kernel = () => 0;
const kernel = (k: number): Kernel => KERNELS[k] ?? PASS;
const slot = (k: number): number => SLOTS[k] ?? N;
const K0 = kernel(0);
const K1 = kernel(1);
const K2 = kernel(2);
const K3 = kernel(3);
const K4 = kernel(4);
const K5 = kernel(5);
const K6 = kernel(6);
const K7 = kernel(7);
const S0 = slot(0);
const S1 = slot(1);
const S2 = slot(2);
const S3 = slot(3);
const S4 = slot(4);
const S5 = slot(5);
const S6 = slot(6);
const S7 = slot(7);

/** The kernels cheapest first into `values` (by registry slot), the weighted total, or -1 at the first knock-out. */
function run(ix: ScoringIndex, ci: number, vi: number, values: Float64Array): number {
  let v = K0(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[S0] = v;
  v = K1(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[S1] = v;
  v = K2(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[S2] = v;
  v = K3(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[S3] = v;
  v = K4(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[S4] = v;
  v = K5(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[S5] = v;
  v = K6(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[S6] = v;
  v = K7(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[S7] = v;
  for (let k = 8; k < N; k++) {
    v = KERNELS[k]!(ix, ci, vi, undefined);
    if (v < 0) return -1;
    values[SLOTS[k]!] = v;
  }
  return weightedTotal(ix.weights, values);
}

// The fast path's value buffer (one slot per factor, plus one for the no-ops); a nested call (a custom
// travelTime that scores again) finds it taken and uses its own.
let spare: Float64Array | undefined = new Float64Array(N + 1);

/**
 * The total score of one pair without explanations, or -1 when any factor knocks it out.
 * The same kernels and the same sum as explainPair, so the two always agree exactly.
 */
export function scorePair(ix: ScoringIndex, ci: number, vi: number): number {
  const values = spare ?? new Float64Array(N + 1);
  spare = undefined;
  const total = run(ix, ci, vi, values);
  spare = values;
  return total;
}

// A ranking's order: cheapest first, but travel last. The scan only hands over candidates within reach, so travel
// seldom knocks out there, and by running it last its trigonometry is skipped whenever the rest already bounds the
// score below what the ranking still takes.
const RANK_ORDER = [...ORDER.filter((f) => f.name !== 'travel'), ...ORDER.filter((f) => f.name === 'travel')];
const R_KERNELS = RANK_ORDER.map((f) => f.value);
const R_SLOTS = Int32Array.from(RANK_ORDER, (f) => FACTOR_LIST.indexOf(f));
const rKernel = (k: number): Kernel => R_KERNELS[k] ?? PASS;
const rSlot = (k: number): number => R_SLOTS[k] ?? N;
const R0 = rKernel(0);
const R1 = rKernel(1);
const R2 = rKernel(2);
const R3 = rKernel(3);
const R4 = rKernel(4);
const R5 = rKernel(5);
const R6 = rKernel(6);
const R7 = rKernel(7);
const T0 = rSlot(0);
const T1 = rSlot(1);
const T2 = rSlot(2);
const T3 = rSlot(3);
const T4 = rSlot(4);
const T5 = rSlot(5);
const T6 = rSlot(6);
const T7 = rSlot(7);

/**
 * Per place k of a ranking's kernel order: the weights of the registry slot run there (`weight`) and the summed
 * positive weights of the places after it (`rest`), so `sum so far + rest[k]` bounds the total from above.
 */
export interface ScoreBound {
  readonly weight: Float64Array;
  readonly rest: Float64Array;
}

/** The bound tables of `weights` (registry order) for scoreAtLeast. */
export function scoreBound(weights: Float64Array): ScoreBound {
  const weight = new Float64Array(8 + N);
  const rest = new Float64Array(8 + N);
  for (let k = 0; k < N; k++) weight[k] = weights[R_SLOTS[k]!]!;
  for (let k = N - 1; k >= 0; k--) rest[k] = (k + 1 < N ? rest[k + 1]! + Math.max(0, weight[k + 1]!) : 0) * (1 + 1e-12);
  return { weight, rest };
}

// Slack on the bound: the bound sums in another order than weightedTotal, so it may differ in the last bits.
const BOUND_SLACK = 1e-9;

/** The kernels in ranking order; -1 at a knock-out, or as soon as the score can no longer reach `floor`. */
function runAtLeast(ix: ScoringIndex, ci: number, vi: number, values: Float64Array, b: ScoreBound, floor: number): number {
  const { weight, rest } = b;
  let v = R0(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[T0] = v;
  let sum = weight[0]! * v;
  if (sum + rest[0]! < floor) return -1;
  v = R1(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[T1] = v;
  sum += weight[1]! * v;
  if (sum + rest[1]! < floor) return -1;
  v = R2(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[T2] = v;
  sum += weight[2]! * v;
  if (sum + rest[2]! < floor) return -1;
  v = R3(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[T3] = v;
  sum += weight[3]! * v;
  if (sum + rest[3]! < floor) return -1;
  v = R4(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[T4] = v;
  sum += weight[4]! * v;
  if (sum + rest[4]! < floor) return -1;
  v = R5(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[T5] = v;
  sum += weight[5]! * v;
  if (sum + rest[5]! < floor) return -1;
  v = R6(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[T6] = v;
  sum += weight[6]! * v;
  if (sum + rest[6]! < floor) return -1;
  v = R7(ix, ci, vi, undefined);
  if (v < 0) return -1;
  values[T7] = v;
  for (let k = 8; k < N; k++) {
    v = R_KERNELS[k]!(ix, ci, vi, undefined);
    if (v < 0) return -1;
    values[R_SLOTS[k]!] = v;
  }
  return weightedTotal(ix.weights, values);
}

/**
 * scorePair's total when it is at least `atLeast`; otherwise some number below `atLeast` (-1 at a knock-out or
 * when the factors still to run can not lift the score that far). For a ranking that only keeps scores ≥ atLeast.
 */
export function scoreAtLeast(ix: ScoringIndex, ci: number, vi: number, b: ScoreBound, atLeast: number): number {
  const values = spare ?? new Float64Array(N + 1);
  spare = undefined;
  const total = runAtLeast(ix, ci, vi, values, b, atLeast - BOUND_SLACK);
  spare = values;
  return total;
}

/** The explained match of one pair: every factor with its reason, every knock-out, every missing field. */
export function explainPair(ix: MatchIndex, ci: number, vi: number): Match {
  const w = ix.weights;
  const scores = new Float64Array(N);
  const factors: Record<string, FactorResult<unknown>> = {};
  let knockouts: Knockout[] | undefined;
  const missing: string[] = [];
  // A plain loop, no spreads: rankCandidates explains every match it returns, so this is its hot path.
  for (let i = 0; i < N; i++) {
    const f = FACTOR_LIST[i]!;
    // The fast path's kernel, noting its facts; the reason and the labels are the presentation pass.
    const trace = f.trace();
    const value = f.value(ix, ci, vi, trace);
    const reason = f.reason(ix, ci, vi, value, trace);
    const score = Math.max(0, value);
    scores[i] = score;
    factors[f.name] = { score, weight: w[i]!, contribution: w[i]! * score, reason };
    if (value < 0) {
      knockouts ??= [];
      knockouts.push({ factor: f.name, code: reason.code as KnockoutCode });
    }
    const absent = f.missing(ix, ci, vi, reason);
    for (let k = 0; k < absent.length; k++) missing.push(absent[k]!);
  }
  const trip = factors.travel!.reason as TravelReason;
  const candidateId = ix.candidates[ci]!.id;
  const vacancyId = ix.vacancies[vi]!.id;
  const tier = TIERS[ix.tiers[ix.vMuni[vi]! * MUNICIPALITY_COUNT + ix.cMuni[ci]!]!]!;
  const travel = { km: trip.km, minutes: trip.minutes, mode: trip.mode };
  const all = factors as unknown as MatchFactors;
  return knockouts !== undefined
    ? { candidateId, vacancyId, tier, factors: all, travel, missing, eligible: false, score: 0, knockouts: knockouts as [Knockout, ...Knockout[]] }
    : { candidateId, vacancyId, tier, factors: all, travel, missing, eligible: true, score: weightedTotal(w, scores), knockouts: [] };
}
