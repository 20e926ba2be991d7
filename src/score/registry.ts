// Every match factor, in one list. A new factor is its own file here plus one line in FACTOR_REGISTRY
// (and its name and default weight in schema/config.ts, which the configuration is validated against).
import type { FACTORS } from '../schema/config.js';
import type { ColumnArrays, ColumnDecl, ScoringColumns } from './columns.js';
import { competence } from './competence.js';
import type { KernelContext, LabelContext, Locale, Sentences } from './factor.js';
import { hours } from './hours.js';
import { ladder } from './ladder.js';
import { sector } from './sector.js';
import { travel } from './travel.js';

/** One factor per name of `T`, in its order. */
type NamedAs<T extends readonly string[]> = { readonly [I in keyof T]: { readonly name: T[I] } };

/** The factors in the order their contributions are summed: the order of FACTORS (anything else fails to compile). */
export const FACTOR_REGISTRY = [competence, ladder, hours, travel, sector] as const satisfies NamedAs<typeof FACTORS>;

export type RegisteredFactor = (typeof FACTOR_REGISTRY)[number];

/** The reason type of the factor named `F`. */
export type ReasonOf<F extends RegisteredFactor['name']> = ReturnType<Extract<RegisteredFactor, { readonly name: F }>['reason']>;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every column the factors read, as one declaration. */
export type FactorColumns = UnionToIntersection<RegisteredFactor['columns']>;

export const FACTOR_COLUMNS: FactorColumns = Object.assign({}, ...FACTOR_REGISTRY.map((f) => f.columns));

/** What a kernel of any factor may read: the scoring columns of all factors. */
export type KernelIndex = ColumnArrays<ScoringColumns<FactorColumns>> & KernelContext;
/** What a presentation pass of any factor may read. */
export type PresentationIndex = ColumnArrays<FactorColumns> & LabelContext;

/** A factor as the engine runs it and explainMatch words it: over the whole index, its reason as a plain `{ code }`. */
export interface RunnableFactor {
  readonly name: RegisteredFactor['name'];
  readonly columns: ColumnDecl;
  readonly cost: number;
  readonly codes: readonly string[];
  trace(): unknown;
  value(ix: KernelIndex, ci: number, vi: number, trace: unknown): number;
  reason(ix: PresentationIndex, ci: number, vi: number, value: number, trace: unknown): { readonly code: string };
  missing(ix: PresentationIndex, ci: number, vi: number, reason: { readonly code: string }): readonly string[];
  readonly sentence: Sentences<{ readonly code: string }>;
  readonly knockouts: { readonly [code: string]: { readonly [L in Locale]: string } };
}

/** The registry as the engine iterates it. */
export const FACTOR_LIST: readonly RunnableFactor[] = FACTOR_REGISTRY;
