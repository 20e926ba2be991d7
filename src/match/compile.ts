import { FACTORS, TRAVEL_MODEL, type Factor, type ResolvedConfig } from '../config.js';
import type { MatchIssue } from '../errors.js';
import { buildVocabulary, type Vocabulary } from '../competence/resolve.js';
import { MUNICIPALITIES } from '../region/municipalities.js';
import { SECTORS, type Sector } from '../sectors.js';
import { TRAVEL_MODES, type Candidate, type TravelMode, type Vacancy } from '../schema/records.js';
import { DEFAULT_LEVEL, LEVEL_CREDIT } from '../score/competence.js';
import { normalizeLabel } from '../text.js';
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

/** The compiled, data-oriented form of the input: the pair loop reads only typed arrays. */
export interface MatchIndex {
  readonly config: ResolvedConfig;
  readonly weights: Float64Array;
  readonly candidates: readonly Candidate[];
  readonly vacancies: readonly Vacancy[];
  readonly candidateById: ReadonlyMap<string, number>;
  readonly vacancyById: ReadonlyMap<string, number>;
  /** Competence id → label shown to people (vocabulary label, or the input text when unresolved). */
  readonly competenceLabels: readonly string[];
  readonly vocabularySize: number;

  readonly cMuni: Int16Array;
  readonly cLat: Float64Array;
  readonly cLon: Float64Array;
  readonly cCosLat: Float64Array;
  readonly cHasLocation: Uint8Array;
  readonly cStep: Int8Array;
  readonly cExempt: Uint8Array;
  readonly cHoursMin: Float64Array;
  readonly cHoursMax: Float64Array;
  readonly cMaxMinutes: Float64Array;
  /** Bit i set: TRAVEL_MODES[i] allowed. */
  readonly cModes: Uint8Array;
  readonly cCompOff: Int32Array;
  readonly cCompId: Int32Array;
  readonly cCompLevel: Int8Array;
  readonly cCompCredit: Float64Array;
  /** candidate × 17 sectors: index into SECTOR_FIT_CODES (0 neutral, 1 experience, 2 preferred, 3 excluded, 4 unknown). */
  readonly cSectorFit: Uint8Array;
  readonly cUnresolved: readonly (readonly string[])[];
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
  readonly vUnresolved: readonly (readonly string[])[];
  readonly vIdRank: Int32Array;

  /** vacancy municipality × candidate municipality → tier code. */
  readonly tiers: Int8Array;
  readonly travelModel: readonly { readonly detour: number; readonly kmPerHour: number; readonly overheadMinutes: number }[];
  readonly report: LoadReport;
}

export const MUNICIPALITY_COUNT = MUNICIPALITIES.length;
const M = MUNICIPALITY_COUNT;
const RAD = Math.PI / 180;

function idRanks(ids: readonly string[]): Int32Array {
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  const rank = new Int32Array(ids.length);
  order.forEach((i, r) => (rank[i] = r));
  return rank;
}

/** Builds the index: resolves every distinct competence label once, lays records out in typed arrays. */
export function compileIndex(loaded: LoadedInput, issues: MatchIssue[]): MatchIndex | undefined {
  const { config, candidates, vacancies } = loaded;
  const vocabulary = buildVocabulary(config.vocabulary, issues);
  if (issues.length > 0) return undefined;

  const labels = [...vocabulary.labels];
  const resolver = labelResolver(vocabulary, labels);

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
  const cSectorFit = new Uint8Array(nC * SECTORS.length);
  const cCompOff = new Int32Array(nC + 1);
  const cIds: number[] = [];
  const cLevels: number[] = [];
  const cUnresolved: string[][] = [];
  const candidateById = new Map<string, number>();
  const withoutCompetences: string[] = [];
  const exempt: string[] = [];

  candidates.forEach((c, i) => {
    candidateById.set(c.id, i);
    const m = loaded.candidateMunicipalities[i]!;
    cMuni[i] = m.index;
    cHasLocation[i] = c.location ? 1 : 0;
    cLat[i] = c.location?.lat ?? m.lat;
    cLon[i] = c.location?.lon ?? m.lon;
    cCosLat[i] = Math.cos(cLat[i]! * RAD);
    cStep[i] = c.ladderStep;
    cExempt[i] = c.exempt ? 1 : 0;
    if (c.exempt) exempt.push(c.id);
    cHoursMin[i] = c.hours.min;
    cHoursMax[i] = c.hours.max;
    cMaxMinutes[i] = c.travel.maxMinutes;
    cModes[i] = c.travel.modes.reduce((bits, mode) => bits | (1 << TRAVEL_MODES.indexOf(mode)), 0);
    const fits = cSectorFit.subarray(i * SECTORS.length, (i + 1) * SECTORS.length);
    if (!c.sectors) fits.fill(4);
    else {
      for (const s of c.sectors.experience ?? []) fits[SECTORS.indexOf(s)] = 1;
      for (const s of c.sectors.preferred ?? []) fits[SECTORS.indexOf(s)] = 2;
      for (const s of c.sectors.excluded ?? []) fits[SECTORS.indexOf(s)] = 3;
    }
    // One entry per competence id, the highest level wins; sorted by id for the merge join.
    const best = new Map<number, number>();
    const unresolved: string[] = [];
    for (const comp of c.competences) {
      const label = typeof comp === 'string' ? comp : comp.label;
      const level = typeof comp === 'string' ? DEFAULT_LEVEL : (comp.level ?? DEFAULT_LEVEL);
      const id = resolver.id(label, unresolved);
      best.set(id, Math.max(best.get(id) ?? 0, level));
    }
    if (c.competences.length === 0) withoutCompetences.push(c.id);
    for (const id of [...best.keys()].sort((a, b) => a - b)) {
      cIds.push(id);
      cLevels.push(best.get(id)!);
    }
    cCompOff[i + 1] = cIds.length;
    cUnresolved.push(unresolved);
  });

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
      const id = resolver.id(label, unresolved);
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

  const cCompLevel = Int8Array.from(cLevels);
  const cCompCredit = Float64Array.from(cLevels, (l) => LEVEL_CREDIT[l as 1 | 2 | 3]);

  return {
    config,
    weights: Float64Array.from(FACTORS, (f: Factor) => config.weights[f]),
    candidates,
    vacancies,
    candidateById,
    vacancyById,
    competenceLabels: labels,
    vocabularySize: vocabulary.ids.length,
    cMuni, cLat, cLon, cCosLat, cHasLocation, cStep, cExempt, cHoursMin, cHoursMax, cMaxMinutes, cModes,
    cCompOff, cCompId: Int32Array.from(cIds), cCompLevel, cCompCredit, cSectorFit, cUnresolved,
    cIdRank: idRanks(candidates.map((c) => c.id)),
    vMuni, vLat, vLon, vCosLat, vSector, vShortage, vMinStep, vSupport, vCarving, vHoursMin, vHoursMax,
    vCompOff, vCompId: Int32Array.from(vIds), vCompWeight: Float64Array.from(vWeights), vCompRequired: Uint8Array.from(vRequired),
    vAskedWeight, vRequiredWeight, vUnresolved,
    vIdRank: idRanks(vacancies.map((v) => v.id)),
    tiers: tierTable(loaded),
    travelModel: TRAVEL_MODES.map((mode: TravelMode) => TRAVEL_MODEL[mode]),
    report: {
      candidates: nC,
      vacancies: nV,
      competences: resolver.report(vocabulary.ids.length),
      candidatesWithoutCompetences: withoutCompetences,
      exemptCandidates: exempt,
    },
  };
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
  const counts = new Map<number, number>();
  const bySpelling: { label: string; resolvedTo: string; distance: number }[] = [];
  const unresolved = new Map<number, { label: string; ambiguous?: readonly string[] }>();
  return {
    id(label: string, unresolvedSink: string[]): number {
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
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if (id >= vocabulary.ids.length) unresolvedSink.push(labels[id]!);
      return id;
    },
    report(vocabularySize: number): CompetenceLoadReport {
      return {
        vocabularySize,
        distinctLabels: cache.size,
        bySpelling: bySpelling.sort((a, b) => (a.label < b.label ? -1 : 1)),
        unresolved: [...unresolved.entries()].map(([id, u]) => ({ ...u, occurrences: counts.get(id) ?? 0 })).sort((a, b) => b.occurrences - a.occurrences || (a.label < b.label ? -1 : 1)),
      };
    },
  };
}
