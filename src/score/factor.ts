// The one shape every match factor has: the columns it reads, its value kernel, its reason and its sentences.
import type { Factor, ResolvedConfig, TravelModeModel } from '../schema/config.js';
import type { Locale } from '../basics/locale.js';
import type { ColumnArrays, ColumnDecl, ScoringColumns } from './columns.js';
import type { KnockoutCode } from '../basics/errors.js';

export type { Locale };

/** What a value kernel may read besides its columns. */
export interface KernelContext {
  readonly config: Pick<ResolvedConfig, 'travelTime' | 'jobCarvingPenalty'>;
  readonly travelModel: readonly TravelModeModel[];
}

/** What a presentation pass may read besides its columns: the texts people see. */
export interface LabelContext {
  /** Competence id → label shown to people (vocabulary label, or the input text when unresolved). */
  readonly competenceLabels: readonly string[];
  readonly cUnresolved: readonly (readonly string[])[];
  readonly vUnresolved: readonly (readonly string[])[];
}

/**
 * A match factor, declared in one place: `N` its name, `D` the index columns it reads, `R` its reason,
 * `K` the reason codes that are knock-outs (each one of KNOCKOUT_CODES), `T` what its kernel notes on the explained path.
 * The engine sums the factors in registry order and evaluates them cheapest first.
 */
export interface FactorDefinition<N extends Factor, D extends ColumnDecl, R extends { readonly code: string }, K extends R['code'] & KnockoutCode, T> {
  readonly name: N;
  /** The compiled index's columns this factor reads. */
  readonly columns: D;
  /** Relative work per pair: cheaper factors are evaluated first, so a knock-out skips the dearer ones. */
  readonly cost: number;
  /** Every reason code, knock-outs included. */
  readonly codes: readonly R['code'][];
  /** A fresh record for the kernel's notes on the explained path (undefined for a factor that notes nothing). */
  trace(): T;
  /** The value kernel: the score in [0, 1], or -1 for a knock-out. Notes facts into `trace` only when given one. */
  value(ix: ColumnArrays<ScoringColumns<D>> & KernelContext, ci: number, vi: number, trace: T | undefined): number;
  /** The presentation pass: the reason (code and facts) behind the value the kernel returned. A value < 0 gives a knock-out code. */
  reason(ix: ColumnArrays<D> & LabelContext, ci: number, vi: number, value: number, trace: T): R;
  /** Input this factor scored neutrally because it was absent or not understood, as `Match.missing` entries. */
  missing(ix: ColumnArrays<D> & LabelContext, ci: number, vi: number, reason: R): readonly string[];
  /** The factor's sentence, per locale. */
  readonly sentence: Sentences<R>;
  /** The sentence of each knock-out, per locale. */
  readonly knockouts: { readonly [C in K]: { readonly [L in Locale]: string } };
}

/** One sentence per locale: a locale without one is a compile error. */
export interface Sentences<R> {
  nl(reason: R): string;
  en(reason: R): string;
}

export const NOTHING_MISSING: readonly string[] = Object.freeze([]);

/** A number with `digits` decimals and the locale's decimal mark. */
export const num = (locale: Locale, value: number, digits = 0): string => value.toFixed(digits).replace('.', locale === 'nl' ? ',' : '.');
export const pct = (locale: Locale, value: number): string => `${num(locale, value * 100)}%`;
/** `a, b and c` (`en` in Dutch). */
export const list = (locale: Locale, items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${locale === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;
