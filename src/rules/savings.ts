import { type MatchIssue, throwIfIssues } from '../basics/errors.js';
import { parseIsoDate } from '../basics/dates.js';
import { RULE_PARAMETERS } from './tables.js';
import { checkArray, checkBoolean, checkDate, checkObject, type Path, plainList } from './validate.js';

export interface SavingsPlacement {
  /** First day of the job (outflow from assistance), 'YYYY-MM-DD'. */
  readonly start: string;
  readonly fullTime: boolean;
}

export interface NotionalSaving {
  readonly amount: number;
  /** 1 for a start in January–June, 2 for July–December. */
  readonly halfYear: 1 | 2;
  readonly fullTime: boolean;
}

export interface NotionalSavings {
  /** Sum of all placements, euros. */
  readonly total: number;
  /** One entry per placement, in input order. */
  readonly perPlacement: readonly NotionalSaving[];
}

/**
 * The fictieve besparing of placements: €13,000 / €6,500 full-time and €3,250 / €1,625 part-time, by half-year of start.
 *
 * @param placements - start date and full- or part-time of each placement
 * @returns the total and the saving per placement
 * @throws {MatchError} naming every placement with an invalid start or a missing `fullTime`
 * @example
 * notionalSavings([{ start: '2026-03-01', fullTime: true }, { start: '2026-09-01', fullTime: false }]).total; // → 14625
 */
export function notionalSavings(placements: readonly SavingsPlacement[]): NotionalSavings {
  const issues: MatchIssue[] = [];
  checkSavingsPlacements(issues, placements, []);
  throwIfIssues(issues);
  const norms = RULE_PARAMETERS.notionalSavings;
  const perPlacement = plainList(placements).map(({ start, fullTime }): NotionalSaving => {
    const halfYear = parseIsoDate(start)!.month <= 6 ? 1 : 2;
    const row = fullTime ? norms.fullTime : norms.partTime;
    return { amount: halfYear === 1 ? row.firstHalf : row.secondHalf, halfYear, fullTime };
  });
  return { total: perPlacement.reduce((sum, p) => sum + p.amount, 0), perPlacement };
}

/** Checks a list of `{ start, fullTime }` placements, naming each bad one under `path`. */
export function checkSavingsPlacements(issues: MatchIssue[], placements: unknown, path: Path): void {
  if (!checkArray(issues, placements, path)) return;
  placements.forEach((item, i) => {
    const r = checkObject(issues, item, [...path, i]);
    if (!r) return;
    checkDate(issues, r.start, [...path, i, 'start']);
    checkBoolean(issues, r.fullTime, [...path, i, 'fullTime']);
  });
}
