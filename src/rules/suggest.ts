import { type MatchIssue, throwIfIssues } from '../basics/errors.js';
import { TARGET_GROUPS, type TargetGroup } from '../basics/sectors.js';
import { MAX_INSTRUMENT_AMOUNT, type MunicipalInstrument } from '../basics/instruments.js';
import { type Locale, type SentenceFacts, sentence } from './messages.js';
import { wageCostSubsidyFor } from './subsidy.js';
import { RULE_PARAMETERS } from './tables.js';
import { checkArray, checkBoolean, checkDate, checkNumber, checkObject, checkString, type Path, plainList, readOptions } from './validate.js';
import { rulesIssues, usage } from '../basics/messages/en.js';

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
  /** The municipality's own catalogue (as `config.instruments`): each is suggested after the national ones. @default [] */
  readonly instruments?: readonly MunicipalInstrument[] | undefined;
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

/** A national instrument: the law's or UWV's, the same in every municipality. */
export interface NationalInstrumentSuggestion {
  readonly instrument: Instrument;
  readonly applies: boolean;
  /** Why it does or does not apply, as a code. */
  readonly reason: InstrumentReason;
  /** Euros a month, for the loonkostensubsidie when it applies. */
  readonly amount?: number;
  /** One readable sentence in the requested locale. */
  readonly sentence: string;
}

/** Why an instrument of the municipality's catalogue does or does not apply: the first condition that fails. */
export type MunicipalInstrumentReason = 'conditions_met' | 'ladder_step' | 'target_group' | 'age' | 'age_unknown';

/** An instrument of the municipality's own catalogue (`config.instruments`), with its amount where the catalogue gives one. */
export interface MunicipalInstrumentSuggestion {
  readonly instrument: 'municipal';
  /** The catalogue entry's id and label. */
  readonly id: string;
  readonly label: string;
  readonly applies: boolean;
  readonly reason: MunicipalInstrumentReason;
  /** Euros per placement, as the catalogue gives it. */
  readonly amount?: number;
  readonly sentence: string;
}

/** A suggestion of suggestInstruments: a national instrument, or one of the municipality's catalogue (`instrument: 'municipal'`). */
export type InstrumentSuggestion = NationalInstrumentSuggestion | MunicipalInstrumentSuggestion;

/** The person as the catalogue's conditions see them. */
export interface MunicipalInstrumentSubject {
  readonly ladderStep: number;
  readonly targetGroups?: readonly TargetGroup[] | undefined;
  readonly age?: number | undefined;
}

/** Whether each instrument of a (validated) catalogue applies to a person, in catalogue order; sentences in `locale`. */
export function municipalSuggestions(catalogue: readonly MunicipalInstrument[], person: MunicipalInstrumentSubject, locale: Locale): MunicipalInstrumentSuggestion[] {
  return catalogue.map((entry) => {
    const c = entry.conditions ?? {};
    const { age } = person;
    const reason: MunicipalInstrumentReason =
      c.ladderSteps !== undefined && !c.ladderSteps.includes(person.ladderStep)
        ? 'ladder_step'
        : c.targetGroups !== undefined && !c.targetGroups.some((g) => person.targetGroups?.includes(g))
          ? 'target_group'
          : (c.minAge !== undefined || c.maxAge !== undefined) && age === undefined
            ? 'age_unknown'
            : (c.minAge !== undefined && age! < c.minAge) || (c.maxAge !== undefined && age! > c.maxAge)
              ? 'age'
              : 'conditions_met';
    const text = sentence(locale, `municipal.${reason}`, { label: entry.label, ...(entry.amount === undefined ? {} : { amount: entry.amount }) });
    const base = { instrument: 'municipal' as const, id: entry.id, label: entry.label, applies: reason === 'conditions_met', reason, sentence: text };
    return entry.amount === undefined ? base : { ...base, amount: entry.amount };
  });
}

/**
 * Checks a municipality's instrument catalogue: an array of `{ id, label, amount?, conditions? }` with unique ids, amounts from 0 to
 * 1,000,000 euros, and conditions on ladder steps (1–6), target groups and ages (15–130, `minAge` ≤ `maxAge`).
 */
export function checkMunicipalInstruments(issues: MatchIssue[], list: unknown, path: Path): void {
  if (list === undefined || !checkArray(issues, list, path)) return;
  const ids = new Set<string>();
  list.forEach((item, i) => {
    const at = [...path, i];
    const e = checkObject(issues, item, at);
    if (!e) return;
    for (const key of Object.keys(e)) {
      if (!['id', 'label', 'amount', 'conditions'].includes(key)) issues.push({ code: 'unrecognized_keys', path: [...at, key], message: rulesIssues.instrumentField(key) });
    }
    if (checkString(issues, e.id, [...at, 'id'])) {
      if (ids.has(e.id)) issues.push({ code: 'duplicate_id', path: [...at, 'id'], message: rulesIssues.instrumentId(e.id) });
      ids.add(e.id);
    }
    checkString(issues, e.label, [...at, 'label']);
    if (e.amount !== undefined) checkNumber(issues, e.amount, [...at, 'amount'], { min: 0, max: MAX_INSTRUMENT_AMOUNT, describe: 'euros from 0 to 1,000,000' });
    if (e.conditions === undefined) return;
    const c = checkObject(issues, e.conditions, [...at, 'conditions']);
    if (!c) return;
    const cp = [...at, 'conditions'];
    for (const key of Object.keys(c)) {
      if (!['ladderSteps', 'targetGroups', 'minAge', 'maxAge'].includes(key)) issues.push({ code: 'unrecognized_keys', path: [...cp, key], message: rulesIssues.instrumentCondition(key) });
    }
    if (c.ladderSteps !== undefined && checkArray(issues, c.ladderSteps, [...cp, 'ladderSteps'])) {
      c.ladderSteps.forEach((step, j) => {
        checkNumber(issues, step, [...cp, 'ladderSteps', j], { min: 1, max: 6, integer: true, describe: 'a ladder step from 1 to 6' });
      });
    }
    if (c.targetGroups !== undefined && checkArray(issues, c.targetGroups, [...cp, 'targetGroups'])) {
      c.targetGroups.forEach((g, j) => {
        if (!(TARGET_GROUPS as readonly unknown[]).includes(g)) issues.push({ code: 'invalid_value', path: [...cp, 'targetGroups', j], message: rulesIssues.instrumentTargetGroup(g, TARGET_GROUPS) });
      });
    }
    const age = { min: 15, max: 130, integer: true, describe: 'an age in whole years from 15 to 130' };
    const minOk = c.minAge === undefined || checkNumber(issues, c.minAge, [...cp, 'minAge'], age);
    const maxOk = c.maxAge === undefined || checkNumber(issues, c.maxAge, [...cp, 'maxAge'], age);
    if (minOk && maxOk && typeof c.minAge === 'number' && typeof c.maxAge === 'number' && c.minAge > c.maxAge) {
      issues.push({ code: 'out_of_range', path: [...cp, 'maxAge'], message: rulesIssues.maxAgeBelowMin(c.maxAge, c.minAge) });
    }
  });
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
  const o = readOptions(caller, options);
  const locale = o.locale ?? 'nl';
  if (locale !== 'nl' && locale !== 'en') {
    throw new RangeError(usage.localeReceived(caller, locale));
  }
  validate(input, o.instruments);
  const support = input.support ?? {};
  const step = input.ladderStep;
  const make = (instrument: Instrument, applies: boolean, reason: InstrumentReason, facts: SentenceFacts = {}, amount?: number): NationalInstrumentSuggestion => {
    const text = sentence(locale, `${instrument}.${reason}`, facts);
    return amount === undefined ? { instrument, applies, reason, sentence: text } : { instrument, applies, reason, amount, sentence: text };
  };

  const jobcoach = step !== 5 ? make('jobcoach', false, 'not_step_5') : support.jobCoach === true ? make('jobcoach', true, 'ladder_step_5') : make('jobcoach', false, 'employer_declines');

  const { wageValue } = input;
  let subsidy: NationalInstrumentSuggestion;
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

  const national = [jobcoach, subsidy, proefplaatsing, noRisk, jobcarving];
  if (o.instruments === undefined || o.instruments.length === 0) return national;
  return [...national, ...municipalSuggestions(plainList(o.instruments), { ladderStep: step, targetGroups: input.targetGroups, age: input.age }, locale)];
}

function validate(input: InstrumentInput, catalogue: unknown): void {
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
  checkMunicipalInstruments(issues, catalogue, ['instruments']);
  throwIfIssues(issues);
}
