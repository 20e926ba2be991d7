import { FACTORS, TRAVEL_MODEL, type Factor, type ResolvedConfig, type TravelModeModel } from '../schema/config.js';
import { buildCandidateBlocks, buildCandidateGrid, type CandidateBlocks } from './grid.js';
import { buildPostings, type CompetencePostings } from './postings.js';
import type { MatchIssue } from '../basics/errors.js';
import { buildVocabulary, languageLevel, type Vocabulary, type VocabularyOverride } from '../competence/resolve.js';
import { MUNICIPALITIES, withinMunicipalityKm, type Municipality } from '../region/municipalities.js';
import { SECTORS, type Sector } from '../basics/sectors.js';
import { TRAVEL_MODES, type Candidate, type TravelMode, type Vacancy } from '../schema/records.js';
import { TRANSVERSAL_WEIGHT } from '../score/competence.js';
import {
  allocateColumns,
  candidateScoringColumnNames,
  column,
  permuteCandidateColumns,
  scoringColumnNames,
  type CandidateBasis,
  type ColumnArrays,
  type ColumnsPer,
  type IndexArray,
  type ScoringColumns,
} from '../score/columns.js';
import { FACTOR_COLUMNS, type FactorColumns } from '../score/registry.js';
import { normalizeLabel } from '../basics/text.js';
import type { IdIndex, LoadedInput } from './load.js';
import { IdTable, type IdLookup } from './id-table.js';
import { usage } from '../basics/messages/en.js';

/** Tier codes in typed arrays: 0 home, 1 fallback, 2 region, 3 outside. */
export const TIERS = ['home', 'fallback', 'region', 'outside'] as const;
export type TierOrOutside = (typeof TIERS)[number];
/** Where the candidate lives relative to the vacancy: its municipality, a configured fallback, or the same labour-market region. */
export type Tier = Exclude<TierOrOutside, 'outside'>;
export const OUTSIDE = 3;

/** How each distinct competence label of the input was understood. */
export interface CompetenceLoadReport {
  /** Entries in the vocabulary (built-in plus configured). */
  readonly vocabularySize: number;
  readonly distinctLabels: number;
  /** Labels resolved only through an edit distance: worth a look. */
  readonly bySpelling: readonly { readonly label: string; readonly resolvedTo: string; readonly distance: number }[];
  /** Labels that resolve to nothing: they only match the same label written the same way. */
  readonly unresolved: readonly { readonly label: string; readonly occurrences: number; readonly ambiguous?: readonly string[] }[];
  /** Built-in labels and synonyms that `config.vocabulary` took over: `label` now means `user`, no longer `builtin`. */
  readonly overrides: readonly VocabularyOverride[];
}

/** What createMatcher understood of its input; nothing is dropped silently. */
export interface LoadReport {
  readonly candidates: number;
  readonly vacancies: number;
  readonly competences: CompetenceLoadReport;
  /** Candidates with an empty competence list: they can only match vacancies that ask for nothing. */
  readonly candidatesWithoutCompetences: readonly string[];
  /** Candidates marked exempt (ontheffing): never matched. */
  readonly exemptCandidates: readonly string[];
}

/** The config fields the pair loop reads. */
export type ScoringConfig = Pick<ResolvedConfig, 'travelTime' | 'jobCarvingPenalty' | 'suitableScore'>;

/** The index's own columns; each factor declares the columns it reads (FACTOR_COLUMNS). */
const ENGINE_COLUMNS = {
  /** Index into MUNICIPALITIES. */
  cMuni: column('int16', 'candidate'),
  /** Rank of the id in code-unit order: ties in a ranking break on it. */
  cIdRank: column('int32', 'candidate'),
  vMuni: column('int16', 'vacancy'),
  vIdRank: column('int32', 'vacancy', 'explain'),
  /** vacancy municipality × candidate municipality → tier code. */
  tiers: column('int8', 'municipality^2'),
};

type IndexColumns = typeof ENGINE_COLUMNS & FactorColumns;
/** Every typed-array column of the index, declared once: the index type, its allocation and the worker copy derive from it. */
export const INDEX_COLUMNS: IndexColumns = { ...ENGINE_COLUMNS, ...FACTOR_COLUMNS };
const SCORING_COLUMNS = scoringColumnNames(INDEX_COLUMNS);
const CANDIDATE_SCORING_COLUMNS = candidateScoringColumnNames(INDEX_COLUMNS);

/** The candidate columns the pair kernel reads. */
export type CandidateScoringColumns = ColumnArrays<ScoringColumns<ColumnsPer<IndexColumns, CandidateBasis>>>;

/**
 * The part of the index that scoring and ranking read: typed arrays and a few numbers only, so it can be
 * shared with worker threads (werkmatch/node) without the records.
 */
export interface ScoringIndex extends ColumnArrays<ScoringColumns<IndexColumns>> {
  readonly config: ScoringConfig;
  readonly weights: Float64Array;
  readonly travelModel: readonly TravelModeModel[];
  /** Candidates that can ever match, per competence, for vacancies that require one (candidate indexes; blocks.postings has them as scan positions). */
  readonly postings: CompetencePostings;
  /** The same candidates laid out for ranking and enumeration: by municipality, cell and reach (scan positions). */
  readonly blocks: CandidateBlocks;
  /** The candidate columns the kernel reads, in scan order: candidate `blocks.order[k]` is entry k. */
  readonly scanColumns: CandidateScoringColumns;
}

/** The compiled, data-oriented form of the input: the pair loop reads only typed arrays. */
export interface MatchIndex extends ScoringIndex, ColumnArrays<IndexColumns> {
  readonly config: ResolvedConfig;
  readonly candidates: readonly Candidate[];
  readonly vacancies: readonly Vacancy[];
  readonly candidateById: IdLookup;
  readonly vacancyById: IdLookup;
  /** Competence id → label shown to people (vocabulary label, or the input text when unresolved). */
  readonly competenceLabels: readonly string[];
  /** Competence id → 1 for a transversal competence, 0 for an occupational one (and for an unresolved label). */
  readonly competenceKinds: Uint8Array;
  /** Competence id → Dutch language level (languageLevel: 1 A1 … 7 moedertaal), 0 for any other competence. */
  readonly competenceLanguageLevels: Uint8Array;
  readonly vocabularySize: number;
  readonly cUnresolved: readonly (readonly string[])[];
  readonly vUnresolved: readonly (readonly string[])[];
  readonly report: LoadReport;
}

export const MUNICIPALITY_COUNT = MUNICIPALITIES.length;
const M = MUNICIPALITY_COUNT;
const RAD = Math.PI / 180;
const NSECTORS = SECTORS.length;
const NO_LABELS: readonly string[] = Object.freeze([]);

/** Fills `rank` with each record's id rank in code-unit order. */
function idRanks(rank: Int32Array, records: readonly { readonly id: string }[]): void {
  const ids = records.map((r) => r.id);
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  order.forEach((i, r) => {
    rank[i] = r;
  });
}

/** Id → index of `records`: the loader's map when it was built for this very list. */
function idMap(ids: IdIndex | undefined, records: readonly { readonly id: string }[]): IdLookup {
  if (ids !== undefined && ids.of === records) return ids.byId;
  return IdTable.of(records.map((r) => r.id));
}

/** Builds the index: resolves every distinct competence label once, lays records out in typed arrays. */
export function compileIndex(loaded: LoadedInput, issues: MatchIssue[]): MatchIndex | undefined {
  const { config, candidates, vacancies } = loaded;
  const vocabulary = buildVocabulary(config.vocabulary, issues, { builtin: config.builtinVocabulary });
  if (issues.length > 0) return undefined;

  const labels = [...vocabulary.labels];
  const resolver = labelResolver(vocabulary, labels);
  const vocabularySize = vocabulary.ids.length;
  const competenceKinds = Uint8Array.from(labels, (_, id) => (vocabulary.kinds[id] === 'transversal' ? 1 : 0));
  const competenceLanguageLevels = Uint8Array.from(labels, (_, id) => (id < vocabularySize ? (languageLevel(vocabulary.ids[id]!) ?? 0) : 0));
  // Every Dutch language level shares one merge-join key, so a candidate's level meets the vacancy's by comparison.
  const dutchKey = competenceLanguageLevels.findIndex((level) => level > 0);
  const keyOf = (id: number): number => (competenceLanguageLevels[id]! > 0 ? dutchKey : id);

  // Two records without a location in one municipality are this far apart (an estimate, never 0).
  const withinKm = withinMunicipalityKm(loaded.referencePoints);
  const refPoint = (m: Municipality): { readonly lat: number; readonly lon: number } => loaded.referencePoints.get(m.index) ?? m;
  const nC = candidates.length;
  const candidateColumns = allocateColumns(INDEX_COLUMNS, ['candidate', 'candidate+1', 'candidate*sector'], { candidates: nC });
  const { cMuni, cLat, cLon, cCosLat, cRefMuni, cRefKm, cAtMuni, cStep, cExempt, cHoursMin, cHoursMax, cMaxMinutes, cModes, cSectorFit, cCompOff } = candidateColumns;
  // Entry columns sized for every listed competence (duplicates merge, so the real count can only be smaller).
  let listed = 0;
  for (let i = 0; i < nC; i++) listed += candidates[i]!.competences.length;
  const candidateEntries = allocateColumns(INDEX_COLUMNS, ['candidate competence'], { candidateCompetences: listed });
  const cIds = candidateEntries.cCompId;
  const cLevels = candidateEntries.cCompLevel;
  const cShown = candidateEntries.cCompShown;
  let entries = 0;
  const cUnresolved: (readonly string[])[] = [];
  // The duplicate-id check of loadInput already mapped every id to its index (when these are the records it read).
  const candidateById = idMap(loaded.candidateIds, candidates);
  const withoutCompetences: string[] = [];
  const exempt: string[] = [];

  const modeBit = new Map<string, number>(TRAVEL_MODES.map((mode, b) => [mode, 1 << b]));
  const sectorIndex = new Map<string, number>(SECTORS.map((s, k) => [s, k]));
  for (let i = 0; i < nC; i++) {
    const c = candidates[i]!;
    const m = loaded.candidateMunicipalities[i]!;
    cMuni[i] = m.index;
    cRefMuni[i] = c.location ? -1 : m.index;
    cRefKm[i] = c.location ? 0 : withinKm[m.index]!;
    cAtMuni[i] = c.location ? m.index : -1;
    const at = c.location ?? refPoint(m);
    const lat = at.lat;
    cLat[i] = lat;
    cLon[i] = at.lon;
    cCosLat[i] = Math.cos(lat * RAD);
    cStep[i] = c.ladderStep;
    cExempt[i] = c.exempt ? 1 : 0;
    if (c.exempt) exempt.push(c.id);
    cHoursMin[i] = c.hours.min;
    cHoursMax[i] = c.hours.max;
    cMaxMinutes[i] = c.travel.maxMinutes;
    let bits = 0;
    for (const mode of c.travel.modes) bits |= modeBit.get(mode)!;
    cModes[i] = bits;
    const row = i * NSECTORS;
    if (!c.sectors) cSectorFit.fill(4, row, row + NSECTORS);
    else {
      const { experience, preferred, excluded } = c.sectors;
      if (experience) for (const s of experience) cSectorFit[row + sectorIndex.get(s)!] = 1;
      if (preferred) for (const s of preferred) cSectorFit[row + sectorIndex.get(s)!] = 2;
      if (excluded) for (const s of excluded) cSectorFit[row + sectorIndex.get(s)!] = 3;
    }
    // One entry per competence id, the highest level wins; sorted by id for the merge join. Built in place in the
    // entry columns from `first` (records hold a handful, so a linear dedupe and an insertion sort beat a Map).
    const first = entries;
    let unresolved: string[] | undefined;
    for (const comp of c.competences) {
      const label = typeof comp === 'string' ? comp : comp.label;
      const shown = resolver.id(label);
      if (shown >= vocabularySize) {
        unresolved ??= [];
        unresolved.push(labels[shown]!);
      }
      // A language entry's level is its CEFR level; another's the stated one, 0 where none is given.
      const level = competenceLanguageLevels[shown]! || (typeof comp === 'string' ? 0 : (comp.level ?? 0));
      const id = keyOf(shown);
      let at = first;
      while (at < entries && cIds[at] !== id) at++;
      if (at < entries) {
        if (level > cLevels[at]!) {
          cLevels[at] = level;
          cShown[at] = shown;
        }
        continue;
      }
      let k = entries++;
      while (k > first && cIds[k - 1]! > id) {
        cIds[k] = cIds[k - 1]!;
        cLevels[k] = cLevels[k - 1]!;
        cShown[k] = cShown[k - 1]!;
        k--;
      }
      cIds[k] = id;
      cLevels[k] = level;
      cShown[k] = shown;
    }
    if (c.competences.length === 0) withoutCompetences.push(c.id);
    cCompOff[i + 1] = entries;
    cUnresolved.push(unresolved ?? NO_LABELS);
  }

  const nV = vacancies.length;
  const vacancyColumns = allocateColumns(INDEX_COLUMNS, ['vacancy', 'vacancy+1', 'municipality^2'], { vacancies: nV });
  const { vMuni, vLat, vLon, vCosLat, vRefMuni, vRefKm, vAtMuni, vSector, vShortage, vMinStep, vSupport, vCarving, vHoursMin, vHoursMax, vCompOff, vAskedWeight, vRequiredWeight } = vacancyColumns;
  const vIds: number[] = [];
  const vWeights: number[] = [];
  const vRequired: number[] = [];
  const vLevels: number[] = [];
  const vLanguage: number[] = [];
  const vShown: number[] = [];
  const vOrder: number[] = [];
  const vUnresolved: string[][] = [];
  const vacancyById = idMap(loaded.vacancyIds, vacancies);
  const shortage = new Set<Sector>(config.shortageSectors);

  vacancies.forEach((v, i) => {
    const m = loaded.vacancyMunicipalities[i]!;
    vMuni[i] = m.index;
    const at = v.location ?? refPoint(m);
    vLat[i] = at.lat;
    vLon[i] = at.lon;
    vCosLat[i] = Math.cos(vLat[i]! * RAD);
    vRefMuni[i] = v.location ? -1 : m.index;
    vRefKm[i] = v.location ? 0 : withinKm[m.index]!;
    vAtMuni[i] = v.location ? m.index : -1;
    vSector[i] = SECTORS.indexOf(v.sector);
    vShortage[i] = shortage.has(v.sector) ? 1 : 0;
    vMinStep[i] = v.minLadderStep ?? 5;
    vSupport[i] = v.support?.jobCoach || v.support?.wageSubsidy ? 1 : 0;
    vCarving[i] = v.support?.jobCarving ? 1 : 0;
    vHoursMin[i] = v.hours.min;
    vHoursMax[i] = v.hours.max;
    // Duplicates of one competence merge: the highest weight and level, required if any copy is.
    const merged = new Map<number, { weight: number; required: boolean; level: number; shown: number; order: number }>();
    const unresolved: string[] = [];
    for (const comp of v.competences) {
      const label = typeof comp === 'string' ? comp : comp.label;
      const shown = resolver.id(label);
      if (shown >= vocabularySize) unresolved.push(labels[shown]!);
      const weight = (typeof comp === 'string' ? undefined : comp.weight) ?? (competenceKinds[shown] === 1 ? TRANSVERSAL_WEIGHT : 1);
      const required = typeof comp === 'string' ? false : (comp.required ?? false);
      const level = competenceLanguageLevels[shown]! || (typeof comp === 'string' ? 0 : (comp.level ?? 0));
      const id = keyOf(shown);
      const prev = merged.get(id);
      const higher = prev === undefined || level > prev.level;
      merged.set(id, {
        weight: Math.max(prev?.weight ?? 0, weight),
        required: (prev?.required ?? false) || required,
        level: higher ? level : prev.level,
        shown: higher ? shown : prev.shown,
        order: prev?.order ?? merged.size,
      });
    }
    let asked = 0;
    let req = 0;
    for (const id of [...merged.keys()].sort((a, b) => a - b)) {
      const { weight, required, level, shown, order } = merged.get(id)!;
      vIds.push(id);
      vWeights.push(weight);
      vRequired.push(required ? 1 : 0);
      vLevels.push(level);
      vLanguage.push(id === dutchKey ? 1 : 0);
      vShown.push(shown);
      vOrder.push(order);
      asked += weight;
      if (required) req += weight;
    }
    vAskedWeight[i] = asked;
    vRequiredWeight[i] = req;
    vCompOff[i + 1] = vIds.length;
    vUnresolved.push(unresolved);
  });

  const trimmed = <A extends Int8Array | Int32Array>(a: A): A => (entries === listed ? a : (a.slice(0, entries) as A));
  const cCompId = trimmed(cIds);
  const cCompLevel = trimmed(cLevels);
  const cCompShown = trimmed(cShown);
  const entryColumns = { cCompId, cCompLevel, cCompShown, ...allocateColumns(INDEX_COLUMNS, ['vacancy competence'], { vacancyCompetences: vIds.length }) };
  entryColumns.vCompId.set(vIds);
  entryColumns.vCompWeight.set(vWeights);
  entryColumns.vCompRequired.set(vRequired);
  entryColumns.vCompLevel.set(vLevels);
  entryColumns.vCompLanguage.set(vLanguage);
  entryColumns.vCompShown.set(vShown);
  entryColumns.vCompOrder.set(vOrder);

  const travelModel = TRAVEL_MODES.map((mode: TravelMode) => TRAVEL_MODEL[mode]);
  const grid = buildCandidateGrid({ cLat, cLon, cStep, cExempt, cMaxMinutes, cModes }, config.travelTime === undefined ? travelModel : undefined);
  idRanks(candidateColumns.cIdRank, candidates);
  idRanks(vacancyColumns.vIdRank, vacancies);
  tierTable(loaded, vacancyColumns.tiers);
  const postings = buildPostings(labels.length, grid.members, cCompOff, cCompId);
  const blocks = buildCandidateBlocks(grid, { cMuni, cLat, cLon, cCompOff, cCompId, tiers: vacancyColumns.tiers }, M, postings.offsets);
  const scanColumns = permuteCandidateColumns(INDEX_COLUMNS, { ...candidateColumns, ...entryColumns } as ColumnArrays<IndexColumns>, CANDIDATE_SCORING_COLUMNS, blocks.order);
  return {
    config,
    postings,
    blocks,
    scanColumns,
    weights: Float64Array.from(FACTORS, (f: Factor) => config.weights[f]),
    candidates,
    vacancies,
    candidateById,
    vacancyById,
    competenceLabels: labels,
    competenceKinds,
    competenceLanguageLevels,
    vocabularySize: vocabulary.ids.length,
    ...candidateColumns,
    ...vacancyColumns,
    ...entryColumns,
    cUnresolved,
    vUnresolved,
    travelModel,
    report: {
      candidates: nC,
      vacancies: nV,
      competences: resolver.report(vocabulary.ids.length),
      candidatesWithoutCompetences: withoutCompetences,
      exemptCandidates: exempt,
    },
  };
}

/** Fills the vacancy municipality × candidate municipality table of tier codes. */
function tierTable(loaded: LoadedInput, tiers: Int8Array): void {
  tiers.fill(OUTSIDE);
  for (let v = 0; v < M; v++) {
    const row = v * M;
    if (loaded.config.regionTier) {
      const region = MUNICIPALITIES[v]!.regionCode;
      for (let c = 0; c < M; c++) if (MUNICIPALITIES[c]!.regionCode === region) tiers[row + c] = 2;
    }
    for (const c of loaded.fallbacks.get(v) ?? []) tiers[row + c] = 1;
    tiers[row + v] = 0;
  }
}

/** Resolves each distinct label once; unresolved labels get their own ids so equal spellings still meet. */
function labelResolver(vocabulary: Vocabulary, labels: string[]) {
  const cache = new Map<string, number>();
  const unresolvedIds = new Map<string, number>();
  // Occurrences of the unresolved labels only (the report counts nothing else), by id − known.
  const known = labels.length;
  const counts: number[] = [];
  const bySpelling: { label: string; resolvedTo: string; distance: number }[] = [];
  const unresolved = new Map<number, { label: string; ambiguous?: readonly string[] }>();
  return {
    id(label: string): number {
      let id = cache.get(label);
      if (id === undefined) {
        const r = vocabulary.resolve(label);
        if (r.kind === 'unresolved') {
          const key = normalizeLabel(label);
          id = unresolvedIds.get(key);
          if (id === undefined) {
            id = labels.length;
            labels.push(label.trim());
            counts.push(0);
            unresolvedIds.set(key, id);
            unresolved.set(id, r.ambiguous ? { label: label.trim(), ambiguous: r.ambiguous } : { label: label.trim() });
          }
        } else {
          id = r.index;
          if (r.kind === 'spelling') bySpelling.push({ label, resolvedTo: vocabulary.labels[r.index]!, distance: r.distance });
        }
        cache.set(label, id);
      }
      if (id >= known) counts[id - known]!++;
      return id;
    },
    report(vocabularySize: number): CompetenceLoadReport {
      return {
        vocabularySize,
        distinctLabels: cache.size,
        bySpelling: bySpelling.sort((a, b) => (a.label < b.label ? -1 : 1)),
        unresolved: [...unresolved.entries()].map(([id, u]) => ({ ...u, occurrences: counts[id - known] ?? 0 })).sort((a, b) => b.occurrences - a.occurrences || (a.label < b.label ? -1 : 1)),
        overrides: vocabulary.overrides,
      };
    },
  };
}

/**
 * The scoring part of an index with every typed array passed through `copy` (e.g. into a SharedArrayBuffer
 * for worker threads): the declared scoring columns, the weights, the postings and the blocks.
 * Throws TypeError for a custom travelTime, which can not leave its thread.
 */
export function mapScoringIndex(ix: ScoringIndex, copy: <T extends IndexArray>(array: T) => T): ScoringIndex {
  if (ix.config.travelTime !== undefined) throw new TypeError(usage.customTravelTime(undefined));
  const columns: Record<string, IndexArray> = {};
  for (const name of SCORING_COLUMNS) columns[name] = copy(ix[name]);
  return {
    ...(columns as ColumnArrays<ScoringColumns<IndexColumns>>),
    config: { travelTime: undefined, jobCarvingPenalty: ix.config.jobCarvingPenalty, suitableScore: ix.config.suitableScore },
    weights: copy(ix.weights),
    travelModel: ix.travelModel.map((m) => ({ detour: m.detour, kmPerHour: m.kmPerHour, overheadMinutes: m.overheadMinutes })),
    postings: mapArrays(ix.postings, copy),
    blocks: mapArrays(ix.blocks, copy),
    scanColumns: mapArrays(ix.scanColumns, copy),
  };
}

/** `o` with each typed-array field passed through `copy` (in nested plain objects too), the other fields as they are. */
function mapArrays<T extends object>(o: T, copy: <A extends IndexArray>(array: A) => A): T {
  const map = (value: unknown): unknown =>
    ArrayBuffer.isView(value) ? copy(value as IndexArray) : typeof value === 'object' && value !== null && !Array.isArray(value) ? mapArrays(value, copy) : value;
  return Object.fromEntries(Object.entries(o).map(([key, value]) => [key, map(value)])) as T;
}
