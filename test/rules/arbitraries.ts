// Shared fast-check arbitraries for the rules tests (the seed is pinned in test/setup.ts).
import fc from 'fast-check';
import { fromDays, toDays } from '../../src/basics/dates.js';
import type { Employment } from '../../src/rules/index.js';

/** A day number between two dates (inclusive). */
export const dayBetween = (from: string, to: string): fc.Arbitrary<number> => fc.integer({ min: toDays(from), max: toDays(to) });

/** A calendar date between two dates (inclusive), 'YYYY-MM-DD'. */
export const dateBetween = (from: string, to: string): fc.Arbitrary<string> => dayBetween(from, to).map(fromDays);

/** Any date from 1900 to 2100, month ends and leap days included. */
export const anyDate = dateBetween('1900-01-01', '2100-12-31');

/** A date the minimum-wage table covers. */
export const tableDate = dateBetween('2024-01-01', '2026-06-30');

/** A measured wage value (loonwaarde) in (0, 1]. */
export const wageValue = fc.double({ min: 0, max: 1, minExcluded: true, noNaN: true });

/** Contract hours a week in (0, 60]. */
export const hours = fc.double({ min: 0, max: 60, minExcluded: true, noNaN: true });

/** A sector's full-time week. */
export const fullTimeHours = fc.constantFrom(32, 36, 38, 40);

/** An age with a minimum wage (15 and over). */
export const age = fc.integer({ min: 15, max: 67 });

/** One employment: a start and, in most cases, an end 0–800 days later. */
export const employment: fc.Arbitrary<Employment> = fc
  .record({ start: dayBetween('2000-01-01', '2040-12-31'), length: fc.option(fc.integer({ min: 0, max: 800 }), { freq: 4 }) })
  .map(({ start, length }) => (length === null ? { start: fromDays(start) } : { start: fromDays(start), end: fromDays(start + length) }));

/** A chain of 1–4 contracts with gaps of 0–3 days between them; the last may be open-ended. */
export const employmentChain: fc.Arbitrary<Employment[]> = fc
  .record({
    start: dayBetween('2000-01-01', '2040-12-31'),
    parts: fc.array(fc.record({ length: fc.integer({ min: 0, max: 200 }), gap: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 4 }),
    openEnded: fc.boolean(),
  })
  .map(({ start, parts, openEnded }) => {
    let day = start;
    return parts.map(({ length, gap }, i) => {
      const contract = { start: fromDays(day), end: fromDays(day + length) };
      day += length + 1 + gap;
      return openEnded && i === parts.length - 1 ? { start: contract.start } : contract;
    });
  });

/** Values no field wants: anything fast-check makes, the numeric and date edge cases, and sparse arrays. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.anything({ withBigInt: true, withNullPrototype: true, withSparseArray: true, maxDepth: 2 }), weight: 3 },
  {
    arbitrary: fc.constantFrom<unknown>(null, undefined, Number.NaN, Infinity, -Infinity, 1e308, -1e308, -0, -1, 0.5, 2 ** 53, 10n, '', '9999-12-31', '0000-01-01', '2024-02-30', '__proto__'),
    weight: 3,
  },
  { arbitrary: fc.sparseArray(fc.anything({ maxDepth: 1 }), { maxLength: 4 }), weight: 1 },
);

/** Mostly `valid`, sometimes a hostile value in its place: near-valid records come from mixing each field. */
export const mix = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ arbitrary: valid as fc.Arbitrary<unknown>, weight: 4 }, { arbitrary: hostile, weight: 1 });

/** A date field: valid dates, the last dates the rules compute with, or a hostile value. */
export const dateMix: fc.Arbitrary<unknown> = mix(fc.oneof(anyDate, fc.constantFrom('9999-12-31', '9999-07-01', '9999-07-02', '0001-01-01')));

/** `list` with an own `constructor` property, which Array methods such as `map` read to build their result. */
export const withOwnConstructor = <T>(list: T[]): T[] => Object.defineProperty(list, 'constructor', { value: 1, enumerable: true, configurable: true, writable: true });

/** A list of `item`s, sometimes with holes or an own `constructor` property, sometimes hostile. */
export const listMix = (item: fc.Arbitrary<unknown>, maxLength = 4): fc.Arbitrary<unknown> =>
  mix(
    fc.oneof(
      { arbitrary: fc.array(item, { maxLength }), weight: 4 },
      { arbitrary: fc.sparseArray(item, { maxLength }), weight: 1 },
      { arbitrary: fc.array(item, { maxLength }).map(withOwnConstructor), weight: 1 },
    ),
  );
