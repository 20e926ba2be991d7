// `tsx bench/fit.ts`: fitWeights (IRLS logistic regression) on simulated outcomes at several sizes, against the build.
// Factor vectors are eligible pairs of a seeded synthetic region; labels come from simulateOutcomes with known weights.
import { createMatcher, FACTORS, fitWeights, generateSyntheticRegion, simulateOutcomes, type FitExample } from 'werkmatch';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = 5;
// Hours is 1 on every eligible pair, so fitWeights fixes it at 0: the hidden weights give it none, so they are recoverable.
const HIDDEN = { competence: 0.35, ladder: 0.1, hours: 0, travel: 0.35, sector: 0.2 };

let t = performance.now();
const region = generateSyntheticRegion({ seed: 7, candidates: 6000, vacancies: 400 });
const matcher = createMatcher(region);
const pairs = region.vacancies.flatMap((v) => matcher.rankCandidates(v.id, { limit: region.candidates.length, fallback: 'fill', minScore: 0 }));
const largest = Math.max(...SIZES);
// Past the region's eligible pairs, cycle through them again with fresh outcome draws.
const pool = Array.from({ length: largest }, (_, i) => pairs[i % pairs.length]!);
const outcomes = simulateOutcomes(pool, { seed: 7, placed: { weights: HIDDEN } });
console.log(`werkmatch fitWeights bench — node ${process.version}; ${pairs.length} eligible pairs of a seeded region, outcomes simulated in ${(performance.now() - t).toFixed(0)} ms`);
console.log('examples    iterations  median ms  min ms  ms/iteration  max |weight − hidden|');

for (const n of SIZES) {
  const examples: FitExample[] = outcomes.slice(0, n).map((o) => ({ factors: o.factors, label: o.placed }));
  fitWeights(examples); // warm-up
  const times: number[] = [];
  let fit = fitWeights(examples);
  for (let r = 0; r < RUNS; r++) {
    t = performance.now();
    fit = fitWeights(examples);
    times.push(performance.now() - t);
  }
  if (!fit.identified) throw new Error(fit.problems.map((p) => p.message).join('; '));
  const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  const error = Math.max(...FACTORS.map((f) => Math.abs(fit.weights[f] - HIDDEN[f])));
  console.log(
    `${String(n).padStart(8)}  ${String(fit.iterations).padStart(12)}  ${median.toFixed(1).padStart(9)}  ${Math.min(...times)
      .toFixed(1)
      .padStart(6)}  ${(median / fit.iterations).toFixed(1).padStart(12)}  ${error.toFixed(4).padStart(21)}`,
  );
}
