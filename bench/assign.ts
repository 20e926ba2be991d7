// Assignment figures: the dense JV solver on random matrices (after warm-up), the optimal assignment of a
// 20,000 × 5,000 synthetic Holland Rijnland region stage by stage (enumerating the acceptable pairs, solving), and
// the whole assignPlacements per strategy. If python3 with scipy is present, scipy's linear_sum_assignment is timed
// on the very same matrices, and min_weight_full_bipartite_matching on the very same sparse graph (both written to
// files), and their totals are checked against werkmatch's; the bench never needs it.
// The stage-by-stage section calls internals that the package does not export, so it runs on the sources (tsx).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignPlacements, createMatcher, generateSyntheticRegion, linearAssignment } from 'werkmatch';
import { assignOptimal, type OptimalTrace } from '../src/assign/optimal.js';
import { byIdRank } from '../src/assign/scope.js';
import type { SparseProblem } from '../src/assign/sparse.js';
import { createMatcher as createMatcherFromSource } from '../src/index.js';
import { INDEX, type MatcherWithIndex } from '../src/match/matcher.js';

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
const DENSE_TARGET = 1.2;
const ASSIGN_TARGET_MS = 2000;
const SPARSE_TARGET = 2;

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

/** scipy's min_weight_full_bipartite_matching on the same graph: positions as rows, each with its vacancy's listed candidates
 * (weight 2 - score) and its vacancy's open columns (weight 2), as solveSparse sees it; median ms and maximum total. */
function scipySparseOn(p: SparseProblem, runs: number): { ms: number; total: number; cpuMs: number } | undefined {
  const files = { offsets: p.offsets, cand: p.cand, score: p.score, capacity: p.capacity };
  for (const [name, data] of Object.entries(files)) writeFileSync(join(scratch, `${name}.bin`), data);
  const read = (name: string, type: string) => `np.fromfile(${JSON.stringify(join(scratch, `${name}.bin`))}, dtype='${type}')`;
  const script = [
    'import numpy as np, time',
    'from scipy.sparse import csr_matrix',
    'from scipy.sparse.csgraph import min_weight_full_bipartite_matching',
    `off=${read('offsets', '<i4')}; cand=${read('cand', '<i4')}; score=${read('score', '<f8')}; cap=${read('capacity', '<i4')}`,
    `nC=${p.nC}; first=np.concatenate(([0], np.cumsum(cap)))`,
    'idx=[]; val=[]; ptr=[0]',
    'for x in range(len(cap)):',
    '  opens=np.arange(nC+first[x], nC+first[x+1]); c=np.concatenate((cand[off[x]:off[x+1]], opens)); w=np.concatenate((2-score[off[x]:off[x+1]], np.full(cap[x], 2.0)))',
    '  for _ in range(cap[x]): idx.append(c); val.append(w); ptr.append(ptr[-1]+len(c))',
    'm=csr_matrix((np.concatenate(val), np.concatenate(idx), np.array(ptr)), shape=(int(first[-1]), nC+int(first[-1])))',
    'r,k=min_weight_full_bipartite_matching(m)',
    'ts=[]; cs=[]',
    `for _ in range(${runs}):`,
    '  t=time.perf_counter(); c=time.process_time(); min_weight_full_bipartite_matching(m); cs.append((time.process_time()-c)*1000); ts.append((time.perf_counter()-t)*1000)',
    'print(sorted(ts)[len(ts)//2], 2*len(r)-np.asarray(m[r,k]).sum(), sorted(cs)[len(cs)//2])',
  ].join('\n');
  try {
    const [ms, total, cpuMs] = execFileSync('python3', ['-c', script], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
      .split(' ')
      .map(Number);
    return { ms: ms!, total: total!, cpuMs: cpuMs! };
  } catch {
    return undefined;
  }
}

const load = () => loadavg()[0]!.toFixed(1);
console.log(`werkmatch assignment bench — node ${process.version}, load ${load()} (other processes on this machine skew every figure)`);
console.log(`dense linearAssignment (median of runs, after warm-up); target: within ${DENSE_TARGET}× scipy at every size`);
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
  const met = peer ? (ms / peer.ms <= DENSE_TARGET ? '' : `  above the ${DENSE_TARGET}× target`) : '';
  console.log(`${`${rows}×${cols}`.padStart(9)}  ${ms.toFixed(2).padStart(7)}  ${(peer ? peer.ms.toFixed(2) : 'n/a').padStart(9)}  ${ratio.padStart(6)}  ${total.toFixed(3)} (${agrees})${met}`);
}

const candidates = Number(process.env.BENCH_CANDIDATES ?? 20_000);
const vacancies = Number(process.env.BENCH_VACANCIES ?? 5_000);
console.log(`\nassignPlacements on ${candidates} candidates × ${vacancies} vacancies, Holland Rijnland (12 municipalities), seed 11`);
let t = performance.now();
const region = generateSyntheticRegion({ seed: 11, candidates, vacancies, municipalities: HOLLAND_RIJNLAND });
const matcher = createMatcher(region);
console.log(`generate + createMatcher: ${((performance.now() - t) / 1000).toFixed(2)} s, load ${load()}`);

// Stage by stage: the optimal 'fill' assignment (one round over every vacancy and candidate), as assignPlacements runs it.
const ix = (createMatcherFromSource(region) as MatcherWithIndex)[INDEX];
const scope = {
  ix,
  minScore: ix.config.suitableScore,
  tierMask: 1 | 2 | 4,
  vacancies: byIdRank(ix.vIdRank, () => true),
  candidates: byIdRank(ix.cIdRank, () => true),
  capacity: Int32Array.from(ix.vacancies, (v) => v.positions ?? 1),
};
const STAGE_RUNS = 5;
const traces: OptimalTrace[] = [];
const cpuTimes: number[] = [];
let placedTotal = 0;
for (let r = 0; r < STAGE_RUNS + 1; r++) {
  const trace: OptimalTrace = { enumerateMs: 0, pairs: 0, scored: 0, solveMs: 0, rounds: 0, problem: undefined };
  const cpu = process.cpuUsage();
  const raw = assignOptimal(scope, 50, trace);
  const used = process.cpuUsage(cpu);
  placedTotal = raw.scoreOf.reduce((a, b) => a + b, 0);
  if (r > 0) {
    traces.push(trace);
    cpuTimes.push((used.user + used.system) / 1000);
  }
}
const cpuMs = median(cpuTimes);
const enumerateMs = median(traces.map((x) => x.enumerateMs));
const solveMs = median(traces.map((x) => x.solveMs));
const stagesMs = median(traces.map((x) => x.enumerateMs + x.solveMs));
const last = traces[traces.length - 1]!;
const problem = last.problem!;
const everyPair = ix.candidates.length * ix.vacancies.length;
console.log(`optimal 'fill', stage by stage (median of ${STAGE_RUNS} after a warm-up), load ${load()}`);
console.log(`  enumerate: ${enumerateMs.toFixed(0)} ms, ${last.pairs} acceptable pairs found by scoring ${last.scored} of ${everyPair} pairs (${((100 * last.scored) / everyPair).toFixed(1)}%)`);
console.log(
  `  solve:     ${solveMs.toFixed(0)} ms in ${last.rounds} round(s); last graph ${problem.nV} vacancies (${problem.capacity.reduce((a, b) => a + b, 0)} positions) × ${problem.nC} candidates, ${problem.cand.length} arcs`,
);
console.log(`  total:     ${stagesMs.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU, placed score ${placedTotal.toFixed(4)} (target ≤ ${ASSIGN_TARGET_MS} ms in all, assignPlacements below)`);
const sparsePeer = scipySparseOn(problem, STAGE_RUNS);
if (sparsePeer) {
  const agrees = Math.abs(sparsePeer.total - placedTotal) < 1e-6 * Math.max(1, placedTotal) ? 'yes' : `NO: ${sparsePeer.total.toFixed(4)}`;
  const ratio = stagesMs / sparsePeer.ms;
  const cpuRatio = cpuMs / sparsePeer.cpuMs;
  console.log(`  scipy min_weight_full_bipartite_matching on the same graph: ${sparsePeer.ms.toFixed(0)} ms wall, ${sparsePeer.cpuMs.toFixed(0)} ms CPU (total agrees: ${agrees})`);
  console.log(
    `  ratios: solve ${(solveMs / sparsePeer.ms).toFixed(2)}×, enumerate + solve ${ratio.toFixed(2)}× scipy's solve (wall), ${cpuRatio.toFixed(2)}× (CPU); target ≤ ${SPARSE_TARGET}×${Math.max(ratio, cpuRatio) <= SPARSE_TARGET ? ', met' : ', NOT met'}`,
  );
} else console.log('  scipy: n/a (python3 with scipy not found)');
console.log(`strategy  fallback     wall s   CPU s  placements  total score  home/fallback/region  exact   (median of 3 after a warm-up; target optimal ≤ ${ASSIGN_TARGET_MS / 1000} s)`);
for (const [strategy, fallback] of [
  ['optimal', 'fill'],
  ['optimal', 'when-none'],
  ['stable', 'fill'],
  ['greedy', 'fill'],
] as const) {
  const times: number[] = [];
  const cpus: number[] = [];
  let a = assignPlacements(matcher, { strategy, fallback });
  for (let r = 0; r < 3; r++) {
    t = performance.now();
    const cpu = process.cpuUsage();
    a = assignPlacements(matcher, { strategy, fallback });
    const used = process.cpuUsage(cpu);
    times.push((performance.now() - t) / 1000);
    cpus.push((used.user + used.system) / 1e6);
  }
  const s = median(times);
  sink += a.placements.length;
  console.log(
    `${strategy.padEnd(8)}  ${fallback.padEnd(9)}  ${s.toFixed(2).padStart(7)}  ${median(cpus).toFixed(2).padStart(6)}  ${String(a.placements.length).padStart(10)}  ${a.totalScore.toFixed(2).padStart(11)}  ${`${a.byTier.home}/${a.byTier.fallback}/${a.byTier.region}`.padStart(20)}  ${a.exact}`,
  );
}
if (sink < 0) console.log(sink);
