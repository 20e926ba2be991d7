import { describe, expect, it } from 'vitest';
import { notionalSavings } from '../../src/rules/index.js';
import { issuesOf } from './helpers.js';

describe('notionalSavings (fictieve besparing)', () => {
  it('uses €13,000 / €6,500 full-time and €3,250 / €1,625 part-time by half-year of start', () => {
    const result = notionalSavings([
      { start: '2026-01-01', fullTime: true },
      { start: '2026-06-30', fullTime: false },
      { start: '2026-07-01', fullTime: true },
      { start: '2026-12-31', fullTime: false },
    ]);
    expect(result.perPlacement.map((p) => [p.amount, p.halfYear])).toEqual([
      [13000, 1],
      [3250, 1],
      [6500, 2],
      [1625, 2],
    ]);
    expect(result.total).toBe(24375);
  });

  it('is zero for no placements', () => {
    expect(notionalSavings([])).toEqual({ total: 0, perPlacement: [] });
  });

  it('names every bad placement', () => {
    const bad = [
      { start: '2026-01-01', fullTime: true },
      { start: '2026-13-01', fullTime: 'yes' },
    ] as never;
    expect(issuesOf(() => notionalSavings(bad))).toEqual([
      ['invalid_date', 1, 'start'],
      ['invalid_type', 1, 'fullTime'],
    ]);
  });
});
