// The root's indicators: the home municipality looked up in the municipality table, which werkmatch/rules leaves out.
import { closestMunicipalityNames, findMunicipality } from '../region/municipalities.js';
import { type IndicatorsInput, indicatorsFor, type MunicipalityTable, type PilotIndicators } from './indicators.js';

/**
 * The pilot indicators of the Noordwijk plan: placements, durable placements, white-spot acquisition, target groups.
 * A CBS code and a name of the home municipality compare equal (`GM0575` = `Noordwijk`), names case-, accent- and
 * punctuation-insensitively.
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
  return indicatorsFor(input, MUNICIPALITY_TABLE);
}

/** The municipality table, as the indicators and the pilot report read it. */
export const MUNICIPALITY_TABLE: MunicipalityTable = {
  codeOf: (value) => findMunicipality(value)?.code,
  closest: (value) => closestMunicipalityNames(value),
};
