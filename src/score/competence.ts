import { column } from './columns.js';
import { list, pct, type FactorDefinition, type Locale } from './factor.js';

/** Credit for a competence the candidate has, by level (1 basic, 2 competent, 3 experienced); no level counts as 2. */
export const LEVEL_CREDIT: Readonly<Record<1 | 2 | 3, number>> = Object.freeze({ 1: 0.6, 2: 0.8, 3: 1 });
export const DEFAULT_LEVEL = 2;
/** Competence score of a vacancy that asks for nothing: neutral, so it neither helps nor hurts anyone. */
export const NEUTRAL_COMPETENCE = 0.5;

export type CompetenceReason =
  | {
      readonly code: 'coverage';
      /** covered weight ÷ asked weight, level credits included, before any job-carving penalty. */
      readonly coverage: number;
      readonly matched: readonly { readonly label: string; readonly level: number }[];
      readonly missing: readonly string[];
      readonly missingRequired: readonly string[];
      /** The employer is open to job carving, so missing required competences cost a penalty instead of a knock-out. */
      readonly jobCarving: boolean;
    }
  | {
      readonly code: 'missing_required';
      readonly coverage: number;
      readonly missingRequired: readonly string[];
      readonly matched: readonly { readonly label: string; readonly level: number }[];
      readonly missing: readonly string[];
    }
  | { readonly code: 'none_asked' };

/**
 * The competence factor as a number from the merged sums: weighted coverage, -1 for a knock-out
 * (a required competence missing without job carving), or neutral when the vacancy asks nothing.
 */
export function competenceValue(covered: number, asked: number, missingRequired: number, required: number, jobCarving: boolean, carvingPenalty: number): number {
  if (asked === 0) return NEUTRAL_COMPETENCE;
  if (missingRequired > 0 && !jobCarving) return -1;
  const coverage = covered / asked;
  return missingRequired > 0 ? coverage * (1 - (carvingPenalty * missingRequired) / required) : coverage;
}

const columns = {
  /** CSR: candidate i's competence ids (ascending) sit at cCompOff[i]..cCompOff[i+1]. */
  cCompOff: column('int32', 'candidate+1'),
  cCompId: column('int32', 'candidate competence'),
  /** LEVEL_CREDIT of the entry's level. */
  cCompCredit: column('float64', 'candidate competence'),
  cCompLevel: column('int8', 'candidate competence', 'explain'),
  /** CSR: vacancy j's competence ids (ascending, duplicates merged) sit at vCompOff[j]..vCompOff[j+1]. */
  vCompOff: column('int32', 'vacancy+1'),
  vCompId: column('int32', 'vacancy competence'),
  vCompWeight: column('float64', 'vacancy competence'),
  /** 1: required. */
  vCompRequired: column('uint8', 'vacancy competence'),
  /** Sum of the vacancy's competence weights. */
  vAskedWeight: column('float64', 'vacancy'),
  /** Sum of the weights of its required competences. */
  vRequiredWeight: column('float64', 'vacancy'),
  /** 1: the employer is open to job carving. */
  vCarving: column('uint8', 'vacancy'),
};

/** What the competence kernel notes for an explanation: per asked entry, the candidate's matching entry or -1. */
export interface CompetenceTrace {
  covered: number;
  readonly hits: number[];
}

const WORDS: {
  readonly [L in Locale]: {
    readonly noneAsked: string;
    readonly head: (present: number, asked: number, coverage: string) => string;
    readonly level: string;
    readonly has: string;
    readonly lacks: string;
    readonly carving: string;
  };
} = {
  nl: {
    noneAsked: 'Competenties: de vacature vraagt geen specifieke competenties (neutraal gescoord).',
    head: (present, asked, coverage) => `Competenties: ${present} van ${asked} gevraagd aanwezig, dekking ${coverage}`,
    level: 'niveau',
    has: 'heeft',
    lacks: 'mist',
    carving: 'de werkgever staat open voor jobcarving, dus verplichte competenties kosten punten in plaats van uit te sluiten',
  },
  en: {
    noneAsked: 'Competences: the vacancy asks for no specific competences (scored neutrally).',
    head: (present, asked, coverage) => `Competences: ${present} of ${asked} asked present, coverage ${coverage}`,
    level: 'level',
    has: 'has',
    lacks: 'lacks',
    carving: 'the employer is open to job carving, so missing required competences cost points instead of excluding',
  },
};

function competenceSentence(locale: Locale, r: CompetenceReason): string {
  const w = WORDS[locale];
  if (r.code === 'none_asked') return w.noneAsked;
  const have = r.matched.map((m) => `${m.label} (${w.level} ${m.level})`);
  const parts = [w.head(r.matched.length, r.matched.length + r.missing.length, pct(locale, r.coverage))];
  if (have.length) parts.push(`${w.has} ${list(locale, have)}`);
  if (r.missing.length) parts.push(`${w.lacks} ${list(locale, r.missing)}`);
  if (r.code === 'coverage' && r.jobCarving && r.missingRequired.length) parts.push(w.carving);
  return `${parts.join('; ')}.`;
}

/** The vacancy's competences the candidate has, weighted and credited by level; required ones can knock out. */
export const competence: FactorDefinition<'competence', typeof columns, CompetenceReason, 'missing_required', CompetenceTrace> = {
  name: 'competence',
  columns,
  cost: 5,
  codes: ['coverage', 'missing_required', 'none_asked'],
  trace: () => ({ covered: 0, hits: [] }),
  value(ix, ci, vi, trace) {
    // A merge join of two id-sorted lists.
    let covered = 0;
    let missingRequired = 0;
    let a = ix.cCompOff[ci]!;
    const aEnd = ix.cCompOff[ci + 1]!;
    const end = ix.vCompOff[vi + 1]!;
    for (let j = ix.vCompOff[vi]!; j < end; j++) {
      const id = ix.vCompId[j]!;
      while (a < aEnd && ix.cCompId[a]! < id) a++;
      if (a < aEnd && ix.cCompId[a] === id) {
        covered += ix.vCompWeight[j]! * ix.cCompCredit[a]!;
        trace?.hits.push(a);
      } else {
        if (ix.vCompRequired[j] === 1) missingRequired += ix.vCompWeight[j]!;
        trace?.hits.push(-1);
      }
    }
    if (trace !== undefined) trace.covered = covered;
    return competenceValue(covered, ix.vAskedWeight[vi]!, missingRequired, ix.vRequiredWeight[vi]!, ix.vCarving[vi] === 1, ix.config.jobCarvingPenalty);
  },
  reason(ix, _ci, vi, value, trace) {
    const asked = ix.vAskedWeight[vi]!;
    if (asked === 0) return { code: 'none_asked' };
    const matched: { label: string; level: number }[] = [];
    const missing: string[] = [];
    const missingRequired: string[] = [];
    const from = ix.vCompOff[vi]!;
    trace.hits.forEach((a, k) => {
      const label = ix.competenceLabels[ix.vCompId[from + k]!]!;
      if (a >= 0) matched.push({ label, level: ix.cCompLevel[a]! });
      else {
        missing.push(label);
        if (ix.vCompRequired[from + k] === 1) missingRequired.push(label);
      }
    });
    const coverage = trace.covered / asked;
    if (value < 0) return { code: 'missing_required', coverage, matched, missing, missingRequired };
    return { code: 'coverage', coverage, matched, missing, missingRequired, jobCarving: ix.vCarving[vi] === 1 };
  },
  missing(ix, ci, vi, reason) {
    const out = reason.code === 'none_asked' ? ['vacancy.competences'] : [];
    for (const label of ix.cUnresolved[ci]!) out.push(`candidate.competences[${JSON.stringify(label)}]`);
    for (const label of ix.vUnresolved[vi]!) out.push(`vacancy.competences[${JSON.stringify(label)}]`);
    return out;
  },
  sentence: { nl: (r) => competenceSentence('nl', r), en: (r) => competenceSentence('en', r) },
  knockouts: {
    missing_required: {
      nl: 'Uitgesloten: een verplichte competentie ontbreekt en de werkgever doet niet aan jobcarving.',
      en: 'Excluded: a required competence is missing and the employer does not do job carving.',
    },
  },
};
