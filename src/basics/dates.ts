// Calendar dates as 'YYYY-MM-DD' strings, computed on integer day numbers (days since 1970-01-01).
// No Date objects, so no time zones and no daylight-saving traps.
import { dates } from './messages/en.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parts of a calendar date; month 1–12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** True for a leap year of the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses a strict 'YYYY-MM-DD' string; undefined for anything else (wrong shape, 2025-02-29, non-strings). */
export function parseIsoDate(value: unknown): CivilDate | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a valid 'YYYY-MM-DD' calendar date. */
export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== undefined;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function daysFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (H. Hinnant's civil_from_days). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Formats date parts as 'YYYY-MM-DD'. */
export function formatIsoDate({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first and last dates the rules compute with (four-digit years); a result outside them is an input issue. */
export const FIRST_DATE = '0001-01-01';
export const LAST_DATE = '9999-12-31';
// -719162 and 2932896: days_from_civil of FIRST_DATE and LAST_DATE.
const FIRST_DAY = -719162;
const LAST_DAY = 2932896;

/** True when a day number lies in the supported range FIRST_DATE … LAST_DATE. */
export function inDateRange(days: number): boolean {
  return Number.isInteger(days) && days >= FIRST_DAY && days <= LAST_DAY;
}

/** Day number of a date the caller has already validated. */
export function toDays(date: string): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(dates.notDate('toDays', date));
  return daysFromCivil(parts);
}

/** The 'YYYY-MM-DD' date of a day number in the supported range. */
export function fromDays(days: number): string {
  if (!inDateRange(days)) throw new RangeError(dates.dayOutside(days, FIRST_DATE, LAST_DATE));
  return formatIsoDate(civilFromDays(days));
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: string, days: number): string {
  return fromDays(toDays(date) + days);
}

/** `date` plus `months` calendar months; a day past the target month's end clamps to it (08-31 + 6 → 02-28/29). */
export function addMonths(date: string, months: number): string {
  const result = shiftDate(date, months);
  if (result === undefined) throw new RangeError(dates.monthsOutside(date, months, FIRST_DATE, LAST_DATE));
  return result;
}

/**
 * `date` plus `months` calendar months (month ends clamped) plus `days` days, or undefined when the result
 * leaves FIRST_DATE … LAST_DATE; `date` must be valid. Rules use it to report such a date as an input issue.
 */
export function shiftDate(date: string, months: number, days = 0): string | undefined {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(dates.notDate('shiftDate', date));
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const n = daysFromCivil({ year, month, day: Math.min(parts.day, daysInMonth(year, month)) }) + days;
  return inDateRange(n) ? formatIsoDate(civilFromDays(n)) : undefined;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDays(to) - toDays(from);
}
