import { rankedList, scanPairs, TopK, type RankedList, type Scope } from './scope.js';

// Each candidate's acceptable vacancies are fetched in batches of this many, best first; a batch is
// refilled from a fresh scan only when a candidate works through all of it (rare), so results are exact.
const BATCH = 24;

/** Candidates' preference lists over vacancies (score descending, vacancy id ascending), built lazily in batches. */
export class Preferences {
  private readonly lists: (RankedList | undefined)[];
  private readonly cursor: Int32Array;

  constructor(private readonly scope: Scope) {
    const n = scope.ix.candidates.length;
    this.lists = new Array<RankedList | undefined>(n);
    this.cursor = new Int32Array(n);
    const heaps = new Array<TopK | undefined>(n);
    const seen = new Int32Array(n);
    for (const ci of scope.candidates) heaps[ci] = new TopK(BATCH, scope.ix.vIdRank);
    scanPairs(scope, scope.candidates, scope.vacancies, (ci, vi, s) => {
      heaps[ci]!.push(vi, s);
      seen[ci] = seen[ci]! + 1;
    });
    for (const ci of scope.candidates) this.lists[ci] = rankedList(heaps[ci]!, seen[ci]!);
  }

  /** The acceptable vacancies of ci ranked after (score, rank), up to BATCH. */
  private batch(ci: number, afterScore: number, afterRank: number): RankedList {
    const { scope } = this;
    const rank = scope.ix.vIdRank;
    const heap = new TopK(BATCH, rank);
    let seen = 0;
    scanPairs(scope, Int32Array.of(ci), scope.vacancies, (_ci, vi, s) => {
      if (s > afterScore || (s === afterScore && rank[vi]! <= afterRank)) return;
      heap.push(vi, s);
      seen++;
    });
    return rankedList(heap, seen);
  }

  /** The vacancy ci would propose to next, or -1 when its list is exhausted. */
  head(ci: number): number {
    let list = this.lists[ci];
    if (list === undefined) return -1;
    let k = this.cursor[ci]!;
    if (k >= list.items.length) {
      if (!list.truncated || list.items.length === 0) return -1;
      const last = list.items.length - 1;
      list = this.batch(ci, list.scores[last]!, this.scope.ix.vIdRank[list.items[last]!]!);
      this.lists[ci] = list;
      this.cursor[ci] = k = 0;
      if (list.items.length === 0) return -1;
    }
    return list.items[k]!;
  }

  /** Score of the pair head(ci) returned. */
  headScore(ci: number): number {
    return this.lists[ci]!.scores[this.cursor[ci]!]!;
  }

  advance(ci: number): void {
    this.cursor[ci] = this.cursor[ci]! + 1;
  }
}
