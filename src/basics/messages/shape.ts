// The shape every locale's catalogue fills: a locale that leaves a sentence out does not compile.
import type { IssueCode, KnockoutCode } from '../errors.js';

/** The facts an instrument sentence may quote. */
export interface SentenceFacts {
  /** A municipal instrument's own name. */
  readonly label?: string;
  readonly amount?: number;
  readonly wageValue?: number;
  readonly hoursPerWeek?: number;
  readonly assumedAdult?: boolean;
  readonly baseMonths?: number;
  readonly extensionMonths?: number;
  readonly years?: number;
}

/** `instrument.reason`: one sentence per instrument and outcome (suggestInstruments). */
export const INSTRUMENT_SENTENCE_KEYS = [
  'jobcoach.ladder_step_5',
  'jobcoach.employer_declines',
  'jobcoach.not_step_5',
  'loonkostensubsidie.applies',
  'loonkostensubsidie.employer_declines',
  'loonkostensubsidie.full_wage_value',
  'loonkostensubsidie.wage_value_unknown',
  'proefplaatsing.applies',
  'proefplaatsing.ladder_step',
  'no-riskpolis.open_ended',
  'no-riskpolis.with_subsidy',
  'no-riskpolis.not_applicable',
  'jobcarving.applies',
  'jobcarving.employer_declines',
  'jobcarving.ladder_step',
  'municipal.conditions_met',
  'municipal.ladder_step',
  'municipal.target_group',
  'municipal.age',
  'municipal.age_unknown',
] as const;

export type InstrumentSentenceKey = (typeof INSTRUMENT_SENTENCE_KEYS)[number];

export type InstrumentSentences = { readonly [K in InstrumentSentenceKey]: (facts: SentenceFacts) => string };

/** The match sentences that belong to no single factor. */
export interface MatchSentences {
  /** A knock-out code no factor words (never expected: every factor words its own). */
  readonly knockout: (factor: string, code: string) => string;
  /** Input fields that can be missing, named for people, with what the score did without them. */
  readonly fields: { readonly [path in MissingPath]: string };
  readonly competenceLevel: (label: string) => string;
  readonly candidateCompetence: (label: string) => string;
  readonly vacancyCompetence: (label: string) => string;
  /** The sentence naming a match's missing or unrecognised input (`items` joined already). */
  readonly missing: (items: string) => string;
}

export type MissingPath = 'candidate.sectors' | 'candidate.location' | 'vacancy.location' | 'vacancy.competences';

/** The fairness report's words (formatFairnessReport). */
export interface FairnessText {
  readonly title: string;
  readonly basisPlaced: string;
  readonly basisTopK: (k: number) => string;
  readonly rule: (threshold: string) => string;
  readonly header: readonly [string, string, string, string, string, string];
  readonly dimensions: { readonly targetGroup: string; readonly gender: string; readonly ageBand: string };
  readonly flag: string;
  readonly small: string;
  readonly unknown: string;
  readonly none: string;
  readonly flagged: (n: number) => string;
}

export const HEADER_KEYS = [
  'rank',
  'candidate',
  'vacancy',
  'municipality',
  'tier',
  'score',
  'competence',
  'ladder',
  'hours',
  'travel',
  'sector',
  'trip',
  'instruments',
  'placements',
  'home',
  'fallback',
  'region',
  'scenario',
  'placed',
  'delta',
  'durable',
  'subsidyPerMonth',
  'savings',
  'net',
  'deltaNet',
  'file',
  'kind',
  'rows',
  'valid',
  'invalid',
  'issues',
  'perMonth',
] as const;

/** The command line's table headers. */
export type Headers = { readonly [K in (typeof HEADER_KEYS)[number]]: string };

/** A short name for each issue code, for a portal that groups or titles issues in its own language. */
export type IssueTitles = { readonly [C in IssueCode]: string };

/** A short name for each knock-out code. */
export type KnockoutTitles = { readonly [C in KnockoutCode]: string };

/** The command line's sentences around its tables, per locale (the JSON and CSV keep codes). */
export interface CliSentences {
  readonly tiers: { readonly home: string; readonly fallback: string; readonly region: string; readonly outside: string };
  readonly kinds: { readonly [K in 'candidates' | 'vacancies' | 'config' | 'vocabulary']: string };
  readonly strategies: { readonly optimal: string; readonly stable: string; readonly greedy: string };
  /** Travel modes as a table cell shows them after the minutes. */
  readonly modes: { readonly walk: string; readonly bike: string; readonly ebike: string; readonly transit: string; readonly car: string };
  readonly best: (n: number, forVacancy: boolean, id: string) => string;
  readonly none: (forVacancy: boolean, id: string) => string;
  /** Under `none`: the threshold, and the nearest below it (`list`), with the flags that show them. */
  readonly nearest: (threshold: string, list: string, flags: string) => string;
  /** Under `none` when nobody at all passes the knock-outs. */
  readonly noneEligible: (forVacancy: boolean) => string;
  readonly allValid: string;
  /** A command that stopped on problems in its input (each on a line above). */
  readonly stopped: (command: string, problems: number) => string;
  /** `n` formatted as the table's numbers. */
  readonly issuesOnStderr: (n: string, one: boolean) => string;
  readonly assigned: (strategy: string, filled: string, positions: string, total: string, exact: boolean) => string;
  readonly byTier: (home: string, fallback: string, region: string, unplaced: string) => string;
  readonly open: (list: string) => string;
  readonly reportWritten: (path: string) => string;
  /** After an instrument the employer does not offer yet. */
  readonly toArrange: string;
  /** whatif's headline: counts formatted as the table's numbers, the date placements start and the first scenario. */
  readonly whatif: (candidates: number, vacancies: number, count: (n: number) => string, date: string, base: string) => string;
}
