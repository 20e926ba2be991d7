import { FACTORS, type Factor } from '../schema/config.js';
import { readOptions } from '../rules/validate.js';
import { readFitExamples, type FitColumns, type FitExample } from './examples.js';
import { cholesky, choleskySolve, symmetricEigen } from './linalg.js';
import { PROBLEM, USAGE } from './messages.js';
import { usage } from '../basics/messages/en.js';

export interface FitWeightsOptions {
  /** L2 penalty λ, from 0 to 1e12: maximises log-likelihood − λ/2 · Σ coefficient² (the intercept is not penalised). @default 0 */
  readonly l2?: number | undefined;
  /** Newton (IRLS) steps before giving up, at most 10,000. @default 50 */
  readonly maxIterations?: number | undefined;
  /** Converged when no coefficient moves more than tolerance × (1 + |coefficient|) in a step. @default 1e-8 */
  readonly tolerance?: number | undefined;
}

/** Why the outcomes cannot identify the weights. */
export type FitProblem =
  | { readonly code: 'constant_label'; readonly positives: number; readonly negatives: number; readonly message: string }
  | { readonly code: 'constant_factor'; readonly factor: Factor; readonly value: number; readonly message: string }
  | { readonly code: 'collinear_factors'; readonly factors: readonly Factor[]; readonly message: string }
  | { readonly code: 'separation'; readonly factors: readonly Factor[]; readonly message: string }
  | { readonly code: 'not_converged'; readonly message: string }
  | { readonly code: 'no_positive_coefficient'; readonly message: string };

interface FitBase {
  readonly examples: number;
  readonly positives: number;
  readonly l2: number;
  /** Newton steps taken. */
  readonly iterations: number;
}

/** A fit whose weights the data identify. */
export interface IdentifiedFit extends FitBase {
  readonly identified: true;
  readonly converged: true;
  /** Coefficients clipped at zero and normalised to sum 1: ready to pass as `config.weights`. */
  readonly weights: Readonly<Record<Factor, number>>;
  /** The raw logistic-regression coefficients (log-odds per unit of factor score). */
  readonly coefficients: Readonly<Record<Factor, number>>;
  readonly intercept: number;
  /** Standard errors of the coefficients (from the inverse of the penalised information matrix). */
  readonly standardErrors: Readonly<Record<Factor, number>>;
  /** Factors whose coefficient was negative and clipped to weight 0. */
  readonly clipped: readonly Factor[];
  /**
   * Factors with one value in every example (e.g. hours, which is 1 on every eligible pair): their weight moves no
   * ranking, so it is fixed at 0 (coefficient 0, standard error 0).
   */
  readonly constant: readonly Factor[];
  readonly logLikelihood: number;
  /** −2 × log-likelihood. */
  readonly deviance: number;
}

/** A fit the data cannot identify: no weights (null, never a guess), and every reason why. */
export interface UnidentifiedFit extends FitBase {
  readonly identified: false;
  readonly converged: boolean;
  readonly weights: null;
  readonly intercept: null;
  readonly problems: readonly [FitProblem, ...FitProblem[]];
}

export type FitWeightsResult = IdentifiedFit | UnidentifiedFit;

/**
 * Fits match weights to outcomes: logistic regression of the label on the five factor scores,
 * P(label = 1) = σ(intercept + Σ coefficient_f × score_f), by iteratively reweighted least squares
 * (Newton's method, step-halving when the likelihood would drop), with an optional L2 penalty.
 *
 * The weights are the coefficients clipped at zero and normalised to sum 1. When the data cannot
 * identify them the result is `{ identified: false, weights: null, problems }` instead: a label that never varies,
 * a factor that never varies, factors that move together exactly, perfect separation (without L2),
 * no convergence, or no positive coefficient.
 *
 * @param examples - `{ factors: { competence, ladder, hours, travel, sector }, label: 0 | 1 }`, scores in [0, 1]
 * @param options - `l2` (default 0), `maxIterations` (50), `tolerance` (1e-8)
 * @returns the weights, coefficients, intercept and convergence details, or the problems
 * @throws {MatchError} naming every bad example (missing or non-finite factor, score outside [0, 1], label not 0/1)
 * @throws {MatchError} naming every hole in `examples`, or `examples` that is not an array
 * @throws {RangeError} for an `l2` outside 0 … 1e12, `maxIterations` outside 1 … 10,000 or a `tolerance` that is not positive;
 *   {TypeError} when `options` is not an object
 * @example
 * declare const outcomes: SimulatedOutcome[]; // from simulateOutcomes, or placements with their pairs' factor scores
 * declare const input: MatchInput; // the candidates and vacancies
 * const fit = fitWeights(outcomes.map((o) => ({ factors: o.factors, label: o.placed })));
 * if (fit.identified) createMatcher(input, { weights: fit.weights });
 * else for (const p of fit.problems) console.log(p.message);
 */
export function fitWeights(examples: readonly FitExample[], options?: FitWeightsOptions): FitWeightsResult {
  const o = readOptions('fitWeights', options);
  const l2 = o.l2 ?? 0;
  const maxIterations = o.maxIterations ?? 50;
  const tolerance = o.tolerance ?? 1e-8;
  if (typeof l2 !== 'number' || !(l2 >= 0 && l2 <= MAX_L2)) throw new RangeError(USAGE.l2(MAX_L2, l2));
  if (!Number.isInteger(maxIterations) || maxIterations < 1 || maxIterations > MAX_ITERATIONS) {
    throw new RangeError(usage.wholeFromTo('fitWeights', 'maxIterations', 1, MAX_ITERATIONS, maxIterations));
  }
  if (typeof tolerance !== 'number' || !(tolerance > 0 && Number.isFinite(tolerance))) throw new RangeError(USAGE.tolerance(tolerance));

  const data = readFitExamples(examples);
  const positives = data.y.reduce((s, v) => s + v, 0);
  const base = { examples: data.n, positives, l2 };
  const stop = (problems: FitProblem[], iterations: number, converged: boolean): UnidentifiedFit => ({
    ...base,
    identified: false,
    converged,
    weights: null,
    intercept: null,
    iterations,
    problems: problems as [FitProblem, ...FitProblem[]],
  });

  if (positives === 0 || positives === data.n) {
    return stop([{ code: 'constant_label', positives, negatives: data.n - positives, message: PROBLEM.constantLabel(positives, data.n - positives) }], 0, false);
  }
  const problems: FitProblem[] = [];
  const active: Factor[] = [];
  const constant: FitProblem[] = [];
  for (const f of FACTORS) {
    const col = data.x[f];
    const value = col[0]!;
    if (col.every((v) => v === value)) constant.push({ code: 'constant_factor', factor: f, value, message: PROBLEM.constantFactor(f, value) });
    else active.push(f);
  }
  // A factor with one value in every example (hours, a pure constraint, is 1 on every eligible pair) adds the same to
  // every score, so no ranking depends on its weight: it is fixed at 0 and listed. Only when no factor varies is that a problem.
  if (active.length === 0) problems.push(...constant);
  const collinear = collinearFactors(data, active);
  if (collinear.length) problems.push({ code: 'collinear_factors', factors: collinear, message: PROBLEM.collinear(collinear) });
  if (problems.length) return stop(problems, 0, false);

  const fixed = new Set(FACTORS.flatMap((f, j) => (active.includes(f) ? [] : [j + 1])));
  const fit = newton(data, l2, maxIterations, tolerance, fixed);
  if (!fit.converged) {
    // σ(20) = 1 − 2e-9: fitted probabilities numerically 0 or 1 while the coefficients still move is separation.
    const separated = l2 === 0 && fit.maxAbsEta > 20;
    const factors = FACTORS.filter((_, j) => Math.abs(fit.lastStep[j + 1]!) >= 0.1 * Math.max(...FACTORS.map((_, t) => Math.abs(fit.lastStep[t + 1]!))));
    return stop([separated ? { code: 'separation', factors, message: PROBLEM.separation(factors) } : { code: 'not_converged', message: PROBLEM.notConverged(fit.iterations) }], fit.iterations, false);
  }
  const record = (values: ArrayLike<number>) => Object.fromEntries(FACTORS.map((f, j) => [f, values[j + 1]!])) as Record<Factor, number>;
  const coefficients = record(fit.beta);
  const total = FACTORS.reduce((s, f) => s + Math.max(0, coefficients[f]), 0);
  if (!(total > 0)) return stop([{ code: 'no_positive_coefficient', message: PROBLEM.noPositive }], fit.iterations, true);
  return {
    ...base,
    identified: true,
    converged: true,
    iterations: fit.iterations,
    weights: Object.fromEntries(FACTORS.map((f) => [f, Math.max(0, coefficients[f]) / total])) as Record<Factor, number>,
    coefficients,
    intercept: fit.beta[0]!,
    standardErrors: record(fit.standardErrors),
    clipped: FACTORS.filter((f) => coefficients[f] < 0),
    constant: FACTORS.filter((f) => !active.includes(f)),
    logLikelihood: fit.logLikelihood,
    deviance: -2 * fit.logLikelihood,
  };
}

/** Factors in an exact linear dependency (the eigenvector of a near-zero eigenvalue of their correlation matrix). */
function collinearFactors(data: FitColumns, active: readonly Factor[]): Factor[] {
  const m = active.length;
  if (m < 2) return [];
  const cols = active.map((f) => data.x[f]);
  const means = cols.map((c) => c.reduce((s, v) => s + v, 0) / data.n);
  const cov = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    for (let b = a; b < m; b++) {
      let s = 0;
      const ca = cols[a]!;
      const cb = cols[b]!;
      for (let i = 0; i < data.n; i++) s += (ca[i]! - means[a]!) * (cb[i]! - means[b]!);
      cov[a * m + b] = s;
      cov[b * m + a] = s;
    }
  }
  const scale = Array.from({ length: m }, (_, a) => Math.sqrt(cov[a * m + a]!));
  const corr = cov.map((c, t) => c / (scale[Math.floor(t / m)]! * scale[t % m]!));
  const evd = symmetricEigen(corr, m);
  const values = Array.from(evd.values);
  const smallest = values.indexOf(Math.min(...values));
  if (values[smallest]! > 1e-9) return [];
  return active.filter((_, a) => Math.abs(evd.vectors[smallest * m + a]!) > 1e-3);
}

interface NewtonResult {
  readonly beta: Float64Array;
  readonly standardErrors: Float64Array;
  readonly logLikelihood: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly maxAbsEta: number;
  /** The last Newton step: under separation it points along the separating direction. */
  readonly lastStep: Float64Array;
}

interface Pass {
  readonly logLikelihood: number;
  /** Row-major D × D. */
  readonly hessian: Float64Array;
  readonly gradient: Float64Array;
  readonly maxAbsEta: number;
}

const D = FACTORS.length + 1;
// Far beyond any useful penalty (it would pin every coefficient at 0), and small enough that λ/2 · β² stays finite.
const MAX_L2 = 1e12;
// Newton converges in a handful of steps or not at all; the bound keeps a typo from running for hours.
const MAX_ITERATIONS = 10_000;

/** One pass over the data at `beta`: penalised log-likelihood, gradient X'(y − p) − λβ and information X'WX + λI. */
function pass(data: FitColumns, beta: Float64Array, l2: number, fixed: ReadonlySet<number>): Pass {
  const cols = FACTORS.map((f) => data.x[f]);
  const h = new Float64Array(D * D);
  const g = new Float64Array(D);
  const row = new Float64Array(D);
  row[0] = 1;
  let ll = 0;
  let maxAbsEta = 0;
  for (let i = 0; i < data.n; i++) {
    let eta = beta[0]!;
    for (let j = 1; j < D; j++) {
      row[j] = cols[j - 1]![i]!;
      eta += beta[j]! * row[j]!;
    }
    // One exp serves both σ(η) and log(1 + e^η), without overflow on either side.
    const abs = Math.abs(eta);
    const e = Math.exp(-abs);
    const p = eta >= 0 ? 1 / (1 + e) : e / (1 + e);
    const y = data.y[i]!;
    ll += y * eta - (Math.max(eta, 0) + Math.log1p(e));
    const w = p * (1 - p);
    const r = y - p;
    if (abs > maxAbsEta) maxAbsEta = abs;
    for (let a = 0; a < D; a++) {
      const xa = row[a]!;
      const wa = w * xa;
      g[a]! += r * xa;
      for (let b = a; b < D; b++) h[a * D + b]! += wa * row[b]!;
    }
  }
  const hessian = new Float64Array(D * D);
  for (let a = 0; a < D; a++) {
    for (let b = a; b < D; b++) {
      hessian[a * D + b] = h[a * D + b]! + (a === b && a > 0 ? l2 : 0);
      hessian[b * D + a] = h[a * D + b]! + (a === b && a > 0 ? l2 : 0);
    }
    if (a > 0) {
      g[a]! -= l2 * beta[a]!;
      ll -= (l2 / 2) * beta[a]! ** 2;
    }
  }
  // A fixed coefficient stays at 0: its row and column drop out of the system (identity), its gradient is 0.
  for (const a of fixed) {
    for (let b = 0; b < D; b++) {
      hessian[a * D + b] = a === b ? 1 : 0;
      hessian[b * D + a] = a === b ? 1 : 0;
    }
    g[a] = 0;
  }
  return { logLikelihood: ll, hessian, gradient: g, maxAbsEta };
}

function newton(data: FitColumns, l2: number, maxIterations: number, tolerance: number, fixed: ReadonlySet<number>): NewtonResult {
  const beta = new Float64Array(D);
  const rate = data.y.reduce((s, v) => s + v, 0) / data.n;
  beta[0] = Math.log(rate / (1 - rate));
  let current = pass(data, beta, l2, fixed);
  let iterations = 0;
  let converged = false;
  let lastStep: Float64Array = new Float64Array(D);
  while (iterations < maxIterations && !converged) {
    const chol = cholesky(current.hessian, D);
    if (!chol.positiveDefinite) break;
    const step = choleskySolve(chol, current.gradient);
    lastStep = step;
    iterations++;
    let next: Pass;
    let trial: Float64Array;
    let t = 1;
    // Step-halving keeps every step uphill; Newton from the intercept-only start rarely needs it.
    for (;;) {
      trial = beta.map((b, j) => b + t * step[j]!);
      next = pass(data, trial, l2, fixed);
      if (next.logLikelihood >= current.logLikelihood - 1e-10 * Math.abs(current.logLikelihood) || t < 1e-4) break;
      t /= 2;
    }
    converged = trial.every((b, j) => Math.abs(b - beta[j]!) <= tolerance * (1 + Math.abs(b)));
    beta.set(trial);
    current = next;
  }
  const chol = cholesky(current.hessian, D);
  const standardErrors = new Float64Array(D);
  if (chol.positiveDefinite) {
    // Column j of the inverse is the solution for the j-th unit vector; only its diagonal entry is needed.
    for (let j = 0; j < D; j++)
      standardErrors[j] = fixed.has(j)
        ? 0
        : Math.sqrt(
            choleskySolve(
              chol,
              Float64Array.from({ length: D }, (_, t) => (t === j ? 1 : 0)),
            )[j]!,
          );
  } else {
    converged = false;
  }
  return { beta, standardErrors, logLikelihood: current.logLikelihood, iterations, converged, maxAbsEta: current.maxAbsEta, lastStep };
}
