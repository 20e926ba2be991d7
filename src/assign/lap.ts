// Dense linear assignment: Jonker–Volgenant initialisation (column reduction, reduction transfer,
// augmenting row reduction) followed by shortest augmenting paths (Crouse 2016, as in scipy's
// linear_sum_assignment) on a row-major Float64Array. Minimises; rows <= cols.
import { throwIfIssues, type MatchIssue } from '../basics/errors.js';
import { checkArray, readOptions } from '../rules/validate.js';
import { assign as assignText, usage } from '../basics/messages/en.js';

/** Workspace and result of one dense solve. */
export interface DenseSolution {
  /** Column of each row. */
  readonly colOfRow: Int32Array;
  /** Row dual (u) and column dual (v): cost[i, j] - u[i] - v[j] >= 0, 0 on the assignment. */
  readonly u: Float64Array;
  readonly v: Float64Array;
}

// Each augmenting-row-reduction pass may re-queue displaced rows; this bound keeps a pathological
// float sequence from cycling (leftover free rows go to the exact augmenting-path phase).
const ARR_STEPS_PER_ROW = 8;

/**
 * Minimum-cost assignment of every row to a distinct column of a dense `rows × cols` cost matrix
 * (row-major, finite costs, `rows <= cols`). O(rows² · cols) worst case; no allocation per step.
 */
export function solveDense(cost: Float64Array, rows: number, cols: number): DenseSolution {
  const colOfRow = new Int32Array(rows).fill(-1);
  const rowOfCol = new Int32Array(cols).fill(-1);
  const u = new Float64Array(rows);
  const v = new Float64Array(cols);
  if (rows === 0) return { colOfRow, u, v };

  const free = new Int32Array(rows);
  let numFree = rows;
  if (rows === cols && cols > 1) numFree = reduceColumns(cost, rows, cols, v, colOfRow, rowOfCol, free);
  else for (let i = 0; i < rows; i++) free[i] = rows - 1 - i;
  if (cols > 1) {
    numFree = augmentingRowReduction(cost, cols, v, colOfRow, rowOfCol, free, numFree);
    numFree = augmentingRowReduction(cost, cols, v, colOfRow, rowOfCol, free, numFree);
  }
  for (let i = 0; i < rows; i++) {
    const j = colOfRow[i]!;
    if (j >= 0) u[i] = cost[i * cols + j]! - v[j]!;
  }
  augmentShortestPaths(cost, rows, cols, u, v, colOfRow, rowOfCol, free, numFree);
  return { colOfRow, u, v };
}

/** Column reduction and reduction transfer (square case): v[j] = column minimum; returns the number of free rows. */
function reduceColumns(cost: Float64Array, rows: number, cols: number, v: Float64Array, colOfRow: Int32Array, rowOfCol: Int32Array, free: Int32Array): number {
  const argmin = new Int32Array(cols);
  v.fill(Infinity);
  // Row-major scan of the column minima keeps the reads sequential.
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const c = cost[base + j]!;
      if (c < v[j]!) {
        v[j] = c;
        argmin[j] = i;
      }
    }
  }
  const matches = new Int32Array(rows);
  for (let j = cols - 1; j >= 0; j--) {
    const i = argmin[j]!;
    if (++matches[i]! === 1) {
      colOfRow[i] = j;
      rowOfCol[j] = i;
    } else if (v[j]! < v[colOfRow[i]!]!) {
      rowOfCol[colOfRow[i]!] = -1;
      colOfRow[i] = j;
      rowOfCol[j] = i;
    }
  }
  let numFree = 0;
  for (let i = 0; i < rows; i++) {
    if (matches[i] === 0) {
      free[numFree++] = i;
    } else if (matches[i] === 1) {
      const j1 = colOfRow[i]!;
      const base = i * cols;
      let min = Infinity;
      for (let j = 0; j < cols; j++) {
        if (j === j1) continue;
        const h = cost[base + j]! - v[j]!;
        if (h < min) min = h;
      }
      v[j1] = v[j1]! - min;
    }
  }
  return numFree;
}

/** One pass of augmenting row reduction (an auction step with epsilon 0); returns the free rows left. */
function augmentingRowReduction(cost: Float64Array, cols: number, v: Float64Array, colOfRow: Int32Array, rowOfCol: Int32Array, free: Int32Array, prvNumFree: number): number {
  let k = 0;
  let numFree = 0;
  let budget = ARR_STEPS_PER_ROW * prvNumFree + 16;
  while (k < prvNumFree) {
    const i = free[k++]!;
    if (--budget < 0) {
      free[numFree++] = i;
      continue;
    }
    const base = i * cols;
    let umin = cost[base]! - v[0]!;
    let j1 = 0;
    let usub = Infinity;
    let j2 = -1;
    for (let j = 1; j < cols; j++) {
      const h = cost[base + j]! - v[j]!;
      if (h < usub) {
        if (h >= umin) {
          usub = h;
          j2 = j;
        } else {
          usub = umin;
          umin = h;
          j2 = j1;
          j1 = j;
        }
      }
    }
    let i0 = rowOfCol[j1]!;
    const strict = umin < usub;
    if (strict) v[j1] = v[j1]! - (usub - umin);
    else if (i0 >= 0) {
      j1 = j2;
      i0 = rowOfCol[j2]!;
    }
    colOfRow[i] = j1;
    rowOfCol[j1] = i;
    if (i0 >= 0) {
      colOfRow[i0] = -1;
      if (strict) free[--k] = i0;
      else free[numFree++] = i0;
    }
  }
  return numFree;
}

/** For each free row, Dijkstra over reduced costs to the nearest free column, then dual update and augmentation. */
function augmentShortestPaths(cost: Float64Array, rows: number, cols: number, u: Float64Array, v: Float64Array, colOfRow: Int32Array, rowOfCol: Int32Array, free: Int32Array, numFree: number): void {
  const shortest = new Float64Array(cols).fill(Infinity);
  const path = new Int32Array(cols);
  const remaining = new Int32Array(cols);
  const scannedCols = new Int32Array(cols);
  const scannedRows = new Int32Array(rows);
  const inSR = new Uint8Array(rows);
  for (let f = 0; f < numFree; f++) {
    const curRow = free[f]!;
    let nRem = cols;
    // Reverse order: a constant matrix gives the identity, as in scipy.
    for (let it = 0; it < cols; it++) remaining[it] = cols - 1 - it;
    let nSC = 0;
    let nSR = 0;
    let minVal = 0;
    let i = curRow;
    let sink = -1;
    while (sink < 0) {
      inSR[i] = 1;
      scannedRows[nSR++] = i;
      let index = -1;
      let lowest = Infinity;
      const base = i * cols;
      const ui = u[i]!;
      for (let it = 0; it < nRem; it++) {
        const j = remaining[it]!;
        const r = minVal + cost[base + j]! - ui - v[j]!;
        let sj = shortest[j]!;
        if (r < sj) {
          path[j] = i;
          shortest[j] = r;
          sj = r;
        }
        if (sj < lowest || (sj === lowest && rowOfCol[j]! < 0)) {
          lowest = sj;
          index = it;
        }
      }
      minVal = lowest;
      if (index < 0 || minVal === Infinity) throw new RangeError(assignText.infeasible);
      const j = remaining[index]!;
      if (rowOfCol[j]! < 0) sink = j;
      else i = rowOfCol[j]!;
      scannedCols[nSC++] = j;
      remaining[index] = remaining[--nRem]!;
    }
    u[curRow] = u[curRow]! + minVal;
    for (let s = 1; s < nSR; s++) {
      const r = scannedRows[s]!;
      u[r] = u[r]! + minVal - shortest[colOfRow[r]!]!;
    }
    for (let s = 0; s < nSC; s++) {
      const j = scannedCols[s]!;
      v[j] = v[j]! - (minVal - shortest[j]!);
    }
    for (let s = 0; s < nSR; s++) inSR[scannedRows[s]!] = 0;
    shortest.fill(Infinity);
    let j = sink;
    for (;;) {
      const r = path[j]!;
      rowOfCol[j] = r;
      const prev = colOfRow[r]!;
      colOfRow[r] = j;
      if (r === curRow) break;
      j = prev;
    }
  }
}

function badCost(cost: ArrayLike<unknown>, k: number, cols: number): RangeError {
  return new RangeError(assignText.cell(Math.floor(k / cols), k % cols, MAX_COST, cost[k]));
}

/** The matrix itself, after checking every cell (one tight loop over the typed array). */
function checkedFloat64(cost: Float64Array, cols: number): Float64Array {
  for (let k = 0; k < cost.length; k++) {
    const x = cost[k]!;
    if (!(x <= MAX_COST && x >= -MAX_COST)) throw badCost(cost, k, cols);
  }
  return cost;
}

/** A checked copy, negated to maximise and transposed when there are more rows than columns. */
function workingCopy(cost: Float64Array | readonly unknown[], rows: number, cols: number, sign: number, transpose: boolean): Float64Array {
  const work = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const x: unknown = cost[i * cols + j];
      if (typeof x !== 'number' || !(Math.abs(x) <= MAX_COST)) throw badCost(cost, i * cols + j, cols);
      work[transpose ? j * rows + i : i * cols + j] = sign * x;
    }
  }
  return work;
}

/** The result of linearAssignment. */
export interface LinearAssignment {
  /** Column assigned to each row, or -1 (only when rows > cols). */
  readonly colOfRow: Int32Array;
  /** Sum of the chosen cells. */
  readonly total: number;
}

/** Options of linearAssignment. */
export interface LinearAssignmentOptions {
  /** Maximise the total instead of minimising it. @default false */
  readonly maximize?: boolean | undefined;
}

/** The largest number of rows or columns linearAssignment takes. */
const MAX_SIDE = 2 ** 24;
/** The largest |cost|: sums of a full assignment and the dual prices then stay far from overflow. */
const MAX_COST = 1e150;

/**
 * Solves the rectangular linear assignment problem on a dense, row-major cost matrix: every row (or,
 * when there are more rows than columns, every column) gets a distinct partner, minimising (or
 * maximising) the total. The same problem as scipy's `linear_sum_assignment`.
 *
 * @param cost - `rows × cols` numbers with |cost| ≤ 1e150, row-major (a Float64Array or a plain array)
 * @param rows - number of rows, 0 to 2^24
 * @param cols - number of columns, 0 to 2^24
 * @param options - `{ maximize }`
 * @returns `{ colOfRow, total }`
 * @throws {RangeError} when the sizes do not fit the matrix or a cost is not a finite number within ±1e150;
 *   {TypeError} when `cost` is not an array or `options` not an object
 * @throws {MatchError} naming every hole in a plain-array `cost` (`array_hole`, path `['cost', index]`)
 * @example
 * const { colOfRow, total } = linearAssignment(Float64Array.of(4, 1, 3, 2, 0, 5, 3, 2, 2), 3, 3);
 * // colOfRow → [1, 0, 2], total → 5
 */
export function linearAssignment(cost: Float64Array, rows: number, cols: number, options?: LinearAssignmentOptions): LinearAssignment {
  const o = readOptions('linearAssignment', options);
  if (!(cost instanceof Float64Array) && !Array.isArray(cost)) {
    throw new TypeError(assignText.cost(cost));
  }
  for (const [name, n] of [
    ['rows', rows],
    ['cols', cols],
  ] as const) {
    if (!Number.isInteger(n) || n < 0 || n > MAX_SIDE) throw new RangeError(usage.wholeFromTo('linearAssignment', name, 0, MAX_SIDE, n));
  }
  if (rows * cols !== cost.length) {
    throw new RangeError(assignText.cells(rows, cols, cost.length));
  }
  if (Array.isArray(cost)) {
    const issues: MatchIssue[] = [];
    checkArray(issues, cost, ['cost']);
    throwIfIssues(issues);
  }
  const sign = o.maximize === true ? -1 : 1;
  const transpose = rows > cols;
  const r = transpose ? cols : rows;
  const c = transpose ? rows : cols;
  // The solver only reads its matrix: a Float64Array that needs no transposing or negating is used as it is.
  const work = cost instanceof Float64Array && !transpose && sign === 1 ? checkedFloat64(cost, cols) : workingCopy(cost, rows, cols, sign, transpose);
  const { colOfRow: solved } = solveDense(work, r, c);
  const colOfRow = new Int32Array(rows).fill(-1);
  let total = 0;
  for (let k = 0; k < r; k++) {
    const i = transpose ? solved[k]! : k;
    const j = transpose ? k : solved[k]!;
    colOfRow[i] = j;
    total += cost[i * cols + j]!;
  }
  return { colOfRow, total };
}
