import type { ReferenceRanked } from './reference-scorer.js';

/**
 * Why `actual` (a limited ranking) differs from the oracle's full ranking, or undefined when they agree:
 * same length, tiers and scores (to 1e-9) position by position, and the same ids — except among scores
 * within 1e-9 of each other, which rounding may order either way.
 */
export function rankingMismatch(actual: readonly { candidateId: string; score: number; tier: string }[], expected: readonly ReferenceRanked[], limit: number): string | undefined {
  const n = Math.min(limit, expected.length);
  if (actual.length !== n) return `length ${actual.length}, expected ${n}`;
  if (new Set(actual.map((a) => a.candidateId)).size !== n) return 'a candidate appears twice';
  for (let i = 0; i < n; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    if (a.tier !== e.tier) return `#${i}: tier ${a.tier}, expected ${e.tier}`;
    if (Math.abs(a.score - e.score) > 1e-9) return `#${i}: score ${a.score}, expected ${e.score}`;
    if (a.candidateId !== e.candidateId && !expected.some((x) => x.candidateId === a.candidateId && x.tier === e.tier && Math.abs(x.score - e.score) <= 1e-9)) {
      return `#${i}: ${a.candidateId}, expected ${e.candidateId}`;
    }
  }
  return undefined;
}
