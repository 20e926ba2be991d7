// `npm run bench`: matcher.update against the build (dist/). Upserts 1 and 1,000 records (half new, half replacing)
// into a 100k-candidate matcher, and times a ranking on the updated matcher next to one on the base.
// Targets (issue 14): one record ≤ 5 ms, 1,000 records ≤ 100 ms (medians).
import { createMatcher, generateSyntheticRegion } from 'werkmatch';

const CANDIDATES = Number(process.env.BENCH_UPDATE_CANDIDATES ?? 100_000);
const VACANCIES = 2_000;
const REPEATS = 15;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const region = generateSyntheticRegion({ seed: 7, candidates: CANDIDATES, vacancies: VACANCIES });
const extra = generateSyntheticRegion({ seed: 8, candidates: 1_000, vacancies: 10 });
let t = performance.now();
const matcher = createMatcher(region);
console.log(`werkmatch bench update — node ${process.version}, ${CANDIDATES} candidates × ${VACANCIES} vacancies (build ${(performance.now() - t).toFixed(0)} ms)`);

/** `n` upserts: even ones new (fresh ids), odd ones replacing a held candidate. */
const upserts = (n: number, round: number) => extra.candidates.slice(0, n).map((c, i) => ({ ...c, id: i % 2 === 0 ? `u${round}-${c.id}` : region.candidates[(i * 97 + round) % CANDIDATES]!.id }));

let sink = 0;
console.log('records  update p50 ms  target ms  rankCandidates p50 ms (updated / base)');
for (const [n, target] of [
  [1, 5],
  [1_000, 100],
] as const) {
  const times: number[] = [];
  const rankUpdated: number[] = [];
  const rankBase: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const changes = { candidates: { upsert: upserts(n, r) }, vacancies: { remove: [region.vacancies[r]!.id] } };
    t = performance.now();
    const next = matcher.update(changes);
    times.push(performance.now() - t);
    const vacancy = region.vacancies[100 + r]!.id;
    t = performance.now();
    sink += next.rankCandidates(vacancy, { limit: 10, fallback: 'fill', minScore: 0 }).length;
    rankUpdated.push(performance.now() - t);
    t = performance.now();
    sink += matcher.rankCandidates(vacancy, { limit: 10, fallback: 'fill', minScore: 0 }).length;
    rankBase.push(performance.now() - t);
  }
  const p50 = median(times.slice(2));
  console.log(
    `${String(n).padStart(7)}  ${p50.toFixed(2).padStart(13)}  ${String(target).padStart(9)}  ${median(rankUpdated.slice(2)).toFixed(2)} / ${median(rankBase.slice(2)).toFixed(2)}${p50 <= target ? '' : '  (over target)'}`,
  );
}
if (sink < 0) console.log(sink);
