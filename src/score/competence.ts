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
