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

  it("Windows-1252's own characters (’ € – “ ” …) read as themselves, not as control characters", async () => {
    // Bytes 80–9F: where Windows-1252 differs from Latin-1 (Node's TextDecoder reads them as Latin-1).
    const gender = 'zo’n “mooie” dag – € 15… Œ š Ÿ';
    const bytes = Buffer.from([...`${CSV.split('\n')[0]};gender\nk1;Súdwest-Fryslân;3;VIG;8;16;30;bike;`].map((c) => c.charCodeAt(0)));
    const text = Buffer.from(
      [...gender].map((c) =>
        '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'.includes(c)
          ? [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f][
              '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'.indexOf(c)
            ]!
          : c.charCodeAt(0),
      ),
    );
    const { records, issues, encoding } = await readRecords(await write(Buffer.concat([bytes, text, Buffer.from('\n')])), { kind: 'candidates' });
    expect([encoding, issues, records[0]?.gender]).toEqual(['windows-1252', [], gender]);
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

  it('bytes that are not UTF-8 beyond the first 64 KiB of a UTF-8 file are reported at their row and field, not read as �', async () => {
    // Row 2 decides UTF-8 (with 64 KiB of rows after it); a row pasted in from a Windows-1252 file comes later.
    const F = 2200; // rows of about 34 bytes: more than the 64 KiB the encoding is decided on
    const filler = Array.from({ length: F }, (_, i) => `f${i};Noordwijk;3;VIG;8;16;30;bike\n`).join('');
    const bytes = Buffer.concat([Buffer.from(CSV, 'utf8'), Buffer.from(filler), windows1252('k2;Súdwest-Fryslân;3;VIG|Café;8;16;30;bike\n'), Buffer.from('k3;Noordwijk;3;VIG;8;16;30;bike\n')]);
    const { records, issues, encoding } = await readRecords(await write(bytes), { kind: 'candidates' });
    expect(encoding).toBe('utf-8');
    expect(records.length).toBe(F + 2);
    expect(records.map((r) => r.id).filter((id) => id.startsWith('k'))).toEqual(['k1', 'k3']);
    expect(issues.map((i) => [i.code, i.line, i.path.join('.')])).toEqual([
      ['invalid_encoding', F + 3, `candidates.${F + 1}.municipality`],
      ['invalid_encoding', F + 3, `candidates.${F + 1}.competences.1`],
    ]);
    expect(issues[0]!.message).toMatch(/replacement character .*--encoding windows-1252/);
    // NDJSON the same way: rows in = rows kept + rows reported.
    const row = (id: string, municipality: string) =>
      JSON.stringify({ id, municipality, ladderStep: 3, competences: ['VIG'], hours: { min: 8, max: 16 }, travel: { maxMinutes: 30, modes: ['bike'] } });
    const lines = Array.from({ length: 800 }, (_, i) => row(`f${i}`, 'Noordwijk')).join('\n');
    const ndjson = Buffer.concat([Buffer.from(`${row('j1', 'Súdwest-Fryslân')}\n${lines}\n`, 'utf8'), windows1252(`${row('j2', 'Súdwest-Fryslân')}\n`)]);
    const read = await readRecords(await write(ndjson, 'ndjson'), { kind: 'candidates' });
    expect([read.encoding, read.records.length, read.issues.map((i) => [i.code, i.line, i.path.join('.')])]).toEqual(['utf-8', 801, [['invalid_encoding', 802, 'candidates.801.municipality']]]);
  });

  it('a value that is valid UTF-8 by chance does not decide the encoding of a Windows-1252 file', async () => {
    // "CAFÉ" and a no-break space are C9 A0 in Windows-1252: a valid UTF-8 sequence (ɠ). The rows after it say otherwise.
    const text =
      'id;municipality;ladderStep;competences;hours.min;hours.max;travel.maxMinutes;travel.modes;gender\nk1;Noordwijk;3;VIG;8;16;30;bike;CAFÉ\u00a0DE KROON\nk2;Súdwest-Fryslân;3;VIG;8;16;30;bike;Zoë\n';
    const { records, issues, encoding } = await readRecords(await write(windows1252(text)), { kind: 'candidates' });
    expect([encoding, issues, records.map((r) => r.gender)]).toEqual(['windows-1252', [], ['CAFÉ\u00a0DE KROON', 'Zoë']]);
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

  it('also reports UTF-8 punctuation read as Windows-1252 ("â€™"), text decoded wrongly before a UTF-8 file was saved, and broken field names', async () => {
    const head = 'id;municipality;ladderStep;competences;hours.min;hours.max;travel.maxMinutes;travel.modes;gender\n';
    const bytes = Buffer.concat([windows1252(`${head}k1;Súdwest-Fryslân;3;VIG;8;16;30;bike;x\n`), Buffer.from('k2;Noordwijk;3;VIG;8;16;30;bike;zo’n\n', 'utf8')]);
    const read = await readRecords(await write(bytes), { kind: 'candidates' });
    expect([read.encoding, read.records.map((r) => r.id), read.issues.map((i) => [i.code, i.line, i.path.join('.')])]).toEqual([
      'windows-1252',
      ['k1'],
      [['invalid_encoding', 3, 'candidates.1.gender']],
    ]);
    // In a UTF-8 file: "CafÃ©" was broken before the file was written; a reporting name with � is reported at the name.
    const row = { id: 'j1', municipality: 'Noordwijk', ladderStep: 3, competences: ['CafÃ© medewerker'], hours: { min: 8, max: 16 }, travel: { maxMinutes: 30, modes: ['bike'] } };
    const json = await write(Buffer.from(JSON.stringify([row, { ...row, id: 'j2', competences: ['VIG'], reporting: { 'afdeling cli\uFFFDnt': 'noord' } }]), 'utf8'), 'json');
    const both = await readRecords(json, { kind: 'candidates' });
    expect([both.records, both.issues.map((i) => [i.code, i.path.join('.')])]).toEqual([
      [],
      [
        ['invalid_encoding', 'candidates.0.competences.0'],
        ['invalid_encoding', 'candidates.1.reporting.afdeling cli\uFFFDnt'],
      ],
    ]);
    expect(both.issues[0]!.message).toMatch(/before this file was saved/);
    // Forced to Windows-1252, a UTF-8 file is said to be UTF-8, not to mix encodings.
    const forced = await readRecords(await write(Buffer.from(`${head}k1;Súdwest-Fryslân;3;VIG;8;16;30;bike;x\n`, 'utf8')), { kind: 'candidates', encoding: 'windows-1252' });
    expect(forced.issues.map((i) => i.message)).toEqual([expect.stringMatching(/the file is UTF-8, not the windows-1252/)]);
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
