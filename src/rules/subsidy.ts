import { type MatchIssue, throwIfIssues } from '../basics/errors.js';
import { LAST_DATE, shiftDate, toDays } from '../basics/dates.js';
import { ISSUE } from './messages.js';
import { MINIMUM_WAGE_TABLE, RULE_PARAMETERS, rowOn, youthPercent } from './tables.js';
import { checkBoolean, checkDate, checkNumber, checkObject, checkOptionalDate, roundCents } from './validate.js';

export interface WageCostSubsidyInput {
  /** Loonwaarde: measured productivity as a fraction of the minimum wage, in (0, 1]. Required unless `flatRate`. */
  readonly wageValue?: number | undefined;
  /** Contract hours a week, in (0, 60]. */
  readonly hoursPerWeek: number;
  /** The month to compute for: any day in it, 'YYYY-MM-DD'. */
  readonly date: string;
  /** Age in whole years, from 15; under 21 the youth minimum wage applies. @default 21 */
  readonly age?: number | undefined;
  /** The sector's full-time week; hours above it are not subsidised. In (0, 60]. @default 36 */
  readonly fullTimeHours?: number | undefined;
  /** Forfaitaire variant: 50% without a wage value measurement, for the first 6 months. @default false */
  readonly flatRate?: boolean | undefined;
  /** Use the youth scale for apprentices in the work-based track (BBL). @default false */
  readonly bbl?: boolean | undefined;
  /** First day of the employment; with `flatRate` it bounds the 6 months (reported as `flatRateUntil`). */
  readonly employmentStart?: string | undefined;
}

/** Every step of the calculation, unrounded, so a person can redo it. */
export interface WageCostSubsidyWorking {
  /** Effective date and source of the minimum-wage row used. */
  readonly effectiveFrom: string;
  readonly source: string;
  /** Reference month wage for 21 and over (36-hour week). */
  readonly referenceMonthWage: number;
  /** Youth minimum wage percentage for the age (100 from 21). */
  readonly youthPercent: number;
  /** WML for the age: referenceMonthWage × youthPercent / 100. */
  readonly minimumWage: number;
  readonly holidayPayRate: number;
  /** WML + 8% holiday pay, a full month. */
  readonly base: number;
  /** Fraction of `base` subsidised: 1 − wage value, at most 0.7; 0.5 for the flat rate. */
  readonly percentage: number;
  readonly maxPercentage: number;
  readonly employerChargesRate: number;
  /** Hours counted: the contract hours, at most the full-time week. */
  readonly countedHours: number;
  readonly standardWeekHours: number;
  /** countedHours / 36. */
  readonly hoursFactor: number;
  /** base × percentage × hoursFactor: the wage part of the subsidy. */
  readonly wagePart: number;
  /** wagePart × 23.5%: the employer charges on top. */
  readonly employerCharges: number;
}

export interface WageCostSubsidy {
  /** Euros a month, rounded to cents (the only rounding). */
  readonly monthly: number;
  readonly variant: 'measured' | 'flat-rate';
  /** True when the 70% ceiling applies (wage value 0.3 or lower). */
  readonly capped: boolean;
  readonly working: WageCostSubsidyWorking;
  /** The calculation in one line, e.g. `2294.40 × 100% × 1.08 × 50% × 1.235 × 24/36 = 1020.09`. */
  readonly formula: string;
  /** Last day the flat rate may be paid; only with `flatRate` and `employmentStart`. */
  readonly flatRateUntil?: string;
  /** What the calculation left aside, e.g. a measured wage value under `flatRate`; absent when nothing was. */
  readonly notices?: readonly WageCostSubsidyNotice[];
}

/** `wage_value_ignored`: `flatRate` was asked with a measured `wageValue`, which the flat rate does not use. */
export interface WageCostSubsidyNotice {
  readonly code: 'wage_value_ignored';
  readonly message: string;
}

/**
 * Computes the monthly loonkostensubsidie (Participatiewet art. 10d, text in force 2026-01-01).
 *
 * (WML for the age + 8% holiday pay) × (1 − wage value, at most 70%) × 1.235 employer charges
 * × min(hours, full-time week) / 36; the flat-rate variant uses 50% instead of (1 − wage value).
 *
 * @param input - wage value, hours, date, and optionally age, full-time week, flat rate, BBL, employment start
 * @returns the monthly amount in euros (cents), whether the ceiling applied, the working, and `notices` where an input was left
 *   aside (a measured `wageValue` under `flatRate`: `wage_value_ignored`)
 * @throws {MatchError} for a bad field (wage value outside (0, 1], hours outside (0, 60], invalid date, age under 15, flat rate after its 6 months)
 * @throws {RangeError} when the minimum-wage table does not cover `date` (the message lists the known dates)
 * @example
 * wageCostSubsidy({ wageValue: 0.5, hoursPerWeek: 24, date: '2026-01-01' }).monthly; // → 1020.09
 */
export function wageCostSubsidy(input: WageCostSubsidyInput): WageCostSubsidy {
  return wageCostSubsidyFor(input, 'wageCostSubsidy');
}

/** wageCostSubsidy for a public function `caller` that uses it: a date the table does not cover is a RangeError naming the caller. */
export function wageCostSubsidyFor(input: WageCostSubsidyInput, caller: string): WageCostSubsidy {
  const valid = validate(input);
  const p = RULE_PARAMETERS.wageCostSubsidy;
  const row = rowOn(MINIMUM_WAGE_TABLE, valid.date, caller, 'minimum wage');
  const percentOfAdult = youthPercent(valid.age, valid.bbl);
  const minimumWage = (row.referenceMonth * percentOfAdult) / 100;
  const base = minimumWage * (1 + p.holidayPayRate);
  const uncapped = valid.flatRate ? p.flatRateFraction : 1 - (valid.wageValue ?? 1);
  const capped = !valid.flatRate && uncapped >= p.maxFraction;
  const percentage = Math.min(uncapped, p.maxFraction);
  const countedHours = Math.min(valid.hoursPerWeek, valid.fullTimeHours);
  const hoursFactor = countedHours / p.standardWeekHours;
  const wagePart = base * percentage * hoursFactor;
  const employerCharges = wagePart * p.employerChargesRate;
  const monthly = roundCents(wagePart + employerCharges);
  const working: WageCostSubsidyWorking = {
    effectiveFrom: row.effectiveFrom,
    source: row.source,
    referenceMonthWage: row.referenceMonth,
    youthPercent: percentOfAdult,
    minimumWage,
    holidayPayRate: p.holidayPayRate,
    base,
    percentage,
    maxPercentage: p.maxFraction,
    employerChargesRate: p.employerChargesRate,
    countedHours,
    standardWeekHours: p.standardWeekHours,
    hoursFactor,
    wagePart,
    employerCharges,
  };
  const formula =
    `${row.referenceMonth.toFixed(2)} × ${trim(percentOfAdult)}% × ${trim(1 + p.holidayPayRate)} × ${trim(percentage * 100)}%` +
    ` × ${trim(1 + p.employerChargesRate)} × ${trim(countedHours)}/${p.standardWeekHours} = ${monthly.toFixed(2)}`;
  const result: WageCostSubsidy = { monthly, variant: valid.flatRate ? 'flat-rate' : 'measured', capped, working, formula };
  const dated = valid.flatRateUntil === undefined ? result : { ...result, flatRateUntil: valid.flatRateUntil };
  if (!valid.flatRate || valid.wageValue === undefined) return dated;
  const message = `flatRate: the measured wage value ${trim(valid.wageValue)} is ignored; the flat rate pays ${trim(p.flatRateFraction * 100)}% whatever the measurement (leave flatRate out to use it)`;
  return { ...dated, notices: [{ code: 'wage_value_ignored', message }] };
}

const trim = (n: number): string => String(Number(n.toFixed(6)));

interface ValidSubsidyInput {
  readonly wageValue: number | undefined;
  readonly hoursPerWeek: number;
  readonly date: string;
  readonly age: number;
  readonly fullTimeHours: number;
  readonly flatRate: boolean;
  readonly bbl: boolean;
  readonly flatRateUntil: string | undefined;
}

function validate(input: WageCostSubsidyInput): ValidSubsidyInput {
  const issues: MatchIssue[] = [];
  const record = checkObject(issues, input, []);
  throwIfIssues(issues);
  const r = record!;
  const flatRate = r.flatRate ?? false;
  checkBoolean(issues, flatRate, ['flatRate']);
  if (r.wageValue !== undefined || flatRate !== true) {
    checkNumber(issues, r.wageValue, ['wageValue'], { min: 0, minExclusive: true, max: 1, describe: 'a wage value in (0, 1]' });
  }
  checkNumber(issues, r.hoursPerWeek, ['hoursPerWeek'], { min: 0, minExclusive: true, max: 60, describe: 'hours a week in (0, 60]' });
  const fullTimeHours = r.fullTimeHours ?? RULE_PARAMETERS.wageCostSubsidy.standardWeekHours;
  checkNumber(issues, fullTimeHours, ['fullTimeHours'], { min: 0, minExclusive: true, max: 60, describe: 'a full-time week in (0, 60] hours' });
  const age = r.age ?? 21;
  checkNumber(issues, age, ['age'], { min: 15, max: 130, integer: true, describe: 'an age from 15 (the minimum wage starts at 15)' });
  checkBoolean(issues, r.bbl, ['bbl'], true);
  const dateOk = checkDate(issues, r.date, ['date']);
  const start = r.employmentStart;
  let flatRateUntil: string | undefined;
  if (checkOptionalDate(issues, start, ['employmentStart']) && typeof start === 'string' && dateOk) {
    const date = r.date as string;
    if (toDays(date) < toDays(start)) {
      issues.push({ code: 'date_before_start', path: ['date'], message: ISSUE.dateBeforeStart(date, start) });
    } else if (flatRate === true) {
      const months = RULE_PARAMETERS.wageCostSubsidy.flatRateMonths;
      flatRateUntil = shiftDate(start, months, -1);
      if (flatRateUntil === undefined) {
        issues.push({ code: 'date_out_of_range', path: ['employmentStart'], message: ISSUE.dateOutOfRange(`the end of the flat rate (start + ${months} months)`, LAST_DATE) });
      } else if (toDays(date) > toDays(flatRateUntil)) {
        issues.push({ code: 'flat_rate_expired', path: ['date'], message: ISSUE.flatRateExpired(flatRateUntil) });
      }
    }
  }
  throwIfIssues(issues);
  return {
    wageValue: r.wageValue as number | undefined,
    hoursPerWeek: r.hoursPerWeek as number,
    date: r.date as string,
    age: age as number,
    fullTimeHours: fullTimeHours as number,
    flatRate: flatRate === true,
    bbl: r.bbl === true,
    flatRateUntil,
  };
}
