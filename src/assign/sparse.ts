// Maximum-weight b-matching on sparse candidate lists by successive shortest paths (min-cost flow).
//
// Why a flow and not slot expansion: a vacancy with p positions is one node with capacity p, so
// memory and Dijkstra work are per list entry, not per list entry × position; a vacancy with
// 3 positions and a 50-long list costs 50 arcs, not 150 (measured in bench/assign.ts).
//
// Network: vacancy x --(-score)--> candidate c --0--> T, and x --0--> O_x --0--> T ("leave a
// position open"), so every position always has somewhere to go. Each position of each vacancy
// is added as one unit of supply and routed along a shortest path (Dijkstra on reduced costs
// with Johnson potentials) — the JV/Hungarian augmentation one row at a time.

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
  /** Dual prices, z[x] + y[c] >= score(x, c) for every listed pair: with y = 0 for unlisted candidates they certify optimality over pairs outside the lists too. */
  readonly z: Float64Array;
  readonly y: Float64Array;
}

/** Maximum total score with each candidate on at most one vacancy and each vacancy within its capacity. */
export function solveSparse(p: SparseProblem): SparseSolution {
  const { nV, nC, capacity, offsets, cand, score } = p;
  const cBase = nV;
  const oBase = nV + nC;
  const T = nV + nC + nV;
  const n = T + 1;
  const pi = new Float64Array(n);
  const dist = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  const pred = new Int32Array(n);
  const predEdge = new Int32Array(n);
  const touched = new Int32Array(n);
  const heap = new IndexedHeap(n, dist);
  const vacancyOf = new Int32Array(nC).fill(-1);
  const scoreOf = new Float64Array(nC);

  // Initial potentials make every arc's reduced cost >= 0 before any flow.
  for (let c = 0; c < nC; c++) pi[cBase + c] = 0;
  for (let e = 0; e < cand.length; e++) {
    const k = cBase + cand[e]!;
    if (-score[e]! < pi[k]!) pi[k] = -score[e]!;
  }
  let minPi = 0;
  for (let c = 0; c < nC; c++) if (pi[cBase + c]! < minPi) minPi = pi[cBase + c]!;
  pi[T] = minPi;

  for (let x0 = 0; x0 < nV; x0++) {
    for (let slot = 0; slot < capacity[x0]!; slot++) {
      let nTouched = 0;
      dist[x0] = 0;
      touched[nTouched++] = x0;
      heap.push(x0);
      while (heap.size > 0) {
        const a = heap.pop();
        if (a === T) break;
        done[a] = 1;
        const d = dist[a]!;
        const pa = pi[a]!;
        if (a < cBase) {
          for (let e = offsets[a]!, end = offsets[a + 1]!; e < end; e++) {
            // A matched pair's own arc stays in (its capacity is implied by c's): that keeps it tight, so z and y are LP duals.
            const b = cBase + cand[e]!;
            if (done[b] === 1) continue;
            let rc = -score[e]! + pa - pi[b]!;
            if (rc < 0) rc = 0;
            const nd = d + rc;
            if (nd < dist[b]!) {
              if (dist[b] === Infinity) touched[nTouched++] = b;
              dist[b] = nd;
              pred[b] = a;
              predEdge[b] = e;
              heap.update(b);
            }
          }
          const o = oBase + a;
          let rc = pa - pi[o]!;
          if (rc < 0) rc = 0;
          if (d + rc < dist[o]!) {
            if (dist[o] === Infinity) touched[nTouched++] = o;
            dist[o] = d + rc;
            pred[o] = a;
            heap.update(o);
          }
        } else {
          let b: number;
          let rc: number;
          if (a < oBase && vacancyOf[a - cBase]! >= 0) {
            b = vacancyOf[a - cBase]!;
            rc = scoreOf[a - cBase]! + pa - pi[b]!;
          } else {
            b = T;
            rc = pa - pi[T]!;
          }
          if (done[b] === 1) continue;
          if (rc < 0) rc = 0;
          if (d + rc < dist[b]!) {
            if (dist[b] === Infinity) touched[nTouched++] = b;
            dist[b] = d + rc;
            pred[b] = a;
            heap.update(b);
          }
        }
      }
      const D = dist[T]!;
      heap.clear();
      // Johnson update on settled nodes only: a uniform shift of the rest leaves reduced costs unchanged.
      for (let t = 0; t < nTouched; t++) {
        const k = touched[t]!;
        if (done[k] === 1) pi[k] = pi[k]! + dist[k]! - D;
      }
      let k = pred[T]!;
      while (k !== x0) {
        const prev = pred[k]!;
        if (k >= cBase && k < oBase) {
          vacancyOf[k - cBase] = prev;
          scoreOf[k - cBase] = score[predEdge[k]!]!;
        }
        k = prev;
      }
      for (let t = 0; t < nTouched; t++) {
        const k2 = touched[t]!;
        dist[k2] = Infinity;
        done[k2] = 0;
      }
    }
  }

  const z = new Float64Array(nV);
  const y = new Float64Array(nC);
  for (let x = 0; x < nV; x++) z[x] = Math.max(0, pi[x]! - pi[T]!);
  // An unmatched candidate can take price 0: pi[c] >= pi[T] already bounded each of its arcs by z[x].
  for (let c = 0; c < nC; c++) y[c] = vacancyOf[c]! >= 0 ? Math.max(0, pi[T]! - pi[cBase + c]!) : 0;
  return { vacancyOf, scoreOf, z, y };
}

/** Binary min-heap of node ids keyed by an external Float64Array; ties pop the larger id (T, then open slots) first. */
class IndexedHeap {
  private readonly items: Int32Array;
  private readonly pos: Int32Array;
  size = 0;

  constructor(
    n: number,
    private readonly key: Float64Array,
  ) {
    this.items = new Int32Array(n);
    this.pos = new Int32Array(n).fill(-1);
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka < kb || (ka === kb && a > b);
  }

  push(a: number): void {
    this.pos[a] = this.size;
    this.items[this.size++] = a;
    this.up(this.size - 1);
  }

  /** Inserts a, or moves it up after its key decreased. */
  update(a: number): void {
    const p = this.pos[a]!;
    if (p < 0) this.push(a);
    else this.up(p);
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
