import { FACTORS } from '../schema/config.js';
import type { ScoringIndex } from './compile.js';
import { scoreAtLeast, scoreBound } from './pair.js';
import { requiredPosting } from './postings.js';
import { membersInReach, municipalitySlice, reachEnd, scanIndex, tierMunicipalities } from './scan.js';

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
  /** Candidates looked at; scoring every pair would look at vacancies × candidates. */
  visited: number;
  /** Pairs scored. */
  scored: number;
  /**
   * Municipalities (of a vacancy's acceptable tiers) walked by a required competence's posting list, by the union of
   * the vacancy's competences' lists, and by their runs in reach.
   */
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
 * Every kept pair of the given vacancies, found with the ranking's own walk (scan.ts): per acceptable tier, the
 * municipalities of that tier, each read by its runs in reach or by a required competence's posting list, never a
 * full scan. When minScore is above what a candidate sharing no competence with the vacancy can score (every other
 * factor at 1, competence coverage 0), the union of the posting lists of its competences is a third way, where it
 * is shorter, and without the lightest few: a candidate sharing only those covers too little weight to reach minScore.
 * The same set as scoring every candidate against every vacancy and filtering.
 */
export function enumerateEligible(ix: ScoringIndex, vacancies: Int32Array, filter: PairFilter): EligiblePairs {
  const { blocks } = ix;
  const { order, postings: list, muniGroups, groupStart } = blocks;
  const kx = scanIndex(ix);
  const bound = scoreBound(ix.weights);
  const { tierMask, minScore, candidates: take } = filter;
  const stats: EnumerationStats = { visited: 0, scored: 0, postingScans: 0, unionScans: 0, gridScans: 0 };
  const offsets = new Int32Array(vacancies.length + 1);
  let candidate = new Int32Array(Math.max(16, vacancies.length * 8));
  let score = new Float64Array(candidate.length);
  let n = 0;
  const wCompetence = ix.weights[FACTORS.indexOf('competence')] ?? 0;
  let others = 0;
  for (let f = 0; f < ix.weights.length; f++) if (FACTORS[f] !== 'competence') others += ix.weights[f]!;
  const needsOverlap = wCompetence > 0 && minScore > others * (1 + BOUND_SLACK) + BOUND_SLACK;
  // By scan position: 1 + the last position x whose union walk considered it, so a candidate on two lists is scored once.
  const stamp = new Int32Array(order.length);
  let widest = 0;
  for (const vi of vacancies) widest = Math.max(widest, ix.vCompOff[vi + 1]! - ix.vCompOff[vi]!);
  const byWeight = new Int32Array(widest);
  // The union walk's competences, and per municipality the part of each one's list inside it.
  const walkIds = new Int32Array(widest);
  const walkFrom = new Int32Array(widest);
  const walkTo = new Int32Array(widest);
  const slice = new Int32Array(2);

  /** Scan position k for vacancy vi: kept when the candidate takes part and scores at least minScore. */
  const consider = (k: number, vi: number): void => {
    const ci = order[k]!;
    if (take[ci] !== 1) return;
    stats.scored++;
    const s = scoreAtLeast(kx, k, vi, bound, minScore);
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
    const vm = ix.vMuni[vi]!;
    const lat = ix.vLat[vi]!;
    const lon = ix.vLon[vi]!;
    const cosLat = ix.vCosLat[vi]!;
    // Only holders of a required competence can match: a municipality is read by that list where it is shorter.
    const posting = requiredPosting(ix.postings, vi, ix);
    // Competences the union walk must cover: all but the lightest few whose weights together fall short of the bound.
    let walk = -1;
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
      walk = 0;
      for (let t = skip; t < lighter.length; t++) walkIds[walk++] = ix.vCompId[lighter[t]!]!;
    }

    const municipality = (m: number): void => {
      let a = 0;
      let b = 0;
      let required = Infinity;
      if (posting) {
        municipalitySlice(blocks, posting[0], posting[1], m, slice);
        a = slice[0]!;
        b = slice[1]!;
        required = b - a;
      }
      let union = Infinity;
      if (walk >= 0) {
        union = 0;
        for (let t = 0; t < walk; t++) {
          const id = walkIds[t]!;
          municipalitySlice(blocks, ix.postings.offsets[id]!, ix.postings.offsets[id + 1]!, m, slice);
          walkFrom[t] = slice[0]!;
          walkTo[t] = slice[1]!;
          union += slice[1]! - slice[0]!;
        }
      }
      const cap = Math.min(required, union);
      const inReach = membersInReach(ix, m, lat, lon, cosLat, cap === Infinity ? -1 : cap);
      if (inReach < 0) return;
      if (required <= union && required < inReach) {
        for (let j = a; j < b; j++) consider(list[j]!, vi);
        stats.visited += required;
        stats.postingScans++;
      } else if (union < inReach) {
        for (let t = 0; t < walk; t++) {
          for (let j = walkFrom[t]!; j < walkTo[t]!; j++) {
            const k = list[j]!;
            if (stamp[k] === x + 1) continue;
            stamp[k] = x + 1;
            consider(k, vi);
          }
        }
        stats.visited += union;
        stats.unionScans++;
      } else {
        for (let g = muniGroups[m]!; g < muniGroups[m + 1]!; g++) {
          const end = reachEnd(ix, g, lat, lon, cosLat);
          for (let k = groupStart[g]!; k < end; k++) consider(k, vi);
          stats.visited += end - groupStart[g]!;
        }
        stats.gridScans++;
      }
    };

    for (let tier = 0; tier <= 2; tier++) if ((tierMask >> tier) & 1) tierMunicipalities(blocks, vm, tier, municipality);
    offsets[x + 1] = n;
  }
  return { offsets, candidate: candidate.slice(0, n), score: score.slice(0, n), stats };
}
