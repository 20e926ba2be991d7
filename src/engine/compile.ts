import { FACTORS, TRAVEL_MODEL, type Factor, type ResolvedConfig, type TravelModeModel } from '../schema/config.js';
import { buildCandidateGrid, type CandidateGrid } from './grid.js';
import { buildPostings, type CompetencePostings } from './postings.js';
import type { MatchIssue } from '../basics/errors.js';
import { buildVocabulary, type Vocabulary } from '../competence/resolve.js';
import { MUNICIPALITIES } from '../region/municipalities.js';
import { SECTORS, type Sector } from '../basics/sectors.js';
import { TRAVEL_MODES, type Candidate, type TravelMode, type Vacancy } from '../schema/records.js';
import { DEFAULT_LEVEL, LEVEL_CREDIT } from '../score/competence.js';
import { normalizeLabel } from '../basics/text.js';
import type { LoadedInput } from './load.js';

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

/**
 * The part of the index that scoring and ranking read: typed arrays and a few numbers only, so it can be
 * shared with worker threads (werkmatch/node) without the records.
 */
export interface ScoringIndex {
  readonly config: ScoringConfig;
  readonly weights: Float64Array;
  readonly travelModel: readonly TravelModeModel[];

  readonly cMuni: Int16Array;
  readonly cLat: Float64Array;
  readonly cLon: Float64Array;
  readonly cCosLat: Float64Array;
  readonly cStep: Int8Array;
  readonly cExempt: Uint8Array;
  readonly cHoursMin: Float64Array;
  readonly cHoursMax: Float64Array;
  readonly cMaxMinutes: Float64Array;
  /** Bit i set: TRAVEL_MODES[i] allowed. */
  readonly cModes: Uint8Array;
  /** CSR: candidate i's competence ids (ascending) sit at cCompOff[i]..cCompOff[i+1]. */
  readonly cCompOff: Int32Array;
  readonly cCompId: Int32Array;
  readonly cCompCredit: Float64Array;
  /** candidate × 17 sectors: index into SECTOR_FIT_CODES (0 neutral, 1 experience, 2 preferred, 3 excluded, 4 unknown). */
  readonly cSectorFit: Uint8Array;
  /** Rank of the id in code-unit order: ties in a ranking break on it. */
  readonly cIdRank: Int32Array;

  readonly vMuni: Int16Array;
  readonly vLat: Float64Array;
  readonly vLon: Float64Array;
  readonly vCosLat: Float64Array;
  readonly vSector: Int8Array;
  readonly vShortage: Uint8Array;
  readonly vMinStep: Int8Array;
  readonly vSupport: Uint8Array;
  readonly vCarving: Uint8Array;
  readonly vHoursMin: Float64Array;
  readonly vHoursMax: Float64Array;
  readonly vCompOff: Int32Array;
  readonly vCompId: Int32Array;
  readonly vCompWeight: Float64Array;
  readonly vCompRequired: Uint8Array;
  readonly vAskedWeight: Float64Array;
  readonly vRequiredWeight: Float64Array;

  /** vacancy municipality × candidate municipality → tier code. */
  readonly tiers: Int8Array;
  /** Candidates that can ever match, bucketed by place for travel blocking. */
  readonly grid: CandidateGrid;
  /** The same candidates per competence, for vacancies that require one. */
  readonly postings: CompetencePostings;
}

/** The compiled, data-oriented form of the input: the pair loop reads only typed arrays. */
export interface MatchIndex extends ScoringIndex {
  readonly config: ResolvedConfig;
  readonly candidates: readonly Candidate[];
  readonly vacancies: readonly Vacancy[];
  readonly candidateById: ReadonlyMap<string, number>;
  readonly vacancyById: ReadonlyMap<string, number>;
  /** Competence id → label shown to people (vocabulary label, or the input text when unresolved). */
  readonly competenceLabels: readonly string[];
  readonly vocabularySize: number;
  readonly cHasLocation: Uint8Array;
  readonly cCompLevel: Int8Array;
  readonly cUnresolved: readonly (readonly string[])[];
  readonly vUnresolved: readonly (readonly string[])[];
  readonly vIdRank: Int32Array;
  readonly report: LoadReport;
}

export const MUNICIPALITY_COUNT = MUNICIPALITIES.length;
const M = MUNICIPALITY_COUNT;
const RAD = Math.PI / 180;
const NSECTORS = SECTORS.length;
const NO_LABELS: readonly string[] = Object.freeze([]);

function idRanks(ids: readonly string[]): Int32Array {
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  const rank = new Int32Array(ids.length);
  order.forEach((i, r) => {
    rank[i] = r;
  });
  return rank;
}

/** Builds the index: resolves every distinct competence label once, lays records out in typed arrays. */
export function compileIndex(loaded: LoadedInput, issues: MatchIssue[]): MatchIndex | undefined {
  const { config, candidates, vacancies } = loaded;
  const vocabulary = buildVocabulary(config.vocabulary, issues);
  if (issues.length > 0) return undefined;

  const labels = [...vocabulary.labels];
  const resolver = labelResolver(vocabulary, labels);
  const vocabularySize = vocabulary.ids.length;

  const nC = candidates.length;
  const cMuni = new Int16Array(nC);
  const cLat = new Float64Array(nC);
  const cLon = new Float64Array(nC);
  const cCosLat = new Float64Array(nC);
  const cHasLocation = new Uint8Array(nC);
  const cStep = new Int8Array(nC);
  const cExempt = new Uint8Array(nC);
  const cHoursMin = new Float64Array(nC);
  const cHoursMax = new Float64Array(nC);
  const cMaxMinutes = new Float64Array(nC);
  const cModes = new Uint8Array(nC);
  const cSectorFit = new Uint8Array(nC * NSECTORS);
  const cCompOff = new Int32Array(nC + 1);
  const cIds = new GrowableInt32(nC * 4);
  const cLevels = new GrowableInt32(nC * 4);
  const cUnresolved: (readonly string[])[] = [];
  const candidateById = new Map<string, number>();
  const withoutCompetences: string[] = [];
  const exempt: string[] = [];

  const modeBit = new Map<string, number>(TRAVEL_MODES.map((mode, b) => [mode, 1 << b]));
  const sectorIndex = new Map<string, number>(SECTORS.map((s, k) => [s, k]));
  // Scratch for one record's competences: records hold a handful, so a linear dedupe beats a Map.
  const scratchIds: number[] = [];
  const scratchLevels: number[] = [];
  for (let i = 0; i < nC; i++) {
    const c = candidates[i]!;
    candidateById.set(c.id, i);
    const m = loaded.candidateMunicipalities[i]!;
    cMuni[i] = m.index;
    cHasLocation[i] = c.location ? 1 : 0;
    const lat = c.location?.lat ?? m.lat;
    cLat[i] = lat;
    cLon[i] = c.location?.lon ?? m.lon;
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
      for (const s of c.sectors.experience ?? []) cSectorFit[row + sectorIndex.get(s)!] = 1;
      for (const s of c.sectors.preferred ?? []) cSectorFit[row + sectorIndex.get(s)!] = 2;
      for (const s of c.sectors.excluded ?? []) cSectorFit[row + sectorIndex.get(s)!] = 3;
    }
    // One entry per competence id, the highest level wins; sorted by id for the merge join.
    scratchIds.length = 0;
    scratchLevels.length = 0;
    let unresolved: string[] | undefined;
    for (const comp of c.competences) {
      const label = typeof comp === 'string' ? comp : comp.label;
      const level = typeof comp === 'string' ? DEFAULT_LEVEL : (comp.level ?? DEFAULT_LEVEL);
      const id = resolver.id(label);
      if (id >= vocabularySize) {
        unresolved ??= [];
        unresolved.push(labels[id]!);
      }
      let k = scratchIds.length;
      const at = scratchIds.indexOf(id);
      if (at >= 0) {
        if (level > scratchLevels[at]!) scratchLevels[at] = level;
        continue;
      }
      while (k > 0 && scratchIds[k - 1]! > id) {
        scratchIds[k] = scratchIds[k - 1]!;
        scratchLevels[k] = scratchLevels[k - 1]!;
        k--;
      }
      scratchIds[k] = id;
      scratchLevels[k] = level;
    }
    if (c.competences.length === 0) withoutCompetences.push(c.id);
    for (let k = 0; k < scratchIds.length; k++) {
      cIds.push(scratchIds[k]!);
      cLevels.push(scratchLevels[k]!);
    }
    cCompOff[i + 1] = cIds.length;
    cUnresolved.push(unresolved ?? NO_LABELS);
  }

  const nV = vacancies.length;
  const vMuni = new Int16Array(nV);
  const vLat = new Float64Array(nV);
  const vLon = new Float64Array(nV);
  const vCosLat = new Float64Array(nV);
  const vSector = new Int8Array(nV);
  const vShortage = new Uint8Array(nV);
  const vMinStep = new Int8Array(nV);
  const vSupport = new Uint8Array(nV);
  const vCarving = new Uint8Array(nV);
  const vHoursMin = new Float64Array(nV);
  const vHoursMax = new Float64Array(nV);
  const vCompOff = new Int32Array(nV + 1);
  const vAskedWeight = new Float64Array(nV);
  const vRequiredWeight = new Float64Array(nV);
  const vIds: number[] = [];
  const vWeights: number[] = [];
  const vRequired: number[] = [];
  const vUnresolved: string[][] = [];
  const vacancyById = new Map<string, number>();
  const shortage = new Set<Sector>(config.shortageSectors);

  vacancies.forEach((v, i) => {
    vacancyById.set(v.id, i);
    const m = loaded.vacancyMunicipalities[i]!;
    vMuni[i] = m.index;
    vLat[i] = v.location?.lat ?? m.lat;
    vLon[i] = v.location?.lon ?? m.lon;
    vCosLat[i] = Math.cos(vLat[i]! * RAD);
    vSector[i] = SECTORS.indexOf(v.sector);
    vShortage[i] = shortage.has(v.sector) ? 1 : 0;
    vMinStep[i] = v.minLadderStep ?? 5;
    vSupport[i] = v.support?.jobCoach || v.support?.wageSubsidy ? 1 : 0;
    vCarving[i] = v.support?.jobCarving ? 1 : 0;
    vHoursMin[i] = v.hours.min;
    vHoursMax[i] = v.hours.max;
    // Duplicates of one competence merge: the highest weight, required if any copy is.
    const merged = new Map<number, { weight: number; required: boolean }>();
    const unresolved: string[] = [];
    for (const comp of v.competences) {
      const label = typeof comp === 'string' ? comp : comp.label;
      const weight = typeof comp === 'string' ? 1 : (comp.weight ?? 1);
      const required = typeof comp === 'string' ? false : (comp.required ?? false);
      const id = resolver.id(label);
      if (id >= vocabularySize) unresolved.push(labels[id]!);
      const prev = merged.get(id);
      merged.set(id, { weight: Math.max(prev?.weight ?? 0, weight), required: (prev?.required ?? false) || required });
    }
    let asked = 0;
    let req = 0;
    for (const id of [...merged.keys()].sort((a, b) => a - b)) {
      const { weight, required } = merged.get(id)!;
      vIds.push(id);
      vWeights.push(weight);
      vRequired.push(required ? 1 : 0);
      asked += weight;
      if (required) req += weight;
    }
    vAskedWeight[i] = asked;
    vRequiredWeight[i] = req;
    vCompOff[i + 1] = vIds.length;
    vUnresolved.push(unresolved);
  });

  const cCompLevel = Int8Array.from(cLevels.view());
  const cCompCredit = Float64Array.from(cLevels.view(), (l) => LEVEL_CREDIT[l as 1 | 2 | 3]);

  const travelModel = TRAVEL_MODES.map((mode: TravelMode) => TRAVEL_MODEL[mode]);
  const grid = buildCandidateGrid({ cLat, cLon, cStep, cExempt, cMaxMinutes, cModes }, config.travelTime === undefined ? travelModel : undefined);
  const cCompId = cIds.view().slice();
  const postings = buildPostings(labels.length, grid.members, cCompOff, cCompId);
  return {
    config,
    grid,
    postings,
    weights: Float64Array.from(FACTORS, (f: Factor) => config.weights[f]),
    candidates,
    vacancies,
    candidateById,
    vacancyById,
    competenceLabels: labels,
    vocabularySize: vocabulary.ids.length,
    cMuni,
    cLat,
    cLon,
    cCosLat,
    cHasLocation,
    cStep,
    cExempt,
    cHoursMin,
    cHoursMax,
    cMaxMinutes,
    cModes,
    cCompOff,
    cCompId,
    cCompLevel,
    cCompCredit,
    cSectorFit,
    cUnresolved,
    cIdRank: idRanks(candidates.map((c) => c.id)),
    vMuni,
    vLat,
    vLon,
    vCosLat,
    vSector,
    vShortage,
    vMinStep,
    vSupport,
    vCarving,
    vHoursMin,
    vHoursMax,
    vCompOff,
    vCompId: Int32Array.from(vIds),
    vCompWeight: Float64Array.from(vWeights),
    vCompRequired: Uint8Array.from(vRequired),
    vAskedWeight,
    vRequiredWeight,
    vUnresolved,
    vIdRank: idRanks(vacancies.map((v) => v.id)),
    tiers: tierTable(loaded),
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

/** An append-only Int32Array that doubles when full: no boxed numbers for millions of entries. */
class GrowableInt32 {
  private data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

function tierTable(loaded: LoadedInput): Int8Array {
  const tiers = new Int8Array(M * M).fill(OUTSIDE);
  for (let v = 0; v < M; v++) {
    const row = v * M;
    if (loaded.config.regionTier) {
      const region = MUNICIPALITIES[v]!.regionCode;
      for (let c = 0; c < M; c++) if (MUNICIPALITIES[c]!.regionCode === region) tiers[row + c] = 2;
    }
    for (const c of loaded.fallbacks.get(v) ?? []) tiers[row + c] = 1;
    tiers[row + v] = 0;
  }
  return tiers;
}

/** Resolves each distinct label once; unresolved labels get their own ids so equal spellings still meet. */
function labelResolver(vocabulary: Vocabulary, labels: string[]) {
  const cache = new Map<string, number>();
  const unresolvedIds = new Map<string, number>();
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
            unresolvedIds.set(key, id);
            unresolved.set(id, r.ambiguous ? { label: label.trim(), ambiguous: r.ambiguous } : { label: label.trim() });
          }
        } else {
          id = r.index;
          if (r.kind === 'spelling') bySpelling.push({ label, resolvedTo: vocabulary.labels[r.index]!, distance: r.distance });
        }
        cache.set(label, id);
      }
      counts[id] = (counts[id] ?? 0) + 1;
      return id;
    },
    report(vocabularySize: number): CompetenceLoadReport {
      return {
        vocabularySize,
        distinctLabels: cache.size,
        bySpelling: bySpelling.sort((a, b) => (a.label < b.label ? -1 : 1)),
        unresolved: [...unresolved.entries()].map(([id, u]) => ({ ...u, occurrences: counts[id] ?? 0 })).sort((a, b) => b.occurrences - a.occurrences || (a.label < b.label ? -1 : 1)),
      };
    },
  };
}

type IndexArray = Int8Array | Uint8Array | Int16Array | Int32Array | Float64Array;

/**
 * The scoring part of an index with every typed array passed through `copy` (e.g. into a SharedArrayBuffer
 * for worker threads). Throws TypeError for a custom travelTime, which can not leave its thread.
 */
export function mapScoringIndex(ix: ScoringIndex, copy: <T extends IndexArray>(array: T) => T): ScoringIndex {
  if (ix.config.travelTime !== undefined) throw new TypeError('a custom config.travelTime function can not be sent to another thread');
  const g = ix.grid;
  return {
    config: { travelTime: undefined, jobCarvingPenalty: ix.config.jobCarvingPenalty, suitableScore: ix.config.suitableScore },
    weights: copy(ix.weights),
    travelModel: ix.travelModel.map((m) => ({ detour: m.detour, kmPerHour: m.kmPerHour, overheadMinutes: m.overheadMinutes })),
    cMuni: copy(ix.cMuni),
    cLat: copy(ix.cLat),
    cLon: copy(ix.cLon),
    cCosLat: copy(ix.cCosLat),
    cStep: copy(ix.cStep),
    cExempt: copy(ix.cExempt),
    cHoursMin: copy(ix.cHoursMin),
    cHoursMax: copy(ix.cHoursMax),
    cMaxMinutes: copy(ix.cMaxMinutes),
    cModes: copy(ix.cModes),
    cCompOff: copy(ix.cCompOff),
    cCompId: copy(ix.cCompId),
    cCompCredit: copy(ix.cCompCredit),
    cSectorFit: copy(ix.cSectorFit),
    cIdRank: copy(ix.cIdRank),
    vMuni: copy(ix.vMuni),
    vLat: copy(ix.vLat),
    vLon: copy(ix.vLon),
    vCosLat: copy(ix.vCosLat),
    vSector: copy(ix.vSector),
    vShortage: copy(ix.vShortage),
    vMinStep: copy(ix.vMinStep),
    vSupport: copy(ix.vSupport),
    vCarving: copy(ix.vCarving),
    vHoursMin: copy(ix.vHoursMin),
    vHoursMax: copy(ix.vHoursMax),
    vCompOff: copy(ix.vCompOff),
    vCompId: copy(ix.vCompId),
    vCompWeight: copy(ix.vCompWeight),
    vCompRequired: copy(ix.vCompRequired),
    vAskedWeight: copy(ix.vAskedWeight),
    vRequiredWeight: copy(ix.vRequiredWeight),
    tiers: copy(ix.tiers),
    postings: { offsets: copy(ix.postings.offsets), members: copy(ix.postings.members) },
    grid: {
      ...g,
      cellStart: copy(g.cellStart),
      members: copy(g.members),
      reach: copy(g.reach),
      cellLatLo: copy(g.cellLatLo),
      cellLatHi: copy(g.cellLatHi),
      cellLonLo: copy(g.cellLonLo),
      cellLonHi: copy(g.cellLonHi),
      cellCosMin: copy(g.cellCosMin),
    },
  };
}
