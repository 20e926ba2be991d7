import type { Locale } from '../messages.js';
import { suggestInstruments, type InstrumentSuggestion } from '../rules/index.js';
import { isIsoDate } from '../rules/dates.js';
import type { MatchIndex } from './compile.js';

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
 * The instruments for one pair: job coach, wage subsidy with its amount, trial placement, no-riskpolis.
 * Age (from the reporting birth date) is used for the youth minimum wage only, never for a score.
 */
export function instrumentsFor(ix: MatchIndex, ci: number, vi: number, options: InstrumentsOptions): InstrumentSuggestion[] {
  if (!isIsoDate(options.date)) throw new RangeError(`instruments: date must be an existing date YYYY-MM-DD, got ${JSON.stringify(options.date)}`);
  const c = ix.candidates[ci]!;
  const v = ix.vacancies[vi]!;
  return suggestInstruments(
    {
      ladderStep: c.ladderStep,
      wageValue: c.wageValue,
      targetGroups: c.targetGroups,
      age: c.birthDate ? ageOn(c.birthDate, options.date) : undefined,
      hoursPerWeek: Math.min(c.hours.max, v.hours.max),
      support: v.support,
      date: options.date,
    },
    { locale: options.locale ?? 'nl' },
  );
}
