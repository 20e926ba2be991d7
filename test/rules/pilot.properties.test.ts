import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDays } from '../../src/basics/dates.js';
import { netBenefit } from '../../src/rules/money.js';
import { type PilotPlacement, stillEmployed } from '../../src/rules/pilot.js';
import { pipeline } from '../../src/rules/pipeline.js';
import { type PilotCheckpoint, pilotReport } from '../../src/rules/report.js';
import { dateBetween } from './arbitraries.js';
import { EMPLOYERS, pilot, placementAndDay, simplePilot } from './pilot-arbitraries.js';

const startOf = (p: PilotPlacement): string => p.start ?? [...p.contracts!].sort((a, b) => (a.start < b.start ? -1 : 1))[0]!.start;

/** Oracle for 6 calendar months on, through Date.UTC: the day clamped to the target month's length. */
function sixMonthsOn(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m + 6, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + 6, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** The placements a checkpoint counts, by the definition: started from the pilot's start, by the checkpoint and by the pilot's end. */
const countedAt = (input: { pilotStart: string; pilotEnd: string; placements: readonly PilotPlacement[] }, row: PilotCheckpoint) =>
  input.placements.filter((p) => startOf(p) >= input.pilotStart && startOf(p) <= input.pilotEnd && startOf(p) <= row.date);

describe('pilotReport properties', () => {
  it('a later checkpoint never loses a placement counted at an earlier one', () => {
    fc.assert(
      fc.property(pilot, (input) => {
        const rows = pilotReport(input).checkpoints;
        for (const [earlier, later] of rows.slice(1).map((row, i) => [rows[i]!, row] as const)) {
          expect(later.placements).toBeGreaterThanOrEqual(earlier.placements);
          expect(later.placementsFromHome).toBeGreaterThanOrEqual(earlier.placementsFromHome);
          for (const [group, n] of Object.entries(earlier.placementsByTargetGroup)) expect(later.placementsByTargetGroup[group as 'nug']).toBeGreaterThanOrEqual(n);
        }
      }),
    );
  });

  it('a placement durable at a checkpoint stays durable at every later one', () => {
    fc.assert(
      fc.property(pilot, (input) => {
        const rows = pilotReport(input).checkpoints;
        for (const [earlier, later] of rows.slice(1).map((row, i) => [rows[i]!, row] as const)) {
          expect(later.durablePlacements).toBeGreaterThanOrEqual(earlier.durablePlacements);
          expect(later.durablePlacementsFromHome).toBeGreaterThanOrEqual(earlier.durablePlacementsFromHome);
        }
      }),
    );
  });

  it('still employed implies placed, also from home', () => {
    fc.assert(
      fc.property(pilot, (input) => {
        for (const row of pilotReport(input).checkpoints) {
          expect(row.stillEmployed).toBeLessThanOrEqual(row.placements);
          expect(row.stillEmployedFromHome).toBeLessThanOrEqual(Math.min(row.stillEmployed, row.placementsFromHome));
        }
      }),
    );
  });

  it('durable means placed and employed from the start through the same day 6 months on, that day reached', () => {
    fc.assert(
      fc.property(simplePilot, (input) => {
        for (const row of pilotReport(input).checkpoints) {
          const durable = countedAt(input, row).filter((p) => {
            const on = sixMonthsOn(p.start!);
            return row.date >= on && (p.end === undefined || p.end >= on);
          });
          expect(row.durablePlacements).toBe(durable.length);
        }
      }),
    );
  });

  it('heads are never negative and job units are the doelgroepregister hours ÷ 25.5, summed', () => {
    fc.assert(
      fc.property(simplePilot, (input) => {
        for (const row of pilotReport(input).checkpoints) {
          const heads = [row.placements, row.placementsFromHome, row.durablePlacements, row.stillEmployed, row.whiteSpotEmployersApproached, ...Object.values(row.placementsByTargetGroup)];
          expect(heads.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
          const hours = countedAt(input, row)
            .filter((p) => p.targetGroups?.includes('doelgroepregister'))
            .reduce((sum, p) => sum + (p.hoursPerWeek ?? 0), 0);
          expect(row.jobUnits).toBeCloseTo(hours / 25.5, 9);
        }
      }),
    );
  });
});

describe('stillEmployed properties', () => {
  it('still employed implies placed: never before the start', () => {
    fc.assert(
      fc.property(placementAndDay, ([placement, day]) => {
        if (stillEmployed(placement, day)) expect(toDays(day)).toBeGreaterThanOrEqual(toDays(startOf(placement)));
      }),
    );
  });
});

describe('pipeline properties', () => {
  it('an employer in a later stage counts in every stage before it', () => {
    const contacts = fc.array(
      fc.record({
        employerId: fc.constantFrom(...EMPLOYERS.map((e) => e.id)),
        date: dateBetween('2025-01-01', '2025-12-31'),
        kind: fc.constantFrom('approach' as const, 'appointment' as const, 'visit' as const),
      }),
      { maxLength: 10 },
    );
    const vacancies = fc.array(fc.record({ employerId: fc.constantFrom(...EMPLOYERS.map((e) => e.id)), date: dateBetween('2025-01-01', '2025-12-31') }), { maxLength: 4 });
    fc.assert(
      fc.property(contacts, vacancies, pilot, dateBetween('2025-01-01', '2025-12-31'), (cs, vs, input, asOf) => {
        const p = pipeline(EMPLOYERS, cs, { asOf, vacancies: vs, placements: input.placements });
        const stages = [EMPLOYERS.length, p.approached, p.appointment, p.visit, p.vacancy, p.placement, 0];
        expect(stages.every((n, i) => i === 0 || n <= stages[i - 1]!)).toBe(true);
      }),
    );
  });
});

describe('netBenefit properties', () => {
  it('the years add up to the total, and each year nets its savings against its costs', () => {
    const placements = fc.array(fc.record({ start: dateBetween('2015-01-01', '2018-12-31'), fullTime: fc.boolean() }), { maxLength: 30 });
    const costs = fc.dictionary(
      fc.constantFrom('2014', '2015', '2016', '2017'),
      fc.integer({ min: 0, max: 30_000_000 }).map((c) => c / 100),
    );
    fc.assert(
      fc.property(placements, costs, (ps, cs) => {
        const { years, total } = netBenefit({ placements: ps, costs: cs });
        const sum = (f: (y: (typeof years)[number]) => number) => years.reduce((s, y) => s + f(y), 0);
        expect([sum((y) => y.placements), sum((y) => y.notionalSavings)]).toEqual([total.placements, total.notionalSavings]);
        expect(sum((y) => y.costs)).toBeCloseTo(total.costs, 6);
        for (const y of years) expect(y.net).toBeCloseTo(y.notionalSavings - y.costs, 6);
      }),
    );
  });
});
