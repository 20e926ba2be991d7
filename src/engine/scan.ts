import type { ScoringIndex } from './compile.js';
import { scoreAtLeast, scoreBound, type ScoreBound } from './pair.js';
import { boxLowerBound, type CandidateBlocks } from './grid.js';
import { requiredPosting } from './postings.js';
import { TopK } from './topk.js';
import { usage } from '../basics/messages/en.js';

/** How a ranking treats candidates from outside the vacancy's municipality. */
export type FallbackPolicy = 'when-none' | 'fill' | 'off';

/** Ranking options after defaults and checks. */
export interface RankSpec {
  readonly limit: number;
  readonly policy: FallbackPolicy;
  readonly minScore: number;
  /** Candidates the ranking may hold (1) by candidate index, e.g. a perspective filter; the rest are treated as absent. @default all */
  readonly keep?: Uint8Array | undefined;
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
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new TypeError(usage.options(fn, options));
  return options;
}

export function checkLimit(fn: string, limit: unknown): asserts limit is number {
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) throw new RangeError(usage.wholeAtLeast(fn, 'limit', 0, limit));
}

export function checkMinScore(fn: string, minScore: unknown): asserts minScore is number {
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1)) throw new RangeError(usage.minScore(fn, minScore));
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
    throw new RangeError(usage.fallback(fn, policy));
  }
  return { limit, policy, minScore };
}

/** What one walk of a ranker's scans did: how often it ran, how many candidates it visited and how many pairs it scored. */
export interface WalkStats {
  scans: number;
  /** Candidates looked at: each scored one, plus on the grid walk the first of a run found out of reach. */
  visited: number;
  /** Pairs scored. */
  scored: number;
}

/**
 * Counters of a ranker's scans, per walk, so tests can see that each pruning path ran and pruned. Without
 * pruning, a scan would visit every member (candidates that can ever match): compare `visited` with
 * `scans × members`. A scan counts once for each walk it used in some municipality.
 */
export interface ScanStats {
  /** Candidates that can ever match: what one scan visits without pruning. */
  readonly members: number;
  /** Scans that walked (municipality, cell) runs sorted by reach, stopping at the first out of reach. */
  readonly grid: WalkStats;
  /** Scans that walked a required competence's posting list, where it was shorter than the runs in reach. */
  readonly postings: WalkStats;
}

/**
 * Ranks candidates for one vacancy at a time, reusing its heaps: the engine behind rankCandidates and rankAll.
 * A pass reads only the municipalities of the tiers it ranks, and in each only the runs the travel
 * knock-out can not exclude; candidates are read in scan order (contiguous), so the result equals scoring everyone.
 */
export class VacancyRanker {
  private readonly heaps: readonly [TopK, TopK, TopK];
  /** The index with its candidate columns in scan order: the kernels see scan positions as candidates. */
  private readonly kx: ScoringIndex;
  private readonly bound: ScoreBound;
  /** municipalitySlice's answer, reused. */
  private readonly slice = new Int32Array(2);
  readonly stats: ScanStats;
  // Per scan: which walks ran, candidates visited and pairs scored on each.
  private gridUsed = false;
  private postingUsed = false;
  private gridVisited = 0;
  private gridScored = 0;
  private postingVisited = 0;
  private postingScored = 0;

  constructor(
    private readonly ix: ScoringIndex,
    private readonly spec: RankSpec,
  ) {
    this.kx = scanIndex(ix);
    this.bound = scoreBound(ix.weights);
    const k = Math.min(spec.limit, ix.cIdRank.length);
    // Heaps hold scan positions; the permuted id ranks break ties exactly as the candidates' own.
    const rank = this.kx.cIdRank;
    this.heaps = [new TopK(k, rank), new TopK(k, rank), new TopK(k, rank)];
    this.stats = { members: ix.blocks.order.length, grid: { scans: 0, visited: 0, scored: 0 }, postings: { scans: 0, visited: 0, scored: 0 } };
  }

  /** The ranking of vacancy `vi`: tier by tier (home, fallback, region), each score descending then id ascending. */
  rank(vi: number): RankedEntry[] {
    const { heaps, spec } = this;
    const { limit, policy } = spec;
    if (limit === 0) return [];
    for (const heap of heaps) heap.reset(0);
    // A tier only fills what the tiers before it left of the limit; under 'when-none' it is consulted only when
    // those found nobody. Either way, a tier that can not add to the ranking is not scanned.
    this.pass(vi, 0, limit);
    if (policy !== 'off') {
      for (let tier = 1; tier < 3; tier++) {
        const before = heaps[0].size + (tier === 2 ? heaps[1].size : 0);
        if (policy === 'when-none' ? before === 0 : before < limit) this.pass(vi, tier, limit - before);
      }
    }
    const order = this.ix.blocks.order;
    const out: RankedEntry[] = [];
    for (let tier = 0; tier < 3; tier++) {
      for (const { item, score } of heaps[tier]!.sorted()) out.push({ candidate: order[item]!, score, tier });
    }
    return out;
  }

  /**
   * One tier of vacancy `vi`'s ranking on its own: its best `k` (at most the limit), score descending then id
   * ascending, whatever the policy. For a ranking merged with candidates from outside this index (matcher.update).
   */
  rankTier(vi: number, tier: number, k: number): RankedEntry[] {
    if (k <= 0) return [];
    this.pass(vi, tier, k);
    const order = this.ix.blocks.order;
    return this.heaps[tier]!.sorted().map(({ item, score }) => ({ candidate: order[item]!, score, tier }));
  }

  /** One pass over the vacancy's municipalities of one tier, keeping the best `k` of them. */
  private pass(vi: number, tier: number, k: number): void {
    const { ix } = this;
    const { blocks } = ix;
    const vm = ix.vMuni[vi]!;
    this.heaps[tier]!.reset(k);
    // Only holders of a required competence can match: per municipality, walk that list where it is shorter.
    const posting = requiredPosting(ix.postings, vi, ix);
    this.gridUsed = this.postingUsed = false;
    this.gridVisited = this.gridScored = this.postingVisited = this.postingScored = 0;
    tierMunicipalities(blocks, vm, tier, (m) => this.municipality(vi, m, tier, posting));
    if (this.gridUsed) count(this.stats.grid, this.gridVisited, this.gridScored);
    if (this.postingUsed) count(this.stats.postings, this.postingVisited, this.postingScored);
  }

  /** Scores the members of municipality `m` (all of tier `tier` for this vacancy) that can reach the vacancy. */
  private municipality(vi: number, m: number, tier: number, posting: readonly [number, number] | undefined): void {
    const { ix, kx, bound: sb } = this;
    const { blocks } = ix;
    const lat = ix.vLat[vi]!;
    const lon = ix.vLon[vi]!;
    const cosLat = ix.vCosLat[vi]!;
    const heap = this.heaps[tier]!;
    const { minScore, keep } = this.spec;
    const { order, groupStart, muniGroups } = blocks;
    // A municipality without members is no scan at all.
    if (blocks.muniStart[m] === blocks.muniStart[m + 1]) return;
    let a = 0;
    let b = 0;
    if (posting) {
      municipalitySlice(blocks, posting[0], posting[1], m, this.slice);
      a = this.slice[0]!;
      b = this.slice[1]!;
    }
    const inReach = membersInReach(ix, m, lat, lon, cosLat, posting ? b - a : -1);
    if (inReach < 0) {
      this.gridUsed = true;
      return;
    }
    if (posting && b - a < inReach) {
      const list = blocks.postings;
      let scored = 0;
      for (let j = a; j < b; j++) {
        const k = list[j]!;
        if (keep !== undefined && keep[order[k]!] !== 1) continue;
        const s = scoreAtLeast(kx, k, vi, sb, heap.threshold(minScore));
        if (s >= minScore) heap.push(k, s);
        scored++;
      }
      this.postingUsed = true;
      this.postingVisited += b - a;
      this.postingScored += scored;
      return;
    }
    let visited = 0;
    let scored = 0;
    for (let g = muniGroups[m]!; g < muniGroups[m + 1]!; g++) {
      const from = groupStart[g]!;
      const to = groupStart[g + 1]!;
      const end = reachEnd(ix, g, lat, lon, cosLat);
      for (let k = from; k < end; k++) {
        if (keep !== undefined && keep[order[k]!] !== 1) {
          scored--;
          continue;
        }
        const s = scoreAtLeast(kx, k, vi, sb, heap.threshold(minScore));
        if (s >= minScore) heap.push(k, s);
      }
      scored += end - from;
      visited += end < to ? end - from + 1 : end - from;
    }
    this.gridUsed = true;
    this.gridVisited += visited;
    this.gridScored += scored;
  }
}

// The walk of one municipality's members, shared by the ranking (VacancyRanker) and the assignment's pair
// enumeration (enumerateEligible): a box bound for the municipality, then its (municipality, cell) runs, each cut
// at the first member out of reach, unless a list of candidates known to be needed is shorter.

/**
 * Municipality `m`'s members that the group bounds leave in reach of (lat, lon), counted only until the count
 * passes `cap` (pass -1 to skip counting: 0 then means "in reach"); -1 when the municipality's box is out of reach.
 */
export function membersInReach(ix: ScoringIndex, m: number, lat: number, lon: number, cosLat: number, cap: number): number {
  const { blocks } = ix;
  const { muniStart, groupStart, groupBox, reach, clampDeg, kmPerDeg } = blocks;
  if (muniStart[m] === muniStart[m + 1]) return -1;
  if (!ix.blocks.bounded) return cap < 0 ? 0 : muniStart[m + 1]! - muniStart[m]!;
  const c = Math.max(0, cosLat);
  if (boxLowerBound(blocks.muniBox, m, lat, lon, c, clampDeg, kmPerDeg) > blocks.muniReach[m]!) return -1;
  let inReach = 0;
  for (let g = blocks.muniGroups[m]!; g < blocks.muniGroups[m + 1]! && inReach <= cap; g++) {
    const from = groupStart[g]!;
    if (reach[from]! >= boxLowerBound(groupBox, g, lat, lon, c, clampDeg, kmPerDeg)) inReach += groupStart[g + 1]! - from;
  }
  return inReach;
}

/** The end of group `g`'s members that may reach (lat, lon): they are sorted by reach, descending, so it stops at the first that can not. */
export function reachEnd(ix: ScoringIndex, g: number, lat: number, lon: number, cosLat: number): number {
  const { blocks } = ix;
  const { groupStart, reach } = blocks;
  const to = groupStart[g + 1]!;
  if (!ix.blocks.bounded) return to;
  const bound = boxLowerBound(blocks.groupBox, g, lat, lon, Math.max(0, cosLat), blocks.clampDeg, blocks.kmPerDeg);
  let k = groupStart[g]!;
  while (k < to && reach[k]! >= bound) k++;
  return k;
}

// One kernel view per index, shared by its rankers (rankCandidates makes one per call).
const scanIndexes = new WeakMap<ScoringIndex, ScoringIndex>();

/** The index with its candidate columns in scan order (blocks.order). */
export function scanIndex(ix: ScoringIndex): ScoringIndex {
  let kx = scanIndexes.get(ix);
  if (kx === undefined) {
    kx = { ...ix, ...ix.scanColumns };
    scanIndexes.set(ix, kx);
  }
  return kx;
}

/** Calls `visit` with each municipality of tier `tier` (0 home, 1 fallback, 2 region, those with members) of a vacancy in `vm`. */
export function tierMunicipalities(blocks: CandidateBlocks, vm: number, tier: number, visit: (m: number) => void): void {
  if (tier === 0) visit(vm);
  else for (let j = blocks.nearStart[2 * vm + tier - 1]!; j < blocks.nearStart[2 * vm + tier]!; j++) visit(blocks.nearMuni[j]!);
}

/** Where municipality `m`'s scan positions lie within blocks.postings[from..to) (one list, ascending): `out` = [start, end). */
export function municipalitySlice(blocks: CandidateBlocks, from: number, to: number, m: number, out: Int32Array): void {
  const start = lowerBound(blocks.postings, from, to, blocks.muniStart[m]!);
  out[0] = start;
  out[1] = lowerBound(blocks.postings, start, to, blocks.muniStart[m + 1]!);
}

/** The first index in list[from..to) whose value is ≥ value (the list ascending), or `to`. */
export function lowerBound(list: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function count(walk: WalkStats, visited: number, scored: number): void {
  walk.scans++;
  walk.visited += visited;
  walk.scored += scored;
}
