export type HoursReason =
  | { readonly code: 'overlap'; readonly candidate: Range; readonly vacancy: Range; readonly hours: number }
  | { readonly code: 'no_overlap'; readonly candidate: Range; readonly vacancy: Range };

interface Range {
  readonly min: number;
  readonly max: number;
}

/**
 * The hours factor as a number: the share of the vacancy's maximum weekly hours the candidate can work,
 * or -1 when the two ranges do not overlap (a knock-out).
 */
export function hoursValue(cMin: number, cMax: number, vMin: number, vMax: number): number {
  if (cMin > vMax || vMin > cMax) return -1;
  return Math.min(cMax, vMax) / vMax;
}

/** The hours factor with its reason. */
export function hoursFactor(candidate: Range, vacancy: Range): { score: number; reason: HoursReason } {
  const value = hoursValue(candidate.min, candidate.max, vacancy.min, vacancy.max);
  const c = { min: candidate.min, max: candidate.max };
  const v = { min: vacancy.min, max: vacancy.max };
  if (value < 0) return { score: 0, reason: { code: 'no_overlap', candidate: c, vacancy: v } };
  return { score: value, reason: { code: 'overlap', candidate: c, vacancy: v, hours: Math.min(candidate.max, vacancy.max) } };
}
