// The root's pilotReport: the home municipality looked up in the municipality table, which werkmatch/rules leaves out.
import { MUNICIPALITY_TABLE } from './home.js';
import { type PilotReport, type PilotReportInput, pilotReportFor } from './report.js';

/**
 * The report of a pilot such as Noordwijk's white-spot plan: its indicators at each evaluation checkpoint and its money. A CBS
 * code and a name of the home municipality compare equal (`GM0575` = `Noordwijk`). See `pilotReport` in `werkmatch/rules`.
 *
 * @param input - placements, employers, contacts, the pilot's first and last day, the home municipality, optionally costs,
 *   `months` and `fullTimeHours`
 * @returns one row per checkpoint, and the notional savings, costs and net benefit of the pilot's placements
 * @throws {MatchError} naming every bad record and field
 * @example
 * pilotReport({
 *   placements: [{ candidateId: 'c1', employerId: 'e1', municipality: 'GM0575', start: '2025-02-03' }],
 *   employers: [{ id: 'e1' }],
 *   contacts: [],
 *   pilotStart: '2025-01-01',
 *   pilotEnd: '2025-12-31',
 *   homeMunicipality: 'Noordwijk',
 * }).checkpoints[3]!.placementsFromHome; // → 1
 */
export function pilotReport(input: PilotReportInput): PilotReport {
  return pilotReportFor(input, MUNICIPALITY_TABLE);
}
