import { INDEX, type Matcher, type MatcherWithIndex } from '../match/matcher.js';
import { MUNICIPALITY_COUNT, TIERS, type MatchIndex, type Tier } from '../engine/compile.js';
import { instrumentsFor } from '../match/instruments.js';
import type { Locale } from '../match/messages.js';
import { MUNICIPALITIES } from '../region/municipalities.js';
import { showValue } from '../basics/limits.js';
import { isIsoDate } from '../basics/dates.js';
import { readOptions } from '../rules/validate.js';
import type { InstrumentSuggestion } from '../rules/index.js';
import { assignGreedy } from './greedy.js';
import { assignOptimal } from './optimal.js';
import type { RawAssignment } from './result.js';
import { byIdRank, type Scope } from './scope.js';
import { assignStable } from './stable.js';

/** How candidates and vacancies are paired: maximum total score, stable, or best pair first. */
export type AssignStrategy = 'optimal' | 'stable' | 'greedy';
/** Who may fill a vacancy: everyone in its tiers on score alone, others only where no home candidate is there, or home only. */
export type AssignFallback = 'fill' | 'when-none' | 'off';

export interface AssignOptions {
  /** @default 'optimal' */
  readonly strategy?: AssignStrategy | undefined;
  /** Pairs below this score are never placed. @default config.suitableScore */
  readonly minScore?: number | undefined;
  /**
   * `'fill'`: home, fallback and region candidates compete on score alone; `'when-none'`: a vacancy takes a
   * fallback or region candidate only where no home candidate is placed on it or left unplaced with a
   * score of at least minScore; `'off'`: home candidates only. @default 'fill'
   */
  readonly fallback?: AssignFallback | undefined;
  /** `'optimal'` only: how many candidates per vacancy (plus its positions - 1) the solver searches first. @default 50 */
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
  /** The instruments that apply (only when `date` was given). */
  readonly instruments?: readonly InstrumentSuggestion[];
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
   * for `'optimal'`, false only when the candidate lists were too short for the dual check to close.
   */
  readonly exact: boolean;
}

export const DEFAULT_CANDIDATES_PER_VACANCY = 50;
const HOME = 1;
const FALLBACK_OR_REGION = 2 | 4;
const ALL_TIERS = 1 | 2 | 4;

/**
 * Places many candidates on many vacancies at once: each candidate on at most one vacancy, each vacancy
 * up to its `positions`, only eligible pairs at or above `minScore`, never a candidate outside the
 * vacancy's tiers. Same input, same output.
 *
 * @param matcher - a matcher from createMatcher
 * @param options - strategy, minScore, fallback policy, candidate lists per vacancy, date and locale for instruments
 * @returns the placements with total score, open positions, unplaced candidates and counts per tier and municipality
 * @throws {RangeError} for a misused option, or (with `date`) a date the minimum-wage table does not cover where a wage
 *   subsidy applies; {TypeError} when `matcher` does not come from createMatcher or `options` is not an object
 * @example
 * const matcher = createMatcher(generateSyntheticRegion({ seed: 2026, candidates: 600, vacancies: 60 }));
 * const week = assignPlacements(matcher, { strategy: 'optimal', fallback: 'when-none' });
 * for (const p of week.placements) console.log(p.vacancyId, p.candidateId, p.tier, p.score.toFixed(2));
 */
export function assignPlacements(matcher: Matcher, options?: AssignOptions): Assignment {
  const ix = (matcher as Partial<MatcherWithIndex> | null | undefined)?.[INDEX];
  if (ix === undefined) throw new TypeError('assignPlacements: matcher must come from createMatcher');
  const o = resolveAssignOptions(ix, options);

  const nV = ix.vacancies.length;
  const capacity = Int32Array.from(ix.vacancies, (v) => v.positions ?? 1);
  const everyVacancy = byIdRank(ix.vIdRank, () => true);
  const everyCandidate = byIdRank(ix.cIdRank, () => true);
  const first = run(o, { ix, minScore: o.minScore, tierMask: o.fallback === 'fill' ? ALL_TIERS : HOME, vacancies: everyVacancy, candidates: everyCandidate, capacity });
  let raw = first;
  if (o.fallback === 'when-none') {
    const taken = new Int32Array(nV);
    for (const vi of first.vacancyOf) if (vi >= 0) taken[vi] = taken[vi]! + 1;
    const rest = Int32Array.from(capacity, (p, vi) => (taken[vi] === 0 ? p : 0));
    const second = run(o, {
      ix,
      minScore: o.minScore,
      tierMask: FALLBACK_OR_REGION,
      capacity: rest,
      vacancies: everyVacancy.filter((vi) => rest[vi]! > 0),
      candidates: everyCandidate.filter((ci) => first.vacancyOf[ci]! < 0),
    });
    const vacancyOf = first.vacancyOf.map((vi, ci) => (vi >= 0 ? vi : second.vacancyOf[ci]!));
    const scoreOf = first.scoreOf.map((s, ci) => (first.vacancyOf[ci]! >= 0 ? s : second.scoreOf[ci]!));
    raw = { vacancyOf, scoreOf, exact: first.exact && second.exact };
  }
  return present(ix, o, raw, capacity, everyVacancy, everyCandidate);
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
  const fallback = o.fallback ?? 'fill';
  const candidatesPerVacancy = o.candidatesPerVacancy ?? DEFAULT_CANDIDATES_PER_VACANCY;
  const locale = o.locale ?? 'nl';
  if (strategy !== 'optimal' && strategy !== 'stable' && strategy !== 'greedy') {
    throw new RangeError(`assignPlacements: strategy must be 'optimal', 'stable' or 'greedy', got ${showValue(strategy)}`);
  }
  if (fallback !== 'fill' && fallback !== 'when-none' && fallback !== 'off') {
    throw new RangeError(`assignPlacements: fallback must be 'fill', 'when-none' or 'off', got ${showValue(fallback)}`);
  }
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1)) {
    throw new RangeError(`assignPlacements: minScore must be between 0 and 1, got ${showValue(minScore)}`);
  }
  if (!Number.isInteger(candidatesPerVacancy) || candidatesPerVacancy < 1) {
    throw new RangeError(`assignPlacements: candidatesPerVacancy must be a whole number >= 1, got ${showValue(candidatesPerVacancy)}`);
  }
  if (locale !== 'nl' && locale !== 'en') throw new RangeError(`assignPlacements: locale must be 'nl' or 'en', got ${showValue(locale)}`);
  if (o.date !== undefined && !isIsoDate(o.date)) {
    throw new RangeError(`assignPlacements: date must be an existing date YYYY-MM-DD, got ${showValue(o.date)}`);
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
