// The acquisition funnel of employers: approached, appointment, visit, vacancy, placement.
import { type MatchIssue, throwIfIssues } from '../basics/errors.js';
import { isIsoDate, toDays } from '../basics/dates.js';
import { checkContacts, checkEmployerId, checkEmployers, checkPlacements, type EmployerContact, eachRecord, type PilotEmployer, type PilotPlacement, startOf } from './pilot.js';
import { checkDate, plainList } from './validate.js';
import { rulesUsage, usage } from '../basics/messages/en.js';

/** A vacancy an employer opened: the pipeline's fourth stage. */
export interface PipelineVacancy {
  /** Must be one of the `employers`. */
  readonly employerId: string;
  /** The day the vacancy came in, 'YYYY-MM-DD'. */
  readonly date: string;
}

export interface PipelineOptions {
  /** Count what happened up to and including this day. */
  readonly asOf: string;
  /** Count only what happened from this day on (the pilot's start). @default everything up to `asOf` */
  readonly from?: string | undefined;
  /** The share of approached employers that should reach an appointment, 0 to 1. @default 0.2 (Noordwijk plan) */
  readonly target?: number | undefined;
  /** Vacancies of the employers: the vacancy stage. */
  readonly vacancies?: readonly PipelineVacancy[] | undefined;
  /** Pilot placements: the placement stage (on the day each starts). */
  readonly placements?: readonly PilotPlacement[] | undefined;
  /** Count white-spot employers only. @default false */
  readonly whiteSpotOnly?: boolean | undefined;
}

export interface Pipeline {
  /** Employers in each stage; an employer in a later stage counts in every stage before it. */
  readonly approached: number;
  readonly appointment: number;
  readonly visit: number;
  readonly vacancy: number;
  readonly placement: number;
  /** `appointment` ÷ `approached`; 0 when no employer was approached. */
  readonly appointmentRate: number;
  /** The target the rate was held against. */
  readonly target: number;
  /** `appointmentRate` ≥ `target`; false when no employer was approached (nothing was converted). */
  readonly meetsTarget: boolean;
}

/** Defaults of {@link PipelineOptions}: the Noordwijk plan's aim to turn 20% of acquisition into contact appointments. */
export const PIPELINE_DEFAULTS = Object.freeze({ target: 0.2, whiteSpotOnly: false });

const STAGE = Object.freeze({ approach: 1, appointment: 2, visit: 3, vacancy: 4, placement: 5 });

/**
 * The employer pipeline of an acquisition plan: how many employers were approached, got an appointment, were visited, opened a
 * vacancy and took on a placed person, and whether appointments reached the target share of approaches.
 *
 * @param employers - the employers (`whiteSpot` marks the white-spot plan's)
 * @param contacts - approaches, appointments and visits
 * @param options - `asOf` (required), `from`, `target` (default 0.2), `vacancies`, `placements`, `whiteSpotOnly`
 * @returns employers per stage, the appointment rate and whether it meets the target
 * @throws {MatchError} naming every bad employer, contact, vacancy and placement (unknown employers, invalid dates, duplicate ids)
 * @throws {TypeError} when `options` is not an object or `whiteSpotOnly` not a boolean; {RangeError} for an invalid `asOf` or
 *   `from`, `from` after `asOf`, or a `target` outside 0 to 1
 * @example
 * pipeline([{ id: 'e1' }, { id: 'e2' }], [
 *   { employerId: 'e1', date: '2025-02-03', kind: 'approach' },
 *   { employerId: 'e2', date: '2025-02-10', kind: 'visit' },
 * ], { asOf: '2025-03-01' });
 * // → { approached: 2, appointment: 1, visit: 1, vacancy: 0, placement: 0, appointmentRate: 0.5, target: 0.2, meetsTarget: true }
 */
export function pipeline(employers: readonly PilotEmployer[], contacts: readonly EmployerContact[], options: PipelineOptions): Pipeline {
  const { asOf, from, target, whiteSpotOnly } = resolveOptions(options);
  validate(employers, contacts, options);
  const inWindow = (date: string): boolean => toDays(date) <= toDays(asOf) && (from === undefined || toDays(date) >= toDays(from));
  const reached = new Map<string, number>();
  for (const e of plainList(employers)) if (!whiteSpotOnly || e.whiteSpot === true) reached.set(e.id, 0);
  const reach = (employerId: string, stage: number, date: string): void => {
    const now = reached.get(employerId);
    if (now !== undefined && stage > now && inWindow(date)) reached.set(employerId, stage);
  };
  for (const c of plainList(contacts)) reach(c.employerId, STAGE[c.kind], c.date);
  for (const v of plainList(options.vacancies ?? [])) reach(v.employerId, STAGE.vacancy, v.date);
  for (const p of plainList(options.placements ?? [])) reach(p.employerId, STAGE.placement, startOf(p));
  const atLeast = (stage: number): number => [...reached.values()].filter((s) => s >= stage).length;
  const approached = atLeast(STAGE.approach);
  const appointment = atLeast(STAGE.appointment);
  const appointmentRate = approached === 0 ? 0 : appointment / approached;
  return {
    approached,
    appointment,
    visit: atLeast(STAGE.visit),
    vacancy: atLeast(STAGE.vacancy),
    placement: atLeast(STAGE.placement),
    appointmentRate,
    target,
    meetsTarget: approached > 0 && appointmentRate >= target,
  };
}

function resolveOptions(options: PipelineOptions): { asOf: string; from: string | undefined; target: number; whiteSpotOnly: boolean } {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(usage.required('pipeline', 'asOf', options));
  }
  const { asOf, from } = options;
  if (!isIsoDate(asOf)) throw new RangeError(usage.isoDate('pipeline', 'asOf', asOf));
  if (from !== undefined && !isIsoDate(from)) throw new RangeError(usage.isoDate('pipeline', 'from', from));
  if (from !== undefined && toDays(from) > toDays(asOf)) throw new RangeError(rulesUsage.fromAfterAsOf(from, asOf));
  const target = options.target ?? PIPELINE_DEFAULTS.target;
  if (typeof target !== 'number' || !(target >= 0 && target <= 1)) {
    throw new RangeError(rulesUsage.target(target));
  }
  const whiteSpotOnly = options.whiteSpotOnly ?? PIPELINE_DEFAULTS.whiteSpotOnly;
  if (typeof whiteSpotOnly !== 'boolean') throw new TypeError(rulesUsage.whiteSpotOnly(whiteSpotOnly));
  return { asOf, from, target, whiteSpotOnly };
}

function validate(employers: unknown, contacts: unknown, options: PipelineOptions): void {
  const issues: MatchIssue[] = [];
  const employerIds = checkEmployers(issues, employers, ['employers']);
  checkContacts(issues, contacts, ['contacts'], employerIds);
  if (options.vacancies !== undefined) {
    eachRecord(issues, options.vacancies, ['vacancies'], (v, path) => {
      checkEmployerId(issues, v.employerId, [...path, 'employerId'], employerIds);
      checkDate(issues, v.date, [...path, 'date']);
    });
  }
  if (options.placements !== undefined) checkPlacements(issues, options.placements, ['placements'], employerIds);
  throwIfIssues(issues);
}
