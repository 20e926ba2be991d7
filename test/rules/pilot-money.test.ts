import { describe, expect, it } from 'vitest';
import { netBenefit } from '../../src/rules/money.js';
import { issuesOf } from './helpers.js';

/** `n` placements starting on `start`. */
const starts = (n: number, start: string, fullTime: boolean) => Array.from({ length: n }, () => ({ start, fullTime }));

describe('netBenefit: the Voorschoten plan (seeds/003, Arbeidsmarktoffensief)', () => {
  // The plan gives savings, spending and net benefit per year, not the placements behind them; these counts reproduce its
  // savings exactly. For 2016 they are also the plan's own figures: 60 placements, 32% of them part-time (19 of 60).
  const placements = [
    ...[starts(15, '2015-03-01', true), starts(10, '2015-09-01', true), starts(2, '2015-04-01', false), starts(1, '2015-10-01', false)].flat(),
    ...[starts(21, '2016-02-01', true), starts(20, '2016-08-01', true), starts(9, '2016-05-01', false), starts(10, '2016-11-01', false)].flat(),
    ...[starts(15, '2017-01-09', true), starts(15, '2017-06-30', false)].flat(),
  ];
  const spending = { 2015: 118929, 2016: 199332, 2017: 111505 };

  it('reproduces the three columns: notional savings − spending = net benefit', () => {
    expect(netBenefit({ placements, costs: spending }).years).toEqual([
      { year: 2015, placements: 28, notionalSavings: 268125, costs: 118929, net: 149196 },
      { year: 2016, placements: 60, notionalSavings: 448500, costs: 199332, net: 249168 },
      { year: 2017, placements: 30, notionalSavings: 243750, costs: 111505, net: 132245 },
    ]);
  });

  it('totals the years', () => {
    expect(netBenefit({ placements, costs: spending }).total).toEqual({ placements: 118, notionalSavings: 960375, costs: 429766, net: 530609 });
  });
});

describe('netBenefit', () => {
  it('values each placement by the norms: €13,000 / €6,500 full-time, €3,250 / €1,625 part-time by half-year of start', () => {
    const one = (start: string, fullTime: boolean) => netBenefit({ placements: [{ start, fullTime }], costs: 0 }).total.notionalSavings;
    expect([one('2026-06-30', true), one('2026-07-01', true), one('2026-01-01', false), one('2026-12-31', false)]).toEqual([13000, 6500, 3250, 1625]);
  });

  it('books one amount on the one year of the placements, to the cent', () => {
    const result = netBenefit({ placements: starts(6, '2025-02-01', true), costs: 77882.18 });
    expect(result.years).toEqual([{ year: 2025, placements: 6, notionalSavings: 78000, costs: 77882.18, net: 117.82 }]);
    expect(result.total.net).toBe(117.82);
  });

  it('gives a year with costs and no placements a row of its own, and nets one amount without placements in the total', () => {
    expect(netBenefit({ placements: starts(1, '2016-03-01', false), costs: { 2015: 1000 } }).years).toEqual([
      { year: 2015, placements: 0, notionalSavings: 0, costs: 1000, net: -1000 },
      { year: 2016, placements: 1, notionalSavings: 3250, costs: 0, net: 3250 },
    ]);
    expect(netBenefit({ placements: [], costs: 500 })).toEqual({ years: [], total: { placements: 0, notionalSavings: 0, costs: 500, net: -500 } });
  });

  it('refuses to split one amount over several years', () => {
    const twoYears = [...starts(1, '2025-12-01', true), ...starts(1, '2026-01-05', true)];
    expect(issuesOf(() => netBenefit({ placements: twoYears, costs: 10000 }))).toEqual([['costs_per_year', 'costs']]);
  });

  it('names every bad placement and cost', () => {
    const bad = {
      placements: [
        { start: '2025-01-01', fullTime: true },
        { start: '2025-02-30', fullTime: 'yes' },
      ],
      costs: { 2015: -1, '15': 10, 2016: Number.NaN },
    } as never;
    expect(issuesOf(() => netBenefit(bad))).toEqual([
      ['invalid_date', 'placements', 1, 'start'],
      ['invalid_type', 'placements', 1, 'fullTime'],
      ['invalid_year', 'costs', '15'],
      ['out_of_range', 'costs', '2015'],
      ['invalid_type', 'costs', '2016'],
    ]);
    expect(issuesOf(() => netBenefit({ placements: [], costs: Infinity }))).toEqual([['invalid_type', 'costs']]);
    expect(issuesOf(() => netBenefit(null as never))).toEqual([['invalid_type']]);
  });
});
