// Typed copies of data/minimum-wage.csv, data/youth-minimum-wage-percent.csv and data/assistance-norms.csv
// (a test keeps them equal), plus the fixed parameters of the rules with their sources.
import { addDays, addMonths, toDays } from '../basics/dates.js';
import { rulesUsage } from '../basics/messages/en.js';

/** The statutory minimum wage (WML) for 21 and over from `effectiveFrom` on. */
export interface MinimumWageRow {
  readonly effectiveFrom: string;
  /** Hourly WML, age 21 and over, euros. */
  readonly hourly: number;
  /** Reference month wage for a 36-hour week (referentiemaandloon), euros: the base of the wage cost subsidy. */
  readonly referenceMonth: number;
  readonly source: string;
}

/** Youth minimum wage (minimumjeugdloon) as a percentage of the 21+ WML. */
export interface YouthMinimumWageRow {
  readonly age: number;
  readonly regularPercent: number;
  /** For apprentices in the work-based track (BBL). */
  readonly bblPercent: number;
}

/** Monthly assistance norms (bijstandsnormen, 21 to pension age, incl. holiday allowance) from `effectiveFrom` on. */
export interface AssistanceNormRow {
  readonly effectiveFrom: string;
  readonly single: number;
  readonly couple: number;
  /** Ceiling of the earnings disregard (inkomstenvrijlating, art. 31 lid 2 n), euros a month. */
  readonly earningsDisregardMax: number;
  readonly source: string;
}

const freezeRows = <T extends object>(rows: T[]): readonly Readonly<T>[] => Object.freeze(rows.map((r) => Object.freeze(r)));

/** WML per indexation date (1 January and 1 July). Source per row; copied from data/minimum-wage.csv. */
export const MINIMUM_WAGE_TABLE: readonly MinimumWageRow[] = freezeRows([
  { effectiveFrom: '2024-01-01', hourly: 13.27, referenceMonth: 2069.4, source: 'SZW besluit 2023-0000526966 (8 Oct 2023)' },
  { effectiveFrom: '2024-07-01', hourly: 13.68, referenceMonth: 2133.6, source: 'SZW indexation 1 Jul 2024' },
  { effectiveFrom: '2025-01-01', hourly: 14.06, referenceMonth: 2191.8, source: 'SZW besluit 2024-0000675332' },
  { effectiveFrom: '2025-07-01', hourly: 14.4, referenceMonth: 2245.8, source: 'Stcrt. 2025 12264' },
  {
    effectiveFrom: '2026-01-01',
    hourly: 14.71,
    referenceMonth: 2294.4,
    source: 'Normenbrief SZW 1 januari 2026 (referentiemaandloon); SZW 2025-0000213859',
  },
]);

/** Youth minimum wage percentages by age (15–21; 21 and over is 100%). Copied from data/youth-minimum-wage-percent.csv. */
export const YOUTH_MINIMUM_WAGE_TABLE: readonly YouthMinimumWageRow[] = freezeRows([
  { age: 21, regularPercent: 100, bblPercent: 100 },
  { age: 20, regularPercent: 80, bblPercent: 61.5 },
  { age: 19, regularPercent: 60, bblPercent: 52.5 },
  { age: 18, regularPercent: 50, bblPercent: 45.5 },
  { age: 17, regularPercent: 39.5, bblPercent: 39.5 },
  { age: 16, regularPercent: 34.5, bblPercent: 34.5 },
  { age: 15, regularPercent: 30, bblPercent: 30 },
]);

/** Assistance norms per indexation date. Source per row; copied from data/assistance-norms.csv. */
export const ASSISTANCE_NORM_TABLE: readonly AssistanceNormRow[] = freezeRows([
  {
    effectiveFrom: '2025-01-01',
    single: 1345.45,
    couple: 1922.07,
    earningsDisregardMax: 278,
    source: 'Rijksoverheid normbedragen 1-1-2025 (disregard max derived from yearly indexation)',
  },
  {
    effectiveFrom: '2025-07-01',
    single: 1369.06,
    couple: 1955.8,
    earningsDisregardMax: 278,
    source: 'Normenbrief SZW 1 januari 2026 bijlage I (column 1 juli 2025)',
  },
  {
    effectiveFrom: '2026-01-01',
    single: 1401.5,
    couple: 2002.13,
    earningsDisregardMax: 285,
    source: 'Participatiewet art. 21 and art. 31 lid 2 n (text in force 2026-01-01); Normenbrief SZW 1 januari 2026',
  },
]);

/** Fixed parameters of the rules, each with the provision it comes from. */
export const RULE_PARAMETERS = Object.freeze({
  wageCostSubsidy: Object.freeze({
    holidayPayRate: 0.08,
    maxFraction: 0.7,
    employerChargesRate: 0.235,
    standardWeekHours: 36,
    flatRateFraction: 0.5,
    flatRateMonths: 6,
    source: 'Participatiewet art. 10d (text in force 2026-01-01); employer charges 23.5%: Regeling LKS 2021 art. 1; holiday pay 8%: Wet minimumloon art. 15',
  }),
  earningsDisregard: Object.freeze({
    rate: 0.25,
    months: 6,
    minAge: 27,
    source: 'Participatiewet art. 31 lid 2 onderdeel n (text in force 2026-01-01); ceiling per date in ASSISTANCE_NORM_TABLE',
  }),
  trialPlacement: Object.freeze({ months: 2, maxExtensionMonths: 4, source: 'Participatiewet art. 8a (proefplaatsing)' }),
  noRiskPolicy: Object.freeze({
    years: 5,
    source: 'Ziektewet, no-riskpolis (UWV): 5 years from the start of the employment; no end date for the doelgroepregister',
  }),
  notionalSavings: Object.freeze({
    fullTime: Object.freeze({ firstHalf: 13000, secondHalf: 6500 }),
    partTime: Object.freeze({ firstHalf: 3250, secondHalf: 1625 }),
    source: 'Evaluatie Arbeidsmarktoffensief (Voorschoten, Leidschendam-Voorburg, Wassenaar), bijlage 1: normbedragen fictieve besparing',
  }),
});

/** Last day a table covers: the day before the half-yearly indexation that follows its last row. */
export function coveredUntil(table: readonly { readonly effectiveFrom: string }[]): string {
  const last = table[table.length - 1];
  if (!last) throw new RangeError(rulesUsage.emptyTable);
  return addDays(addMonths(last.effectiveFrom, 6), -1);
}

/** The row in force on `date`; a RangeError naming the known effective dates when the table does not cover it. */
export function rowOn<T extends { readonly effectiveFrom: string }>(table: readonly T[], date: string, caller: string, what: string): T {
  const day = toDays(date);
  const until = coveredUntil(table);
  let found: T | undefined;
  for (const row of table) if (toDays(row.effectiveFrom) <= day) found = row;
  if (!found || day > toDays(until)) {
    const known = table.map((r) => r.effectiveFrom).join(', ');
    throw new RangeError(rulesUsage.notCovered(caller, what, date, known, until));
  }
  return found;
}

/** The youth minimum wage percentage for `age` (21 and over: 100). */
export function youthPercent(age: number, bbl: boolean): number {
  const row = YOUTH_MINIMUM_WAGE_TABLE.find((r) => r.age === Math.min(age, 21));
  if (!row) throw new RangeError(rulesUsage.youthAge(age));
  return bbl ? row.bblPercent : row.regularPercent;
}
