import { type MatchIssue, throwIfIssues } from '../errors.js';
import { addMonths } from './dates.js';
import { checkDate, checkOrder } from './validate.js';

export interface EvaluationScheduleOptions {
  /** Months after the pilot's start at which it is evaluated. @default [1, 3, 11] (Noordwijk plan) */
  readonly evaluationMonths?: readonly number[] | undefined;
  /** Months after the pilot's end of the durability follow-up (how many still work at their employer). @default 12 */
  readonly followUpMonths?: number | undefined;
}

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
 * @throws {MatchError} when a date is invalid or the end lies before the start
 * @throws {RangeError} when a month count is not a whole number of at least 1
 * @example
 * evaluationSchedule('2025-01-15', '2025-12-31').map((c) => c.date);
 * // → ['2025-02-15', '2025-04-15', '2025-12-15', '2026-12-31']
 */
export function evaluationSchedule(pilotStart: string, pilotEnd: string, options: EvaluationScheduleOptions = {}): EvaluationCheckpoint[] {
  const evaluationMonths = options.evaluationMonths ?? EVALUATION_DEFAULTS.evaluationMonths;
  const followUpMonths = options.followUpMonths ?? EVALUATION_DEFAULTS.followUpMonths;
  for (const m of [...evaluationMonths, followUpMonths]) {
    if (!Number.isInteger(m) || m < 1) {
      throw new RangeError(`evaluationSchedule: months must be whole numbers of at least 1, received ${String(m)}`);
    }
  }
  const issues: MatchIssue[] = [];
  const startOk = checkDate(issues, pilotStart, ['pilotStart']);
  if (checkDate(issues, pilotEnd, ['pilotEnd']) && startOk) checkOrder(issues, pilotStart, pilotEnd, ['pilotEnd']);
  throwIfIssues(issues);
  const evaluations = [...evaluationMonths]
    .sort((a, b) => a - b)
    .map((months): EvaluationCheckpoint => ({ kind: 'evaluation', from: 'start', months, date: addMonths(pilotStart, months) }));
  return [...evaluations, { kind: 'follow-up', from: 'end', months: followUpMonths, date: addMonths(pilotEnd, followUpMonths) }];
}
