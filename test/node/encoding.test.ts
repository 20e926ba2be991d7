import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords, streamRecords } from '../../src/node/index.js';
import { TextChunkDecoder, decodeFile, type TextEncoding } from '../../src/node/text.js';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-encoding-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const write = async (bytes: Uint8Array, ext = 'csv') => {
  const path = join(dir, `e${n++}.${ext}`);
  await writeFile(path, bytes);
  return path;
};

const windows1252 = (text: string): Buffer => Buffer.from(text, 'latin1'); // the letters used here are the same in both
const CSV = 'id;municipality;ladderStep;competences;hours.min;hours.max;travel.maxMinutes;travel.modes\nk1;Súdwest-Fryslân;3;VIG;8;16;30;bike\n';

/** Bytes cut at the given points into chunks. */
const cut = (bytes: Uint8Array, points: number[]): Uint8Array[] => {
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length));
};
const decodeChunks = (chunks: Uint8Array[], given?: TextEncoding) => {
  const decoder = new TextChunkDecoder(given);
  const text = chunks.map((c) => decoder.push(c)).join('') + decoder.push(new Uint8Array(0), true);
  return { text, encoding: decoder.encoding };
};

// Text whose first non-ASCII letter is not followed by a UTF-8 continuation byte when written in Windows-1252.
const dutchArb = fc.string({ unit: fc.constantFrom('a', 'e', ' ', ';', '\n', 'é', 'ë', 'ú', 'â', 'ï', 'ö'), minLength: 1, maxLength: 200 });
const unicodeArb = fc.string({ unit: fc.oneof(fc.constantFrom('a', ';', '\n'), fc.constantFrom('é', 'ŷ', '€', '中', '😀')), maxLength: 200 });
const pointsArb = fc.array(fc.nat(), { maxLength: 12 });

describe('encodings', () => {
  it('"Súdwest-Fryslân" written in Windows-1252 reads right and is reported as windows-1252', async () => {
    const path = await write(windows1252(CSV));
    const seen: TextEncoding[] = [];
    const { records, issues, encoding } = await readRecords(path, { kind: 'candidates', onEncoding: (e) => seen.push(e) });
    expect(issues).toEqual([]);
    expect(records[0]!.municipality).toBe('Súdwest-Fryslân');
    expect(encoding).toBe('windows-1252');
    expect(seen).toEqual(['windows-1252']);
  });

  it('a UTF-8 file with a BOM is utf-8, and the BOM is not part of the first header', async () => {
    const path = await write(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]));
    const { records, issues, encoding } = await readRecords(path, { kind: 'candidates' });
    expect(issues).toEqual([]);
    expect(records[0]!.municipality).toBe('Súdwest-Fryslân');
    expect(encoding).toBe('utf-8');
  });

  it('JSON and NDJSON are detected the same way; a given encoding is used as given', async () => {
    const record = { id: 'k1', municipality: 'Súdwest-Fryslân', ladderStep: 3, competences: ['VIG'], hours: { min: 8, max: 16 }, travel: { maxMinutes: 30, modes: ['bike'] } };
    const json = await write(windows1252(JSON.stringify([record])), 'json');
    const ndjson = await write(windows1252(`${JSON.stringify(record)}\n`), 'ndjson');
    for (const path of [json, ndjson]) {
      const read = await readRecords(path, { kind: 'candidates' });
      expect([read.encoding, read.records[0]?.municipality]).toEqual(['windows-1252', 'Súdwest-Fryslân']);
    }
    const forced = await readRecords(await write(Buffer.from(CSV, 'utf8')), { kind: 'candidates', encoding: 'windows-1252' });
    expect(forced.encoding).toBe('windows-1252');
    expect(forced.issues).toMatchObject([{ path: ['candidates', 0, 'municipality'] }]);
    await expect(readRecords(json, { kind: 'candidates', encoding: 'latin9' as TextEncoding })).rejects.toThrow(/^readRecords: encoding must be "utf-8" or "windows-1252"/);
  });

  it('UTF-8 cut anywhere into chunks decodes whole, as utf-8', () => {
    fc.assert(
      fc.property(unicodeArb, pointsArb, (text, points) => {
        const { text: back, encoding } = decodeChunks(cut(Buffer.from(text, 'utf8'), points));
        expect(back).toBe(text);
        expect(encoding).toBe('utf-8');
      }),
    );
  });

  it('Windows-1252 cut anywhere into chunks decodes whole, as windows-1252 once a non-ASCII letter is seen', () => {
    fc.assert(
      fc.property(dutchArb, pointsArb, (text, points) => {
        const { text: back, encoding } = decodeChunks(cut(windows1252(text), points));
        expect(back).toBe(text);
        expect(encoding).toBe([...text].some((ch) => ch.charCodeAt(0) > 0x7f) ? 'windows-1252' : 'utf-8');
      }),
    );
  });

  it('the file reader decides on the first chunks without losing bytes at chunk boundaries', async () => {
    const text = `${'a;'.repeat(50)}\n${'Súdwest-Fryslân;'.repeat(40)}\n`;
    for (const [bytes, encoding] of [
      [Buffer.from(text, 'utf8'), 'utf-8'],
      [windows1252(text), 'windows-1252'],
    ] as const) {
      const path = await write(bytes);
      for (const chunkBytes of [1, 2, 3, 5, 64]) {
        let used: TextEncoding | undefined;
        const chunks: string[] = [];
        for await (const chunk of decodeFile(path, { chunkBytes, onEncoding: (e) => (used = e) })) chunks.push(chunk);
        expect(chunks.join('')).toBe(text);
        expect(used).toBe(encoding);
      }
    }
  });

  it('bytes that are not UTF-8 after the file was judged UTF-8 are reported at their row and field, not read as �', async () => {
    // Row 2 is UTF-8 (the encoding is decided there); row 3 was pasted in from a Windows-1252 file.
    const bytes = Buffer.concat([Buffer.from(CSV, 'utf8'), windows1252('k2;Súdwest-Fryslân;3;VIG|Café;8;16;30;bike\n'), Buffer.from('k3;Noordwijk;3;VIG;8;16;30;bike\n')]);
    const { records, issues, encoding } = await readRecords(await write(bytes), { kind: 'candidates' });
    expect(encoding).toBe('utf-8');
    expect(records.map((r) => r.id)).toEqual(['k1', 'k3']);
    expect(issues.map((i) => [i.code, i.line, i.path.join('.')])).toEqual([
      ['invalid_encoding', 3, 'candidates.1.municipality'],
      ['invalid_encoding', 3, 'candidates.1.competences.1'],
    ]);
    expect(issues[0]!.message).toMatch(/replacement character .*--encoding windows-1252/);
    // The same in NDJSON and in a JSON array: rows in = rows kept + rows reported.
    const rows = [
      { id: 'j1', municipality: 'Noordwijk' },
      { id: 'j2', municipality: 'Súdwest-Fryslân' },
    ].map((r) => ({
      ...r,
      ladderStep: 3,
      competences: ['VIG'],
      hours: { min: 8, max: 16 },
      travel: { maxMinutes: 30, modes: ['bike'] },
    }));
    const ndjson = Buffer.concat([Buffer.from(`${JSON.stringify({ ...rows[0], gender: 'é' })}\n`, 'utf8'), windows1252(`${JSON.stringify(rows[1])}\n`)]);
    const json = Buffer.concat([Buffer.from(`[${JSON.stringify({ ...rows[0], gender: 'é' })},\n`, 'utf8'), windows1252(`${JSON.stringify(rows[1])}]`)]);
    for (const [data, ext] of [
      [ndjson, 'ndjson'],
      [json, 'json'],
    ] as const) {
      const read = await readRecords(await write(data, ext), { kind: 'candidates' });
      expect([read.encoding, read.records.map((r) => r.id), read.issues.map((i) => [i.code, i.line, i.path.join('.')])]).toEqual([
        'utf-8',
        ['j1'],
        [['invalid_encoding', 2, 'candidates.1.municipality']],
      ]);
    }
  });

  it('UTF-8 rows in a file judged Windows-1252 are reported, not read as "Ã©"', async () => {
    const bytes = Buffer.concat([windows1252(CSV), Buffer.from('k2;Súdwest-Fryslân;3;VIG;8;16;30;bike\n', 'utf8'), windows1252('k3;Noordwijk;3;Café;8;16;30;bike\n')]);
    const { records, issues, encoding } = await readRecords(await write(bytes), { kind: 'candidates' });
    expect(encoding).toBe('windows-1252');
    expect(records.map((r) => [r.id, r.municipality, r.competences])).toEqual([
      ['k1', 'Súdwest-Fryslân', ['VIG']],
      ['k3', 'Noordwijk', ['Café']],
    ]);
    expect(issues.map((i) => [i.code, i.line, i.path.join('.')])).toEqual([['invalid_encoding', 3, 'candidates.1.municipality']]);
    expect(issues[0]!.message).toMatch(/mixes both encodings/);
  });

  it('progress reports bytes read of the file size, ending at the size', async () => {
    const path = await write(Buffer.from(CSV, 'utf8'));
    const seen: [number, number][] = [];
    for await (const _ of streamRecords(path, { kind: 'candidates', onProgress: (p) => seen.push([p.done, p.total]) }));
    const size = Buffer.byteLength(CSV);
    expect(seen.at(-1)).toEqual([size, size]);
    expect(seen.every(([d, t]) => d <= t && t === size)).toBe(true);
  });
});
