import { INDEX, type Matcher, type MatcherWithIndex } from '../match/matcher.js';
import { MUNICIPALITY_COUNT, TIERS, type MatchIndex, type Tier } from '../engine/compile.js';
import { instrumentsFor } from '../match/instruments.js';
import type { FallbackPolicy } from '../match/matcher.js';
import type { Locale } from '../match/messages.js';
import { MUNICIPALITIES } from '../region/municipalities.js';
import { isIsoDate } from '../basics/dates.js';
import { readOptions } from '../rules/validate.js';
import type { PairInstrument } from '../match/instruments.js';
import { assignGreedy } from './greedy.js';
import { assignOptimal, MAXIMAL_ABOVE } from './optimal.js';
import { emptyAssignment, type RawAssignment } from './result.js';
import { byIdRank, reachable, type Scope } from './scope.js';
import { assignStable } from './stable.js';
import { assign as assignText, usage } from '../basics/messages/en.js';

/** How candidates and vacancies are paired: maximum total score, stable, or best pair first. */
export type AssignStrategy = 'optimal' | 'stable' | 'greedy';
/** Who may fill a vacancy: the ranking's FallbackPolicy (one concept, one meaning, tier by tier). */
export type AssignFallback = FallbackPolicy;

export interface AssignOptions {
  /** @default 'optimal' */
  readonly strategy?: AssignStrategy | undefined;
  /** Pairs below this score are never placed. @default config.suitableScore */
  readonly minScore?: number | undefined;
  /**
   * `'when-none'` (the Noordwijk rule, as in rankCandidates): a vacancy takes a fallback candidate only where no
   * suitable home candidate (eligible, score ≥ minScore) is placed on it or left unplaced, and a region candidate
   * only where no suitable home or fallback candidate is; `'fill'`: home, fallback and region candidates compete on
   * score alone; `'off'`: home candidates only. @default 'when-none'
   */
  readonly fallback?: AssignFallback | undefined;
  /**
   * `'optimal'` only: how many candidates per vacancy (plus its positions - 1) the solver searches first; when the
   * acceptable pairs number at most this many per vacancy on average, it solves over all of them at once. @default 50
   */
  readonly candidatesPerVacancy?: number | undefined;
  /** When given, every placement lists the instruments that apply on this start date. */
  readonly date?: string | undefined;
  /** Language of the instrument sentences. @default 'nl' */
  readonly locale?: Locale | undefined;
}

/** AssignOptions after defaults. */
export interface ResolvedAssignOptions {
  readonly strategy: AssignStrategy;
  readonly minScore: number;
  readonly fallback: AssignFallback;
  readonly candidatesPerVacancy: number;
  readonly date: string | undefined;
  readonly locale: Locale;
}

export interface Placement {
  readonly candidateId: string;
  readonly vacancyId: string;
  readonly score: number;
  readonly tier: Tier;
  /** The instruments that apply (only when `date` was given); `toArrange` where the employer does not offer it yet. */
  readonly instruments?: readonly PairInstrument[];
}

/** Placements per municipality of the vacancy, by the candidate's tier. */
export interface MunicipalityCount {
  readonly municipality: string;
  readonly placements: number;
  readonly home: number;
  readonly fallback: number;
  readonly region: number;
}

export interface Assignment {
  readonly strategy: AssignStrategy;
  /** By vacancy id, then score descending, then candidate id. */
  readonly placements: readonly Placement[];
  readonly totalScore: number;
  /** Vacancies with positions left, by id. */
  readonly openPositions: readonly { readonly vacancyId: string; readonly open: number }[];
  /** Candidates not placed, by id (including those no vacancy can take). */
  readonly unplaced: readonly string[];
  readonly byTier: { readonly home: number; readonly fallback: number; readonly region: number };
  /** One row per municipality with a vacancy, by name. */
  readonly byMunicipality: readonly MunicipalityCount[];
  /**
   * Whether the result is proven over every acceptable pair. Always true for `'stable'` and `'greedy'`;
   * for `'optimal'`, false only when the candidate lists were too short for the dual check to close (in any round).
   */
  readonly exact: boolean;
}

export const DEFAULT_CANDIDATES_PER_VACANCY = 50;
const HOME = 1;
const ALL_TIERS = 1 | 2 | 4;

/**
 * Places many candidates on many vacancies at once: each candidate on at most one vacancy, each vacancy
 * up to its `positions`, only eligible pairs at or above `minScore`, never a candidate outside the
 * vacancy's tiers. By default home first (`fallback: 'when-none'`, the Noordwijk rule): a vacancy takes a
 * fallback candidate only where no suitable home candidate is placed on it or left unplaced, and a region
 * candidate only where no suitable home or fallback candidate is. Same input, same output.
 *
 * @param matcher - a matcher from createMatcher
 * @param options - strategy, minScore, fallback policy, candidate lists per vacancy, date and locale for instruments
 * @returns the placements with total score, open positions, unplaced candidates and counts per tier and municipality
 * @throws {RangeError} for a misused option, or (with `date`) a date the minimum-wage table does not cover where a wage
 *   subsidy applies; {TypeError} when `matcher` does not come from createMatcher or `options` is not an object
 * @example
 * const matcher = createMatcher(generateSyntheticRegion({ seed: 2026, candidates: 600, vacancies: 60 }));
 * const week = assignPlacements(matcher, { strategy: 'optimal' });
 * for (const p of week.placements) console.log(p.vacancyId, p.candidateId, p.tier, p.score.toFixed(2));
 */
export function assignPlacements(matcher: Matcher, options?: AssignOptions): Assignment {
  const ix = (matcher as Partial<MatcherWithIndex> | null | undefined)?.[INDEX];
  if (ix === undefined) throw new TypeError(usage.notFromMatcher('assignPlacements'));
  const o = resolveAssignOptions(ix, options);

  const capacity = Int32Array.from(ix.vacancies, (v) => v.positions ?? 1);
  const everyVacancy = byIdRank(ix.vIdRank, () => true);
  const everyCandidate = byIdRank(ix.cIdRank, () => true);
  const raw =
    o.fallback === 'when-none'
      ? tierByTier(o, ix, capacity, everyVacancy, everyCandidate)
      : run(o, { ix, minScore: o.minScore, tierMask: o.fallback === 'fill' ? ALL_TIERS : HOME, vacancies: everyVacancy, candidates: everyCandidate, capacity });
  return present(ix, o, raw, capacity, everyVacancy, everyCandidate);
}

/**
 * `'when-none'` in rounds, one per tier (home, fallback, region), each an ordinary assignment of that tier's pairs
 * by the chosen strategy. A vacancy stays open for the next round only when this round placed no one on it and left
 * no suitable candidate of its tier unplaced. Later rounds only add placements, so each keeps the rule to the end.
 *
 * Why rounds and not one solve with the tiers as priority classes in the cost (home ≫ fallback ≫ region): that flow
 * fills a free position of a vacancy holding a home candidate with a fallback one, which the rule forbids, and it
 * maximises the home count rather than the home score. Rounds are provably right for 'optimal': no assignment that
 * keeps the rule has a higher home total (round 1 is the best over all home pairs); none with round 1's home
 * placements has a higher fallback total (a maximal round 1 leaves open exactly the vacancies the rule then allows,
 * and round 2 is the best there); likewise for region. Among equal home totals the solver's tie-break (id order)
 * decides which vacancies stay open.
 */
function tierByTier(o: ResolvedAssignOptions, ix: MatchIndex, capacity: Int32Array, vacancies: Int32Array, candidates: Int32Array): RawAssignment {
  const { vacancyOf, scoreOf } = emptyAssignment(ix.candidates.length);
  let exact = true;
  let open = vacancies;
  let free = candidates;
  for (let tier = 0; tier < 3 && open.length > 0 && free.length > 0; tier++) {
    const inRound = new Uint8Array(ix.vacancies.length);
    for (const vi of open) inRound[vi] = 1;
    const scope: Scope = { ix, minScore: o.minScore, tierMask: 1 << tier, vacancies: open, candidates: free, capacity: capacity.map((p, vi) => (inRound[vi] === 1 ? p : 0)) };
    const round = run(o, scope);
    exact &&= round.exact;
    const filled = new Uint8Array(ix.vacancies.length);
    for (const ci of free) {
      const vi = round.vacancyOf[ci]!;
      if (vi < 0) continue;
      vacancyOf[ci] = vi;
      scoreOf[ci] = round.scoreOf[ci]!;
      filled[vi] = 1;
    }
    free = free.filter((ci) => vacancyOf[ci]! < 0);
    open = open.filter((vi) => filled[vi] === 0);
    // Greedy and stable rounds are maximal (no acceptable pair of an unplaced candidate and a vacancy with room), and
    // so is a proven optimum of positive scores; only otherwise can a suitable candidate be left next to an empty vacancy.
    const maximal = o.strategy !== 'optimal' || (round.exact && o.minScore > MAXIMAL_ABOVE);
    if (!maximal && tier < 2) {
      const suitableLeft = reachable({ ...scope, vacancies: open, candidates: free });
      open = open.filter((vi) => suitableLeft[vi] === 0);
    }
  }
  return { vacancyOf, scoreOf, exact };
}

function run(o: ResolvedAssignOptions, scope: Scope): RawAssignment {
  if (o.strategy === 'stable') return assignStable(scope);
  if (o.strategy === 'greedy') return assignGreedy(scope);
  // Lists longer than the candidate pool hold nothing more; the cap keeps a huge option from sizing a heap by it.
  return assignOptimal(scope, Math.min(o.candidatesPerVacancy, Math.max(1, scope.ix.candidates.length)));
}

function resolveAssignOptions(ix: MatchIndex, options: AssignOptions | undefined): ResolvedAssignOptions {
  const o = readOptions('assignPlacements', options);
  const strategy = o.strategy ?? 'optimal';
  const minScore = o.minScore ?? ix.config.suitableScore;
  const fallback = o.fallback ?? 'when-none';
  const candidatesPerVacancy = o.candidatesPerVacancy ?? DEFAULT_CANDIDATES_PER_VACANCY;
  const locale = o.locale ?? 'nl';
  if (strategy !== 'optimal' && strategy !== 'stable' && strategy !== 'greedy') {
    throw new RangeError(assignText.strategy(strategy));
  }
  if (fallback !== 'fill' && fallback !== 'when-none' && fallback !== 'off') {
    throw new RangeError(usage.fallback('assignPlacements', fallback));
  }
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1)) {
    throw new RangeError(usage.minScore('assignPlacements', minScore));
  }
  if (!Number.isInteger(candidatesPerVacancy) || candidatesPerVacancy < 1) {
    throw new RangeError(usage.wholeAtLeast('assignPlacements', 'candidatesPerVacancy', 1, candidatesPerVacancy));
  }
  if (locale !== 'nl' && locale !== 'en') throw new RangeError(usage.locale('assignPlacements', locale));
  if (o.date !== undefined && !isIsoDate(o.date)) {
    throw new RangeError(usage.date('assignPlacements', 'date', o.date));
  }
  return { strategy, minScore, fallback, candidatesPerVacancy, date: o.date, locale };
}

function present(ix: MatchIndex, o: ResolvedAssignOptions, raw: RawAssignment, capacity: Int32Array, vacancyOrder: Int32Array, candidateOrder: Int32Array): Assignment {
  const byVacancy: number[][] = Array.from({ length: ix.vacancies.length }, () => []);
  for (const ci of candidateOrder) {
    const vi = raw.vacancyOf[ci]!;
    if (vi >= 0) byVacancy[vi]!.push(ci);
  }
  const placements: Placement[] = [];
  const unplaced: string[] = [];
  const openPositions: { vacancyId: string; open: number }[] = [];
  const byTier = { home: 0, fallback: 0, region: 0 };
  const perMuni = new Map<number, { municipality: string; placements: number; home: number; fallback: number; region: number }>();
  let totalScore = 0;
  for (const vi of vacancyOrder) {
    const v = ix.vacancies[vi]!;
    const muni = ix.vMuni[vi]!;
    let row = perMuni.get(muni);
    if (row === undefined) {
      row = { municipality: MUNICIPALITIES[muni]!.name, placements: 0, home: 0, fallback: 0, region: 0 };
      perMuni.set(muni, row);
    }
    // Candidates came in id order; a stable sort keeps it within equal scores.
    const placed = byVacancy[vi]!.sort((a, b) => raw.scoreOf[b]! - raw.scoreOf[a]!);
    for (const ci of placed) {
      const score = raw.scoreOf[ci]!;
      const tier = TIERS[ix.tiers[muni * MUNICIPALITY_COUNT + ix.cMuni[ci]!]!] as Tier;
      const placement: Placement = { candidateId: ix.candidates[ci]!.id, vacancyId: v.id, score, tier };
      placements.push(o.date === undefined ? placement : { ...placement, instruments: instrumentsFor(ix, ci, vi, { date: o.date, locale: o.locale }, 'assignPlacements').filter((s) => s.applies) });
      totalScore += score;
      byTier[tier]++;
      row[tier]++;
      row.placements++;
    }
    const open = capacity[vi]! - placed.length;
    if (open > 0) openPositions.push({ vacancyId: v.id, open });
  }
  for (const ci of candidateOrder) if (raw.vacancyOf[ci]! < 0) unplaced.push(ix.candidates[ci]!.id);
  const byMunicipality = [...perMuni.values()].sort((a, b) => (a.municipality < b.municipality ? -1 : a.municipality > b.municipality ? 1 : 0));
  return { strategy: o.strategy, placements, totalScore, openPositions, unplaced, byTier, byMunicipality, exact: raw.exact };
}
