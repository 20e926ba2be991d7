// readVocabulary: ESCO's skills CSV and the plain { id, label, synonyms?, kind? } shape, with line-numbered issues.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatchError } from '../../src/basics/errors.js';
import { MAX_ITEMS, MAX_LENGTH } from '../../src/basics/limits.js';
import { INDEX, createMatcher, type MatcherWithIndex } from '../../src/match/matcher.js';
import { readVocabulary } from '../../src/node/index.js';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-vocabulary-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = async (ext: string, text: string) => {
  const path = join(dir, `v${n++}.${ext}`);
  await writeFile(path, text);
  return path;
};

const ESCO_HEADER = 'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description';
const URI = 'http://data.europa.eu/esco/skill/';
/** One row of ESCO's skills CSV; multi-line cells are quoted as ESCO quotes them. */
const esco = (id: string, reuseLevel: string, label: string, alt: readonly string[] = [], hidden: readonly string[] = [], description = '') =>
  [
    'KnowledgeSkillCompetence',
    `${URI}${id}`,
    'skill/competence',
    reuseLevel,
    label,
    `"${alt.join('\n')}"`,
    `"${hidden.join('\n')}"`,
    'released',
    '2024-01-25T10:09:58.371Z',
    '',
    '',
    `"${URI}member-skills"`,
    `"${description.replaceAll('"', '""')}"`,
  ].join(',');
const crlf = (...lines: string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;

describe('ESCO skills CSV', () => {
  it('reads conceptUri, preferredLabel, alt and hidden labels (one per line in a quoted cell) and reuseLevel, with a BOM and CRLF', async () => {
    const path = await write(
      'csv',
      crlf(
        ESCO_HEADER,
        esco('a1', 'sector-specific', 'heftruck besturen', ['vorkheftruck besturen', 'heftruck rijden'], ['heftruk besturen'], 'Een heftruck besturen,\nook met "lading".'),
        esco('b2', 'transversal', 'samenwerken in teams', ['in een team werken']),
        esco('c3', 'http://data.europa.eu/esco/skill-reuse-level/cross-sector', 'bloembollen verwerken'),
      ),
    );
    const { entries, lines, issues } = await readVocabulary(path);
    expect(issues).toEqual([]);
    expect(entries).toEqual([
      { id: `${URI}a1`, label: 'heftruck besturen', synonyms: ['vorkheftruck besturen', 'heftruck rijden', 'heftruk besturen'], kind: 'occupational' },
      { id: `${URI}b2`, label: 'samenwerken in teams', synonyms: ['in een team werken'], kind: 'transversal' },
      { id: `${URI}c3`, label: 'bloembollen verwerken', kind: 'occupational' },
    ]);
    // Row 2 spans lines 2–4 (two line breaks in quoted cells): each row is numbered by the line it starts on.
    expect(lines).toEqual([2, 5, 6]);
  });

  it('reports each bad row at the line it starts on, with its field, and keeps the others', async () => {
    const rows = [
      ESCO_HEADER,
      esco('ok1', 'transversal', 'plannen', ['planning maken']), // 2
      esco('bad-level', 'everywhere', 'iets doen'), // 3
      esco('no-label', 'cross-sector', ''), // 4
      esco('ok1', 'cross-sector', 'plannen opnieuw'), // 5: duplicate id
      esco('shared', 'cross-sector', 'roosters maken', ['Planning-maken']), // 6: a name of line 2
      'KnowledgeSkillCompetence,"unclosed,skill/competence,transversal,x,,,released,,,,,', // 7
      esco('ok2', '', 'tuinieren', ['x'.repeat(MAX_LENGTH.label + 1)]), // 8: a synonym too long
      esco('ok3', 'occupation-specific', 'snoeien'), // 9
    ];
    const { entries, lines, issues } = await readVocabulary(await write('csv', `${rows.join('\n')}\n`));
    expect(lines).toEqual([2, 9]);
    expect(entries.map((e) => e.label)).toEqual(['plannen', 'snoeien']);
    expect(issues.map((i) => [i.line, i.code, i.path.slice(2).join('.')])).toEqual([
      [3, 'invalid_value', 'reuseLevel'],
      [4, 'too_small', 'label'],
      [5, 'duplicate_id', 'id'],
      [6, 'ambiguous_synonym', 'synonyms.0'],
      [7, 'invalid_csv', ''],
      [8, 'too_long', 'synonyms.0'],
    ]);
    expect(issues[3]!.message).toContain('line 2');
    expect(issues.every((i) => i.path[0] === 'vocabulary')).toBe(true);
    // Rows in = rows kept + rows reported.
    expect(entries.length + new Set(issues.map((i) => i.line)).size).toBe(rows.length - 1);
  });

  it('refuses a header that is neither ESCO nor the plain shape, at line 1', async () => {
    const { entries, issues } = await readVocabulary(await write('csv', 'uri,naam\nx,y\n'));
    expect(entries).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ line: 1, code: 'invalid_header', path: ['vocabulary'] })]);
  });
});

describe('the plain shape', () => {
  it('reads a JSON array with each entry at its line', async () => {
    const data = [
      { id: 'eigen.bollen', label: 'Bollen sorteren', synonyms: ['sorteerwerk bollen'] },
      { id: 'eigen.taal', label: 'Taalmaatje', kind: 'transversal' },
    ];
    const path = await write('json', `\uFEFF[\r\n  ${JSON.stringify(data[0])},\r\n\r\n  ${JSON.stringify(data[1])}\r\n]\r\n`);
    expect(await readVocabulary(path)).toEqual({ entries: data, lines: [2, 4], issues: [], encoding: 'utf-8' });
  });

  it('reads NDJSON, and reports a line that is not JSON or not an entry', async () => {
    const path = await write('ndjson', ['{"id":"a","label":"Aa"}', '', '{"id":"b",', '{"id":"c","label":"Cc","kind":"soft"}', '{"id":"d","label":"Dd","sectors":["zorg"]}'].join('\n'));
    const { entries, lines, issues } = await readVocabulary(path);
    expect(entries).toEqual([{ id: 'a', label: 'Aa' }]);
    expect(lines).toEqual([1]);
    expect(issues.map((i) => [i.line, i.code, i.path.slice(2).join('.')])).toEqual([
      [3, 'invalid_json', ''],
      [4, 'invalid_value', 'kind'],
      [5, 'unrecognized_keys', ''],
    ]);
  });

  it('reads CSV with id, label, synonyms joined by | and kind, with ; as delimiter', async () => {
    const path = await write('csv', 'id;label;synonyms;kind\neigen.pellen;Pellen;bollen pellen | pelwerk;\neigen.rijbewijs;Rijbewijs AM;bromfietsrijbewijs;transversal\n');
    const { entries, issues } = await readVocabulary(path);
    expect(issues).toEqual([]);
    expect(entries).toEqual([
      { id: 'eigen.pellen', label: 'Pellen', synonyms: ['bollen pellen', 'pelwerk'] },
      { id: 'eigen.rijbewijs', label: 'Rijbewijs AM', synonyms: ['bromfietsrijbewijs'], kind: 'transversal' },
    ]);
  });

  it('reads a Windows-1252 file as such, and reports the rows of a mixed file instead of keeping � or Ã©', async () => {
    const rows = 'id;label;synonyms;kind\neigen.cafe;Café;koffie schenken;\n';
    const windows = join(dir, `v${n++}.csv`);
    await writeFile(windows, Buffer.from(rows, 'latin1'));
    const read = await readVocabulary(windows);
    expect([read.encoding, read.issues, read.entries.map((e) => e.label)]).toEqual(['windows-1252', [], ['Café']]);
    // A UTF-8 row among Windows-1252 ones (the file is judged Windows-1252): that row is reported at its line and field.
    const mixed = join(dir, `v${n++}.csv`);
    await writeFile(mixed, Buffer.concat([Buffer.from(rows, 'utf8'), Buffer.from('eigen.creme;Crème brûlée;;\n', 'latin1')]));
    const m = await readVocabulary(mixed);
    expect([m.encoding, m.entries.map((e) => e.label), m.issues.map((i) => [i.code, i.line, i.path.join('.')])]).toEqual([
      'windows-1252',
      ['Crème brûlée'],
      [['invalid_encoding', 2, 'vocabulary.0.label']],
    ]);
    // Given as UTF-8, the Windows-1252 file loses nothing silently either.
    const forced = await readVocabulary(windows, { encoding: 'utf-8' });
    expect([forced.entries, forced.issues.map((i) => i.code)]).toEqual([[], ['invalid_encoding']]);
  });

  it('bounds the synonyms of an entry', async () => {
    const path = await write('json', JSON.stringify([{ id: 'a', label: 'A', synonyms: Array.from({ length: MAX_ITEMS + 1 }, (_, i) => `s${i}`) }]));
    const { issues } = await readVocabulary(path);
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([['too_big', 'vocabulary.0.synonyms']]);
  });

  it('reports a JSON file that is not an array', async () => {
    const { issues } = await readVocabulary(await write('json', '{"id":"a"}'));
    expect(issues).toEqual([expect.objectContaining({ line: 1, code: 'invalid_type', path: ['vocabulary'] })]);
  });
});

describe('readVocabulary options and misuse', () => {
  it('throws a MatchError with the first bad entry when strict', async () => {
    const path = await write('ndjson', '{"id":"a","label":"A"}\n{"id":"b"}\n{"id":"c"}\n');
    const error = await readVocabulary(path, { strict: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MatchError);
    expect((error as MatchError).issues).toEqual([expect.objectContaining({ line: 2, path: ['vocabulary', 1, 'label'] })]);
  });

  it('names itself in a RangeError for a file it cannot tell the format of, and a TypeError for bad options', async () => {
    await expect(readVocabulary(join(dir, 'skills.txt'))).rejects.toThrow(/^readVocabulary: /);
    await expect(readVocabulary(join(dir, 'skills.csv'), null as never)).rejects.toThrow(TypeError);
  });
});

describe('an ESCO file that overlaps the built-in vocabulary', () => {
  it('loads, its names win, and every take-over is reported', async () => {
    const path = await write(
      'csv',
      crlf(
        ESCO_HEADER,
        esco('heftruck', 'sector-specific', 'heftruck besturen', ['Heftruck', 'vorkheftruck']),
        esco('teamwork', 'transversal', 'samenwerken', ['teamwork', 'in teamverband werken']),
        esco('bollen', 'occupation-specific', 'bloembollen pellen', ['bollenpeller']),
      ),
    );
    const { entries, issues } = await readVocabulary(path);
    expect(issues).toEqual([]);
    const candidate = {
      id: 'c1',
      municipality: 'Lisse',
      ladderStep: 6,
      competences: ['heftruck', 'Teamwork', 'Bollenpellen'],
      hours: { min: 20, max: 32 },
      travel: { maxMinutes: 30, modes: ['bike'] },
    };
    const m = createMatcher({ candidates: [candidate], vacancies: [] }, { vocabulary: entries }) as MatcherWithIndex;
    const overrides = m.report.competences.overrides;
    expect(overrides.map((o) => [o.label, o.builtin, o.user])).toEqual([
      ['Heftruck', 'logistiek.heftruck', `${URI}heftruck`],
      ['vorkheftruck', 'logistiek.heftruck', `${URI}heftruck`],
      ['samenwerken', 'algemeen.samenwerken', `${URI}teamwork`],
      ['teamwork', 'algemeen.samenwerken', `${URI}teamwork`],
      ['in teamverband werken', 'algemeen.samenwerken', `${URI}teamwork`],
      ['bloembollen pellen', 'tuinbouw.bollenpellen', `${URI}bollen`],
      ['bollenpeller', 'tuinbouw.bollenpellen', `${URI}bollen`],
    ]);
    // The candidate's labels resolve to the ESCO entries, except a built-in name the file does not claim.
    const ix = m[INDEX];
    const held = [...ix.cCompId.subarray(ix.cCompOff[0], ix.cCompOff[1])].map((id) => ix.competenceLabels[id]).sort();
    expect(held).toEqual(['Bollenpellen', 'heftruck besturen', 'samenwerken']);
    expect(ix.competenceKinds[ix.competenceLabels.indexOf('samenwerken')]).toBe(1);
  });
});
