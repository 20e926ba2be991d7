import { type MatchIssue, throwIfIssues } from '../basics/errors.js';
import { MUNICIPALITY_ROWS } from '../region/municipalities.data.js';
import { TARGET_GROUPS, type TargetGroup } from '../basics/sectors.js';
import { normalizeLabel } from '../basics/text.js';
import { LAST_DATE, shiftDate, toDays } from '../basics/dates.js';
import { DURABILITY_DEFAULTS, durability } from './durability.js';
import { ISSUE } from './messages.js';
import { checkArray, checkBoolean, checkDate, checkNumber, checkObject, checkOptionalDate, checkOrder, checkString, type Path, plainList } from './validate.js';

export interface PilotPlacement {
  readonly candidateId: string;
  /** Must be one of the `employers`. */
  readonly employerId: string;
  /** The placed person's municipality: CBS code (`GM0575`) or name. */
  readonly municipality: string;
  readonly start: string;
  /** Last day of the employment (inclusive); absent while it goes on. */
  readonly end?: string | undefined;
  readonly targetGroups?: readonly TargetGroup[] | undefined;
}

export interface PilotEmployer {
  readonly id: string;
  /** Employer from the white-spot plan (new to the service). @default false */
  readonly whiteSpot?: boolean | undefined;
}

/** `approach`: written to or called (aangeschreven); `visit`: a contact visit (contactbezoek). */
export type ContactKind = 'approach' | 'visit';

export interface EmployerContact {
  /** Must be one of the `employers`. */
  readonly employerId: string;
  readonly date: string;
  readonly kind: ContactKind;
}

export interface IndicatorsInput {
  readonly placements: readonly PilotPlacement[];
  readonly employers: readonly PilotEmployer[];
  readonly contacts: readonly EmployerContact[];
  /** Count what happened up to and including this day, and judge durability on it. */
  readonly asOf: string;
  /** CBS code or name of the pilot's municipality. */
  readonly homeMunicipality: string;
  /** Count only placements and contacts from this day on (the pilot's start). */
  readonly from?: string | undefined;
  /** Months a placement must last to be durable. @default 6 */
  readonly months?: number | undefined;
}

export interface PilotIndicators {
  readonly asOf: string;
  /** Placements that started in the window. */
  readonly placements: number;
  readonly placementsFromHome: number;
  /** Placements durable on `asOf` (6 months and 1 day by default). */
  readonly durablePlacements: number;
  readonly durablePlacementsFromHome: number;
  /** Placements not yet durable but still running (or whose end lies after `asOf`). */
  readonly pendingPlacements: number;
  /** Placements that ended before they became durable. */
  readonly endedEarlyPlacements: number;
  /** White-spot employers with any contact (approach or visit) in the window. */
  readonly whiteSpotEmployersApproached: number;
  /** Contact visits to white-spot employers in the window (each visit counts). */
  readonly whiteSpotContactVisits: number;
  /** White-spot employers visited at least once in the window. */
  readonly whiteSpotEmployersVisited: number;
  /** White-spot employers where someone was placed in the window. */
  readonly whiteSpotEmployersWithPlacement: number;
  /** Placements per target group; a placement in two groups counts in both. */
  readonly placementsByTargetGroup: Readonly<Record<TargetGroup, number>>;
  /** Placements without any target group: missing data, shown rather than hidden. */
  readonly placementsWithoutTargetGroup: number;
}

const CONTACT_KINDS: readonly string[] = ['approach', 'visit'];

/**
 * The pilot indicators of the Noordwijk plan: placements, durable placements, white-spot acquisition, target groups.
 *
 * @param input - placements, employers, contacts, `asOf`, the home municipality, optionally `from` and `months`
 * @returns the counts, each over placements and contacts dated from `from` up to `asOf`
 * @throws {MatchError} naming every bad record and field (invalid dates, unknown employers, duplicate ids, unknown target groups,
 *   holes in an array, a start whose durability date would lie after 9999-12-31)
 * @example
 * indicators({
 *   placements: [{ candidateId: 'c1', employerId: 'e1', municipality: 'Noordwijk', start: '2025-01-06' }],
 *   employers: [{ id: 'e1', whiteSpot: true }],
 *   contacts: [{ employerId: 'e1', date: '2024-12-02', kind: 'visit' }],
 *   asOf: '2025-12-31',
 *   homeMunicipality: 'GM0575',
 * }).durablePlacementsFromHome; // → 1
 */
export function indicators(input: IndicatorsInput): PilotIndicators {
  validate(input);
  const { asOf, from } = input;
  const months = input.months ?? DURABILITY_DEFAULTS.months;
  const inWindow = (date: string): boolean => toDays(date) <= toDays(asOf) && (from === undefined || toDays(date) >= toDays(from));
  const home = municipalityKey(input.homeMunicipality);
  const whiteSpot = new Set(
    plainList(input.employers)
      .filter((e) => e.whiteSpot === true)
      .map((e) => e.id),
  );

  const counted = plainList(input.placements).filter((p) => inWindow(p.start));
  const byTargetGroup = Object.fromEntries(TARGET_GROUPS.map((g) => [g, 0])) as Record<TargetGroup, number>;
  let fromHome = 0;
  let durable = 0;
  let durableFromHome = 0;
  let pending = 0;
  let endedEarly = 0;
  let withoutTargetGroup = 0;
  for (const p of counted) {
    const isHome = municipalityKey(p.municipality) === home;
    const { status } = durability({ start: p.start, end: p.end }, { asOf, months });
    if (isHome) fromHome += 1;
    if (status === 'durable') {
      durable += 1;
      if (isHome) durableFromHome += 1;
    } else if (status === 'pending') pending += 1;
    else endedEarly += 1;
    const groups = new Set(p.targetGroups ?? []);
    if (groups.size === 0) withoutTargetGroup += 1;
    for (const g of groups) byTargetGroup[g] += 1;
  }

  const contacts = plainList(input.contacts).filter((c) => whiteSpot.has(c.employerId) && inWindow(c.date));
  const visits = contacts.filter((c) => c.kind === 'visit');
  return {
    asOf,
    placements: counted.length,
    placementsFromHome: fromHome,
    durablePlacements: durable,
    durablePlacementsFromHome: durableFromHome,
    pendingPlacements: pending,
    endedEarlyPlacements: endedEarly,
    whiteSpotEmployersApproached: new Set(contacts.map((c) => c.employerId)).size,
    whiteSpotContactVisits: visits.length,
    whiteSpotEmployersVisited: new Set(visits.map((c) => c.employerId)).size,
    whiteSpotEmployersWithPlacement: new Set(counted.filter((p) => whiteSpot.has(p.employerId)).map((p) => p.employerId)).size,
    placementsByTargetGroup: byTargetGroup,
    placementsWithoutTargetGroup: withoutTargetGroup,
  };
}

const NAME_BY_CODE = new Map(MUNICIPALITY_ROWS.map((row) => [row[0].toUpperCase(), row[1]]));

// A CBS code and a name of the same municipality compare equal; names case-, accent- and punctuation-insensitively.
function municipalityKey(value: string): string {
  return normalizeLabel(NAME_BY_CODE.get(value.trim().toUpperCase()) ?? value);
}

function validate(input: IndicatorsInput): void {
  const issues: MatchIssue[] = [];
  const r = checkObject(issues, input, []);
  throwIfIssues(issues);
  const record = r!;
  const asOfOk = checkDate(issues, record.asOf, ['asOf']);
  if (record.from !== undefined && checkOptionalDate(issues, record.from, ['from']) && asOfOk) {
    checkOrder(issues, record.from, record.asOf, ['asOf']);
  }
  checkString(issues, record.homeMunicipality, ['homeMunicipality']);
  const monthsOk = record.months === undefined || checkNumber(issues, record.months, ['months'], { min: 1, max: 120, integer: true, describe: 'whole months from 1 to 120' });
  const months = monthsOk ? ((record.months as number | undefined) ?? DURABILITY_DEFAULTS.months) : undefined;

  const employerIds = new Set<string>();
  eachRecord(issues, record.employers, 'employers', (e, path) => {
    if (checkString(issues, e.id, [...path, 'id'])) {
      const id = e.id as string;
      if (employerIds.has(id)) issues.push({ code: 'duplicate_id', path: [...path, 'id'], message: ISSUE.duplicateId(id) });
      employerIds.add(id);
    }
    checkBoolean(issues, e.whiteSpot, [...path, 'whiteSpot'], true);
  });
  const checkEmployer = (value: unknown, path: Path): void => {
    if (checkString(issues, value, path) && !employerIds.has(value)) {
      issues.push({ code: 'unknown_employer', path, message: ISSUE.unknownEmployer(value) });
    }
  };
  eachRecord(issues, record.placements, 'placements', (p, path) => {
    checkString(issues, p.candidateId, [...path, 'candidateId']);
    checkEmployer(p.employerId, [...path, 'employerId']);
    checkString(issues, p.municipality, [...path, 'municipality']);
    if (checkDate(issues, p.start, [...path, 'start']) && months !== undefined && shiftDate(p.start, months) === undefined) {
      issues.push({ code: 'date_out_of_range', path: [...path, 'start'], message: ISSUE.dateOutOfRange(`start + ${months} months`, LAST_DATE) });
    }
    if (checkOptionalDate(issues, p.end, [...path, 'end'])) checkOrder(issues, p.start, p.end, [...path, 'end']);
    const groups = p.targetGroups;
    if (groups !== undefined && checkArray(issues, groups, [...path, 'targetGroups'])) {
      groups.forEach((g, j) => {
        if (!(TARGET_GROUPS as readonly unknown[]).includes(g)) {
          issues.push({ code: 'invalid_value', path: [...path, 'targetGroups', j], message: ISSUE.unknownTargetGroup(g) });
        }
      });
    }
  });
  eachRecord(issues, record.contacts, 'contacts', (c, path) => {
    checkEmployer(c.employerId, [...path, 'employerId']);
    checkDate(issues, c.date, [...path, 'date']);
    if (!CONTACT_KINDS.includes(c.kind as string)) {
      issues.push({ code: 'invalid_value', path: [...path, 'kind'], message: ISSUE.invalidValue("'approach' or 'visit'", c.kind) });
    }
  });
  throwIfIssues(issues);
}

function eachRecord(issues: MatchIssue[], list: unknown, name: string, check: (record: Readonly<Record<string, unknown>>, path: Path) => void): void {
  if (!checkArray(issues, list, [name])) return;
  list.forEach((item, i) => {
    const record = checkObject(issues, item, [name, i]);
    if (record) check(record, [name, i]);
  });
}
