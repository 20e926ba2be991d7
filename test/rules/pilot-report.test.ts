import { describe, expect, it } from 'vitest';
import { type PilotReportInput, pilotReport } from '../../src/rules/report.js';
import { pilotReport as rootPilotReport } from '../../src/rules/report-home.js';
import { issuesOf } from './helpers.js';

// A Noordwijk white-spot pilot over 2025 (seeds/000): evaluations 1, 3 and 11 months after the start, and one year after the end.
const noordwijk: PilotReportInput = {
  pilotStart: '2025-01-01',
  pilotEnd: '2025-12-31',
  homeMunicipality: 'Noordwijk',
  employers: [{ id: 'hotel', whiteSpot: true }, { id: 'care', whiteSpot: true }, { id: 'farm', whiteSpot: true }, { id: 'bakery', whiteSpot: true }, { id: 'shop' }],
  contacts: [
    { employerId: 'hotel', date: '2024-12-15', kind: 'approach' }, // before the pilot
    { employerId: 'hotel', date: '2025-01-10', kind: 'visit' },
    { employerId: 'care', date: '2025-01-20', kind: 'approach' },
    { employerId: 'care', date: '2025-02-10', kind: 'appointment' },
    { employerId: 'shop', date: '2025-03-01', kind: 'visit' }, // not a white spot
    { employerId: 'farm', date: '2025-03-05', kind: 'visit' },
    { employerId: 'bakery', date: '2025-10-01', kind: 'approach' },
    { employerId: 'bakery', date: '2026-01-15', kind: 'visit' }, // after the pilot
  ],
  placements: [
    // Ends before its durability date (2025-07-15); on 1 February that end was not known yet.
    { candidateId: 'c1', employerId: 'hotel', municipality: 'Noordwijk', start: '2025-01-15', end: '2025-03-31', hoursPerWeek: 24, targetGroups: ['regulier'] },
    // A chain of two contracts: one employment, durable on 2025-09-01; 20 hours, then 28.
    {
      candidateId: 'c2',
      employerId: 'care',
      municipality: 'Katwijk',
      contracts: [
        { start: '2025-09-01', hoursPerWeek: 28 },
        { start: '2025-03-01', end: '2025-08-31', hoursPerWeek: 20 },
      ],
      targetGroups: ['doelgroepregister'],
    },
    // Durable on 2025-12-02, a day after the 11-month evaluation; gone by the follow-up.
    { candidateId: 'c3', employerId: 'shop', municipality: 'noordwijk', start: '2025-06-02', end: '2026-03-31', fullTime: true, targetGroups: ['NUG', 'statushouder'] },
    { candidateId: 'c4', employerId: 'farm', municipality: 'Noordwijk', start: '2024-11-01' }, // before the pilot
    { candidateId: 'c5', employerId: 'hotel', municipality: 'Noordwijk', start: '2026-02-01' }, // after the pilot
    { candidateId: 'c6', employerId: 'bakery', municipality: 'Lisse', start: '2025-11-03', hoursPerWeek: 36, targetGroups: ['doelgroepregister'] },
  ],
};

// Noordwijk's budget (seeds/000, "Budget"): hours and costs per activity; the rate is cost ÷ hours.
const roles = [
  { name: 'Administratief ondersteuner', hours: 140, cost: 4633.15 },
  { name: 'Sales- en accountmanagement', hours: 920, cost: 20246.47 },
  { name: 'Adviseurs Ontwikkeling en Re-integratie', hours: 480, cost: 49552.09 },
  { name: 'Projectcoördinator', hours: 60, cost: 3450.48 },
].map(({ name, hours, cost }) => ({ name, hours, rate: cost / hours }));

describe('pilotReport: the Noordwijk white-spot pilot', () => {
  const report = pilotReport(noordwijk);
  const row = (i: number) => report.checkpoints[i]!;

  it('has one row per checkpoint of the evaluation schedule', () => {
    expect(report.checkpoints.map((c) => [c.label, c.date, c.kind])).toEqual([
      ['1 month after the start', '2025-02-01', 'evaluation'],
      ['3 months after the start', '2025-04-01', 'evaluation'],
      ['11 months after the start', '2025-12-01', 'evaluation'],
      ['12 months after the end', '2026-12-31', 'follow-up'],
    ]);
  });

  it('marks the checkpoints after asOf as not reached, changes no count, and values the placements started by asOf', () => {
    expect(report.checkpoints.every((c) => c.reached)).toBe(true);
    const early = pilotReport({ ...noordwijk, asOf: '2025-04-01' });
    expect(early.checkpoints.map((c) => c.reached)).toEqual([true, true, false, false]);
    expect(early.checkpoints.map(({ reached: _, ...counts }) => counts)).toEqual(report.checkpoints.map(({ reached: _, ...counts }) => counts));
    // The money values the placements started by asOf.
    const firstDay = (p: (typeof noordwijk.placements)[number]) => p.start ?? [...p.contracts!].map((c) => c.start).sort()[0]!;
    const started = noordwijk.placements.filter((p) => firstDay(p) >= noordwijk.pilotStart && firstDay(p) <= '2025-04-01').length;
    expect(started).toBeLessThan(report.money.placements);
    expect(early.money.placements).toBe(started);
    expect(early.money.notionalSavings).toBeLessThan(report.money.notionalSavings);
    expect(issuesOf(() => pilotReport({ ...noordwijk, asOf: '2025-02-30' }))).toEqual([['invalid_date', 'asOf']]);
  });

  it('counts placements with what was known on each date: started, from home, durable, still employed', () => {
    const fields = [
      'placements',
      'placementsFromHome',
      'durablePlacements',
      'durablePlacementsFromHome',
      'pendingPlacements',
      'endedEarlyPlacements',
      'stillEmployed',
      'stillEmployedFromHome',
    ] as const;
    expect(report.checkpoints.map((c) => fields.map((f) => c[f]))).toEqual([
      [1, 1, 0, 0, 1, 0, 1, 1], // c1 started; its end (31 March) lay ahead, so it counted as running
      [2, 1, 0, 0, 1, 1, 1, 0], // c1 ended early, c2 started
      [4, 2, 1, 0, 2, 1, 3, 1], // c2 durable; c3 and c6 pending
      [4, 2, 3, 1, 0, 1, 2, 0], // c3 durable though gone; c2 and c6 still at work
    ]);
  });

  it('counts target groups (NUG as nug), part-time work and doelgroepregister job units', () => {
    expect(row(0)).toMatchObject({ partTimeShare: 1, placementsWithoutHours: 0, jobUnits: 0 });
    expect(row(1).jobUnits).toBeCloseTo(20 / 25.5, 12);
    expect(row(2).placementsByTargetGroup).toMatchObject({ doelgroepregister: 2, regulier: 1, statushouder: 1, nug: 1 });
    expect(row(2).partTimeShare).toBe(0.5);
    expect(row(2).jobUnits).toBeCloseTo((28 + 36) / 25.5, 12);
  });

  it('counts white-spot acquisition from the start of the pilot, never after its end', () => {
    const fields = ['whiteSpotEmployersApproached', 'whiteSpotContactVisits', 'whiteSpotEmployersVisited', 'whiteSpotEmployersWithPlacement'] as const;
    expect(report.checkpoints.map((c) => fields.map((f) => c[f]))).toEqual([
      [2, 1, 1, 1],
      [3, 2, 2, 2],
      [4, 2, 2, 3],
      [4, 2, 2, 3],
    ]);
  });

  it('values the pilot’s placements by the norms against no costs when none are given', () => {
    // c1 and c2 part-time in the first half-year (2 × €3,250), c3 full-time in the first (€13,000), c6 in the second (€6,500).
    expect(report.money).toEqual({ placements: 4, notionalSavings: 26000, assumedPartTime: 0, costs: 0, netBenefit: 26000 });
  });

  it('reproduces the budget of €77,882 for 1,600 hours from hours × rate per role', () => {
    const { money } = pilotReport({ ...noordwijk, costs: { roles } });
    // The plan's four lines add up to €77,882.19; its "Totaal" says €77,882.18, a cent less (its own rounding).
    expect(money).toMatchObject({ costs: 77882.19, hours: 1600, netBenefit: -51882.19 });
    expect(Math.round(money.costs)).toBe(77882);
    expect(money.roles!.map((r) => r.amount)).toEqual([4633.15, 20246.47, 49552.09, 3450.48]);
    expect(pilotReport({ ...noordwijk, costs: 77882.18 }).money).toMatchObject({ costs: 77882.18, netBenefit: -51882.18 });
  });

  it('values placements without hours at the part-time norm and says how many', () => {
    const { money, checkpoints } = pilotReport({ ...noordwijk, placements: noordwijk.placements.map(({ hoursPerWeek: _, ...p }) => p) });
    expect(money).toMatchObject({ assumedPartTime: 2, notionalSavings: 3250 + 3250 + 13000 + 1625 });
    expect(checkpoints[2]).toMatchObject({ placementsWithoutHours: 2, partTimeShare: 0.5 });
  });

  it('takes another durability period and full-time threshold', () => {
    expect(pilotReport({ ...noordwijk, months: 12 }).checkpoints[3]!.durablePlacements).toBe(2); // c2 and c6
    expect(pilotReport({ ...noordwijk, fullTimeHours: 24 }).checkpoints[2]!.partTimeShare).toBe(0);
  });
});

describe('pilotReport: home municipality and bad input', () => {
  it('compares a CBS code with a name in the root version, not in werkmatch/rules', () => {
    const byCode = { ...noordwijk, homeMunicipality: 'GM0575' };
    expect(rootPilotReport(byCode).checkpoints[3]!.placementsFromHome).toBe(2);
    expect(issuesOf(() => pilotReport(byCode))).toContainEqual(['incomparable_municipality', 'placements', 0, 'municipality']);
    expect(pilotReport({ ...noordwijk, homeMunicipality: ['GM0575', 'Noordwijk'] }).checkpoints[3]!.placementsFromHome).toBe(2);
  });

  it('names every bad field at once: the pilot’s own, the costs and each bad record', () => {
    const bad = {
      ...noordwijk,
      pilotStart: '2026-01-01',
      fullTimeHours: 0,
      costs: { roles: [{ name: '', hours: 10, rate: -1 }] },
      contacts: [{ employerId: 'garage', date: '2025-01-10', kind: 'visit' }],
      placements: [
        { candidateId: 'c1', employerId: 'hotel', municipality: 'Noordwijk', start: '2025-03-01', end: '2025-02-01' },
        { candidateId: 'c2', employerId: 'hotel', municipality: 'Noordwijk', start: '2025-01-01' },
        { candidateId: 'c2', employerId: 'shop', municipality: 'Noordwijk', contracts: [{ start: '2024-06-01', end: '2025-01-31' }] },
      ],
    } as never;
    expect(issuesOf(() => pilotReport(bad))).toEqual([
      ['end_before_start', 'pilotEnd'],
      ['out_of_range', 'fullTimeHours'],
      ['invalid_type', 'costs', 'roles', 0, 'name'],
      ['out_of_range', 'costs', 'roles', 0, 'rate'],
      ['end_before_start', 'placements', 0, 'end'],
      ['overlapping_employment', 'placements', 1],
      ['overlapping_employment', 'placements', 2],
      ['unknown_employer', 'contacts', 0, 'employerId'],
    ]);
    expect(issuesOf(() => pilotReport(undefined as never))).toEqual([['invalid_type']]);
  });
});
