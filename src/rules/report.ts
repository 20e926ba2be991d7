// The pilot report: the indicators at each checkpoint of the evaluation schedule, each with what was known that day, and the money.
import { MatchError, type MatchIssue, throwIfIssues } from '../basics/errors.js';
import { toDays } from '../basics/dates.js';
import type { TargetGroup } from '../basics/sectors.js';
import type { Perspective } from '../basics/perspectives.js';
import { DURABILITY_DEFAULTS } from './durability.js';
import { type IndicatorsInput, indicatorsFor, type MunicipalityTable } from './indicators.js';
import { type PilotCostRole, type PilotCosts, type ResolvedPilotCosts, resolvePilotCosts } from './money.js';
import { contractsOf, type EmployerContact, employedOn, hoursOf, jobUnits, knownOn, type PilotContract, type PilotEmployer, type PilotPlacement, targetGroupsOf } from './pilot.js';
import { notionalSavings } from './savings.js';
import { type EvaluationCheckpoint, evaluationSchedule } from './schedule.js';
import { checkDate, checkNumber, checkObject, checkOrder, plainList, roundCents } from './validate.js';

export interface PilotReportInput {
  readonly placements: readonly PilotPlacement[];
  readonly employers: readonly PilotEmployer[];
  readonly contacts: readonly EmployerContact[];
  /** First day of the pilot, 'YYYY-MM-DD'. */
  readonly pilotStart: string;
  /** Last day of the pilot, 'YYYY-MM-DD'. */
  readonly pilotEnd: string;
  /** The pilot's municipality, as for `indicators`: CBS code, name, or both. */
  readonly homeMunicipality: string | readonly string[];
  /** Programme costs: euros, or hours × rate per role (`{ roles: [{ name, hours, rate }] }`). @default 0 */
  readonly costs?: PilotCosts | undefined;
  /** Months a placement must last to be durable. @default 6 */
  readonly months?: number | undefined;
  /** Hours a week from which a placement without `fullTime` counts as full-time. @default 32 */
  readonly fullTimeHours?: number | undefined;
  /**
   * The day the records describe, 'YYYY-MM-DD' (usually today): a checkpoint after it is not reached yet (`reached:
   * false`), and its counts are only what the records say if nothing changes; the money counts the placements started
   * by then. Absent: every checkpoint counts as reached, and every placement of the pilot is valued.
   */
  readonly asOf?: string | undefined;
}

/** One checkpoint of the evaluation schedule, counted with what was known on its date. */
export interface PilotCheckpoint extends EvaluationCheckpoint {
  /** `'3 months after the start'`, `'12 months after the end'`. */
  readonly label: string;
  /** False for a checkpoint after `asOf`: its counts are a projection of the records, not a measurement. */
  readonly reached: boolean;
  /** Pilot placements that had started by the checkpoint. */
  readonly placements: number;
  readonly placementsFromHome: number;
  /** Placements durable on the checkpoint (6 months and 1 day by default). */
  readonly durablePlacements: number;
  readonly durablePlacementsFromHome: number;
  /** Placements not yet durable that still can be. */
  readonly pendingPlacements: number;
  /** Placements whose end, known on the checkpoint, lies before their durability date. */
  readonly endedEarlyPlacements: number;
  /** Placed people still working at their employer on the checkpoint. */
  readonly stillEmployed: number;
  readonly stillEmployedFromHome: number;
  /** Part-time placements ÷ placements whose hours or `fullTime` are known; 0 when none are. */
  readonly partTimeShare: number;
  /** Placements giving neither hours nor `fullTime`: left out of `partTimeShare`. */
  readonly placementsWithoutHours: number;
  /** Doelgroepregister placements in banenafspraak job units: their hours a week ÷ 25.5, summed (without hours, none). */
  readonly jobUnits: number;
  /** Placements per target group (a placement in two groups counts in both); the heads beside `jobUnits`. */
  readonly placementsByTargetGroup: Readonly<Record<TargetGroup, number>>;
  readonly placementsWithoutTargetGroup: number;
  /** Placements per perspective (seeds/001: werken, werken-aan, meedoen). */
  readonly placementsByPerspective: Readonly<Record<Perspective, number>>;
  readonly placementsWithoutPerspective: number;
  /** White-spot employers with any contact from the pilot's start up to the checkpoint (never after the pilot's end). */
  readonly whiteSpotEmployersApproached: number;
  readonly whiteSpotContactVisits: number;
  readonly whiteSpotEmployersVisited: number;
  readonly whiteSpotEmployersWithPlacement: number;
}

export interface PilotMoney {
  /** The pilot's placements (started from `pilotStart` through `pilotEnd`). */
  readonly placements: number;
  /** Their fictieve besparing, euros. */
  readonly notionalSavings: number;
  /** Placements giving neither hours nor `fullTime`, valued at the part-time norm (the lower one). */
  readonly assumedPartTime: number;
  /** Programme costs, euros (0 when none were given). */
  readonly costs: number;
  /** `notionalSavings` − `costs`, rounded to cents. */
  readonly netBenefit: number;
  /** Where costs were given by role: the total hours. */
  readonly hours?: number;
  /** Where costs were given by role: each with its amount (hours × rate, rounded to cents). */
  readonly roles?: readonly (PilotCostRole & { readonly amount: number })[];
}

export interface PilotReport {
  /** One row per checkpoint of `evaluationSchedule(pilotStart, pilotEnd)`: 1, 3 and 11 months after the start, 12 after the end. */
  readonly checkpoints: readonly PilotCheckpoint[];
  readonly money: PilotMoney;
}

/** Defaults of {@link PilotReportInput}: durable after 6 months (and 1 day), full-time from 32 hours a week. */
export const PILOT_REPORT_DEFAULTS = Object.freeze({ months: DURABILITY_DEFAULTS.months, fullTimeHours: 32 });

/**
 * The report of a pilot such as Noordwijk's white-spot plan: its indicators at each evaluation checkpoint and its money.
 *
 * Each checkpoint counts what was known on its date: placements that had started (from `pilotStart`, never after `pilotEnd`),
 * contracts that had begun, and end dates up to that day (a later end was not known yet, so such a contract counts as running).
 * Contacts count from `pilotStart` up to the checkpoint and never after `pilotEnd`.
 *
 * This is the `werkmatch/rules` version, which holds no municipality table: give `homeMunicipality` as both code and name
 * (`['GM0575', 'Noordwijk']`) where placements mix them. The root's `pilotReport` looks the home municipality up.
 *
 * @param input - placements, employers, contacts, the pilot's first and last day, the home municipality, optionally costs,
 *   `months` and `fullTimeHours`
 * @returns one row per checkpoint, and the notional savings, costs and net benefit of the pilot's placements
 * @throws {MatchError} naming every bad record and field: those of `indicators` (invalid dates, an end before a start, unknown
 *   employers, overlapping employments of one candidate, unknown target groups…), the pilot's dates, the costs, `fullTimeHours`
 * @example
 * const report = pilotReport({
 *   placements: [{ candidateId: 'c1', employerId: 'e1', municipality: 'Noordwijk', start: '2025-02-03', hoursPerWeek: 24 }],
 *   employers: [{ id: 'e1', whiteSpot: true }],
 *   contacts: [{ employerId: 'e1', date: '2025-01-20', kind: 'visit' }],
 *   pilotStart: '2025-01-01',
 *   pilotEnd: '2025-12-31',
 *   homeMunicipality: 'Noordwijk',
 *   costs: 77882.18,
 * });
 * report.checkpoints.map((c) => [c.label, c.placements, c.durablePlacements]);
 * // → [['1 month after the start', 0, 0], ['3 months after the start', 1, 0], ['11 months after the start', 1, 1], ['12 months after the end', 1, 1]]
 * report.money; // → { placements: 1, notionalSavings: 3250, assumedPartTime: 0, costs: 77882.18, netBenefit: -74632.18 }
 */
export function pilotReport(input: PilotReportInput): PilotReport {
  return pilotReportFor(input, undefined);
}

/** {@link pilotReport} with the municipality table (the root's), or without one, as `indicatorsFor` takes it. */
export function pilotReportFor(input: PilotReportInput, table: MunicipalityTable | undefined): PilotReport {
  const costs = validate(input, table);
  const months = input.months ?? PILOT_REPORT_DEFAULTS.months;
  const fullTimeHours = input.fullTimeHours ?? PILOT_REPORT_DEFAULTS.fullTimeHours;
  const { pilotStart, pilotEnd } = input;
  const [first, last] = [toDays(pilotStart), toDays(pilotEnd)];
  const placements = plainList(input.placements)
    .map((p) => ({ p, chain: contractsOf(p) }))
    .filter(({ chain }) => toDays(chain[0]!.start) >= first && toDays(chain[0]!.start) <= last);
  const contacts = plainList(input.contacts).filter((c) => toDays(c.date) <= last);
  const base = { employers: input.employers, homeMunicipality: input.homeMunicipality, from: pilotStart, months };
  const fullTimeOf = (p: PilotPlacement, chain: readonly PilotContract[]): boolean | undefined => {
    const hours = hoursOf(chain);
    return p.fullTime ?? (hours === undefined ? undefined : hours >= fullTimeHours);
  };

  const checkpoints = evaluationSchedule(pilotStart, pilotEnd).map((checkpoint): PilotCheckpoint => {
    const { date } = checkpoint;
    const known = placements.map(({ p, chain }) => ({ p, chain: knownOn(chain, date) })).filter(({ chain }) => chain.length > 0);
    const asKnown = known.map(({ p, chain }) => asRecord(p, chain));
    const { asOf: _, ...counts } = indicatorsFor({ ...base, asOf: date, placements: asKnown, contacts }, table);
    const working = asKnown.filter((_p, i) => employedOn(known[i]!.chain, toDays(date)));
    const still = indicatorsFor({ ...base, asOf: date, placements: working, contacts: [] }, table);
    let partTime = 0;
    let withHours = 0;
    let units = 0;
    for (const { p, chain } of known) {
      const fullTime = fullTimeOf(p, chain);
      if (fullTime !== undefined) withHours += 1;
      if (fullTime === false) partTime += 1;
      const hours = hoursOf(chain);
      if (hours !== undefined && targetGroupsOf(p).includes('doelgroepregister')) units += jobUnits(hours);
    }
    return {
      ...checkpoint,
      label: labelOf(checkpoint),
      reached: input.asOf === undefined || date <= input.asOf,
      ...counts,
      stillEmployed: still.placements,
      stillEmployedFromHome: still.placementsFromHome,
      partTimeShare: withHours === 0 ? 0 : partTime / withHours,
      placementsWithoutHours: known.length - withHours,
      jobUnits: units,
    };
  });

  // The money of the placements made by asOf: a later start in the records is not a placement yet.
  const made = input.asOf === undefined ? placements : placements.filter(({ chain }) => chain[0]!.start <= input.asOf!);
  const valued = made.map(({ p, chain }) => ({ start: chain[0]!.start, fullTime: fullTimeOf(p, chain) }));
  const savings = notionalSavings(valued.map(({ start, fullTime }) => ({ start, fullTime: fullTime ?? false }))).total;
  const money: PilotMoney = {
    placements: valued.length,
    notionalSavings: savings,
    assumedPartTime: valued.filter((v) => v.fullTime === undefined).length,
    costs: costs.costs,
    netBenefit: roundCents(savings - costs.costs),
    ...(costs.hours === undefined ? {} : { hours: costs.hours }),
    ...(costs.roles === undefined ? {} : { roles: costs.roles }),
  };
  return { checkpoints, money };
}

function labelOf({ from, months }: EvaluationCheckpoint): string {
  return `${months} month${months === 1 ? '' : 's'} after the ${from}`;
}

// The placement as known on a day: its known contracts (hours folded in) replace start, end and hours.
function asRecord(p: PilotPlacement, contracts: readonly PilotContract[]): PilotPlacement {
  return {
    candidateId: p.candidateId,
    employerId: p.employerId,
    municipality: p.municipality,
    contracts,
    ...(p.targetGroups === undefined ? {} : { targetGroups: p.targetGroups }),
    ...(p.perspective === undefined ? {} : { perspective: p.perspective }),
    ...(p.fullTime === undefined ? {} : { fullTime: p.fullTime }),
  };
}

/** Every issue of the input at once: the pilot's own fields, then the records exactly as `indicators` reports them. */
function validate(input: PilotReportInput, table: MunicipalityTable | undefined): ResolvedPilotCosts {
  const issues: MatchIssue[] = [];
  const record = checkObject(issues, input, []);
  throwIfIssues(issues);
  const r = record!;
  const startOk = checkDate(issues, r.pilotStart, ['pilotStart']);
  const endOk = checkDate(issues, r.pilotEnd, ['pilotEnd']);
  if (startOk && endOk) checkOrder(issues, r.pilotStart, r.pilotEnd, ['pilotEnd']);
  if (r.asOf !== undefined) checkDate(issues, r.asOf, ['asOf']);
  if (r.fullTimeHours !== undefined) checkNumber(issues, r.fullTimeHours, ['fullTimeHours'], { min: 1, max: 60, describe: 'hours a week from 1 to 60' });
  const costs = resolvePilotCosts(issues, r.costs, ['costs']);
  const records = { placements: r.placements, employers: r.employers, contacts: r.contacts, homeMunicipality: r.homeMunicipality, months: r.months };
  try {
    // asOf only windows the counts, which are not used here; any valid date will do when pilotEnd is not one.
    indicatorsFor({ ...records, asOf: endOk ? r.pilotEnd : '2000-01-01' } as IndicatorsInput, table);
  } catch (e) {
    if (!(e instanceof MatchError)) throw e;
    issues.push(...e.issues);
  }
  throwIfIssues(issues);
  return costs!;
}
