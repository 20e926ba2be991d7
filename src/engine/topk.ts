/**
 * The best `k` items by score (descending), ties broken by a precomputed id rank (ascending).
 * A bounded binary heap whose root is the worst kept item: O(n log k), no allocation per push.
 */
export class TopK {
  readonly items: Int32Array;
  readonly scores: Float64Array;
  size = 0;
  /** How many items it keeps: at most the capacity it was made with (see reset). */
  k: number;

  constructor(
    k: number,
    private readonly rank: Int32Array,
  ) {
    this.k = k;
    this.items = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  /** Empties the heap, to keep the best `k` items from now on (at most its capacity). */
  reset(k: number): void {
    this.size = 0;
    this.k = Math.max(0, Math.min(k, this.items.length));
  }

  /** a is worse than b: lower score, or equal score and later id. */
  private worse(ia: number, sa: number, ib: number, sb: number): boolean {
    return sa < sb || (sa === sb && this.rank[ia]! > this.rank[ib]!);
  }

  push(item: number, score: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(item, score, this.items[p]!, this.scores[p]!)) break;
        this.items[i] = this.items[p]!;
        this.scores[i] = this.scores[p]!;
        i = p;
      }
      this.items[i] = item;
      this.scores[i] = score;
      return;
    }
    if (!this.worse(this.items[0]!, this.scores[0]!, item, score)) return;
    let i = 0;
    const n = this.size;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n && this.worse(this.items[r]!, this.scores[r]!, this.items[l]!, this.scores[l]!)) c = r;
      if (!this.worse(this.items[c]!, this.scores[c]!, item, score)) break;
      this.items[i] = this.items[c]!;
      this.scores[i] = this.scores[c]!;
      i = c;
    }
    this.items[i] = item;
    this.scores[i] = score;
  }

  /** The least score a new item needs to be kept (at least `min`): the worst kept score once full. */
  threshold(min: number): number {
    return this.size === this.k && this.k > 0 ? Math.max(min, this.scores[0]!) : min;
  }

  /** Kept items, best first. */
  sorted(): { item: number; score: number }[] {
    const out: { item: number; score: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ item: this.items[i]!, score: this.scores[i]! });
    return out.sort((a, b) => b.score - a.score || this.rank[a.item]! - this.rank[b.item]!);
  }
}
