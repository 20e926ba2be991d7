import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchError, splitByVacancy } from '../../src/index.js';

const rowsArb = fc.array(fc.record({ vacancyId: fc.constantFrom('v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7'), n: fc.nat() }), { minLength: 1, maxLength: 80 });

describe('splitByVacancy', () => {
  it('holds out every vacancy in exactly one fold', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 2, max: 7 }), fc.integer(), (rows, k, seed) => {
        const ids = new Set(rows.map((r) => r.vacancyId));
        fc.pre(k <= ids.size);
        const held = splitByVacancy(rows, { k, seed }).flatMap((f) => f.vacancies);
        return held.length === ids.size && new Set(held).size === ids.size;
      }),
    );
  });

  it('puts every example in the test part of one fold and the train part of the others, in input order', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        fc.pre(new Set(rows.map((r) => r.vacancyId)).size >= 3);
        return splitByVacancy(rows, { k: 3 }).every((f) => {
          const test = new Set(f.test);
          return (
            f.train.every((r) => !test.has(r)) &&
            f.train.length + f.test.length === rows.length &&
            f.test.every((r) => f.vacancies.includes(r.vacancyId)) &&
            f.train.every((r) => !f.vacancies.includes(r.vacancyId))
          );
        });
      }),
    );
  });

  it('deals vacancies round-robin: fold sizes in vacancies differ by at most one', () => {
    const rows = Array.from({ length: 23 }, (_, i) => ({ vacancyId: `v${i}` }));
    expect(
      splitByVacancy(rows, { k: 5 })
        .map((f) => f.vacancies.length)
        .sort(),
    ).toEqual([4, 4, 5, 5, 5]);
  });

  it('is deterministic for a seed', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ vacancyId: `v${i % 13}`, i }));
    expect(splitByVacancy(rows, { k: 4, seed: 9 })).toEqual(splitByVacancy(rows, { k: 4, seed: 9 }));
    expect(splitByVacancy(rows, { k: 4, seed: 9 })).not.toEqual(splitByVacancy(rows, { k: 4, seed: 10 }));
  });

  it('throws a RangeError for k outside 2 … vacancies, and a MatchError for a missing vacancy id', () => {
    const rows = [{ vacancyId: 'a' }, { vacancyId: 'b' }];
    expect(() => splitByVacancy(rows, { k: 3 })).toThrow(/^splitByVacancy: k must be a whole number between 2 and the number of vacancies \(2\), got 3/);
    expect(() => splitByVacancy(rows, { k: 1 })).toThrow(RangeError);
    expect(() => splitByVacancy([{ vacancyId: '' }] as never, { k: 2 })).toThrow(MatchError);
  });
});
