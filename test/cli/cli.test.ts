// The werkmatch command in a subprocess: exit codes, output shapes, the report. The source is bundled once with
// esbuild (as tsup would), so no dist/ is needed and each run starts in a fraction of tsx's time.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createMatcher, generateSyntheticRegion } from '../../src/index.js';
import { readRecords, writeRecords } from '../../src/node/index.js';
import { buildCli } from './bundle.js';

const ROOT = resolve(import.meta.dirname, '../..');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function werkmatch(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [at('cli.mjs'), ...args], { cwd: ROOT, maxBuffer: 64 * 2 ** 20 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;
const at = (name: string) => join(dir, name);
const region = generateSyntheticRegion({ seed: 11, candidates: 200, vacancies: 20 });
const matcher = createMatcher(region);
const SCENARIOS = { basis: {}, 'zonder terugval': { assign: { fallback: 'off' } }, 'reistijd <zwaarder> & "greedy"': { config: { weights: { travel: 0.4 } }, assign: { strategy: 'greedy' } } };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-cli-'));
  await buildCli(at('cli.mjs'));
  await writeRecords(at('candidates.csv'), region.candidates, { kind: 'candidates' });
  await writeRecords(at('candidates.ndjson'), region.candidates, { kind: 'candidates' });
  await writeRecords(at('vacancies.json'), region.vacancies, { kind: 'vacancies' });
  // Line 5: hours reversed; line 7: unknown municipality; line 9: an id seen on line 2; line 11: ladder step 9.
  const lines = (await readFile(at('candidates.csv'), 'utf8')).split('\n');
  const header = lines[0]!.split(',');
  const set = (line: number, column: string, value: string) => {
    const cells = lines[line - 1]!.split(',');
    cells[header.indexOf(column)] = value;
    lines[line - 1] = cells.join(',');
  };
  set(5, 'hours.min', '40');
  set(5, 'hours.max', '32');
  set(7, 'municipality', 'Noordwijkk');
  set(9, 'id', region.candidates[0]!.id);
  set(11, 'ladderStep', '9');
  await writeFile(at('bad.csv'), lines.join('\n'));
  await writeFile(at('scenarios.json'), JSON.stringify(SCENARIOS));
  await writeFile(at('config.json'), JSON.stringify({ weights: { travel: -1 }, suitableScore: 0.6 }));
  await writeFile(at('good-config.json'), JSON.stringify({ suitableScore: 0.6 }));
  await writeFile(at('vocabulary.csv'), 'id,label,synonyms\nx.lasser,Lasser TIG,TIG-lasser|lassen\nx.leeg,,\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const input = () => ['--candidates', at('candidates.csv'), '--vacancies', at('vacancies.json')];
// The first vacancy anyone is eligible for (not simply the first: a synthetic vacancy can ask a trade nobody nearby holds).
const firstVacancy = () => region.vacancies.find((v) => matcher.rankCandidates(v.id, { fallback: 'fill', minScore: 0, limit: 1 }).length > 0)!.id;

describe.concurrent('werkmatch (subprocess)', () => {
  it('lists the commands with --help (exit 0) and rejects a missing or unknown command (exit 2)', async ({ expect }) => {
    const [help, none, unknown, commandHelp] = await Promise.all([werkmatch('--help'), werkmatch(), werkmatch('frobnicate'), werkmatch('rank', '--help')]);
    expect(help.code).toBe(0);
    for (const name of ['demo', 'validate', 'rank', 'assign', 'whatif']) expect(help.stdout).toContain(name);
    expect(none.code).toBe(2);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(commandHelp.code).toBe(0);
    expect(commandHelp.stdout).toMatch(/^usage: werkmatch rank /);
  });

  it("reads a Windows-1252 export's own characters (’ €) as themselves in a real Node process", async ({ expect }) => {
    // Node's TextDecoder reads Windows-1252 bytes 80–9F as Latin-1 controls outside vitest's workers: only a
    // subprocess sees it. The candidate's id carries them into rank's JSON.
    const c = region.candidates.find((r) => r.location === undefined && r.ladderStep >= 4)!;
    const row = (id: string) =>
      [
        id,
        c.municipality,
        c.ladderStep,
        (c.competences as (string | { label: string })[]).map((x) => (typeof x === 'string' ? x : x.label)).join('|'),
        c.hours.min,
        c.hours.max,
        c.travel.maxMinutes,
        c.travel.modes.join('|'),
      ].join(';');
    const text = `id;municipality;ladderStep;competences;hours.min;hours.max;travel.maxMinutes;travel.modes\n${row('Klant ’s-Gravenzande €1 (Súdwest)')}\n`;
    const cp1252 = Buffer.from([...text].map((ch) => (ch === '’' ? 0x92 : ch === '€' ? 0x80 : ch.charCodeAt(0))));
    await writeFile(at('cp1252.csv'), cp1252);
    // One vacancy that ranks this candidate at all, found with the library.
    const alone = createMatcher({ candidates: [c], vacancies: region.vacancies });
    const vacancy = region.vacancies.find((x) => alone.rankCandidates(x.id, { fallback: 'fill', minScore: 0 }).length > 0)!.id;
    const run = await werkmatch('rank', '--candidates', at('cp1252.csv'), '--vacancies', at('vacancies.json'), '--vacancy', vacancy, '--fallback', 'fill', '--min-score', '0', '--json');
    const ids = (JSON.parse(run.stdout) as { matches: { candidateId: string }[] }).matches.map((m) => m.candidateId);
    expect(ids.length).toBe(1);
    for (const id of ids) expect(id).toBe('Klant ’s-Gravenzande €1 (Súdwest)');
  });

  it('--excel ends every line with CRLF, the last one too, on the real stdout', async ({ expect }) => {
    const r = await werkmatch('rank', ...input(), '--vacancy', firstVacancy(), '--excel');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    expect(r.stdout.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('prints the demo for a seed', async ({ expect }) => {
    const [demo, bad] = await Promise.all([werkmatch('demo', '--seed', '2026'), werkmatch('demo', '--seed', 'x')]);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/^werkmatch demo — Bollenstreek caseload \(seed 2026\)\n/);
    expect(demo.stdout).toContain('▶ ');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('usage: werkmatch demo');
  });

  it('validate: exit 0 and a summary for valid files, in a table or as JSON', async ({ expect }) => {
    const [table, json] = await Promise.all([werkmatch('validate', ...input()), werkmatch('validate', ...input(), '--json', '--config', at('good-config.json'))]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Alle invoer is geldig.');
    expect(table.stdout).toMatch(/^\S+\s+kandidaten\s+\d+/m);
    expect(table.stderr).toBe('');
    expect(json.code).toBe(0);
    const summary = JSON.parse(json.stdout) as { valid: boolean; issues: number; files: { path: string; kind: string; rows: number; valid: number; invalid: number; issues: number }[] };
    expect(summary.valid).toBe(true);
    expect(summary.issues).toBe(0);
    expect(summary.files.map((f) => f.kind)).toEqual(['config', 'candidates', 'vacancies']);
    expect(summary.files[1]).toEqual({ path: at('candidates.csv'), kind: 'candidates', rows: 200, valid: 200, invalid: 0, issues: 0 });
  });

  it('validate: exit 1 and every bad row on stderr as FILE:LINE field: message', async ({ expect }) => {
    const run = await werkmatch('validate', '--candidates', at('bad.csv'), '--json');
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n').sort();
    const file = at('bad.csv');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:11 ladderStep: `));
    expect(lines).toContain(`${file}:5 hours.max: hours.min (40) is above hours.max (32)`);
    expect(lines.some((l) => l.startsWith(`${file}:7 municipality: unknown municipality "Noordwijkk"`))).toBe(true);
    expect(lines).toContain(`${file}:9 id: duplicate id "${region.candidates[0]!.id}": also candidates on line 2`);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: false, issues: 4, files: [{ rows: 200, valid: 196, invalid: 4 }] });
  });

  it('validate: a bad config and vocabulary are named by file, line and field', async ({ expect }) => {
    const run = await werkmatch('validate', '--config', at('config.json'), '--vocabulary', at('vocabulary.csv'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${at('config.json')} weights.travel: `);
    expect(run.stderr).toContain(`${at('vocabulary.csv')}:3 label: `);
    expect(run.stdout).toMatch(/configuratie\s+1\s+0\s+1\s+1/);
  });

  it('validate: usage errors exit 2 with the usage line', async ({ expect }) => {
    const runs = await Promise.all([werkmatch('validate'), werkmatch('validate', '--candidates'), werkmatch('validate', ...input(), '--bogus'), werkmatch('validate', '--candidates', at('c.txt'))]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('usage: werkmatch validate');
    }
  });

  it('validate: a missing file is invalid input (exit 1)', async ({ expect }) => {
    const run = await werkmatch('validate', '--candidates', at('missing.csv'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${at('missing.csv')}: cannot read the file`);
  });

  it('rank --json: matches best first, with factors and explanations', async ({ expect }) => {
    const run = await werkmatch(
      'rank',
      '--candidates',
      at('candidates.ndjson'),
      '--vacancies',
      at('vacancies.json'),
      '--vacancy',
      firstVacancy(),
      '--fallback',
      'fill',
      '--limit',
      '5',
      '--min-score',
      '0',
      '--locale',
      'en',
      '--json',
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as {
      vacancyId: string;
      fallback: string;
      matches: { rank: number; candidateId: string; vacancyId: string; score: number; tier: string; eligible: boolean; factors: Record<string, { score: number }>; explanation: string[] }[];
    };
    expect(out.vacancyId).toBe(firstVacancy());
    expect(out.fallback).toBe('fill');
    expect(out.matches.length).toBeGreaterThan(0);
    expect(out.matches.length).toBeLessThanOrEqual(5);
    out.matches.forEach((m, i) => {
      expect(m.rank).toBe(i + 1);
      expect(m.vacancyId).toBe(firstVacancy());
      expect(m.eligible).toBe(true);
      expect(Object.keys(m.factors)).toEqual(['competence', 'ladder', 'hours', 'travel', 'sector']);
      expect(m.explanation[0]).toMatch(/^Competences/);
    });
    if (out.matches.every((m) => m.tier === out.matches[0]!.tier)) for (let i = 1; i < out.matches.length; i++) expect(out.matches[i]!.score).toBeLessThanOrEqual(out.matches[i - 1]!.score);
  });

  it('rank: a table for people, CSV for pipes, and vacancies for a candidate', async ({ expect }) => {
    const candidateId = region.candidates[0]!.id;
    const [table, csv, reverse] = await Promise.all([
      werkmatch('rank', ...input(), '--vacancy', firstVacancy(), '--fallback', 'fill', '--min-score', '0'),
      werkmatch('rank', ...input(), '--vacancy', firstVacancy(), '--fallback', 'fill', '--min-score', '0', '--csv'),
      werkmatch('rank', ...input(), '--candidate', candidateId, '--min-score', '0', '--json'),
    ]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^\s*#\s+kandidaat\s+gemeente\s+herkomst\s+score\s+competenties\s+trede\s+uren\s+reistijd\s+sector\s+reis$/m);
    expect(table.stdout).toContain('   · Competenties');
    expect(csv.code).toBe(0);
    const [header, ...rows] = csv.stdout.trim().split('\n');
    expect(header).toBe('rank,candidateId,vacancyId,municipality,tier,score,competence,ladder,hours,travel,sector,travelMinutes,travelKm,travelMode');
    expect(rows.length).toBeGreaterThan(0);
    expect(reverse.code).toBe(0);
    const out = JSON.parse(reverse.stdout) as { candidateId: string; matches: { candidateId: string }[] };
    expect(out.candidateId).toBe(candidateId);
    for (const m of out.matches) expect(m.candidateId).toBe(candidateId);
  });

  it('rank: exit 2 for usage errors, exit 1 for invalid rows', async ({ expect }) => {
    const [noVacancy, both, unknownId, badLimit, badRows] = await Promise.all([
      werkmatch('rank', ...input()),
      werkmatch('rank', ...input(), '--vacancy', firstVacancy(), '--candidate', 'x'),
      werkmatch('rank', ...input(), '--vacancy', 'v-does-not-exist'),
      werkmatch('rank', ...input(), '--vacancy', firstVacancy(), '--limit', 'ten'),
      werkmatch('rank', '--candidates', at('bad.csv'), '--vacancies', at('vacancies.json'), '--vacancy', firstVacancy()),
    ]);
    for (const run of [noVacancy, both, unknownId, badLimit]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('usage: werkmatch rank');
    }
    expect(unknownId.stderr).toContain('--vacancy "v-does-not-exist" is not in');
    expect(badRows.code).toBe(1);
    expect(badRows.stdout).toBe('');
    // Four problems, then the line that says they stopped the command.
    expect(badRows.stderr.trim().split('\n')).toHaveLength(5);
    expect(badRows.stderr.trim().split('\n').at(-1)).toBe('werkmatch rank: gestopt, er is niets berekend: de 4 problemen hierboven staan het in de weg.');
  });

  it('assign: JSON with each candidate placed at most once; CSV readable back as placements', async ({ expect }) => {
    const [json, csv, bad] = await Promise.all([
      werkmatch('assign', ...input(), '--strategy', 'stable', '--date', '2026-03-02', '--json'),
      werkmatch('assign', ...input(), '--date', '2026-03-02', '--csv'),
      werkmatch('assign', ...input(), '--strategy', 'best'),
    ]);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout) as {
      strategy: string;
      placements: { candidateId: string; vacancyId: string; score: number; tier: string; instruments: unknown[] }[];
      totalScore: number;
      unplaced: string[];
      byTier: object;
      byMunicipality: unknown[];
    };
    expect(result.strategy).toBe('stable');
    expect(new Set(result.placements.map((p) => p.candidateId)).size).toBe(result.placements.length);
    expect(result.placements.length + result.unplaced.length).toBe(200);
    for (const p of result.placements) expect(Array.isArray(p.instruments)).toBe(true);
    expect(csv.code).toBe(0);
    await writeFile(at('placements.csv'), csv.stdout);
    const back = await readRecords(at('placements.csv'), { kind: 'placements' });
    expect(back.issues).toEqual([]);
    expect(back.records.every((p) => p.start === '2026-03-02')).toBe(true);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--strategy must be optimal, stable, greedy');
  });

  it('assign: a table with placements and counts per municipality', async ({ expect }) => {
    const run = await werkmatch('assign', ...input(), '--fallback', 'when-none');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Optimale toewijzing: \d+ van \d+ plaatsen gevuld, totale score \d+,\d\d\./);
    expect(run.stdout).toMatch(/^Naar herkomst: eigen gemeente \d+, terugvalgemeente \d+, regio \d+\. Niet geplaatste kandidaten: \d+\.$/m);
    expect(run.stdout).toMatch(/\s(eigen gemeente|terugvalgemeente|regio)\s+\d+,\d\d$/m);
    expect(run.stdout).toMatch(/^vacature\s+kandidaat\s+herkomst\s+score$/m);
    expect(run.stdout).toMatch(/^gemeente\s+plaatsingen\s+eigen\s+terugval\s+regio$/m);
  });

  it('whatif --html: one self-contained file with an SVG chart and every scenario name, nothing from the network', async ({ expect }) => {
    const out = at('whatif.html');
    const run = await werkmatch('whatif', ...input(), '--scenarios', at('scenarios.json'), '--date', '2026-03-02', '--html', out, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { date: string; scenarios: { scenario: string; placements: number; delta: null | { placements: number } }[] };
    expect(json.date).toBe('2026-03-02');
    expect(json.scenarios.map((r) => r.scenario)).toEqual(Object.keys(SCENARIOS));
    expect(json.scenarios[0]!.delta).toBeNull();
    expect(json.scenarios[1]!.delta!.placements).toBe(json.scenarios[1]!.placements - json.scenarios[0]!.placements);
    expect((await stat(out)).size).toBeGreaterThan(0);
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).toContain('<rect');
    for (const name of Object.keys(SCENARIOS)) expect(html).toContain(name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    for (const forbidden of ['http://', 'https://', 'src=', '<script', '<link', 'url(', '@import']) expect(html).not.toContain(forbidden);
  });

  it('whatif: a table, CSV, and the usage and input errors', async ({ expect }) => {
    await writeFile(at('bad-scenarios.json'), JSON.stringify({ basis: {}, snel: { assign: { strategy: 'fastest' } }, zwaar: { config: { suitableScore: 2 } } }));
    const [table, csv, outsideTable, badDate, badScenarios] = await Promise.all([
      werkmatch('whatif', ...input(), '--scenarios', at('scenarios.json'), '--date', '2026-03-02'),
      werkmatch('whatif', ...input(), '--scenarios', at('scenarios.json'), '--date', '2026-03-02', '--csv'),
      werkmatch('whatif', ...input(), '--scenarios', at('scenarios.json'), '--date', '2031-01-01'),
      werkmatch('whatif', ...input(), '--scenarios', at('scenarios.json'), '--date', '2026-02-30'),
      werkmatch('whatif', ...input(), '--scenarios', at('bad-scenarios.json'), '--date', '2026-03-02'),
    ]);
    expect(table.code).toBe(0);
    for (const name of Object.keys(SCENARIOS)) expect(table.stdout).toContain(name);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(
      /^scenario,placements,fromHome,fromFallback,fromRegion,durableExpected,subsidyPerMonth,subsidyPerYear,notionalSavings,instrumentCosts,netResult,openPositions,delta\.placements,/,
    );
    expect(csv.stdout.trim().split('\n')).toHaveLength(4);
    expect(outsideTable.code).toBe(2);
    expect(outsideTable.stderr).toContain('outside the minimum-wage table');
    expect(badDate.code).toBe(2);
    expect(badScenarios.code).toBe(1);
    expect(badScenarios.stderr).toContain(`${at('bad-scenarios.json')} snel.assign.strategy: strategy must be optimal, stable, greedy`);
    expect(badScenarios.stderr).toContain(`${at('bad-scenarios.json')} zwaar.config.suitableScore: `);
  });
});
