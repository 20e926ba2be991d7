import type { Scope, ScopePairs } from './scope.js';

/** Candidates' preference lists over vacancies (score descending, vacancy id ascending), each sorted when first read. */
export class Preferences {
  private readonly order: Int32Array;
  private readonly sorted: Uint8Array;
  private readonly cursor: Int32Array;
  private readonly vacancies: Int32Array;
  private readonly vIdRank: Int32Array;

  constructor(
    scope: Scope,
    private readonly pairs: ScopePairs,
  ) {
    const n = scope.ix.candidates.length;
    this.vacancies = scope.vacancies;
    this.order = new Int32Array(pairs.cVacancy.length);
    this.sorted = new Uint8Array(n);
    this.cursor = Int32Array.from(pairs.cOffsets.subarray(0, n));
    this.vIdRank = scope.ix.vIdRank;
  }

  private sort(ci: number): void {
    const { cOffsets, cScore, cVacancy } = this.pairs;
    const { vacancies, vIdRank } = this;
    const from = cOffsets[ci]!;
    const to = cOffsets[ci + 1]!;
    const rank = (k: number) => vIdRank[vacancies[cVacancy[k]!]!]!;
    const ks = Array.from({ length: to - from }, (_, i) => from + i).sort((a, b) => cScore[b]! - cScore[a]! || rank(a) - rank(b));
    this.order.set(ks, from);
    this.sorted[ci] = 1;
  }

  /** The vacancy ci would propose to next, or -1 when its list is exhausted. */
  head(ci: number): number {
    if (this.sorted[ci] === 0) this.sort(ci);
    const k = this.cursor[ci]!;
    if (k >= this.pairs.cOffsets[ci + 1]!) return -1;
    return this.vacancies[this.pairs.cVacancy[this.order[k]!]!]!;
  }

  /** Score of the pair head(ci) returned. */
  headScore(ci: number): number {
    return this.pairs.cScore[this.order[this.cursor[ci]!]!]!;
  }

  advance(ci: number): void {
    this.cursor[ci] = this.cursor[ci]! + 1;
  }
}
