// `tsx bench/load.ts`: what loading costs per record (issue 14, item 2). Synthetic national caseloads of
// 10k/100k/400k candidates (+2,000 vacancies), median of a few runs: validation alone (loadInput: plain copy,
// schemas, municipalities, ids), the same with flat reporting fields on every candidate, compileIndex alone (on one
// loaded input) and createMatcher in all, in µs per record. BENCH_SIZES=10000,100000 to pick sizes.
// Profile: node --cpu-prof --import tsx bench/load.ts
import { cpus, loadavg } from 'node:os';
import { createMatcher, generateSyntheticRegion } from '../src/index.js';
import { loadInput, type LoadStats } from '../src/engine/load.js';
import { compileIndex } from '../src/engine/compile.js';
import { MUNICIPALITIES } from '../src/region/municipalities.js';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,400000').split(',').filter(Boolean).map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const VACANCIES = 2000;
const NATIONAL = MUNICIPALITIES.map((m) => m.name);

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Wall and CPU milliseconds (CPU: this process, all threads; less sensitive to a busy machine than wall time). */
const timed = (fn: () => unknown): { wall: number; cpu: number } => {
  const t = performance.now();
  const c = process.cpuUsage();
  if (fn() === undefined) throw new Error('bench: nothing loaded');
  const used = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
};

console.log(`werkmatch load bench — node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(2)} at start, median of ${RUNS} runs`);
for (const n of SIZES) {
  const input = generateSyntheticRegion({ seed: 7, candidates: n, vacancies: VACANCIES, municipalities: NATIONAL });
  const records = n + VACANCIES;
  const stats: LoadStats = { fastPath: 0 };
  const load = Array.from({ length: RUNS }, () => timed(() => loadInput(input, undefined, [], { stats })));
  const fast = stats.fastPath / RUNS;
  // The same caseload with flat reporting fields on every candidate, as a portal's export carries them.
  const reported = { candidates: input.candidates.map((c, i) => ({ ...c, reporting: { team: `team ${i % 7}`, klantmanager: `km-${i % 40}`, fte: 0.8 } })), vacancies: input.vacancies };
  const reportingStats: LoadStats = { fastPath: 0 };
  const loadReporting = Array.from({ length: RUNS }, () => timed(() => loadInput(reported, undefined, [], { stats: reportingStats })));
  const loaded = loadInput(input, undefined, []);
  if (!loaded) throw new Error('bench: input did not load');
  const compile = Array.from({ length: RUNS }, () => timed(() => compileIndex(loaded, [])));
  const build = Array.from({ length: RUNS }, () => timed(() => createMatcher(input)));
  const us = (ms: number) => ((ms * 1000) / records).toFixed(2);
  const row = (times: { wall: number; cpu: number }[]) => {
    const wall = median(times.map((t) => t.wall));
    const cpu = median(times.map((t) => t.cpu));
    return `${(wall / 1000).toFixed(2)} s = ${us(wall)} µs/record (CPU ${us(cpu)})`;
  };
  console.log(
    `${n.toLocaleString('en').padStart(9)} candidates: validation ${row(load)}; compileIndex ${row(compile)}; createMatcher ${row(build)}; fast path took ${fast} of ${records} records (load average ${loadavg()[0]!.toFixed(2)})`,
  );
  console.log(`${''.padStart(21)}with reporting fields: validation ${row(loadReporting)}; fast path took ${reportingStats.fastPath / RUNS} of ${records} records`);
}
