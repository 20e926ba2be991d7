import { throwIfIssues, type MatchIssue } from '../basics/errors.js';
import type { Locale } from '../match/messages.js';
import { parseIsoDate, type CivilDate } from '../basics/dates.js';
import { checkArray, plainList, readOptions } from '../rules/validate.js';
import { TARGET_GROUPS } from '../basics/sectors.js';
import { checkList } from './examples.js';
import { FAIRNESS_TEXT, ISSUE, USAGE } from './messages.js';
import { usage } from '../basics/messages/en.js';

/** The reporting fields a fairness report groups candidates by. */
export type FairnessDimension = 'targetGroup' | 'gender' | 'ageBand';

/** The fields of a candidate record the report reads (a `CandidateInput` fits). */
export interface FairnessCandidate {
  readonly id: string;
  readonly targetGroups?: readonly string[] | undefined;
  readonly birthDate?: string | undefined;
  readonly gender?: string | undefined;
}

/** A scored pair: a `Match`, or a placement of an assignment. */
export interface FairnessPair {
  readonly candidateId: string;
  readonly vacancyId: string;
  readonly score: number;
}

/**
 * What to report on. `placements` (e.g. `{ ...assignPlacements(…), candidates }`): a candidate is
 * selected when placed. `matches` (e.g. every vacancy's `rankCandidates`, flattened): a candidate is
 * selected when in the top `k` of at least one vacancy (score descending, then candidate id). In
 * both, `candidates` is the pool the shares are taken of: pass the people available for work.
 */
export type FairnessInput =
  | { readonly candidates: readonly FairnessCandidate[]; readonly placements: readonly FairnessPair[] }
  | { readonly candidates: readonly FairnessCandidate[]; readonly matches: readonly FairnessPair[] };

export interface FairnessReportOptions {
  /** The candidate records with their reporting fields, when the first argument is an assignment or a list of matches. */
  readonly candidates?: readonly FairnessCandidate[] | undefined;
  /** @default ['targetGroup', 'gender', 'ageBand'] */
  readonly groups?: readonly FairnessDimension[] | undefined;
  /** The top-k cut-off for `matches`. @default 10 */
  readonly k?: number | undefined;
  /** The day ages are counted on; required for `'ageBand'`. */
  readonly asOf?: string | undefined;
  /** Lower bounds of the age bands after the first. @default [27, 50] (under 27, 27–49, 50 and over: the jongere and 50-plus target groups) */
  readonly ageBands?: readonly number[] | undefined;
  /** Ratios under this are flagged. @default 0.8 (the four-fifths rule) */
  readonly threshold?: number | undefined;
  /** Groups smaller than this are reported but neither flagged nor used as the reference. @default 10 */
  readonly minGroupSize?: number | undefined;
}

/** One group of one dimension. */
export interface FairnessRow {
  readonly dimension: FairnessDimension;
  /** A target group, a gender value, an age band such as `'27-49'`, or `'unknown'` where the field is absent. */
  readonly group: string;
  readonly candidates: number;
  readonly selected: number;
  /** selected ÷ candidates. */
  readonly selectionRate: number;
  /** Mean over the group's candidates that appear in the input of their best score; null when none appear. */
  readonly meanScore: number | null;
  /** selectionRate ÷ the highest selection rate among the dimension's groups of at least minGroupSize; null when that is 0. */
  readonly ratio: number | null;
  readonly small: boolean;
  /** ratio < threshold for a group of at least minGroupSize. */
  readonly flagged: boolean;
  /**
   * For `'top-k'` only (null for `'placed'`): the group's share of all list entries (a candidate in three vacancies'
   * lists counts three times), of the top-k positions, and of the exposure those positions give, each position r
   * weighing 1 ÷ log2(r + 1) as in NDCG (the exposure measure of Singh & Joachims and LinkedIn's fairness toolkit).
   * A group whose `exposureShare` stays well below its `entryShare` is ranked lower than its presence would explain.
   */
  readonly exposure: { readonly entryShare: number; readonly positionShare: number; readonly exposureShare: number } | null;
}

export interface FairnessReport {
  readonly basis: 'placed' | 'top-k';
  /** The cut-off for `'top-k'`, null for `'placed'`. */
  readonly k: number | null;
  readonly threshold: number;
  readonly minGroupSize: number;
  readonly asOf: string | null;
  readonly candidates: number;
  readonly selected: number;
  /** Per dimension in the order asked, groups in a fixed order (`'unknown'` last). */
  readonly rows: readonly FairnessRow[];
  readonly flagged: readonly FairnessRow[];
}

const ALL: readonly FairnessDimension[] = ['targetGroup', 'gender', 'ageBand'];

function toFairnessInput(value: FairnessInput | { readonly placements: readonly FairnessPair[] } | readonly FairnessPair[], candidates: readonly FairnessCandidate[] | undefined): FairnessInput {
  if (Array.isArray(value)) return { candidates: candidates as readonly FairnessCandidate[], matches: value as readonly FairnessPair[] };
  if (typeof value !== 'object' || value === null) {
    throw new TypeError(USAGE.fairnessInput(value));
  }
  const record = value as Partial<Record<'candidates' | 'placements' | 'matches', unknown>>;
  if (record.candidates === undefined && candidates !== undefined && Array.isArray(record.placements)) {
    return { candidates, placements: record.placements as readonly FairnessPair[] };
  }
  return value as FairnessInput;
}
const UNKNOWN = 'unknown';

/** An array with a value at every index. */
function isDenseArray(value: unknown): value is readonly unknown[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!(i in value)) return false;
  return true;
}

/**
 * Reports, per target group, gender and age band, the share of candidates selected (placed, or in a
 * vacancy's top k), their mean score and the ratio to the best-served group of the same dimension,
 * flagging ratios under 0.8 (the four-fifths rule). The reporting fields never move a score; this
 * shows whether outcomes differ anyway. A candidate in several target groups counts in each.
 *
 * @param matchesOrAssignment - `{ candidates, placements }` or `{ candidates, matches }` (see FairnessInput); or, as in api.md,
 *   an assignment (`{ placements }`) or a list of matches, with the candidates in `options.candidates`
 * @param options - `groups`, `k` (10), `asOf` (needed for age bands), `ageBands` ([27, 50]), `threshold` (0.8), `minGroupSize` (10)
 * @returns plain data; `formatFairnessReport` makes it readable
 * @throws {MatchError} naming every bad record (duplicate or missing candidate id, unknown candidate, non-finite score, bad birthDate,
 *   target groups that are not a list of strings, a gender that is not a string, a hole in a list)
 * @throws {RangeError} for age bands without `asOf`, an unknown dimension, or another misused option; {TypeError} for a first
 *   argument of the wrong shape or `options` that is not an object
 * @example
 * const region = generateSyntheticRegion({ seed: 2026, candidates: 600, vacancies: 60 });
 * const { placements } = assignPlacements(createMatcher(region));
 * const report = fairnessReport({ candidates: region.candidates, placements }, { asOf: '2026-01-01' });
 * console.log(formatFairnessReport(report, { locale: 'en' }));
 * for (const row of report.flagged) console.log(row.dimension, row.group, row.ratio);
 */
export function fairnessReport(matchesOrAssignment: FairnessInput | { readonly placements: readonly FairnessPair[] } | readonly FairnessPair[], options?: FairnessReportOptions): FairnessReport {
  const o = readOptions('fairnessReport', options);
  const input = toFairnessInput(matchesOrAssignment, o.candidates);
  const givenGroups: unknown = o.groups ?? ALL;
  const k = o.k ?? 10;
  const threshold = o.threshold ?? 0.8;
  const minGroupSize = o.minGroupSize ?? 10;
  const givenBands: unknown = o.ageBands ?? [27, 50];
  if (!isDenseArray(givenGroups)) throw new RangeError(USAGE.fairnessGroups(ALL, givenGroups));
  const groups = plainList(givenGroups) as FairnessDimension[];
  for (const g of groups) if (!ALL.includes(g)) throw new RangeError(USAGE.fairnessGroup(ALL, g));
  if (!Number.isInteger(k) || k < 1) throw new RangeError(usage.wholeAtLeast('fairnessReport', 'k', 1, k));
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) throw new RangeError(USAGE.fairnessThreshold(threshold));
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1) throw new RangeError(usage.wholeAtLeast('fairnessReport', 'minGroupSize', 1, minGroupSize));
  if (!isDenseArray(givenBands) || givenBands.length === 0 || !givenBands.every((b, i) => Number.isInteger(b) && (b as number) > 0 && (i === 0 || (b as number) > (givenBands[i - 1] as number)))) {
    throw new RangeError(USAGE.fairnessAgeBands(givenBands));
  }
  const ageBands = plainList(givenBands) as number[];
  const asOf = o.asOf === undefined ? undefined : parseIsoDate(o.asOf);
  if (o.asOf !== undefined && !asOf) throw new RangeError(USAGE.fairnessAsOf(o.asOf));
  if (groups.includes('ageBand') && !asOf) throw new RangeError(USAGE.fairnessAsOfNeeded);
  const placed = 'placements' in input;
  if (placed === 'matches' in input) throw new TypeError(USAGE.fairnessBoth);
  if (!Array.isArray(input.candidates)) {
    throw new TypeError(USAGE.fairnessCandidates);
  }
  const pairs = placed ? input.placements : input.matches;
  const listName = placed ? 'placements' : 'matches';

  const issues: MatchIssue[] = [];
  const candidatesOk = checkList(input.candidates, 'candidates', issues);
  const pairsOk = checkList(pairs, listName, issues);
  if (!candidatesOk || !pairsOk) throwIfIssues(issues);
  const index = new Map<string, number>();
  input.candidates.forEach((c, i) => {
    if (typeof c?.id !== 'string' || c.id.length === 0) issues.push({ code: 'invalid_id', path: ['candidates', i, 'id'], message: ISSUE.id('id', c?.id) });
    else if (index.has(c.id)) issues.push({ code: 'duplicate_id', path: ['candidates', i, 'id'], message: ISSUE.duplicateCandidate(index.get(c.id)!) });
    else index.set(c.id, i);
    if (asOf && groups.includes('ageBand') && c?.birthDate !== undefined && !parseIsoDate(c.birthDate)) {
      issues.push({ code: 'invalid_date', path: ['candidates', i, 'birthDate'], message: ISSUE.birthDate(c.birthDate) });
    }
    const targetGroups: unknown = c?.targetGroups;
    if (targetGroups !== undefined && checkArray(issues, targetGroups, ['candidates', i, 'targetGroups'])) {
      targetGroups.forEach((g, j) => {
        if (typeof g !== 'string') issues.push({ code: 'invalid_type', path: ['candidates', i, 'targetGroups', j], message: ISSUE.text('a target group', g) });
      });
    }
    const gender: unknown = c?.gender;
    if (gender !== undefined && typeof gender !== 'string') issues.push({ code: 'invalid_type', path: ['candidates', i, 'gender'], message: ISSUE.text('gender', gender) });
  });
  pairs.forEach((p, i) => {
    if (typeof p?.candidateId !== 'string' || !index.has(p.candidateId))
      issues.push({ code: 'unknown_candidate', path: [listName, i, 'candidateId'], message: ISSUE.unknownCandidate(p?.candidateId) });
    if (typeof p?.vacancyId !== 'string' || p.vacancyId.length === 0) issues.push({ code: 'invalid_id', path: [listName, i, 'vacancyId'], message: ISSUE.id('vacancyId', p?.vacancyId) });
    if (typeof p?.score !== 'number' || !Number.isFinite(p.score)) issues.push({ code: 'invalid_score', path: [listName, i, 'score'], message: ISSUE.score(p?.score) });
  });
  throwIfIssues(issues);

  const n = input.candidates.length;
  const best = new Float64Array(n).fill(-Infinity);
  for (const p of pairs) {
    const i = index.get(p.candidateId)!;
    best[i] = Math.max(best[i]!, p.score);
  }
  const selected = new Uint8Array(n);
  // Per candidate: list entries, top-k positions and exposure (Σ 1 ÷ log2(rank + 1) over its top-k positions).
  const entries = new Float64Array(n);
  const positions = new Float64Array(n);
  const exposure = new Float64Array(n);
  if (placed) for (const p of pairs) selected[index.get(p.candidateId)!] = 1;
  else {
    for (const list of rankedLists(pairs)) {
      list.forEach((p, r) => {
        const i = index.get(p.candidateId)!;
        entries[i]! += 1;
        if (r >= k) return;
        selected[i] = 1;
        positions[i]! += 1;
        exposure[i]! += 1 / Math.log2(r + 2);
      });
    }
  }
  const total = (xs: Float64Array) => xs.reduce((s, v) => s + v, 0);
  const totals = { entries: total(entries), positions: total(positions), exposure: total(exposure) };
  const share = (xs: Float64Array, list: readonly number[], all: number) => (all > 0 ? list.reduce((s, i) => s + xs[i]!, 0) / all : 0);

  const rows: FairnessRow[] = [];
  for (const dimension of groups) {
    const members = new Map<string, number[]>();
    input.candidates.forEach((c, i) => {
      for (const g of groupsOf(c, dimension, asOf, ageBands)) {
        const list = members.get(g);
        if (list) list.push(i);
        else members.set(g, [i]);
      }
    });
    const order = knownOrder(dimension, ageBands);
    const names = [...members.keys()].sort((a, b) => rank(order, a) - rank(order, b) || (a < b ? -1 : a > b ? 1 : 0));
    const stats = names.map((group) => {
      const list = members.get(group)!;
      const chosen = list.reduce((s, i) => s + selected[i]!, 0);
      const scored = list.filter((i) => best[i]! > -Infinity);
      return {
        group,
        candidates: list.length,
        selected: chosen,
        selectionRate: chosen / list.length,
        meanScore: scored.length ? mean(scored.map((i) => best[i]!)) : null,
        small: list.length < minGroupSize,
        exposure: placed ? null : { entryShare: share(entries, list, totals.entries), positionShare: share(positions, list, totals.positions), exposureShare: share(exposure, list, totals.exposure) },
      };
    });
    const reference = Math.max(0, ...stats.filter((s) => !s.small).map((s) => s.selectionRate));
    for (const s of stats) {
      const ratio = reference > 0 ? s.selectionRate / reference : null;
      rows.push({ dimension, ...s, ratio, flagged: !s.small && ratio !== null && ratio < threshold });
    }
  }
  return {
    basis: placed ? 'placed' : 'top-k',
    k: placed ? null : k,
    threshold,
    minGroupSize,
    asOf: o.asOf ?? null,
    candidates: n,
    selected: selected.reduce((s, v) => s + v, 0),
    rows,
    flagged: rows.filter((r) => r.flagged),
  };
}

export interface FormatFairnessReportOptions {
  /** @default 'nl' */
  readonly locale?: Locale | undefined;
}

/**
 * Renders a fairness report as a plain-text table, one block per dimension, flagged groups marked.
 *
 * @param report - a result of `fairnessReport`
 * @param options - `locale`: `'nl'` (default) or `'en'`
 * @returns the table as one string
 * @throws {RangeError} for an unknown locale; {TypeError} when `report` is not a fairness report or `options` not an object
 * @example
 * declare const report: FairnessReport; // from fairnessReport
 * console.log(formatFairnessReport(report, { locale: 'en' }));
 * // Fairness report — placed; four-fifths rule: flagged below 0.8 × the best-served group
 * // …
 */
export function formatFairnessReport(report: FairnessReport, options?: FormatFairnessReportOptions): string {
  const locale = readOptions('formatFairnessReport', options).locale ?? 'nl';
  if (locale !== 'nl' && locale !== 'en') throw new RangeError(usage.locale('formatFairnessReport', locale));
  if (!isReport(report)) throw new TypeError(USAGE.fairnessReport(report));
  const t = FAIRNESS_TEXT[locale];
  const num = (v: number, digits: number) => v.toFixed(digits).replace('.', locale === 'nl' ? ',' : '.');
  const basis = report.basis === 'placed' ? t.basisPlaced : t.basisTopK(report.k ?? 0);
  const lines = [`${t.title} — ${basis}; ${t.rule(num(report.threshold, 2))}`];
  const widths = [24, 11, 13, 9, 12, 7];
  const cells = (values: readonly string[]) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('');
  lines.push(cells(t.header));
  let last: FairnessDimension | undefined;
  for (const r of report.rows) {
    if (r.dimension !== last) lines.push(t.dimensions[r.dimension]);
    last = r.dimension;
    const note = r.flagged ? `  ${t.flag}` : r.small ? `  (${t.small})` : '';
    lines.push(
      cells([
        `  ${r.group === UNKNOWN ? t.unknown : r.group}`,
        String(r.candidates),
        String(r.selected),
        `${num(r.selectionRate * 100, 1)}%`,
        r.meanScore === null ? '–' : num(r.meanScore, 2),
        r.ratio === null ? '–' : num(r.ratio, 2),
      ]) + note,
    );
  }
  lines.push(report.flagged.length ? t.flagged(report.flagged.length) : t.none);
  return lines.join('\n');
}

/** The mean; where the plain sum of huge (finite) scores overflows, each is divided first. */
function mean(values: readonly number[]): number {
  const sum = values.reduce((s, v) => s + v, 0);
  return Number.isFinite(sum) ? sum / values.length : values.reduce((s, v) => s + v / values.length, 0);
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNumberOrNull = (v: unknown): boolean => v === null || isNumber(v);

/** The shape formatFairnessReport reads: what fairnessReport returns. */
function isReport(value: unknown): value is FairnessReport {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<Record<keyof FairnessReport, unknown>>;
  const isRow = (row: unknown): boolean => {
    if (typeof row !== 'object' || row === null) return false;
    const w = row as Partial<Record<keyof FairnessRow, unknown>>;
    return (
      ALL.includes(w.dimension as FairnessDimension) &&
      typeof w.group === 'string' &&
      isNumber(w.candidates) &&
      isNumber(w.selected) &&
      isNumber(w.selectionRate) &&
      isNumberOrNull(w.meanScore) &&
      isNumberOrNull(w.ratio)
    );
  };
  return (r.basis === 'placed' || r.basis === 'top-k') && isNumber(r.threshold) && (r.k === undefined || isNumberOrNull(r.k)) && isDenseArray(r.rows) && r.rows.every(isRow) && isDenseArray(r.flagged);
}

/** Each vacancy's pairs ranked: score descending, then candidate id (as rankCandidates orders them). */
function rankedLists(pairs: readonly FairnessPair[]): FairnessPair[][] {
  const byVacancy = new Map<string, FairnessPair[]>();
  for (const p of pairs) {
    const list = byVacancy.get(p.vacancyId);
    if (list) list.push(p);
    else byVacancy.set(p.vacancyId, [p]);
  }
  const lists = [...byVacancy.values()];
  for (const list of lists) list.sort((a, b) => b.score - a.score || (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0));
  return lists;
}

function groupsOf(c: FairnessCandidate, dimension: FairnessDimension, asOf: CivilDate | undefined, bands: readonly number[]): readonly string[] {
  if (dimension === 'targetGroup') return c.targetGroups?.length ? [...new Set(c.targetGroups)] : [UNKNOWN];
  if (dimension === 'gender') return [c.gender ?? UNKNOWN];
  const born = parseIsoDate(c.birthDate);
  if (!born || !asOf) return [UNKNOWN];
  const age = asOf.year - born.year - (asOf.month < born.month || (asOf.month === born.month && asOf.day < born.day) ? 1 : 0);
  return [bandLabels(bands)[bands.filter((b) => age >= b).length]!];
}

function bandLabels(bands: readonly number[]): string[] {
  return [`<${bands[0]}`, ...bands.map((b, i) => (i + 1 < bands.length ? `${b}-${bands[i + 1]! - 1}` : `${b}+`))];
}

function knownOrder(dimension: FairnessDimension, bands: readonly number[]): readonly string[] {
  if (dimension === 'targetGroup') return TARGET_GROUPS;
  if (dimension === 'ageBand') return bandLabels(bands);
  return [];
}

// Known values first in their fixed order, then others, then 'unknown'.
const rank = (order: readonly string[], g: string): number => (g === UNKNOWN ? order.length + 1 : order.includes(g) ? order.indexOf(g) : order.length);
