// matcher.update: a new matcher as an overlay on an immutable base index. Base records that were removed or replaced
// are masked; upserted records are compiled on their own (a small delta index) in the base's competence ids, and every
// query merges base and delta exactly (same tiers, policies, limits and id tie-breaks). The bulk engines read a full
// index, built once from the final records on first use; a delta past a threshold is folded in at update time.
import { MatchError, type MatchIssue } from '../basics/errors.js';
import { inputIssues, usage } from '../basics/messages/en.js';
import { normalizeLabel } from '../basics/text.js';
import { compileIndex, INDEX_COLUMNS, MUNICIPALITY_COUNT, OUTSIDE, type MatchIndex } from '../engine/compile.js';
import { loadInput, type LoadedInput } from '../engine/load.js';
import type { IdLookup } from '../engine/id-table.js';
import { explainPair, scorePair } from '../engine/pair.js';
import { checkLimit, checkMinScore, rankOptions, resolveRankSpec, VacancyRanker, type FallbackPolicy } from '../engine/scan.js';
import { TopK } from '../engine/topk.js';
import type { Match } from '../engine/types.js';
import type { Municipality } from '../region/municipalities.js';
import type { Candidate, Vacancy } from '../schema/records.js';
import type { Perspective } from '../basics/perspectives.js';
import { perspectiveMask } from './perspective.js';

/** Changes to one side of a matcher: records to add or replace (by id), ids to remove. Removals apply first. */
export interface RecordChanges {
  /** Raw records, validated as createMatcher validates them; a record with a held id replaces it (in its place). */
  readonly upsert?: readonly unknown[] | undefined;
  /** Ids of held records to remove. */
  readonly remove?: readonly string[] | undefined;
}

/** The argument of `matcher.update`. */
export interface MatcherChanges {
  readonly candidates?: RecordChanges | undefined;
  readonly vacancies?: RecordChanges | undefined;
}

/** What a matcher answers from: a compiled base (with the records it was built from) and, after an update, an overlay. */
export interface MatcherSource {
  readonly base: MatchIndex;
  readonly loaded: LoadedInput;
  /** The language of the config's messages (config.locale), for the issues of upserted records. */
  readonly locale: 'nl' | undefined;
  readonly overlay?: Overlay | undefined;
}

interface DeltaRecord<T> {
  readonly record: T;
  readonly municipality: Municipality;
  /** It replaces a base record of its id in that record's place (else it comes after the base records). */
  readonly inPlace: boolean;
}

/** The records' state after updates, relative to the base: masks over the base, upserted records by id (in order). */
interface Changed {
  readonly keepC: Uint8Array;
  readonly keepV: Uint8Array;
  /** Base records masked (removed or replaced) on each side. */
  maskedC: number;
  maskedV: number;
  readonly candidates: Map<string, DeltaRecord<Candidate>>;
  readonly vacancies: Map<string, DeltaRecord<Vacancy>>;
}

/** A compiled overlay: `changed` plus the delta index and the indexes that pair delta records with base ones. */
export interface Overlay extends Changed {
  /** Base candidates the overlay still holds (1), or undefined when it holds them all. */
  readonly keepBase: Uint8Array | undefined;
  /** Delta candidates × delta vacancies; undefined when nothing was upserted. */
  readonly dx: MatchIndex | undefined;
  /** Delta candidates × base vacancies. */
  readonly dcbv: MatchIndex | undefined;
  /** Base candidates × delta vacancies. */
  readonly bcdv: MatchIndex | undefined;
  /** The full index of the final records, built on first use. */
  compacted?: { readonly index: MatchIndex; readonly loaded: LoadedInput };
  /** The base keep mask combined with a perspective mask, per perspective mask. */
  readonly keeps: WeakMap<Uint8Array, Uint8Array>;
}

/** Changed records (masked base records plus delta records) beyond which an update folds everything into a new base. */
const COMPACT_MIN = 4096;
const COMPACT_SHARE = 0.05;

const FN = 'update';

/** The source after `changes`; throws MatchError (nothing applied) for any bad record or removal. */
export function applyUpdate(source: MatcherSource, changes: MatcherChanges): MatcherSource {
  const src: MatcherSource = source.overlay?.compacted ? { base: source.overlay.compacted.index, loaded: source.overlay.compacted.loaded, locale: source.locale } : source;
  const { base } = src;
  const c = sideChanges('candidates', changes);
  const v = sideChanges('vacancies', (changes ?? {}) as MatcherChanges);
  const issues: MatchIssue[] = [];
  const loadIssues: MatchIssue[] = [];
  const cfg = src.locale === 'nl' ? { locale: 'nl' } : undefined;
  const loaded = loadInput({ candidates: c.upsert, vacancies: v.upsert }, cfg, loadIssues);
  for (const issue of loadIssues) {
    const [kind, ...rest] = issue.path;
    issues.push(kind === 'candidates' || kind === 'vacancies' ? { ...issue, path: [kind, 'upsert', ...rest] } : issue);
  }
  const prev = src.overlay;
  const changed: Changed = {
    keepC: prev ? prev.keepC.slice() : new Uint8Array(base.candidates.length).fill(1),
    keepV: prev ? prev.keepV.slice() : new Uint8Array(base.vacancies.length).fill(1),
    maskedC: prev?.maskedC ?? 0,
    maskedV: prev?.maskedV ?? 0,
    candidates: new Map(prev?.candidates),
    vacancies: new Map(prev?.vacancies),
  };
  changed.maskedC += removeAll('candidates', c.remove, base.candidateById, changed.keepC, changed.candidates, issues);
  changed.maskedV += removeAll('vacancies', v.remove, base.vacancyById, changed.keepV, changed.vacancies, issues);
  if (!loaded || issues.length > 0) throw new MatchError(issues as [MatchIssue, ...MatchIssue[]]);
  changed.maskedC += upsertAll(loaded.candidates, loaded.candidateMunicipalities, base.candidateById, changed.keepC, changed.candidates);
  changed.maskedV += upsertAll(loaded.vacancies, loaded.vacancyMunicipalities, base.vacancyById, changed.keepV, changed.vacancies);

  const size = changed.maskedC + changed.maskedV + changed.candidates.size + changed.vacancies.size;
  if (size === 0) return { base: src.base, loaded: src.loaded, locale: src.locale };
  if (size > Math.max(COMPACT_MIN, COMPACT_SHARE * (base.candidates.length + base.vacancies.length))) return compactFrom(src, changed);
  // Removals of base records only: the delta stays as it was compiled.
  const sameDelta =
    prev !== undefined && loaded.candidates.length + loaded.vacancies.length === 0 && changed.candidates.size === prev.candidates.size && changed.vacancies.size === prev.vacancies.size;
  return { base, loaded: src.loaded, locale: src.locale, overlay: buildOverlay(src, changed, sameDelta ? prev : undefined) };
}

/** The full index of a source's final records (built once per overlay). */
export function compacted(source: MatcherSource): MatchIndex {
  const ov = source.overlay;
  if (ov === undefined) return source.base;
  ov.compacted ??= (() => {
    const full = compactFrom(source, ov);
    return { index: full.base, loaded: full.loaded };
  })();
  return ov.compacted.index;
}

function sideChanges(kind: 'candidates' | 'vacancies', changes: MatcherChanges): { upsert: readonly unknown[]; remove: readonly unknown[] } {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) throw new TypeError(usage.updateChanges(FN, 'changes', changes));
  // A misspelt part would otherwise be a change silently not made.
  for (const key of Object.keys(changes)) if (key !== 'candidates' && key !== 'vacancies') throw new TypeError(usage.updateKey(FN, 'changes', key, 'candidates, vacancies'));
  const side = changes[kind];
  if (side === undefined) return { upsert: [], remove: [] };
  if (typeof side !== 'object' || side === null || Array.isArray(side)) throw new TypeError(usage.updateChanges(FN, kind, side));
  for (const key of Object.keys(side)) if (key !== 'upsert' && key !== 'remove') throw new TypeError(usage.updateKey(FN, kind, key, 'upsert, remove'));
  const { upsert = [], remove = [] } = side;
  if (!Array.isArray(upsert)) throw new TypeError(usage.updateChanges(FN, `${kind}.upsert`, upsert));
  if (!Array.isArray(remove)) throw new TypeError(usage.updateChanges(FN, `${kind}.remove`, remove));
  return { upsert, remove };
}

/** Applies removals (each id held, once); returns how many base records it masked. */
function removeAll<T>(kind: 'candidates' | 'vacancies', ids: readonly unknown[], baseById: IdLookup, keep: Uint8Array, delta: Map<string, T>, issues: MatchIssue[]): number {
  const what = kind === 'candidates' ? 'candidate' : 'vacancy';
  let masked = 0;
  ids.forEach((id, i) => {
    const path = [kind, 'remove', i];
    if (typeof id !== 'string' || id === '') {
      issues.push({ code: 'invalid_type', path, message: inputIssues.removalNotId(kind) });
      return;
    }
    if (delta.delete(id)) return;
    const b = baseById.get(id);
    if (b !== undefined && keep[b] === 1) {
      keep[b] = 0;
      masked++;
    } else issues.push({ code: kind === 'candidates' ? 'unknown_candidate' : 'unknown_vacancy', path, message: inputIssues.unknownRemoval(what, id) });
  });
  return masked;
}

function upsertAll<T extends { readonly id: string }>(
  records: readonly T[],
  municipalities: readonly Municipality[],
  baseById: IdLookup,
  keep: Uint8Array,
  delta: Map<string, DeltaRecord<T>>,
): number {
  let masked = 0;
  records.forEach((record, i) => {
    const municipality = municipalities[i]!;
    const earlier = delta.get(record.id);
    if (earlier) {
      delta.set(record.id, { record, municipality, inPlace: earlier.inPlace });
      return;
    }
    const b = baseById.get(record.id);
    const inPlace = b !== undefined && keep[b] === 1;
    if (inPlace) {
      keep[b] = 0;
      masked++;
    }
    delta.set(record.id, { record, municipality, inPlace });
  });
  return masked;
}

/** The final records in order (base order, replacements in place, then new records) compiled into one index. */
function compactFrom(src: MatcherSource, changed: Changed): MatcherSource {
  const { loaded } = src;
  const merge = <T extends { readonly id: string }>(records: readonly T[], munis: readonly Municipality[], keep: Uint8Array, delta: ReadonlyMap<string, DeltaRecord<T>>) => {
    const out: T[] = [];
    const outMunis: Municipality[] = [];
    records.forEach((r, i) => {
      if (keep[i] === 1) {
        out.push(r);
        outMunis.push(munis[i]!);
        return;
      }
      const d = delta.get(r.id);
      if (d?.inPlace) {
        out.push(d.record);
        outMunis.push(d.municipality);
      }
    });
    for (const d of delta.values()) {
      if (d.inPlace) continue;
      out.push(d.record);
      outMunis.push(d.municipality);
    }
    return [out, outMunis] as const;
  };
  const [candidates, candidateMunicipalities] = merge(loaded.candidates, loaded.candidateMunicipalities, changed.keepC, changed.candidates);
  const [vacancies, vacancyMunicipalities] = merge(loaded.vacancies, loaded.vacancyMunicipalities, changed.keepV, changed.vacancies);
  const next = withRecords(loaded, candidates, vacancies, candidateMunicipalities, vacancyMunicipalities);
  return { base: compile(next), loaded: next, locale: src.locale };
}

/** `loaded`'s config, fallbacks and reference points with other records (and nothing derived from the old ones). */
function withRecords(
  loaded: LoadedInput,
  candidates: readonly Candidate[],
  vacancies: readonly Vacancy[],
  candidateMunicipalities: readonly Municipality[],
  vacancyMunicipalities: readonly Municipality[],
): LoadedInput {
  return { candidates, vacancies, candidateMunicipalities, vacancyMunicipalities, fallbacks: loaded.fallbacks, referencePoints: loaded.referencePoints, config: loaded.config };
}

function compile(loaded: LoadedInput): MatchIndex {
  const issues: MatchIssue[] = [];
  const index = compileIndex(loaded, issues);
  // The records and config were all validated before: an issue here is a bug, not bad input.
  if (!index || issues.length > 0) throw new MatchError((issues.length > 0 ? issues : [{ code: 'invalid_value', path: [], message: 'index not built' }]) as [MatchIssue, ...MatchIssue[]]);
  return index;
}

/** The overlay of `changed`, compiling its delta records (or taking them from `same`, whose delta they are). */
function buildOverlay(src: { readonly base: MatchIndex; readonly loaded: LoadedInput }, changed: Changed, same?: Overlay): Overlay {
  const { base, loaded } = src;
  const keepBase = changed.maskedC > 0 ? changed.keepC : undefined;
  const common = { ...changed, keepBase, keeps: new WeakMap<Uint8Array, Uint8Array>() };
  if (same) return { ...common, dx: same.dx, dcbv: same.dcbv, bcdv: same.bcdv };
  if (changed.candidates.size === 0 && changed.vacancies.size === 0) return { ...common, dx: undefined, dcbv: undefined, bcdv: undefined };
  const cs = [...changed.candidates.values()];
  const vs = [...changed.vacancies.values()];
  const dx = compile(
    withRecords(
      loaded,
      cs.map((d) => d.record),
      vs.map((d) => d.record),
      cs.map((d) => d.municipality),
      vs.map((d) => d.municipality),
    ),
  );
  const shared = remapCompetences(base, dx);
  const delta = { ...dx, ...shared.competence } as MatchIndex;
  return {
    ...common,
    dx: delta,
    dcbv: join(delta, base, shared.competence),
    bcdv: join(shared.postings === base.postings ? base : ({ ...base, postings: shared.postings } as MatchIndex), delta, shared.competence),
  };
}

type CompetenceTables = Pick<MatchIndex, 'competenceLabels' | 'competenceKinds' | 'competenceLanguageLevels'>;

const VACANCY_SIDE = new Set(['vacancy', 'vacancy+1', 'vacancy competence']);
const VACANCY_COLUMNS = Object.entries(INDEX_COLUMNS)
  .filter(([, spec]) => VACANCY_SIDE.has(spec.per))
  .map(([name]) => name);
const entryColumns = (per: string) =>
  Object.entries(INDEX_COLUMNS)
    .filter(([, spec]) => spec.per === per)
    .map(([name]) => name);
const C_ENTRIES = entryColumns('candidate competence');
const V_ENTRIES = entryColumns('vacancy competence');

/** An index pairing the candidates of `c` (every column not per vacancy) with the vacancies of `v`, in the same competence ids. */
function join(c: MatchIndex, v: MatchIndex, competence: CompetenceTables): MatchIndex {
  const out: Record<string, unknown> = { ...c, ...competence, vacancies: v.vacancies, vacancyById: v.vacancyById, vUnresolved: v.vUnresolved };
  for (const name of VACANCY_COLUMNS) out[name] = v[name as keyof MatchIndex];
  return out as unknown as MatchIndex;
}

// Per base index: normalised unresolved label → its competence id.
const unresolvedKeys = new WeakMap<MatchIndex, Map<string, number>>();

/**
 * Rewrites the delta's competence ids (in place: the delta index is private) into the base's: a vocabulary id is the
 * same in both; an unresolved label takes the base's id for the same normalised label, or a new one after the base's.
 * Returns the joined label tables, and the base postings extended to the new ids (empty lists).
 */
function remapCompetences(base: MatchIndex, dx: MatchIndex): { competence: CompetenceTables; postings: MatchIndex['postings'] } {
  const vs = base.vocabularySize;
  const own: CompetenceTables = { competenceLabels: base.competenceLabels, competenceKinds: base.competenceKinds, competenceLanguageLevels: base.competenceLanguageLevels };
  if (dx.competenceLabels.length === vs) return { competence: own, postings: base.postings };
  let keys = unresolvedKeys.get(base);
  if (keys === undefined) {
    keys = new Map();
    for (let id = vs; id < base.competenceLabels.length; id++) keys.set(normalizeLabel(base.competenceLabels[id]!), id);
    unresolvedKeys.set(base, keys);
  }
  const labels = [...base.competenceLabels];
  const map = new Int32Array(dx.competenceLabels.length);
  for (let id = 0; id < map.length; id++) {
    if (id < vs) {
      map[id] = id;
      continue;
    }
    const label = dx.competenceLabels[id]!;
    let to = keys.get(normalizeLabel(label));
    if (to === undefined) {
      to = labels.length;
      labels.push(label);
    }
    map[id] = to;
  }
  remapEntries(dx, dx.cCompOff, C_ENTRIES, 'cCompId', ['cCompId', 'cCompShown'], map);
  remapEntries(dx, dx.vCompOff, V_ENTRIES, 'vCompId', ['vCompId', 'vCompShown'], map);
  if (labels.length === base.competenceLabels.length) return { competence: own, postings: base.postings };
  const kinds = new Uint8Array(labels.length);
  kinds.set(base.competenceKinds);
  const levels = new Uint8Array(labels.length);
  levels.set(base.competenceLanguageLevels);
  const offsets = new Int32Array(labels.length + 1).fill(base.postings.offsets[base.postings.offsets.length - 1]!);
  offsets.set(base.postings.offsets);
  return { competence: { competenceLabels: labels, competenceKinds: kinds, competenceLanguageLevels: levels }, postings: { offsets, members: base.postings.members } };
}

/** Maps the id columns of each record's competence entries and re-sorts the entries by key where the order changed. */
function remapEntries(ix: MatchIndex, off: Int32Array, columns: readonly string[], key: string, ids: readonly string[], map: Int32Array): void {
  const col = (name: string) => ix[name as keyof MatchIndex] as unknown as Int32Array;
  for (const name of ids) {
    const a = col(name);
    for (let j = 0; j < a.length; j++) a[j] = map[a[j]!]!;
  }
  const keys = col(key);
  for (let r = 0; r + 1 < off.length; r++) {
    const from = off[r]!;
    const to = off[r + 1]!;
    let sorted = true;
    for (let j = from + 1; j < to && sorted; j++) sorted = keys[j - 1]! < keys[j]!;
    if (sorted) continue;
    const order = Array.from({ length: to - from }, (_, j) => from + j).sort((x, y) => keys[x]! - keys[y]!);
    for (const name of columns) {
      const a = col(name);
      const copy = Array.from(order, (j) => a[j]!);
      copy.forEach((value, j) => {
        a[from + j] = value;
      });
    }
  }
}

// ---- Queries over an overlay ----

interface Found {
  readonly delta: boolean;
  readonly i: number;
}

interface Ranked extends Found {
  readonly score: number;
  readonly id: string;
}

function findCandidate(src: MatcherSource, ov: Overlay, fn: string, id: string): Found {
  const d = ov.dx?.candidateById.get(id);
  if (d !== undefined) return { delta: true, i: d };
  const b = src.base.candidateById.get(id);
  if (b !== undefined && ov.keepC[b] === 1) return { delta: false, i: b };
  throw new RangeError(usage.unknownId(fn, 'candidate', id));
}

function findVacancy(src: MatcherSource, ov: Overlay, fn: string, id: string): Found {
  const d = ov.dx?.vacancyById.get(id);
  if (d !== undefined) return { delta: true, i: d };
  const b = src.base.vacancyById.get(id);
  if (b !== undefined && ov.keepV[b] === 1) return { delta: false, i: b };
  throw new RangeError(usage.unknownId(fn, 'vacancy', id));
}

/** The index that holds this candidate and this vacancy side by side. */
function pairIndex(src: MatcherSource, ov: Overlay, cDelta: boolean, vDelta: boolean): MatchIndex {
  if (cDelta) return (vDelta ? ov.dx : ov.dcbv)!;
  return vDelta ? ov.bcdv! : src.base;
}

/** Best first: score descending, then id ascending (code units), as TopK with id ranks. */
const better = (a: Ranked, b: Ranked): boolean => a.score > b.score || (a.score === b.score && a.id < b.id);
const byRank = (a: Ranked, b: Ranked): number => (better(a, b) ? -1 : better(b, a) ? 1 : 0);

/** The best `k` of two lists each already best first. */
function mergeTop(a: readonly Ranked[], b: readonly Ranked[], k: number): Ranked[] {
  const out: Ranked[] = [];
  let i = 0;
  let j = 0;
  while (out.length < k && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && better(a[i]!, b[j]!))) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

export function overlayScore(src: MatcherSource, ov: Overlay, candidateId: string, vacancyId: string): Match {
  const c = findCandidate(src, ov, 'score', candidateId);
  const v = findVacancy(src, ov, 'score', vacancyId);
  return explainPair(pairIndex(src, ov, c.delta, v.delta), c.i, v.i);
}

/** The pair's index and positions, for instruments. */
export function overlayPair(src: MatcherSource, ov: Overlay, fn: string, candidateId: string, vacancyId: string): { ix: MatchIndex; ci: number; vi: number } {
  const c = findCandidate(src, ov, fn, candidateId);
  const v = findVacancy(src, ov, fn, vacancyId);
  return { ix: pairIndex(src, ov, c.delta, v.delta), ci: c.i, vi: v.i };
}

export interface OverlayRankOptions {
  readonly limit?: number | undefined;
  readonly fallback?: FallbackPolicy | undefined;
  readonly minScore?: number | undefined;
  readonly perspectives?: readonly Perspective[] | undefined;
}

export function overlayRankCandidates(src: MatcherSource, ov: Overlay, vacancyId: string, options: OverlayRankOptions = {}): Match[] {
  const fn = 'rankCandidates';
  const { base } = src;
  const v = findVacancy(src, ov, fn, vacancyId);
  const spec = resolveRankSpec(fn, base.config.suitableScore, options);
  const { limit, policy, minScore } = spec;
  const perspectives = (options as OverlayRankOptions).perspectives;
  const mask = perspectiveMask(fn, base, perspectives);
  let keep = ov.keepBase;
  if (mask !== undefined) {
    keep = ov.keepBase === undefined ? mask : ov.keeps.get(mask);
    if (keep === undefined) {
      keep = mask.map((m, i) => m & ov.keepC[i]!);
      ov.keeps.set(mask, keep);
    }
  }
  const vix = v.delta ? ov.bcdv! : base;
  const ranker = new VacancyRanker(vix, { ...spec, keep });
  const extra: Ranked[][] = [[], [], []];
  const dx = ov.dx;
  if (dx !== undefined && limit > 0) {
    const dmask = perspectiveMask(fn, dx, perspectives);
    const dix = v.delta ? dx : ov.dcbv!;
    const row = vix.vMuni[v.i]! * MUNICIPALITY_COUNT;
    for (let ci = 0; ci < dx.candidates.length; ci++) {
      if (dmask !== undefined && dmask[ci] !== 1) continue;
      const tier = base.tiers[row + dx.cMuni[ci]!]!;
      if (tier === OUTSIDE) continue;
      const score = scorePair(dix, ci, v.i);
      if (score >= minScore) extra[tier]!.push({ delta: true, i: ci, score, id: dx.candidates[ci]!.id });
    }
    for (const list of extra) list.sort(byRank);
  }
  const out: Ranked[] = [];
  const sizes = [0, 0, 0];
  for (let tier = 0; tier < 3; tier++) {
    let k = limit;
    if (tier > 0) {
      if (policy === 'off') break;
      const before = sizes[0]! + (tier === 2 ? sizes[1]! : 0);
      if (policy === 'when-none' ? before > 0 : before >= limit) continue;
      k = limit - before;
    }
    if (k === 0) continue;
    const fromBase = ranker.rankTier(v.i, tier, k).map((e): Ranked => ({ delta: false, i: e.candidate, score: e.score, id: vix.candidates[e.candidate]!.id }));
    const merged = mergeTop(fromBase, extra[tier]!, k);
    sizes[tier] = merged.length;
    out.push(...merged);
  }
  return out.map((r) => explainPair(pairIndex(src, ov, r.delta, v.delta), r.i, v.i));
}

export function overlayRankVacancies(src: MatcherSource, ov: Overlay, candidateId: string, options?: { readonly limit?: number | undefined; readonly minScore?: number | undefined }): Match[] {
  const fn = 'rankVacancies';
  const { base } = src;
  const c = findCandidate(src, ov, fn, candidateId);
  const o = rankOptions(fn, options);
  const limit = o.limit ?? 10;
  const minScore = o.minScore ?? base.config.suitableScore;
  checkLimit(fn, limit);
  checkMinScore(fn, minScore);
  const cix = c.delta ? ov.dcbv! : base;
  const cm = cix.cMuni[c.i]!;
  const heap = new TopK(Math.min(limit, base.vacancies.length), base.vIdRank);
  const { keepV } = ov;
  for (let vi = 0; vi < base.vacancies.length; vi++) {
    if (keepV[vi] !== 1 || base.tiers[base.vMuni[vi]! * MUNICIPALITY_COUNT + cm] === OUTSIDE) continue;
    const s = scorePair(cix, c.i, vi);
    if (s >= minScore) heap.push(vi, s);
  }
  const fromBase = heap.sorted().map(({ item, score }): Ranked => ({ delta: false, i: item, score, id: base.vacancies[item]!.id }));
  const extra: Ranked[] = [];
  const dx = ov.dx;
  if (dx !== undefined && limit > 0) {
    const dix = c.delta ? dx : ov.bcdv!;
    for (let vi = 0; vi < dx.vacancies.length; vi++) {
      if (base.tiers[dx.vMuni[vi]! * MUNICIPALITY_COUNT + cm] === OUTSIDE) continue;
      const score = scorePair(dix, c.i, vi);
      if (score >= minScore) extra.push({ delta: true, i: vi, score, id: dx.vacancies[vi]!.id });
    }
    extra.sort(byRank);
  }
  return mergeTop(fromBase, extra, limit).map((r) => explainPair(pairIndex(src, ov, c.delta, r.delta), c.i, r.i));
}
