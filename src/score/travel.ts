import type { Point, TravelModeModel } from '../schema/config.js';
import { TRAVEL_MODES, type TravelMode } from '../schema/records.js';
import { column, type ColumnArrays } from './columns.js';
import { NOTHING_MISSING, num, type FactorDefinition, type KernelContext, type Locale } from './factor.js';
import { score } from '../basics/messages/en.js';

/** Where a point comes from: the record's own location, or its municipality's reference point. */
export type PointSource = 'location' | 'municipality';

/** The trip of a pair: minutes by the fastest allowed mode, straight-line km, and where each end's point comes from. */
export interface TravelFacts {
  readonly minutes: number;
  readonly km: number;
  readonly mode: TravelMode;
  readonly maxMinutes: number;
  /** The candidate's point. */
  readonly from: PointSource;
  /** The vacancy's point. */
  readonly to: PointSource;
  /**
   * `km` is the municipality's estimated internal distance, not the distance between two points: both records stand on
   * its reference point, or one of them has no location and the other's lies nearer to that point than this distance
   * (the one without is somewhere in the municipality, not on the other's doorstep).
   */
  readonly estimated: boolean;
}

export type TravelReason = ({ readonly code: 'within_limit' } & TravelFacts) | ({ readonly code: 'too_far' } & TravelFacts);

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Minutes by one mode under the built-in model: straight-line km × detour ÷ speed, plus a fixed overhead. */
export function modeMinutes(km: number, model: TravelModeModel): number {
  return ((km * model.detour) / model.kmPerHour) * 60 + model.overheadMinutes;
}

/**
 * The travel factor as a number: 1 at the door, decaying smoothly to 0.5 at the candidate's maximum,
 * or -1 beyond it (a knock-out).
 */
export function travelValue(minutes: number, maxMinutes: number): number {
  if (minutes > maxMinutes) return -1;
  const r = minutes / maxMinutes;
  return 1 - 0.5 * r * r;
}

const columns = {
  /** The candidate's point: the given location, else the municipality's reference point. */
  cLat: column('float64', 'candidate'),
  cLon: column('float64', 'candidate'),
  /** cos(cLat), for the haversine. */
  cCosLat: column('float64', 'candidate'),
  cMaxMinutes: column('float64', 'candidate'),
  /** Bit i set: TRAVEL_MODES[i] allowed. */
  cModes: column('uint8', 'candidate'),
  /** Without a location: the municipality (index) whose reference point stands in; -1 with one. */
  cRefMuni: column('int16', 'candidate'),
  /** Without a location: the municipality's estimated internal distance (withinMunicipalityKm), used when the vacancy shares the reference point. */
  cRefKm: column('float64', 'candidate'),
  /** With a location: the candidate's municipality (index); -1 without. */
  cAtMuni: column('int16', 'candidate'),
  vLat: column('float64', 'vacancy'),
  vLon: column('float64', 'vacancy'),
  vCosLat: column('float64', 'vacancy'),
  /** Without a location: the municipality (index) whose reference point stands in; -1 with one. */
  vRefMuni: column('int16', 'vacancy'),
  /** Without a location: the municipality's estimated internal distance; 0 with one. */
  vRefKm: column('float64', 'vacancy'),
  /** With a location: the vacancy's municipality (index); -1 without. */
  vAtMuni: column('int16', 'vacancy'),
};

type Points = Pick<ColumnArrays<typeof columns>, 'cLat' | 'cLon' | 'cCosLat' | 'vLat' | 'vLon' | 'vCosLat'>;

/** Straight-line km between the candidate's and the vacancy's points (haversine). */
export function pairKm(ix: Points, ci: number, vi: number): number {
  const sLat = Math.sin((ix.vLat[vi]! - ix.cLat[ci]!) * RAD * 0.5);
  const sLon = Math.sin((ix.vLon[vi]! - ix.cLon[ci]!) * RAD * 0.5);
  const h = sLat * sLat + ix.cCosLat[ci]! * ix.vCosLat[vi]! * sLon * sLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Minutes for one mode: the configured travelTime, else the built-in model. */
function minutesFor(ix: Points & KernelContext, ci: number, vi: number, km: number, mode: number): number {
  const fn = ix.config.travelTime;
  if (fn === undefined) return modeMinutes(km, ix.travelModel[mode]!);
  const from: Point = { lat: ix.cLat[ci]!, lon: ix.cLon[ci]! };
  const to: Point = { lat: ix.vLat[vi]!, lon: ix.vLon[vi]! };
  const minutes = fn(from, to, TRAVEL_MODES[mode]!);
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new TypeError(score.travelTime(minutes, TRAVEL_MODES[mode]!, from, to));
  }
  return minutes;
}

/** What the travel kernel notes for an explanation: the fastest allowed mode (ties: the earlier in TRAVEL_MODES). */
export interface TravelTrace {
  km: number;
  minutes: number;
  mode: number;
  estimated: boolean;
}

type Refs = Pick<ColumnArrays<typeof columns>, 'cRefMuni' | 'cRefKm' | 'cAtMuni' | 'vRefMuni' | 'vRefKm' | 'vAtMuni'>;

/**
 * The internal distance a pair's km may not fall below: where both records are in one municipality and one or both have
 * no location (api.md: an estimate, never 0 within one municipality); 0 for every other pair.
 */
function floorKm(ix: Refs, ci: number, vi: number): number {
  const cRef = ix.cRefMuni[ci]!;
  if (cRef >= 0) return cRef === ix.vRefMuni[vi] || cRef === ix.vAtMuni[vi] ? ix.cRefKm[ci]! : 0;
  const vRef = ix.vRefMuni[vi]!;
  return vRef >= 0 && vRef === ix.cAtMuni[ci] ? ix.vRefKm[vi]! : 0;
}

/**
 * Straight-line km between the pair's points; where both records are in one municipality and a location is missing, at
 * least the municipality's estimated internal distance (both on one reference point: 0 km apart, so exactly that).
 */
export function travelKm(ix: Points & Refs, ci: number, vi: number): number {
  return Math.max(pairKm(ix, ci, vi), floorKm(ix, ci, vi));
}

const LOCATION = Object.freeze({ candidate: 'candidate.location', vacancy: 'vacancy.location' });
const MISSING_LOCATION: readonly (readonly string[])[] = Object.freeze([
  NOTHING_MISSING,
  Object.freeze([LOCATION.candidate]),
  Object.freeze([LOCATION.vacancy]),
  Object.freeze([LOCATION.candidate, LOCATION.vacancy]),
]);

const MODES: { readonly [L in Locale]: Readonly<Record<TravelMode, string>> } = {
  nl: { walk: 'te voet', bike: 'per fiets', ebike: 'per e-bike', transit: 'met het ov', car: 'per auto' },
  en: { walk: 'on foot', bike: 'by bike', ebike: 'by e-bike', transit: 'by public transport', car: 'by car' },
};

/** How the distance was measured, per locale. */
const WHERE: { readonly [L in Locale]: (r: TravelFacts) => string } = {
  nl: (r) =>
    r.estimated
      ? r.from === 'location' || r.to === 'location'
        ? `geschat (kandidaat en vacature in dezelfde gemeente, ${r.from === 'location' ? 'de locatie van de vacature' : 'de locatie van de kandidaat'} onbekend)`
        : 'geschat (kandidaat en vacature in dezelfde gemeente, geen locatie bekend)'
      : r.from === 'municipality'
        ? `hemelsbreed, gerekend vanaf het midden van de woongemeente${r.to === 'municipality' ? ' tot het midden van de gemeente van de vacature' : ''}`
        : `hemelsbreed${r.to === 'municipality' ? ', gerekend tot het midden van de gemeente van de vacature' : ''}`,
  en: (r) =>
    r.estimated
      ? r.from === 'location' || r.to === 'location'
        ? `estimated (candidate and vacancy in the same municipality, ${r.from === 'location' ? "the vacancy's location" : "the candidate's location"} unknown)`
        : 'estimated (candidate and vacancy in the same municipality, no location known)'
      : r.from === 'municipality'
        ? `as the crow flies, counted from the centre of the home municipality${r.to === 'municipality' ? " to the centre of the vacancy's municipality" : ''}`
        : `as the crow flies${r.to === 'municipality' ? ", counted to the centre of the vacancy's municipality" : ''}`,
};

/** Minutes by the fastest of the candidate's modes against the candidate's maximum. */
export const travel: FactorDefinition<'travel', typeof columns, TravelReason, 'too_far', TravelTrace> = {
  name: 'travel',
  columns,
  cost: 4,
  codes: ['within_limit', 'too_far'],
  trace: () => ({ km: 0, minutes: Infinity, mode: -1, estimated: false }),
  value(ix, ci, vi, trace) {
    const km = travelKm(ix, ci, vi);
    const modes = ix.cModes[ci]!;
    let best = -1;
    let bestMinutes = Infinity;
    for (let m = 0; m < TRAVEL_MODES.length; m++) {
      if ((modes & (1 << m)) === 0) continue;
      const minutes = minutesFor(ix, ci, vi, km, m);
      if (minutes < bestMinutes) {
        bestMinutes = minutes;
        best = m;
      }
    }
    if (trace !== undefined) {
      trace.km = km;
      trace.minutes = bestMinutes;
      trace.mode = best;
      const floor = floorKm(ix, ci, vi);
      trace.estimated = floor > 0 && km === floor;
    }
    return travelValue(bestMinutes, ix.cMaxMinutes[ci]!);
  },
  reason: (ix, ci, vi, value, t) => ({
    code: value < 0 ? 'too_far' : 'within_limit',
    minutes: t.minutes,
    km: t.km,
    mode: TRAVEL_MODES[t.mode]!,
    maxMinutes: ix.cMaxMinutes[ci]!,
    from: ix.cRefMuni[ci]! < 0 ? 'location' : 'municipality',
    to: ix.vRefMuni[vi]! < 0 ? 'location' : 'municipality',
    estimated: t.estimated,
  }),
  // An absent location makes the distance an estimate: say which.
  missing: (_ix, _ci, _vi, r) => MISSING_LOCATION[(r.from === 'municipality' ? 1 : 0) + (r.to === 'municipality' ? 2 : 0)]!,
  sentence: {
    nl: (r) => `Reistijd ${num('nl', r.minutes)} min ${MODES.nl[r.mode]} (maximaal ${num('nl', r.maxMinutes)}), ${num('nl', r.km, 1)} km ${WHERE.nl(r)}.`,
    en: (r) => `Travel time ${num('en', r.minutes)} min ${MODES.en[r.mode]} (max ${num('en', r.maxMinutes)}), ${num('en', r.km, 1)} km ${WHERE.en(r)}.`,
  },
  knockouts: {
    too_far: { nl: 'Uitgesloten: reistijd boven het maximum van de kandidaat.', en: "Excluded: travel time above the candidate's maximum." },
  },
};
