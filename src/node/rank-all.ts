/// <reference types="node" />
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { mapScoringIndex, type MatchIndex, type ScoringIndex } from '../engine/compile.js';
import type { Matcher } from '../match/matcher.js';
import { resolveRankAll, toVacancyRanking, type RankAllOptions, type VacancyRanking } from '../rank/rank-all.js';
import { VacancyRanker, type RankedEntry, type RankSpec } from '../engine/scan.js';
import { usage } from '../basics/messages/en.js';

export interface RankAllProgress {
  /** Vacancies ranked so far. */
  readonly done: number;
  readonly total: number;
}

export interface RankAllParallelOptions extends RankAllOptions {
  /** Worker threads. @default 2 */
  readonly workers?: number | undefined;
  /** Called after each finished batch of vacancies, on the calling thread. */
  readonly onProgress?: ((progress: RankAllProgress) => void) | undefined;
}

const WORKER_KIND = 'werkmatch.rankAll';

interface WorkerInit {
  readonly kind: typeof WORKER_KIND;
  readonly index: ScoringIndex;
  readonly spec: RankSpec;
}

interface Batch {
  readonly from: number;
  readonly to: number;
}

/** A finished batch: per vacancy its count, then all entries flat (transferred, not copied). */
interface BatchResult extends Batch {
  readonly counts: Int32Array;
  readonly candidates: Int32Array;
  readonly scores: Float64Array;
  readonly tiers: Int8Array;
}

// One shared copy of a matcher's scoring arrays, made on first use and reused by later calls.
const sharedIndexes = new WeakMap<MatchIndex, ScoringIndex>();

function toShared<T extends Int8Array | Uint8Array | Int16Array | Int32Array | Float64Array>(array: T): T {
  const Ctor = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const out = new Ctor(new SharedArrayBuffer(array.byteLength));
  (out as unknown as { set(source: ArrayLike<number>): void }).set(array);
  return out;
}

/**
 * This module's own file (dist/node.js or node.cjs): the worker runs it again and takes the branch at the
 * bottom. Read from a V8 call site, because `import.meta.url` is a syntax error in the CommonJS build and
 * `__filename` absent in ESM. A bundle that inlines this module must not run other top-level code in a worker.
 */
function workerEntry(): { source: string; evaluate: boolean } {
  const prepare = Error.prepareStackTrace;
  let name: string | undefined;
  try {
    Error.prepareStackTrace = (_error, sites) => sites;
    name = (new Error().stack as unknown as NodeJS.CallSite[])[0]?.getFileName() ?? undefined;
  } finally {
    Error.prepareStackTrace = prepare;
  }
  if (!name) throw new Error('rankAllParallel: can not locate its own module file to start workers');
  const file = name.startsWith('file:') ? fileURLToPath(name) : name;
  if (!/\.[cm]?ts$/.test(file)) return { source: file, evaluate: false };
  // From TypeScript sources (tests, tsx) the worker registers tsx first: `--import` does not reach workers on Node 20.
  const require = createRequire(file);
  const manifest = require.resolve('tsx/package.json');
  const api = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!.import.default;
  const tsx = pathToFileURL(join(dirname(manifest), api)).href;
  return { source: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); })`, evaluate: true };
}

/**
 * rankAll over worker threads: the vacancies are ranked in batches by `workers` threads that share the
 * matcher's compiled arrays (SharedArrayBuffer, one copy, no rebuild). Same result as rankAll, in the same order.
 * Starting a worker costs a few hundred milliseconds, so this pays off once rankAll takes seconds (a region
 * or the country), not for a municipality.
 *
 * @param matcher - a matcher from createMatcher, with the built-in travel model
 * @param options - rankAll's options, plus `workers` (default 2) and `onProgress({ done, total })`
 * @returns a promise of one `{ vacancyId, candidates }` per vacancy, in input order
 * @throws {RangeError} for a misused option; {TypeError} for a matcher not from createMatcher or with a
 *   custom `travelTime` (a function can not be sent to a worker: use rankAll)
 * @example
 * import { createMatcher, generateSyntheticRegion } from 'werkmatch';
 * import { rankAllParallel } from 'werkmatch/node';
 * const matcher = createMatcher(generateSyntheticRegion({ seed: 2026, candidates: 600, vacancies: 60 }));
 * const rankings = await rankAllParallel(matcher, { limit: 10, onProgress: ({ done, total }) => console.log(`${done}/${total}`) });
 */
export async function rankAllParallel(matcher: Matcher, options: RankAllParallelOptions = {}): Promise<VacancyRanking[]> {
  const { ix, spec } = resolveRankAll('rankAllParallel', matcher, options);
  const workers = options.workers ?? 2;
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(usage.wholeAtLeast('rankAllParallel', 'workers', 1, workers));
  if (ix.config.travelTime !== undefined) {
    throw new TypeError(usage.customTravelTime('rankAllParallel'));
  }
  const total = ix.vacancies.length;
  if (total === 0) return [];
  let index = sharedIndexes.get(ix);
  if (!index) {
    index = mapScoringIndex(ix, toShared);
    sharedIndexes.set(ix, index);
  }

  const threads = Math.min(workers, total);
  // Small batches keep both threads busy to the end and the progress fine-grained.
  const size = Math.max(1, Math.min(2000, Math.ceil(total / (threads * 64))));
  const results = new Array<RankedEntry[] | undefined>(total);
  const { source, evaluate } = workerEntry();
  const init: WorkerInit = { kind: WORKER_KIND, index, spec };
  const pool = Array.from({ length: threads }, () => new Worker(source, { workerData: init, eval: evaluate }));
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      const feed = (worker: Worker): void => {
        if (next >= total) {
          if (running === 0) resolve();
          return;
        }
        const batch: Batch = { from: next, to: Math.min(total, next + size) };
        next = batch.to;
        running++;
        worker.postMessage(batch);
      };
      for (const worker of pool) {
        worker.on('message', (r: BatchResult) => {
          running--;
          let k = 0;
          for (let vi = r.from; vi < r.to; vi++) {
            const entries: RankedEntry[] = [];
            for (let end = k + r.counts[vi - r.from]!; k < end; k++) entries.push({ candidate: r.candidates[k]!, score: r.scores[k]!, tier: r.tiers[k]! });
            results[vi] = entries;
          }
          done += r.to - r.from;
          try {
            options.onProgress?.({ done, total });
          } catch (error) {
            reject(error);
            return;
          }
          feed(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (next < total || running > 0) reject(new Error(`rankAllParallel: a worker stopped with exit code ${code}`));
        });
      }
      for (const worker of pool) feed(worker);
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results.map((entries, vi) => toVacancyRanking(ix, vi, entries!));
}

function serveBatches(init: WorkerInit): void {
  const ranker = new VacancyRanker(init.index, init.spec);
  parentPort!.on('message', ({ from, to }: Batch) => {
    const ranked: RankedEntry[][] = [];
    let n = 0;
    for (let vi = from; vi < to; vi++) {
      const entries = ranker.rank(vi);
      ranked.push(entries);
      n += entries.length;
    }
    const counts = new Int32Array(to - from);
    const candidates = new Int32Array(n);
    const scores = new Float64Array(n);
    const tiers = new Int8Array(n);
    let k = 0;
    ranked.forEach((entries, j) => {
      counts[j] = entries.length;
      for (const e of entries) {
        candidates[k] = e.candidate;
        scores[k] = e.score;
        tiers[k++] = e.tier;
      }
    });
    const result: BatchResult = { from, to, counts, candidates, scores, tiers };
    parentPort!.postMessage(result, [counts.buffer, candidates.buffer, scores.buffer, tiers.buffer]);
  });
}

if (!isMainThread && (workerData as Partial<WorkerInit> | null)?.kind === WORKER_KIND) serveBatches(workerData as WorkerInit);
