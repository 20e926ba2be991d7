// `npm run build && tsx bench/stream.ts`: a 1,000,000-row candidate CSV written and streamed through validation,
// against the build (dist/). Prints rows/s and peak RSS; the file lives in a temp dir and is deleted.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CandidateInput } from 'werkmatch';
import { streamRecords, writeRecords } from 'werkmatch/node';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const TOWNS = ['Noordwijk', 'Hillegom', 'Lisse', 'Katwijk', 'Teylingen', 'Leiden', 'GM0575'];
const LABELS = ['VIG:2', 'Kassawerk', 'HACCP', 'Orderpicken:1', 'Rijbewijs B'];

let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

function* candidates(): Generator<CandidateInput> {
  for (let i = 0; i < ROWS; i++) {
    if (i % 1000 === 0) sampleRss();
    yield {
      id: `c${i}`,
      municipality: TOWNS[i % TOWNS.length]!,
      location: { lat: 52.1 + (i % 300) / 1000, lon: 4.35 + (i % 350) / 1000 },
      ladderStep: ((i % 6) + 1) as 1 | 2 | 3 | 4 | 5 | 6,
      competences: [LABELS[i % 5]!, LABELS[(i + 2) % 5]!].map((l) => (l.includes(':') ? { label: l.split(':')[0]!, level: Number(l.split(':')[1]) as 1 | 2 } : l)),
      hours: { min: 8 + (i % 16), max: 24 + (i % 16) },
      travel: { maxMinutes: 15 + (i % 60), modes: i % 3 === 0 ? ['bike', 'transit'] : ['car'] },
      sectors: { preferred: ['zorg'] },
      wageValue: 0.5 + (i % 50) / 100,
    };
  }
}

const dir = await mkdtemp(join(tmpdir(), 'werkmatch-bench-'));
const path = join(dir, 'candidates.csv');
try {
  let t = performance.now();
  await writeRecords(path, candidates(), {
    kind: 'candidates',
    delimiter: ';',
    columns: ['id', 'municipality', 'location.lat', 'location.lon', 'ladderStep', 'competences', 'hours.min', 'hours.max', 'travel.maxMinutes', 'travel.modes', 'sectors.preferred', 'wageValue'],
  });
  const writeS = (performance.now() - t) / 1000;
  const { size } = await stat(path);
  console.log(
    `wrote ${ROWS.toLocaleString('en')} rows (${(size / 2 ** 20).toFixed(0)} MiB) in ${writeS.toFixed(1)} s: ${Math.round(ROWS / writeS).toLocaleString('en')} rows/s, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
  );

  peakRss = 0;
  const rssBefore = process.memoryUsage().rss;
  t = performance.now();
  let valid = 0;
  let bad = 0;
  let rows = 0;
  for await (const item of streamRecords(path, { kind: 'candidates' })) {
    if (++rows % 1000 === 0) sampleRss();
    if ('record' in item) valid++;
    else bad++;
  }
  sampleRss();
  const readS = (performance.now() - t) / 1000;
  console.log(
    `streamed ${rows.toLocaleString('en')} rows through validation in ${readS.toFixed(1)} s: ${Math.round(rows / readS).toLocaleString('en')} rows/s, ${valid.toLocaleString('en')} valid, ${bad} bad`,
  );
  console.log(`RSS before ${(rssBefore / 2 ** 20).toFixed(0)} MiB, peak while streaming ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
  if (valid !== ROWS) throw new Error(`expected ${ROWS} valid rows, got ${valid}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
