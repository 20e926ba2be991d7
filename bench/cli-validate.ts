// `npm run build && tsx bench/cli-validate.ts`: a 1,000,000-row candidate CSV (synthetic, written in batches)
// streamed through `werkmatch validate` (dist/cli.js) in a subprocess; prints time, rows/s and the peak RSS of the
// subprocess. Run twice: a clean file (one pass) and the same file with a duplicate id and two bad rows (a second
// pass compares the ids whose hashes collide). The file lives in a temp dir and is deleted.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSyntheticRegion, type CandidateInput } from 'werkmatch';
import { writeRecords } from 'werkmatch/node';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const BATCH = 20_000;
const CLI = resolve(import.meta.dirname, '../dist/cli.js');
const TIME = '/usr/bin/time';
if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);

async function* candidates(): AsyncGenerator<CandidateInput> {
  for (let start = 0, batch = 0; start < ROWS; start += BATCH, batch++) {
    const n = Math.min(BATCH, ROWS - start);
    const region = generateSyntheticRegion({ seed: 1000 + batch, candidates: n, vacancies: 0 });
    for (const [i, c] of region.candidates.entries()) yield { ...c, id: `c${start + i}` };
  }
}

interface Measured {
  readonly code: number;
  readonly seconds: number;
  readonly peakMiB: number;
  readonly stdout: string;
  readonly stderrLines: number;
}

/** Runs the CLI under /usr/bin/time -v when present (peak RSS from the kernel), else reads the CLI's own --stats line. */
function measure(args: string[]): Promise<Measured> {
  const useTime = existsSync(TIME);
  const [cmd, argv] = useTime ? [TIME, ['-v', process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args, '--stats']];
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const kib = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] : undefined;
      const mib = kib !== undefined ? Number(kib) / 1024 : Number(/peak RSS (\d+) MiB/.exec(stderr)?.[1] ?? NaN);
      const lines = stderr.split('\n').filter((l) => l.includes('candidates.csv:')).length;
      done({ code: code ?? -1, seconds, peakMiB: mib, stdout, stderrLines: lines });
    });
  });
}

const dir = await mkdtemp(join(tmpdir(), 'werkmatch-bench-cli-'));
const path = join(dir, 'candidates.csv');
try {
  const t = performance.now();
  await writeRecords(path, candidates(), { kind: 'candidates' });
  const { size } = await stat(path);
  console.log(`wrote ${ROWS.toLocaleString('en')} candidate rows (${(size / 2 ** 20).toFixed(0)} MiB CSV) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const report = (label: string, m: Measured) =>
    console.log(
      `${label}: exit ${m.code}, ${m.seconds.toFixed(1)} s (${Math.round(ROWS / m.seconds).toLocaleString('en')} rows/s), peak RSS ${m.peakMiB.toFixed(0)} MiB, ${m.stderrLines} issue lines`,
    );

  const clean = await measure(['validate', '--candidates', path]);
  report('validate, all valid     ', clean);
  if (clean.code !== 0) throw new Error(`expected exit 0, got ${clean.code}:\n${clean.stdout}`);

  // A duplicate of the first id, an unknown municipality and hours the wrong way round, at the end of the file.
  const head = await open(path);
  const { buffer } = await head.read(Buffer.alloc(65536), 0, 65536, 0);
  await head.close();
  const header = buffer.toString('utf8').split('\n', 1)[0]!.split(',');
  const row = (cells: Record<string, string>) => header.map((h) => cells[h] ?? '').join(',');
  const base = { ladderStep: '4', competences: 'VIG', 'hours.min': '16', 'hours.max': '24', 'travel.maxMinutes': '30', 'travel.modes': 'bike' };
  await appendFile(
    path,
    `${[row({ ...base, id: 'c0', municipality: 'Noordwijk' }), row({ ...base, id: 'x1', municipality: 'Nergenshuizen' }), row({ ...base, id: 'x2', municipality: 'Lisse', 'hours.min': '24', 'hours.max': '16' })].join('\n')}\n`,
  );
  const dirty = await measure(['validate', '--candidates', path]);
  report('validate, 3 bad rows    ', dirty);
  if (dirty.code !== 1 || dirty.stderrLines !== 3) throw new Error(`expected exit 1 with 3 issues, got ${dirty.code} with ${dirty.stderrLines}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
