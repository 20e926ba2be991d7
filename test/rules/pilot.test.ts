import { describe, expect, it } from 'vitest';
import { indicators } from '../../src/rules/indicators.js';
import { JOB_UNIT_HOURS, jobUnits, stillEmployed } from '../../src/rules/pilot.js';
import { issuesOf } from './helpers.js';

describe('stillEmployed', () => {
  const job = { start: '2025-03-01', end: '2025-08-31' };

  it('is true from the start through the end, both inclusive, and false outside', () => {
    expect(stillEmployed(job, '2025-02-28')).toBe(false);
    expect(stillEmployed(job, '2025-03-01')).toBe(true);
    expect(stillEmployed(job, '2025-08-31')).toBe(true);
    expect(stillEmployed(job, '2025-09-01')).toBe(false);
    expect(stillEmployed({ start: '2025-03-01' }, '2030-01-01')).toBe(true);
  });

  it('follows a chain of contracts with one employer as one employment, in any order', () => {
    const chain = {
      contracts: [
        { start: '2025-09-01', end: '2026-08-31' },
        { start: '2025-03-01', end: '2025-08-31' },
      ],
    };
    expect(stillEmployed(chain, '2026-03-01')).toBe(true);
    expect(stillEmployed(chain, '2026-09-01')).toBe(false);
  });

  it('ends the placement at the first day without a contract: a contract after a gap is not part of it', () => {
    const withGap = { contracts: [{ start: '2025-03-01', end: '2025-08-31' }, { start: '2025-09-02' }] };
    expect(stillEmployed(withGap, '2025-08-31')).toBe(true);
    expect(stillEmployed(withGap, '2025-09-01')).toBe(false);
    expect(stillEmployed(withGap, '2026-01-01')).toBe(false);
  });

  it('names every bad field, and throws a RangeError naming the function for a bad asOf', () => {
    expect(issuesOf(() => stillEmployed({ start: '2025-03-01', end: '2025-02-01' }, '2025-06-01'))).toEqual([['end_before_start', 'end']]);
    expect(issuesOf(() => stillEmployed({ contracts: [] }, '2025-06-01'))).toEqual([['too_small', 'contracts']]);
    expect(issuesOf(() => stillEmployed({ contracts: [{ start: '2025-03-01', end: '2025-02-30' }] }, '2025-06-01'))).toEqual([['invalid_date', 'contracts', 0, 'end']]);
    expect(issuesOf(() => stillEmployed({ start: '2025-02-01', contracts: [{ start: '2025-03-01' }] }, '2025-06-01'))).toEqual([['contract_mismatch', 'start']]);
    expect(issuesOf(() => stillEmployed({ end: '2025-05-01', contracts: [{ start: '2025-03-01' }] }, '2025-06-01'))).toEqual([['contract_mismatch', 'end']]);
    expect(stillEmployed({ start: '2025-03-01', end: '2025-06-30', contracts: [{ start: '2025-03-01', end: '2025-06-30' }] }, '2025-06-01')).toBe(true);
    expect(() => stillEmployed(job, '1-6-2025')).toThrow(/^stillEmployed: asOf must be a YYYY-MM-DD date/);
  });
});

describe('jobUnits', () => {
  it('counts hours a week in banenafspraak units of 25.5 hours', () => {
    expect(JOB_UNIT_HOURS).toBe(25.5);
    expect(jobUnits(25.5)).toBe(1);
    expect(jobUnits(51)).toBe(2);
    expect(jobUnits(0)).toBe(0);
    expect(jobUnits(12.75)).toBe(0.5);
  });

  it('throws naming the function for hours that are not a week’s', () => {
    expect(() => jobUnits(-1)).toThrow(RangeError);
    expect(() => jobUnits(61)).toThrow(/^jobUnits: hoursPerWeek must be a number from 0 to 60, received 61$/);
    expect(() => jobUnits(Number.NaN)).toThrow(/^jobUnits: /);
    expect(() => jobUnits('20' as never)).toThrow(TypeError);
  });
});

describe('pilot placements in indicators', () => {
  const employers = [{ id: 'hotel', whiteSpot: true }, { id: 'shop' }];
  const base = { employers, contacts: [], asOf: '2025-12-31', homeMunicipality: 'Noordwijk' };

  it('takes a chain of contracts, hours, and the seeds’ spelling NUG', () => {
    const result = indicators({
      ...base,
      placements: [
        {
          candidateId: 'c1',
          employerId: 'hotel',
          municipality: 'Noordwijk',
          contracts: [
            { start: '2025-04-01', end: '2025-06-30', hoursPerWeek: 20 },
            { start: '2025-07-01', hoursPerWeek: 32 },
          ],
          targetGroups: ['NUG'],
        },
        { candidateId: 'c2', employerId: 'shop', municipality: 'Noordwijk', start: '2025-05-01', end: '2025-12-31', targetGroups: ['nug', 'NUG', 'statushouder'] },
      ],
    });
    expect(result).toMatchObject({ placements: 2, durablePlacements: 2, placementsWithoutTargetGroup: 0 });
    expect(result.placementsByTargetGroup).toMatchObject({ nug: 2, statushouder: 1 });
  });

  it('counts an appointment as a contact', () => {
    const contacts = [{ employerId: 'hotel', date: '2025-02-01', kind: 'appointment' as const }];
    expect(indicators({ ...base, contacts, placements: [] })).toMatchObject({ whiteSpotEmployersApproached: 1, whiteSpotContactVisits: 0 });
  });

  it('names each bad record: an end before a start, a contact for an unknown employer, overlapping employments of one candidate', () => {
    const bad = {
      ...base,
      contacts: [
        { employerId: 'hotel', date: '2025-02-01', kind: 'visit' },
        { employerId: 'garage', date: '2025-02-01', kind: 'visit' },
      ],
      placements: [
        { candidateId: 'c1', employerId: 'hotel', municipality: 'Noordwijk', start: '2025-03-01', end: '2025-02-01' },
        { candidateId: 'c2', employerId: 'hotel', municipality: 'Noordwijk', contracts: [{ start: '2025-01-01', end: '2025-03-31' }, { start: '2025-04-01' }] },
        { candidateId: 'c3', employerId: 'hotel', municipality: 'Noordwijk', start: '2025-01-01', end: '2025-06-30' },
        { candidateId: 'c2', employerId: 'shop', municipality: 'Noordwijk', start: '2025-09-01', end: '2025-09-30' },
        { candidateId: 'c3', employerId: 'shop', municipality: 'Noordwijk', start: '2025-07-01' },
      ],
    } as never;
    expect(issuesOf(() => indicators(bad))).toEqual([
      ['end_before_start', 'placements', 0, 'end'],
      ['overlapping_employment', 'placements', 1],
      ['overlapping_employment', 'placements', 3],
      ['unknown_employer', 'contacts', 1, 'employerId'],
    ]);
  });

  it('calls a second placement with the same employer over the same days a duplicate of one employment', () => {
    const twice = [
      { candidateId: 'c1', employerId: 'hotel', municipality: 'Noordwijk', start: '2025-03-01' },
      { candidateId: 'c1', employerId: 'hotel', municipality: 'Noordwijk', start: '2025-06-01', hoursPerWeek: 61, targetGroups: ['vip'] },
      { candidateId: 'c1', employerId: 'hotel', municipality: 'Noordwijk', start: '2025-05-01', end: '2025-05-31' },
    ];
    try {
      indicators({ ...base, placements: twice } as never);
      expect.unreachable();
    } catch (e) {
      const issues = (e as { issues: { code: string; path: unknown[]; message: string }[] }).issues;
      expect(issues.map((i) => [i.code, ...i.path])).toEqual([
        ['out_of_range', 'placements', 1, 'hoursPerWeek'],
        ['invalid_value', 'placements', 1, 'targetGroups', 0],
        ['overlapping_employment', 'placements', 0],
        ['overlapping_employment', 'placements', 2],
      ]);
      expect(issues[2]!.message).toMatch(/placements\[2\] on 2025-05-01: one employment is one placement/);
    }
  });
});
