import { SECTORS, type Sector } from '../basics/sectors.js';
import { column } from './columns.js';
import { NOTHING_MISSING, type FactorDefinition } from './factor.js';

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

const columns = {
  /** candidate × 17 sectors: index into SECTOR_FIT_CODES (0 neutral, 1 experience, 2 preferred, 3 excluded, 4 unknown). */
  cSectorFit: column('uint8', 'candidate*sector'),
  /** Index into SECTORS. */
  vSector: column('int8', 'vacancy'),
  /** 1: the vacancy's sector is a configured shortage sector. */
  vShortage: column('uint8', 'vacancy'),
};

const NS = SECTORS.length;
const UNKNOWN_SECTORS: readonly string[] = Object.freeze(['candidate.sectors']);

const WHAT: { readonly [L in 'nl' | 'en']: Readonly<Record<SectorFit, string>> } = {
  nl: {
    preferred: 'voorkeur van de kandidaat',
    experience: 'de kandidaat heeft ervaring in deze sector',
    neutral: 'geen voorkeur of ervaring',
    excluded: 'de kandidaat sluit deze sector uit',
    unknown: 'sectorvoorkeur van de kandidaat niet opgegeven, neutraal gescoord',
  },
  en: {
    preferred: "the candidate's preference",
    experience: 'the candidate has experience in this sector',
    neutral: 'no preference or experience',
    excluded: 'the candidate excludes this sector',
    unknown: "the candidate's sector preferences not given, scored neutrally",
  },
};

/** The vacancy's sector against the candidate's preferences, experience and exclusions. */
export const sector: FactorDefinition<'sector', typeof columns, SectorReason, 'excluded', undefined> = {
  name: 'sector',
  columns,
  cost: 3,
  codes: ['preferred', 'experience', 'neutral', 'excluded', 'unknown'],
  trace: () => undefined,
  value: (ix, ci, vi) => sectorValue(ix.cSectorFit[ci * NS + ix.vSector[vi]!]!, ix.vShortage[vi] === 1),
  reason: (ix, ci, vi) => ({ code: SECTOR_FIT_CODES[ix.cSectorFit[ci * NS + ix.vSector[vi]!]!] ?? 'neutral', sector: SECTORS[ix.vSector[vi]!]!, shortage: ix.vShortage[vi] === 1 }),
  missing: (_ix, _ci, _vi, reason) => (reason.code === 'unknown' ? UNKNOWN_SECTORS : NOTHING_MISSING),
  sentence: {
    nl: (r) => `Sector ${r.sector}${r.shortage ? ' (tekortsector)' : ''}: ${WHAT.nl[r.code]}.`,
    en: (r) => `Sector ${r.sector}${r.shortage ? ' (shortage sector)' : ''}: ${WHAT.en[r.code]}.`,
  },
  knockouts: {
    excluded: { nl: 'Uitgesloten: de kandidaat wil niet in deze sector werken.', en: 'Excluded: the candidate does not want to work in this sector.' },
  },
};
