// Misused arguments of the matching entry points: a RangeError/TypeError naming the function, never an internal message.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatcher, distanceKm, explainMatch, findMunicipality, generateSyntheticRegion, rankAll } from '../../src/index.js';
import { writeRecords } from '../../src/node/index.js';
import { run } from '../cli/run.js';

const region = generateSyntheticRegion({ seed: 5, candidates: 40, vacancies: 6 });
const matcher = createMatcher(region);
const vacancyId = region.vacancies[0]!.id;
const candidateId = region.candidates[0]!.id;
const match = matcher.score(candidateId, vacancyId);

/** The error a call throws, checked to be of the documented kind and to name the function first. */
function thrown(fn: string, call: () => unknown): Error {
  let error: unknown;
  try {
    call();
  } catch (e) {
    error = e;
  }
  expect(error, `${fn} should throw`).toBeInstanceOf(Error);
  const e = error as Error;
  expect(
    [RangeError, TypeError].some((k) => e instanceof k),
    `${e.name}: ${e.message}`,
  ).toBe(true);
  expect(e.message.startsWith(fn), e.message).toBe(true);
  expect(e.message.length).toBeLessThan(300);
  return e;
}

const huge = 'x'.repeat(100_000);
const BAD_OPTIONS: readonly [string, unknown][] = [
  ['null', null],
  ['a string', 'fill'],
  ['an array', []],
  ['a Symbol limit', { limit: Symbol('x') }],
  ['a Symbol minScore', { minScore: Symbol('x') }],
  ['a null-prototype limit', { limit: Object.create(null) }],
  ['a huge string limit', { limit: huge }],
  ['a huge string minScore', { minScore: huge }],
  ['a BigInt fallback', { fallback: 1n }],
];

describe('ranking options', () => {
  for (const [what, options] of BAD_OPTIONS) {
    it(`rankCandidates, rankVacancies and rankAll refuse ${what}`, () => {
      thrown('rankCandidates', () => matcher.rankCandidates(vacancyId, options as never));
      if (!(typeof options === 'object' && options !== null && 'fallback' in options)) thrown('rankVacancies', () => matcher.rankVacancies(candidateId, options as never));
      thrown('rankAll', () => rankAll(matcher, options as never));
    });
  }
});

describe('explainMatch', () => {
  it('refuses what is not a Match, and options that are not an object', () => {
    thrown('explainMatch', () => explainMatch(null as never));
    thrown('explainMatch', () => explainMatch({} as never));
    thrown('explainMatch', () => explainMatch({ factors: {} } as never));
    thrown('explainMatch', () => explainMatch(match, null as never));
    thrown('explainMatch', () => explainMatch(match, { locale: huge as never }));
    expect(explainMatch(match).length).toBeGreaterThan(4);
  });
});

describe('findMunicipality and distanceKm', () => {
  it('findMunicipality takes a string only', () => {
    for (const bad of [null, undefined, 5, 5n, {}, Symbol('x')]) thrown('findMunicipality', () => findMunicipality(bad as never));
    expect(findMunicipality(huge)).toBeUndefined();
    expect(findMunicipality('noordwijk')?.code).toBe('GM0575');
  });

  it('distanceKm takes coordinates only, and never returns NaN', () => {
    for (const bad of [null, {}, 'x', 1e308, Number.NaN, 10n, Symbol('x'), 91]) thrown('distanceKm', () => distanceKm(bad as never, 4.4, 52.2, 4.4));
    thrown('distanceKm', () => distanceKm(52.2, 181, 52.2, 4.4));
    expect(distanceKm(52.2, 4.4, 52.2, 4.4)).toBe(0);
  });
});

describe('the CLI with a --date the minimum-wage table does not cover', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'werkmatch-date-'));
    await writeRecords(join(dir, 'c.json'), region.candidates, { kind: 'candidates' });
    await writeRecords(join(dir, 'v.json'), region.vacancies, { kind: 'vacancies' });
    await import('node:fs/promises').then((fs) => fs.writeFile(join(dir, 's.json'), JSON.stringify({ basis: {} })));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is a usage error (exit 2) naming the table, for assign and whatif', async () => {
    const inputs = ['--candidates', join(dir, 'c.json'), '--vacancies', join(dir, 'v.json')];
    for (const argv of [
      ['assign', ...inputs, '--date', '2030-01-01'],
      ['whatif', ...inputs, '--scenarios', join(dir, 's.json'), '--date', '2030-01-01'],
      ['whatif', ...inputs, '--scenarios', join(dir, 's.json'), '--date', '1999-01-01'],
    ]) {
      const { code, err } = await run(...argv);
      expect(code, err).toBe(2);
      expect(err).toContain('outside the minimum-wage table');
      expect(err).not.toContain('internal error');
    }
  });
});
