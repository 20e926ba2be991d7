// --vocabulary FILE: ESCO's skills CSV and the plain shape (CSV, JSON, NDJSON), read by readVocabulary's reader and
// checked by createMatcher, every problem as FILE:LINE field: message. In-process: main() with a recording Io.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run.js';

let dir: string;
const at = (name: string) => join(dir, name);
const ESCO_HEADER = 'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status';
const row = (id: string, level: string, label: string, alt: string[]) =>
  `KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/${id},skill/competence,${level},${label},"${alt.join('\n')}",,released`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-cli-vocabulary-'));
  // Overlaps the built-in vocabulary (heftruck, teamwork): loads, the file's entries win.
  await writeFile(
    at('esco.csv'),
    `\uFEFF${[ESCO_HEADER, row('a', 'sector-specific', 'heftruck besturen', ['Heftruck', 'heftruck rijden']), row('b', 'transversal', 'samenwerken', ['teamwork'])].join('\r\n')}\r\n`,
  );
  // Line 4 (row 2's cell spans lines 2–3): a reuse level ESCO does not have.
  await writeFile(at('bad-level.csv'), [ESCO_HEADER, row('a', 'cross-sector', 'plannen', ['planning', 'roosters']), row('b', 'sometimes', 'x', []), row('c', 'transversal', 'y', [])].join('\n'));
  // Two entries of the file claim "planning": createMatcher names the later one, at its line.
  await writeFile(at('clash.csv'), [ESCO_HEADER, row('a', 'cross-sector', 'plannen', ['planning']), row('b', 'cross-sector', 'roosteren', ['Planning'])].join('\n'));
  await writeFile(at('plain.json'), JSON.stringify([{ id: 'eigen.pellen', label: 'Pellen', synonyms: ['bollenpeller'], kind: 'occupational' }], null, 2));
  await writeFile(at('plain.ndjson'), '{"id":"eigen.a","label":"Aa"}\n{"id":"eigen.b","label":""}\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('werkmatch --vocabulary', () => {
  it('takes an ESCO skills CSV that overlaps the built-in vocabulary', async () => {
    const r = await run('validate', '--vocabulary', at('esco.csv'), '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ valid: true, files: [{ kind: 'vocabulary', rows: 2, valid: 2, invalid: 0 }] });
  });

  it('takes the plain shape as JSON', async () => {
    const r = await run('validate', '--vocabulary', at('plain.json'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ valid: true, files: [{ kind: 'vocabulary', rows: 1 }] });
  });

  it('names a bad row of the file by line and field (exit 1)', async () => {
    const r = await run('validate', '--vocabulary', at('bad-level.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${at('bad-level.csv')}:4 reuseLevel: reuseLevel must be`);
  });

  it('names the later of two entries that claim one name, at its line', async () => {
    const r = await run('validate', '--vocabulary', at('clash.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${at('clash.csv')}:3 synonyms.0: "Planning" already means "plannen"`);
  });

  it('names an NDJSON entry that createMatcher rejects, at its line', async () => {
    const r = await run('validate', '--vocabulary', at('plain.ndjson'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${at('plain.ndjson')}:2 label: `);
  });
});
