import type { TravelModeModel } from '../schema/config.js';
import type { TravelMode } from '../schema/records.js';

export type TravelReason =
  | { readonly code: 'within_limit'; readonly minutes: number; readonly km: number; readonly mode: TravelMode; readonly maxMinutes: number; readonly from: 'location' | 'municipality' }
  | { readonly code: 'too_far'; readonly minutes: number; readonly km: number; readonly mode: TravelMode; readonly maxMinutes: number; readonly from: 'location' | 'municipality' };

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
