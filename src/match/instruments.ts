import { showValue } from '../basics/limits.js';
import type { Locale } from './messages.js';
import type { InstrumentSuggestion } from '../rules/index.js';
import { isIsoDate } from '../basics/dates.js';
import { suggestInstrumentsFor } from '../rules/suggest.js';
import type { MatchIndex } from '../engine/compile.js';

export interface InstrumentsOptions {
  /** The day the placement would start: picks the minimum-wage table row. */
  readonly date: string;
  /** @default 'nl' */
  readonly locale?: Locale | undefined;
}

/** Whole years between a birth date and a date, both 'YYYY-MM-DD'. */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The age that picks the (youth) minimum wage, or undefined when unknown. A birth date that gives an
 * age outside 15–120 on `date` is treated as unknown too (the 21+ wage is assumed, and the sentence says so),
 * so a mistyped reporting field can neither throw nor lower a subsidy.
 */
export function subsidyAge(birthDate: string | undefined, date: string): number | undefined {
  if (birthDate === undefined) return undefined;
  const age = ageOn(birthDate, date);
  return age >= 15 && age <= 120 ? age : undefined;
}

/**
 * The instruments for one pair: job coach, wage subsidy with its amount, trial placement, no-riskpolis.
 * Age (from the reporting birth date) is used for the youth minimum wage only, never for a score.
 * Errors name `caller`: the matcher's `instruments`, or `assignPlacements` when it lists instruments.
 */
export function instrumentsFor(ix: MatchIndex, ci: number, vi: number, options: InstrumentsOptions, caller = 'instruments'): InstrumentSuggestion[] {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${caller}: options { date } are required, received ${showValue(options)}`);
  }
  if (!isIsoDate(options.date)) throw new RangeError(`${caller}: date must be an existing date YYYY-MM-DD, got ${showValue(options.date)}`);
  const c = ix.candidates[ci]!;
  const v = ix.vacancies[vi]!;
  return suggestInstrumentsFor(
    {
      ladderStep: c.ladderStep,
      wageValue: c.wageValue,
      targetGroups: c.targetGroups,
      age: subsidyAge(c.birthDate, options.date),
      hoursPerWeek: Math.min(c.hours.max, v.hours.max),
      support: v.support,
      date: options.date,
    },
    { locale: options.locale ?? 'nl' },
    caller,
  );
}
