import { MatchError, type MatchIssue, throwIfIssues } from '../basics/errors.js';
import { fromDays, isIsoDate, LAST_DATE, shiftDate, toDays } from '../basics/dates.js';
import { ISSUE } from './messages.js';
import { checkArray, checkDate, checkObject, checkOptionalDate, checkOrder, checkString, type Path, plainList } from './validate.js';
import { rulesUsage, usage } from '../basics/messages/en.js';

/** One employment (contract) of a placed person; `end` inclusive, absent while it goes on. */
export interface Employment {
  readonly start: string;
  readonly end?: string | undefined;
  /** When given on several contracts of a chain, they must all be the same. */
  readonly employerId?: string | undefined;
}

export interface DurabilityOptions {
  /** The day to judge on, 'YYYY-MM-DD'. */
  readonly asOf: string;
  /** Calendar months the employment must span (plus one day: it must still run on `durableOn`). @default 6 */
  readonly months?: number | undefined;
  /** Days without a contract allowed between two contracts of a chain. @default 0 (next day) */
  readonly maxGapDays?: number | undefined;
}

export type DurabilityStatus = 'durable' | 'pending' | 'ended-early';

export interface Durability {
  /** `durable`: employed on `durableOn` and `asOf` reached it; `ended-early`: a known end lies before `durableOn` (whatever `asOf`: it can no longer become durable); otherwise `pending`. */
  readonly status: DurabilityStatus;
  /** `start` plus `months` calendar months, month ends clamped. */
  readonly durableOn: string;
  /** First day of the (chained) employment. */
  readonly start: string;
  /** Last day of the continuous employment; absent while it goes on. */
  readonly end?: string;
  /** How many contracts the continuous employment spans; a contract after a longer gap does not count. */
  readonly contracts: number;
}

/** Defaults of {@link DurabilityOptions}: 6 months (a durable placement lasts 6 months and 1 day), no gap. */
export const DURABILITY_DEFAULTS = Object.freeze({ months: 6, maxGapDays: 0 });

/**
 * Judges whether a placement is durable: still employed `months` calendar months after its start.
 *
 * @param employment - one employment, or a chain of contracts with one employer (in any order)
 * @param options - `asOf` (required), `months` (default 6), `maxGapDays` (default 0)
 * @returns the status on `asOf`, the day the employment becomes durable, and the continuous span
 * @throws {MatchError} for invalid dates, an end before its start, an empty chain, a hole in the chain, mixed employers,
 *   or a `durableOn` after 9999-12-31 (the last date the rules compute with)
 * @throws {RangeError} for an invalid `asOf`, `months` or `maxGapDays`; {TypeError} when `options` is not an object
 * @example
 * durability({ start: '2024-08-31' }, { asOf: '2025-03-01' });
 * // → { status: 'durable', durableOn: '2025-02-28', start: '2024-08-31', contracts: 1 }
 */
export function durability(employment: Employment | readonly Employment[], options: DurabilityOptions): Durability {
  const { asOf, months, maxGapDays } = resolveOptions(options);
  const chain = validateEmployment(employment);
  const order = chain.map((_, i) => i).sort((a, b) => toDays(chain[a]!.start) - toDays(chain[b]!.start));
  const sorted = order.map((i) => chain[i]!);
  const first = sorted[0]!;
  const durableOn = shiftDate(first.start, months);
  if (durableOn === undefined) {
    const path = Array.isArray(employment) ? [order[0]!, 'start'] : ['start'];
    throw new MatchError([{ code: 'date_out_of_range', path, message: ISSUE.dateOutOfRange(`start ${first.start} + ${months} months`, LAST_DATE) }]);
  }
  const { endDays, contracts } = continuousEmployment(sorted, maxGapDays);
  const durableDays = toDays(durableOn);
  // A recorded end is taken as known: an extension is a further contract in the chain, not a later end date.
  const status: DurabilityStatus = endDays < durableDays ? 'ended-early' : toDays(asOf) >= durableDays ? 'durable' : 'pending';
  const base = { status, durableOn, start: first.start, contracts };
  return endDays === Infinity ? base : { ...base, end: fromDays(endDays) };
}

/**
 * The continuous employment at the head of a chain sorted by start: how many contracts it spans and its last day
 * (Infinity while it goes on). A contract that starts more than `maxGapDays` days after the span ends stops it.
 */
export function continuousEmployment(sorted: readonly Employment[], maxGapDays = 0): { readonly contracts: number; readonly endDays: number } {
  const first = sorted[0]!;
  let endDays = first.end === undefined ? Infinity : toDays(first.end);
  let contracts = 1;
  for (const next of sorted.slice(1)) {
    if (toDays(next.start) - endDays - 1 > maxGapDays) break;
    endDays = Math.max(endDays, next.end === undefined ? Infinity : toDays(next.end));
    contracts += 1;
  }
  return { contracts, endDays };
}

function resolveOptions(options: DurabilityOptions): { asOf: string; months: number; maxGapDays: number } {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(usage.required('durability', 'asOf', options));
  }
  if (!isIsoDate(options.asOf)) {
    throw new RangeError(usage.isoDate('durability', 'asOf', options.asOf));
  }
  const months = options.months ?? DURABILITY_DEFAULTS.months;
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw new RangeError(rulesUsage.durabilityMonths(months));
  }
  const maxGapDays = options.maxGapDays ?? DURABILITY_DEFAULTS.maxGapDays;
  if (!Number.isInteger(maxGapDays) || maxGapDays < 0) {
    throw new RangeError(rulesUsage.maxGapDays(maxGapDays));
  }
  return { asOf: options.asOf, months, maxGapDays };
}

/** Validates one employment or a chain; every bad field is reported with its path. */
export function validateEmployment(employment: Employment | readonly Employment[], prefix: Path = []): readonly Employment[] {
  const issues: MatchIssue[] = [];
  const isChain = Array.isArray(employment);
  const list = isChain ? (employment as readonly unknown[]) : [employment];
  const pathOf = (i: number): Path => (isChain ? [...prefix, i] : prefix);
  if (isChain && !checkArray(issues, list, prefix)) throwIfIssues(issues);
  if (list.length === 0) issues.push({ code: 'too_small', path: prefix, message: ISSUE.emptyChain() });
  let employerId: string | undefined;
  list.forEach((item, i) => {
    const record = checkObject(issues, item, pathOf(i));
    if (!record) return;
    checkDate(issues, record.start, [...pathOf(i), 'start']);
    if (checkOptionalDate(issues, record.end, [...pathOf(i), 'end'])) {
      checkOrder(issues, record.start, record.end, [...pathOf(i), 'end']);
    }
    const id = record.employerId;
    if (id === undefined) return;
    if (!checkString(issues, id, [...pathOf(i), 'employerId'])) return;
    if (employerId === undefined) employerId = id;
    else if (id !== employerId) {
      issues.push({ code: 'employer_mismatch', path: [...pathOf(i), 'employerId'], message: ISSUE.employerMismatch(employerId, id) });
    }
  });
  throwIfIssues(issues);
  return plainList(list as readonly Employment[]);
}
