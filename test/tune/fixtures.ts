// Seeded fixtures for the tuning tests: eligible matches of a synthetic region, and a reference IRLS.
import { Matrix, solve } from 'ml-matrix';
import { createMatcher, FACTORS, generateSyntheticRegion, type FitExample, type Match, type Matcher, type SyntheticRegion } from '../../src/index.js';

let cached: { region: SyntheticRegion; matcher: Matcher; matches: Match[] } | undefined;

/** A seeded Bollenstreek region (3,000 candidates, 150 vacancies), its matcher and every eligible pair (home, fallback and region tiers): about 21,000 matches. */
export function regionFixture(): { region: SyntheticRegion; matcher: Matcher; matches: Match[] } {
  if (cached) return cached;
  const region = generateSyntheticRegion({ seed: 2026, candidates: 3000, vacancies: 150 });
  const matcher = createMatcher(region);
  const matches = region.vacancies.flatMap((v) => matcher.rankCandidates(v.id, { limit: region.candidates.length, fallback: 'fill', minScore: 0 }));
  cached = { region, matcher, matches };
  return cached;
}

/** Every eligible pair of the fixture region. */
export const regionMatches = (): Match[] => regionFixture().matches;

/** The readable oracle: Newton–Raphson with whole-matrix ml-matrix algebra, β ← β + (X'WX + Λ)⁻¹ (X'(y − p) − Λβ). */
export function referenceFit(examples: readonly FitExample[], l2 = 0, iterations = 30): number[] {
  // A factor with one value in every example is left out of the design (its coefficient is 0), as fitWeights fixes it.
  const varying = FACTORS.filter((f) => examples.some((e) => e.factors[f] !== examples[0]!.factors[f]));
  const X = new Matrix(examples.map((e) => [1, ...varying.map((f) => e.factors[f])]));
  const y = Matrix.columnVector(examples.map((e) => e.label));
  const penalty = Matrix.diag([0, ...varying.map(() => l2)]);
  let beta = Matrix.zeros(varying.length + 1, 1);
  for (let it = 0; it < iterations; it++) {
    const p = X.mmul(beta)
      .to1DArray()
      .map((eta) => 1 / (1 + Math.exp(-eta)));
    const WX = X.clone();
    for (let i = 0; i < WX.rows; i++) WX.mulRow(i, p[i]! * (1 - p[i]!));
    const info = X.transpose().mmul(WX).add(penalty);
    const grad = X.transpose()
      .mmul(Matrix.sub(y, Matrix.columnVector(p)))
      .sub(penalty.mmul(beta));
    beta = beta.add(solve(info, grad));
  }
  const fitted = beta.to1DArray();
  return [fitted[0]!, ...FACTORS.map((f) => (varying.includes(f) ? fitted[varying.indexOf(f) + 1]! : 0))];
}
