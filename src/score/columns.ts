// The compiled index's typed-array columns, each declared once (kind, length basis, reader); the index type,
// its allocation and the copy for worker threads are derived from these declarations.
import { SECTORS } from '../basics/sectors.js';
import { MUNICIPALITIES } from '../region/municipalities.js';
import { score } from '../basics/messages/en.js';

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
  if (value === undefined) throw new TypeError(score.noColumnSize(fn, per));
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

/** The length bases that count candidates or their entries. */
export type CandidateBasis = 'candidate' | 'candidate+1' | 'candidate*sector' | 'candidate competence';
const CANDIDATE_BASES: readonly LengthBasis[] = ['candidate', 'candidate+1', 'candidate*sector', 'candidate competence'];

/** The names of the declared columns of a candidate basis that the pair kernel reads. */
export function candidateScoringColumnNames<D extends ColumnDecl>(decl: D): (keyof ScoringColumns<ColumnsPer<D, CandidateBasis>> & string)[] {
  return Object.keys(decl).filter((name) => decl[name]!.use === 'score' && CANDIDATE_BASES.includes(decl[name]!.per)) as (keyof ScoringColumns<ColumnsPer<D, CandidateBasis>> & string)[];
}

/**
 * The candidate columns `names` of `arrays` with candidate `order[k]` moved to place k (only the candidates in
 * `order`). Entry columns ('candidate competence') follow the one 'candidate+1' offset column, rebuilt to match.
 */
export function permuteCandidateColumns<D extends ColumnDecl, N extends keyof D & string>(decl: D, arrays: ColumnArrays<D>, names: readonly N[], order: Int32Array): Pick<ColumnArrays<D>, N> {
  const fn = 'permuteCandidateColumns';
  const offsetNames = names.filter((name) => decl[name]!.per === 'candidate+1');
  if (offsetNames.length > 1) throw new TypeError(score.offsetColumns(fn, offsetNames));
  const n = order.length;
  const oldOff = offsetNames[0] === undefined ? undefined : (arrays[offsetNames[0]] as Int32Array);
  const newOff = new Int32Array(n + 1);
  if (oldOff) for (let k = 0; k < n; k++) newOff[k + 1] = newOff[k]! + oldOff[order[k]! + 1]! - oldOff[order[k]!]!;
  const out: Record<string, IndexArray> = {};
  for (const name of names) {
    const { kind, per } = decl[name]!;
    const from = arrays[name] as IndexArray;
    if (per === 'candidate+1') {
      out[name] = newOff;
      continue;
    }
    if (per === 'candidate competence' && !oldOff) throw new TypeError(`${fn}: column ${name} needs the 'candidate+1' offset column`);
    const stride = per === 'candidate*sector' ? SECTORS.length : 1;
    const to = new ARRAYS[kind](per === 'candidate competence' ? newOff[n]! : n * stride);
    // Copied through views of four element sizes, so the copy loop sees at most four array types.
    const src = sameSize(from);
    const dst = sameSize(to);
    if (per === 'candidate competence') for (let k = 0, at = 0; k < n; k++) at = copyRange(dst, at, src, oldOff![order[k]!]!, oldOff![order[k]! + 1]!);
    else if (stride === 1) gather(dst, src, order);
    else for (let k = 0, at = 0; k < n; k++) at = copyRange(dst, at, src, order[k]! * stride, (order[k]! + 1) * stride);
    out[name] = to;
  }
  return out as Pick<ColumnArrays<D>, N>;
}

type SizedView = Uint8Array | Uint16Array | Int32Array | Float64Array;

/** A view of the same bytes as one of four arrays, by element size. */
function sameSize(a: IndexArray): SizedView {
  if (a instanceof Float64Array || a instanceof Int32Array) return a;
  return a.BYTES_PER_ELEMENT === 1 ? new Uint8Array(a.buffer, a.byteOffset, a.length) : new Uint16Array(a.buffer, a.byteOffset, a.length);
}

/** dst[k] = src[order[k]] for every k: one element per candidate, without a call each. */
function gather(dst: SizedView, src: SizedView, order: Int32Array): void {
  for (let k = 0; k < order.length; k++) dst[k] = src[order[k]!]!;
}

/** Copies src[from..to) to dst from `at`; returns the next place in dst. */
function copyRange(dst: SizedView, at: number, src: SizedView, from: number, to: number): number {
  for (let a = from; a < to; a++) dst[at++] = src[a]!;
  return at;
}
