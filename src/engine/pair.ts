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

/** The explained match of one pair: every factor with its reason, every knock-out, every missing field. */
export function explainPair(ix: MatchIndex, ci: number, vi: number): Match {
  const w = ix.weights;
  const scores = new Float64Array(N);
  const factors: Record<string, FactorResult<unknown>> = {};
  const knockouts: Knockout[] = [];
  const missing: string[] = [];
  FACTOR_LIST.forEach((f, i) => {
    // The fast path's kernel, noting its facts; the reason and the labels are the presentation pass.
    const trace = f.trace();
    const value = f.value(ix, ci, vi, trace);
    const reason = f.reason(ix, ci, vi, value, trace);
    const score = Math.max(0, value);
    scores[i] = score;
    factors[f.name] = { score, weight: w[i]!, contribution: w[i]! * score, reason };
    if (value < 0) knockouts.push({ factor: f.name, code: reason.code });
    missing.push(...f.missing(ix, ci, vi, reason));
  });
  const travel = factors.travel!.reason as TravelReason;
  const base = {
    candidateId: ix.candidates[ci]!.id,
    vacancyId: ix.vacancies[vi]!.id,
    tier: TIERS[ix.tiers[ix.vMuni[vi]! * MUNICIPALITY_COUNT + ix.cMuni[ci]!]!]!,
    factors: factors as unknown as MatchFactors,
    travel: { km: travel.km, minutes: travel.minutes, mode: travel.mode },
    missing,
  };
  return knockouts.length > 0 ? { ...base, eligible: false, score: 0, knockouts: knockouts as [Knockout, ...Knockout[]] } : { ...base, eligible: true, score: weightedTotal(w, scores), knockouts: [] };
}
