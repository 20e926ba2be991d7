// Issue 11: file input that attacks the process (prototype keys), breaks the row accounting (quotes), or the
// spreadsheet that opens our output (formulas).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvSplitter, MAX_ROW_CHARS, rowToRecord, type CsvRecord } from '../../src/node/csv.js';
import { readRecords, writeRecords } from '../../src/node/index.js';
import type { CandidateInput } from '../../src/index.js';
import { LABELS } from '../arbitraries.js';

let dir: string;
let n = 0;
const file = (ext: string) => join(dir, `h${n++}.${ext}`);
const write = async (text: string) => {
  const path = file('csv');
  await writeFile(path, text);
  return path;
};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-hardening-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const HEADER = 'id,municipality,ladderStep,competences,hours.min,hours.max,travel.maxMinutes,travel.modes,gender';
const row = (id: string, gender = '') => `${id},Lisse,5,,8,16,30,bike,${gender}`;
const rows = (count: number) => Array.from({ length: count }, (_, i) => row(`c${i + 1}`));

describe('prototype keys in a CSV header', () => {
  const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

  it('reading a reporting.__proto__ column leaves Object.prototype as it was and keeps the valid rows', async () => {
    const before = prototypeKeys();
    const path = await write(`${HEADER},reporting.__proto__.polluted,reporting.constructor.prototype.polluted,reporting.team\n${row('c1')},yes,yes,Noord\n${row('c2')},yes,yes,Zuid\n`);
    const { records } = await readRecords(path, { kind: 'candidates' });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(prototypeKeys()).toEqual(before);
    expect(records.map((r) => [r.id, r.reporting])).toEqual([
      ['c1', { team: 'Noord' }],
      ['c2', { team: 'Zuid' }],
    ]);
  });

  it('a column naming __proto__, constructor or prototype is a file issue on line 1 that names it', async () => {
    const path = await write(`id,employerId,municipality,sector,competences,hours.min,hours.max,reporting.a.__proto__,reporting.prototype\nv1,w,Lisse,zorg,,8,16,x,y\n`);
    const { records, issues } = await readRecords(path, { kind: 'vacancies' });
    expect(records).toHaveLength(1);
    expect(issues.map((i) => [i.code, i.path, i.line])).toEqual([
      ['forbidden_column', ['vacancies'], 1],
      ['forbidden_column', ['vacancies'], 1],
    ]);
    expect(issues[0]!.message).toMatch(/^column "reporting\.a\.__proto__" is not allowed/);
  });

  it('building a record defines own keys, so even a __proto__ path cannot reach a prototype', () => {
    const { value } = rowToRecord([{ name: 'x', path: ['reporting', '__proto__', 'polluted'], cell: 'string' }], ['yes'], { decimalComma: false });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    const reporting = value.reporting as Record<string, unknown>;
    expect(Object.getPrototypeOf(reporting)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(reporting, '__proto__')?.value).toEqual({ polluted: 'yes' });
  });

  it('writeRecords refuses a forbidden column name', async () => {
    const candidate = { id: 'c1', municipality: 'Lisse', ladderStep: 5 as const, competences: [], hours: { min: 8, max: 16 }, travel: { maxMinutes: 30, modes: ['bike' as const] } };
    await expect(writeRecords(file('csv'), [candidate], { kind: 'candidates', columns: ['id', 'reporting.__proto__'] })).rejects.toThrow(/^writeRecords: .*"reporting\.__proto__"/);
  });
});

describe('an unclosed or stray quote', () => {
  const read = async (lines: readonly string[]) => readRecords(await write(lines.join('\n')), { kind: 'candidates' });
  const withRow = (i: number, text: string) => rows(10).map((r, j) => (j === i ? text : r));

  it('a quote opening data row 3 of 10: 9 rows kept, row 3 reported on line 4', async () => {
    const { records, issues } = await read([HEADER, ...withRow(2, `"${row('c3')}`)]);
    expect(records.map((r) => r.id)).toEqual(['c1', 'c2', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10']);
    expect(issues.map((i) => [i.line, i.code, i.path])).toEqual([[4, 'invalid_csv', ['candidates', 2]]]);
    expect(issues[0]!.message).toBe('not readable as CSV: a quote opened on this row is never closed');
  });

  it('a quote in the middle of a cell: that row is reported, the rest kept', async () => {
    const { records, issues } = await read([HEADER, ...withRow(4, 'c5,Lis"se,5,,8,16,30,bike,')]);
    expect(records).toHaveLength(9);
    expect(issues.map((i) => i.line)).toEqual([6]);
  });

  it('an unclosed quoted cell in the middle of a row, with quoted cells further on', async () => {
    const lines = [HEADER, ...rows(10)];
    lines[3] = 'c3,Lisse,5,"VIG,8,16,30,bike,';
    lines[7] = row('c7', '"x, y"');
    const { records, issues } = await read(lines);
    expect(records.map((r) => r.id)).toEqual(['c1', 'c2', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10']);
    expect(records[5]!.gender).toBe('x, y');
    expect(issues.map((i) => i.line)).toEqual([4]);
  });

  it('an unclosed quote on the last row is reported on its line', async () => {
    const { records, issues } = await read([HEADER, ...withRow(9, 'c10,"Lisse,5,,8,16,30,bike,')]);
    expect(records).toHaveLength(9);
    expect(issues.map((i) => [i.line, i.path])).toEqual([[11, ['candidates', 9]]]);
  });

  it('a quoted cell with a line break is one row, on the line where it starts', async () => {
    const { records, lines, issues } = await read([HEADER, row('c1'), row('c2', '"two\nlines"'), row('c3')]);
    expect(issues).toEqual([]);
    expect(records[1]!.gender).toBe('two\nlines');
    expect(lines).toEqual([2, 3, 5]);
  });

  it('BOM, CRLF and ; still read, with a multi-line cell and a bad row counted right', async () => {
    const text = `\uFEFF${HEADER.replaceAll(',', ';')}\r\nc1;Lisse;5;;7,5;16;30;bike;"a\r\nb"\r\nc2;Lis"se;5;;8;16;30;bike;\r\nc3;Lisse;5;;8;16;30;bike;\r\n`;
    const { records, lines, issues } = await readRecords(await write(text), { kind: 'candidates' });
    expect(records.map((r) => [r.id, r.hours.min, r.gender])).toEqual([
      ['c1', 7.5, 'a\r\nb'],
      ['c3', 8, undefined],
    ]);
    expect(lines).toEqual([2, 5]);
    expect(issues.map((i) => i.line)).toEqual([4]);
  });

  it('a quote left open past MAX_ROW_CHARS ends its row there; every row after it is still read', async () => {
    const filler = Array.from({ length: Math.ceil((1.5 * MAX_ROW_CHARS) / 30) }, (_, i) => row(`d${i}`));
    const { records, issues } = await read([HEADER, row('c1'), `"${row('c2')}`, ...filler]);
    expect(records).toHaveLength(1 + filler.length);
    expect(issues.map((i) => [i.line, i.message])).toEqual([[3, `not readable as CSV: the row runs over ${MAX_ROW_CHARS} characters; is a closing quote missing?`]]);
  });
});

// Rows of a 9-column candidate file: good ones (some quoted, some over two lines) and single-line corrupted ones.
const goodRowArb = fc.constantFrom(
  (id: string) => [row(id)],
  (id: string) => [`${id},Lisse,5,"Bediening, horeca",8,16,30,bike,"x, y"`],
  (id: string) => [row(id, '"say ""hi"""')],
  (id: string) => [row(id, '"two'), 'lines"'],
);
const corruptRowArb = fc.constantFrom(
  (id: string) => `"${row(id)}`,
  (id: string) => `${id},Lis"se,5,,8,16,30,bike,`,
  (id: string) => `${id},Lisse,5,"VIG,8,16,30,bike,`,
  (id: string) => `${id},"Lis"se,5,,8,16,30,bike,`,
  (id: string) => `${id},Lisse,5,"Bediening, horeca,8,16,30,bike,"x, y"`,
);
const fileArb = fc
  .record({
    rows: fc.array(
      fc.oneof(
        goodRowArb.map((make) => ({ good: true, make }) as const),
        corruptRowArb.map((make) => ({ good: false, make: (id: string) => [make(id)] }) as const),
      ),
      { maxLength: 25 },
    ),
    eol: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ rows: spec, eol }) => {
    const lines = [HEADER];
    const good: string[] = [];
    const corruptLines: number[] = [];
    spec.forEach((s, i) => {
      const id = `c${i}`;
      if (s.good) good.push(id);
      else corruptLines.push(lines.length + 1);
      lines.push(...s.make(id));
    });
    return { text: lines.join(eol), rows: spec.length, good, corruptLines };
  });

describe('row accounting (property)', () => {
  it('every data row is either kept or reported', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, async (f) => {
        const { records, issues } = await readRecords(await write(f.text), { kind: 'candidates' });
        expect(records.length + new Set(issues.map((i) => i.line)).size).toBe(f.rows);
      }),
      { numRuns: 60 },
    );
  });

  it('the good rows are kept and each corrupted row is reported on the line where it starts', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, async (f) => {
        const { records, issues } = await readRecords(await write(f.text), { kind: 'candidates' });
        expect(records.map((r) => r.id)).toEqual(f.good);
        expect(issues.map((i) => i.line)).toEqual(f.corruptLines);
      }),
      { numRuns: 60 },
    );
  });

  it('CsvSplitter gives the same records however the text is cut into chunks', () => {
    const split = (chunks: readonly string[]): CsvRecord[] => {
      const splitter = new CsvSplitter(',');
      return [...chunks.flatMap((c) => splitter.push(c)), ...splitter.push('', true)];
    };
    fc.assert(
      fc.property(fileArb, fc.array(fc.nat(), { maxLength: 12 }), (f, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (f.text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((start, i) => f.text.slice(start, [...at, f.text.length][i]));
        expect(split(chunks)).toEqual(split([f.text]));
      }),
    );
  });
});

describe('formula cells', () => {
  const candidate = (id: string, extra: Partial<CandidateInput> = {}): CandidateInput => ({
    id,
    municipality: 'Lisse',
    ladderStep: 5 as const,
    competences: [],
    hours: { min: 8, max: 16 },
    travel: { maxMinutes: 30, modes: ['bike' as const] },
    ...extra,
  });

  it('writeRecords puts a quote before cells a spreadsheet would run; numbers stay numbers', async () => {
    const path = file('csv');
    const records = [
      candidate("=cmd|'/C calc'!A0", { gender: '+SUM(1)', reporting: { note: '@SUM(1+1)', delta: -5 } }),
      candidate('-x', { location: { lat: 52.2, lon: 4.5 }, competences: ['=VIG'], gender: '\tTAB', reporting: { note: '-5', delta: 3 } }),
    ];
    await writeRecords(path, records, { kind: 'candidates' });
    expect((await readFile(path, 'utf8')).split('\n').slice(1, 3)).toEqual([
      `'=cmd|'/C calc'!A0,Lisse,,,5,,8,16,30,bike,'+SUM(1),'@SUM(1+1),-5`,
      `'-x,Lisse,52.2,4.5,5,'=VIG,8,16,30,bike,'\tTAB,-5,3`,
    ]);
    // Reporting numbers read back as strings.
    expect((await readRecords(path, { kind: 'candidates' })).records).toEqual([
      { ...records[0], reporting: { note: '@SUM(1+1)', delta: '-5' } },
      { ...records[1], reporting: { note: '-5', delta: '3' } },
    ]);
  });

  it('escapeFormulas: false writes the cells as they are', async () => {
    const path = file('csv');
    await writeRecords(path, [candidate('=1+1')], { kind: 'candidates', escapeFormulas: false });
    expect((await readFile(path, 'utf8')).split('\n')[1]).toBe('=1+1,Lisse,5,,8,16,30,bike');
  });

  const textArb = (body: fc.Arbitrary<string>) => fc.tuple(fc.constantFrom('', '=', '+', '-', '@', "'", "'=", "''-", '\t', '\r'), body).map(([prefix, rest]) => prefix + rest);
  const labelArb = fc.tuple(fc.constantFrom('', '=', '+', '-', '@', "'", "'="), fc.constantFrom(...LABELS)).map(([prefix, label]) => prefix + label);
  const recordsArb = fc
    .uniqueArray(textArb(fc.constantFrom('5', 'SUM(1+1)', 'cmd', 'c 1')), { minLength: 1, maxLength: 6 })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((id) =>
          fc
            .record({ competences: fc.uniqueArray(labelArb, { maxLength: 3 }), gender: textArb(fc.constantFrom('x', '1')), note: textArb(fc.constantFrom('y', '2')) })
            .map(({ competences, gender, note }) => candidate(id, { competences, gender, reporting: { note } })),
        ),
      ),
    );

  for (const delimiter of [',', ';'] as const) {
    it(`write then read (${delimiter}) gives the same records, ids and labels starting with = + - @ ' included`, async () => {
      await fc.assert(
        fc.asyncProperty(recordsArb, async (records) => {
          const path = file('csv');
          await writeRecords(path, records, { kind: 'candidates', delimiter });
          const back = await readRecords(path, { kind: 'candidates' });
          expect(back.issues).toEqual([]);
          expect(back.records).toEqual(records);
        }),
        { numRuns: 60 },
      );
    });
  }
});
