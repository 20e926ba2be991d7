import { type MatchIssue, throwIfIssues } from '../basics/errors.js';
import { LAST_DATE, shiftDate } from '../basics/dates.js';
import { ISSUE } from './messages.js';
import { checkDate, checkOrder, readOptions } from './validate.js';
import { rulesUsage } from '../basics/messages/en.js';

export interface EvaluationScheduleOptions {
  /** Months after the pilot's start at which it is evaluated, each from 1 to 1200. @default [1, 3, 11] (Noordwijk plan) */
  readonly evaluationMonths?: readonly number[] | undefined;
  /** Months after the pilot's end of the durability follow-up (how many still work at their employer), 1 to 1200. @default 12 */
  readonly followUpMonths?: number | undefined;
}

/** The longest period a checkpoint may lie after the pilot's start or end: 100 years. */
const MAX_MONTHS = 1200;

export interface EvaluationCheckpoint {
  readonly kind: 'evaluation' | 'follow-up';
  /** Whether `months` count from the pilot's start or from its end. */
  readonly from: 'start' | 'end';
  readonly months: number;
  readonly date: string;
}

/** Defaults of {@link EvaluationScheduleOptions}: the Noordwijk plan. */
export const EVALUATION_DEFAULTS = Object.freeze({ evaluationMonths: Object.freeze([1, 3, 11]), followUpMonths: 12 });

/**
 * The evaluation dates of a pilot: 1, 3 and 11 months after its start, and the follow-up one year after its end.
 *
 * @param pilotStart - first day of the pilot, 'YYYY-MM-DD'
 * @param pilotEnd - last day of the pilot, 'YYYY-MM-DD'
 * @param options - other evaluation months or follow-up period
 * @returns the evaluations by month, then the follow-up
 * @throws {MatchError} when a date is invalid, the end lies before the start, or a checkpoint would lie after 9999-12-31
 * @throws {RangeError} when `evaluationMonths` is not an array of whole numbers from 1 to 1200, or `followUpMonths` is not one;
 *   {TypeError} when `options` is not an object
 * @example
 * evaluationSchedule('2025-01-15', '2025-12-31').map((c) => c.date);
 * // → ['2025-02-15', '2025-04-15', '2025-12-15', '2026-12-31']
 */
export function evaluationSchedule(pilotStart: string, pilotEnd: string, options: EvaluationScheduleOptions = {}): EvaluationCheckpoint[] {
  const o = readOptions('evaluationSchedule', options);
  const evaluationMonths = o.evaluationMonths ?? EVALUATION_DEFAULTS.evaluationMonths;
  const followUpMonths = o.followUpMonths ?? EVALUATION_DEFAULTS.followUpMonths;
  if (!Array.isArray(evaluationMonths)) {
    throw new RangeError(rulesUsage.evaluationMonths(evaluationMonths));
  }
  const months = evaluationMonths as readonly unknown[];
  for (let i = 0; i < months.length; i++) {
    if (!(i in months)) throw new RangeError(rulesUsage.evaluationHole(i));
    checkMonths(`evaluationMonths[${i}]`, months[i]);
  }
  checkMonths('followUpMonths', followUpMonths);
  const issues: MatchIssue[] = [];
  const startOk = checkDate(issues, pilotStart, ['pilotStart']);
  const endOk = checkDate(issues, pilotEnd, ['pilotEnd']);
  if (startOk && endOk) checkOrder(issues, pilotStart, pilotEnd, ['pilotEnd']);
  throwIfIssues(issues);
  const at = (date: string, m: number, path: string): string => {
    const shifted = shiftDate(date, m);
    if (shifted === undefined) issues.push({ code: 'date_out_of_range', path: [path], message: ISSUE.dateOutOfRange(`${date} + ${m} months`, LAST_DATE) });
    return shifted ?? date;
  };
  const evaluations = [...evaluationMonths].sort((a, b) => a - b).map((m): EvaluationCheckpoint => ({ kind: 'evaluation', from: 'start', months: m, date: at(pilotStart, m, 'pilotStart') }));
  const followUp: EvaluationCheckpoint = { kind: 'follow-up', from: 'end', months: followUpMonths, date: at(pilotEnd, followUpMonths, 'pilotEnd') };
  throwIfIssues(issues);
  return [...evaluations, followUp];
}

function checkMonths(name: string, m: unknown): asserts m is number {
  if (!Number.isInteger(m) || (m as number) < 1 || (m as number) > MAX_MONTHS) {
    throw new RangeError(rulesUsage.monthsFromTo(name, MAX_MONTHS, m));
  }
}
