import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipeline } from '../../src/rules/pipeline.js';
import type { EmployerContact, PilotEmployer, PilotPlacement } from '../../src/rules/pilot.js';
import { pilotReport } from '../../src/rules/report-home.js';
import { TODAY, run } from './run.js';

// A small Noordwijk white-spot pilot over 2025: placements as JSON, employers as NDJSON, contacts as CSV.
const employers: PilotEmployer[] = [{ id: 'hotel', whiteSpot: true }, { id: 'care', whiteSpot: true }, { id: 'farm', whiteSpot: true }, { id: 'shop' }];
const contacts: EmployerContact[] = [
  { employerId: 'hotel', date: '2025-01-10', kind: 'visit' },
  { employerId: 'care', date: '2025-01-20', kind: 'approach' },
  { employerId: 'care', date: '2025-02-10', kind: 'appointment' },
  { employerId: 'farm', date: '2025-03-05', kind: 'approach' },
];
const placements: PilotPlacement[] = [
  { candidateId: 'c1', employerId: 'hotel', municipality: 'Noordwijk', start: '2025-01-15', end: '2025-03-31', hoursPerWeek: 24, targetGroups: ['regulier'] },
  { candidateId: 'c2', employerId: 'care', municipality: 'Katwijk', start: '2025-03-01', hoursPerWeek: 28, targetGroups: ['doelgroepregister'] },
  { candidateId: 'c3', employerId: 'shop', municipality: 'GM0575', start: '2025-06-02', fullTime: true, targetGroups: ['NUG'] },
];

let dir: string;
const at = (name: string) => join(dir, name);
const flags = (placementsFile = 'placements.json') => [
  'report',
  '--placements',
  at(placementsFile),
  '--employers',
  at('employers.ndjson'),
  '--contacts',
  at('contacts.csv'),
  '--pilot-start',
  '2025-01-01',
  '--pilot-end',
  '2025-12-31',
  '--home',
  'Noordwijk',
  // After every checkpoint: all reached, whatever day the tests run.
  '--as-of',
  '2027-06-30',
  '--costs',
  '20000',
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-report-'));
  await writeFile(at('placements.json'), JSON.stringify(placements, null, 2));
  await writeFile(at('employers.ndjson'), employers.map((e) => JSON.stringify(e)).join('\n'));
  await writeFile(at('contacts.csv'), ['employerId;date;kind', ...contacts.map((c) => `${c.employerId};${c.date};${c.kind}`)].join('\n'));
  // The second placement starts on a day that does not exist.
  await writeFile(at('bad.ndjson'), placements.map((p, i) => JSON.stringify(i === 1 ? { ...p, start: '2025-02-30' } : p)).join('\n'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('werkmatch report', () => {
  it('prints a table naming each checkpoint, in Dutch by default, then the money and the pipeline', async () => {
    const r = await run(...flags());
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    for (const label of ['1 maand na de start', '3 maanden na de start', '11 maanden na de start', '12 maanden na het einde']) expect(r.out).toContain(label);
    for (const row of [
      'Plaatsingen',
      'waarvan uit eigen gemeente',
      'Duurzaam (6 maanden en 1 dag)',
      'Nog in dienst bij dezelfde werkgever',
      'Witte vlekken benaderd',
      'Fictieve besparing',
      'Afspraakpercentage',
    ])
      expect(r.out).toContain(row);
  });

  it('--json equals pilotReport and pipeline over the same records', async () => {
    const r = await run(...flags(), '--json');
    expect(r.code).toBe(0);
    const input = { placements, employers, contacts, pilotStart: '2025-01-01', pilotEnd: '2025-12-31', homeMunicipality: 'Noordwijk', costs: 20000, asOf: '2027-06-30' };
    const stages = { asOf: '2025-12-31', from: '2025-01-01', placements };
    const expected = { ...pilotReport(input), pipeline: pipeline(employers, contacts, stages), whiteSpotPipeline: pipeline(employers, contacts, { ...stages, whiteSpotOnly: true }) };
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('a checkpoint after --as-of shows "nog niet bereikt", not a projection; the JSON keeps it with reached: false', async () => {
    const asOf = (day: string) => flags().map((f, i, all) => (all[i - 1] === '--as-of' ? day : f));
    // 2026-06-30: the three checkpoints in 2025 are reached, "12 months after the end" (2026-12-31) is not.
    const [table, json] = await Promise.all([run(...asOf('2026-06-30')), run(...asOf('2026-06-30'), '--json')]);
    expect(table.code).toBe(0);
    const plaatsingen = table.out.split('\n').find((line) => line.startsWith('Plaatsingen'))!;
    expect(plaatsingen).toMatch(/\d+\s+\d+\s+\d+\s+nog niet bereikt\s*$/);
    const duurzaam = table.out.split('\n').find((line) => line.startsWith('Duurzaam'))!;
    expect(duurzaam.trim().split(/\s{2,}/)).toHaveLength(4);
    const checkpoints = (JSON.parse(json.out) as { checkpoints: { reached: boolean; date: string }[] }).checkpoints;
    expect(checkpoints.map((c) => [c.date, c.reached])).toEqual([
      ['2025-02-01', true],
      ['2025-04-01', true],
      ['2025-12-01', true],
      ['2026-12-31', false],
    ]);
    // A bad --as-of is a usage error.
    expect((await run(...asOf('2026-13-01'))).code).toBe(2);
  });

  it('--excel leaves the figures of a checkpoint after --as-of empty, as the table does; --csv keeps them', async () => {
    const asOf = (day: string) => flags().map((f, i, all) => (all[i - 1] === '--as-of' ? day : f));
    const [excel, csv] = await Promise.all([run(...asOf('2026-06-30'), '--excel'), run(...asOf('2026-06-30'), '--csv')]);
    const rows = (text: string, sep: string) =>
      text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/)
        .map((line) => line.split(sep));
    const [excelHeader, ...excelRows] = rows(excel.out, ';');
    const [, ...csvRows] = rows(csv.out, ',');
    const at = excelHeader!.indexOf('placements');
    // The three checkpoints of 2025 are reached; the last (2026-12-31) is not.
    expect(excelRows.map((r) => [r.at(-1), r[at] === ''])).toEqual([
      ['true', false],
      ['true', false],
      ['true', false],
      ['false', true],
    ]);
    expect(
      excelRows
        .at(-1)!
        .slice(at, -1)
        .every((cell) => cell === ''),
    ).toBe(true);
    expect(csvRows.at(-1)![at]).toMatch(/^\d+$/);
  });

  it("without --as-of the report is judged on the Io's today (a fixed day in these tests)", async () => {
    const withoutAsOf = flags().filter((f, i, all) => f !== '--as-of' && all[i - 1] !== '--as-of');
    const r = await run(...withoutAsOf, '--json');
    const checkpoints = (JSON.parse(r.out) as { checkpoints: { date: string; reached: boolean }[] }).checkpoints;
    expect(checkpoints.map((c) => c.reached)).toEqual(checkpoints.map((c) => c.date <= TODAY));
    expect(checkpoints.some((c) => !c.reached)).toBe(true);
  });

  it('the pipeline stands on --as-of too, when that is before the pilot ends', async () => {
    const asOf = (day: string) => flags().map((f, i, all) => (all[i - 1] === '--as-of' ? day : f));
    const [early, late] = await Promise.all([run(...asOf('2025-01-31'), '--json'), run(...asOf('2027-06-30'), '--json')]);
    const pipe = (r: { out: string }) => (JSON.parse(r.out) as { pipeline: unknown }).pipeline;
    // The library's pipeline on that day: the care appointment (10 February) and farm (March) are not in it yet.
    expect(pipe(early)).toEqual(JSON.parse(JSON.stringify(pipeline(employers, contacts, { asOf: '2025-01-31', from: '2025-01-01', placements }))));
    expect(pipe(late)).toEqual(JSON.parse(JSON.stringify(pipeline(employers, contacts, { asOf: '2025-12-31', from: '2025-01-01', placements }))));
    expect(pipe(early)).not.toEqual(pipe(late));
  });

  it('takes --columns (a column left out with "-") and --sheet for its pilot files, as the other commands do', async () => {
    await writeFile(at('contacts-extra.csv'), ['employerId;date;kind;opmerkingen', ...contacts.map((c) => `${c.employerId};${c.date};${c.kind};belde terug`)].join('\n'));
    const extra = flags().map((f) => (f === at('contacts.csv') ? at('contacts-extra.csv') : f));
    const refused = await run(...extra);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('unknown column "opmerkingen"');
    await writeFile(at('skip.json'), JSON.stringify({ opmerkingen: '-' }));
    const skipped = await run(...extra, '--columns', at('skip.json'), '--json');
    expect(skipped.code).toBe(0);
    expect(JSON.parse(skipped.out)).toEqual(JSON.parse((await run(...flags(), '--json')).out));
  });

  it('--csv writes one row per checkpoint', async () => {
    const r = await run(...flags(), '--csv');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toHaveLength(1 + 4);
  });

  it('a bad record exits 1 naming FILE:LINE and the field', async () => {
    const r = await run(...flags('bad.ndjson'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${at('bad.ndjson')}:2 start:`);
  });

  it('a missing flag is a usage error (exit 2)', async () => {
    const r = await run(...flags().filter((_, i, all) => all[i] !== '--home' && all[i - 1] !== '--home'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--home is required');
  });

  it('--costs FILE costs hours per role × rate, as pilotReport does with roles', async () => {
    // Noordwijk's budget lines (seeds/000), with round rates.
    const roles = [
      { name: 'witte vlekken in kaart', hours: 140, rate: 33 },
      { name: 'accountmanagement', hours: 920, rate: 22 },
      { name: 'plaatsing en nazorg', hours: 480, rate: 103.25 },
    ];
    await writeFile(at('costs.csv'), ['role;hours;rate', ...roles.map((r) => `${r.name};${r.hours};${String(r.rate).replace('.', ',')}`)].join('\n'));
    const r = await run(...flags().slice(0, -1), at('costs.csv'), '--json');
    expect(r.err).toBe('');
    const input = { placements, employers, contacts, pilotStart: '2025-01-01', pilotEnd: '2025-12-31', homeMunicipality: 'Noordwijk', costs: { roles } };
    expect(JSON.parse(r.out).money).toEqual(JSON.parse(JSON.stringify(pilotReport(input).money)));
    expect(JSON.parse(r.out).money.hours).toBe(1540);
  });

  it('--costs takes euros as Dutch write them, and refuses 77.882, which could be either', async () => {
    const costs = async (value: string) => {
      const r = await run(...flags().slice(0, -1), value, '--json');
      return r.code === 0 ? (JSON.parse(r.out) as { money: { costs: number } }).money.costs : r.code;
    };
    expect(await Promise.all(['77882.18', '77882,18', '77.882,18', '1.077.882', '77882'].map(costs))).toEqual([77882.18, 77882.18, 77882.18, 1077882, 77882]);
    expect(await Promise.all(['77.882', '77,882', '-5', '1,2,3'].map(costs))).toEqual([2, 2, 2, 2]);
  });

  it('a bad cost row exits 1 naming FILE:LINE and the field', async () => {
    await writeFile(at('bad-costs.csv'), ['name,hours,rate', 'coördinatie,60,55', 'acquisitie,-3,20'].join('\n'));
    const r = await run(...flags().slice(0, -1), at('bad-costs.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${at('bad-costs.csv')}:3 hours:`);
  });

  it('--vacancies fills the vacancy stage; the white-spot pipeline counts white-spot employers only', async () => {
    await writeFile(
      at('vacancies.json'),
      JSON.stringify([
        { employerId: 'care', date: '2025-02-20' },
        { employerId: 'shop', date: '2025-05-01' },
      ]),
    );
    const r = await run(...flags(), '--vacancies', at('vacancies.json'), '--json');
    expect(r.err).toBe('');
    const out = JSON.parse(r.out);
    const stages = {
      asOf: '2025-12-31',
      from: '2025-01-01',
      placements,
      vacancies: [
        { employerId: 'care', date: '2025-02-20' },
        { employerId: 'shop', date: '2025-05-01' },
      ],
    };
    expect(out.pipeline).toEqual(pipeline(employers, contacts, stages));
    expect(out.whiteSpotPipeline).toEqual(pipeline(employers, contacts, { ...stages, whiteSpotOnly: true }));
    // shop is no white spot: its vacancy and placement count in the whole pipeline only.
    expect([out.pipeline.vacancy, out.whiteSpotPipeline.vacancy]).toEqual([3, 2]);
    const table = await run(...flags(), '--vacancies', at('vacancies.json'));
    expect(table.out).toMatch(/Vacature\s+3\s+2/);
    expect(table.out).toContain('Witte vlekken: Afspraakpercentage');
  });

  it('--excel writes the CSV as Dutch Excel opens it', async () => {
    const r = await run(...flags(), '--excel');
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\uFEFF')).toBe(true);
    expect(r.out.split('\r\n')[0]).toContain('label;kind;from;months;date;placements');
    expect(r.out.split('\r\n')[0]).toMatch(/;reached$/);
    expect(r.out.split('\r\n')[0]).toContain('placementsByPerspective.werken');
  });

  it('--html writes one self-contained file with SVG charts and no URL', async () => {
    const out = join(dir, 'html');
    await rm(out, { recursive: true, force: true });
    await mkdir(out);
    const r = await run(...flags(), '--html', join(out, 'pilot.html'));
    expect(r.code).toBe(0);
    expect(await readdir(out)).toEqual(['pilot.html']);
    const html = await readFile(join(out, 'pilot.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('<html lang="nl">');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toContain('<script');
    // The funnel of all employers and the white spots' own.
    expect(html.match(/<h2 id="pipeline(-white-spots)?">/g)).toEqual(['<h2 id="pipeline">', '<h2 id="pipeline-white-spots">']);
  });
});
