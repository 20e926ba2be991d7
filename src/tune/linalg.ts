// The two matrix routines fitWeights needs, on small dense symmetric matrices stored row-major in a Float64Array.
// Ported operation for operation from ml-matrix 6.15 (MIT; its symmetric eigensolver is JAMA's tred2/tql2, public
// domain), so every result is the same to the last bit: ml-matrix as a whole is ~17 kB min+gzip of CommonJS that no
// bundler can shake, most of the root entry's budget. test/tune/linalg.test.ts compares both bit for bit.

/** The Cholesky factor L (lower triangle, row-major) of a symmetric n × n matrix, and whether it is positive definite. */
export interface Cholesky {
  readonly n: number;
  readonly lower: Float64Array;
  readonly positiveDefinite: boolean;
}

/** Cholesky–Banachiewicz, row by row, as ml-matrix's CholeskyDecomposition (a non-positive pivot is kept at 0). */
export function cholesky(a: Float64Array, n: number): Cholesky {
  const l = new Float64Array(n * n);
  let positiveDefinite = true;
  for (let j = 0; j < n; j++) {
    let d = 0;
    for (let k = 0; k < j; k++) {
      let s = 0;
      for (let i = 0; i < k; i++) s += l[k * n + i]! * l[j * n + i]!;
      s = (a[j * n + k]! - s) / l[k * n + k]!;
      l[j * n + k] = s;
      d = d + s * s;
    }
    d = a[j * n + j]! - d;
    positiveDefinite &&= d > 0;
    l[j * n + j] = Math.sqrt(Math.max(d, 0));
  }
  return { n, lower: l, positiveDefinite };
}

/** Solves L Lᵀ x = b for one right-hand side (forward, then back substitution); only for a positive-definite factor. */
export function choleskySolve({ n, lower: l }: Cholesky, b: ArrayLike<number>): Float64Array {
  const x = Float64Array.from(b);
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < k; i++) x[k] = x[k]! - x[i]! * l[k * n + i]!;
    x[k] = x[k]! / l[k * n + k]!;
  }
  for (let k = n - 1; k >= 0; k--) {
    for (let i = k + 1; i < n; i++) x[k] = x[k]! - x[i]! * l[i * n + k]!;
    x[k] = x[k]! / l[k * n + k]!;
  }
  return x;
}

/** Eigenvalues (ascending) and eigenvectors of a symmetric n × n matrix: `vectors[i * n + a]` is component a of vector i. */
export interface SymmetricEigen {
  readonly values: Float64Array;
  readonly vectors: Float64Array;
}

/** Householder tridiagonalisation (tred2) and the implicit QL algorithm (tql2), as ml-matrix's EigenvalueDecomposition. */
export function symmetricEigen(a: Float64Array, n: number): SymmetricEigen {
  // v holds the eigenvectors transposed, as ml-matrix stores them while it works: v[j * n + i] is V(i, j).
  const v = Float64Array.from(a);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  tred2(n, e, d, v);
  tql2(n, e, d, v);
  return { values: d, vectors: v };
}

function tred2(n: number, e: Float64Array, d: Float64Array, v: Float64Array): void {
  const get = (r: number, c: number): number => v[r * n + c]!;
  const set = (r: number, c: number, x: number): void => {
    v[r * n + c] = x;
  };
  let f: number;
  let g: number;
  let h: number;
  for (let j = 0; j < n; j++) d[j] = get(j, n - 1);
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    h = 0;
    for (let k = 0; k < i; k++) scale = scale + Math.abs(d[k]!);
    if (scale === 0) {
      e[i] = d[i - 1]!;
      for (let j = 0; j < i; j++) {
        d[j] = get(j, i - 1);
        set(j, i, 0);
        set(i, j, 0);
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k] = d[k]! / scale;
        h += d[k]! * d[k]!;
      }
      f = d[i - 1]!;
      g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h = h - f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j]!;
        set(i, j, f);
        g = e[j]! + get(j, j) * f;
        for (let k = j + 1; k <= i - 1; k++) {
          g += get(j, k) * d[k]!;
          e[k] = e[k]! + get(j, k) * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] = e[j]! / h;
        f += e[j]! * d[j]!;
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] = e[j]! - hh * d[j]!;
      for (let j = 0; j < i; j++) {
        f = d[j]!;
        g = e[j]!;
        for (let k = j; k <= i - 1; k++) set(j, k, get(j, k) - (f * e[k]! + g * d[k]!));
        d[j] = get(j, i - 1);
        set(j, i, 0);
      }
    }
    d[i] = h;
  }
  for (let i = 0; i < n - 1; i++) {
    set(i, n - 1, get(i, i));
    set(i, i, 1);
    h = d[i + 1]!;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = get(i + 1, k) / h;
      for (let j = 0; j <= i; j++) {
        g = 0;
        for (let k = 0; k <= i; k++) g += get(i + 1, k) * get(j, k);
        for (let k = 0; k <= i; k++) set(j, k, get(j, k) - g * d[k]!);
      }
    }
    for (let k = 0; k <= i; k++) set(i + 1, k, 0);
  }
  for (let j = 0; j < n; j++) {
    d[j] = get(j, n - 1);
    set(j, n - 1, 0);
  }
  set(n - 1, n - 1, 1);
  e[0] = 0;
}

function tql2(n: number, e: Float64Array, d: Float64Array, v: Float64Array): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i]!;
  e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  const eps = Number.EPSILON;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]!) + Math.abs(e[l]!));
    let m = l;
    while (m < n) {
      if (Math.abs(e[m]!) <= eps * tst1) break;
      m++;
    }
    if (m > l) {
      do {
        let g = d[l]!;
        let p = (d[l + 1]! - g) / (2 * e[l]!);
        let r = hypotenuse(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l]! / (p + r);
        d[l + 1] = e[l]! * (p + r);
        const dl1 = d[l + 1]!;
        let h = g - d[l]!;
        for (let i = l + 2; i < n; i++) d[i] = d[i]! - h;
        f = f + h;
        p = d[m]!;
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1]!;
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i]!;
          h = c * p;
          r = hypotenuse(p, e[i]!);
          e[i + 1] = s * r;
          s = e[i]! / r;
          c = p / r;
          p = c * d[i]! - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]!);
          for (let k = 0; k < n; k++) {
            h = v[(i + 1) * n + k]!;
            v[(i + 1) * n + k] = s * v[i * n + k]! + c * h;
            v[i * n + k] = c * v[i * n + k]! - s * h;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]!) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]!) > eps * tst1);
    }
    d[l] = d[l]! + f;
    e[l] = 0;
  }
  for (let i = 0; i < n - 1; i++) {
    let k = i;
    let p = d[i]!;
    for (let j = i + 1; j < n; j++) {
      if (d[j]! < p) {
        k = j;
        p = d[j]!;
      }
    }
    if (k !== i) {
      d[k] = d[i]!;
      d[i] = p;
      for (let j = 0; j < n; j++) {
        p = v[i * n + j]!;
        v[i * n + j] = v[k * n + j]!;
        v[k * n + j] = p;
      }
    }
  }
}

function hypotenuse(a: number, b: number): number {
  if (Math.abs(a) > Math.abs(b)) {
    const r = b / a;
    return Math.abs(a) * Math.sqrt(1 + r * r);
  }
  if (b !== 0) {
    const r = a / b;
    return Math.abs(b) * Math.sqrt(1 + r * r);
  }
  return 0;
}
