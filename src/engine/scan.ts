import { showValue } from '../basics/limits.js';
import { MUNICIPALITY_COUNT, type ScoringIndex } from './compile.js';
import { scorePair } from './pair.js';
import { cellDistanceLowerBound, cellWindow, type CellWindow } from './grid.js';
import { requiredPosting } from './postings.js';
import { TopK } from './topk.js';

/** How a ranking treats candidates from outside the vacancy's municipality. */
export type FallbackPolicy = 'when-none' | 'fill' | 'off';

/** Ranking options after defaults and checks. */
export interface RankSpec {
  readonly limit: number;
  readonly policy: FallbackPolicy;
  readonly minScore: number;
}

/** One ranked candidate of a vacancy: candidate index, score and tier code (0 home, 1 fallback, 2 region). */
export interface RankedEntry {
  readonly candidate: number;
  readonly score: number;
  readonly tier: number;
}

/** The options argument of a ranking call: absent means defaults; anything but an object is a TypeError. */
export function rankOptions<T extends object>(fn: string, options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new TypeError(`${fn}: options must be an object, got ${showValue(options)}`);
  return options;
}

export function checkLimit(fn: string, limit: unknown): asserts limit is number {
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) throw new RangeError(`${fn}: limit must be a whole number >= 0, got ${showValue(limit)}`);
}

export function checkMinScore(fn: string, minScore: unknown): asserts minScore is number {
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1)) throw new RangeError(`${fn}: minScore must be between 0 and 1, got ${showValue(minScore)}`);
}

/** Resolves and checks ranking options once; messages start with the calling function's name. */
export function resolveRankSpec(
  fn: string,
  suitableScore: number,
  options: { readonly limit?: number | undefined; readonly fallback?: FallbackPolicy | undefined; readonly minScore?: number | undefined },
): RankSpec {
  const o = rankOptions(fn, options);
  const limit = o.limit ?? 10;
  const policy = o.fallback ?? 'when-none';
  const minScore = o.minScore ?? suitableScore;
  checkLimit(fn, limit);
  checkMinScore(fn, minScore);
  if (policy !== 'when-none' && policy !== 'fill' && policy !== 'off') {
    throw new RangeError(`${fn}: fallback must be 'when-none', 'fill' or 'off', got ${showValue(policy)}`);
  }
  return { limit, policy, minScore };
}

/** What one walk of a ranker's scans did: how often it ran, how many candidates it visited and how many pairs it scored. */
export interface WalkStats {
  scans: number;
  /** Candidates whose tier was looked up. */
  visited: number;
  /** Pairs scored (candidates in a tier the scan wanted). */
  scored: number;
}

/**
 * Counters of a ranker's scans, per walk, so tests can see that each pruning path ran and pruned. Without
 * pruning, a scan would visit every member (candidates that can ever match): compare `visited` with
 * `scans × members`.
 */
export interface ScanStats {
  /** Candidates that can ever match: what one scan visits without pruning. */
  readonly members: number;
  /** Scans that walked the cells of the grid within the vacancy's reach. */
  readonly grid: WalkStats;
  /** Scans that walked the posting list of a required competence, shorter than the cells. */
  readonly postings: WalkStats;
}

/**
 * Ranks candidates for one vacancy at a time, reusing its heaps: the engine behind rankCandidates and rankAll.
 * Only grid cells the travel knock-out can not exclude are visited; the result equals scoring everyone.
 */
export class VacancyRanker {
  private readonly heaps: readonly [TopK, TopK, TopK];
  private readonly window: CellWindow = { rows0: 0, rows1: -1, cols0: 0, cols1: -1 };
  readonly stats: ScanStats;

  constructor(
    private readonly ix: ScoringIndex,
    private readonly spec: RankSpec,
  ) {
    const k = Math.min(spec.limit, ix.cIdRank.length);
    this.heaps = [new TopK(k, ix.cIdRank), new TopK(k, ix.cIdRank), new TopK(k, ix.cIdRank)];
    this.stats = { members: ix.grid.members.length, grid: { scans: 0, visited: 0, scored: 0 }, postings: { scans: 0, visited: 0, scored: 0 } };
  }

  /** The ranking of vacancy `vi`: tier by tier (home, fallback, region), each score descending then id ascending. */
  rank(vi: number): RankedEntry[] {
    const { heaps, spec } = this;
    if (spec.limit === 0) return [];
    for (const heap of heaps) heap.size = 0;
    if (spec.policy === 'when-none') {
      // A later tier is consulted only when no home candidate reaches minScore, so scan it only then.
      this.scan(vi, 0, 0);
      if (heaps[0].size === 0) this.scan(vi, 1, 2);
    } else this.scan(vi, 0, spec.policy === 'off' ? 0 : 2);
    const out: RankedEntry[] = [];
    for (let tier = 0; tier < 3; tier++) {
      if (spec.policy === 'when-none' && out.length > 0) break;
      for (const { item, score } of heaps[tier]!.sorted()) {
        if (out.length >= spec.limit) break;
        out.push({ candidate: item, score, tier });
      }
    }
    return out;
  }

  /** Scores one candidate into its tier's heap when its tier is in range; returns 1 when it was scored. */
  private consider(ci: number, vi: number, row: number, tierLo: number, tierHi: number): number {
    const tier = this.ix.tiers[row + this.ix.cMuni[ci]!]!;
    if (tier < tierLo || tier > tierHi) return 0;
    const s = scorePair(this.ix, ci, vi);
    if (s >= this.spec.minScore) this.heaps[tier]!.push(ci, s);
    return 1;
  }

  private scan(vi: number, tierLo: number, tierHi: number): void {
    const { ix } = this;
    const { grid } = ix;
    const { cellStart, members, reach, cols } = grid;
    const row = ix.vMuni[vi]! * MUNICIPALITY_COUNT;
    const lat = ix.vLat[vi]!;
    const lon = ix.vLon[vi]!;
    const cosLat = ix.vCosLat[vi]!;
    const w = cellWindow(grid, lat, lon, cosLat, this.window);
    let scored = 0;
    // Only holders of a required competence can match: walk that list instead when it is shorter than the cells.
    const posting = requiredPosting(ix.postings, vi, ix);
    if (posting) {
      let inWindow = 0;
      for (let r = w.rows0; r <= w.rows1; r++) inWindow += cellStart[r * cols + w.cols1 + 1]! - cellStart[r * cols + w.cols0]!;
      if (posting[1] - posting[0] < inWindow) {
        const list = ix.postings.members;
        for (let k = posting[0]; k < posting[1]; k++) scored += this.consider(list[k]!, vi, row, tierLo, tierHi);
        count(this.stats.postings, posting[1] - posting[0], scored);
        return;
      }
    }
    let visited = 0;
    for (let r = w.rows0; r <= w.rows1; r++) {
      for (let q = w.cols0; q <= w.cols1; q++) {
        const cell = r * cols + q;
        const from = cellStart[cell]!;
        const to = cellStart[cell + 1]!;
        if (from === to) continue;
        const bound = grid.bounded ? cellDistanceLowerBound(grid, cell, lat, lon, cosLat) : -Infinity;
        // Members are sorted by reach, descending: stop at the first that can not reach the vacancy.
        let k = from;
        for (; k < to && reach[k]! >= bound; k++) scored += this.consider(members[k]!, vi, row, tierLo, tierHi);
        visited += k - from;
      }
    }
    count(this.stats.grid, visited, scored);
  }
}

function count(walk: WalkStats, visited: number, scored: number): void {
  walk.scans++;
  walk.visited += visited;
  walk.scored += scored;
}
