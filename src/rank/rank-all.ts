import { TIERS, type MatchIndex, type Tier } from '../engine/compile.js';
import { INDEX, type Matcher, type MatcherWithIndex } from '../match/matcher.js';
import { perspectiveMask } from '../match/perspective.js';
import type { Perspective } from '../basics/perspectives.js';
import { resolveRankSpec, VacancyRanker, type FallbackPolicy, type RankedEntry, type RankSpec } from '../engine/scan.js';
import { usage } from '../basics/messages/en.js';

export interface RankAllOptions {
  /** Candidates per vacancy. @default 10 */
  readonly limit?: number | undefined;
  /** As in rankCandidates. @default 'when-none' */
  readonly fallback?: FallbackPolicy | undefined;
  /** @default config.suitableScore */
  readonly minScore?: number | undefined;
  /** As in rankCandidates: only candidates with one of these perspectives, ranked as if the others were absent. @default everyone */
  readonly perspectives?: readonly Perspective[] | undefined;
}

/** One ranked candidate without its explanation: `matcher.score(candidateId, vacancyId)` explains it, with the same score. */
export interface RankedCandidate {
  readonly candidateId: string;
  readonly score: number;
  readonly tier: Tier;
}

/** The ranking of one vacancy: exactly what `rankCandidates(vacancyId, options)` returns, in compact form. */
export interface VacancyRanking {
  readonly vacancyId: string;
  readonly candidates: readonly RankedCandidate[];
}

/** The index behind a matcher from createMatcher; TypeError otherwise. */
export function indexOf(fn: string, matcher: Matcher): MatchIndex {
  const ix = (matcher as Partial<MatcherWithIndex> | null | undefined)?.[INDEX];
  if (ix === undefined) throw new TypeError(usage.notFromMatcher(fn));
  return ix;
}

export function resolveRankAll(fn: string, matcher: Matcher, options: RankAllOptions): { ix: MatchIndex; spec: RankSpec } {
  const ix = indexOf(fn, matcher);
  return { ix, spec: { ...resolveRankSpec(fn, ix.config.suitableScore, options), keep: perspectiveMask(fn, ix, options.perspectives) } };
}

/** Turns ranked candidate indexes into the public compact form. */
export function toVacancyRanking(ix: MatchIndex, vi: number, entries: readonly RankedEntry[]): VacancyRanking {
  return {
    vacancyId: ix.vacancies[vi]!.id,
    candidates: entries.map((e) => ({ candidateId: ix.candidates[e.candidate]!.id, score: e.score, tier: TIERS[e.tier] as Tier })),
  };
}

/**
 * The top candidates for every vacancy, in the vacancies' input order — per vacancy exactly what
 * `rankCandidates` returns, without explanations (ask `matcher.score` for the ones you show).
 * One thread; `rankAllParallel` in `werkmatch/node` spreads the same work over worker threads.
 *
 * @param matcher - a matcher from createMatcher
 * @param options - `limit` (default 10), `fallback` (default `'when-none'`), `minScore` (default `suitableScore`), `perspectives`
 * @returns one `{ vacancyId, candidates: { candidateId, score, tier }[] }` per vacancy
 * @throws {RangeError} for a misused option; {TypeError} when `matcher` does not come from createMatcher
 * @example
 * const matcher = createMatcher(generateSyntheticRegion({ seed: 2026, candidates: 600, vacancies: 60 }));
 * for (const { vacancyId, candidates } of rankAll(matcher, { limit: 3 })) {
 *   console.log(vacancyId, candidates.map((c) => `${c.candidateId} ${c.score.toFixed(2)}`).join(', '));
 * }
 */
export function rankAll(matcher: Matcher, options: RankAllOptions = {}): VacancyRanking[] {
  const { ix, spec } = resolveRankAll('rankAll', matcher, options);
  const ranker = new VacancyRanker(ix, spec);
  const out: VacancyRanking[] = [];
  for (let vi = 0; vi < ix.vacancies.length; vi++) out.push(toVacancyRanking(ix, vi, ranker.rank(vi)));
  return out;
}
