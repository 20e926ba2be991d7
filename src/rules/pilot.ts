// Pilot placements followed over time: the record shapes, their validation, and what a placement looked like on a given day.
import { type MatchIssue, throwIfIssues } from '../basics/errors.js';
import { fromDays, isIsoDate, LAST_DATE, shiftDate, toDays } from '../basics/dates.js';
import { MAX_LENGTH, showValue } from '../basics/limits.js';
import { TARGET_GROUPS, type TargetGroup } from '../basics/sectors.js';
import { type Perspective, readPerspective, unknownPerspectiveMessage } from '../basics/perspectives.js';
import { continuousEmployment } from './durability.js';
import { ISSUE } from './messages.js';
import { checkArray, checkBoolean, checkDate, checkNumber, checkObject, checkOptionalDate, checkOrder, checkString, type Path, plainList } from './validate.js';
import { rulesUsage, usage } from '../basics/messages/en.js';

/** One contract of a placement's chain with one employer; `end` inclusive, absent while it goes on. */
export interface PilotContract {
  readonly start: string;
  readonly end?: string | undefined;
  /** Contract hours a week, 0 to 60; absent: the placement's `hoursPerWeek`. */
  readonly hoursPerWeek?: number | undefined;
}

/** When a placement's employment ran: `start` and `end`, or a chain of `contracts` with the one employer. */
export interface PilotEmployment {
  /** First day, 'YYYY-MM-DD'. May be left out when `contracts` is given; when given too, it must be the first contract's start. */
  readonly start?: string | undefined;
  /** Last day (inclusive); absent while it goes on. With `contracts`, leave it out or give the last contract's end. */
  readonly end?: string | undefined;
  /** Contract hours a week, 0 to 60 (the Arbeidstijdenwet's weekly maximum); a contract without its own hours takes these. */
  readonly hoursPerWeek?: number | undefined;
  /**
   * The chain of contracts with this employer, in any order; replaces `start` and `end`. Contracts that follow on the next day
   * (or overlap) are one employment, as in `durability`; a day without a contract ends the placement, and a contract after
   * that gap is not part of it (record a return to the employer as a new placement).
   */
  readonly contracts?: readonly PilotContract[] | undefined;
}

/** A target group as a placement may spell it: the canonical word in any letter case, such as the seeds' `NUG`. */
export type TargetGroupInput = TargetGroup | 'NUG';

export interface PilotPlacement extends PilotEmployment {
  readonly candidateId: string;
  /** Must be one of the `employers`. */
  readonly employerId: string;
  /** The placed person's municipality: CBS code (`GM0575`) or name. */
  readonly municipality: string;
  readonly targetGroups?: readonly TargetGroupInput[] | undefined;
  /** The person's perspective (seeds/001), for the counts per perspective; the seeds' spelling `werken aan` is read as `werken-aan`. */
  readonly perspective?: Perspective | 'werken aan' | undefined;
  /** Full-time or part-time for the notional savings; absent: from the hours (at least `fullTimeHours`, default 32, is full-time). */
  readonly fullTime?: boolean | undefined;
}

export interface PilotEmployer {
  readonly id: string;
  /** Employer from the white-spot plan (new to the service). @default false */
  readonly whiteSpot?: boolean | undefined;
}

/** `approach`: written to or called (aangeschreven); `appointment`: a contact appointment made (contactafspraak); `visit`: a contact visit (contactbezoek). */
export type ContactKind = 'approach' | 'appointment' | 'visit';

export interface EmployerContact {
  /** Must be one of the `employers`. */
  readonly employerId: string;
  readonly date: string;
  readonly kind: ContactKind;
}

/** The contact kinds in pipeline order: an approach comes before an appointment, an appointment before a visit. */
export const CONTACT_KINDS: readonly ContactKind[] = Object.freeze(['approach', 'appointment', 'visit'] as const);

/** Hours a week of one job unit (arbeidsplaats) under the banenafspraak (Wet banenafspraak en quotum arbeidsbeperkten). */
export const JOB_UNIT_HOURS = 25.5;

/** The most contract hours a week: the Arbeidstijdenwet's weekly maximum. */
const MAX_WEEK_HOURS = 60;

/**
 * Job units of a job under the banenafspraak: hours a week ÷ 25.5.
 *
 * @param hoursPerWeek - contract hours a week, 0 to 60
 * @returns the job's units, unrounded (20 hours → 0.784…)
 * @throws {TypeError} when `hoursPerWeek` is not a number; {RangeError} when it is not finite or outside 0 to 60
 * @example
 * jobUnits(25.5); // → 1
 */
export function jobUnits(hoursPerWeek: number): number {
  if (typeof hoursPerWeek !== 'number') throw new TypeError(rulesUsage.hoursType(hoursPerWeek));
  if (!(hoursPerWeek >= 0 && hoursPerWeek <= MAX_WEEK_HOURS)) {
    throw new RangeError(rulesUsage.hoursRange(MAX_WEEK_HOURS, hoursPerWeek));
  }
  return hoursPerWeek / JOB_UNIT_HOURS;
}

/**
 * Whether a placed person works at the placement's employer on `asOf`: from the first contract's start through the end of the
 * continuous employment (`end` inclusive, absent = still working). A chain of contracts counts as one employment as long as each
 * starts by the day after the previous one ends; from the first day without a contract the person no longer counts.
 *
 * @param placement - `start` and `end`, or `contracts` (other fields are not read)
 * @param asOf - the day to judge on, 'YYYY-MM-DD'
 * @returns true when employed on `asOf`; false before the start and after the end
 * @throws {MatchError} naming every bad field (invalid dates, an end before its start, an empty chain, a `start` or `end` that
 *   contradicts the chain); {RangeError} for an invalid `asOf`
 * @example
 * stillEmployed({ contracts: [{ start: '2025-01-01', end: '2025-06-30' }, { start: '2025-07-01' }] }, '2026-01-01'); // → true
 */
export function stillEmployed(placement: PilotEmployment, asOf: string): boolean {
  if (!isIsoDate(asOf)) throw new RangeError(usage.isoDate('stillEmployed', 'asOf', asOf));
  const issues: MatchIssue[] = [];
  const record = checkObject(issues, placement, []);
  if (record) checkEmployment(issues, record, []);
  throwIfIssues(issues);
  return employedOn(contractsOf(placement), toDays(asOf));
}

// ---------------------------------------------------------------------------------------------
// Reading validated placements.

/** A validated placement's contracts sorted by start, each with its hours (the placement's where the contract gives none). */
export function contractsOf(p: PilotEmployment): PilotContract[] {
  const hours = p.hoursPerWeek;
  if (p.contracts === undefined) return [withHours(p.start!, p.end, hours)];
  return plainList(p.contracts)
    .map((c) => withHours(c.start, c.end, c.hoursPerWeek ?? hours))
    .sort((a, b) => toDays(a.start) - toDays(b.start) || endDays(a) - endDays(b));
}

/** First day of a validated placement. */
export function startOf(p: PilotEmployment): string {
  if (p.contracts === undefined) return p.start!;
  let first = p.contracts[0]!.start;
  for (let i = 1; i < p.contracts.length; i++) if (toDays(p.contracts[i]!.start) < toDays(first)) first = p.contracts[i]!.start;
  return first;
}

/**
 * The chain as it was known on `date`: contracts begun by then, an end after `date` not yet known (a contract that runs on looks
 * open-ended). Empty when nothing had started.
 */
export function knownOn(chain: readonly PilotContract[], date: string): PilotContract[] {
  const day = toDays(date);
  return chain.filter((c) => toDays(c.start) <= day).map((c) => (c.end !== undefined && toDays(c.end) > day ? withoutEnd(c) : c));
}

/** True when a sorted chain's continuous employment covers day `day`. */
export function employedOn(chain: readonly PilotContract[], day: number): boolean {
  const first = chain[0];
  return first !== undefined && day >= toDays(first.start) && day <= continuousEmployment(chain).endDays;
}

/** Hours a week of the last contract of a sorted chain's continuous employment; undefined when it gives none. */
export function hoursOf(chain: readonly PilotContract[]): number | undefined {
  if (chain.length === 0) return undefined;
  return chain[continuousEmployment(chain).contracts - 1]!.hoursPerWeek;
}

/** The target groups of a validated placement, canonical and without repeats. */
export function targetGroupsOf(p: PilotPlacement): TargetGroup[] {
  return [...new Set(plainList(p.targetGroups ?? []).map((g) => readTargetGroup(g)!))];
}

/** The canonical perspective of a validated placement, or undefined when it gives none. */
export function perspectiveOf(p: PilotPlacement): Perspective | undefined {
  return p.perspective === undefined ? undefined : readPerspective(p.perspective);
}

/** Checks a placement's perspective: absent, or one of the three in any spelling `readPerspective` reads. */
export function checkPerspective(issues: MatchIssue[], value: unknown, path: Path): void {
  if (value !== undefined && readPerspective(value) === undefined) issues.push({ code: 'invalid_value', path, message: unknownPerspectiveMessage(value, showValue) });
}

/** The canonical target group of an input value (any letter case: `NUG` is `nug`), or undefined. */
export function readTargetGroup(value: unknown): TargetGroup | undefined {
  if (typeof value !== 'string' || value.length > MAX_LENGTH.word) return undefined;
  const lower = value.toLowerCase();
  return TARGET_GROUPS.find((g) => g === lower);
}

// ---------------------------------------------------------------------------------------------
// Validation: every check records issues with their paths and goes on.

/**
 * Checks a placement's employment fields: `start`/`end` or `contracts`, `hoursPerWeek`, `fullTime`. With `months`, the first
 * start plus `months` must not pass 9999-12-31 (the durability date is computed from it).
 */
export function checkEmployment(issues: MatchIssue[], p: Readonly<Record<string, unknown>>, path: Path, months?: number): void {
  checkSpan(issues, p, path, months);
  checkHours(issues, p.hoursPerWeek, [...path, 'hoursPerWeek']);
  checkBoolean(issues, p.fullTime, [...path, 'fullTime'], true);
}

function checkSpan(issues: MatchIssue[], p: Readonly<Record<string, unknown>>, path: Path, months: number | undefined): void {
  if (p.contracts === undefined) {
    if (checkDate(issues, p.start, [...path, 'start'])) checkDurableOnInRange(issues, p.start, [...path, 'start'], months);
    if (checkOptionalDate(issues, p.end, [...path, 'end'])) checkOrder(issues, p.start, p.end, [...path, 'end']);
    return;
  }
  const before = issues.length;
  const contracts = p.contracts;
  if (!checkArray(issues, contracts, [...path, 'contracts'])) return;
  if (contracts.length === 0) issues.push({ code: 'too_small', path: [...path, 'contracts'], message: ISSUE.emptyChain() });
  contracts.forEach((item, i) => {
    const c = checkObject(issues, item, [...path, 'contracts', i]);
    if (!c) return;
    checkDate(issues, c.start, [...path, 'contracts', i, 'start']);
    if (checkOptionalDate(issues, c.end, [...path, 'contracts', i, 'end'])) checkOrder(issues, c.start, c.end, [...path, 'contracts', i, 'end']);
    checkHours(issues, c.hoursPerWeek, [...path, 'contracts', i, 'hoursPerWeek']);
  });
  const startOk = p.start === undefined || checkDate(issues, p.start, [...path, 'start']);
  const endOk = checkOptionalDate(issues, p.end, [...path, 'end']);
  if (issues.length > before || contracts.length === 0) return;
  const chain = contractsOf({ contracts: contracts as readonly PilotContract[] });
  const first = chain[0]!;
  let firstIndex = 0;
  contracts.forEach((c, i) => {
    if (toDays((c as PilotContract).start) < toDays((contracts[firstIndex] as PilotContract).start)) firstIndex = i;
  });
  checkDurableOnInRange(issues, first.start, [...path, 'contracts', firstIndex, 'start'], months);
  if (startOk && p.start !== undefined && p.start !== first.start) {
    issues.push({ code: 'contract_mismatch', path: [...path, 'start'], message: ISSUE.contractMismatch('start', p.start as string, "the first contract's start", first.start) });
  }
  const last = chain[chain.length - 1]!;
  if (endOk && p.end !== undefined && p.end !== last.end) {
    issues.push({ code: 'contract_mismatch', path: [...path, 'end'], message: ISSUE.contractMismatch('end', p.end as string, "the last contract's end", last.end) });
  }
}

/** Checks the employers: an object each, a unique non-empty `id`, an optional boolean `whiteSpot`. Returns the ids. */
export function checkEmployers(issues: MatchIssue[], list: unknown, path: Path): Set<string> {
  const ids = new Set<string>();
  eachRecord(issues, list, path, (e, at) => {
    if (checkString(issues, e.id, [...at, 'id'])) {
      if (ids.has(e.id)) issues.push({ code: 'duplicate_id', path: [...at, 'id'], message: ISSUE.duplicateId(e.id) });
      ids.add(e.id);
    }
    checkBoolean(issues, e.whiteSpot, [...at, 'whiteSpot'], true);
  });
  return ids;
}

/** Records an issue unless `value` is the id of one of the employers. */
export function checkEmployerId(issues: MatchIssue[], value: unknown, path: Path, employerIds: ReadonlySet<string>): void {
  if (checkString(issues, value, path) && !employerIds.has(value)) issues.push({ code: 'unknown_employer', path, message: ISSUE.unknownEmployer(value) });
}

/** Checks a placement's target groups: an array of known groups in any letter case. */
export function checkTargetGroups(issues: MatchIssue[], groups: unknown, path: Path): void {
  if (groups === undefined || !checkArray(issues, groups, path)) return;
  groups.forEach((g, j) => {
    if (readTargetGroup(g) === undefined) issues.push({ code: 'invalid_value', path: [...path, j], message: ISSUE.unknownTargetGroup(g) });
  });
}

/** Checks the contacts: an object each, with a known employer, a date and a kind. */
export function checkContacts(issues: MatchIssue[], list: unknown, path: Path, employerIds: ReadonlySet<string>): void {
  eachRecord(issues, list, path, (c, at) => {
    checkEmployerId(issues, c.employerId, [...at, 'employerId'], employerIds);
    checkDate(issues, c.date, [...at, 'date']);
    if (!(CONTACT_KINDS as readonly unknown[]).includes(c.kind)) {
      issues.push({ code: 'invalid_value', path: [...at, 'kind'], message: ISSUE.invalidValue("'approach', 'appointment' or 'visit'", c.kind) });
    }
  });
}

/**
 * Checks pilot placements: every field but how the municipality compares with a home municipality (`indicators` adds that),
 * then overlaps between the placements of one candidate.
 */
export function checkPlacements(issues: MatchIssue[], list: unknown, path: Path, employerIds: ReadonlySet<string>, months?: number): void {
  const valid: number[] = [];
  eachRecord(issues, list, path, (p, at) => {
    const before = issues.length;
    checkString(issues, p.candidateId, [...at, 'candidateId']);
    checkEmployerId(issues, p.employerId, [...at, 'employerId'], employerIds);
    checkString(issues, p.municipality, [...at, 'municipality']);
    checkEmployment(issues, p, at, months);
    checkTargetGroups(issues, p.targetGroups, [...at, 'targetGroups']);
    checkPerspective(issues, p.perspective, [...at, 'perspective']);
    if (issues.length === before) valid.push(at[at.length - 1] as number);
  });
  if (valid.length > 0) checkOverlaps(issues, list as readonly PilotPlacement[], valid, path);
}

/**
 * One person works for one employer at a time: placements of one candidate whose contracts share a day are an
 * `overlapping_employment` issue at each of them. Only placements without other issues are compared (call it after the
 * per-record checks, passing the indexes that passed them).
 */
export function checkOverlaps(issues: MatchIssue[], placements: readonly PilotPlacement[], valid: readonly number[], path: Path): void {
  const byCandidate = new Map<string, { index: number; start: number; end: number }[]>();
  for (const index of valid) {
    const p = placements[index]!;
    const spans = byCandidate.get(p.candidateId) ?? [];
    byCandidate.set(p.candidateId, spans);
    for (const c of contractsOf(p)) spans.push({ index, start: toDays(c.start), end: endDays(c) });
  }
  const clash = new Map<number, { other: number; day: number }>();
  for (const spans of byCandidate.values()) {
    spans.sort((a, b) => a.start - b.start || a.index - b.index);
    let reach = -Infinity;
    let owner = -1;
    for (const s of spans) {
      if (s.start <= reach && owner !== s.index) {
        if (!clash.has(s.index)) clash.set(s.index, { other: owner, day: s.start });
        if (!clash.has(owner)) clash.set(owner, { other: s.index, day: s.start });
      }
      if (s.end > reach) [reach, owner] = [s.end, s.index];
    }
  }
  for (const index of [...clash.keys()].sort((a, b) => a - b)) {
    const { other, day } = clash.get(index)!;
    const [p, q] = [placements[index]!, placements[other]!];
    const message = ISSUE.overlappingEmployment(p.candidateId, other, q.employerId, fromDays(day), p.employerId === q.employerId);
    issues.push({ code: 'overlapping_employment', path: [...path, index], message });
  }
}

/** Calls `check` for every object in `list` (an issue for anything else, and for holes). */
export function eachRecord(issues: MatchIssue[], list: unknown, path: Path, check: (record: Readonly<Record<string, unknown>>, path: Path) => void): void {
  if (!checkArray(issues, list, path)) return;
  list.forEach((item, i) => {
    const record = checkObject(issues, item, [...path, i]);
    if (record) check(record, [...path, i]);
  });
}

function checkHours(issues: MatchIssue[], value: unknown, path: Path): void {
  if (value !== undefined) checkNumber(issues, value, path, { min: 0, max: MAX_WEEK_HOURS, describe: `hours a week from 0 to ${MAX_WEEK_HOURS}` });
}

function checkDurableOnInRange(issues: MatchIssue[], start: string, path: Path, months: number | undefined): void {
  if (months !== undefined && shiftDate(start, months) === undefined) {
    issues.push({ code: 'date_out_of_range', path, message: ISSUE.dateOutOfRange(`start + ${months} months`, LAST_DATE) });
  }
}

const endDays = (c: PilotContract): number => (c.end === undefined ? Infinity : toDays(c.end));

// Built field by field so an absent value stays absent (exactOptionalPropertyTypes).
function withHours(start: string, end: string | undefined, hoursPerWeek: number | undefined): PilotContract {
  if (end === undefined) return hoursPerWeek === undefined ? { start } : { start, hoursPerWeek };
  return hoursPerWeek === undefined ? { start, end } : { start, end, hoursPerWeek };
}

function withoutEnd(c: PilotContract): PilotContract {
  return withHours(c.start, undefined, c.hoursPerWeek);
}
