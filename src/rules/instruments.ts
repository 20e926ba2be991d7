import { MatchError, type MatchIssue, throwIfIssues } from '../basics/errors.js';
import type { TargetGroup } from '../basics/sectors.js';
import { LAST_DATE, shiftDate } from '../basics/dates.js';
import { ASSISTANCE_NORM_TABLE, RULE_PARAMETERS, rowOn } from './tables.js';
import { ISSUE } from './messages.js';
import { checkArray, checkDate, checkNumber, checkObject, roundCents } from './validate.js';

export interface TrialPlacementInput {
  /** First day of the proefplaatsing, 'YYYY-MM-DD'. */
  readonly start: string;
  /** Months added to the first 2, from 0 to 4. @default 0 */
  readonly extensionMonths?: number | undefined;
}

export interface TrialPlacement {
  readonly start: string;
  /** Last day with the extension asked for. */
  readonly end: string;
  /** Last day with the longest extension (2 + 4 months). */
  readonly latestEnd: string;
  readonly months: number;
}

/**
 * The period of a proefplaatsing (unpaid trial placement, keeping the benefit): 2 months plus at most 4.
 *
 * @param input - the start and the extension in months (0–4)
 * @returns the last day with this extension and the latest possible last day
 * @throws {MatchError} for an invalid start, an extension outside 0–4 whole months, or a latest end after 9999-12-31
 * @example
 * trialPlacement({ start: '2026-01-01', extensionMonths: 1 });
 * // → { start: '2026-01-01', end: '2026-03-31', latestEnd: '2026-06-30', months: 3 }
 */
export function trialPlacement(input: TrialPlacementInput): TrialPlacement {
  const p = RULE_PARAMETERS.trialPlacement;
  const issues: MatchIssue[] = [];
  const r = checkObject(issues, input, []) ?? {};
  checkDate(issues, r.start, ['start']);
  const extension = r.extensionMonths ?? 0;
  checkNumber(issues, extension, ['extensionMonths'], {
    min: 0,
    max: p.maxExtensionMonths,
    integer: true,
    describe: `an extension of 0 to ${p.maxExtensionMonths} whole months`,
  });
  throwIfIssues(issues);
  const months = p.months + (extension as number);
  const latestMonths = p.months + p.maxExtensionMonths;
  const latestEnd = shiftDate(input.start, latestMonths, -1);
  if (latestEnd === undefined) {
    throw new MatchError([{ code: 'date_out_of_range', path: ['start'], message: ISSUE.dateOutOfRange(`the latest end (start + ${latestMonths} months)`, LAST_DATE) }]);
  }
  return { start: input.start, end: shiftDate(input.start, months, -1)!, latestEnd, months };
}

export interface NoRiskPolicyInput {
  /** First day of the employment, 'YYYY-MM-DD'. */
  readonly start: string;
  readonly targetGroups?: readonly TargetGroup[] | undefined;
}

/** The no-riskpolis cover: UWV pays sick pay for illness that starts within the period. */
export type NoRiskPolicy = { readonly openEnded: true; readonly start: string } | { readonly openEnded: false; readonly start: string /** Last covered day. */; readonly until: string };

/**
 * The period of the no-riskpolis: 5 years from the start of the employment, without end for the doelgroepregister.
 *
 * @param input - the employment start and the person's target groups
 * @returns `{ openEnded: true }` for the doelgroepregister, otherwise the last covered day
 * @throws {MatchError} for an invalid start, target groups that are not an array (or have holes), or a cover ending after 9999-12-31
 * @example
 * noRiskPolicy({ start: '2026-03-01' }); // → { openEnded: false, start: '2026-03-01', until: '2031-02-28' }
 */
export function noRiskPolicy(input: NoRiskPolicyInput): NoRiskPolicy {
  const issues: MatchIssue[] = [];
  const r = checkObject(issues, input, []) ?? {};
  checkDate(issues, r.start, ['start']);
  if (r.targetGroups !== undefined) checkArray(issues, r.targetGroups, ['targetGroups']);
  throwIfIssues(issues);
  if (input.targetGroups?.includes('doelgroepregister')) return { openEnded: true, start: input.start };
  const until = shiftDate(input.start, RULE_PARAMETERS.noRiskPolicy.years * 12, -1);
  if (until === undefined) {
    throw new MatchError([{ code: 'date_out_of_range', path: ['start'], message: ISSUE.dateOutOfRange(`the end of the cover (start + ${RULE_PARAMETERS.noRiskPolicy.years} years)`, LAST_DATE) }]);
  }
  return { openEnded: false, start: input.start, until };
}

export interface EarningsDisregardInput {
  /** Net earnings from work in the month, euros. */
  readonly netMonthlyEarnings: number;
  readonly date: string;
  /** Age in whole years. */
  readonly age: number;
  /** Months of disregard already used. @default 0 */
  readonly monthsUsed?: number | undefined;
}

export type EarningsDisregardReason = 'disregarded' | 'under_27' | 'period_used';

export interface EarningsDisregard {
  /** Euros of the earnings left out of the benefit calculation, rounded to cents. */
  readonly amount: number;
  readonly applies: boolean;
  readonly reason: EarningsDisregardReason;
  readonly rate: number;
  /** Ceiling in force on `date`. */
  readonly max: number;
  /** Months of disregard left after this one. */
  readonly monthsLeft: number;
  readonly effectiveFrom: string;
}

/**
 * The inkomstenvrijlating (art. 31 lid 2 n): 25% of net earnings, at most €285.00 a month (2026), 6 months, from age 27.
 *
 * @param input - net earnings, date, age and months already used
 * @returns the amount disregarded and why it does or does not apply
 * @throws {MatchError} for earnings outside 0 to 1,000,000,000, an invalid date, a bad age or months count
 * @throws {RangeError} when the assistance-norm table does not cover `date`
 * @example
 * earningsDisregard({ netMonthlyEarnings: 800, date: '2026-02-01', age: 35 }).amount; // → 200
 */
export function earningsDisregard(input: EarningsDisregardInput): EarningsDisregard {
  const r = validateEarnings(input, 'monthsUsed');
  return disregardFor(r.netMonthlyEarnings, r.date, r.age, r.monthsUsed, 'earningsDisregard');
}

function disregardFor(earnings: number, date: string, age: number, monthsUsed: number, caller: string): EarningsDisregard {
  const p = RULE_PARAMETERS.earningsDisregard;
  const row = rowOn(ASSISTANCE_NORM_TABLE, date, caller, 'assistance norms');
  const common = { rate: p.rate, max: row.earningsDisregardMax, effectiveFrom: row.effectiveFrom };
  if (age < p.minAge) return { ...common, amount: 0, applies: false, reason: 'under_27', monthsLeft: 0 };
  if (monthsUsed >= p.months) return { ...common, amount: 0, applies: false, reason: 'period_used', monthsLeft: 0 };
  const amount = Math.min(roundCents(earnings * p.rate), row.earningsDisregardMax);
  return { ...common, amount, applies: true, reason: 'disregarded', monthsLeft: p.months - monthsUsed - (amount > 0 ? 1 : 0) };
}

export type Household = 'single' | 'couple';

export interface BenefitEffectInput {
  /** Net earnings from the job in the month, euros (the benefit is net, so earnings count net). */
  readonly netMonthlyEarnings: number;
  /** Single (also a single parent) or couple norm. */
  readonly household: Household;
  readonly date: string;
  /** Age in whole years, 21 or over (the tables hold the norms from 21 to pension age). */
  readonly age: number;
  /** Months of earnings disregard already used. @default 0 */
  readonly monthsDisregardUsed?: number | undefined;
}

export interface BenefitEffect {
  /** Assistance norm for the household on `date`. */
  readonly norm: number;
  readonly netMonthlyEarnings: number;
  readonly disregard: EarningsDisregard;
  /** Earnings minus the disregard: what is deducted from the norm. */
  readonly countedEarnings: number;
  /** Remaining monthly benefit, never below 0. */
  readonly benefit: number;
  /** Earnings plus remaining benefit. */
  readonly totalIncome: number;
  /** True when the earnings end the benefit. */
  readonly benefitEnds: boolean;
  readonly effectiveFrom: string;
  readonly source: string;
}

/**
 * What a (part-time) job does to the benefit: norm − (net earnings − earnings disregard), at least 0.
 *
 * @param input - net earnings, household, date, age, disregard months already used
 * @returns the norm, the disregard, the remaining benefit and the total income, in euros (cents)
 * @throws {MatchError} for earnings outside 0 to 1,000,000,000, an unknown household, an invalid date, an age under 21
 * @throws {RangeError} when the assistance-norm table does not cover `date`
 * @example
 * benefitEffect({ netMonthlyEarnings: 800, household: 'single', date: '2026-02-01', age: 35 }).benefit; // → 801.5
 */
export function benefitEffect(input: BenefitEffectInput): BenefitEffect {
  const r = validateEarnings(input, 'monthsDisregardUsed');
  const row = rowOn(ASSISTANCE_NORM_TABLE, r.date, 'benefitEffect', 'assistance norms');
  const norm = input.household === 'couple' ? row.couple : row.single;
  const disregard = disregardFor(r.netMonthlyEarnings, r.date, r.age, r.monthsUsed, 'benefitEffect');
  const countedEarnings = cents(r.netMonthlyEarnings - disregard.amount);
  const benefit = Math.max(0, cents(norm - countedEarnings));
  return {
    norm,
    netMonthlyEarnings: r.netMonthlyEarnings,
    disregard,
    countedEarnings,
    benefit,
    totalIncome: cents(r.netMonthlyEarnings + benefit),
    benefitEnds: benefit === 0,
    effectiveFrom: row.effectiveFrom,
    source: row.source,
  };
}

// Monthly earnings above this are a data error; the bound keeps every amount finite and exact to the cent.
const MAX_EARNINGS = 1_000_000_000;

// Amounts here are already whole cents; this only removes binary noise from their sums.
const cents = roundCents;

function validateEarnings(
  input: EarningsDisregardInput | BenefitEffectInput,
  monthsField: 'monthsUsed' | 'monthsDisregardUsed',
): { netMonthlyEarnings: number; date: string; age: number; monthsUsed: number } {
  const issues: MatchIssue[] = [];
  const r = checkObject(issues, input, []) ?? {};
  const forBenefit = monthsField === 'monthsDisregardUsed';
  checkNumber(issues, r.netMonthlyEarnings, ['netMonthlyEarnings'], { min: 0, max: MAX_EARNINGS, describe: 'net earnings from 0 to 1,000,000,000 euros a month' });
  checkDate(issues, r.date, ['date']);
  checkNumber(
    issues,
    r.age,
    ['age'],
    forBenefit ? { min: 21, max: 130, integer: true, describe: 'an age from 21 (the tables hold the norms for 21 and over)' } : { min: 15, max: 130, integer: true, describe: 'an age from 15' },
  );
  const monthsUsed = r[monthsField] ?? 0;
  checkNumber(issues, monthsUsed, [monthsField], { min: 0, integer: true, describe: 'a whole number of months of at least 0' });
  if (forBenefit && r.household !== 'single' && r.household !== 'couple') {
    issues.push({ code: 'invalid_value', path: ['household'], message: ISSUE.invalidValue("'single' or 'couple'", r.household) });
  }
  throwIfIssues(issues);
  return { netMonthlyEarnings: r.netMonthlyEarnings as number, date: r.date as string, age: r.age as number, monthsUsed: monthsUsed as number };
}
