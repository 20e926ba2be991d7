// Issue 11 at the command line: control characters in ids reach the terminal only as visible text, CSV output
// cannot run as spreadsheet formulas, and a hostile CSV header is an input error, not a crash.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCli } from './bundle.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTable, toCsv, visible, visibleLines } from '../../src/cli/table.js';
import { generateSyntheticRegion } from '../../src/index.js';
import { readRecords, writeRecords } from '../../src/node/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const OSC_TITLE = '\x1b]0;pwned\x07';
const CLEAR = '\x1b[2J';
// Any control character but the line feed: what must never reach a terminal raw.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

describe('visible', () => {
  it('writes every C0, DEL and C1 control character as \\xHH', () => {
    expect(visible(`c${OSC_TITLE}${CLEAR}\x9b2J\x7f\t\r\n`)).toBe('c\\x1b]0;pwned\\x07\\x1b[2J\\x9b2J\\x7f\\x09\\x0d\\x0a');
    expect(visible('Zoë — €5')).toBe('Zoë — €5');
  });

  it('visibleLines keeps line breaks and nothing else', () => {
    expect(visibleLines(`a${CLEAR}\nb\r\n`)).toBe('a\\x1b[2J\nb\\x0d\n');
  });

  it('renderTable shows control characters in cells as text and aligns on what it shows', () => {
    expect(
      renderTable(
        [{ header: 'id' }, { header: 'n', align: 'right' }],
        [
          [`x${CLEAR}`, '1'],
          ['y\nz', '10'],
        ],
      ),
    ).toBe(['id         n', '--------  --', 'x\\x1b[2J   1', 'y\\x0az    10'].join('\n'));
  });
});

describe('toCsv', () => {
  it('puts a quote before text cells that would run as a formula; numbers stay numbers', () => {
    expect(
      toCsv(
        ['a', 'b', 'c', 'd'],
        [
          ["=cmd|'/C calc'!A0", '+SUM(1)', '@SUM(1+1)', -5],
          ['-x', '-5', "'=x", '\tx'],
        ],
      ),
    ).toBe(['a,b,c,d', "'=cmd|'/C calc'!A0,'+SUM(1),'@SUM(1+1),-5", "'-x,-5,''=x,'\tx"].join('\n'));
  });

  it('leaves formulas alone with escapeFormulas: false', () => {
    expect(toCsv(['a'], [['=1+1']], { escapeFormulas: false })).toBe('a\n=1+1');
  });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let dir: string;
const at = (name: string) => join(dir, name);

function werkmatch(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [at('cli.mjs'), ...args], { cwd: ROOT, maxBuffer: 64 * 2 ** 20 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const region = generateSyntheticRegion({ seed: 11, candidates: 120, vacancies: 12 });
const hostile = region.candidates.map((c) => ({ ...c, id: `${c.id}${OSC_TITLE}${CLEAR}\x9b` }));
const formulas = { candidates: region.candidates.map((c) => ({ ...c, id: `=${c.id}` })), vacancies: region.vacancies.map((v) => ({ ...v, id: `+${v.id}` })) };
const HOSTILE_PATH = `hostile${CLEAR}.ndjson`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-escape-'));
  await buildCli(at('cli.mjs'));
  await writeRecords(at('hostile.ndjson'), hostile, { kind: 'candidates' });
  await writeRecords(at('vacancies.json'), region.vacancies, { kind: 'vacancies' });
  // A duplicate id and an unknown municipality, in a file whose very name holds an escape.
  await writeRecords(at(HOSTILE_PATH), [hostile[0]!, hostile[1]!, hostile[0]!], { kind: 'candidates' });
  await writeRecords(at('formula-candidates.csv'), formulas.candidates, { kind: 'candidates' });
  await writeRecords(at('formula-vacancies.csv'), formulas.vacancies, { kind: 'vacancies' });
  await writeFile(at('formula-scenarios.json'), JSON.stringify({ '=basis': {}, '@greedy': { assign: { strategy: 'greedy' } } }));
  const header = 'id,municipality,ladderStep,competences,hours.min,hours.max,travel.maxMinutes,travel.modes';
  await writeFile(at('polluting.csv'), `${header},reporting.__proto__.polluted\nc1,Lisse,5,,8,16,30,bike,yes\nc2,Lisse,5,,8,16,30,bike,yes\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.concurrent('werkmatch output (subprocess)', () => {
  it('rank: ids with escape sequences appear escaped in the table, unchanged in --json and --csv', async () => {
    const args = ['rank', '--candidates', at('hostile.ndjson'), '--vacancies', at('vacancies.json'), '--vacancy', region.vacancies[0]!.id, '--fallback', 'fill', '--min-score', '0', '--limit', '3'];
    const [table, json, csv] = await Promise.all([werkmatch(...args), werkmatch(...args, '--json'), werkmatch(...args, '--csv')]);
    expect(table.code).toBe(0);
    expect(table.stdout).not.toMatch(RAW_CONTROL);
    expect(table.stdout).toContain('\\x1b]0;pwned\\x07\\x1b[2J\\x9b');
    const ids = (JSON.parse(json.stdout) as { matches: { candidateId: string }[] }).matches.map((m) => m.candidateId);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(id.endsWith(`${OSC_TITLE}${CLEAR}\x9b`)).toBe(true);
    expect(csv.stdout).toContain(ids[0]);
  });

  it('validate: the stderr lines and the table show escapes in paths and ids as text', async () => {
    const run = await werkmatch('validate', '--candidates', at(HOSTILE_PATH));
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain(`hostile\\x1b[2J.ndjson:3 id: duplicate id "${region.candidates[0]!.id}\\u001b]0;pwned\\u0007\\u001b[2J\\x9b": also candidates on line 1`);
    expect(run.stdout).toContain('hostile\\x1b[2J.ndjson');
  });

  it('validate: a reporting.__proto__ column is invalid input (exit 1) that names the column', async () => {
    const run = await werkmatch('validate', '--candidates', at('polluting.csv'));
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `${at('polluting.csv')}:1: column "reporting.__proto__.polluted" is not allowed: __proto__, constructor and prototype cannot be field names; the column is ignored`,
    ]);
    expect(run.stdout).toMatch(/polluting\.csv\s+kandidaten\s+2\s+2\s+0\s+1\n/);
  });

  it('rank, assign and whatif --csv: ids and names that start a formula get a quote, unless --no-escape-formulas', async () => {
    const input = ['--candidates', at('formula-candidates.csv'), '--vacancies', at('formula-vacancies.csv')];
    const vacancy = formulas.vacancies[0]!.id;
    const [rank, rankRaw, assign, whatif, whatifRaw] = await Promise.all([
      werkmatch('rank', ...input, '--vacancy', vacancy, '--fallback', 'fill', '--min-score', '0', '--limit', '2', '--csv'),
      werkmatch('rank', ...input, '--vacancy', vacancy, '--fallback', 'fill', '--min-score', '0', '--limit', '2', '--csv', '--no-escape-formulas'),
      werkmatch('assign', ...input, '--csv'),
      werkmatch('whatif', ...input, '--scenarios', at('formula-scenarios.json'), '--date', '2026-03-02', '--csv'),
      werkmatch('whatif', ...input, '--scenarios', at('formula-scenarios.json'), '--date', '2026-03-02', '--csv', '--no-escape-formulas'),
    ]);
    for (const run of [rank, rankRaw, assign, whatif, whatifRaw]) expect(run.code).toBe(0);
    const cells = (run: Run, column: number) =>
      run.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[column]!);
    expect(cells(rank, 1).every((id) => id.startsWith("'=")) && cells(rank, 2).every((id) => id === `'${vacancy}`)).toBe(true);
    expect(cells(rankRaw, 2)).toEqual([vacancy, vacancy]);
    expect(cells(whatif, 0)).toEqual(["'=basis", "'@greedy"]);
    expect(cells(whatifRaw, 0)).toEqual(['=basis', '@greedy']);
    // Read back as a placements file, the quote comes off again.
    await writeFile(at('placements.csv'), assign.stdout);
    const placements = await readRecords(at('placements.csv'), { kind: 'placements' });
    expect(placements.issues).toEqual([]);
    expect(placements.records.length).toBeGreaterThan(0);
    for (const p of placements.records) expect([p.candidateId[0], p.vacancyId[0]]).toEqual(['=', '+']);
  });
});
