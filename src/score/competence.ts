import { column } from './columns.js';
import { list, pct, type FactorDefinition, type Locale } from './factor.js';

/** Weight of a transversal competence (languages, soft skills, general certificates) that the vacancy gives no `weight`. */
export const TRANSVERSAL_WEIGHT = 0.5;
/** Competence score of a vacancy that asks for nothing: neutral, so it neither helps nor hurts anyone. */
export const NEUTRAL_COMPETENCE = 0.5;

/**
 * Credit for a competence the candidate has: full where the vacancy states no level, the candidate states none, or
 * the candidate's level reaches it; otherwise the candidate's level ÷ the asked level.
 */
export function levelCredit(has: number, asked: number): number {
  return asked === 0 || has === 0 || has >= asked ? 1 : has / asked;
}

/** A vacancy competence the candidate has (on a language level scale: has a level of it). */
export interface CompetenceMatch {
  /** The vacancy's label. */
  readonly label: string;
  /** The candidate's own label where it differs (a language level: `Nederlandse taal B2` for `Nederlandse taal B1`). */
  readonly held?: string;
  /** The candidate's stated level (1–3); absent where none was given, and for a language level. */
  readonly level?: number;
  /** The level the vacancy states (1–3); absent where none was given, and for a language level. */
  readonly asked?: number;
  /** Share of the competence's weight earned: 1, or less for a level below the asked one. */
  readonly credit: number;
}

/** A required language level the candidate lacks, holding a lower one. */
export interface CompetenceBelow {
  readonly label: string;
  readonly held: string;
}

export type CompetenceReason =
  | {
      readonly code: 'coverage';
      /** covered weight ÷ asked weight, level credits included, before any job-carving penalty. */
      readonly coverage: number;
      readonly matched: readonly CompetenceMatch[];
      readonly missing: readonly string[];
      /** The entries of `missing` where the candidate holds a lower language level than the required one. */
      readonly below: readonly CompetenceBelow[];
      /** The share of the asked weight that `missing` carries (0 when nothing is missing). */
      readonly missingShare: number;
      readonly missingRequired: readonly string[];
      /** The employer is open to job carving, so missing required competences cost a penalty instead of a knock-out. */
      readonly jobCarving: boolean;
    }
  | {
      readonly code: 'missing_required';
      readonly coverage: number;
      readonly missingRequired: readonly string[];
      readonly matched: readonly CompetenceMatch[];
      readonly missing: readonly string[];
      /** The entries of `missing` where the candidate holds a lower language level than the required one. */
      readonly below: readonly CompetenceBelow[];
      /** The share of the asked weight that `missing` carries. */
      readonly missingShare: number;
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

// Entries are keyed so that one merge join compares them: a competence's vocabulary id, except that every Dutch
// language level shares one key and carries its CEFR level (1 A1 … 7 moedertaal), so a higher level meets a lower one.
const columns = {
  /** CSR: candidate i's competence keys (ascending) sit at cCompOff[i]..cCompOff[i+1]. */
  cCompOff: column('int32', 'candidate+1'),
  cCompId: column('int32', 'candidate competence'),
  /** The stated level (1–3, 0 none given), or the CEFR level of a Dutch language entry. */
  cCompLevel: column('int8', 'candidate competence'),
  /** The competence id as given (its label is shown), where the key merges language levels. */
  cCompShown: column('int32', 'candidate competence', 'explain'),
  /** CSR: vacancy j's competence keys (ascending, duplicates merged) sit at vCompOff[j]..vCompOff[j+1]. */
  vCompOff: column('int32', 'vacancy+1'),
  vCompId: column('int32', 'vacancy competence'),
  /** The given weight, else 1 (occupational) or TRANSVERSAL_WEIGHT (transversal). */
  vCompWeight: column('float64', 'vacancy competence'),
  /** 1: required. */
  vCompRequired: column('uint8', 'vacancy competence'),
  /** The level the job needs (1–3, 0 none given), or the CEFR level of a Dutch language entry. */
  vCompLevel: column('uint8', 'vacancy competence'),
  /** 1: a Dutch language level, where a lower level than a required one is missing it. */
  vCompLanguage: column('uint8', 'vacancy competence'),
  vCompShown: column('int32', 'vacancy competence', 'explain'),
  /** Where the entry first stands in the vacancy's own list, so that sentences follow the vacancy's order. */
  vCompOrder: column('int16', 'vacancy competence', 'explain'),
  /** Sum of the vacancy's competence weights. */
  vAskedWeight: column('float64', 'vacancy'),
  /** Sum of the weights of its required competences. */
  vRequiredWeight: column('float64', 'vacancy'),
  /** 1: the employer is open to job carving. */
  vCarving: column('uint8', 'vacancy'),
};

/**
 * What the competence kernel notes for an explanation: per asked entry, the candidate's matching entry `a`, -1 where
 * the candidate lacks it, or -2 - a where the candidate's language level is below a required one.
 */
export interface CompetenceTrace {
  covered: number;
  readonly hits: number[];
}

interface Words {
  readonly noneAsked: string;
  readonly head: (present: number, asked: number) => string;
  readonly coverage: string;
  readonly level: (level: number | undefined, asked: number | undefined) => string;
  readonly askedLabel: string;
  readonly counts: string;
  readonly has: string;
  readonly lacks: string;
  readonly carving: string;
  readonly share: (share: string, several: boolean) => string;
}

const WORDS: { readonly [L in Locale]: Words } = {
  nl: {
    noneAsked: 'Competenties: de vacature vraagt geen specifieke competenties (neutraal gescoord).',
    head: (present, asked) => (asked === 1 ? `de gevraagde competentie ${present === 1 ? 'is aanwezig' : 'ontbreekt'}` : `${present} van de ${asked} gevraagde competenties aanwezig`),
    coverage: 'dekking',
    level: (level, asked) => `${level === undefined ? 'niveau niet opgegeven' : `niveau ${level}`}${asked === undefined ? '' : `, gevraagd niveau ${asked}`}`,
    askedLabel: 'gevraagd:',
    counts: 'telt voor',
    has: 'heeft',
    lacks: 'mist',
    carving: 'de werkgever staat open voor jobcarving, dus verplichte competenties kosten punten in plaats van uit te sluiten',
    share: (share, several) => `${several ? 'samen ' : ''}goed voor ${share} van het gevraagde gewicht`,
  },
  en: {
    noneAsked: 'Competences: the vacancy asks for no specific competences (scored neutrally).',
    head: (present, asked) => (asked === 1 ? `the one competence asked ${present === 1 ? 'is present' : 'is missing'}` : `${present} of the ${asked} competences asked present`),
    coverage: 'coverage',
    level: (level, asked) => `${level === undefined ? 'level not given' : `level ${level}`}${asked === undefined ? '' : `, asked level ${asked}`}`,
    askedLabel: 'asked:',
    counts: 'counts for',
    has: 'has',
    lacks: 'lacks',
    carving: 'the employer is open to job carving, so missing required competences cost points instead of excluding',
    share: (share, several) => `${several ? 'together ' : ''}${share} of the weight asked`,
  },
};

/** How far the missing competences' share of the weight must differ from their share of the count to be named. */
const SHARE_WORTH_SAYING = 0.15;

function held(locale: Locale, m: CompetenceMatch): string {
  const w = WORDS[locale];
  const details: string[] = [];
  if (m.held !== undefined) details.push(`${w.askedLabel} ${m.label}`);
  if (m.level !== undefined || m.asked !== undefined) details.push(w.level(m.level, m.asked));
  if (m.credit < 1) details.push(`${w.counts} ${pct(locale, m.credit)}`);
  return `${m.held ?? m.label}${details.length ? ` (${details.join(', ')})` : ''}`;
}

function competenceSentence(locale: Locale, r: CompetenceReason): string {
  const w = WORDS[locale];
  if (r.code === 'none_asked') return w.noneAsked;
  const parts = [`${locale === 'nl' ? 'Competenties' : 'Competences'}: ${w.head(r.matched.length, r.matched.length + r.missing.length)}, ${w.coverage} ${pct(locale, r.coverage)}`];
  if (r.matched.length)
    parts.push(
      `${w.has} ${list(
        locale,
        r.matched.map((m) => held(locale, m)),
      )}`,
    );
  const gap = (label: string): string => {
    const held = r.below.find((b) => b.label === label)?.held;
    return held === undefined ? label : `${label} (${w.has} ${held})`;
  };
  if (r.missing.length) {
    // Where the weights make the count mislead ("2 of the 3 present, coverage 33%"), say what the missing ones weigh.
    const total = r.matched.length + r.missing.length;
    const weighed = Math.abs(r.missingShare - r.missing.length / total) >= SHARE_WORTH_SAYING ? `, ${w.share(pct(locale, r.missingShare), r.missing.length > 1)}` : '';
    parts.push(`${w.lacks} ${list(locale, r.missing.map(gap))}${weighed}`);
  }
  if (r.code === 'coverage' && r.jobCarving && r.missingRequired.length) parts.push(w.carving);
  return `${parts.join('; ')}.`;
}

/** The vacancy's competences the candidate has, weighted (transversal ones half) and credited by level; required ones can knock out. */
export const competence: FactorDefinition<'competence', typeof columns, CompetenceReason, 'missing_required', CompetenceTrace> = {
  name: 'competence',
  columns,
  cost: 5,
  codes: ['coverage', 'missing_required', 'none_asked'],
  trace: () => ({ covered: 0, hits: [] }),
  value(ix, ci, vi, trace) {
    // A merge join of two key-sorted lists.
    let covered = 0;
    let missingRequired = 0;
    let a = ix.cCompOff[ci]!;
    const aEnd = ix.cCompOff[ci + 1]!;
    const end = ix.vCompOff[vi + 1]!;
    for (let j = ix.vCompOff[vi]!; j < end; j++) {
      const id = ix.vCompId[j]!;
      while (a < aEnd && ix.cCompId[a]! < id) a++;
      if (a < aEnd && ix.cCompId[a] === id) {
        const has = ix.cCompLevel[a]!;
        const asked = ix.vCompLevel[j]!;
        if (has < asked && ix.vCompLanguage[j] === 1 && ix.vCompRequired[j] === 1) {
          missingRequired += ix.vCompWeight[j]!;
          trace?.hits.push(-2 - a);
        } else {
          covered += ix.vCompWeight[j]! * levelCredit(has, asked);
          trace?.hits.push(a);
        }
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
    const matched: CompetenceMatch[] = [];
    const missing: string[] = [];
    const below: CompetenceBelow[] = [];
    const missingRequired: string[] = [];
    let missingWeight = 0;
    const from = ix.vCompOff[vi]!;
    const order = trace.hits.map((_, k) => k).sort((x, y) => ix.vCompOrder[from + x]! - ix.vCompOrder[from + y]!);
    order.forEach((k) => {
      const a = trace.hits[k]!;
      const j = from + k;
      const label = ix.competenceLabels[ix.vCompShown[j]!]!;
      if (a >= 0) {
        const has = ix.cCompLevel[a]!;
        const need = ix.vCompLevel[j]!;
        const credit = levelCredit(has, need);
        if (ix.vCompLanguage[j] === 1) {
          const own = ix.competenceLabels[ix.cCompShown[a]!]!;
          matched.push(own === label ? { label, credit } : { label, held: own, credit });
        } else {
          // Fields in a fixed order (label, level, asked, credit), each only where there is one; no spreads.
          const m: { label: string; level?: number; asked?: number; credit: number } = { label } as { label: string; credit: number };
          if (has > 0) m.level = has;
          if (need > 0) m.asked = need;
          m.credit = credit;
          matched.push(m);
        }
        return;
      }
      missing.push(label);
      missingWeight += ix.vCompWeight[j]!;
      if (a < -1) below.push({ label, held: ix.competenceLabels[ix.cCompShown[-2 - a]!]! });
      if (ix.vCompRequired[j] === 1) missingRequired.push(label);
    });
    const coverage = trace.covered / asked;
    const missingShare = missingWeight / asked;
    if (value < 0) return { code: 'missing_required', coverage, matched, missing, below, missingShare, missingRequired };
    return { code: 'coverage', coverage, matched, missing, below, missingShare, missingRequired, jobCarving: ix.vCarving[vi] === 1 };
  },
  missing(ix, ci, vi, reason) {
    const out = reason.code === 'none_asked' ? ['vacancy.competences'] : [];
    for (const label of ix.cUnresolved[ci]!) out.push(`candidate.competences[${JSON.stringify(label)}]`);
    for (const label of ix.vUnresolved[vi]!) out.push(`vacancy.competences[${JSON.stringify(label)}]`);
    if (reason.code !== 'none_asked') {
      for (const m of reason.matched) if (m.asked !== undefined && m.level === undefined) out.push(`candidate.competences[${JSON.stringify(m.label)}].level`);
    }
    return out;
  },
  sentence: { nl: (r) => competenceSentence('nl', r), en: (r) => competenceSentence('en', r) },
  knockouts: {
    missing_required: {
      nl: 'Uitgesloten: een verplichte competentie of het verplichte taalniveau ontbreekt, en de werkgever staat niet open voor jobcarving.',
      en: 'Excluded: a required competence or the required language level is missing, and the employer is not open to job carving.',
    },
  },
};
