import type { Sector } from '../basics/sectors.js';

/** A candidate's relation to a vacancy's sector. `unknown`: the candidate has no `sectors` field. */
export type SectorFit = 'preferred' | 'experience' | 'neutral' | 'excluded' | 'unknown';

/** Numeric codes for SectorFit in typed arrays. */
export const SECTOR_FIT_CODES: readonly SectorFit[] = ['neutral', 'experience', 'preferred', 'excluded', 'unknown'];

export const SECTOR_SCORES = Object.freeze({ preferred: 1, experience: 0.8, neutral: 0.5, shortageBonus: 0.1 });

export interface SectorReason {
  readonly code: SectorFit;
  readonly sector: Sector;
  readonly shortage: boolean;
}

/**
 * The sector factor as a number, or -1 for an excluded sector (a knock-out).
 * A neutral or unknown fit scores 0.5, plus 0.1 in a shortage sector where employers take side-entrants.
 */
export function sectorValue(fit: number, shortage: boolean): number {
  switch (fit) {
    case 2:
      return SECTOR_SCORES.preferred;
    case 1:
      return SECTOR_SCORES.experience;
    case 3:
      return -1;
    default:
      return shortage ? SECTOR_SCORES.neutral + SECTOR_SCORES.shortageBonus : SECTOR_SCORES.neutral;
  }
}

/** The sector factor with its reason; `fit` is an index into SECTOR_FIT_CODES. */
export function sectorFactor(fit: number, sector: Sector, shortage: boolean): { score: number; reason: SectorReason } {
  const value = sectorValue(fit, shortage);
  return { score: Math.max(0, value), reason: { code: SECTOR_FIT_CODES[fit] ?? 'neutral', sector, shortage } };
}
