// `npm run build && tsx bench/hardening.ts`: how long safeCreateMatcher takes to answer hostile bodies
// (issue 11). Each row is the median of a few runs; every input is built before the clock starts, and
// the JSON rows include JSON.parse, as a portal would.
import { safeCreateMatcher } from 'werkmatch';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const candidate = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  municipality: 'Noordwijk',
  ladderStep: 6,
  competences: ['VIG'],
  hours: { min: 24, max: 32 },
  travel: { maxMinutes: 30, modes: ['bike'] },
  ...over,
});
const vacancy = { id: 'v1', employerId: 'w1', municipality: 'Noordwijk', sector: 'zorg', competences: ['VIG'], hours: { min: 24, max: 36 } };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function row(name: string, run: () => ReturnType<typeof safeCreateMatcher>, runs = RUNS): void {
  const times: number[] = [];
  let outcome = '';
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const result = run();
    times.push(performance.now() - t);
    outcome = result.success ? 'built' : `${result.error.issues.length} issue(s), first ${result.error.issues[0].code}, ${result.error.issues[0].message.length}-char message`;
  }
  console.log(`${name.padEnd(64)} ${median(times).toFixed(1).padStart(9)} ms   ${outcome}`);
}

const body = (candidates: unknown[]) => JSON.stringify({ candidates, vacancies: [vacancy] });
const mb = (text: string) => `${(text.length / 1e6).toFixed(1)} MB`;

console.log(`werkmatch hardening bench — node ${process.version}, median of ${RUNS} runs`);
safeCreateMatcher({ candidates: [candidate('warm-up')], vacancies: [vacancy] });

const oneMb = body([candidate('c1', { municipality: 'x'.repeat(1_000_000) })]);
row(`one 1 MB municipality name (${mb(oneMb)} body)`, () => safeCreateMatcher(JSON.parse(oneMb)));
const tenMb = body([candidate('c1', { municipality: 'x'.repeat(10_000_000) })]);
row(`one 10 MB municipality name (${mb(tenMb)} body)`, () => safeCreateMatcher(JSON.parse(tenMb)), 3);
const longLabel = body([candidate('c1', { competences: ['y'.repeat(1_000_000)] })]);
row(`one 1 MB competence label (${mb(longLabel)} body)`, () => safeCreateMatcher(JSON.parse(longLabel)));
const longReporting = body([candidate('c1', { reporting: { note: 'z'.repeat(1_000_000) } })]);
row(`one 1 MB reporting value (${mb(longReporting)} body)`, () => safeCreateMatcher(JSON.parse(longReporting)));

const manyPlaces = body(Array.from({ length: 20_000 }, (_, i) => candidate(`c${i}`, { municipality: `Plaats ${i}` })));
row(`20,000 distinct unknown municipalities (${mb(manyPlaces)} body)`, () => safeCreateMatcher(JSON.parse(manyPlaces)));

const spread = body(Array.from({ length: 600 }, (_, i) => candidate(`c${i}`, { competences: Array.from({ length: 100 }, (_, j) => `kunde ${i * 100 + j}`) })));
row(`60,000 distinct unknown labels in 600 candidates (${mb(spread)} body)`, () => safeCreateMatcher(JSON.parse(spread)), 3);

const labels = Array.from({ length: 1000 }, (_, i) => candidate(`c${i}`, { competences: Array.from({ length: 100 }, (_, j) => `medewerker ${i * 100 + j}`) }));
row('10^5 distinct unknown labels over 1,000 candidates (objects)', () => safeCreateMatcher({ candidates: labels, vacancies: [vacancy] }), 3);
