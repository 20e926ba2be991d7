import type { KnockoutCode } from '../basics/errors.js';
import type { Factor } from '../schema/config.js';
import type { TravelMode } from '../schema/records.js';
import type { ReasonOf, RegisteredFactor } from '../score/registry.js';
import type { Tier } from './compile.js';

/** One factor of a match: its score in [0, 1], its normalised weight, weight × score, and why. */
export interface FactorResult<R> {
  readonly score: number;
  readonly weight: number;
  readonly contribution: number;
  readonly reason: R;
}

/** Every factor of a match by name (the factors of FACTOR_REGISTRY). */
export type MatchFactors = { readonly [F in RegisteredFactor['name']]: FactorResult<ReasonOf<F>> };

/** A reason the pair cannot match; the factor's `reason` holds the details. */
export interface Knockout {
  readonly factor: Factor;
  readonly code: KnockoutCode;
}

/** What every {@link Match} carries, eligible or not. */
export interface MatchBase {
  readonly candidateId: string;
  readonly vacancyId: string;
  /** Where the candidate lives relative to the vacancy; `'outside'` only from `score()`, never in a ranking. */
  readonly tier: Tier | 'outside';
  readonly factors: MatchFactors;
  /** The fastest of the candidate's modes. */
  readonly travel: { readonly km: number; readonly minutes: number; readonly mode: TravelMode };
  /** Input that was absent or not understood and therefore scored neutrally, e.g. `candidate.sectors`, `vacancy.competences["lasser tig"]`. */
  readonly missing: readonly string[];
}

/** An explained candidate–vacancy match. An ineligible match has score 0 and at least one knock-out. */
export type Match =
  | (MatchBase & { readonly eligible: true; readonly score: number; readonly knockouts: readonly [] })
  | (MatchBase & { readonly eligible: false; readonly score: 0; readonly knockouts: readonly [Knockout, ...Knockout[]] });
