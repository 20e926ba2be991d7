import { describe, expect, it } from 'vitest';
import { wageCostSubsidy } from '../../src/rules/index.js';
import { issuesOf } from './helpers.js';

const jan2026 = { date: '2026-01-01', hoursPerWeek: 36 };

describe('wageCostSubsidy: the worked examples (1 January 2026, age 21+)', () => {
  it('gives €1,530.14 a month at wage value 0.5 and 36 hours', () => {
    expect(wageCostSubsidy({ ...jan2026, wageValue: 0.5 })).toMatchObject({ monthly: 1530.14, capped: false, variant: 'measured' });
  });

  it.each([0.3, 0.2, 0.05])('caps at €2,142.19 for wage value %s', (wageValue) => {
    expect(wageCostSubsidy({ ...jan2026, wageValue })).toMatchObject({ monthly: 2142.19, capped: true });
  });

  it('gives €1,020.09 at 24 hours', () => {
    expect(wageCostSubsidy({ ...jan2026, wageValue: 0.5, hoursPerWeek: 24 }).monthly).toBe(1020.09);
  });

  it('is zero at full wage value', () => {
    expect(wageCostSubsidy({ ...jan2026, wageValue: 1 }).monthly).toBe(0);
  });
});

describe('wageCostSubsidy: the working', () => {
  it('shows every step so the amount can be redone by hand', () => {
    const { working, formula } = wageCostSubsidy({ ...jan2026, wageValue: 0.5, hoursPerWeek: 24 });
    expect(working).toEqual({
      effectiveFrom: '2026-01-01',
      source: expect.stringContaining('Normenbrief SZW 1 januari 2026'),
      referenceMonthWage: 2294.4,
      youthPercent: 100,
      minimumWage: 2294.4,
      holidayPayRate: 0.08,
      base: expect.closeTo(2477.952, 9),
      percentage: 0.5,
      maxPercentage: 0.7,
      employerChargesRate: 0.235,
      countedHours: 24,
      standardWeekHours: 36,
      hoursFactor: 24 / 36,
      wagePart: expect.closeTo(825.984, 9),
      employerCharges: expect.closeTo(194.10624, 9),
    });
    expect(formula).toBe('2294.40 × 100% × 1.08 × 50% × 1.235 × 24/36 = 1020.09');
  });

  it('does not count hours above the full-time week, and counts them up to it', () => {
    expect(wageCostSubsidy({ ...jan2026, wageValue: 0.5, hoursPerWeek: 40 }).working.countedHours).toBe(36);
    const long = wageCostSubsidy({ ...jan2026, wageValue: 0.5, hoursPerWeek: 40, fullTimeHours: 38 });
    expect(long.working.hoursFactor).toBe(38 / 36);
    expect(long.monthly).toBe(1615.14);
  });

  it('uses the youth minimum wage for the age', () => {
    const at20 = wageCostSubsidy({ ...jan2026, wageValue: 0.5, age: 20 });
    expect(at20.working.youthPercent).toBe(80);
    expect(at20.monthly).toBe(1224.11);
    expect(wageCostSubsidy({ ...jan2026, wageValue: 0.5, age: 18, bbl: true }).working.youthPercent).toBe(45.5);
    expect(wageCostSubsidy({ ...jan2026, wageValue: 0.5, age: 45 }).working.youthPercent).toBe(100);
  });

  it('uses the row in force on the date', () => {
    const mid2025 = wageCostSubsidy({ wageValue: 0.5, hoursPerWeek: 36, date: '2025-12-31' });
    expect(mid2025.working.effectiveFrom).toBe('2025-07-01');
    expect(mid2025.monthly).toBe(1497.72);
  });
});

describe('wageCostSubsidy: the flat rate', () => {
  it('pays 50% without a wage value', () => {
    expect(wageCostSubsidy({ ...jan2026, flatRate: true })).toMatchObject({ monthly: 1530.14, variant: 'flat-rate', capped: false });
  });

  it('ignores a wage value', () => {
    expect(wageCostSubsidy({ ...jan2026, flatRate: true, wageValue: 0.1 }).working.percentage).toBe(0.5);
  });

  it('lasts the first 6 months of the employment', () => {
    const input = { ...jan2026, flatRate: true, employmentStart: '2025-08-31' };
    expect(wageCostSubsidy({ ...input, date: '2026-02-27' }).flatRateUntil).toBe('2026-02-27');
    expect(issuesOf(() => wageCostSubsidy({ ...input, date: '2026-02-28' }))).toEqual([['flat_rate_expired', 'date']]);
  });
});

describe('wageCostSubsidy: bad input', () => {
  it('names every bad field', () => {
    const bad = { wageValue: 0, hoursPerWeek: -4, date: '2026-02-30', age: 14, fullTimeHours: 0 };
    expect(issuesOf(() => wageCostSubsidy(bad))).toEqual([
      ['out_of_range', 'wageValue'],
      ['out_of_range', 'hoursPerWeek'],
      ['out_of_range', 'fullTimeHours'],
      ['out_of_range', 'age'],
      ['invalid_date', 'date'],
    ]);
  });

  it('requires a wage value unless the flat rate is used', () => {
    expect(issuesOf(() => wageCostSubsidy({ hoursPerWeek: 36, date: '2026-01-01' }))).toEqual([['invalid_type', 'wageValue']]);
    expect(issuesOf(() => wageCostSubsidy({ wageValue: 1.2, hoursPerWeek: 36, date: '2026-01-01', age: 20.5 }))).toEqual([
      ['out_of_range', 'wageValue'],
      ['not_integer', 'age'],
    ]);
  });

  it('rejects a date before the employment start', () => {
    expect(issuesOf(() => wageCostSubsidy({ ...jan2026, wageValue: 0.5, employmentStart: '2026-02-01' }))).toEqual([['date_before_start', 'date']]);
  });

  it.each(['2023-12-31', '2026-07-01'])('throws a RangeError listing the known dates for %s', (date) => {
    expect(() => wageCostSubsidy({ wageValue: 0.5, hoursPerWeek: 36, date })).toThrow(
      new RangeError(`wageCostSubsidy: no minimum wage known for ${date}; known effective dates: 2024-01-01, 2024-07-01, 2025-01-01, 2025-07-01, 2026-01-01 (covered until 2026-06-30)`),
    );
  });
});
