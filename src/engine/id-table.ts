// Id → index for the records of one list. A Map<string, number> of 400k ids costs ~80 ms to build (it rehashes
// each time it doubles, and hashes every fresh string); this table is sized once, hashes each id itself (FNV-1a over
// its code units) and keeps indexes in an Int32Array: ~11 ms. Lookups cost what a Map's do.

/** Id → index of a list of records (the first entry with that id). */
export interface IdLookup {
  get(id: string): number | undefined;
  has(id: string): boolean;
  /** How many distinct ids. */
  readonly size: number;
}

/**
 * A run of filled slots this long means ids made to collide (a random table half full has runs of a few slots): the table
 * hands over to a Map, whose hash is seeded. Bounding the runs, not only each insert's probe, bounds every lookup too.
 */
const MAX_RUN = 64;

/** FNV-1a over the UTF-16 code units of `s`. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * An open-addressing table (linear probing, at most half full) of indexes into `ids`. Entries are added in index
 * order and the first one with an id keeps it. Nothing iterates the table, so its layout never shows in an output.
 */
export class IdTable implements IdLookup {
  private readonly ids: readonly unknown[];
  private readonly slots: Int32Array;
  private readonly mask: number;
  private map: Map<string, number> | undefined;
  private count = 0;

  /** An empty table for ids found in `ids` (the table reads them there; it keeps the list). */
  constructor(ids: readonly unknown[]) {
    this.ids = ids;
    let capacity = 16;
    while (capacity < ids.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  /** A table of every id of `ids`, which are unique strings. */
  static of(ids: readonly string[]): IdTable {
    const table = new IdTable(ids);
    for (let i = 0; i < ids.length; i++) table.add(i);
    return table;
  }

  get size(): number {
    return this.count;
  }

  /** Adds `ids[i]` (a string): -1, or the index of an earlier entry that has the id (which keeps it). */
  add(i: number): number {
    const id = this.ids[i] as string;
    if (this.map !== undefined) return this.addToMap(id, i);
    const { slots, mask, ids } = this;
    let p = hash(id) & mask;
    for (let probe = 0; probe < MAX_RUN; probe++) {
      const j = slots[p]!;
      if (j < 0) {
        slots[p] = i;
        this.count++;
        if (this.runAround(p) < MAX_RUN) return -1;
        return this.handOver(id, i, true);
      }
      if (ids[j] === id) return j;
      p = (p + 1) & mask;
    }
    return this.handOver(id, i, false);
  }

  /** The length of the run of filled slots through slot `p`, counted up to MAX_RUN. */
  private runAround(p: number): number {
    const { slots, mask } = this;
    let length = 1;
    for (let q = (p - 1) & mask; length < MAX_RUN && slots[q]! >= 0; q = (q - 1) & mask) length++;
    for (let q = (p + 1) & mask; length < MAX_RUN && slots[q]! >= 0; q = (q + 1) & mask) length++;
    return length;
  }

  /** Ids made to collide: the entries so far go to a Map, and so does every later one. `added`: `ids[i]` is in already. */
  private handOver(id: string, i: number, added: boolean): number {
    const { slots, ids } = this;
    const map = new Map<string, number>();
    for (let k = 0; k < slots.length; k++) {
      const j = slots[k]!;
      if (j >= 0) map.set(ids[j] as string, j);
    }
    this.map = map;
    return added ? -1 : this.addToMap(id, i);
  }

  private addToMap(id: string, i: number): number {
    const map = this.map!;
    const first = map.get(id);
    if (first !== undefined) return first;
    map.set(id, i);
    this.count++;
    return -1;
  }

  get(id: string): number | undefined {
    if (this.map !== undefined) return this.map.get(id);
    if (typeof id !== 'string') return undefined;
    const { slots, mask, ids } = this;
    let p = hash(id) & mask;
    for (;;) {
      const j = slots[p]!;
      if (j < 0) return undefined;
      if (ids[j] === id) return j;
      p = (p + 1) & mask;
    }
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}
