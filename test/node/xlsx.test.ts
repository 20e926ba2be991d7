import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords, streamRecords, writeRecords } from '../../src/node/index.js';
import { unzip, writeWorkbook, type XlsxCell } from '../../src/node/xlsx.js';

let dir: string;
let n = 0;
const file = (ext = 'xlsx') => join(dir, `w${n++}.${ext}`);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const HEADER = ['id', 'municipality', 'ladderStep', 'competences', 'hours.min', 'hours.max', 'travel.maxMinutes', 'travel.modes'];
const good = (id: string): XlsxCell[] => [id, 'Lisse', 3, 'VIG:2|Kassawerk', 8, 16, 30, 'bike|transit'];

async function workbook(rows: XlsxCell[][], sheet = 'Kandidaten'): Promise<string> {
  const path = file();
  await writeWorkbook(path, sheet, HEADER, rows);
  return path;
}

/** A stored (uncompressed) zip of the given files: enough for a hand-edited workbook. */
function zip(files: Map<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A workbook whose first sheet's XML is edited: what a spreadsheet program writes for error cells. */
async function edited(path: string, edit: (xml: string) => string): Promise<string> {
  const files = new Map([...unzip(await readFile(path))].map(([name, read]) => [name, read()]));
  const sheet = 'xl/worksheets/sheet1.xml';
  files.set(sheet, Buffer.from(edit(files.get(sheet)!.toString('utf8')), 'utf8'));
  const out = file();
  await writeFile(out, zip(files));
  return out;
}

describe('.xlsx workbooks', () => {
  it('reads the first sheet; a bad row is reported with the row number Excel shows, blank rows included', async () => {
    const path = await workbook([good('c1'), [], ['c2', 'Lisse', 3, 'VIG', 'acht', 16, 30, 'bike'], good('c3')]);
    const { records, lines, issues } = await readRecords(path, { kind: 'candidates' });
    expect(records.map((r) => r.id)).toEqual(['c1', 'c3']);
    expect(lines).toEqual([2, 5]);
    expect(issues).toEqual([{ code: 'invalid_type', path: ['candidates', 1, 'hours', 'min'], message: 'hours.min must be a number, got "acht"', line: 4 }]);
    expect(records[0]).toMatchObject({ ladderStep: 3, competences: [{ label: 'VIG', level: 2 }, 'Kassawerk'], hours: { min: 8, max: 16 }, travel: { modes: ['bike', 'transit'] } });
  });

  it('takes numbers as text (decimal comma too), booleans as ja/nee cells, and dates from date cells or serial numbers', async () => {
    const path = file();
    await writeWorkbook(
      path,
      'Blad1',
      ['id', 'municipality', 'ladderStep', 'competences', 'hours.min', 'hours.max', 'travel.maxMinutes', 'travel.modes', 'exempt', 'birthDate', 'wageValue'],
      [
        ['c1', 'Lisse', 2, 'VIG', '8', 16, 30, 'bike', true, new Date('1990-05-03T00:00:00Z'), '0,5'],
        ['c2', 'Lisse', 2, 'VIG', 8, 16, 30, 'bike', 'nee', 32996, 0.75],
      ],
    );
    const { records, issues } = await readRecords(path, { kind: 'candidates' });
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.hours.min, r.exempt, r.birthDate, r.wageValue])).toEqual([
      [8, true, '1990-05-03', 0.5],
      [8, false, '1990-05-03', 0.75],
    ]);
  });

  it('an unknown sheet is one issue naming the sheets there are; --sheet picks one', async () => {
    const path = await workbook([good('c1')], 'Kandidaten');
    const { records, issues } = await readRecords(path, { kind: 'candidates', sheet: 'Vacatures' });
    expect(records).toEqual([]);
    expect(issues).toEqual([{ code: 'unknown_sheet', path: ['candidates'], line: 1, message: 'the workbook has no sheet "Vacatures"; its sheets: "Kandidaten"' }]);
    expect((await readRecords(path, { kind: 'candidates', sheet: 'Kandidaten' })).records).toHaveLength(1);
  });

  it('an error cell and a formula without a value are reported at their cell, not read as empty', async () => {
    const base = await workbook([good('c1'), good('c2'), [...good('c3').slice(0, 7), { type: 'Formula', value: 'A1&"x"' } as unknown as XlsxCell]]);
    const path = await edited(base, (xml) => xml.replace(/<c r="E3"[^>]*>.*?<\/c>/, '<c r="E3" t="e"><v>#DIV/0!</v></c>'));
    const { records, issues } = await readRecords(path, { kind: 'candidates' });
    expect(records.map((r) => r.id)).toEqual(['c1']);
    expect(issues).toEqual([
      { code: 'invalid_cell', path: ['candidates', 1, 'hours', 'min'], line: 3, message: 'cell E3 holds the spreadsheet error #DIV/0!; the field is left empty' },
      expect.objectContaining({ code: 'invalid_cell', path: ['candidates', 2, 'travel', 'modes'], line: 4, message: expect.stringMatching(/^cell H4 holds a formula without a computed value/) }),
    ]);
  });

  it('a file that is not a workbook is one issue', async () => {
    const path = file();
    await writeFile(path, 'id,municipality\n');
    const { issues } = await readRecords(path, { kind: 'candidates' });
    expect(issues).toMatchObject([{ code: 'invalid_xlsx', line: 1, path: ['candidates'] }]);
  });

  it('rows in = rows kept + rows reported, whatever mix of good and bad rows', async () => {
    const rowArb = fc.constantFrom<'good' | 'badNumber' | 'badMunicipality' | 'blank' | 'extraCell'>('good', 'badNumber', 'badMunicipality', 'blank', 'extraCell');
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { maxLength: 12 }), async (kinds) => {
        const rows = kinds.map((k, i): XlsxCell[] => {
          const row = good(`c${i}`);
          if (k === 'badNumber') row[4] = 'veel';
          if (k === 'badMunicipality') row[1] = 'Atlantis';
          if (k === 'blank') return [];
          if (k === 'extraCell') return [...row, 'x'];
          return row;
        });
        const { records, lines, issues } = await readRecords(await workbook(rows), { kind: 'candidates' });
        const dataRows = kinds.map((k, i) => (k === 'blank' ? undefined : i + 2)).filter((l) => l !== undefined);
        const reported = [...new Set(issues.map((i) => i.line))];
        expect(records.length + reported.length).toBe(dataRows.length);
        expect([...lines, ...reported].sort((a, b) => a - b)).toEqual(dataRows);
      }),
      { numRuns: 30 },
    );
  });

  it('streams a workbook with progress in rows of the total', async () => {
    const path = await workbook([good('c1'), good('c2')]);
    const seen: string[] = [];
    for await (const item of streamRecords(path, { kind: 'candidates', onProgress: (p) => seen.push(`${p.done}/${p.total} ${p.unit}`) })) expect('record' in item).toBe(true);
    expect(seen).toEqual(['1/3 rows', '2/3 rows', '3/3 rows']);
  });

  it('writes a sheet named after the kind (or options.sheet) that reads back', async () => {
    const path = file();
    await writeRecords(path, [{ candidateId: 'c1', vacancyId: 'v1', score: 0.8, tier: 'home', start: '2026-03-02' }], { kind: 'placements' });
    expect((await readRecords(path, { kind: 'placements', sheet: 'placements' })).records).toEqual([{ candidateId: 'c1', vacancyId: 'v1', score: 0.8, tier: 'home', start: '2026-03-02' }]);
    const named = file();
    await writeRecords(named, [], { kind: 'outcomes', sheet: 'Uitkomsten' });
    expect(await readRecords(named, { kind: 'outcomes', sheet: 'Uitkomsten' })).toEqual({ records: [], lines: [], issues: [] });
  });

  it('an encoding for a workbook is a RangeError', async () => {
    await expect(readRecords(file(), { kind: 'candidates', encoding: 'utf-8' })).rejects.toThrow(/^readRecords: an \.xlsx workbook has no text encoding/);
  });
});
