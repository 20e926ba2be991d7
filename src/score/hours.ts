import { column } from './columns.js';
import { NOTHING_MISSING, num, type FactorDefinition, type Locale } from './factor.js';

export type HoursReason =
  | { readonly code: 'overlap'; readonly candidate: HoursRange; readonly vacancy: HoursRange }
  | { readonly code: 'no_overlap'; readonly candidate: HoursRange; readonly vacancy: HoursRange };

/** Hours per week, from `min` to `max`. */
export interface HoursRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The hours factor as a number: 1 where the weekly ranges overlap, whatever their widths (it measures fit, not
 * volume), or -1 where they do not (a knock-out).
 */
export function hoursValue(cMin: number, cMax: number, vMin: number, vMax: number): number {
  return cMin > vMax || vMin > cMax ? -1 : 1;
}

/** Why the hours factor gave `value` (from hoursValue over the same ranges). */
export function hoursReason(candidate: HoursRange, vacancy: HoursRange, value: number): HoursReason {
  return { code: value < 0 ? 'no_overlap' : 'overlap', candidate, vacancy };
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
const range = (locale: Locale, x: HoursRange): string => (x.min === x.max ? hoursText(locale, x.min) : `${hoursText(locale, x.min)}–${hoursText(locale, x.max)}`);

/** Weekly hours: whether the candidate's range meets the vacancy's (a constraint, not a volume). */
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
      const ranges = `kandidaat ${range('nl', r.candidate)}, vacature ${range('nl', r.vacancy)} uur per week`;
      return r.code === 'no_overlap' ? `Uren passen niet: ${ranges}.` : `Uren passen: ${ranges}.`;
    },
    en(r) {
      const ranges = `candidate ${range('en', r.candidate)}, vacancy ${range('en', r.vacancy)} hours a week`;
      return r.code === 'no_overlap' ? `Hours do not fit: ${ranges}.` : `Hours fit: ${ranges}.`;
    },
  },
  knockouts: {
    no_overlap: { nl: 'Uitgesloten: de uren van kandidaat en vacature overlappen niet.', en: "Excluded: the candidate's and the vacancy's hours do not overlap." },
  },
};
