import levenshtein from 'fast-levenshtein';
import { MAX_LENGTH } from '../basics/limits.js';
import { normalizeLabel } from '../basics/text.js';
import { MUNICIPALITY_ROWS, PROVINCES, REGIONS } from './municipalities.data.js';
import { region } from '../basics/messages/en.js';

/** A Dutch municipality (gemeente), 2025 boundaries. */
export interface Municipality {
  /** CBS code, e.g. `'GM0575'`. */
  readonly code: string;
  readonly name: string;
  readonly province: string;
  /** Reference point: area centroid, or an interior point where the centroid falls outside. */
  readonly lat: number;
  readonly lon: number;
  /** Arbeidsmarktregio code and name, e.g. `'AM19'`, `'Holland Rijnland'`. */
  readonly regionCode: string;
  readonly regionName: string;
  /** Position in {@link MUNICIPALITIES}; stable for a release. */
  readonly index: number;
}

// Pure: a bundle that never reads the table drops it (the rows are plain literals).
/** All 342 municipalities of 2025, in CBS-code order. */
export const MUNICIPALITIES: readonly Municipality[] = /* @__PURE__ */ (() =>
  Object.freeze(
    MUNICIPALITY_ROWS.map(([code, name, province, lat, lon, region], index) => {
      const [regionCode, regionName] = REGIONS[region]!;
      return Object.freeze({ code, name, province: PROVINCES[province]!, lat, lon, regionCode, regionName, index });
    }),
  ))();

// Other names of a municipality, normalised: common names, and in Holland Rijnland (the labour-market region of the
// Bollenstreek, where client systems often hold the place rather than the municipality) the former municipalities merged
// into one since 2006 and the main places of each. A place whose name is also another municipality's (Valkenburg) is
// left out.
const ALIASES: Readonly<Record<string, string>> = {
  'den haag': 'GM0518',
  'the hague': 'GM0518',
  nuenen: 'GM0820',
  // Noordwijk (with Noordwijkerhout since 2019)
  noordwijkerhout: 'GM0575',
  'noordwijk aan zee': 'GM0575',
  'noordwijk binnen': 'GM0575',
  'de zilk': 'GM0575',
  // Teylingen (Sassenheim, Voorhout and Warmond, 2006)
  sassenheim: 'GM1525',
  voorhout: 'GM1525',
  warmond: 'GM1525',
  // Katwijk (with Rijnsburg and Valkenburg, 2006)
  rijnsburg: 'GM0537',
  'katwijk aan zee': 'GM0537',
  'katwijk aan den rijn': 'GM0537',
  // Alphen aan den Rijn (with Boskoop and Rijnwoude, 2014)
  boskoop: 'GM0484',
  rijnwoude: 'GM0484',
  'hazerswoude dorp': 'GM0484',
  'hazerswoude rijndijk': 'GM0484',
  'koudekerk aan den rijn': 'GM0484',
  benthuizen: 'GM0484',
  zwammerdam: 'GM0484',
  aarlanderveen: 'GM0484',
  // Kaag en Braassem (Alkemade and Jacobswoude, 2009)
  alkemade: 'GM1884',
  jacobswoude: 'GM1884',
  roelofarendsveen: 'GM1884',
  leimuiden: 'GM1884',
  woubrugge: 'GM1884',
  rijpwetering: 'GM1884',
  'oude wetering': 'GM1884',
  hoogmade: 'GM1884',
  // Nieuwkoop (with Liemeer and Ter Aar, 2007)
  liemeer: 'GM0569',
  'ter aar': 'GM0569',
  nieuwveen: 'GM0569',
  zevenhoven: 'GM0569',
  langeraar: 'GM0569',
};

// Keys: CBS code ('gm0575', '0575', '575'), normalised name, name without its CBS suffix where unambiguous. Built on first use.
let byKey: Map<string, Municipality> | undefined;

function keys(): Map<string, Municipality> {
  if (byKey !== undefined) return byKey;
  byKey = new Map();
  const suffixless = new Map<string, Municipality[]>();
  for (const m of MUNICIPALITIES) {
    const digits = m.code.slice(2);
    byKey.set(m.code.toLowerCase(), m);
    byKey.set(digits, m);
    byKey.set(String(Number(digits)), m);
    byKey.set(normalizeLabel(m.name), m);
    byKey.set(normalizeLabel(m.name).replace(/ /g, ''), m);
    const bare = normalizeLabel(m.name.replace(/\s*\(.*\)\s*$/, ''));
    suffixless.set(bare, [...(suffixless.get(bare) ?? []), m]);
  }
  for (const [bare, list] of suffixless) if (list.length === 1 && !byKey.has(bare)) byKey.set(bare, list[0]!);
  for (const [alias, code] of Object.entries(ALIASES)) byKey.set(alias, byKey.get(code.toLowerCase())!);
  return byKey;
}

/**
 * Finds a municipality by CBS code or name, ignoring case, diacritics, punctuation and CBS suffixes.
 *
 * @param nameOrCode - e.g. `'GM0575'`, `'noordwijk'`, `'Bergen (NH.)'`, `'Sudwest-Fryslan'`, `'Den Haag'`
 * @returns the municipality, or `undefined` when nothing matches (always for a value over `MAX_LENGTH.municipality` characters)
 * @example
 * findMunicipality('sudwest fryslan')?.code; // 'GM1900'
 */
export function findMunicipality(nameOrCode: string): Municipality | undefined {
  if (typeof nameOrCode !== 'string') throw new TypeError(region.nameOrCode(nameOrCode));
  // No name is this long; the bound keeps a huge value from being normalised in full.
  if (nameOrCode.length > MAX_LENGTH.municipality) return undefined;
  const key = normalizeLabel(nameOrCode);
  const map = keys();
  return map.get(key) ?? map.get(key.replace(/ /g, ''));
}

// Normalised names for did-you-mean, built on first use.
let normalizedNames: readonly string[] | undefined;

/** Longer than any municipality name (29) plus a typo or two: the rest of a value cannot make a name closer. */
const SUGGEST_CHARS = 40;

/**
 * Up to `limit` municipality names closest to `value` (edit distance on normalised names), for error messages.
 * Only the first 40 characters of `value` count, so the cost does not grow with its length.
 */
export function closestMunicipalityNames(value: string, limit = 3): string[] {
  const key = normalizeLabel(value.slice(0, SUGGEST_CHARS * 2)).slice(0, SUGGEST_CHARS);
  normalizedNames ??= MUNICIPALITIES.map((m) => normalizeLabel(m.name));
  return MUNICIPALITIES.map((m, i) => {
    const name = normalizedNames![i]!;
    const prefix = name.startsWith(key) || key.startsWith(name) ? -1 : 0;
    return { name: m.name, d: levenshtein.get(key, name) + prefix };
  })
    .sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit)
    .map((x) => x.name);
}

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Great-circle (haversine) distance in km between two points.
 *
 * @example
 * const a = findMunicipality('Noordwijk')!, b = findMunicipality('Katwijk')!;
 * distanceKm(a.lat, a.lon, b.lat, b.lon); // ≈ 9.87
 */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  for (const [name, v, max] of [
    ['lat1', lat1, 90],
    ['lon1', lon1, 180],
    ['lat2', lat2, 90],
    ['lon2', lon2, 180],
  ] as const) {
    if (typeof v !== 'number' || !(v >= -max && v <= max)) throw new RangeError(region.coordinate(name, max, v));
  }
  const sLat = Math.sin(((lat2 - lat1) * RAD) / 2);
  const sLon = Math.sin(((lon2 - lon1) * RAD) / 2);
  const h = sLat * sLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sLon * sLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The estimated distance within each municipality, by position: half the straight-line km from its reference point
 * to the nearest other municipality's. Two records there without a location are this far apart, never 0.
 * `points` replaces reference points by position (config.referencePoints); without it the built-in points, computed once.
 */
export function withinMunicipalityKm(points?: ReadonlyMap<number, { readonly lat: number; readonly lon: number }>): Float64Array {
  if (points === undefined || points.size === 0) {
    builtinRadii ??= radii(MUNICIPALITIES);
    return builtinRadii;
  }
  return radii(MUNICIPALITIES.map((m) => points.get(m.index) ?? m));
}

let builtinRadii: Float64Array | undefined;

function radii(points: readonly { readonly lat: number; readonly lon: number }[]): Float64Array {
  const n = points.length;
  const nearest = new Float64Array(n).fill(Infinity);
  const cos = points.map((p) => Math.cos(p.lat * RAD));
  for (let a = 0; a < n; a++) {
    const p = points[a]!;
    for (let b = a + 1; b < n; b++) {
      const q = points[b]!;
      const sLat = Math.sin(((q.lat - p.lat) * RAD) / 2);
      const sLon = Math.sin(((q.lon - p.lon) * RAD) / 2);
      const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(sLat * sLat + cos[a]! * cos[b]! * sLon * sLon)));
      // Two municipalities configured onto one point say nothing about either's size.
      if (km === 0) continue;
      if (km < nearest[a]!) nearest[a] = km;
      if (km < nearest[b]!) nearest[b] = km;
    }
  }
  return nearest.map((km) => (Number.isFinite(km) ? km / 2 : 1));
}
