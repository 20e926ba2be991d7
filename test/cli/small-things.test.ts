// What a CLI user expects in passing: --version, a did-you-mean for a mistyped flag, clear words for a bad number,
// and whatif without --date. In-process: main() with a recording Io.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closestFlag } from '../../src/cli/args.js';
import { run } from './run.js';
import { generateSyntheticRegion } from '../../src/index.js';
import { writeRecords } from '../../src/node/index.js';

let dir: string;
let inputs: string[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-small-'));
  const region = generateSyntheticRegion({ seed: 3, candidates: 60, vacancies: 6 });
  await writeRecords(join(dir, 'c.json'), region.candidates, { kind: 'candidates' });
  await writeRecords(join(dir, 'v.json'), region.vacancies, { kind: 'vacancies' });
  await writeFile(join(dir, 's.json'), JSON.stringify({ basis: {}, 'alleen eigen gemeente': { assign: { fallback: 'off' } } }));
  inputs = ['--candidates', join(dir, 'c.json'), '--vacancies', join(dir, 'v.json')];
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('werkmatch --version', () => {
  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(await readFile(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const r = await run(flag);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`werkmatch ${pkg.version}`);
    }
  });
});

describe('a mistyped flag', () => {
  it('is a usage error that suggests the flag meant', async () => {
    const r = await run('rank', ...inputs, '--vacancy', 'v-0', '--limt', '3');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown flag "--limt"; did you mean --limit?');
  });

  it('suggests nothing when no flag is close', () => {
    expect(closestFlag('limt', ['limit', 'locale'])).toBe('limit');
    expect(closestFlag('zzzzzz', ['limit', 'locale'])).toBeUndefined();
    expect(closestFlag('lmt', ['limit'])).toBeUndefined();
  });
});

describe('a negative number', () => {
  it('--limit -1 says what --limit takes', async () => {
    const r = await run('rank', ...inputs, '--vacancy', 'v-0', '--limit', '-1');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--limit must be a whole number >= 1; got "-1"');
  });
});

describe('whatif without --date', () => {
  it('uses the newest minimum-wage table date and says so', async () => {
    const r = await run('whatif', ...inputs, '--scenarios', join(dir, 's.json'), '--json');
    expect(r.code, r.err).toBe(0);
    const { date } = JSON.parse(r.out) as { date: string };
    expect(r.err).toContain(`placements start ${date}, the newest minimum-wage table`);
    const dated = await run('whatif', ...inputs, '--scenarios', join(dir, 's.json'), '--json', '--date', date);
    expect(JSON.parse(dated.out)).toEqual(JSON.parse(r.out));
    expect(dated.err).not.toContain('newest minimum-wage table');
  });
});

describe('rank speaks the language of its table', () => {
  it('Dutch by default: the heading and the tiers; English with --locale en; the JSON keeps the tier codes', async () => {
    // A vacancy with candidates from its own municipality among its matches (the JSON says so with the tier code).
    const region = generateSyntheticRegion({ seed: 3, candidates: 60, vacancies: 6 });
    let vacancy: string | undefined;
    for (const v of region.vacancies) {
      const json = await run('rank', ...inputs, '--vacancy', v.id, '--fallback', 'fill', '--min-score', '0', '--limit', '60', '--json');
      if ((JSON.parse(json.out) as { matches: { tier: string }[] }).matches.some((m) => m.tier === 'home')) {
        vacancy = v.id;
        break;
      }
    }
    if (vacancy === undefined) throw new Error('no vacancy of the fixture has a home candidate');
    const nl = await run('rank', ...inputs, '--vacancy', vacancy, '--fallback', 'fill', '--min-score', '0', '--limit', '60');
    // The heading names the vacancy's title and place beside its id.
    const v = region.vacancies.find((x) => x.id === vacancy)!;
    expect(nl.out).toMatch(new RegExp(`^\\d+ beste kandida(at|ten) voor vacature ${vacancy} \\(${v.title}, ${v.municipality}\\):`));
    expect(nl.out).toMatch(/\d+ min (lopen|fiets|e-bike|ov|auto)$/m);
    expect(nl.out).toContain('eigen gemeente');
    expect(nl.out).not.toMatch(/ home /);
    const en = await run('rank', ...inputs, '--vacancy', vacancy, '--fallback', 'fill', '--min-score', '0', '--limit', '1', '--locale', 'en');
    expect(en.out).toMatch(new RegExp(`^1 best candidate for vacancy ${vacancy} \\(`));
    expect(en.out).toMatch(/\d+ min (walk|bike|e-bike|transit|car)$/m);
  });
});

describe('validate and assign speak the language of their tables', () => {
  it('their summary lines and the kinds and tiers in their tables follow --locale', async () => {
    const [validateNl, validateEn] = await Promise.all([run('validate', ...inputs), run('validate', ...inputs, '--locale', 'en')]);
    expect(validateNl.out).toMatch(/^Alle invoer is geldig\.$/m);
    expect(validateNl.out).toMatch(/\svacatures\s/);
    expect(validateEn.out).toMatch(/^All input is valid\.$/m);
    expect(validateEn.out).toMatch(/\svacancies\s/);
    const en = await run('assign', ...inputs, '--strategy', 'greedy', '--locale', 'en');
    expect(en.out).toMatch(/^Greedy assignment: \d+ of \d+ positions filled, total score \d+\.\d\d\./);
    expect(en.out).toMatch(/^By tier: home \d+, fallback \d+, region \d+\. Unplaced candidates: \d+\.$/m);
    expect(en.out).not.toMatch(/eigen gemeente|toewijzing/);
  });
});

describe('assign marks support still to arrange', () => {
  it('an instrument the employer does not offer yet reads "(te regelen)" in the table, as toArrange says in the JSON', async () => {
    // A region large enough to place step-5 candidates with employers that do and do not offer support.
    const region = generateSyntheticRegion({ seed: 11, candidates: 300, vacancies: 40 });
    await writeRecords(join(dir, 'c300.json'), region.candidates, { kind: 'candidates' });
    await writeRecords(join(dir, 'v40.json'), region.vacancies, { kind: 'vacancies' });
    const inputs = ['--candidates', join(dir, 'c300.json'), '--vacancies', join(dir, 'v40.json')];
    const json = await run('assign', ...inputs, '--date', '2026-03-02', '--fallback', 'fill', '--json');
    const placements = (JSON.parse(json.out) as { placements: { vacancyId: string; candidateId: string; instruments?: { toArrange?: boolean }[] }[] }).placements;
    const arranged = placements.filter((p) => p.instruments?.some((i) => i.toArrange));
    const offered = placements.filter((p) => (p.instruments ?? []).length > 0 && !p.instruments!.some((i) => i.toArrange));
    expect(arranged.length).toBeGreaterThan(0);
    expect(offered.length).toBeGreaterThan(0);
    const table = (await run('assign', ...inputs, '--date', '2026-03-02', '--fallback', 'fill')).out.split('\n');
    const row = (p: { vacancyId: string; candidateId: string }) => table.find((line) => line.startsWith(`${p.vacancyId} `) && line.includes(` ${p.candidateId} `))!;
    for (const p of arranged) expect(row(p)).toContain('(te regelen)');
    for (const p of offered) expect(row(p)).not.toContain('(te regelen)');
  });
});

describe("whatif's headline", () => {
  it('counts one candidate and one vacancy in the singular, more in the plural, in both languages', async () => {
    const { CLI_TEXT } = await import('../../src/cli/messages.js');
    const line = (locale: 'nl' | 'en', c: number, v: number) => CLI_TEXT[locale].whatif(c, v, String, '2026-01-01', 'basis');
    expect(line('nl', 1, 1)).toMatch(/^Wat als… over 1 kandidaat en 1 vacature,/);
    expect(line('nl', 2, 3)).toMatch(/^Wat als… over 2 kandidaten en 3 vacatures,/);
    expect(line('en', 1, 1)).toMatch(/^What-if over 1 candidate and 1 vacancy,/);
    expect(line('en', 2, 3)).toMatch(/^What-if over 2 candidates and 3 vacancies,/);
  });
});

describe('an unknown --vacancy or --candidate', () => {
  it('suggests the id meant: another case, or a character or two off', async () => {
    const upper = await run('rank', ...inputs, '--vacancy', 'V-0');
    expect(upper.code).toBe(2);
    expect(upper.err).toMatch(/--vacancy "V-0" is not in .*; did you mean "v-0"\?/);
    // A real id with one letter doubled.
    const { readFile } = await import('node:fs/promises');
    const id = (JSON.parse(await readFile(inputs[1]!, 'utf8')) as { id: string }[])[7]!.id;
    const typo = await run('rank', ...inputs, '--candidate', `${id[0]}${id}`);
    expect(typo.err).toContain(`did you mean "${id}"?`);
    const far = await run('rank', ...inputs, '--vacancy', 'nothing-like-it');
    expect(far.err).not.toContain('did you mean');
  });
});
