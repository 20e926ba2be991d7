import { type MatchIssue, throwIfIssues } from '../basics/errors.js';
import type { TargetGroup } from '../basics/sectors.js';
import { type Locale, type SentenceFacts, sentence } from './messages.js';
import { showValue } from '../basics/limits.js';
import { wageCostSubsidyFor } from './subsidy.js';
import { RULE_PARAMETERS } from './tables.js';
import { checkArray, checkBoolean, checkDate, checkNumber, checkObject, readOptions } from './validate.js';

/** What the employer offers on the vacancy (the vacancy's `support`). */
export interface EmployerSupport {
  readonly jobCoach?: boolean | undefined;
  readonly wageSubsidy?: boolean | undefined;
  readonly jobCarving?: boolean | undefined;
}

/** A candidate–vacancy pair as far as instruments are concerned; no matcher types needed. */
export interface InstrumentInput {
  /** Participatieladder step, 1–6. */
  readonly ladderStep: number;
  /** Loonwaarde in (0, 1], when measured. */
  readonly wageValue?: number | undefined;
  readonly targetGroups?: readonly TargetGroup[] | undefined;
  /** Age in whole years; absent means the 21+ minimum wage is assumed for the subsidy. */
  readonly age?: number | undefined;
  /** Hours a week of the job, in (0, 60]. */
  readonly hoursPerWeek: number;
  /** The sector's full-time week. @default 36 */
  readonly fullTimeHours?: number | undefined;
  readonly support?: EmployerSupport | undefined;
  /** The day the placement would start: picks the minimum-wage row. */
  readonly date: string;
}

export interface SuggestInstrumentsOptions {
  /** Language of `sentence`. @default 'nl' */
  readonly locale?: Locale | undefined;
}

export type Instrument = 'jobcoach' | 'loonkostensubsidie' | 'proefplaatsing' | 'no-riskpolis' | 'jobcarving';

export type InstrumentReason =
  | 'ladder_step_5'
  | 'not_step_5'
  | 'employer_declines'
  | 'applies'
  | 'full_wage_value'
  | 'wage_value_unknown'
  | 'ladder_step'
  | 'open_ended'
  | 'with_subsidy'
  | 'not_applicable';

export interface InstrumentSuggestion {
  readonly instrument: Instrument;
  readonly applies: boolean;
  /** Why it does or does not apply, as a code. */
  readonly reason: InstrumentReason;
  /** Euros a month, for the loonkostensubsidie when it applies. */
  readonly amount?: number;
  /** One readable sentence in the requested locale. */
  readonly sentence: string;
}

/**
 * Which instruments apply to a placement: job coach, loonkostensubsidie (with its amount), proefplaatsing, no-riskpolis, jobcarving.
 *
 * @param input - ladder step, wage value, target groups, age, hours, full-time week, employer support, date
 * @param options - `locale` of the sentences, `'nl'` (default) or `'en'`
 * @returns one suggestion per instrument, always in the same order, with `applies` and a sentence
 * @throws {MatchError} naming every bad field (ladder step outside 1–6, wage value outside (0, 1], hours, date)
 * @throws {RangeError} for an unknown locale, or when the minimum-wage table does not cover `date` and a subsidy applies;
 *   {TypeError} when `options` is not an object
 * @example
 * suggestInstruments(
 *   { ladderStep: 5, wageValue: 0.5, hoursPerWeek: 24, support: { wageSubsidy: true }, date: '2026-01-01' },
 *   { locale: 'en' },
 * ).find((s) => s.instrument === 'loonkostensubsidie')?.amount; // → 1020.09
 */
export function suggestInstruments(input: InstrumentInput, options?: SuggestInstrumentsOptions): InstrumentSuggestion[] {
  return suggestInstrumentsFor(input, options, 'suggestInstruments');
}

/** suggestInstruments for a public function `caller` that uses it: its errors name the caller. */
export function suggestInstrumentsFor(input: InstrumentInput, options: SuggestInstrumentsOptions | undefined, caller: string): InstrumentSuggestion[] {
  const locale = readOptions(caller, options).locale ?? 'nl';
  if (locale !== 'nl' && locale !== 'en') {
    throw new RangeError(`${caller}: locale must be 'nl' or 'en', received ${showValue(locale)}`);
  }
  validate(input);
  const support = input.support ?? {};
  const step = input.ladderStep;
  const make = (instrument: Instrument, applies: boolean, reason: InstrumentReason, facts: SentenceFacts = {}, amount?: number): InstrumentSuggestion => {
    const text = sentence(locale, `${instrument}.${reason}`, facts);
    return amount === undefined ? { instrument, applies, reason, sentence: text } : { instrument, applies, reason, amount, sentence: text };
  };

  const jobcoach = step !== 5 ? make('jobcoach', false, 'not_step_5') : support.jobCoach === true ? make('jobcoach', true, 'ladder_step_5') : make('jobcoach', false, 'employer_declines');

  const { wageValue } = input;
  let subsidy: InstrumentSuggestion;
  if (wageValue === undefined) subsidy = make('loonkostensubsidie', false, 'wage_value_unknown');
  else if (wageValue >= 1) subsidy = make('loonkostensubsidie', false, 'full_wage_value');
  else if (support.wageSubsidy !== true) subsidy = make('loonkostensubsidie', false, 'employer_declines', { wageValue });
  else {
    const { monthly } = wageCostSubsidyFor({ wageValue, hoursPerWeek: input.hoursPerWeek, date: input.date, age: input.age, fullTimeHours: input.fullTimeHours }, caller);
    const facts = { amount: monthly, wageValue, hoursPerWeek: input.hoursPerWeek, assumedAdult: input.age === undefined };
    subsidy = make('loonkostensubsidie', true, 'applies', facts, monthly);
  }

  const trial = RULE_PARAMETERS.trialPlacement;
  const proefplaatsing =
    step === 4 || step === 5 ? make('proefplaatsing', true, 'applies', { baseMonths: trial.months, extensionMonths: trial.maxExtensionMonths }) : make('proefplaatsing', false, 'ladder_step');

  const noRisk = input.targetGroups?.includes('doelgroepregister')
    ? make('no-riskpolis', true, 'open_ended')
    : subsidy.applies
      ? make('no-riskpolis', true, 'with_subsidy', { years: RULE_PARAMETERS.noRiskPolicy.years })
      : make('no-riskpolis', false, 'not_applicable');

  const jobcarving =
    step < 4 || step > 5 ? make('jobcarving', false, 'ladder_step') : support.jobCarving === true ? make('jobcarving', true, 'applies') : make('jobcarving', false, 'employer_declines');

  return [jobcoach, subsidy, proefplaatsing, noRisk, jobcarving];
}

function validate(input: InstrumentInput): void {
  const issues: MatchIssue[] = [];
  const r = checkObject(issues, input, []) ?? {};
  checkNumber(issues, r.ladderStep, ['ladderStep'], { min: 1, max: 6, integer: true, describe: 'a ladder step from 1 to 6' });
  if (r.wageValue !== undefined) {
    checkNumber(issues, r.wageValue, ['wageValue'], { min: 0, minExclusive: true, max: 1, describe: 'a wage value in (0, 1]' });
  }
  if (r.age !== undefined) {
    checkNumber(issues, r.age, ['age'], { min: 15, max: 130, integer: true, describe: 'an age from 15' });
  }
  checkNumber(issues, r.hoursPerWeek, ['hoursPerWeek'], { min: 0, minExclusive: true, max: 60, describe: 'hours a week in (0, 60]' });
  if (r.fullTimeHours !== undefined) {
    checkNumber(issues, r.fullTimeHours, ['fullTimeHours'], { min: 0, minExclusive: true, max: 60, describe: 'a full-time week in (0, 60] hours' });
  }
  if (r.targetGroups !== undefined) checkArray(issues, r.targetGroups, ['targetGroups']);
  if (r.support !== undefined) {
    const s = checkObject(issues, r.support, ['support']);
    if (s) for (const key of ['jobCoach', 'wageSubsidy', 'jobCarving']) checkBoolean(issues, s[key], ['support', key], true);
  }
  checkDate(issues, r.date, ['date']);
  throwIfIssues(issues);
}
