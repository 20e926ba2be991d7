import { INDEX } from './index-key.js';
import type { MatchConfig, ResolvedConfig } from '../schema/config.js';
import { MatchError, type MatchIssue } from '../basics/errors.js';
import { checkLimit, checkMinScore, rankOptions, resolveRankSpec, VacancyRanker, type FallbackPolicy } from '../engine/scan.js';
import { TopK } from '../engine/topk.js';
import { compileIndex, MUNICIPALITY_COUNT, OUTSIDE, type LoadReport, type MatchIndex } from '../engine/compile.js';
import { loadInput, type MatchInput } from '../engine/load.js';
import { instrumentsFor, type InstrumentsOptions, type PairInstrument } from './instruments.js';
import { perspectiveMask } from './perspective.js';
import { applyUpdate, compacted, overlayPair, overlayRankCandidates, overlayRankVacancies, overlayScore, type MatcherChanges, type MatcherSource, type Overlay } from './update.js';
import type { Perspective } from '../basics/perspectives.js';
import { explainPair, scorePair } from '../engine/pair.js';
import type { Match } from '../engine/types.js';
import { usage } from '../basics/messages/en.js';

export type { FallbackPolicy, MatcherChanges };
export type { RecordChanges } from './update.js';

export interface RankCandidatesOptions {
  /** @default 10 */
  readonly limit?: number | undefined;
  /** `'when-none'`: a tier is consulted only when no candidate of the tiers before it reaches minScore. @default 'when-none' */
  readonly fallback?: FallbackPolicy | undefined;
  /** Matches below this score are left out. @default config.suitableScore */
  readonly minScore?: number | undefined;
  /**
   * Only candidates with one of these perspectives, the others ranked as if absent (tiers and `'when-none'` included); scores
   * are unchanged. A candidate without a perspective is left out by any filter. @default undefined (everyone)
   */
  readonly perspectives?: readonly Perspective[] | undefined;
}

export interface RankVacanciesOptions {
  /** @default 10 */
  readonly limit?: number | undefined;
  /** @default config.suitableScore */
  readonly minScore?: number | undefined;
}

/** A compiled matcher over one set of candidates and vacancies. Immutable: `update` returns a new one for changed input. */
export interface Matcher {
  /** The configuration after defaults (weights normalised). */
  readonly config: ResolvedConfig;
  /** What was loaded and how every competence label was understood (after `update`: of the final records, built on first read). */
  readonly report: LoadReport;
  /**
   * The explained match of one pair, eligible or not, whatever the tier.
   *
   * @throws {RangeError} for an unknown id
   * @example
   * declare const matcher: Matcher; // from createMatcher
   * const m = matcher.score('k-0412', 'v-17');
   * if (!m.eligible) console.log(m.knockouts); // e.g. [{ factor: 'travel', code: 'too_far' }]
   */
  score(candidateId: string, vacancyId: string): Match;
  /**
   * Eligible candidates for a vacancy at or above `minScore`, home municipality first per the fallback policy,
   * best first (score descending, then id ascending).
   *
   * @throws {RangeError} for an unknown id, a negative limit, a minScore outside [0, 1], an unknown policy or perspective
   * @example
   * declare const matcher: Matcher; // from createMatcher
   * matcher.rankCandidates('v-17', { limit: 5, fallback: 'fill', perspectives: ['werken'] }).map((m) => [m.candidateId, m.tier, m.score]);
   */
  rankCandidates(vacancyId: string, options?: RankCandidatesOptions): Match[];
  /**
   * Eligible vacancies for a candidate at or above `minScore`, within the candidate's tiers, best first.
   *
   * @throws {RangeError} for an unknown id, a negative limit or a minScore outside [0, 1]
   * @example
   * declare const matcher: Matcher; // from createMatcher
   * matcher.rankVacancies('k-0412', { limit: 3 }).map((m) => `${m.vacancyId} ${m.travel.minutes.toFixed(0)} min`);
   */
  rankVacancies(candidateId: string, options?: RankVacanciesOptions): Match[];
  /**
   * The instruments that apply to a pair (job coach, loonkostensubsidie with its monthly amount,
   * proefplaatsing, no-riskpolis), each with one readable sentence.
   *
   * @throws {RangeError} for an unknown id or date
   * @example
   * declare const matcher: Matcher; // from createMatcher
   * matcher.instruments('k-0412', 'v-17', { date: '2026-01-01' }).filter((s) => s.applies).map((s) => s.sentence);
   */
  instruments(candidateId: string, vacancyId: string, options: InstrumentsOptions): PairInstrument[];
  /**
   * A new matcher with records added, replaced (an upsert with a held id, in its place) or removed (removals first);
   * this one is unchanged and keeps answering. Every answer equals `createMatcher` on the final records (in the same
   * config); the cost follows the size of the change, not of the caseload: upserted records are validated as
   * `createMatcher` validates them and compiled on their own. `assignPlacements` and `rankAll` build the full index
   * once, on first use.
   *
   * @throws {MatchError} naming every bad record and field (paths such as `['candidates', 'upsert', 3, 'hours']`), every
   *   id upserted twice and every removal of an id this matcher does not hold; nothing is applied
   * @throws {TypeError} when `changes` or one of its parts is not an object or array
   * @example
   * declare const matcher: Matcher; // from createMatcher
   * declare const newcomer: unknown; // a candidate record, e.g. parsed JSON
   * const next = matcher.update({ candidates: { upsert: [newcomer], remove: ['k-0412'] }, vacancies: { remove: ['v-3'] } });
   * next.rankCandidates('v-17', { limit: 5 }); // matcher still answers for k-0412 and v-3
   */
  update(changes: MatcherChanges): Matcher;
}

export { INDEX };
export interface MatcherWithIndex extends Matcher {
  readonly [INDEX]: MatchIndex;
}

/**
 * Validates candidates, vacancies and configuration, then compiles a matcher.
 *
 * @param input - `{ candidates, vacancies }` as raw records (e.g. parsed JSON)
 * @param config - optional configuration; every field has a documented default
 * @returns a matcher with `score`, `rankCandidates` and `rankVacancies`
 * @throws {MatchError} listing every bad record and field when anything is invalid (values JSON cannot carry, holes
 *   in arrays and strings over `MAX_LENGTH` included); nothing is half-loaded. Each input field is read once.
 * @example
 * const { candidates, vacancies } = generateSyntheticRegion({ seed: 2026, candidates: 600, vacancies: 60 });
 * const matcher = createMatcher({ candidates, vacancies });
 * for (const m of matcher.rankCandidates('v-17', { limit: 5 })) console.log(m.candidateId, m.score.toFixed(2));
 */
export function createMatcher(input: MatchInput, config?: MatchConfig): Matcher {
  const issues: MatchIssue[] = [];
  const loaded = loadInput(input, config, issues);
  const index = loaded && compileIndex(loaded, issues);
  if (!loaded || !index || issues.length > 0) throw new MatchError(issues as [MatchIssue, ...MatchIssue[]]);
  return matcherOver({ base: index, loaded, locale: configLocale(config) });
}

/** The result of safeCreateMatcher. */
export type SafeMatcherResult = { readonly success: true; readonly matcher: Matcher } | { readonly success: false; readonly error: MatchError };

/**
 * Like createMatcher, but returns the MatchError instead of throwing it; it throws for no input.
 *
 * @example
 * function handle(body: string) {
 *   const result = safeCreateMatcher(JSON.parse(body));
 *   if (!result.success) return { status: 422, issues: result.error.issues };
 *   return { status: 200, ranking: result.matcher.rankCandidates('v-17') };
 * }
 */
export function safeCreateMatcher(input: unknown, config?: unknown): SafeMatcherResult {
  try {
    return { success: true, matcher: createMatcher(input as MatchInput, config as MatchConfig) };
  } catch (error) {
    if (error instanceof MatchError) return { success: false, error };
    throw error;
  }
}

function matcherOver(src: MatcherSource): MatcherWithIndex {
  if (src.overlay) return overlayMatcher(src, src.overlay);
  const ix = src.base;
  const candidateIndex = (fn: string, id: string): number => {
    const i = ix.candidateById.get(id);
    if (i === undefined) throw new RangeError(usage.unknownId(fn, 'candidate', id));
    return i;
  };
  const vacancyIndex = (fn: string, id: string): number => {
    const i = ix.vacancyById.get(id);
    if (i === undefined) throw new RangeError(usage.unknownId(fn, 'vacancy', id));
    return i;
  };

  return Object.freeze({
    [INDEX]: ix,
    config: ix.config,
    report: ix.report,
    update: (changes: MatcherChanges): Matcher => matcherOver(applyUpdate(src, changes)),
    score(candidateId: string, vacancyId: string): Match {
      return explainPair(ix, candidateIndex('score', candidateId), vacancyIndex('score', vacancyId));
    },
    rankCandidates(vacancyId: string, options: RankCandidatesOptions = {}): Match[] {
      const vi = vacancyIndex('rankCandidates', vacancyId);
      const spec = { ...resolveRankSpec('rankCandidates', ix.config.suitableScore, options), keep: perspectiveMask('rankCandidates', ix, options.perspectives) };
      return new VacancyRanker(ix, spec).rank(vi).map((r) => explainPair(ix, r.candidate, vi));
    },
    instruments(candidateId: string, vacancyId: string, options: InstrumentsOptions): PairInstrument[] {
      return instrumentsFor(ix, candidateIndex('instruments', candidateId), vacancyIndex('instruments', vacancyId), options);
    },
    rankVacancies(candidateId: string, options?: RankVacanciesOptions): Match[] {
      const ci = candidateIndex('rankVacancies', candidateId);
      const o = rankOptions('rankVacancies', options);
      const limit = o.limit ?? 10;
      const minScore = o.minScore ?? ix.config.suitableScore;
      checkLimit('rankVacancies', limit);
      checkMinScore('rankVacancies', minScore);
      const heap = new TopK(Math.min(limit, ix.vacancies.length), ix.vIdRank);
      const cm = ix.cMuni[ci]!;
      for (let vi = 0; vi < ix.vMuni.length; vi++) {
        if (ix.tiers[ix.vMuni[vi]! * MUNICIPALITY_COUNT + cm] === OUTSIDE) continue;
        const s = scorePair(ix, ci, vi);
        if (s >= minScore) heap.push(vi, s);
      }
      return heap.sorted().map(({ item }) => explainPair(ix, ci, item));
    },
  });
}

/** A matcher over an updated record set: queries merge the base and the delta; the bulk engines get the full index. */
function overlayMatcher(src: MatcherSource, ov: Overlay): MatcherWithIndex {
  return Object.freeze({
    get [INDEX](): MatchIndex {
      return compacted(src);
    },
    config: src.base.config,
    get report(): LoadReport {
      return compacted(src).report;
    },
    score: (candidateId: string, vacancyId: string): Match => overlayScore(src, ov, candidateId, vacancyId),
    rankCandidates: (vacancyId: string, options?: RankCandidatesOptions): Match[] => overlayRankCandidates(src, ov, vacancyId, options),
    rankVacancies: (candidateId: string, options?: RankVacanciesOptions): Match[] => overlayRankVacancies(src, ov, candidateId, options),
    instruments(candidateId: string, vacancyId: string, options: InstrumentsOptions): PairInstrument[] {
      const { ix, ci, vi } = overlayPair(src, ov, 'instruments', candidateId, vacancyId);
      return instrumentsFor(ix, ci, vi, options);
    },
    update: (changes: MatcherChanges): Matcher => matcherOver(applyUpdate(src, changes)),
  });
}

/** config.locale when it is Dutch (the config is valid by now; a getter that throws counts as absent). */
function configLocale(config: unknown): 'nl' | undefined {
  try {
    return typeof config === 'object' && config !== null && (config as { locale?: unknown }).locale === 'nl' ? 'nl' : undefined;
  } catch {
    return undefined;
  }
}
