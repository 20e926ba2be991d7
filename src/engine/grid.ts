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
  /** CSR over cells (row-major): members of cell k are members[cellStart[k]..cellStart[k+1]]. */
  readonly cellStart: Int32Array;
  /** Candidate indexes; exempt candidates and ladder steps 1–3 (never eligible for paid work) are left out. */
  readonly members: Int32Array;
  /** Reach in km of each member (inflated by the slack above). */
  readonly reach: Float64Array;
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
  let maxReach = 0;
  for (let cell = 0; cell < cells; cell++) {
    const from = cellStart[cell]!;
    const to = cellStart[cell + 1]!;
    if (from === to) continue;
    sortByReach(members, from, to, reachOf);
    for (let k = from; k < to; k++) reach[k] = reachOf[members[k]!]!;
    maxReach = Math.max(maxReach, reach[from]!);
  }
  return { bounded: true, cellStart, members, reach, maxReach };
}

/** Sorts members[from..to) by reach descending, then index: an insertion sort for the small runs cells mostly hold. */
function sortByReach(members: Int32Array, from: number, to: number, reachOf: Float64Array): void {
  if (to - from > 32) {
    members.subarray(from, to).sort((a, b) => reachOf[b]! - reachOf[a]! || a - b);
    return;
  }
  for (let k = from + 1; k < to; k++) {
    const i = members[k]!;
    const r = reachOf[i]!;
    let j = k;
    // Shift while the previous member sorts after this one: a smaller reach, or the same reach and a larger index.
    while (j > from && (reachOf[members[j - 1]!]! < r || (reachOf[members[j - 1]!]! === r && members[j - 1]! > i))) {
      members[j] = members[j - 1]!;
      j--;
    }
    members[j] = i;
  }
}

function oneCell(active: number[], reachOf: Float64Array, bounded: boolean): CandidateGrid {
  const members = Int32Array.from(active);
  const reach = Float64Array.from(active, (i) => reachOf[i]!);
  // Unbounded (custom travelTime): one cell whose reach never excludes anything.
  return {
    bounded,
    cellStart: Int32Array.of(0, active.length),
    members,
    reach: bounded ? reach : reach.fill(Infinity),
    maxReach: active.length === 0 ? 0 : Infinity,
  };
}

/**
 * The grid's members laid out for ranking: grouped by municipality, within one by cell, within a cell by reach
 * descending (then index), so a ranking pass reads only the municipalities of the tiers it wants and each
 * (municipality, cell) group is one contiguous run that a scan stops at the first member out of reach.
 * Positions in this order are "scan positions"; `order` maps them back to candidate indexes.
 */
export interface CandidateBlocks {
  /** False with a custom travelTime: minutes can not be bounded, so no box or reach excludes anyone. */
  readonly bounded: boolean;
  /** Scan position → candidate index (a permutation of the grid's members). */
  readonly order: Int32Array;
  /** Candidate index → scan position; -1 for a candidate that can never match. */
  readonly position: Int32Array;
  /** Reach in km per scan position (as the grid's). */
  readonly reach: Float64Array;
  /** CSR over municipalities: its members are scan positions muniStart[m]..muniStart[m+1]. */
  readonly muniStart: Int32Array;
  /** CSR over municipalities: its groups are muniGroups[m]..muniGroups[m+1]. */
  readonly muniGroups: Int32Array;
  /** Per municipality: its members' bounding box and the smallest cos(lat) in it. */
  readonly muniBox: BoxBounds;
  /** Per municipality: the largest reach of its members. */
  readonly muniReach: Float64Array;
  /** CSR over groups: the members of group g are scan positions groupStart[g]..groupStart[g+1]. */
  readonly groupStart: Int32Array;
  /** Per group: its members' bounding box and the smallest cos(lat) in it (reach: its first member's). */
  readonly groupBox: BoxBounds;
  /**
   * Per vacancy municipality v and tier t (1 fallback, 2 region): the candidate municipalities of that tier with
   * members are nearMuni[nearStart[2v + t − 1]..nearStart[2v + t]].
   */
  readonly nearStart: Int32Array;
  readonly nearMuni: Int16Array;
  /** The grid's posting lists (same offsets as CompetencePostings) as scan positions, ascending. */
  readonly postings: Int32Array;
  /** Degrees beyond which a box bound is clamped, and km per degree of the bound (see boxLowerBound). */
  readonly clampDeg: number;
  readonly kmPerDeg: number;
}

/** Bounding boxes of point sets, one entry per box. */
export interface BoxBounds {
  readonly latLo: Float64Array;
  readonly latHi: Float64Array;
  readonly lonLo: Float64Array;
  readonly lonHi: Float64Array;
  readonly cosMin: Float64Array;
}

interface BlocksInput {
  readonly cMuni: Int16Array;
  readonly cLat: Float64Array;
  readonly cLon: Float64Array;
  readonly cCompOff: Int32Array;
  readonly cCompId: Int32Array;
  /** Vacancy municipality × candidate municipality → tier code (0 home, 1 fallback, 2 region, 3 outside). */
  readonly tiers: Int8Array;
}

/** Lays the grid's members out by municipality, cell and reach; `postingOffsets` are the grid postings' offsets. */
export function buildCandidateBlocks(grid: CandidateGrid, c: BlocksInput, municipalities: number, postingOffsets: Int32Array): CandidateBlocks {
  const { cellStart, members } = grid;
  const n = members.length;
  const cells = cellStart.length - 1;
  const M = municipalities;
  // A stable counting sort of the grid's members (cell-major, reach descending) by municipality.
  const muniStart = new Int32Array(M + 1);
  for (let k = 0; k < n; k++) muniStart[c.cMuni[members[k]!]! + 1]!++;
  for (let m = 0; m < M; m++) muniStart[m + 1]! += muniStart[m]!;
  const fill = muniStart.slice(0, M);
  const order = new Int32Array(n);
  const reach = new Float64Array(n);
  const cellAt = new Int32Array(n);
  for (let cell = 0; cell < cells; cell++) {
    for (let k = cellStart[cell]!; k < cellStart[cell + 1]!; k++) {
      const at = fill[c.cMuni[members[k]!]!]!++;
      order[at] = members[k]!;
      reach[at] = grid.reach[k]!;
      cellAt[at] = cell;
    }
  }
  const position = new Int32Array(c.cMuni.length).fill(-1);
  for (let k = 0; k < n; k++) position[order[k]!] = k;

  // Groups: maximal runs of one cell within one municipality.
  const starts: number[] = [];
  const muniGroups = new Int32Array(M + 1);
  for (let m = 0; m < M; m++) {
    for (let k = muniStart[m]!; k < muniStart[m + 1]!; k++) if (k === muniStart[m] || cellAt[k] !== cellAt[k - 1]) starts.push(k);
    muniGroups[m + 1] = starts.length;
  }
  starts.push(n);
  const groupStart = Int32Array.from(starts);
  const groupBox = boxesOf(groupStart, order, c.cLat, c.cLon);
  const muniBox = boxesOf(muniStart, order, c.cLat, c.cLon);
  const muniReach = new Float64Array(M);
  for (let m = 0; m < M; m++) for (let g = muniGroups[m]!; g < muniGroups[m + 1]!; g++) muniReach[m] = Math.max(muniReach[m]!, reach[groupStart[g]!]!);

  const nearStart = new Int32Array(2 * M + 1);
  const near: number[] = [];
  for (let v = 0; v < M; v++) {
    for (let t = 1; t <= 2; t++) {
      for (let m = 0; m < M; m++) if (c.tiers[v * M + m] === t && muniStart[m + 1]! > muniStart[m]!) near.push(m);
      nearStart[2 * v + t] = near.length;
    }
  }

  // Posting lists in scan positions: walking positions in order fills each list ascending.
  const postings = new Int32Array(postingOffsets[postingOffsets.length - 1]!);
  const next = postingOffsets.slice(0, postingOffsets.length - 1);
  for (let k = 0; k < n; k++) {
    const ci = order[k]!;
    for (let a = c.cCompOff[ci]!; a < c.cCompOff[ci + 1]!; a++) postings[next[c.cCompId[a]!]!++] = k;
  }

  return {
    bounded: grid.bounded,
    order,
    position,
    reach,
    muniStart,
    muniGroups,
    muniBox,
    muniReach,
    groupStart,
    groupBox,
    nearStart,
    nearMuni: Int16Array.from(near),
    postings,
    ...boundScale(grid.maxReach),
  };
}

/** boxLowerBound's constants for reaches up to `maxReach` km: linear in degrees up to clampDeg, where 2R·sin(x) is twice maxReach. */
export function boundScale(maxReach: number): { readonly clampDeg: number; readonly kmPerDeg: number } {
  const x = Math.min(Math.PI / 2, Number.isFinite(maxReach) ? Math.max(1e-3, maxReach / EARTH_RADIUS_KM) : Math.PI / 2);
  return { clampDeg: (2 * x) / RAD, kmPerDeg: KM_PER_DEGREE * (Math.sin(x) / x) * (1 - REL) };
}

function boxesOf(start: Int32Array, order: Int32Array, lat: Float64Array, lon: Float64Array): BoxBounds {
  const boxes = start.length - 1;
  const out: BoxBounds = {
    latLo: new Float64Array(boxes).fill(90),
    latHi: new Float64Array(boxes).fill(-90),
    lonLo: new Float64Array(boxes).fill(180),
    lonHi: new Float64Array(boxes).fill(-180),
    cosMin: new Float64Array(boxes),
  };
  for (let b = 0; b < boxes; b++) {
    for (let k = start[b]!; k < start[b + 1]!; k++) {
      const i = order[k]!;
      out.latLo[b] = Math.min(out.latLo[b]!, lat[i]!);
      out.latHi[b] = Math.max(out.latHi[b]!, lat[i]!);
      out.lonLo[b] = Math.min(out.lonLo[b]!, lon[i]!);
      out.lonHi[b] = Math.max(out.lonHi[b]!, lon[i]!);
    }
    // cos is concave on [-90°, 90°]: its minimum over a latitude interval lies at an end.
    if (start[b + 1]! > start[b]!) out.cosMin[b] = Math.max(0, Math.min(Math.cos(out.latLo[b]! * RAD), Math.cos(out.latHi[b]! * RAD)));
  }
  return out;
}

/**
 * Lower bound in km on the haversine distance from (lat, lon) to any point of box `b`, without trigonometry:
 * d = 2R·asin(√h) ≥ 2R·√h, and sin(t) ≥ t·sin(X)/X for t ≤ X, so with both half-angles clamped to X,
 * d ≥ R·(sin X ÷ X)·√(Δlat² + cosLat·cosMin·Δlon²) in radians (kmPerDeg carries R, the factor and the slack).
 */
export function boxLowerBound(box: BoxBounds, b: number, lat: number, lon: number, cosLat: number, clampDeg: number, kmPerDeg: number): number {
  const dLat = Math.min(clampDeg, Math.max(0, box.latLo[b]! - lat, lat - box.latHi[b]!));
  let dLon = 0;
  const lo = box.lonLo[b]!;
  const hi = box.lonHi[b]!;
  if (lon < lo || lon > hi) {
    // The short way round to the nearer edge; longitudes lie in [-180, 180], so |a − b| ≤ 360.
    let a = Math.abs(lon - lo);
    let c = Math.abs(lon - hi);
    if (a > 180) a = 360 - a;
    if (c > 180) c = 360 - c;
    dLon = Math.min(clampDeg, a, c);
  }
  return kmPerDeg * Math.sqrt(dLat * dLat + box.cosMin[b]! * cosLat * dLon * dLon) - ABS_KM;
}
