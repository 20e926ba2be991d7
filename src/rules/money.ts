// What a programme costs against what its placements save: net benefit per calendar year, and a pilot's costs by role.
import { type MatchIssue, throwIfIssues } from '../basics/errors.js';
import { parseIsoDate } from '../basics/dates.js';
import { ISSUE } from './messages.js';
import { checkSavingsPlacements, notionalSavings, type SavingsPlacement } from './savings.js';
import { checkArray, checkNumber, checkObject, checkString, type Path, plainList, roundCents } from './validate.js';

/** Programme costs: one amount, or euros per calendar year (`{ "2015": 118929, "2016": 199332 }`). */
export type ProgrammeCosts = number | Readonly<Record<string, number>>;

export interface NetBenefitInput {
  /** Start date and full- or part-time of each placement, as for `notionalSavings`. */
  readonly placements: readonly SavingsPlacement[];
  /**
   * Euros: per calendar year, or one amount when every placement starts in one calendar year (an amount cannot be split over
   * several). A year with costs and no placements gets a row of its own.
   */
  readonly costs: ProgrammeCosts;
}

export interface NetBenefitYear {
  readonly year: number;
  /** Placements that started in the year. */
  readonly placements: number;
  /** The fictieve besparing of those placements, euros. */
  readonly notionalSavings: number;
  /** Programme costs booked on the year, euros. */
  readonly costs: number;
  /** `notionalSavings` − `costs`, rounded to cents. */
  readonly net: number;
}

export interface NetBenefit {
  /** One row per calendar year with placements or costs, oldest first. */
  readonly years: readonly NetBenefitYear[];
  /** The sums over the years; `costs` is all costs given, also one amount with no placement to book it on. */
  readonly total: { readonly placements: number; readonly notionalSavings: number; readonly costs: number; readonly net: number };
}

/** The largest amount of euros a cost field takes: large enough for any programme, small enough that sums stay exact to the cent. */
const MAX_EUROS = 1e12;
const EUROS = { min: 0, max: MAX_EUROS, describe: 'euros from 0 to 1,000,000,000,000' } as const;
const YEAR = /^\d{4}$/;

/**
 * The net benefit of a programme per calendar year: the notional savings of the placements that started in the year (€13,000 /
 * €6,500 full-time, €3,250 / €1,625 part-time by half-year of start) minus the programme's costs of that year.
 *
 * @param input - the placements (`{ start, fullTime }`) and the costs: per calendar year, or one amount for a single year
 * @returns a row per year with placements or costs, oldest first, and the totals
 * @throws {MatchError} naming every bad placement and cost (invalid dates, a missing `fullTime`, a key that is not a year, a
 *   negative or non-finite amount, one amount for placements in several years: `costs_per_year`)
 * @example
 * netBenefit({
 *   placements: [{ start: '2015-03-01', fullTime: true }, { start: '2015-09-01', fullTime: false }],
 *   costs: { 2015: 10000 },
 * }).total; // → { placements: 2, notionalSavings: 14625, costs: 10000, net: 4625 }
 */
export function netBenefit(input: NetBenefitInput): NetBenefit {
  const issues: MatchIssue[] = [];
  const record = checkObject(issues, input, []);
  throwIfIssues(issues);
  checkSavingsPlacements(issues, record!.placements, ['placements']);
  const read = readCosts(issues, record!.costs, ['costs']);
  throwIfIssues(issues);
  const costs = read!;
  const list = plainList(input.placements);
  const amounts = notionalSavings(list).perPlacement;
  const rows = new Map<number, { placements: number; notionalSavings: number; costs: number }>();
  const row = (year: number) => rows.get(year) ?? rows.set(year, { placements: 0, notionalSavings: 0, costs: 0 }).get(year)!;
  list.forEach((p, i) => {
    const r = row(parseIsoDate(p.start)!.year);
    r.placements += 1;
    r.notionalSavings += amounts[i]!.amount;
  });
  if (typeof costs === 'number') {
    const years = [...rows.keys()].sort((a, b) => a - b);
    if (years.length > 1) {
      issues.push({ code: 'costs_per_year', path: ['costs'], message: ISSUE.costsPerYear(years[0]!, years[years.length - 1]!) });
      throwIfIssues(issues);
    }
    if (years.length === 1) row(years[0]!).costs = costs;
  } else {
    for (const [year, amount] of costs) row(year).costs += amount;
  }
  const years = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, r]): NetBenefitYear => ({ year, placements: r.placements, notionalSavings: r.notionalSavings, costs: roundCents(r.costs), net: roundCents(r.notionalSavings - r.costs) }));
  const totalCosts = typeof costs === 'number' ? costs : costs.reduce((sum, [, amount]) => sum + amount, 0);
  const savings = years.reduce((sum, y) => sum + y.notionalSavings, 0);
  return {
    years,
    total: { placements: list.length, notionalSavings: savings, costs: roundCents(totalCosts), net: roundCents(savings - totalCosts) },
  };
}

/** Reads costs given as one amount or per year; per year as `[year, euros]` pairs. Undefined (with issues) when bad. */
function readCosts(issues: MatchIssue[], value: unknown, path: Path): number | [number, number][] | undefined {
  if (typeof value === 'number') return checkNumber(issues, value, path, EUROS) ? value : undefined;
  const record = checkObject(issues, value, path);
  if (!record) return undefined;
  const before = issues.length;
  const pairs: [number, number][] = [];
  for (const key of Object.keys(record)) {
    const amount = record[key];
    if (!YEAR.test(key) || Number(key) < 1) issues.push({ code: 'invalid_year', path: [...path, key], message: ISSUE.invalidYear(key) });
    else if (checkNumber(issues, amount, [...path, key], EUROS)) pairs.push([Number(key), amount]);
  }
  return issues.length === before ? pairs : undefined;
}

/** One role in a pilot's budget: hours in the period at a rate in euros an hour. */
export interface PilotCostRole {
  readonly name: string;
  readonly hours: number;
  /** Euros an hour. */
  readonly rate: number;
}

/** A pilot's programme costs: one amount in euros, or hours × rate per role. */
export type PilotCosts = number | { readonly roles: readonly PilotCostRole[] };

export interface ResolvedPilotCosts {
  /** Euros, rounded to cents: the amount given, or Σ hours × rate over the roles (rounded once, at the end). */
  readonly costs: number;
  /** Total hours, where the costs were given by role. */
  readonly hours?: number;
  /** Each role with its amount (hours × rate, rounded to cents), where the costs were given by role. */
  readonly roles?: readonly (PilotCostRole & { readonly amount: number })[];
}

/** Validates and resolves pilot costs: absent is 0. Undefined (with issues at `path`) when bad. */
export function resolvePilotCosts(issues: MatchIssue[], value: unknown, path: Path): ResolvedPilotCosts | undefined {
  if (value === undefined) return { costs: 0 };
  if (typeof value === 'number') return checkNumber(issues, value, path, EUROS) ? { costs: roundCents(value) } : undefined;
  const before = issues.length;
  const record = checkObject(issues, value, path);
  if (!record || !checkArray(issues, record.roles, [...path, 'roles'])) return undefined;
  record.roles.forEach((item, i) => {
    const role = checkObject(issues, item, [...path, 'roles', i]);
    if (!role) return;
    checkString(issues, role.name, [...path, 'roles', i, 'name']);
    checkNumber(issues, role.hours, [...path, 'roles', i, 'hours'], { min: 0, max: 1e6, describe: 'hours from 0 to 1,000,000' });
    checkNumber(issues, role.rate, [...path, 'roles', i, 'rate'], { min: 0, max: 1e5, describe: 'euros an hour from 0 to 100,000' });
  });
  if (issues.length > before) return undefined;
  const given = plainList(record.roles as readonly PilotCostRole[]);
  const roles = given.map(({ name, hours, rate }) => ({ name, hours, rate, amount: roundCents(hours * rate) }));
  return {
    // Rounded once, at the end: the total is not the sum of the rounded role amounts.
    costs: roundCents(given.reduce((sum, r) => sum + r.hours * r.rate, 0)),
    hours: roles.reduce((sum, r) => sum + r.hours, 0),
    roles,
  };
}
