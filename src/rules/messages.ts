// Every message the rules produce lives here: input issues (English) and suggestion sentences (nl, en).
import type { Locale } from '../basics/locale.js';
import { showValue as show } from '../basics/limits.js';

export type { Locale };

export const ISSUE = {
  invalidDate: (value: unknown) => `expected a date as YYYY-MM-DD, received ${show(value)}`,
  invalidType: (expected: string, value: unknown) => `expected ${expected}, received ${value === undefined ? 'nothing' : show(value)}`,
  invalidValue: (expected: string, value: unknown) => `expected ${expected}, received ${show(value)}`,
  notInteger: (value: unknown) => `expected a whole number, received ${show(value)}`,
  outOfRange: (value: unknown, range: string) => `expected ${range}, received ${show(value)}`,
  endBeforeStart: (start: string, end: string) => `end ${end} lies before start ${start}`,
  emptyChain: () => 'expected at least one employment',
  employerMismatch: (expected: string, actual: string) => `a chain of contracts has one employer: expected ${show(expected)}, received ${show(actual)}`,
  duplicateId: (id: string) => `id ${show(id)} occurs more than once`,
  unknownEmployer: (id: string) => `no employer with id ${show(id)}`,
  arrayHole: () => 'a hole in the array (an index without a value): remove it or fill it',
  moreHoles: (count: number) => `${count} more holes in this array`,
  dateOutOfRange: (what: string, last: string) => `${what} lies after ${last}, the last date the rules compute with`,
  unknownTargetGroup: (value: unknown) => `unknown target group ${show(value)}`,
  flatRateExpired: (until: string) => `the flat-rate subsidy applies to the first 6 months only (until ${until}); measure the wage value`,
  dateBeforeStart: (date: string, start: string) => `date ${date} lies before the employment start ${start}`,
  homeWithoutCode: (value: string) => `${show(value)} is a CBS code and homeMunicipality gives none to compare it with: give the home municipality's code too, e.g. ['GM0575', 'Noordwijk']`,
  homeWithoutName: (value: string) => `${show(value)} is a name and homeMunicipality gives only a CBS code: give the home municipality's name too, e.g. ['GM0575', 'Noordwijk']`,
  contractMismatch: (field: string, given: string, what: string, chain: string | undefined) =>
    `${field} ${given} differs from ${what}, ${chain ?? 'none (it goes on)'}: leave ${field} out where contracts are given, or make them agree`,
  overlappingEmployment: (candidateId: string, other: number, otherEmployer: string, day: string, sameEmployer: boolean) =>
    sameEmployer
      ? `candidate ${show(candidateId)} is also placed with this employer in placements[${other}] on ${day}: one employment is one placement (a chain of contracts goes in its contracts)`
      : `candidate ${show(candidateId)} also works for employer ${show(otherEmployer)} (placements[${other}]) on ${day}: one person works for one employer at a time`,
  costsPerYear: (first: number, last: number) => `one amount cannot be split over the placements' years ${first} to ${last}: give the costs per calendar year, e.g. { "${first}": 118929 }`,
  invalidYear: (key: string) => `expected a calendar year such as "2015", received ${show(key)}`,
} as const;

/** Formats euros the way each locale writes them: `€ 1.530,14` (nl) and `€1,530.14` (en). */
export function formatEuro(amount: number, locale: Locale): string {
  const [whole = '0', cents = '00'] = Math.abs(amount).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'nl' ? '.' : ',');
  const sign = amount < 0 ? '-' : '';
  return locale === 'nl' ? `${sign}€ ${grouped},${cents}` : `${sign}€${grouped}.${cents}`;
}

const pct = (fraction: number): string => `${Math.round(fraction * 1000) / 10}%`;

export interface SentenceFacts {
  readonly amount?: number;
  readonly wageValue?: number;
  readonly hoursPerWeek?: number;
  readonly assumedAdult?: boolean;
  readonly baseMonths?: number;
  readonly extensionMonths?: number;
  readonly years?: number;
}

type SentenceTable = Record<string, (facts: SentenceFacts) => string>;

const NL: SentenceTable = {
  'jobcoach.ladder_step_5': () => 'Jobcoach: past, de kandidaat staat op trede 5 (betaald werk met ondersteuning) en de werkgever staat open voor een jobcoach.',
  'jobcoach.employer_declines': () => 'Jobcoach: past bij trede 5, maar de werkgever heeft niet aangegeven open te staan voor een jobcoach.',
  'jobcoach.not_step_5': () => 'Jobcoach: niet voorgesteld, de kandidaat staat niet op trede 5.',
  'loonkostensubsidie.applies': (f) =>
    `Loonkostensubsidie: ${formatEuro(f.amount ?? 0, 'nl')} per maand bij een loonwaarde van ${pct(f.wageValue ?? 0)} en ${f.hoursPerWeek ?? 0} uur per week${f.assumedAdult ? ' (minimumloon 21 jaar en ouder, leeftijd onbekend)' : ''}.`,
  'loonkostensubsidie.employer_declines': (f) =>
    `Loonkostensubsidie: mogelijk bij een loonwaarde van ${pct(f.wageValue ?? 0)}, maar de werkgever heeft niet aangegeven loonkostensubsidie te accepteren.`,
  'loonkostensubsidie.full_wage_value': () => 'Loonkostensubsidie: niet van toepassing, de kandidaat heeft een volledige loonwaarde.',
  'loonkostensubsidie.wage_value_unknown': () => 'Loonkostensubsidie: niet berekend, er is geen loonwaarde gemeten.',
  'proefplaatsing.applies': (f) => `Proefplaatsing: mogelijk, ${f.baseMonths ?? 2} maanden met behoud van uitkering, te verlengen met ten hoogste ${f.extensionMonths ?? 4} maanden.`,
  'proefplaatsing.ladder_step': () => 'Proefplaatsing: niet voorgesteld, alleen voor kandidaten op trede 4 of 5.',
  'no-riskpolis.open_ended': () => 'No-riskpolis: van toepassing zonder einddatum, de kandidaat staat in het doelgroepregister; UWV betaalt het loon bij ziekte.',
  'no-riskpolis.with_subsidy': (f) => `No-riskpolis: van toepassing, ${f.years ?? 5} jaar vanaf de start van het dienstverband; UWV betaalt het loon bij ziekte.`,
  'no-riskpolis.not_applicable': () => 'No-riskpolis: niet van toepassing, geen loonkostensubsidie en geen doelgroepregister.',
  'jobcarving.applies': () => 'Jobcarving: de werkgever staat open voor het aanpassen van de functie aan de kandidaat.',
  'jobcarving.employer_declines': () => 'Jobcarving: de werkgever heeft niet aangegeven open te staan voor jobcarving.',
  'jobcarving.ladder_step': () => 'Jobcarving: niet voorgesteld, de kandidaat kan zonder ondersteuning werken (trede 6) of staat lager dan trede 4.',
};

const EN: SentenceTable = {
  'jobcoach.ladder_step_5': () => 'Job coach: suitable, the candidate is on step 5 (paid work with support) and the employer is open to a job coach.',
  'jobcoach.employer_declines': () => 'Job coach: suits step 5, but the employer has not said it is open to a job coach.',
  'jobcoach.not_step_5': () => 'Job coach: not suggested, the candidate is not on step 5.',
  'loonkostensubsidie.applies': (f) =>
    `Wage cost subsidy: ${formatEuro(f.amount ?? 0, 'en')} a month at a wage value of ${pct(f.wageValue ?? 0)} and ${f.hoursPerWeek ?? 0} hours a week${f.assumedAdult ? ' (minimum wage for 21 and over, age unknown)' : ''}.`,
  'loonkostensubsidie.employer_declines': (f) => `Wage cost subsidy: possible at a wage value of ${pct(f.wageValue ?? 0)}, but the employer has not said it accepts a wage cost subsidy.`,
  'loonkostensubsidie.full_wage_value': () => 'Wage cost subsidy: not applicable, the candidate has full wage value.',
  'loonkostensubsidie.wage_value_unknown': () => 'Wage cost subsidy: not calculated, no wage value has been measured.',
  'proefplaatsing.applies': (f) => `Trial placement: possible, ${f.baseMonths ?? 2} months keeping the benefit, extendable by at most ${f.extensionMonths ?? 4} months.`,
  'proefplaatsing.ladder_step': () => 'Trial placement: not suggested, only for candidates on step 4 or 5.',
  'no-riskpolis.open_ended': () => 'No-risk policy: applies without an end date, the candidate is in the doelgroepregister; UWV pays the wage during sickness.',
  'no-riskpolis.with_subsidy': (f) => `No-risk policy: applies for ${f.years ?? 5} years from the start of the employment; UWV pays the wage during sickness.`,
  'no-riskpolis.not_applicable': () => 'No-risk policy: not applicable, no wage cost subsidy and not in the doelgroepregister.',
  'jobcarving.applies': () => 'Job carving: the employer is open to reshaping the job around the candidate.',
  'jobcarving.employer_declines': () => 'Job carving: the employer has not said it is open to job carving.',
  'jobcarving.ladder_step': () => 'Job carving: not suggested, the candidate can work without support (step 6) or is below step 4.',
};

const SENTENCES: Record<Locale, SentenceTable> = { nl: NL, en: EN };

/** The sentence for `key` (`instrument.reason`) in `locale`. */
export function sentence(locale: Locale, key: string, facts: SentenceFacts): string {
  const template = SENTENCES[locale][key];
  if (!template) throw new RangeError(`sentence: no ${locale} sentence for '${key}'`);
  return template(facts);
}
