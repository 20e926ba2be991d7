import type { TravelModeModel } from '../schema/config.js';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;
const KM_PER_DEGREE = EARTH_RADIUS_KM * RAD;
/** Target cell edge: a few km, so a vacancy's reach covers tens of cells, not thousands. */
const CELL_KM = 5;
const MAX_CELLS_PER_AXIS = 1024;
// Floating-point slack on every bound, so rounding can only widen the search, never narrow it.
const REL = 1e-9;
const ABS_KM = 1e-6;

/**
 * Candidates that can ever match, in cells of a lat/lon grid over their points. Within a cell they are
 * sorted by reach (the farthest straight-line km at which some allowed mode stays within maxMinutes)
 * descending, so a scan of a cell stops at the first candidate that cannot reach the vacancy.
 */
export interface CandidateGrid {
  /** False with a custom travelTime: minutes can not be bounded, so all members sit in one cell with infinite reach. */
  readonly bounded: boolean;
  readonly latMin: number;
  readonly lonMin: number;
  readonly latStep: number;
  readonly lonStep: number;
  readonly rows: number;
  readonly cols: number;
  /** CSR over cells (row-major): members of cell k are members[cellStart[k]..cellStart[k+1]]. */
  readonly cellStart: Int32Array;
  /** Candidate indexes; exempt candidates and ladder steps 1–3 (never eligible for paid work) are left out. */
  readonly members: Int32Array;
  /** Reach in km of each member (inflated by the slack above). */
  readonly reach: Float64Array;
  /** Per cell: the bounding box of its members' points and the smallest cos(lat) inside it. */
  readonly cellLatLo: Float64Array;
  readonly cellLatHi: Float64Array;
  readonly cellLonLo: Float64Array;
  readonly cellLonHi: Float64Array;
  readonly cellCosMin: Float64Array;
  /** The largest member reach. */
  readonly maxReach: number;
}

interface GridInput {
  readonly cLat: Float64Array;
  readonly cLon: Float64Array;
  readonly cStep: Int8Array;
  readonly cExempt: Uint8Array;
  readonly cMaxMinutes: Float64Array;
  readonly cModes: Uint8Array;
}

/** Straight-line km within which some allowed mode's minutes stay ≤ maxMinutes; -Infinity when none does even at 0 km. */
export function reachKm(maxMinutes: number, modes: number, model: readonly TravelModeModel[]): number {
  let best = -Infinity;
  for (let m = 0; m < model.length; m++) {
    if ((modes & (1 << m)) === 0) continue;
    const { detour, kmPerHour, overheadMinutes } = model[m]!;
    if (maxMinutes < overheadMinutes) continue;
    // Inverse of minutes = km × detour ÷ speed × 60 + overhead.
    const km = ((maxMinutes - overheadMinutes) / 60) * (kmPerHour / detour);
    if (km > best) best = km;
  }
  return best === -Infinity ? best : best * (1 + REL) + ABS_KM;
}

/**
 * Buckets the candidates that can ever match. `model` is the built-in travel model, or undefined for a
 * custom travelTime (then nothing is bounded by distance).
 */
export function buildCandidateGrid(c: GridInput, model: readonly TravelModeModel[] | undefined): CandidateGrid {
  const n = c.cLat.length;
  const active: number[] = [];
  const reachOf = new Float64Array(n);
  let latMin = Infinity;
  let latMax = -Infinity;
  let lonMin = Infinity;
  let lonMax = -Infinity;
  for (let i = 0; i < n; i++) {
    // The ladder knocks these out for every vacancy: exempt, or steps 1–3.
    if (c.cExempt[i] === 1 || c.cStep[i]! <= 3) continue;
    const reach = model ? reachKm(c.cMaxMinutes[i]!, c.cModes[i]!, model) : Infinity;
    if (reach === -Infinity) continue;
    reachOf[i] = reach;
    active.push(i);
    const lat = c.cLat[i]!;
    const lon = c.cLon[i]!;
    if (lat < latMin) latMin = lat;
    if (lat > latMax) latMax = lat;
    if (lon < lonMin) lonMin = lon;
    if (lon > lonMax) lonMax = lon;
  }
  if (!model || active.length === 0) return oneCell(active, reachOf, model !== undefined);

  const midCos = Math.max(0.05, Math.cos(((latMin + latMax) / 2) * RAD));
  let latStep = CELL_KM / KM_PER_DEGREE;
  let lonStep = CELL_KM / (KM_PER_DEGREE * midCos);
  // Widen the cells when the points spread far: at most MAX_CELLS_PER_AXIS per axis and about 4 cells per member.
  const widen = Math.max(
    1,
    (latMax - latMin) / (latStep * MAX_CELLS_PER_AXIS),
    (lonMax - lonMin) / (lonStep * MAX_CELLS_PER_AXIS),
    Math.sqrt((((latMax - latMin) / latStep) * ((lonMax - lonMin) / lonStep)) / (4 * active.length + 64)),
  );
  latStep *= widen;
  lonStep *= widen;
  const rows = Math.min(MAX_CELLS_PER_AXIS, Math.floor((latMax - latMin) / latStep) + 1);
  const cols = Math.min(MAX_CELLS_PER_AXIS, Math.floor((lonMax - lonMin) / lonStep) + 1);
  const cells = rows * cols;
  const cellOf = new Int32Array(active.length);
  const cellStart = new Int32Array(cells + 1);
  active.forEach((i, k) => {
    const r = Math.min(rows - 1, Math.floor((c.cLat[i]! - latMin) / latStep));
    const q = Math.min(cols - 1, Math.floor((c.cLon[i]! - lonMin) / lonStep));
    const cell = r * cols + q;
    cellOf[k] = cell;
    cellStart[cell + 1]!++;
  });
  for (let k = 0; k < cells; k++) cellStart[k + 1]! += cellStart[k]!;
  const fill = cellStart.slice(0, cells);
  const members = new Int32Array(active.length);
  active.forEach((i, k) => {
    members[fill[cellOf[k]!]!++] = i;
  });

  const reach = new Float64Array(active.length);
  const cellLatLo = new Float64Array(cells);
  const cellLatHi = new Float64Array(cells);
  const cellLonLo = new Float64Array(cells);
  const cellLonHi = new Float64Array(cells);
  const cellCosMin = new Float64Array(cells);
  let maxReach = 0;
  for (let cell = 0; cell < cells; cell++) {
    const from = cellStart[cell]!;
    const to = cellStart[cell + 1]!;
    if (from === to) continue;
    members.subarray(from, to).sort((a, b) => reachOf[b]! - reachOf[a]! || a - b);
    let la0 = Infinity;
    let la1 = -Infinity;
    let lo0 = Infinity;
    let lo1 = -Infinity;
    for (let k = from; k < to; k++) {
      const i = members[k]!;
      reach[k] = reachOf[i]!;
      la0 = Math.min(la0, c.cLat[i]!);
      la1 = Math.max(la1, c.cLat[i]!);
      lo0 = Math.min(lo0, c.cLon[i]!);
      lo1 = Math.max(lo1, c.cLon[i]!);
    }
    cellLatLo[cell] = la0;
    cellLatHi[cell] = la1;
    cellLonLo[cell] = lo0;
    cellLonHi[cell] = lo1;
    // cos is concave on [-90°, 90°]: its minimum over a latitude interval lies at an end.
    cellCosMin[cell] = Math.max(0, Math.min(Math.cos(la0 * RAD), Math.cos(la1 * RAD)));
    maxReach = Math.max(maxReach, reach[from]!);
  }
  return { bounded: true, latMin, lonMin, latStep, lonStep, rows, cols, cellStart, members, reach, cellLatLo, cellLatHi, cellLonLo, cellLonHi, cellCosMin, maxReach };
}

function oneCell(active: number[], reachOf: Float64Array, bounded: boolean): CandidateGrid {
  const members = Int32Array.from(active);
  const reach = Float64Array.from(active, (i) => reachOf[i]!);
  const box = (v: number) => Float64Array.of(v);
  // Unbounded (custom travelTime): one cell whose box and reach never exclude anything.
  return {
    bounded,
    latMin: 0,
    lonMin: 0,
    latStep: 360,
    lonStep: 360,
    rows: 1,
    cols: 1,
    cellStart: Int32Array.of(0, active.length),
    members,
    reach: bounded ? reach : reach.fill(Infinity),
    cellLatLo: box(-90),
    cellLatHi: box(90),
    cellLonLo: box(-180),
    cellLonHi: box(180),
    cellCosMin: box(0),
    maxReach: active.length === 0 ? 0 : Infinity,
  };
}

/** Lower bound in km on the haversine distance from (lat, lon) to any point of a cell's box. */
export function cellDistanceLowerBound(grid: CandidateGrid, cell: number, lat: number, lon: number, cosLat: number): number {
  const dLat = Math.max(0, grid.cellLatLo[cell]! - lat, lat - grid.cellLatHi[cell]!);
  let dLon = 0;
  const lo = grid.cellLonLo[cell]!;
  const hi = grid.cellLonHi[cell]!;
  if (lon < lo || lon > hi) dLon = Math.min(circular(lon, lo), circular(lon, hi));
  if (dLat === 0 && dLon === 0) return 0;
  // h grows with |Δlat|, |Δlon| (up to 180°) and cos·cos, so the smallest of each gives a lower bound.
  const s1 = Math.sin(dLat * RAD * 0.5);
  const s2 = Math.sin(dLon * RAD * 0.5);
  const h = s1 * s1 + grid.cellCosMin[cell]! * Math.max(0, cosLat) * s2 * s2;
  const d = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  return d * (1 - REL) - ABS_KM;
}

/** Degrees between two longitudes the short way round, in [0, 180]. */
function circular(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

/** Row and column ranges of the cells that can hold a member within maxReach of (lat, lon); rows0 > rows1 when none. */
export interface CellWindow {
  rows0: number;
  rows1: number;
  cols0: number;
  cols1: number;
}

export function cellWindow(grid: CandidateGrid, lat: number, lon: number, cosLat: number, out: CellWindow): CellWindow {
  if (!grid.bounded) {
    out.rows0 = out.cols0 = 0;
    out.rows1 = out.cols1 = 0;
    return out;
  }
  const R = grid.maxReach * (1 + REL) + ABS_KM;
  // Distance is at least R_earth × |Δlat|, so rows beyond R ÷ km-per-degree can not hold a reachable member.
  const latDeg = R / KM_PER_DEGREE;
  out.rows0 = Math.max(0, Math.floor((lat - latDeg - grid.latMin) / grid.latStep) - 1);
  out.rows1 = Math.min(grid.rows - 1, Math.floor((lat + latDeg - grid.latMin) / grid.latStep) + 1);
  // Within that band, distance ≥ 2 R_earth asin(√(cos lat · min cos over the band) · sin(|Δlon| ÷ 2)).
  const bandCos = Math.min(Math.cos(Math.max(-90, lat - latDeg) * RAD), Math.cos(Math.min(90, lat + latDeg) * RAD));
  const c = Math.max(0, cosLat) * Math.max(0, bandCos);
  const ratio = c > 0 ? Math.sin(Math.min(Math.PI / 2, R / (2 * EARTH_RADIUS_KM))) / Math.sqrt(c) : Infinity;
  const lonDeg = ratio < 1 ? ((2 * Math.asin(ratio)) / RAD) * (1 + 1e-6) : Infinity;
  if (lon - lonDeg < -180 || lon + lonDeg > 180) {
    out.cols0 = 0;
    out.cols1 = grid.cols - 1;
  } else {
    out.cols0 = Math.max(0, Math.floor((lon - lonDeg - grid.lonMin) / grid.lonStep) - 1);
    out.cols1 = Math.min(grid.cols - 1, Math.floor((lon + lonDeg - grid.lonMin) / grid.lonStep) + 1);
  }
  return out;
}
