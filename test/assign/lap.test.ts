import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearAssignment } from '../../src/index.js';
import { solveSparse } from '../../src/assign/sparse.js';
import { bruteForceAssignment, bruteForceLap } from './reference.js';

const matrixArb = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.boolean())
  .chain(([rows, cols, ints]) =>
    fc.array(fc.array(ints ? fc.integer({ min: 0, max: 3 }) : fc.double({ min: -5, max: 10, noNaN: true }), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  );

const transpose = (m: number[][]) => m[0]!.map((_, j) => m.map((row) => row[j]!));
const solveBoth = (m: number[][], maximize: boolean) => linearAssignment(Float64Array.from(m.flat()), m.length, m[0]!.length, { maximize });
const oracle = (m: number[][], maximize: boolean) => bruteForceLap(m.length <= m[0]!.length ? m : transpose(m), maximize);

describe('linearAssignment (dense JV)', () => {
  it('minimum equals brute force, square and rectangular', () => {
    fc.assert(fc.property(matrixArb, (m) => Math.abs(solveBoth(m, false).total - oracle(m, false)) <= 1e-9));
  });

  it('maximum equals brute force', () => {
    fc.assert(fc.property(matrixArb, (m) => Math.abs(solveBoth(m, true).total - oracle(m, true)) <= 1e-9));
  });

  it('assigns min(rows, cols) distinct columns and the total is their sum', () => {
    fc.assert(
      fc.property(matrixArb, (m) => {
        const { colOfRow, total } = solveBoth(m, false);
        const used = [...colOfRow].filter((j) => j >= 0);
        const sum = [...colOfRow].reduce((s, j, i) => (j >= 0 ? s + m[i]![j]! : s), 0);
        return used.length === Math.min(m.length, m[0]!.length) && new Set(used).size === used.length && Math.abs(sum - total) <= 1e-9;
      }),
    );
  });

  it("leaves the caller's matrix as it was (the solver reads a Float64Array in place)", () => {
    fc.assert(
      fc.property(matrixArb, fc.boolean(), (m, maximize) => {
        const cost = Float64Array.from(m.flat());
        const before = Float64Array.from(cost);
        solveBoth(m, maximize);
        linearAssignment(cost, m.length, m[0]!.length, { maximize });
        return cost.every((x, k) => Object.is(x, before[k]));
      }),
    );
  });

  it('solves the documented example', () => {
    const r = linearAssignment(Float64Array.of(4, 1, 3, 2, 0, 5, 3, 2, 2), 3, 3);
    expect([...r.colOfRow]).toEqual([1, 0, 2]);
    expect(r.total).toBe(5);
  });

  it('rejects a size mismatch and non-finite costs', () => {
    expect(() => linearAssignment(new Float64Array(5), 2, 3)).toThrow(/^linearAssignment:/);
    expect(() => linearAssignment(Float64Array.of(1, Infinity), 1, 2)).toThrow(RangeError);
  });
});

describe('solveSparse (positions as rows: augmenting row reduction, then shortest augmenting paths)', () => {
  const problemArb = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 7 })).chain(([nV, nC]) =>
    fc.record({
      capacity: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: nV, maxLength: nV }),
      score: fc.array(fc.array(fc.oneof(fc.constant(-1), fc.constantFrom(0.5, 1, 1.5), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: nV, maxLength: nV }), {
        minLength: nC,
        maxLength: nC,
      }),
    }),
  );
  const solve = ({ capacity, score }: { capacity: number[]; score: number[][] }) => {
    const offsets = [0];
    const cand: number[] = [];
    const s: number[] = [];
    capacity.forEach((_, v) => {
      score.forEach((row, c) => {
        if (row[v]! >= 0) {
          cand.push(c);
          s.push(row[v]!);
        }
      });
      offsets.push(cand.length);
    });
    return solveSparse({ nV: capacity.length, nC: score.length, capacity: Int32Array.from(capacity), offsets: Int32Array.from(offsets), cand: Int32Array.from(cand), score: Float64Array.from(s) });
  };

  it('maximum total equals brute force', () => {
    fc.assert(
      fc.property(problemArb, (p) => {
        const sol = solve(p);
        const total = [...sol.vacancyOf].reduce((t, v, c) => (v >= 0 ? t + p.score[c]![v]! : t), 0);
        return Math.abs(total - bruteForceAssignment(p.score, p.capacity)) <= 1e-9;
      }),
    );
  });

  it('its duals are feasible and close the gap (the certificate used for truncated lists)', () => {
    fc.assert(
      fc.property(problemArb, (p) => {
        const sol = solve(p);
        const feasible = p.score.every((row, c) => row.every((s, v) => s < 0 || sol.z[v]! + sol.y[c]! >= s - 1e-9));
        const vacancyOfOpen = p.capacity.flatMap((cap, v) => Array.from({ length: cap }, () => v));
        const openFeasible = vacancyOfOpen.every((v, k) => sol.z[v]! + sol.yOpen[k]! >= -1e-9);
        const nonNegative = [...sol.y, ...sol.yOpen].every((y) => y >= -1e-12);
        const sum = (xs: Float64Array) => xs.reduce((t, y) => t + y, 0);
        const dual = p.capacity.reduce((t, cap, v) => t + cap * sol.z[v]!, 0) + sum(sol.y) + sum(sol.yOpen);
        return feasible && openFeasible && nonNegative && Math.abs(dual - bruteForceAssignment(p.score, p.capacity)) <= 1e-9;
      }),
    );
  });
});
