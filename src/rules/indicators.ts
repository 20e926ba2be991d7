import { type MatchIssue, throwIfIssues } from '../basics/errors.js';
import { TARGET_GROUPS, type TargetGroup } from '../basics/sectors.js';
import { PERSPECTIVES, type Perspective } from '../basics/perspectives.js';
import { normalizeLabel } from '../basics/text.js';
import { toDays } from '../basics/dates.js';
import { DURABILITY_DEFAULTS, durability } from './durability.js';
import { ISSUE } from './messages.js';
import {
  checkContacts,
  checkEmployment,
  checkOverlaps,
  checkPerspective,
  checkTargetGroups,
  contractsOf,
  perspectiveOf,
  type EmployerContact,
  type PilotEmployer,
  type PilotPlacement,
  startOf,
  targetGroupsOf,
} from './pilot.js';
import { checkArray, checkBoolean, checkDate, checkNumber, checkObject, checkOptionalDate, checkOrder, checkString, type Path, plainList } from './validate.js';

// The record shapes live with the rest of the pilot model.
export type { ContactKind, EmployerContact, PilotEmployer, PilotPlacement } from './pilot.js';

export interface IndicatorsInput {
  readonly placements: readonly PilotPlacement[];
  readonly employers: readonly PilotEmployer[];
  readonly contacts: readonly EmployerContact[];
  /** Count what happened up to and including this day, and judge durability on it. */
  readonly asOf: string;
  /**
   * The pilot's municipality: its CBS code, its name, or both (`['GM0575', 'Noordwijk']`). A placement is from home when its
   * municipality equals one of them: a CBS code compared with codes, a name with names (case-, accent- and punctuation-insensitively).
   */
  readonly homeMunicipality: string | readonly string[];
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
  /** Placements not yet durable that still can be (no known end before the durability date). */
  readonly pendingPlacements: number;
  /** Placements whose known end lies before the durability date. */
  readonly endedEarlyPlacements: number;
  /** White-spot employers with any contact (approach, appointment or visit) in the window. */
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
  /** Placements per perspective of the placed person (werken, werken-aan, meedoen). */
  readonly placementsByPerspective: Readonly<Record<Perspective, number>>;
  /** Placements that give no perspective. */
  readonly placementsWithoutPerspective: number;
}

/**
 * The pilot indicators of the Noordwijk plan: placements, durable placements, white-spot acquisition, target groups.
 *
 * This is the `werkmatch/rules` version, which holds no municipality table: a placement's CBS code compares with the codes of
 * `homeMunicipality` and a name with its names, so give both (`['GM0575', 'Noordwijk']`) where placements mix them. The root's
 * `indicators` looks the home municipality up, so there a code and a name of it always compare equal.
 *
 * @param input - placements, employers, contacts, `asOf`, the home municipality, optionally `from` and `months`
 * @returns the counts, each over placements and contacts dated from `from` up to `asOf`
 * @throws {MatchError} naming every bad record and field (invalid dates, unknown employers, duplicate ids, unknown target groups,
 *   holes in an array, a start whose durability date would lie after 9999-12-31, a placement's code or name that the home
 *   municipality gives nothing of its kind to compare with: `incomparable_municipality`)
 * @example
 * indicators({
 *   placements: [{ candidateId: 'c1', employerId: 'e1', municipality: 'Noordwijk', start: '2025-01-06' }],
 *   employers: [{ id: 'e1', whiteSpot: true }],
 *   contacts: [{ employerId: 'e1', date: '2024-12-02', kind: 'visit' }],
 *   asOf: '2025-12-31',
 *   homeMunicipality: ['GM0575', 'Noordwijk'],
 * }).durablePlacementsFromHome; // → 1
 */
export function indicators(input: IndicatorsInput): PilotIndicators {
  return indicatorsFor(input, undefined);
}

/**
 * The municipality table as the indicators read it. The root passes it, so that any name, CBS code or other name of a
 * municipality compares equal with any other (`GM0575` = `Noordwijk` = `Noordwijkerhout`) and an unknown municipality is an
 * issue; werkmatch/rules holds no table and compares codes with codes and names with names.
 */
export interface MunicipalityTable {
  /** The CBS code of the municipality `value` names, or undefined when the table knows none. */
  codeOf(value: string): string | undefined;
  /** Municipality names close to an unknown `value`, for its issue. */
  closest(value: string): readonly string[];
}

/** {@link indicators} with the municipality table, or without one (`undefined`, as werkmatch/rules has none). */
export function indicatorsFor(input: IndicatorsInput, table: MunicipalityTable | undefined): PilotIndicators {
  const home = validate(input, table);
  const { asOf, from } = input;
  const months = input.months ?? DURABILITY_DEFAULTS.months;
  const inWindow = (date: string): boolean => toDays(date) <= toDays(asOf) && (from === undefined || toDays(date) >= toDays(from));
  const whiteSpot = new Set(
    plainList(input.employers)
      .filter((e) => e.whiteSpot === true)
      .map((e) => e.id),
  );

  const counted = plainList(input.placements).filter((p) => inWindow(startOf(p)));
  const byTargetGroup = Object.fromEntries(TARGET_GROUPS.map((g) => [g, 0])) as Record<TargetGroup, number>;
  let fromHome = 0;
  let durable = 0;
  let durableFromHome = 0;
  let pending = 0;
  let endedEarly = 0;
  let withoutTargetGroup = 0;
  const byPerspective = Object.fromEntries(PERSPECTIVES.map((g) => [g, 0])) as Record<Perspective, number>;
  let withoutPerspective = 0;
  for (const p of counted) {
    const isHome = isHomeMunicipality(p.municipality, home, table) === true;
    const { status } = durability(contractsOf(p), { asOf, months });
    if (isHome) fromHome += 1;
    if (status === 'durable') {
      durable += 1;
      if (isHome) durableFromHome += 1;
    } else if (status === 'pending') pending += 1;
    else endedEarly += 1;
    const groups = targetGroupsOf(p);
    if (groups.length === 0) withoutTargetGroup += 1;
    for (const g of groups) byTargetGroup[g] += 1;
    const perspective = perspectiveOf(p);
    if (perspective === undefined) withoutPerspective += 1;
    else byPerspective[perspective] += 1;
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
    placementsByPerspective: byPerspective,
    placementsWithoutPerspective: withoutPerspective,
  };
}

const CBS_CODE = /^GM\d{4}$/;

/** The home municipality as comparable keys: CBS codes upper-cased, names normalised. */
interface HomeKeys {
  readonly codes: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
}

function homeKeys(identifiers: readonly string[]): HomeKeys {
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const id of identifiers) {
    const code = id.trim().toUpperCase();
    if (CBS_CODE.test(code)) codes.add(code);
    else names.add(normalizeLabel(id));
  }
  return { codes, names };
}

// With the table, the municipality's code compares with home's codes. Without it a code compares with codes only and a name with
// names only: undefined when home has none of its kind.
function isHomeMunicipality(value: string, home: HomeKeys, table: MunicipalityTable | undefined): boolean | undefined {
  if (table !== undefined) {
    const code = table.codeOf(value);
    return code !== undefined && home.codes.has(code);
  }
  const code = value.trim().toUpperCase();
  if (CBS_CODE.test(code)) return home.codes.size > 0 ? home.codes.has(code) : undefined;
  return home.names.size > 0 ? home.names.has(normalizeLabel(value)) : undefined;
}

function validate(input: IndicatorsInput, table: MunicipalityTable | undefined): HomeKeys {
  const issues: MatchIssue[] = [];
  const r = checkObject(issues, input, []);
  throwIfIssues(issues);
  const record = r!;
  const asOfOk = checkDate(issues, record.asOf, ['asOf']);
  if (record.from !== undefined && checkOptionalDate(issues, record.from, ['from']) && asOfOk) {
    checkOrder(issues, record.from, record.asOf, ['asOf']);
  }
  const home = checkHome(issues, record.homeMunicipality, table);
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
  // Placements without issues of their own, compared for overlaps afterwards.
  const valid: number[] = [];
  eachRecord(issues, record.placements, 'placements', (p, path) => {
    const before = issues.length;
    checkString(issues, p.candidateId, [...path, 'candidateId']);
    checkEmployer(p.employerId, [...path, 'employerId']);
    if (checkString(issues, p.municipality, [...path, 'municipality'])) {
      if (table !== undefined) {
        if (table.codeOf(p.municipality) === undefined)
          issues.push({ code: 'unknown_municipality', path: [...path, 'municipality'], message: ISSUE.unknownMunicipality(p.municipality, table.closest(p.municipality)) });
      } else if (home !== undefined && isHomeMunicipality(p.municipality, home, undefined) === undefined) {
        const code = CBS_CODE.test(p.municipality.trim().toUpperCase());
        issues.push({ code: 'incomparable_municipality', path: [...path, 'municipality'], message: code ? ISSUE.homeWithoutCode(p.municipality) : ISSUE.homeWithoutName(p.municipality) });
      }
    }
    checkEmployment(issues, p, path, months);
    checkTargetGroups(issues, p.targetGroups, [...path, 'targetGroups']);
    checkPerspective(issues, p.perspective, [...path, 'perspective']);
    if (issues.length === before) valid.push(path[1] as number);
  });
  checkOverlaps(issues, record.placements as readonly PilotPlacement[], valid, ['placements']);
  checkContacts(issues, record.contacts, ['contacts'], employerIds);
  throwIfIssues(issues);
  return home!;
}

/**
 * The home municipality's keys, or undefined (with issues) unless it is a non-empty string or a non-empty list of them (and,
 * with the table, each one a municipality it knows).
 */
function checkHome(issues: MatchIssue[], value: unknown, table: MunicipalityTable | undefined): HomeKeys | undefined {
  const path = ['homeMunicipality'];
  const keysOf = (identifiers: readonly string[], at: (j: number) => Path): HomeKeys | undefined => {
    if (table === undefined) return homeKeys(identifiers);
    const before = issues.length;
    const codes = identifiers.map((id, j) => {
      const code = table.codeOf(id);
      if (code === undefined) issues.push({ code: 'unknown_municipality', path: at(j), message: ISSUE.unknownMunicipality(id, table.closest(id)) });
      return code;
    });
    return issues.length === before ? { codes: new Set(codes as string[]), names: new Set() } : undefined;
  };
  if (!Array.isArray(value)) return checkString(issues, value, path) ? keysOf([value], () => path) : undefined;
  const before = issues.length;
  if (!checkArray(issues, value, path)) return undefined;
  if (value.length === 0) {
    issues.push({ code: 'too_small', path, message: ISSUE.invalidValue('a CBS code or name, or a non-empty list of them', value) });
    return undefined;
  }
  value.forEach((id, j) => {
    checkString(issues, id, [...path, j]);
  });
  return issues.length === before ? keysOf(plainList(value as readonly string[]), (j) => [...path, j]) : undefined;
}

function eachRecord(issues: MatchIssue[], list: unknown, name: string, check: (record: Readonly<Record<string, unknown>>, path: Path) => void): void {
  if (!checkArray(issues, list, [name])) return;
  list.forEach((item, i) => {
    const record = checkObject(issues, item, [name, i]);
    if (record) check(record, [name, i]);
  });
}
