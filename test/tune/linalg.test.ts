import fc from 'fast-check';
import { CholeskyDecomposition, EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { cholesky, choleskySolve, symmetricEigen } from '../../src/tune/linalg.js';

// fitWeights' own Cholesky and eigensolver replace ml-matrix's operation for operation: the oracle is ml-matrix itself,
// compared bit for bit, plus the defining equations (L Lᵀ = A, A v = λ v) so that a shared mistake cannot pass either.

// Subnormal entries are left out: ml-matrix's tql2 reads past its matrix on them (fitWeights' correlations have a unit diagonal).
const entry = fc.double({ min: -4, max: 4, noNaN: true, noDefaultInfinity: true }).map((x) => (Math.abs(x) < 1e-100 ? 0 : x));
/** B'B for an r × n matrix B: positive definite when r ≥ n (almost surely), singular when r < n. */
const gram = (n: number, r: number) =>
  fc.array(entry, { minLength: r * n, maxLength: r * n }).map((b) => {
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < r; k++) a[i * n + j] = a[i * n + j]! + b[k * n + i]! * b[k * n + j]!;
    return { n, a };
  });
const positiveDefinite = fc.integer({ min: 1, max: 6 }).chain((n) => fc.integer({ min: n, max: n + 4 }).chain((r) => gram(n, r)));
const singular = fc.integer({ min: 2, max: 6 }).chain((n) => fc.integer({ min: 1, max: n - 1 }).chain((r) => gram(n, r)));
const symmetric = fc
  .integer({ min: 1, max: 6 })
  .chain((n) =>
    fc.array(entry, { minLength: n * n, maxLength: n * n }).map((x) => ({ n, a: Float64Array.from(x, (_, t) => x[Math.min(Math.floor(t / n), t % n) * n + Math.max(Math.floor(t / n), t % n)]!) })),
  );
/** A correlation matrix of columns where the last is an exact combination of the others: what fitWeights checks for. */
const collinear = fc
  .integer({ min: 2, max: 5 })
  .chain((m) =>
    fc
      .tuple(
        fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: m - 1, maxLength: m - 1 }), { minLength: 12, maxLength: 30 }),
        fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: m - 1, maxLength: m - 1 }),
      )
      .map(([rows, mix]) => {
        const cols = Array.from({ length: m }, (_, c) => rows.map((row) => (c < m - 1 ? row[c]! : row.reduce((s, v, t) => s + v * mix[t]!, 0))));
        const means = cols.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
        const cov = Float64Array.from({ length: m * m }, (_, t) => cols[Math.floor(t / m)]!.reduce((s, v, i) => s + (v - means[Math.floor(t / m)]!) * (cols[t % m]![i]! - means[t % m]!), 0));
        return { n: m, a: cov.map((c, t) => c / Math.sqrt(cov[Math.floor(t / m) * m + Math.floor(t / m)]! * cov[(t % m) * m + (t % m)]!)) };
      }),
  )
  .filter(({ a }) => a.every(Number.isFinite));

const toMatrix = (a: Float64Array, n: number) => Matrix.from1DArray(n, n, Array.from(a));
const bits = (x: ArrayLike<number>) => Array.from(x, (v) => (Object.is(v, -0) ? '-0' : String(v)));

describe('cholesky and choleskySolve', () => {
  it('give ml-matrix CholeskyDecomposition’s factor, flag and solution bit for bit, on positive-definite and singular matrices', () => {
    fc.assert(
      fc.property(fc.oneof(positiveDefinite, singular), fc.array(entry, { minLength: 6, maxLength: 6 }), ({ n, a }, rhs) => {
        const ours = cholesky(a, n);
        const theirs = new CholeskyDecomposition(toMatrix(a, n));
        expect(ours.positiveDefinite).toBe(theirs.isPositiveDefinite());
        expect(bits(ours.lower)).toEqual(bits(theirs.lowerTriangularMatrix.to1DArray()));
        if (!ours.positiveDefinite) return;
        const b = rhs.slice(0, n);
        expect(bits(choleskySolve(ours, b))).toEqual(bits(theirs.solve(Matrix.columnVector(b)).to1DArray()));
      }),
    );
  });

  it('factor a positive-definite matrix: L Lᵀ = A, and the solution satisfies A x = b', () => {
    fc.assert(
      fc.property(positiveDefinite, fc.array(entry, { minLength: 6, maxLength: 6 }), ({ n, a }, rhs) => {
        const { lower: l, positiveDefinite: pd } = cholesky(a, n);
        fc.pre(pd);
        const scale = Math.max(1, ...Array.from(a, Math.abs));
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            let s = 0;
            for (let k = 0; k < n; k++) s += l[i * n + k]! * l[j * n + k]!;
            expect(Math.abs(s - a[i * n + j]!)).toBeLessThan(1e-9 * scale);
          }
        }
        // Only well-conditioned systems: the residual bound scales with the condition number.
        const diag = Array.from({ length: n }, (_, i) => l[i * n + i]!);
        fc.pre(Math.min(...diag) > 1e-3 * Math.max(...diag));
        const b = rhs.slice(0, n);
        const x = choleskySolve(cholesky(a, n), b);
        for (let i = 0; i < n; i++) {
          const ax = x.reduce((s, v, j) => s + a[i * n + j]! * v, 0);
          expect(Math.abs(ax - b[i]!)).toBeLessThan(1e-6 * scale * (1 + Math.max(...Array.from(x, Math.abs))));
        }
      }),
    );
  });

  it('mark a matrix with a non-positive pivot as not positive definite', () => {
    expect(cholesky(Float64Array.of(1, 2, 2, 1), 2).positiveDefinite).toBe(false);
    expect(cholesky(Float64Array.of(4, 2, 2, 1), 2).positiveDefinite).toBe(false); // singular: pivot exactly 0
    expect(cholesky(Float64Array.of(4, 2, 2, 2), 2)).toMatchObject({ positiveDefinite: true, lower: Float64Array.of(2, 0, 1, 1) });
  });
});

describe('symmetricEigen', () => {
  it('gives ml-matrix EigenvalueDecomposition’s eigenvalues and eigenvectors bit for bit', () => {
    fc.assert(
      fc.property(fc.oneof(symmetric, singular, collinear), ({ n, a }) => {
        const ours = symmetricEigen(a, n);
        const theirs = new EigenvalueDecomposition(toMatrix(a, n), { assumeSymmetric: true });
        expect(bits(ours.values)).toEqual(bits(theirs.realEigenvalues));
        for (let i = 0; i < n; i++) expect(bits(ours.vectors.subarray(i * n, (i + 1) * n))).toEqual(bits(theirs.eigenvectorMatrix.getColumn(i)));
      }),
    );
  });

  it('returns ascending eigenvalues with unit eigenvectors: A v = λ v', () => {
    fc.assert(
      fc.property(fc.oneof(symmetric, collinear), ({ n, a }) => {
        const { values, vectors } = symmetricEigen(a, n);
        const scale = Math.max(1, ...Array.from(a, Math.abs));
        for (let i = 1; i < n; i++) expect(values[i]!).toBeGreaterThanOrEqual(values[i - 1]!);
        for (let i = 0; i < n; i++) {
          const v = vectors.subarray(i * n, (i + 1) * n);
          expect(Math.abs(v.reduce((s, x) => s + x * x, 0) - 1)).toBeLessThan(1e-9);
          for (let r = 0; r < n; r++) expect(Math.abs(v.reduce((s, x, c) => s + a[r * n + c]! * x, 0) - values[i]! * v[r]!)).toBeLessThan(1e-9 * scale * n);
        }
      }),
    );
  });

  it('finds the exact dependency of a collinear correlation matrix: a (numerically) zero eigenvalue', () => {
    fc.assert(
      fc.property(collinear, ({ n, a }) => {
        expect(symmetricEigen(a, n).values[0]!).toBeLessThan(1e-9);
      }),
    );
  });
});
