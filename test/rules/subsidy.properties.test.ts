import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wageCostSubsidy, type WageCostSubsidyInput } from '../../src/rules/index.js';
import { age, fullTimeHours, hours, tableDate, wageValue } from './arbitraries.js';

const input: fc.Arbitrary<WageCostSubsidyInput & { wageValue: number; fullTimeHours: number }> = fc.record({
  wageValue,
  hoursPerWeek: hours,
  date: tableDate,
  age,
  fullTimeHours,
});

const monthly = (i: WageCostSubsidyInput): number => wageCostSubsidy(i).monthly;

describe('wageCostSubsidy properties', () => {
  it('is never negative', () => {
    fc.assert(fc.property(input, (i) => monthly(i) >= 0));
  });

  it('is never above the 70% cap', () => {
    fc.assert(fc.property(input, (i) => monthly(i) <= monthly({ ...i, wageValue: 0.3 })));
  });

  it('never rises when the wage value rises', () => {
    fc.assert(
      fc.property(input, wageValue, (i, other) => {
        const [low, high] = [Math.min(i.wageValue, other), Math.max(i.wageValue, other)];
        return monthly({ ...i, wageValue: low }) >= monthly({ ...i, wageValue: high });
      }),
    );
  });

  it('is zero at wage value 1', () => {
    fc.assert(fc.property(input, (i) => monthly({ ...i, wageValue: 1 }) === 0));
  });

  it('grows linearly with hours up to the full-time week (within rounding to cents)', () => {
    fc.assert(
      fc.property(input, (i) => {
        const h = Math.min(i.hoursPerWeek, i.fullTimeHours);
        const full = monthly({ ...i, hoursPerWeek: i.fullTimeHours });
        expect(Math.abs(monthly({ ...i, hoursPerWeek: h }) - (h / i.fullTimeHours) * full)).toBeLessThanOrEqual(0.01 + 1e-9);
      }),
    );
  });

  it('is flat above the full-time week', () => {
    fc.assert(
      fc.property(input, fc.double({ min: 0, max: 20, noNaN: true }), (i, extra) => {
        const hoursPerWeek = Math.min(60, i.fullTimeHours + extra);
        return monthly({ ...i, hoursPerWeek }) === monthly({ ...i, hoursPerWeek: i.fullTimeHours });
      }),
    );
  });

  it('agrees with its own working, rounded to cents once at the end', () => {
    fc.assert(
      fc.property(input, (i) => {
        const { monthly: amount, working: w } = wageCostSubsidy(i);
        expect(amount).toBeCloseTo(w.base * w.percentage * (1 + w.employerChargesRate) * w.hoursFactor, 2);
      }),
    );
  });

  it('returns the same output for the same input', () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(wageCostSubsidy({ ...i })).toEqual(wageCostSubsidy(i));
      }),
    );
  });
});
