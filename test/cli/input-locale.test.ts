// --locale reaches loading: zod's own messages about the rows and the config are Dutch under nl (the default) and English
// under en; the flag wins over the config file's `locale`, which counts when the flag is absent.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticRegion } from '../../src/index.js';
import { readRecords } from '../../src/node/index.js';
import { run } from './run.js';

const NL_BOOLEAN = 'exempt: Ongeldige invoer: verwacht boolean, ontving string';
const EN_BOOLEAN = 'exempt: Invalid input: expected boolean, received string';
const NL_OBJECT = 'weights: Ongeldige invoer: verwacht object, ontving string';
const EN_OBJECT = 'weights: Invalid input: expected object, received string';

const region = generateSyntheticRegion({ seed: 5, candidates: 20, vacancies: 4 });
let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-locale-'));
  // Row 3 has a text where a yes/no belongs: a type only zod's own message describes.
  const rows = region.candidates.map((c, i) => (i === 2 ? { ...c, exempt: 'ja' } : c));
  await writeFile(at('candidates.ndjson'), rows.map((r) => JSON.stringify(r)).join('\n'));
  await writeFile(at('good.json'), JSON.stringify(region.candidates));
  await writeFile(at('vacancies.json'), JSON.stringify(region.vacancies));
  await writeFile(at('en.json'), JSON.stringify({ locale: 'en' }));
  await writeFile(at('bad-weights.json'), JSON.stringify({ weights: 'gelijk' }));
  await writeFile(at('bad-weights-en.json'), JSON.stringify({ weights: 'gelijk', locale: 'en' }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const rank = (candidates: string, ...more: string[]) => run('rank', '--candidates', at(candidates), '--vacancies', at('vacancies.json'), '--vacancy', region.vacancies[0]!.id, ...more);

describe('--locale and loading', () => {
  it('validate: a row of the wrong type gets zod’s message in Dutch by default and under nl, in English under en', async () => {
    const [plain, nl, en] = await Promise.all([
      run('validate', '--candidates', at('candidates.ndjson')),
      run('validate', '--candidates', at('candidates.ndjson'), '--locale', 'nl'),
      run('validate', '--candidates', at('candidates.ndjson'), '--locale', 'en'),
    ]);
    for (const r of [plain, nl]) expect(r.err).toContain(`${at('candidates.ndjson')}:3 ${NL_BOOLEAN}`);
    expect(en.err).toContain(`${at('candidates.ndjson')}:3 ${EN_BOOLEAN}`);
    for (const r of [plain, nl, en]) expect(r.code).toBe(1);
  });

  it('rank: the flag wins over the config file’s locale, which counts when the flag is absent', async () => {
    const [fromConfig, flagWins] = await Promise.all([rank('candidates.ndjson', '--config', at('en.json')), rank('candidates.ndjson', '--config', at('en.json'), '--locale', 'nl')]);
    expect(fromConfig.err).toContain(EN_BOOLEAN);
    expect(flagWins.err).toContain(NL_BOOLEAN);
  });

  it('rank and validate: createMatcher’s config issues follow --locale too', async () => {
    const [nl, en, overridden, validated] = await Promise.all([
      rank('good.json', '--config', at('bad-weights.json')),
      rank('good.json', '--config', at('bad-weights.json'), '--locale', 'en'),
      rank('good.json', '--config', at('bad-weights-en.json'), '--locale', 'nl'),
      run('validate', '--config', at('bad-weights.json'), '--locale', 'en'),
    ]);
    expect(nl.err).toContain(`${at('bad-weights.json')} ${NL_OBJECT}`);
    expect(en.err).toContain(`${at('bad-weights.json')} ${EN_OBJECT}`);
    expect(overridden.err).toContain(NL_OBJECT);
    expect(validated.err).toContain(EN_OBJECT);
    for (const r of [nl, en, overridden, validated]) expect(r.code).toBe(1);
  });

  it('readRecords takes the locale as an option: English by default, and an unknown one is a RangeError', async () => {
    const message = async (locale?: 'nl' | 'en') => (await readRecords(at('candidates.ndjson'), { kind: 'candidates', ...(locale ? { locale } : {}) })).issues[0]?.message;
    expect(await message('nl')).toBe('Ongeldige invoer: verwacht boolean, ontving string');
    expect(await message()).toBe('Invalid input: expected boolean, received string');
    await expect(readRecords(at('candidates.ndjson'), { kind: 'candidates', locale: 'de' as 'nl' })).rejects.toThrow(/^readRecords: locale must be 'nl' or 'en'/);
  });
});
