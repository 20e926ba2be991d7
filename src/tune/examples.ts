// Outcome records as the tuning functions take them, and their validation at the boundary.
import { FACTORS, type Factor } from '../schema/config.js';
import { throwIfIssues, type MatchIssue } from '../basics/errors.js';
import { checkArray } from '../rules/validate.js';
import { ISSUE } from './messages.js';

/** The five factor scores of a match, each in [0, 1] (`match.factors[f].score`). */
export type FactorScores = Readonly<Record<Factor, number>>;

/** A scored candidate–vacancy pair and its outcome, for `evaluateRanking`. */
export interface RankedExample {
  readonly vacancyId: string;
  readonly candidateId: string;
  readonly score: number;
  /** 1 when the match led to the outcome (a placement, a durable placement), else 0. */
  readonly label: 0 | 1;
}

/** The factor scores of a match and its outcome, for `fitWeights`. */
export interface FitExample {
  readonly factors: FactorScores;
  readonly label: 0 | 1;
}

/** Fit examples as columns: one Float64Array per factor, labels as 0/1 bytes. */
export interface FitColumns {
  readonly n: number;
  readonly x: Readonly<Record<Factor, Float64Array>>;
  readonly y: Uint8Array;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function checkLabel(label: unknown, path: (string | number)[], issues: MatchIssue[]): void {
  if (label !== 0 && label !== 1) issues.push({ code: 'invalid_label', path: [...path, 'label'], message: ISSUE.label(label) });
}

/** Checks factor scores; pushes one issue per bad factor. */
export function checkFactors(factors: unknown, path: (string | number)[], issues: MatchIssue[]): factors is FactorScores {
  if (!isObject(factors)) {
    issues.push({ code: 'invalid_type', path, message: ISSUE.notObject });
    return false;
  }
  let ok = true;
  for (const f of FACTORS) {
    const v = factors[f];
    if (v === undefined) {
      issues.push({ code: 'missing_factor', path: [...path, f], message: ISSUE.missingFactor(f) });
      ok = false;
    } else if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
      issues.push({ code: 'invalid_factor', path: [...path, f], message: ISSUE.factor(f, v) });
      ok = false;
    }
  }
  return ok;
}

/**
 * Records an issue unless `list` is an array without holes (each hole is an issue at its index, under `name`);
 * true when its items can be checked one by one.
 */
export function checkList(list: unknown, name: string, issues: MatchIssue[]): list is readonly unknown[] {
  return checkArray(issues, list, [name]);
}

/** Validates fit examples and lays them out as columns; throws one MatchError naming every bad example. */
export function readFitExamples(examples: readonly FitExample[]): FitColumns {
  const issues: MatchIssue[] = [];
  if (!checkList(examples, 'examples', issues)) throwIfIssues(issues);
  const n = examples.length;
  const x = Object.fromEntries(FACTORS.map((f) => [f, new Float64Array(n)])) as Record<Factor, Float64Array>;
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!(i in examples)) continue;
    const e: unknown = examples[i];
    if (!isObject(e)) {
      issues.push({ code: 'invalid_type', path: ['examples', i], message: ISSUE.notObject });
      continue;
    }
    checkLabel(e.label, ['examples', i], issues);
    if (checkFactors(e.factors, ['examples', i, 'factors'], issues)) for (const f of FACTORS) x[f][i] = e.factors[f];
    y[i] = e.label === 1 ? 1 : 0;
  }
  throwIfIssues(issues);
  return { n, x, y };
}

/** Validates ranked examples (ids, finite score, 0/1 label, no pair twice); throws one MatchError naming every bad example. */
export function checkRankedExamples(examples: readonly RankedExample[]): void {
  const issues: MatchIssue[] = [];
  if (!checkList(examples, 'examples', issues)) throwIfIssues(issues);
  const seen = new Map<string, number>();
  examples.forEach((e: unknown, i) => {
    const path = ['examples', i];
    if (!isObject(e)) {
      issues.push({ code: 'invalid_type', path, message: ISSUE.notObject });
      return;
    }
    if (!isId(e.vacancyId)) issues.push({ code: 'invalid_id', path: [...path, 'vacancyId'], message: ISSUE.id('vacancyId', e.vacancyId) });
    if (!isId(e.candidateId)) issues.push({ code: 'invalid_id', path: [...path, 'candidateId'], message: ISSUE.id('candidateId', e.candidateId) });
    if (typeof e.score !== 'number' || !Number.isFinite(e.score)) issues.push({ code: 'invalid_score', path: [...path, 'score'], message: ISSUE.score(e.score) });
    checkLabel(e.label, path, issues);
    if (isId(e.vacancyId) && isId(e.candidateId)) {
      const key = `${e.vacancyId}\u0000${e.candidateId}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else issues.push({ code: 'duplicate_pair', path, message: ISSUE.duplicatePair(first) });
    }
  });
  throwIfIssues(issues);
}
