import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALIASES, COLUMNS, aliasKey, resolveHeader } from '../../src/node/csv.js';
import { RECORD_KINDS } from '../../src/node/records.js';
import { readRecords } from '../../src/node/index.js';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-columns-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const write = async (text: string, ext = 'csv') => {
  const path = join(dir, `c${n++}.${ext}`);
  await writeFile(path, text);
  return path;
};

/** The README's table of Dutch column names, as ALIASES gives it. */
function aliasTable(): string {
  const fields = [...new Set(RECORD_KINDS.flatMap((k) => Object.keys(ALIASES[k])))];
  const cell = (names: readonly string[] | undefined) => (names ?? []).map((a) => `\`${a}\``).join(', ');
  return [
    `| Field | ${RECORD_KINDS.join(' | ')} |`,
    `|---|${RECORD_KINDS.map(() => '---').join('|')}|`,
    ...fields.map((f) => `| \`${f}\` | ${RECORD_KINDS.map((k) => cell(ALIASES[k][f])).join(' | ')} |`),
  ].join('\n');
}

describe('Dutch column names', () => {
  it('every alias names a column of its kind, and no alias means two columns or shadows a column name', () => {
    for (const kind of RECORD_KINDS) {
      const names = new Set(COLUMNS[kind].map((c) => c.name));
      const seen = new Map<string, string>();
      for (const [field, aliases] of Object.entries(ALIASES[kind])) {
        expect(names.has(field), `${kind}: ${field}`).toBe(true);
        for (const alias of aliases) {
          expect(seen.get(aliasKey(alias)), `${kind}: ${alias}`).toBeUndefined();
          expect(names.has(alias), `${kind}: ${alias}`).toBe(false);
          seen.set(aliasKey(alias), field);
        }
      }
    }
  });

  it('the README table is the table ALIASES gives', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    // Cells compared without their padding: the formatter aligns the README's columns.
    const squeeze = (text: string) => text.replace(/ *\| */g, '|').replace(/-{3,}/g, '---');
    expect(squeeze(readme)).toContain(squeeze(aliasTable()));
  });

  it('a file with Dutch headers reads as one with the field names (case, spaces and - do not matter)', async () => {
    const dutch = await write('Kandidaat ID;Gemeente;Trede;Competenties;Uren min;uren-max;REISTIJD_MAX;vervoer;Geboortedatum\nk1;Súdwest-Fryslân;3;VIG:2;8;16;30;bike|transit;1990-05-03\n');
    const plain = await write('id;municipality;ladderStep;competences;hours.min;hours.max;travel.maxMinutes;travel.modes;birthDate\nk1;Súdwest-Fryslân;3;VIG:2;8;16;30;bike|transit;1990-05-03\n');
    const a = await readRecords(dutch, { kind: 'candidates' });
    expect(a.issues).toEqual([]);
    expect(a.records).toEqual((await readRecords(plain, { kind: 'candidates' })).records);
  });

  it('a column map sends any header to a field path, reporting keys included; the map wins over an alias', async () => {
    const path = await write('Nummer,Woonplaats,trede,competenties,uren_min,uren_max,reistijd_max,vervoer,Team,loonwaarde\nk1,Lisse,3,VIG,8,16,30,bike,Noord,0.5\n');
    const { records, issues } = await readRecords(path, { kind: 'candidates', columns: { Nummer: 'id', Woonplaats: 'municipality', Team: 'reporting.team' } });
    expect(issues).toEqual([]);
    expect(records[0]).toMatchObject({ id: 'k1', municipality: 'Lisse', ladderStep: 3, wageValue: 0.5, reporting: { team: 'Noord' } });
    const mapped = await readRecords(path, { kind: 'candidates', columns: { Nummer: 'id', Woonplaats: 'municipality', loonwaarde: 'reporting.loonwaarde' } });
    expect(mapped.issues).toMatchObject([{ code: 'unrecognized_keys', message: expect.stringMatching(/^unknown column "Team", not read; .*or to "-" to leave its column out on purpose/) }]);
    expect(mapped.records[0]?.wageValue).toBeUndefined();
    expect(mapped.records[0]?.reporting).toEqual({ loonwaarde: '0.5' });
  });

  it('unknown headers are one issue that names each once, with a did-you-mean where one is close', () => {
    const { issues, columns } = resolveHeader('candidates', ['id', 'gemeent', 'hours.mni', 'hobby', 'trede', 'hobby']);
    expect(columns.map((c) => c?.name)).toEqual(['id', undefined, undefined, undefined, 'ladderStep', undefined]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('unrecognized_keys');
    expect(issues[0]!.message).toMatch(/^unknown columns "gemeent" \(did you mean "gemeente"\?\), "hours\.mni" \(did you mean "hours\.min"\?\), "hobby", not read; known columns: id, municipality,/);
    expect(issues[0]!.message.match(/; known columns/g)).toHaveLength(1);
  });

  it('a column mapped to "-" is left out on purpose: no issue, no field', () => {
    const { issues, columns } = resolveHeader('candidates', ['id', 'Naam', 'Postcode', 'gemeente'], { Naam: '-', Postcode: '-' });
    expect(issues).toEqual([]);
    expect(columns.map((c) => c?.name)).toEqual(['id', undefined, undefined, 'municipality']);
  });

  it('two headers for one field: the second is a duplicate_column naming both', () => {
    const { issues, columns } = resolveHeader('vacancies', ['municipality', 'gemeente']);
    expect(columns.map((c) => c?.name)).toEqual(['municipality', undefined]);
    expect(issues).toEqual([{ code: 'duplicate_column', path: ['vacancies'], message: 'column "gemeente" fills municipality, which column "municipality" already fills; the second is ignored' }]);
  });

  it('a column map cannot reach a prototype, and names a target that is not a field', () => {
    const polluting = resolveHeader('candidates', ['a', 'b', 'c'], { a: '__proto__.polluted', b: 'reporting.constructor', c: 'nonsense' });
    expect(polluting.columns).toEqual([undefined, undefined, undefined]);
    expect(polluting.issues.map((i) => i.code)).toEqual(['forbidden_column', 'forbidden_column', 'unrecognized_keys']);
    expect(polluting.issues[2]!.message).toBe('the column map sends "c" to "nonsense", which is not a column of candidates; the column is ignored');
    expect(resolveHeader('candidates', ['__proto__'], { __proto__: 'id' } as Record<string, string>).issues.map((i) => i.code)).toEqual(['forbidden_column']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a columns option that is not a map of strings is a TypeError', async () => {
    const path = await write('id\n');
    await expect(readRecords(path, { kind: 'candidates', columns: { id: 3 } as unknown as Record<string, string> })).rejects.toThrow(/^readRecords: columns must map headers/);
  });
});
