import { column } from './columns.js';
import { NOTHING_MISSING, num, type FactorDefinition, type Locale } from './factor.js';

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

/** Why the hours factor gave `value` (from hoursValue over the same ranges). */
export function hoursReason(candidate: Range, vacancy: Range, value: number): HoursReason {
  if (value < 0) return { code: 'no_overlap', candidate, vacancy };
  return { code: 'overlap', candidate, vacancy, hours: Math.min(candidate.max, vacancy.max) };
}

const columns = {
  /** Weekly hours the candidate can work. */
  cHoursMin: column('float64', 'candidate'),
  cHoursMax: column('float64', 'candidate'),
  /** Weekly hours the vacancy offers. */
  vHoursMin: column('float64', 'vacancy'),
  vHoursMax: column('float64', 'vacancy'),
};

const hoursText = (locale: Locale, x: number): string => num(locale, x, x % 1 ? 1 : 0);
const range = (locale: Locale, x: Range): string => (x.min === x.max ? hoursText(locale, x.min) : `${hoursText(locale, x.min)}–${hoursText(locale, x.max)}`);

/** Weekly hours: the candidate's range against the vacancy's. */
export const hours: FactorDefinition<'hours', typeof columns, HoursReason, 'no_overlap', undefined> = {
  name: 'hours',
  columns,
  cost: 2,
  codes: ['overlap', 'no_overlap'],
  trace: () => undefined,
  value: (ix, ci, vi) => hoursValue(ix.cHoursMin[ci]!, ix.cHoursMax[ci]!, ix.vHoursMin[vi]!, ix.vHoursMax[vi]!),
  reason: (ix, ci, vi, value) => hoursReason({ min: ix.cHoursMin[ci]!, max: ix.cHoursMax[ci]! }, { min: ix.vHoursMin[vi]!, max: ix.vHoursMax[vi]! }, value),
  missing: () => NOTHING_MISSING,
  sentence: {
    nl(r) {
      const base = `Uren: kandidaat ${range('nl', r.candidate)} uur per week, vacature ${range('nl', r.vacancy)}`;
      return r.code === 'no_overlap' ? `${base}: geen overlap.` : `${base}: ${hoursText('nl', r.hours)} uur haalbaar.`;
    },
    en(r) {
      const base = `Hours: candidate ${range('en', r.candidate)} a week, vacancy ${range('en', r.vacancy)}`;
      return r.code === 'no_overlap' ? `${base}: no overlap.` : `${base}: ${hoursText('en', r.hours)} hours workable.`;
    },
  },
  knockouts: {
    no_overlap: { nl: 'Uitgesloten: de uren van kandidaat en vacature overlappen niet.', en: "Excluded: the candidate's and the vacancy's hours do not overlap." },
  },
};
