// The compiled index's typed-array columns, each declared once (kind, length basis, reader); the index type,
// its allocation and the copy for worker threads are derived from these declarations.
import { SECTORS } from '../basics/sectors.js';
import { MUNICIPALITIES } from '../region/municipalities.js';

/** The typed array behind each column kind. */
export interface ArrayKinds {
  int8: Int8Array;
  uint8: Uint8Array;
  int16: Int16Array;
  int32: Int32Array;
  float64: Float64Array;
}
export type ArrayKind = keyof ArrayKinds;
export type IndexArray = ArrayKinds[ArrayKind];

/**
 * What a column's length counts: one entry per candidate or vacancy (`+1`: CSR offsets), per candidate and
 * sector, per competence entry of all candidates or vacancies (CSR values), per municipality pair.
 */
export type LengthBasis = 'candidate' | 'candidate+1' | 'candidate*sector' | 'candidate competence' | 'vacancy' | 'vacancy+1' | 'vacancy competence' | 'municipality^2';

/** Who reads a column: the pair kernel (`'score'`, so it is shared with worker threads) or only an explanation. */
export type ColumnUse = 'score' | 'explain';

export interface ColumnSpec<K extends ArrayKind = ArrayKind, B extends LengthBasis = LengthBasis, U extends ColumnUse = ColumnUse> {
  readonly kind: K;
  readonly per: B;
  readonly use: U;
}

export type ColumnDecl = { readonly [name: string]: ColumnSpec };

/** Declares a column. */
export function column<K extends ArrayKind, B extends LengthBasis, U extends ColumnUse = 'score'>(kind: K, per: B, use: U = 'score' as U): ColumnSpec<K, B, U> {
  return { kind, per, use };
}

/** The arrays of a declaration: the type the index, a kernel or a presentation pass sees. */
export type ColumnArrays<D extends ColumnDecl> = { readonly [N in keyof D]: ArrayKinds[D[N]['kind']] };

/** The columns of a declaration the pair kernel reads. */
export type ScoringColumns<D extends ColumnDecl> = { readonly [N in keyof D as D[N]['use'] extends 'score' ? N : never]: D[N] };

/** The columns of a declaration with one of the given length bases. */
export type ColumnsPer<D extends ColumnDecl, B extends LengthBasis> = { readonly [N in keyof D as D[N]['per'] extends B ? N : never]: D[N] };

/** Record counts that lengths are derived from; only those the requested bases need. */
export interface ColumnSizes {
  readonly candidates?: number;
  readonly vacancies?: number;
  readonly candidateCompetences?: number;
  readonly vacancyCompetences?: number;
}

const ARRAYS: { readonly [K in ArrayKind]: new (length: number) => ArrayKinds[K] } = {
  int8: Int8Array,
  uint8: Uint8Array,
  int16: Int16Array,
  int32: Int32Array,
  float64: Float64Array,
};

function size(fn: string, value: number | undefined, per: LengthBasis): number {
  if (value === undefined) throw new TypeError(`${fn}: no size given for columns per ${per}`);
  return value;
}

/** The length of a column of basis `per`. */
export function columnLength(per: LengthBasis, sizes: ColumnSizes): number {
  const fn = 'columnLength';
  switch (per) {
    case 'candidate':
      return size(fn, sizes.candidates, per);
    case 'candidate+1':
      return size(fn, sizes.candidates, per) + 1;
    case 'candidate*sector':
      return size(fn, sizes.candidates, per) * SECTORS.length;
    case 'candidate competence':
      return size(fn, sizes.candidateCompetences, per);
    case 'vacancy':
      return size(fn, sizes.vacancies, per);
    case 'vacancy+1':
      return size(fn, sizes.vacancies, per) + 1;
    case 'vacancy competence':
      return size(fn, sizes.vacancyCompetences, per);
    case 'municipality^2':
      return MUNICIPALITIES.length * MUNICIPALITIES.length;
  }
}

/** Zero-filled arrays for every declared column whose basis is in `bases`. */
export function allocateColumns<D extends ColumnDecl, B extends LengthBasis>(decl: D, bases: readonly B[], sizes: ColumnSizes): ColumnArrays<ColumnsPer<D, B>> {
  const out: Record<string, IndexArray> = {};
  for (const [name, spec] of Object.entries(decl)) {
    if ((bases as readonly LengthBasis[]).includes(spec.per)) out[name] = new ARRAYS[spec.kind](columnLength(spec.per, sizes));
  }
  return out as ColumnArrays<ColumnsPer<D, B>>;
}

/** The names of the columns the pair kernel reads. */
export function scoringColumnNames<D extends ColumnDecl>(decl: D): (keyof ScoringColumns<D> & string)[] {
  return Object.keys(decl).filter((name) => decl[name]!.use === 'score') as (keyof ScoringColumns<D> & string)[];
}
