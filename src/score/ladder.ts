/** Score by Participatieladder step once the step qualifies: paid work without support scores highest. */
export const LADDER_SCORES: Readonly<Record<4 | 5 | 6, number>> = Object.freeze({ 4: 0.6, 5: 0.85, 6: 1 });

export type LadderReason =
  | { readonly code: 'step_qualifies'; readonly step: number; readonly minStep: number; readonly support: 'none' | 'offered' }
  | { readonly code: 'exempt'; readonly step: number }
  | { readonly code: 'step_too_low'; readonly step: number; readonly minStep: number }
  | { readonly code: 'support_required'; readonly step: number; readonly minStep: number }
  | { readonly code: 'below_minimum'; readonly step: number; readonly minStep: number };

/**
 * The ladder factor as a number: the score in [0, 1], or -1 for a knock-out.
 * Steps 1–3 never qualify for paid work; step 4 only where the vacancy accepts step 4;
 * step 5 where the vacancy accepts step 5 and support (job coach or wage subsidy) is offered; step 6 always. Exempt people never match.
 */
export function ladderValue(step: number, minStep: number, exempt: boolean, supportOffered: boolean): number {
  if (exempt || step <= 3) return -1;
  if (step === 4) return minStep <= 4 ? LADDER_SCORES[4] : -1;
  if (step === 5) return minStep <= 5 && supportOffered ? LADDER_SCORES[5] : -1;
  return LADDER_SCORES[6];
}

/** The ladder factor with its reason. */
export function ladderFactor(step: number, minStep: number, exempt: boolean, supportOffered: boolean): { score: number; reason: LadderReason } {
  const value = ladderValue(step, minStep, exempt, supportOffered);
  if (value >= 0) {
    return { score: value, reason: { code: 'step_qualifies', step, minStep, support: step === 5 ? 'offered' : 'none' } };
  }
  if (exempt) return { score: 0, reason: { code: 'exempt', step } };
  if (step <= 3) return { score: 0, reason: { code: 'step_too_low', step, minStep } };
  if (step === 5 && minStep <= 5) return { score: 0, reason: { code: 'support_required', step, minStep } };
  return { score: 0, reason: { code: 'below_minimum', step, minStep } };
}
