// --excel writes CSV that Dutch Excel opens right, and --locale sets a table's headers and numbers. In-process.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXCEL_CSV, toCsv } from '../../src/cli/table.js';
import { generateSyntheticRegion } from '../../src/index.js';
import { writeRecords } from '../../src/node/index.js';
import { run } from './run.js';

let dir: string;
let inputs: string[];
let vacancy: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-excel-'));
  const region = generateSyntheticRegion({ seed: 2026, candidates: 300, vacancies: 30 });
  vacancy = region.vacancies[0]!.id;
  await writeRecords(join(dir, 'c.json'), region.candidates, { kind: 'candidates' });
  await writeRecords(join(dir, 'v.json'), region.vacancies, { kind: 'vacancies' });
  await writeFile(join(dir, 's.json'), JSON.stringify({ basis: {}, 'alleen eigen gemeente': { assign: { fallback: 'off' } } }));
  inputs = ['--candidates', join(dir, 'c.json'), '--vacancies', join(dir, 'v.json')];
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('toCsv for Excel', () => {
  it('puts a decimal comma in number cells only, and still escapes formulas', () => {
    expect(toCsv(['id', 'score'], [['v.1', 0.5]], EXCEL_CSV)).toBe('\uFEFFid;score\r\nv.1;0,5\r\n');
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['=1+1', -0.5],
          ['x;y', 2],
        ],
        EXCEL_CSV,
      ),
    ).toBe('\uFEFFa;b\r\n\'=1+1;-0,5\r\n"x;y";2\r\n');
  });
});

describe('--excel', () => {
  it('rank: a BOM, ; between cells, CRLF, decimal commas in the score column', async () => {
    const r = await run('rank', ...inputs, '--vacancy', vacancy, '--fallback', 'fill', '--min-score', '0', '--excel');
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\uFEFF')).toBe(true);
    // Every line ends with CRLF, the last one too.
    expect(r.out.endsWith('\r\n')).toBe(true);
    const lines = r.out.slice(1, -2).split('\r\n');
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
    const [header, ...rows] = lines.map((l) => l.split(';'));
    expect(header).toEqual(['rank', 'candidateId', 'vacancyId', 'municipality', 'tier', 'score', 'competence', 'ladder', 'hours', 'travel', 'sector', 'travelMinutes', 'travelKm', 'travelMode']);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const scores = rows.map((row) => row[header!.indexOf('score')]!);
    for (const s of scores) expect(s).toMatch(/^\d+(,\d+)?$/);
    expect(scores.some((s) => s.includes(','))).toBe(true);
  });

  it('is a usage error with --json or --csv', async () => {
    for (const other of ['--json', '--csv']) {
      const r = await run('rank', ...inputs, '--vacancy', vacancy, '--excel', other);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--excel and ${other} cannot be combined`);
    }
  });

  it('assign and whatif write Excel CSV too', async () => {
    const [assign, whatif] = await Promise.all([run('assign', ...inputs, '--excel'), run('whatif', ...inputs, '--scenarios', join(dir, 's.json'), '--date', '2026-01-01', '--excel')]);
    for (const r of [assign, whatif]) {
      expect(r.code).toBe(0);
      expect(r.out.startsWith('\uFEFF')).toBe(true);
      expect(r.out).toContain('\r\n');
    }
    expect(whatif.out.slice(1).split('\r\n')[1]!.split(';')[0]).toBe('basis');
  });
});

describe('--locale on tables', () => {
  it('whatif: Dutch headers and € 1.199.250 in nl, €1,199,250 in en', async () => {
    const scenario = ['--scenarios', join(dir, 's.json'), '--date', '2026-01-01'];
    const [nl, en] = await Promise.all([run('whatif', ...inputs, ...scenario), run('whatif', ...inputs, ...scenario, '--locale', 'en')]);
    expect(nl.code).toBe(0);
    expect(nl.out).toMatch(/^Wat als… over \d+ kandidaten en \d+ vacatures, plaatsingen vanaf 2026-01-01; Δ ten opzichte van “basis”\.$/m);
    expect(en.out).toMatch(/^What-if over \d+ candidates and \d+ vacancies, placements starting 2026-01-01; Δ against “basis”\.$/m);
    expect(nl.out).toMatch(/^scenario\s+geplaatst\s+Δ\s+eigen\s+terugval\s+regio\s+duurzaam\s+subsidie\/mnd\s+besparing\s+netto\s+Δ netto$/m);
    expect(nl.out).toMatch(/€ \d{1,3}(\.\d{3})+(?!\d)/);
    expect(nl.out).not.toMatch(/€\d/);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/^scenario\s+placed\s+Δ\s+home\s+fallback\s+region\s+durable\s+subsidy\/month\s+savings\s+net\s+Δ net$/m);
    expect(en.out).toMatch(/€\d{1,3}(,\d{3})+(?!\d)/);
  });

  it('rank: scores with a decimal comma in nl, a point in en', async () => {
    const args = ['rank', ...inputs, '--vacancy', vacancy, '--fallback', 'fill', '--min-score', '0'];
    const [nl, en] = await Promise.all([run(...args), run(...args, '--locale', 'en')]);
    expect(nl.out).toMatch(/^\s*#\s+kandidaat\s+gemeente/m);
    expect(nl.out).toMatch(/\s\d,\d\d\s/);
    expect(en.out).toMatch(/^\s*#\s+candidate\s+municipality/m);
    expect(en.out).toMatch(/\s\d\.\d\d\s/);
  });
});
