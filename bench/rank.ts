// `npm run bench`: plain timing scripts over seeded synthetic regions, against the build (dist/).
// Prints matcher build time, rankCandidates latency (p50/p95) and pair throughput at several sizes.
import { createMatcher, generateSyntheticRegion, MUNICIPALITIES } from 'werkmatch';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const VACANCIES = 200;
const QUERIES = 100;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

console.log(`werkmatch bench — node ${process.version}, ${QUERIES} rankCandidates queries per size (after warm-up)`);
console.log('candidates  build ms  rank p50 ms  rank p95 ms  pairs/s (M)  p50 when-none / fill / off ms');
for (const n of SIZES) {
  const region = generateSyntheticRegion({ seed: 7, candidates: n, vacancies: VACANCIES });
  let t = performance.now();
  const matcher = createMatcher(region);
  const buildMs = performance.now() - t;
  const ids = region.vacancies.map((v) => v.id);
  let sink = 0;
  for (let i = 0; i < 20; i++) sink += matcher.rankCandidates(ids[i % ids.length]!, { limit: 10, fallback: 'fill' }).length;

  const run = (fallback: 'when-none' | 'fill' | 'off') => {
    const times: number[] = [];
    for (let q = 0; q < QUERIES; q++) {
      t = performance.now();
      sink += matcher.rankCandidates(ids[q % ids.length]!, { limit: 10, fallback, minScore: 0 }).length;
      times.push(performance.now() - t);
    }
    return times;
  };
  const on = run('fill');
  const whenNone = run('when-none');
  const off = run('off');
  const pairsPerSecond = (n * QUERIES) / (on.reduce((a, b) => a + b, 0) / 1000);
  console.log(
    `${String(n).padStart(10)}  ${buildMs.toFixed(0).padStart(8)}  ${pct(on, 50).toFixed(2).padStart(11)}  ${pct(on, 95).toFixed(2).padStart(11)}  ${(pairsPerSecond / 1e6).toFixed(2).padStart(11)}  ${pct(whenNone, 50).toFixed(2)} / ${pct(on, 50).toFixed(2)} / ${pct(off, 50).toFixed(2)}`,
  );
  if (sink < 0) console.log(sink);
}

// Issue 14's target: 'fill', minScore 0 over 100k candidates spread over the whole country.
{
  const region = generateSyntheticRegion({ seed: 7, candidates: 100_000, vacancies: VACANCIES, municipalities: MUNICIPALITIES.map((m) => m.name) });
  const matcher = createMatcher(region);
  const ids = region.vacancies.map((v) => v.id);
  let sink = 0;
  for (let i = 0; i < 20; i++) sink += matcher.rankCandidates(ids[i]!, { fallback: 'fill', minScore: 0 }).length;
  const times: number[] = [];
  for (let q = 0; q < QUERIES; q++) {
    const t = performance.now();
    sink += matcher.rankCandidates(ids[q % ids.length]!, { fallback: 'fill', minScore: 0 }).length;
    times.push(performance.now() - t);
  }
  console.log(`100,000 candidates over all ${MUNICIPALITIES.length} municipalities: 'fill' minScore 0 p50 ${pct(times, 50).toFixed(3)} ms, p95 ${pct(times, 95).toFixed(3)} ms (target: p50 ≤ 0.1 ms)`);
  if (sink < 0) console.log(sink);
}
