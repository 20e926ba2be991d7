// Files as analysts have them: .xlsx in and out, Dutch headers, --columns, Windows-1252, progress. In-process.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/args.js';
import { progressText } from '../../src/cli/load.js';
import { main } from '../../src/cli/main.js';
import { generateSyntheticRegion } from '../../src/index.js';
import { writeRecords } from '../../src/node/index.js';
import { run } from './run.js';

let dir: string;
let vacancy: string;
const at = (name: string) => join(dir, name);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-files-'));
  const region = generateSyntheticRegion({ seed: 2026, candidates: 200, vacancies: 20 });
  vacancy = region.vacancies[0]!.id;
  await writeRecords(at('c.xlsx'), region.candidates, { kind: 'candidates', sheet: 'Kandidaten' });
  await writeRecords(at('v.xlsx'), region.vacancies, { kind: 'vacancies', sheet: 'Vacatures' });
  await writeRecords(at('c.json'), region.candidates, { kind: 'candidates' });
  await writeRecords(at('v.json'), region.vacancies, { kind: 'vacancies' });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('.xlsx in the CLI', () => {
  it('validate and rank read workbooks; an unknown --sheet names the sheets there are', async () => {
    const ok = await run('validate', '--candidates', at('c.xlsx'), '--vacancies', at('v.xlsx'), '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ valid: true, files: [{ rows: 200 }, { rows: 20 }] });
    const fromXlsx = await run('rank', '--candidates', at('c.xlsx'), '--vacancies', at('v.xlsx'), '--vacancy', vacancy, '--csv');
    const fromJson = await run('rank', '--candidates', at('c.json'), '--vacancies', at('v.json'), '--vacancy', vacancy, '--csv');
    expect(fromXlsx.out).toBe(fromJson.out);
    const bad = await run('validate', '--candidates', at('c.xlsx'), '--sheet', 'Blad1');
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(`${at('c.xlsx')}:1: the workbook has no sheet "Blad1"; its sheets: "Kandidaten"`);
    // As in Excel, the case of a sheet's name does not matter; nor does that of --locale.
    const lower = await run('validate', '--candidates', at('c.xlsx'), '--sheet', 'kandidaten', '--locale', 'NL');
    expect([lower.code, lower.out]).toEqual([0, expect.stringContaining('Alle invoer is geldig.')]);
  });

  it('--xlsx OUT writes the rows --csv gives, numbers as numbers', async () => {
    const csv = await run('rank', '--candidates', at('c.json'), '--vacancies', at('v.json'), '--vacancy', vacancy, '--fallback', 'fill', '--min-score', '0', '--csv');
    const table = await run('rank', '--candidates', at('c.json'), '--vacancies', at('v.json'), '--vacancy', vacancy, '--fallback', 'fill', '--min-score', '0', '--xlsx', at('rank.xlsx'));
    expect(table.code).toBe(0);
    expect(table.err).toMatch(/rank\.xlsx: workbook written \(\d+ rows\)$/);
    const rows = await readSheet(at('rank.xlsx'));
    expect(rows.map((r) => r.join(','))).toEqual(csv.out.split('\n'));
    expect(typeof rows[1]![5]).toBe('number');
    const wrong = await run('assign', '--candidates', at('c.json'), '--vacancies', at('v.json'), '--xlsx', at('out.csv'));
    expect(wrong.code).toBe(2);
    // A column of days is written as date cells, which Excel sorts and filters as dates.
    const assigned = await run('assign', '--candidates', at('c.json'), '--vacancies', at('v.json'), '--date', '2026-03-02', '--xlsx', at('assign.xlsx'));
    expect(assigned.code).toBe(0);
    const sheet = await readSheet(at('assign.xlsx'));
    const start = sheet[0]!.indexOf('start');
    expect(sheet.length).toBeGreaterThan(1);
    for (const row of sheet.slice(1)) expect(row[start]).toEqual(new Date('2026-03-02T00:00:00Z'));
  });
});

describe('headers and encodings in the CLI', () => {
  const dutch = 'kandidaat_id;gemeente;trede;competenties;uren_min;uren_max;reistijd_max;vervoer;Team\nk1;Súdwest-Fryslân;3;VIG;8;16;30;bike;Noord\n';

  it('Dutch headers read; --columns maps the rest; a Windows-1252 file is read as such and said so', async () => {
    await writeFile(at('nl.csv'), Buffer.from(dutch, 'latin1'));
    const unknown = await run('validate', '--candidates', at('nl.csv'));
    expect(unknown.code).toBe(1);
    // The header can be read before the encoding is decided (on up to 64 KiB from the first non-ASCII byte): either order.
    expect(unknown.err.split('\n').sort()).toEqual([
      `${at('nl.csv')}: read as windows-1252: the file is not UTF-8 (its bytes say so); --encoding utf-8 to read it otherwise`,
      expect.stringMatching(new RegExp(`^${at('nl.csv').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: unknown column "Team", not read; known columns:`)),
    ]);
    await writeFile(at('map.json'), JSON.stringify({ Team: 'reporting.team' }));
    const mapped = await run('validate', '--candidates', at('nl.csv'), '--columns', at('map.json'), '--json');
    expect(mapped.code).toBe(0);
    const forced = await run('validate', '--candidates', at('nl.csv'), '--columns', at('map.json'), '--encoding', 'utf-8');
    expect(forced.code).toBe(1);
    expect(forced.err).toContain('read as utf-8 (--encoding)');
    // Latin-1's names mean Windows-1252 (as in the WHATWG Encoding Standard); an encoding werkmatch does not read is a usage error.
    expect((await run('validate', '--candidates', at('nl.csv'), '--columns', at('map.json'), '--encoding', 'latin1')).code).toBe(0);
    expect((await run('validate', '--candidates', at('nl.csv'), '--encoding', 'ebcdic')).code).toBe(2);
    await writeFile(at('bad-map.json'), JSON.stringify({ Team: 3 }));
    const badMap = await run('validate', '--candidates', at('nl.csv'), '--columns', at('bad-map.json'));
    expect([badMap.code, badMap.err]).toEqual([
      1,
      `${at('bad-map.json')}: a --columns file must hold one JSON object { "header in the file": "field.path" } with text values\nwerkmatch validate: gestopt, er is niets berekend: het probleem hierboven staat het in de weg.`,
    ]);
  });

  it('a UTF-8 file is read without a word about its encoding', async () => {
    await writeFile(at('nl8.csv'), dutch);
    await writeFile(at('map.json'), JSON.stringify({ Team: 'reporting.team' }));
    const r = await run('validate', '--candidates', at('nl8.csv'), '--columns', at('map.json'));
    expect([r.code, r.err]).toEqual([0, '']);
  });
});

describe('progress', () => {
  it('says the total and the percentage where the total is known', () => {
    expect(progressText('c.csv', 12000, { done: 4_100_000, total: 10_000_000, unit: 'bytes' })).toBe('reading c.csv: 12,000 rows, 4.1 of 10.0 MB (41%)');
    expect(progressText('c.xlsx', 0, { done: 1200, total: 5000, unit: 'rows' })).toBe('reading c.xlsx: 1,200 of 5,000 rows (24%)');
    expect(progressText('c.csv', 3, undefined)).toBe('reading c.csv: 3 rows');
  });

  it('--progress asks the Io for progress lines even off a terminal, and reading reports them', async () => {
    const lines: string[] = [];
    let asked = false;
    const io: Io = {
      out: () => undefined,
      data: () => undefined,
      err: () => undefined,
      today: () => '2026-12-04',
      progress: (t) => void lines.push(t),
      showProgress: () => {
        asked = true;
      },
    };
    expect(await main(['validate', '--candidates', at('c.json'), '--progress'], io)).toBe(0);
    expect(asked).toBe(true);
    expect(lines.filter((l) => l !== '').at(-1)).toMatch(/^validating .*c\.json: 200 of 200 rows \(100%\), 0 issues$/);
  });
});

describe('report reads workbooks and Windows-1252 too', () => {
  it('placements from a workbook (date cells) give the same report as from JSON; --xlsx writes its CSV rows', async () => {
    const { writeWorkbook } = await import('../../src/node/xlsx.js');
    const placements = [
      { candidateId: 'c1', employerId: 'hotel', municipality: 'Noordwijk', start: '2025-01-15', end: '2025-03-31', hoursPerWeek: 24, targetGroups: ['regulier'] },
      { candidateId: 'c2', employerId: 'care', municipality: 'Súdwest-Fryslân', start: '2025-03-01', hoursPerWeek: 28, targetGroups: ['doelgroepregister'] },
    ];
    await writeFile(at('p.json'), JSON.stringify(placements));
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    await writeWorkbook(
      at('p.xlsx'),
      'Plaatsingen',
      ['candidateId', 'employerId', 'municipality', 'start', 'end', 'hoursPerWeek', 'targetGroups'],
      placements.map((p) => [p.candidateId, p.employerId, p.municipality, day(p.start), p.end === undefined ? null : day(p.end), p.hoursPerWeek, p.targetGroups.join('|')]),
    );
    await writeFile(at('e.ndjson'), [{ id: 'hotel', whiteSpot: true }, { id: 'care' }].map((e) => JSON.stringify(e)).join('\n'));
    await writeFile(at('k.csv'), Buffer.from('employerId;date;kind;note\nhotel;2025-01-10;visit;Súdwest-Fryslân\n', 'latin1'));
    const flags = (p: string) => [
      'report',
      '--placements',
      at(p),
      '--employers',
      at('e.ndjson'),
      '--contacts',
      at('k.csv'),
      '--pilot-start',
      '2025-01-01',
      '--pilot-end',
      '2025-12-31',
      // A fixed day, not the clock's.
      '--as-of',
      '2027-06-30',
      '--home',
      'Noordwijk',
    ];
    const fromJson = await run(...flags('p.json'), '--json');
    const fromXlsx = await run(...flags('p.xlsx'), '--json', '--xlsx', at('report.xlsx'));
    expect([fromXlsx.code, fromJson.code]).toEqual([0, 0]);
    expect(JSON.parse(fromXlsx.out)).toEqual(JSON.parse(fromJson.out));
    const csv = await run(...flags('p.json'), '--csv');
    expect((await readSheet(at('report.xlsx'))).length).toBe(csv.out.split('\n').length);
  });
});
