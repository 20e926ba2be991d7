import { describe, expect, it } from 'vitest';
// The root's indicators (a CBS code and a name of the home municipality compare equal); test/exports.test.ts covers werkmatch/rules'.
import { indicators } from '../../src/index.js';
import type { IndicatorsInput } from '../../src/rules/index.js';
import { issuesOf } from './helpers.js';

const pilot: IndicatorsInput = {
  asOf: '2025-12-31',
  from: '2025-01-01',
  homeMunicipality: 'Noordwijk',
  employers: [{ id: 'hotel', whiteSpot: true }, { id: 'care', whiteSpot: true }, { id: 'bakery', whiteSpot: true }, { id: 'shop' }],
  contacts: [
    { employerId: 'hotel', date: '2025-01-10', kind: 'approach' },
    { employerId: 'hotel', date: '2025-02-01', kind: 'visit' },
    { employerId: 'hotel', date: '2025-03-01', kind: 'visit' },
    { employerId: 'care', date: '2025-01-20', kind: 'approach' },
    { employerId: 'bakery', date: '2024-12-01', kind: 'visit' },
    { employerId: 'shop', date: '2025-04-01', kind: 'visit' },
  ],
  placements: [
    { candidateId: 'c1', employerId: 'hotel', municipality: 'GM0575', start: '2025-03-01', targetGroups: ['regulier'] },
    { candidateId: 'c2', employerId: 'hotel', municipality: 'Katwijk', start: '2025-04-01', end: '2025-10-01', targetGroups: ['statushouder', 'regulier'] },
    { candidateId: 'c3', employerId: 'shop', municipality: 'noordwijk ', start: '2025-05-01', end: '2025-06-30', targetGroups: ['nug'] },
    { candidateId: 'c4', employerId: 'shop', municipality: 'Lisse', start: '2025-09-01', targetGroups: ['doelgroepregister'] },
    { candidateId: 'c5', employerId: 'care', municipality: 'Noordwijk', start: '2025-07-01' },
    { candidateId: 'c6', employerId: 'bakery', municipality: 'Noordwijk', start: '2024-11-01' },
    { candidateId: 'c7', employerId: 'bakery', municipality: 'Noordwijk', start: '2026-01-05' },
  ],
};

describe('indicators (Noordwijk pilot)', () => {
  it('counts placements, durable placements, white-spot acquisition and target groups in the window', () => {
    expect(indicators(pilot)).toEqual({
      asOf: '2025-12-31',
      placements: 5,
      placementsFromHome: 3,
      durablePlacements: 2,
      durablePlacementsFromHome: 1,
      pendingPlacements: 2,
      endedEarlyPlacements: 1,
      whiteSpotEmployersApproached: 2,
      whiteSpotContactVisits: 2,
      whiteSpotEmployersVisited: 1,
      whiteSpotEmployersWithPlacement: 2,
      placementsByTargetGroup: {
        doelgroepregister: 1,
        regulier: 2,
        statushouder: 1,
        nug: 1,
        'alleenstaande-ouder': 0,
        '50-plus': 0,
        jongere: 0,
      },
      placementsWithoutTargetGroup: 1,
      placementsByPerspective: { werken: 0, 'werken-aan': 0, meedoen: 0 },
      placementsWithoutPerspective: 5,
    });
  });

  it('judges durability on asOf, with another period when asked', () => {
    expect(indicators({ ...pilot, asOf: '2025-09-01' }).durablePlacements).toBe(1);
    expect(indicators({ ...pilot, months: 12 }).durablePlacements).toBe(0);
  });

  it('counts everything up to asOf when no start is given', () => {
    const { from: _from, ...all } = pilot;
    expect(indicators(all)).toMatchObject({ placements: 6, whiteSpotEmployersVisited: 2, whiteSpotEmployersWithPlacement: 3 });
  });

  it('reads any name of a municipality the table knows: a former municipality or a place of the home one counts as home', () => {
    const one = (municipality: string) => indicators({ ...pilot, placements: [{ candidateId: 'c1', employerId: 'hotel', municipality, start: '2025-03-01' }] }).placementsFromHome;
    expect(['Noordwijkerhout', 'De Zilk', 'gm0575', ' NOORDWIJK', 'Noordwijk aan Zee'].map(one)).toEqual([1, 1, 1, 1, 1]);
    expect(['Katwijk', 'Sassenheim', 'Leiden'].map(one)).toEqual([0, 0, 0]);
    expect(indicators({ ...pilot, homeMunicipality: 'Teylingen', placements: [{ candidateId: 'c1', employerId: 'hotel', municipality: 'Voorhout', start: '2025-03-01' }] }).placementsFromHome).toBe(1);
  });

  it('reports a municipality the table does not know, in a placement or as home, with the closest names', () => {
    const input = { ...pilot, homeMunicipality: ['Noordwjik'], placements: [{ candidateId: 'c1', employerId: 'hotel', municipality: 'Amsterdm', start: '2025-03-01' }] };
    expect(issuesOf(() => indicators(input))).toEqual([
      ['unknown_municipality', 'homeMunicipality', 0],
      ['unknown_municipality', 'placements', 0, 'municipality'],
    ]);
    try {
      indicators(input);
    } catch (e) {
      expect((e as { issues: { message: string }[] }).issues.map((i) => i.message)).toEqual([
        expect.stringMatching(/^unknown municipality "Noordwjik"; did you mean "Noordwijk"/),
        expect.stringMatching(/^unknown municipality "Amsterdm"; did you mean "Amsterdam"/),
      ]);
    }
  });

  it('names every bad record and field', () => {
    const bad = {
      ...pilot,
      employers: [...pilot.employers, { id: 'hotel' }],
      contacts: [{ employerId: 'nobody', date: '2025-01-01', kind: 'lunch' }],
      placements: [{ candidateId: 'c1', employerId: 'hotel', municipality: 'Noordwijk', start: '2025-03-01', end: '2025-02-01', targetGroups: ['vip'] }],
    } as never;
    expect(issuesOf(() => indicators(bad))).toEqual([
      ['duplicate_id', 'employers', 4, 'id'],
      ['end_before_start', 'placements', 0, 'end'],
      ['invalid_value', 'placements', 0, 'targetGroups', 0],
      ['unknown_employer', 'contacts', 0, 'employerId'],
      ['invalid_value', 'contacts', 0, 'kind'],
    ]);
  });
});
