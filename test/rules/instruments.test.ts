import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benefitEffect, earningsDisregard, noRiskPolicy, trialPlacement } from '../../src/rules/index.js';
import { dateBetween } from './arbitraries.js';
import { issuesOf } from './helpers.js';

describe('trialPlacement (proefplaatsing)', () => {
  it('lasts 2 months, extendable by at most 4', () => {
    expect(trialPlacement({ start: '2026-01-01' })).toEqual({ start: '2026-01-01', end: '2026-02-28', latestEnd: '2026-06-30', months: 2 });
    expect(trialPlacement({ start: '2025-08-31', extensionMonths: 4 })).toEqual({
      start: '2025-08-31',
      end: '2026-02-27',
      latestEnd: '2026-02-27',
      months: 6,
    });
  });

  it('rejects a longer extension', () => {
    expect(issuesOf(() => trialPlacement({ start: '2026-01-01', extensionMonths: 5 }))).toEqual([['out_of_range', 'extensionMonths']]);
    expect(issuesOf(() => trialPlacement({ start: '2026-01-32', extensionMonths: 1.5 }))).toEqual([
      ['invalid_date', 'start'],
      ['not_integer', 'extensionMonths'],
    ]);
  });
});

describe('noRiskPolicy (no-riskpolis)', () => {
  it('covers 5 years from the start', () => {
    expect(noRiskPolicy({ start: '2024-02-29', targetGroups: ['regulier'] })).toEqual({ openEnded: false, start: '2024-02-29', until: '2029-02-27' });
  });

  it('has no end for the doelgroepregister', () => {
    expect(noRiskPolicy({ start: '2026-01-01', targetGroups: ['doelgroepregister'] })).toEqual({ openEnded: true, start: '2026-01-01' });
  });
});

describe('earningsDisregard (inkomstenvrijlating)', () => {
  const base = { date: '2026-01-15', age: 30 };

  it('leaves 25% of the earnings out, at most €285.00 in 2026', () => {
    expect(earningsDisregard({ ...base, netMonthlyEarnings: 600.5 })).toMatchObject({ amount: 150.13, applies: true, monthsLeft: 5 });
    expect(earningsDisregard({ ...base, netMonthlyEarnings: 2000 })).toMatchObject({ amount: 285, max: 285 });
    expect(earningsDisregard({ ...base, date: '2025-12-31', netMonthlyEarnings: 2000 }).amount).toBe(278);
  });

  it('does not apply under 27 or after 6 months', () => {
    expect(earningsDisregard({ ...base, age: 26, netMonthlyEarnings: 600 })).toMatchObject({ amount: 0, applies: false, reason: 'under_27' });
    expect(earningsDisregard({ ...base, monthsUsed: 6, netMonthlyEarnings: 600 })).toMatchObject({ amount: 0, reason: 'period_used' });
    expect(earningsDisregard({ ...base, monthsUsed: 5, netMonthlyEarnings: 600 })).toMatchObject({ applies: true, monthsLeft: 0 });
  });

  it('throws a RangeError outside the norm table', () => {
    expect(() => earningsDisregard({ ...base, date: '2024-12-31', netMonthlyEarnings: 600 })).toThrow(/^earningsDisregard: no assistance norms known/);
  });
});

describe('benefitEffect', () => {
  it('shows what a part-time job does to the benefit of a single person', () => {
    expect(benefitEffect({ netMonthlyEarnings: 800, household: 'single', date: '2026-02-01', age: 35 })).toMatchObject({
      norm: 1401.5,
      countedEarnings: 600,
      benefit: 801.5,
      totalIncome: 1601.5,
      benefitEnds: false,
      disregard: { amount: 200 },
    });
  });

  it('counts all earnings for a person under 27 and uses the couple norm', () => {
    expect(benefitEffect({ netMonthlyEarnings: 800, household: 'couple', date: '2026-02-01', age: 25 })).toMatchObject({
      norm: 2002.13,
      countedEarnings: 800,
      benefit: 1202.13,
    });
  });

  it('ends the benefit when earnings exceed the norm plus the disregard', () => {
    expect(benefitEffect({ netMonthlyEarnings: 2000, household: 'single', date: '2026-02-01', age: 35, monthsDisregardUsed: 6 })).toMatchObject({
      benefit: 0,
      totalIncome: 2000,
      benefitEnds: true,
    });
  });

  it('names every bad field', () => {
    const bad = { netMonthlyEarnings: -1, household: 'family', date: '2026-02-01', age: 19, monthsDisregardUsed: -1 } as never;
    expect(issuesOf(() => benefitEffect(bad))).toEqual([
      ['out_of_range', 'netMonthlyEarnings'],
      ['out_of_range', 'age'],
      ['out_of_range', 'monthsDisregardUsed'],
      ['invalid_value', 'household'],
    ]);
  });

  it('never lowers total income when earnings rise', () => {
    const earnings = fc.integer({ min: 0, max: 400_000 }).map((c) => c / 100);
    fc.assert(
      fc.property(earnings, earnings, dateBetween('2025-01-01', '2026-06-30'), fc.integer({ min: 21, max: 66 }), (a, b, date, age) => {
        const total = (net: number): number => benefitEffect({ netMonthlyEarnings: net, household: 'single', date, age }).totalIncome;
        return total(Math.min(a, b)) <= total(Math.max(a, b));
      }),
    );
  });
});
