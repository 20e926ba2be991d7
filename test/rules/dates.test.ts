import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, fromDays, isIsoDate, LAST_DATE, shiftDate, toDays } from '../../src/basics/dates.js';
import { anyDate } from './arbitraries.js';

describe('calendar dates as YYYY-MM-DD', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDays('1970-01-01')).toBe(0);
    expect(toDays('2000-03-01')).toBe(11017);
    expect(fromDays(-1)).toBe('1969-12-31');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-04-30', 6, '2024-10-30'],
    ['2024-12-31', 6, '2025-06-30'],
    ['2024-12-31', 2, '2025-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
  ])('adds months with month ends clamped: %s + %i = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each(['2025-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-01', '20240101', '2024-01-01T00:00', ' 2024-01-01', ''])('rejects %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it('accepts leap days of leap years only', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('round-trips every date through its day number', () => {
    fc.assert(fc.property(anyDate, (date) => fromDays(toDays(date)) === date));
  });

  it('moves one day at a time through month and year ends', () => {
    fc.assert(fc.property(anyDate, (date) => daysBetween(date, addDays(date, 1)) === 1 && isIsoDate(addDays(date, 1))));
  });

  it('computes within 0001-01-01 … 9999-12-31 and never writes a five-digit year', () => {
    expect(shiftDate('9999-07-01', 6, -1)).toBe(LAST_DATE);
    expect(shiftDate('9999-07-02', 6, -1)).toBeUndefined();
    expect(shiftDate('0001-01-01', 0, -1)).toBeUndefined();
    expect(addDays(LAST_DATE, 0)).toBe(LAST_DATE);
    expect(() => addDays(LAST_DATE, 1)).toThrow(/^fromDays: day 2932897 lies outside 0001-01-01 … 9999-12-31/);
    expect(() => addMonths('9999-12-31', 1)).toThrow(/^addMonths: 9999-12-31 \+ 1 months lies outside/);
    expect(fromDays(toDays('0001-01-01'))).toBe('0001-01-01');
  });
});
