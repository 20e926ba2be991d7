import { BUILTIN_VOCABULARY, type BuiltinCompetence } from '../competence/vocabulary.data.js';
import { findMunicipality, type Municipality } from '../region/municipalities.js';
import { parseIsoDate } from '../basics/dates.js';
import type { Sector, TargetGroup } from '../basics/sectors.js';
import type { CandidateInput, TravelMode, VacancyInput } from '../schema/records.js';
import { DUTCH_A2, DUTCH_B1, RIJBEWIJS_B, SOFT_SKILLS, SYNTHETIC_OCCUPATIONS, type SyntheticOccupation } from './occupations.js';
import { createRandom, type Random } from './random.js';
import { synthetic, usage } from '../basics/messages/en.js';

export interface SyntheticRegionOptions {
  /** Same seed, same region, byte for byte. A finite number. */
  readonly seed: number;
  /** From 0 to 1,000,000. */
  readonly candidates: number;
  /** From 0 to 1,000,000. */
  readonly vacancies: number;
  /** Names or CBS codes. @default the Bollenstreek: Noordwijk, Hillegom, Lisse, Katwijk, Teylingen */
  readonly municipalities?: readonly string[] | undefined;
  /** The date birth dates are counted from, 1900-01-01 or later. @default '2026-01-01' */
  readonly asOf?: string | undefined;
}

export interface SyntheticRegion {
  readonly candidates: CandidateInput[];
  readonly vacancies: VacancyInput[];
}

const BOLLENSTREEK = ['Noordwijk', 'Hillegom', 'Lisse', 'Katwijk', 'Teylingen'];
/** The most candidates or vacancies one call generates. */
const MAX_RECORDS = 1_000_000;
// Approximate inhabitants (CBS 2024), so the caseload spreads like the population does.
const POPULATION: Readonly<Record<string, number>> = { GM0575: 45_000, GM0534: 23_000, GM0553: 23_500, GM0537: 67_000, GM1525: 38_000 };

// Perspectives of a real caseload (seeds/001): werken ≈ 13%, werken aan ≈ 60%, meedoen ≈ 28%.
const LADDER: readonly (readonly [1 | 2 | 3 | 4 | 5 | 6, number])[] = [
  [1, 8],
  [2, 20],
  [3, 24],
  [4, 22],
  [5, 16],
  [6, 10],
];
// Vacancies at the WSP: shortages in zorg and horeca, bulbs and greenhouses in the Bollenstreek.
const VACANCY_SECTORS: readonly (readonly [Sector, number])[] = [
  ['zorg', 18],
  ['horeca', 14],
  ['detailhandel', 12],
  ['logistiek', 8],
  ['techniek', 7],
  ['tuinbouw', 7],
  ['groen', 6],
  ['productie', 6],
  ['facilitair', 6],
  ['dienstverlening', 4],
  ['bouw', 4],
  ['transport', 3],
  ['leisure', 2],
  ['overheid', 1],
  ['ict', 1],
  ['grijs', 1],
  ['uitzenden', 1],
];
const PART_TIME_HOURS: readonly (readonly [number, number])[] = [
  [12, 20],
  [16, 24],
  [20, 28],
  [8, 16],
];
const FULL_TIME_HOURS: readonly (readonly [number, number])[] = [
  [24, 36],
  [32, 40],
  [28, 38],
  [36, 40],
];

/** Writes a label the way case files do: sometimes a synonym, sometimes a typo, sometimes odd casing. */
function spell(rng: Random, entry: BuiltinCompetence): string {
  const r = rng.next();
  if (r < 0.25 && entry.synonyms?.length) return rng.pick(entry.synonyms);
  if (r < 0.3 && entry.label.length >= 10) {
    const at = rng.int(2, entry.label.length - 3);
    return entry.label.slice(0, at) + entry.label.slice(at + 1);
  }
  if (r < 0.4) return entry.label.toLowerCase();
  return entry.label;
}

/** The usual items come up more often: picks are skewed towards the front of a list. */
function pickFront<T>(rng: Random, items: readonly T[]): T {
  const r = rng.next();
  return items[Math.floor(r * r * items.length)]!;
}

function jitter(rng: Random, m: Municipality, km: number): { lat: number; lon: number } {
  const r = km * Math.sqrt(rng.next());
  const a = rng.next() * 2 * Math.PI;
  const lat = m.lat + (r * Math.cos(a)) / 111.2;
  const lon = m.lon + (r * Math.sin(a)) / (111.2 * Math.cos((m.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Generates a realistic synthetic caseload and vacancy set for a set of municipalities.
 * Deterministic for a seed; valid input for createMatcher. Every vacancy is one occupation of
 * `SYNTHETIC_OCCUPATIONS`, named by its `title`: its trade (the core competence, first in the list, mostly required)
 * and what fits that trade; every candidate has a trade or two with what fits them, plus transversal skills.
 * `syntheticCoreCompetence(vacancy)` gives a vacancy's trade back.
 *
 * @param options - seed, number of candidates and vacancies, municipalities (default the Bollenstreek)
 * @returns `{ candidates, vacancies }` as plain input records
 * @throws {RangeError} for a count outside 0 … 1,000,000, a seed that is not finite, an unknown municipality, or an
 *   `asOf` that is not a date from 1900-01-01; {TypeError} when `options` is not an object
 * @example
 * const region = generateSyntheticRegion({ seed: 42, candidates: 400, vacancies: 40 });
 * const matcher = createMatcher(region);
 */
export function generateSyntheticRegion(options: SyntheticRegionOptions): SyntheticRegion {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(usage.required('generateSyntheticRegion', 'seed, candidates, vacancies', options));
  }
  const { seed, candidates: nC, vacancies: nV } = options;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new RangeError(usage.seed('generateSyntheticRegion', seed));
  for (const [name, n] of [
    ['candidates', nC],
    ['vacancies', nV],
  ] as const) {
    if (!Number.isInteger(n) || n < 0 || n > MAX_RECORDS) {
      throw new RangeError(synthetic.count(name, MAX_RECORDS, n));
    }
  }
  const names: unknown = options.municipalities ?? BOLLENSTREEK;
  if (!Array.isArray(names)) throw new RangeError(synthetic.municipalities(names));
  const munis: Municipality[] = [];
  for (let i = 0; i < names.length; i++) {
    const name: unknown = names[i];
    const m = typeof name === 'string' ? findMunicipality(name) : undefined;
    if (!m) throw new RangeError(synthetic.unknownMunicipality(name, i in names ? undefined : i));
    munis.push(m);
  }
  if (munis.length === 0) throw new RangeError(synthetic.noMunicipality);
  const asOf = parseIsoDate(options.asOf ?? '2026-01-01');
  if (!asOf || asOf.year < 1900) throw new RangeError(synthetic.asOf(options.asOf));
  const asOfYear = asOf.year;
  const rng = createRandom(seed);
  const entries = new Map(BUILTIN_VOCABULARY.map((e) => [e.id, e]));
  const label = (id: string): string => spell(rng, entries.get(id)!);
  const trades = (sector: Sector, by: 'demand' | 'supply') => SYNTHETIC_OCCUPATIONS.filter((o) => o.sector === sector).map((o) => [o, o[by]] as const);
  const demand = new Map(VACANCY_SECTORS.map(([s]) => [s, trades(s, 'demand')]));
  const supply = new Map(VACANCY_SECTORS.map(([s]) => [s, trades(s, 'supply')]));
  const muniWeights = munis.map((m) => [m, POPULATION[m.code] ?? 30_000] as const);
  const pad = (n: number, total: number) => String(n).padStart(String(Math.max(total - 1, 1)).length, '0');

  const candidates: CandidateInput[] = [];
  for (let i = 0; i < nC; i++) {
    const m = rng.weighted(muniWeights);
    const age = rng.weighted([
      [rng.int(18, 26), 18],
      [rng.int(27, 49), 50],
      [rng.int(50, 66), 32],
    ] as const);
    const singleParent = age >= 20 && age < 50 && rng.chance(0.22);
    const statushouder = rng.chance(0.15);
    const register = rng.chance(0.08);
    const ladderStep = rng.weighted(LADDER);
    const partTime = singleParent || rng.chance(0.22);
    const [hMin, hMax] = singleParent
      ? rng.pick([
          [12, 20],
          [16, 24],
          [12, 24],
        ] as const)
      : rng.pick(partTime ? PART_TIME_HOURS : FULL_TIME_HOURS);
    const modes: TravelMode[] = ['walk', 'bike'];
    if (rng.chance(age >= 50 ? 0.35 : 0.12)) modes.push('ebike');
    // Public transport is a real option mostly in larger towns.
    if (rng.chance((POPULATION[m.code] ?? 30_000) >= 40_000 ? 0.65 : 0.45)) modes.push('transit');
    if (rng.chance(age < 27 ? 0.12 : age >= 50 ? 0.35 : 0.3)) modes.push('car');

    // A trade or two (the second often from another sector), some of what goes with them, and a few transversal skills.
    const home = rng.weighted(VACANCY_SECTORS);
    const second = rng.chance(0.5) ? rng.weighted(VACANCY_SECTORS) : undefined;
    const held: SyntheticOccupation[] = [rng.weighted(supply.get(home)!)];
    if (rng.chance(statushouder ? 0.15 : 0.35)) {
      const other = rng.weighted(supply.get(second ?? home)!);
      if (other !== held[0]) held.push(other);
    }
    const chosen = new Set<string>();
    // Some files record no competence at all; the load report shows them.
    if (!rng.chance(statushouder ? 0.12 : 0.03)) {
      // Far from the labour market (steps 1–3) a trade is older or less often on file.
      const onFile = ladderStep >= 4 ? 0.95 : ladderStep === 3 ? 0.8 : 0.6;
      held.forEach((trade, k) => {
        if (rng.chance(onFile)) chosen.add(trade.core);
        const related = k === 0 ? rng.int(statushouder ? 0 : 1, 3) : rng.int(0, 1);
        for (let n = 0; n < related; n++) chosen.add(pickFront(rng, trade.related));
      });
      const soft = rng.int(0, 2);
      for (let n = 0; n < soft; n++) chosen.add(rng.pick(SOFT_SKILLS));
      if (rng.chance(modes.includes('car') ? 0.9 : 0.1)) chosen.add(RIJBEWIJS_B);
      // Statushouders are often still learning Dutch (A2: the language-support need); others mostly have B1.
      if (statushouder) {
        if (rng.chance(0.75)) chosen.add(DUTCH_A2);
      } else if (rng.chance(0.35)) chosen.add(DUTCH_B1);
    }
    const competences = [...chosen].map((id) =>
      rng.chance(0.6)
        ? {
            label: label(id),
            level: rng.weighted([
              [1, 3],
              [2, 5],
              [3, 2],
            ] as const),
          }
        : label(id),
    );

    const targetGroups: TargetGroup[] = [];
    if (register) targetGroups.push('doelgroepregister');
    else if (statushouder) targetGroups.push('statushouder');
    else targetGroups.push(rng.chance(0.1) ? 'nug' : 'regulier');
    if (singleParent) targetGroups.push('alleenstaande-ouder');
    if (age >= 50) targetGroups.push('50-plus');
    if (age < 27) targetGroups.push('jongere');

    const candidate: CandidateInput = {
      id: `k-${pad(i, nC)}`,
      municipality: m.name,
      ladderStep,
      competences,
      hours: { min: hMin, max: hMax },
      travel: { maxMinutes: singleParent ? rng.pick([15, 20, 25, 30]) : rng.pick([20, 30, 30, 40, 45, 60]), modes },
      targetGroups,
      birthDate: isoDate(asOfYear - age, rng.int(1, 12), rng.int(1, 28)),
      gender: rng.weighted([
        ['v', 52],
        ['m', 46],
        ['x', 2],
      ] as const),
    };
    if (rng.chance(0.7)) candidate.location = jitter(rng, m, 2.5);
    if (ladderStep === 1 && rng.chance(0.4)) candidate.exempt = true;
    if (register || (ladderStep === 5 && rng.chance(0.4))) candidate.wageValue = Math.round(rng.int(30, 90)) / 100;
    if (rng.chance(0.9)) {
      const sectors: { preferred?: Sector[]; experience?: Sector[]; excluded?: Sector[] } = {};
      if (rng.chance(0.6)) sectors.preferred = [home];
      if (second && second !== home) sectors.experience = [second];
      const excluded = rng.chance(0.15) ? rng.weighted(VACANCY_SECTORS) : undefined;
      if (excluded && excluded !== home && excluded !== second) sectors.excluded = [excluded];
      candidate.sectors = sectors;
    }
    candidates.push(candidate);
  }

  const vacancies: VacancyInput[] = [];
  const employers = Math.max(1, Math.round(nV * 0.6));
  for (let j = 0; j < nV; j++) {
    const m = rng.weighted(muniWeights);
    const sector = rng.weighted(VACANCY_SECTORS);
    const trade = rng.weighted(demand.get(sector)!);
    // The trade itself first (required in most vacancies, else weighing triple), then what goes with it, now and then a transversal one.
    const competences: VacancyInput['competences'] = [rng.chance(0.6) ? { label: label(trade.core), required: true } : { label: label(trade.core), weight: 3 }];
    const chosen = new Set<string>([trade.core]);
    const related = rng.int(1, 3);
    for (let n = 0; n < related; n++) chosen.add(pickFront(rng, trade.related));
    for (const [id, share] of Object.entries(trade.transversal)) if (rng.chance(share)) chosen.add(id);
    for (const id of [...chosen].slice(1)) competences.push(rng.chance(0.15) ? { label: label(id), weight: 2 } : label(id));
    const [hMin, hMax] = rng.chance(0.4) ? rng.pick(PART_TIME_HOURS) : rng.pick(FULL_TIME_HOURS);
    const vacancy: VacancyInput = {
      id: `v-${pad(j, nV)}`,
      employerId: `w-${pad(rng.int(0, employers - 1), employers)}`,
      title: trade.title,
      municipality: m.name,
      location: jitter(rng, m, 2),
      sector,
      competences,
      hours: { min: hMin, max: hMax },
      minLadderStep: rng.weighted([
        [4, 10],
        [5, 70],
        [6, 20],
      ] as const),
      support: { jobCoach: rng.chance(0.35), wageSubsidy: rng.chance(0.3), jobCarving: rng.chance(0.25) },
      positions: rng.weighted([
        [1, 75],
        [2, 18],
        [3, 7],
      ] as const),
      whiteSpot: rng.chance(0.25),
    };
    vacancies.push(vacancy);
  }
  return { candidates, vacancies };
}
