import { column } from './columns.js';
import { NOTHING_MISSING, type FactorDefinition } from './factor.js';

/** Score by Participatieladder step once the step qualifies: paid work without support scores highest. */
export const LADDER_SCORES: Readonly<Record<4 | 5 | 6, number>> = Object.freeze({ 4: 0.6, 5: 0.85, 6: 1 });
/** Step 5 where the employer offers no job coach or wage subsidy yet: eligible, the support still to arrange. */
export const STEP_5_SUPPORT_TO_ARRANGE = 0.7;

export type LadderReason =
  | { readonly code: 'step_qualifies'; readonly step: number; readonly minStep: number; readonly support: 'none' | 'offered' | 'to_arrange' }
  | { readonly code: 'exempt'; readonly step: number }
  | { readonly code: 'step_too_low'; readonly step: number; readonly minStep: number }
  | { readonly code: 'below_minimum'; readonly step: number; readonly minStep: number };

type LadderKnockout = Exclude<LadderReason['code'], 'step_qualifies'>;

/**
 * The ladder factor as a number: the score in [0, 1], or -1 for a knock-out.
 * Steps 1–3 never qualify for paid work; step 4 only where the vacancy accepts step 4;
 * step 5 where the vacancy accepts step 5, lower where support (job coach or wage subsidy) is still to arrange; step 6 always.
 * Exempt people never match.
 */
export function ladderValue(step: number, minStep: number, exempt: boolean, supportOffered: boolean): number {
  if (exempt || step <= 3) return -1;
  if (step === 4) return minStep <= 4 ? LADDER_SCORES[4] : -1;
  if (step === 5) return minStep <= 5 ? (supportOffered ? LADDER_SCORES[5] : STEP_5_SUPPORT_TO_ARRANGE) : -1;
  return LADDER_SCORES[6];
}

/** Why the ladder factor gave `value` (from ladderValue with the same arguments). */
export function ladderReason(step: number, minStep: number, exempt: boolean, value: number, supportOffered: boolean): LadderReason {
  if (value >= 0) return { code: 'step_qualifies', step, minStep, support: step !== 5 ? 'none' : supportOffered ? 'offered' : 'to_arrange' };
  if (exempt) return { code: 'exempt', step };
  if (step <= 3) return { code: 'step_too_low', step, minStep };
  return { code: 'below_minimum', step, minStep };
}

const columns = {
  /** Participatieladder step, 1–6. */
  cStep: column('int8', 'candidate'),
  /** 1: exempt from the obligation to work (ontheffing). */
  cExempt: column('uint8', 'candidate'),
  /** The lowest step the vacancy accepts (4–6; 5 when not given). */
  vMinStep: column('int8', 'vacancy'),
  /** 1: the employer offers a job coach or wage subsidy. */
  vSupport: column('uint8', 'vacancy'),
};

/** Participatieladder step against what the vacancy accepts and the support it offers or that is still to arrange. */
export const ladder: FactorDefinition<'ladder', typeof columns, LadderReason, LadderKnockout, undefined> = {
  name: 'ladder',
  columns,
  cost: 1,
  codes: ['step_qualifies', 'exempt', 'step_too_low', 'below_minimum'],
  trace: () => undefined,
  value: (ix, ci, vi) => ladderValue(ix.cStep[ci]!, ix.vMinStep[vi]!, ix.cExempt[ci] === 1, ix.vSupport[vi] === 1),
  reason: (ix, ci, vi, value) => ladderReason(ix.cStep[ci]!, ix.vMinStep[vi]!, ix.cExempt[ci] === 1, value, ix.vSupport[vi] === 1),
  missing: () => NOTHING_MISSING,
  sentence: {
    nl(r) {
      switch (r.code) {
        case 'step_qualifies':
          if (r.step === 6) return 'Trede 6 op de participatieladder: klaar voor betaald werk.';
          if (r.step === 5 && r.support === 'to_arrange')
            return 'Trede 5 op de participatieladder: betaald werk met ondersteuning; deze werkgever biedt die nog niet, te regelen: een jobcoach, loonkostensubsidie en de no-riskpolis.';
          if (r.step === 5) return 'Trede 5 op de participatieladder: betaald werk met ondersteuning, en deze werkgever biedt een jobcoach of loonkostensubsidie.';
          return `Trede ${r.step} op de participatieladder: de vacature staat open voor trede ${r.minStep}.`;
        case 'exempt':
          return `Trede ${r.step}, maar ontheffing van de arbeidsverplichting.`;
        case 'step_too_low':
          return `Trede ${r.step} op de participatieladder: nog te ver van betaald werk.`;
        case 'below_minimum':
          return `Trede ${r.step} op de participatieladder; de vacature vraagt minimaal trede ${r.minStep}.`;
      }
    },
    en(r) {
      switch (r.code) {
        case 'step_qualifies':
          if (r.step === 6) return 'Step 6 on the participation ladder: ready for paid work.';
          if (r.step === 5 && r.support === 'to_arrange')
            return 'Step 5 on the participation ladder: paid work with support; this employer offers none yet, to arrange: a job coach, wage cost subsidy (loonkostensubsidie) and the no-risk policy (no-riskpolis).';
          if (r.step === 5) return 'Step 5 on the participation ladder: paid work with support, which this employer offers (job coach or wage subsidy).';
          return `Step ${r.step} on the participation ladder: the vacancy accepts step ${r.minStep}.`;
        case 'exempt':
          return `Step ${r.step}, but exempt from the obligation to work.`;
        case 'step_too_low':
          return `Step ${r.step} on the participation ladder: still too far from paid work.`;
        case 'below_minimum':
          return `Step ${r.step} on the participation ladder; the vacancy asks for at least step ${r.minStep}.`;
      }
    },
  },
  knockouts: {
    exempt: { nl: 'Uitgesloten: ontheffing van de arbeidsverplichting, nooit gematcht.', en: 'Excluded: exempt from the obligation to work, never matched.' },
    step_too_low: { nl: 'Uitgesloten: treden 1–3 komen niet in aanmerking voor betaald werk.', en: 'Excluded: steps 1–3 do not qualify for paid work.' },
    below_minimum: { nl: 'Uitgesloten: trede lager dan de vacature vraagt.', en: 'Excluded: ladder step below what the vacancy asks.' },
  },
};
