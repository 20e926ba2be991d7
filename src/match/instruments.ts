import type { Locale } from './messages.js';
import type { InstrumentSuggestion } from '../rules/index.js';
import { isIsoDate } from '../basics/dates.js';
import { suggestInstrumentsFor } from '../rules/suggest.js';
import type { MatchIndex } from '../engine/compile.js';
import { usage } from '../basics/messages/en.js';

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

/** An instrument for a pair; `toArrange`: the employer does not offer it yet, so it is support to arrange for step 5. */
export type PairInstrument = InstrumentSuggestion & { readonly toArrange?: true };

// Step 5 is paid work with support: where the employer offers none yet, the support is named as something to arrange.
const TO_ARRANGE: { readonly [L in Locale]: { readonly jobcoach: string; readonly prefix: string } } = {
  nl: {
    jobcoach: 'Jobcoach: te regelen, de kandidaat staat op trede 5 (betaald werk met ondersteuning) en deze werkgever biedt nog geen jobcoach.',
    prefix: 'Te regelen met de werkgever — ',
  },
  en: {
    jobcoach: 'Job coach: to arrange, the candidate is on step 5 (paid work with support) and this employer offers no job coach yet.',
    prefix: 'To arrange with the employer — ',
  },
};

/**
 * The instruments for one pair: job coach, wage subsidy with its amount, trial placement, no-riskpolis, then the
 * municipality's own catalogue (`config.instruments`) with each entry's amount and whether its conditions hold.
 * For step 5 at an employer offering neither job coach nor wage subsidy, those (and the no-riskpolis that comes with
 * the subsidy) are suggested as support to arrange (`toArrange: true`).
 * Age (from the reporting birth date) is used for the youth minimum wage only, never for a score.
 * Errors name `caller`: the matcher's `instruments`, or `assignPlacements` when it lists instruments.
 */
export function instrumentsFor(ix: MatchIndex, ci: number, vi: number, options: InstrumentsOptions, caller = 'instruments'): PairInstrument[] {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(usage.required(caller, 'date', options));
  }
  if (!isIsoDate(options.date)) throw new RangeError(usage.date(caller, 'date', options.date));
  const c = ix.candidates[ci]!;
  const v = ix.vacancies[vi]!;
  const locale = options.locale ?? 'nl';
  const arrange = c.ladderStep === 5 && v.support?.jobCoach !== true && v.support?.wageSubsidy !== true;
  const suggestions = suggestInstrumentsFor(
    {
      ladderStep: c.ladderStep,
      wageValue: c.wageValue,
      targetGroups: c.targetGroups,
      age: subsidyAge(c.birthDate, options.date),
      hoursPerWeek: Math.min(c.hours.max, v.hours.max),
      support: arrange ? { ...v.support, jobCoach: true, wageSubsidy: true } : v.support,
      date: options.date,
    },
    { locale, instruments: ix.config.instruments },
    caller,
  );
  if (!arrange) return suggestions;
  const text = TO_ARRANGE[locale] ?? TO_ARRANGE.nl;
  return suggestions.map((s): PairInstrument => {
    if (s.instrument === 'municipal') return s;
    if (s.instrument === 'jobcoach') return { ...s, sentence: text.jobcoach, toArrange: true };
    if ((s.instrument === 'loonkostensubsidie' && s.applies) || (s.instrument === 'no-riskpolis' && s.reason === 'with_subsidy')) {
      return { ...s, sentence: `${text.prefix}${s.sentence}`, toArrange: true };
    }
    return s;
  });
}
