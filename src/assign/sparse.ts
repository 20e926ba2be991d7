// Maximum-weight b-matching on sparse candidate lists as a rectangular linear assignment problem.
//
// Rows are the positions of the vacancies; a position's columns are its vacancy's listed candidates
// (cost -score) and every "open" column of its vacancy (cost 0; one per position, shared by its positions,
// so positions of one vacancy are interchangeable and share one dual price). A position never copies its
// list: rows read their vacancy's arcs. Jonker–Volgenant's augmenting row reduction (an auction with
// epsilon 0) places most positions cheaply; the rest are routed by Dijkstra on reduced costs from the free
// position to the nearest free column (Crouse's shortest augmenting path, as in scipy), which its own
// vacancy's free open column bounds, so a search stays local.

/** Candidate lists per vacancy in CSR form; candidates are local indices 0..nC-1. */
export interface SparseProblem {
  readonly nV: number;
  readonly nC: number;
  /** Positions per vacancy. */
  readonly capacity: Int32Array;
  /** List of vacancy x: entries offsets[x] .. offsets[x + 1] - 1. */
  readonly offsets: Int32Array;
  readonly cand: Int32Array;
  readonly score: Float64Array;
}

export interface SparseSolution {
  /** Vacancy of each candidate, or -1. */
  readonly vacancyOf: Int32Array;
  readonly scoreOf: Float64Array;
  /**
   * Dual prices: z[x] + y[c] >= score(x, c) for every listed pair, y >= 0, y = 0 for unmatched candidates, and
   * z[x] + yOpen[k] >= 0 for each open column k of x (vacancy x's are k = sum of earlier capacities ..
   * + capacity[x] - 1). Σ capacity·z + Σ y + Σ yOpen equals the maximum total, so with y = 0 for unlisted
   * candidates they certify optimality over pairs outside the lists too.
   */
  readonly z: Float64Array;
  readonly y: Float64Array;
  readonly yOpen: Float64Array;
}

// Each augmenting-row-reduction pass may re-queue displaced rows; this bound keeps a pathological float
// sequence from cycling (leftover free rows go to the exact shortest-path phase).
const ARR_STEPS_PER_ROW = 8;

/** Maximum total score with each candidate on at most one vacancy and each vacancy within its capacity. */
export function solveSparse(p: SparseProblem): SparseSolution {
  const { nV, nC, capacity, offsets, cand, score } = p;
  // Arcs of each vacancy: its listed candidates, then its open columns.
  const slotStart = new Int32Array(nV + 1);
  for (let x = 0; x < nV; x++) slotStart[x + 1] = slotStart[x]! + capacity[x]!;
  const nRows = slotStart[nV]!;
  const nCols = nC + nRows;
  const arcStart = new Int32Array(nV + 1);
  for (let x = 0; x < nV; x++) arcStart[x + 1] = arcStart[x]! + (offsets[x + 1]! - offsets[x]!) + capacity[x]!;
  const col = new Int32Array(arcStart[nV]!);
  const cost = new Float64Array(col.length);
  const rowVac = new Int32Array(nRows);
  for (let x = 0; x < nV; x++) {
    let a = arcStart[x]!;
    for (let e = offsets[x]!; e < offsets[x + 1]!; e++, a++) {
      col[a] = cand[e]!;
      cost[a] = -score[e]!;
    }
    for (let k = slotStart[x]!; k < slotStart[x + 1]!; k++, a++) {
      col[a] = nC + k;
      rowVac[k] = x;
    }
  }

  const u = new Float64Array(nRows);
  const v = new Float64Array(nCols);
  const colOfRow = new Int32Array(nRows).fill(-1);
  const arcOfRow = new Int32Array(nRows);
  const rowOfCol = new Int32Array(nCols).fill(-1);
  const free = new Int32Array(nRows);
  for (let i = 0; i < nRows; i++) free[i] = i;
  let numFree = nRows;
  numFree = augmentingRowReduction(col, cost, arcStart, rowVac, v, colOfRow, arcOfRow, rowOfCol, free, numFree);
  numFree = augmentingRowReduction(col, cost, arcStart, rowVac, v, colOfRow, arcOfRow, rowOfCol, free, numFree);
  for (let i = 0; i < nRows; i++) {
    const a = arcOfRow[i]!;
    if (colOfRow[i]! >= 0) u[i] = cost[a]! - v[col[a]!]!;
  }
  shortestAugmentingPaths(col, cost, arcStart, rowVac, u, v, colOfRow, arcOfRow, rowOfCol, free, numFree);

  const vacancyOf = new Int32Array(nC).fill(-1);
  const scoreOf = new Float64Array(nC);
  for (let i = 0; i < nRows; i++) {
    const j = colOfRow[i]!;
    if (j < nC) {
      vacancyOf[j] = rowVac[i]!;
      scoreOf[j] = -cost[arcOfRow[i]!]!;
    }
  }
  // Positions of one vacancy have the same arcs, so their prices agree; the smallest is the one every position satisfies.
  const z = new Float64Array(nV).fill(Infinity);
  for (let i = 0; i < nRows; i++) z[rowVac[i]!] = Math.min(z[rowVac[i]!]!, -u[i]!);
  // A vacancy without positions has no row: any price covering its arcs will do.
  for (let x = 0; x < nV; x++) {
    if (z[x] !== Infinity) continue;
    z[x] = 0;
    for (let e = offsets[x]!; e < offsets[x + 1]!; e++) z[x] = Math.max(z[x]!, score[e]!);
  }
  const y = new Float64Array(nC);
  for (let c = 0; c < nC; c++) y[c] = -v[c]!;
  const yOpen = new Float64Array(nRows);
  for (let k = 0; k < nRows; k++) yOpen[k] = -v[nC + k]!;
  return { vacancyOf, scoreOf, z, y, yOpen };
}

/** One pass of augmenting row reduction (an auction step with epsilon 0); returns the free rows left. */
function augmentingRowReduction(
  col: Int32Array,
  cost: Float64Array,
  arcStart: Int32Array,
  rowVac: Int32Array,
  v: Float64Array,
  colOfRow: Int32Array,
  arcOfRow: Int32Array,
  rowOfCol: Int32Array,
  free: Int32Array,
  prvNumFree: number,
): number {
  let k = 0;
  let numFree = 0;
  let budget = ARR_STEPS_PER_ROW * prvNumFree + 16;
  while (k < prvNumFree) {
    const i = free[k++]!;
    if (--budget < 0) {
      free[numFree++] = i;
      continue;
    }
    const x = rowVac[i]!;
    let umin = Infinity;
    let a1 = -1;
    let usub = Infinity;
    let a2 = -1;
    for (let a = arcStart[x]!, end = arcStart[x + 1]!; a < end; a++) {
      const h = cost[a]! - v[col[a]!]!;
      if (h < usub) {
        if (h >= umin) {
          usub = h;
          a2 = a;
        } else {
          usub = umin;
          umin = h;
          a2 = a1;
          a1 = a;
        }
      }
    }
    let j1 = col[a1]!;
    let i0 = rowOfCol[j1]!;
    // A single arc (one position, empty list): its open column, which no other row can hold.
    const strict = a2 >= 0 && umin < usub;
    if (strict) v[j1] = v[j1]! - (usub - umin);
    else if (i0 >= 0 && a2 >= 0) {
      a1 = a2;
      j1 = col[a2]!;
      i0 = rowOfCol[j1]!;
    }
    colOfRow[i] = j1;
    arcOfRow[i] = a1;
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
function shortestAugmentingPaths(
  col: Int32Array,
  cost: Float64Array,
  arcStart: Int32Array,
  rowVac: Int32Array,
  u: Float64Array,
  v: Float64Array,
  colOfRow: Int32Array,
  arcOfRow: Int32Array,
  rowOfCol: Int32Array,
  free: Int32Array,
  numFree: number,
): void {
  const nCols = v.length;
  const shortest = new Float64Array(nCols).fill(Infinity);
  const path = new Int32Array(nCols);
  const pathArc = new Int32Array(nCols);
  const scanned = new Uint8Array(nCols);
  const touched = new Int32Array(nCols);
  const scannedCols = new Int32Array(nCols);
  const scannedRows = new Int32Array(u.length);
  const heap = new ColumnHeap(nCols, shortest, rowOfCol);
  for (let f = 0; f < numFree; f++) {
    const curRow = free[f]!;
    let nTouched = 0;
    let nSC = 0;
    let nSR = 0;
    let minVal = 0;
    let i = curRow;
    let sink = -1;
    while (sink < 0) {
      scannedRows[nSR++] = i;
      const ui = u[i]!;
      const x = rowVac[i]!;
      for (let a = arcStart[x]!, end = arcStart[x + 1]!; a < end; a++) {
        const j = col[a]!;
        if (scanned[j] === 1) continue;
        const r = minVal + cost[a]! - ui - v[j]!;
        if (r < shortest[j]!) {
          if (shortest[j] === Infinity) touched[nTouched++] = j;
          shortest[j] = r;
          path[j] = i;
          pathArc[j] = a;
          heap.update(j);
        }
      }
      // Every vacancy has an open column per position, so some column is always reachable.
      const j = heap.pop();
      minVal = shortest[j]!;
      scanned[j] = 1;
      scannedCols[nSC++] = j;
      if (rowOfCol[j]! < 0) sink = j;
      else i = rowOfCol[j]!;
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
    let j = sink;
    for (;;) {
      const r = path[j]!;
      rowOfCol[j] = r;
      const prev = colOfRow[r]!;
      colOfRow[r] = j;
      arcOfRow[r] = pathArc[j]!;
      if (r === curRow) break;
      j = prev;
    }
    heap.clear();
    for (let t = 0; t < nTouched; t++) {
      const k = touched[t]!;
      shortest[k] = Infinity;
      scanned[k] = 0;
    }
  }
}

/** Binary min-heap of columns keyed by an external Float64Array; among equal keys a free column pops first, then the smaller id. */
class ColumnHeap {
  private readonly items: Int32Array;
  private readonly pos: Int32Array;
  size = 0;

  constructor(
    n: number,
    private readonly key: Float64Array,
    private readonly owner: Int32Array,
  ) {
    this.items = new Int32Array(n);
    this.pos = new Int32Array(n).fill(-1);
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    if (ka !== kb) return ka < kb;
    const fa = this.owner[a]! < 0;
    const fb = this.owner[b]! < 0;
    return fa !== fb ? fa : a < b;
  }

  /** Inserts a, or moves it up after its key decreased. */
  update(a: number): void {
    const p = this.pos[a]!;
    if (p >= 0) {
      this.up(p);
      return;
    }
    this.pos[a] = this.size;
    this.items[this.size++] = a;
    this.up(this.size - 1);
  }

  pop(): number {
    const top = this.items[0]!;
    this.pos[top] = -1;
    const last = this.items[--this.size]!;
    if (this.size > 0) {
      this.items[0] = last;
      this.pos[last] = 0;
      this.down(0);
    }
    return top;
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.pos[this.items[i]!] = -1;
    this.size = 0;
  }

  private up(i: number): void {
    const a = this.items[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const b = this.items[parent]!;
      if (!this.less(a, b)) break;
      this.items[i] = b;
      this.pos[b] = i;
      i = parent;
    }
    this.items[i] = a;
    this.pos[a] = i;
  }

  private down(i: number): void {
    const a = this.items[i]!;
    const n = this.size;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n && this.less(this.items[r]!, this.items[l]!)) c = r;
      const b = this.items[c]!;
      if (!this.less(b, a)) break;
      this.items[i] = b;
      this.pos[b] = i;
      i = c;
    }
    this.items[i] = a;
    this.pos[a] = i;
  }
}
