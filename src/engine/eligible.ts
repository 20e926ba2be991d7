import { FACTORS } from '../schema/config.js';
import { MUNICIPALITY_COUNT, type ScoringIndex } from './compile.js';
import { cellDistanceLowerBound, cellWindow, type CellWindow } from './grid.js';
import { scorePair } from './pair.js';
import { requiredPosting } from './postings.js';

/** Which pairs an enumeration keeps: eligible, tier allowed, score at or above minScore, candidate taking part. */
export interface PairFilter {
  /** Bit t set: tier t (0 home, 1 fallback, 2 region) is acceptable. */
  readonly tierMask: number;
  readonly minScore: number;
  /** By candidate index: 1 when the candidate takes part. */
  readonly candidates: Uint8Array;
}

/** What an enumeration did, so tests can see that the blocking ran and pruned. */
export interface EnumerationStats {
  /** Candidates looked at (tier checked); scoring every pair would look at vacancies × candidates. */
  visited: number;
  /** Pairs scored. */
  scored: number;
  /** Vacancies walked by a required competence's posting list, by the union of their competences' lists, and by grid cells. */
  postingScans: number;
  unionScans: number;
  gridScans: number;
}

/** The kept pairs in CSR form by position in the vacancy list, each vacancy's candidates in walk order. */
export interface EligiblePairs {
  /** Pairs of vacancies[x]: entries offsets[x] .. offsets[x + 1] - 1. */
  readonly offsets: Int32Array;
  readonly candidate: Int32Array;
  readonly score: Float64Array;
  readonly stats: EnumerationStats;
}

// Rounding slack on the score bound below, so it can only let more candidates through.
const BOUND_SLACK = 1e-9;

/**
 * Every kept pair of the given vacancies, found with the ranking's blocking: a required competence's posting list
 * or the grid cells within travel reach (each cell's members cut at the first that can not reach), never a full scan.
 * When minScore is above what a candidate sharing no competence with the vacancy can score (every other factor at 1,
 * competence coverage 0), only the union of the posting lists of its competences is walked, if that is shorter, and
 * without the lightest few: a candidate sharing only those covers too little weight to reach minScore.
 * The same set as scoring every candidate against every vacancy and filtering.
 */
export function enumerateEligible(ix: ScoringIndex, vacancies: Int32Array, filter: PairFilter): EligiblePairs {
  const { grid, tiers, cMuni } = ix;
  const { cellStart, members, reach, cols } = grid;
  const { tierMask, minScore, candidates: take } = filter;
  const window: CellWindow = { rows0: 0, rows1: -1, cols0: 0, cols1: -1 };
  const stats: EnumerationStats = { visited: 0, scored: 0, postingScans: 0, unionScans: 0, gridScans: 0 };
  const offsets = new Int32Array(vacancies.length + 1);
  let candidate = new Int32Array(Math.max(16, vacancies.length * 8));
  let score = new Float64Array(candidate.length);
  let n = 0;
  const wCompetence = ix.weights[FACTORS.indexOf('competence')] ?? 0;
  let others = 0;
  for (let f = 0; f < ix.weights.length; f++) if (FACTORS[f] !== 'competence') others += ix.weights[f]!;
  const needsOverlap = wCompetence > 0 && minScore > others * (1 + BOUND_SLACK) + BOUND_SLACK;
  // By candidate: 1 + the last position x whose union walk considered it, so a candidate on two lists is scored once.
  const stamp = new Int32Array(take.length);
  let widest = 0;
  for (const vi of vacancies) widest = Math.max(widest, ix.vCompOff[vi + 1]! - ix.vCompOff[vi]!);
  const byWeight = new Int32Array(widest);
  const walkIds = new Int32Array(widest);

  const consider = (ci: number, vi: number, row: number): void => {
    if (take[ci] !== 1 || ((tierMask >> tiers[row + cMuni[ci]!]!) & 1) === 0) return;
    stats.scored++;
    const s = scorePair(ix, ci, vi);
    if (s < minScore || s < 0) return;
    if (n === candidate.length) {
      const grown = new Int32Array(n * 2);
      grown.set(candidate);
      candidate = grown;
      const grownScore = new Float64Array(n * 2);
      grownScore.set(score);
      score = grownScore;
    }
    candidate[n] = ci;
    score[n++] = s;
  };

  for (let x = 0; x < vacancies.length; x++) {
    const vi = vacancies[x]!;
    const row = ix.vMuni[vi]! * MUNICIPALITY_COUNT;
    const lat = ix.vLat[vi]!;
    const lon = ix.vLon[vi]!;
    const cosLat = ix.vCosLat[vi]!;
    const w = cellWindow(grid, lat, lon, cosLat, window);
    // Only holders of a required competence can match: walk that list instead when it is shorter than the cells.
    const posting = requiredPosting(ix.postings, vi, ix);
    let inWindow = 0;
    for (let r = w.rows0; r <= w.rows1; r++) inWindow += cellStart[r * cols + w.cols1 + 1]! - cellStart[r * cols + w.cols0]!;
    // Competences the union walk must cover: all but the lightest few whose weights together fall short of the bound.
    let union = Infinity;
    let walk = 0;
    const asked = ix.vAskedWeight[vi]!;
    if (needsOverlap && asked > 0) {
      const needWeight = ((minScore - others) * asked) / wCompetence;
      const j0 = ix.vCompOff[vi]!;
      const j1 = ix.vCompOff[vi + 1]!;
      for (let j = j0; j < j1; j++) byWeight[j - j0] = j;
      const lighter = byWeight.subarray(0, j1 - j0).sort((a, b) => ix.vCompWeight[a]! - ix.vCompWeight[b]! || a - b);
      let light = 0;
      let skip = 0;
      while (skip < lighter.length && (light + ix.vCompWeight[lighter[skip]!]!) * (1 + BOUND_SLACK) + BOUND_SLACK < needWeight) light += ix.vCompWeight[lighter[skip++]!]!;
      union = 0;
      for (let t = skip; t < lighter.length; t++) {
        const id = ix.vCompId[lighter[t]!]!;
        union += ix.postings.offsets[id + 1]! - ix.postings.offsets[id]!;
        walkIds[walk++] = id;
      }
    }
    const required = posting ? posting[1] - posting[0] : Infinity;
    if (posting && required <= union && required < inWindow) {
      const list = ix.postings.members;
      for (let k = posting[0]; k < posting[1]; k++) consider(list[k]!, vi, row);
      stats.visited += required;
      stats.postingScans++;
    } else if (union < inWindow) {
      const list = ix.postings.members;
      for (let t = 0; t < walk; t++) {
        const id = walkIds[t]!;
        for (let k = ix.postings.offsets[id]!; k < ix.postings.offsets[id + 1]!; k++) {
          const ci = list[k]!;
          if (stamp[ci] === x + 1) continue;
          stamp[ci] = x + 1;
          consider(ci, vi, row);
        }
      }
      stats.visited += union;
      stats.unionScans++;
    } else {
      for (let r = w.rows0; r <= w.rows1; r++) {
        for (let q = w.cols0; q <= w.cols1; q++) {
          const cell = r * cols + q;
          const from = cellStart[cell]!;
          const to = cellStart[cell + 1]!;
          if (from === to) continue;
          const bound = grid.bounded ? cellDistanceLowerBound(grid, cell, lat, lon, cosLat) : -Infinity;
          // Members are sorted by reach, descending: stop at the first that can not reach the vacancy.
          let k = from;
          for (; k < to && reach[k]! >= bound; k++) consider(members[k]!, vi, row);
          stats.visited += k - from;
        }
      }
      stats.gridScans++;
    }
    offsets[x + 1] = n;
  }
  return { offsets, candidate: candidate.slice(0, n), score: score.slice(0, n), stats };
}
