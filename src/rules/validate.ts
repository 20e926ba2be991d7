// Small checks that collect every problem as a MatchIssue instead of stopping at the first.
import type { MatchIssue } from '../basics/errors.js';
import { isIsoDate, toDays } from '../basics/dates.js';
import { ISSUE } from './messages.js';
import { usage } from '../basics/messages/en.js';

export type Path = readonly (string | number)[];

export interface NumberRange {
  readonly min?: number;
  readonly max?: number;
  /** The minimum itself is not allowed, e.g. wage value in (0, 1]. */
  readonly minExclusive?: boolean;
  readonly integer?: boolean;
  /** How the range reads in a message, e.g. `'a number in (0, 1]'`. */
  readonly describe: string;
}

/** Records an issue unless `value` is a valid 'YYYY-MM-DD' date. */
export function checkDate(issues: MatchIssue[], value: unknown, path: Path): value is string {
  if (isIsoDate(value)) return true;
  issues.push({ code: 'invalid_date', path, message: ISSUE.invalidDate(value) });
  return false;
}

/** Like checkDate, but absent (`undefined`) is fine. */
export function checkOptionalDate(issues: MatchIssue[], value: unknown, path: Path): boolean {
  return value === undefined || checkDate(issues, value, path);
}

/** Records an issue unless `value` is a finite number inside `range`. */
export function checkNumber(issues: MatchIssue[], value: unknown, path: Path, range: NumberRange): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.push({ code: 'invalid_type', path, message: ISSUE.invalidType('a finite number', value) });
    return false;
  }
  if (range.integer && !Number.isInteger(value)) {
    issues.push({ code: 'not_integer', path, message: ISSUE.notInteger(value) });
    return false;
  }
  const low = range.min === undefined ? false : range.minExclusive ? value <= range.min : value < range.min;
  const high = range.max !== undefined && value > range.max;
  if (low || high) {
    issues.push({ code: 'out_of_range', path, message: ISSUE.outOfRange(value, range.describe) });
    return false;
  }
  return true;
}

/** Records an issue unless `value` is a boolean (or absent when `optional`). */
export function checkBoolean(issues: MatchIssue[], value: unknown, path: Path, optional = false): boolean {
  if (typeof value === 'boolean' || (optional && value === undefined)) return true;
  issues.push({ code: 'invalid_type', path, message: ISSUE.invalidType('true or false', value) });
  return false;
}

/** Records an issue unless `value` is a non-empty string. */
export function checkString(issues: MatchIssue[], value: unknown, path: Path): value is string {
  if (typeof value === 'string' && value.length > 0) return true;
  issues.push({ code: 'invalid_type', path, message: ISSUE.invalidType('a non-empty string', value) });
  return false;
}

/** Records an issue when both dates are valid and `end` lies before `start`. */
export function checkOrder(issues: MatchIssue[], start: unknown, end: unknown, endPath: Path): void {
  if (isIsoDate(start) && isIsoDate(end) && toDays(end) < toDays(start)) {
    issues.push({ code: 'end_before_start', path: endPath, message: ISSUE.endBeforeStart(start, end) });
  }
}

/** Records an issue unless `value` is an object; returns it as a record to read fields from. */
export function checkObject(issues: MatchIssue[], value: unknown, path: Path): Readonly<Record<string, unknown>> | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  issues.push({ code: 'invalid_type', path, message: ISSUE.invalidType('an object', value) });
  return undefined;
}

/** Holes reported one by one per array; the rest are counted in one issue. */
const HOLES_SHOWN = 20;
/** Arrays longer than this are checked for holes through their keys, not index by index. */
const SCAN_LENGTH = 1_000_000;
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

/**
 * Records an issue unless `value` is an array, and one `array_hole` issue per hole (`[a, , b]`) at its index.
 * True when the items can be checked one by one (forEach skips the holes): an array that is not a huge sparse one.
 */
export function checkArray(issues: MatchIssue[], value: unknown, path: Path): value is readonly unknown[] {
  if (!Array.isArray(value)) {
    issues.push({ code: 'invalid_type', path, message: ISSUE.invalidType('an array', value) });
    return false;
  }
  const list = value as readonly unknown[];
  const { length } = list;
  let present: number[] | undefined;
  if (length > SCAN_LENGTH) {
    present = Object.keys(list)
      .filter((k) => INDEX_KEY.test(k) && Number(k) < length)
      .map(Number);
    if (present.length === length) return true;
  }
  let holes = 0;
  const hole = (i: number): void => {
    if (++holes <= HOLES_SHOWN) issues.push({ code: 'array_hole', path: [...path, i], message: ISSUE.arrayHole() });
  };
  if (present === undefined) {
    for (let i = 0; i < length; i++) if (!(i in list)) hole(i);
  } else {
    // A huge, mostly empty array: name the first holes and count the rest; its items are not walked.
    present.sort((a, b) => a - b);
    let expected = 0;
    for (const i of [...present, length]) {
      for (; expected < i && holes < HOLES_SHOWN; expected++) hole(expected);
      expected = i + 1;
    }
    holes = length - present.length;
  }
  if (holes > HOLES_SHOWN) issues.push({ code: 'array_hole', path, message: ISSUE.moreHoles(holes - HOLES_SHOWN) });
  return present === undefined;
}

/**
 * A plain copy of a validated list. The caller's array may carry own properties such as `constructor`, which
 * `map`, `filter` and `slice` would read to build their result.
 */
export function plainList<T>(list: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out;
}

/** The options argument of `fn`: absent is `{}`; null, an array or a non-object is a TypeError naming `fn`. */
export function readOptions<T extends object>(fn: string, options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(usage.optionsReceived(fn, options));
  }
  return options;
}

/** Rounds euros to cents, half away from zero, immune to binary representation (1.005 → 1.01). */
export function roundCents(amount: number): number {
  const cents = Math.round(Math.abs(amount) * 100 * (1 + 1e-12));
  return (Math.sign(amount) * cents) / 100 || 0;
}
