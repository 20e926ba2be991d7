// Assignment figures: the dense JV solver on random matrices (after warm-up) and the whole assignPlacements on a
// 20,000 × 5,000 synthetic Holland Rijnland region. If python3 with scipy is present, scipy's
// linear_sum_assignment is timed on the very same matrices (written to a file as float64) and its total is
// checked against werkmatch's; the bench never needs it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignPlacements, createMatcher, generateSyntheticRegion, linearAssignment } from 'werkmatch';

const SIZES: readonly (readonly [number, number])[] = [
  [200, 200],
  [1000, 1000],
  [2000, 2000],
  [500, 2000],
];
const HOLLAND_RIJNLAND = ['Alphen aan den Rijn', 'Hillegom', 'Kaag en Braassem', 'Katwijk', 'Leiden', 'Leiderdorp', 'Lisse', 'Nieuwkoop', 'Noordwijk', 'Oegstgeest', 'Teylingen', 'Zoeterwoude'];

/** Seeded uniform [0, 1) matrix (mulberry32), so every run times the same instances. */
function randomMatrix(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const scratch = mkdtempSync(join(tmpdir(), 'werkmatch-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** scipy's median ms and total on the same matrix, or undefined without python3 + scipy. */
function scipyOn(cost: Float64Array, rows: number, cols: number, runs: number): { ms: number; total: number } | undefined {
  const file = join(scratch, `${rows}x${cols}.f64`);
  writeFileSync(file, cost);
  const script = `import numpy as np, time\nfrom scipy.optimize import linear_sum_assignment\nc=np.fromfile(${JSON.stringify(file)}, dtype='<f8').reshape(${rows},${cols})\nr,k=linear_sum_assignment(c)\nts=[]\nfor _ in range(${runs}):\n  t=time.perf_counter(); linear_sum_assignment(c); ts.append((time.perf_counter()-t)*1000)\nprint(sorted(ts)[len(ts)//2], c[r,k].sum())`;
  try {
    const [ms, total] = execFileSync('python3', ['-c', script], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
      .split(' ')
      .map(Number);
    return { ms: ms!, total: total! };
  } catch {
    return undefined;
  }
}

console.log(`werkmatch assignment bench — node ${process.version}`);
console.log('dense linearAssignment (median of runs, after warm-up)');
console.log('     size       ms   scipy ms   ratio   total (scipy agrees)');
let sink = 0;
for (const [rows, cols] of SIZES) {
  const cost = randomMatrix(rows * cols, rows * 7919 + cols);
  const runs = rows * cols <= 1_000_000 ? 15 : 5;
  for (let w = 0; w < 3; w++) sink += linearAssignment(cost, rows, cols).total;
  const times: number[] = [];
  let total = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    total = linearAssignment(cost, rows, cols).total;
    times.push(performance.now() - t);
  }
  sink += total;
  const ms = median(times);
  const peer = scipyOn(cost, rows, cols, runs);
  const ratio = peer ? `${(ms / peer.ms).toFixed(2)}×` : 'n/a';
  const agrees = peer ? (Math.abs(peer.total - total) < 1e-6 * Math.max(1, Math.abs(total)) ? 'yes' : `NO: ${peer.total.toFixed(3)}`) : 'n/a';
  console.log(`${`${rows}×${cols}`.padStart(9)}  ${ms.toFixed(1).padStart(7)}  ${(peer ? peer.ms.toFixed(1) : 'n/a').padStart(9)}  ${ratio.padStart(6)}  ${total.toFixed(3)} (${agrees})`);
}

const candidates = Number(process.env.BENCH_CANDIDATES ?? 20_000);
const vacancies = Number(process.env.BENCH_VACANCIES ?? 5_000);
console.log(`\nassignPlacements on ${candidates} candidates × ${vacancies} vacancies, Holland Rijnland (12 municipalities), seed 11`);
let t = performance.now();
const region = generateSyntheticRegion({ seed: 11, candidates, vacancies, municipalities: HOLLAND_RIJNLAND });
const matcher = createMatcher(region);
console.log(`generate + createMatcher: ${((performance.now() - t) / 1000).toFixed(2)} s`);
console.log('strategy  fallback     wall s  placements  total score  home/fallback/region  exact');
for (const [strategy, fallback] of [
  ['optimal', 'fill'],
  ['optimal', 'when-none'],
  ['stable', 'fill'],
  ['greedy', 'fill'],
] as const) {
  t = performance.now();
  const a = assignPlacements(matcher, { strategy, fallback });
  const s = (performance.now() - t) / 1000;
  sink += a.placements.length;
  console.log(
    `${strategy.padEnd(8)}  ${fallback.padEnd(9)}  ${s.toFixed(2).padStart(7)}  ${String(a.placements.length).padStart(10)}  ${a.totalScore.toFixed(2).padStart(11)}  ${`${a.byTier.home}/${a.byTier.fallback}/${a.byTier.region}`.padStart(20)}  ${a.exact}`,
  );
}
if (sink < 0) console.log(sink);
