import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatchError } from '../../src/basics/errors.js';
import { readRecords, streamRecords, writeRecords } from '../../src/node/index.js';
import { candidateArb, vacancyArb } from '../arbitraries.js';

let dir: string;
let n = 0;
const file = (ext: string) => join(dir, `f${n++}.${ext}`);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-node-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = async (ext: string, text: string) => {
  const path = file(ext);
  await writeFile(path, text);
  return path;
};

const candidatesArb = fc.integer({ min: 0, max: 6 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => candidateArb(`c${i}`))));
const vacanciesArb = fc.integer({ min: 0, max: 6 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => vacancyArb(`v${i}`))));

// What CSV gives back by design: empty optional lists and objects are absent, `{ label }` is the bare label.
function csvCanonical(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => csvCanonical(v));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value)
    .map(([k, v]) => [k, csvCanonical(v, k)] as const)
    .filter(([k, v]) => v !== undefined && !(k === 'required' && v === false) && !(Array.isArray(v) && v.length === 0 && k !== 'competences'))
    .filter(([, v]) => !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0));
  if (entries.length === 1 && entries[0]![0] === 'label' && key === '') return entries[0]![1];
  return Object.fromEntries(entries);
}

describe('round trips', () => {
  for (const [ext, delimiter] of [
    ['csv', ','],
    ['csv', ';'],
    ['json', ','],
    ['ndjson', ','],
    ['jsonl', ','],
    ['xlsx', ','],
  ] as const) {
    const canonical = ext === 'csv' || ext === 'xlsx' ? (r: unknown) => csvCanonical(r) : (r: unknown) => r;
    it(`candidates: writing then reading .${ext} (${delimiter}) gives the same records`, async () => {
      await fc.assert(
        fc.asyncProperty(candidatesArb, async (candidates) => {
          const path = file(ext);
          await writeRecords(path, candidates, { kind: 'candidates', delimiter });
          const back = await readRecords(path, { kind: 'candidates' });
          expect(back.issues).toEqual([]);
          expect(back.records.map(canonical)).toEqual(candidates.map(canonical));
        }),
        { numRuns: 40 },
      );
    });
    it(`vacancies: writing then reading .${ext} (${delimiter}) gives the same records`, async () => {
      await fc.assert(
        fc.asyncProperty(vacanciesArb, async (vacancies) => {
          const path = file(ext);
          await writeRecords(path, vacancies, { kind: 'vacancies', delimiter });
          const back = await readRecords(path, { kind: 'vacancies' });
          expect(back.issues).toEqual([]);
          expect(back.records.map(canonical)).toEqual(vacancies.map(canonical));
        }),
        { numRuns: 40 },
      );
    });
  }

  it('placements and outcomes (with factor columns) round trip through CSV', async () => {
    const placements = [
      { candidateId: 'c1', vacancyId: 'v1', score: 0.8125, tier: 'home' as const },
      { candidateId: 'c2', vacancyId: 'v1', score: 0.5, tier: 'region' as const, start: '2026-01-05', end: '2026-07-05' },
    ];
    const outcomes = [
      { vacancyId: 'v1', candidateId: 'c1', score: 0.8, label: 1 as const, durable: 1 as const, factors: { competence: 1, ladder: 0.5, hours: 1, travel: 0.25, sector: 0 } },
      { vacancyId: 'v1', candidateId: 'c2', label: 0 as const },
    ];
    const p = file('csv');
    const o = file('csv');
    await writeRecords(p, placements, { kind: 'placements', delimiter: ';' });
    await writeRecords(o, outcomes, { kind: 'outcomes' });
    expect((await readFile(o, 'utf8')).split('\n')[0]).toBe('vacancyId,candidateId,score,label,durable,competence,ladder,hours,travel,sector');
    expect((await readRecords(p, { kind: 'placements' })).records).toEqual(placements);
    expect((await readRecords(o, { kind: 'outcomes' })).records).toEqual(outcomes);
  });

  it('reporting string fields round trip as reporting.<key> columns', async () => {
    const path = file('csv');
    const candidate = {
      id: 'c1',
      municipality: 'Lisse',
      ladderStep: 5 as const,
      competences: [],
      hours: { min: 8, max: 16 },
      travel: { maxMinutes: 30, modes: ['bike' as const] },
      reporting: { team: 'Noord', case: { officer: 'kk' } },
    };
    await writeRecords(path, [candidate], { kind: 'candidates' });
    expect((await readRecords(path, { kind: 'candidates' })).records).toEqual([candidate]);
  });

  it('streams an async iterable to NDJSON', async () => {
    const path = file('ndjson');
    async function* generate() {
      for (let i = 0; i < 500; i++) yield { candidateId: `c${i}`, vacancyId: 'v', score: i / 500, tier: 'home' as const };
    }
    expect(await writeRecords(path, generate(), { kind: 'placements' })).toEqual({ written: 500 });
    expect((await readRecords(path, { kind: 'placements' })).records).toHaveLength(500);
  });
});

const HEADER = 'id,municipality,ladderStep,competences,hours.min,hours.max,travel.maxMinutes,travel.modes,gender';

describe('bad rows', () => {
  const text = [
    HEADER, //                                                    line 1
    'c1,Noordwijk,5,VIG:2|Kassawerk,12,24,30,bike|transit,', //    line 2
    'c2,Noordwijk,5,VIG,abc,24,30,bike,', //                       line 3: hours.min not a number
    'c3,Lisse,4,"Bediening, horeca",8,16,45,bike,"two', //        lines 4-5: quoted field over two lines
    'lines"',
    'c4,Atlantis,9,VIG,8,16,30,rocket,', //                        line 6: three bad fields
    '',
    'c5,Hillegom,6,,8,16,30,walk,', //                             line 8 (after an empty line)
    'c1,Hillegom,6,,8,16,30,walk,', //                             line 9: duplicate id
  ].join('\n');

  it('reports each bad row with its line and field, and keeps the good rows', async () => {
    const { records, lines, issues } = await readRecords(await write('csv', text), { kind: 'candidates' });
    expect(records.map((r) => r.id)).toEqual(['c1', 'c3', 'c5']);
    expect(lines).toEqual([2, 4, 8]);
    expect(records[1]).toMatchObject({ competences: ['Bediening, horeca'], gender: 'two\nlines' });
    expect(records[0]!.competences).toEqual([{ label: 'VIG', level: 2 }, 'Kassawerk']);
    expect(issues.map((i) => [i.line, i.path.join('.'), i.code])).toEqual([
      [3, 'candidates.1.hours.min', 'invalid_type'],
      [6, 'candidates.3.ladderStep', 'invalid_value'],
      [6, 'candidates.3.travel.modes.0', 'invalid_value'],
      [6, 'candidates.3.municipality', 'unknown_municipality'],
      [9, 'candidates.5.id', 'duplicate_id'],
    ]);
    expect(issues[0]!.message).toBe('hours.min must be a number, got "abc"');
    expect(issues[1]!.message).toBe('ladderStep must be a whole number from 1 to 6 (Participatieladder)');
    expect(issues[3]!.message).toMatch(/^unknown municipality "Atlantis"; did you mean/);
  });

  it('strict stops at the first bad row with a MatchError carrying its line', async () => {
    const path = await write('csv', text);
    const error = await readRecords(path, { kind: 'candidates', strict: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MatchError);
    expect((error as MatchError).issues).toEqual([{ code: 'invalid_type', path: ['candidates', 1, 'hours', 'min'], message: 'hours.min must be a number, got "abc"', line: 3 }]);
  });

  it('reports an unknown column once, on line 1, and ignores it', async () => {
    const path = await write('csv', `${HEADER},hobby\nc1,Lisse,5,,8,16,30,bike,,chess\n`);
    const { records, issues } = await readRecords(path, { kind: 'candidates' });
    expect(records).toHaveLength(1);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 1, code: 'unrecognized_keys', path: ['candidates'] });
    await expect(readRecords(path, { kind: 'candidates', strict: true })).rejects.toBeInstanceOf(MatchError);
  });

  it('a file without a column every record needs is told so once, at its header, naming the field and its Dutch names', async () => {
    const text = 'id;gemeente;trede;uren_min;uren_max;reistijd_max;vervoer\nk1;Lisse;4;8;16;30;bike\nk2;Lisse;4;8;16;30;bike\n';
    const { records, issues } = await readRecords(await write('csv', text), { kind: 'candidates' });
    expect(records).toEqual([]);
    const header = issues.filter((i) => i.line === 1);
    expect(header.map((i) => [i.code, i.message])).toEqual([
      [
        'invalid_header',
        'no column for competences (or "competenties", "vaardigheden"): it is required, so every row lacks it; add the column, or map a header to it with --columns / the columns option',
      ],
    ]);
    // The rows are still reported, each (rows in = rows kept + rows reported).
    expect(new Set(issues.filter((i) => i.line > 1).map((i) => i.line))).toEqual(new Set([2, 3]));
  });

  it('names a missing column at the header exactly when the rows cannot do without it', async () => {
    // A full row of each kind (without a location, whose two columns go together); one column left out at a time. The
    // header issue must come with every column whose absence fails the row, and with no other (the required columns
    // follow the schemas).
    const full = {
      candidates: ['id,municipality,ladderStep,competences,hours.min,hours.max,travel.maxMinutes,travel.modes,gender,birthDate', 'c1,Lisse,5,VIG,8,16,30,bike,v,1990-01-31'],
      vacancies: ['id,employerId,title,municipality,sector,competences,hours.min,hours.max,minLadderStep,positions', 'v1,w1,Kok,Lisse,horeca,VIG,8,16,4,2'],
    } as const;
    for (const kind of ['candidates', 'vacancies'] as const) {
      const [header, row] = full[kind].map((line) => line.split(','));
      for (let drop = 0; drop < header!.length; drop++) {
        const keep = (cells: string[]) => cells.filter((_, i) => i !== drop).join(',');
        const { records, issues } = await readRecords(await write('csv', `${keep(header!)}\n${keep(row!)}\n`), { kind });
        const told = issues.some((i) => i.line === 1 && i.code === 'invalid_header' && i.message.startsWith(`no column for ${header![drop]} `));
        expect(told, `${kind} without ${header![drop]}`).toBe(records.length === 0);
      }
    }
  });

  it('a row with the wrong number of fields is bad; trailing empty cells are not', async () => {
    const path = await write('csv', `${HEADER}\nc1,Lisse,5,,8,16,30,bike,,,\nc2,Lisse,5,,8\n`);
    const { records, issues } = await readRecords(path, { kind: 'candidates' });
    expect(records.map((r) => r.id)).toEqual(['c1']);
    expect(issues).toEqual([{ code: 'invalid_row', path: ['candidates', 1], message: 'row has 5 fields, the header has 9', line: 3 }]);
  });

  it('a row CSV cannot read (a stray quote) is reported on its line; reading goes on', async () => {
    const path = await write('csv', `${HEADER}\nc1,Lisse,5,,8,16,30,bike,\nc2,Lis"se,5,,8,16,30,bike,\nc3,Lisse,5,,8,16,30,bike,\n`);
    const { records, issues } = await readRecords(path, { kind: 'candidates' });
    expect(records.map((r) => r.id)).toEqual(['c1', 'c3']);
    expect(issues).toMatchObject([{ code: 'invalid_csv', line: 3, path: ['candidates', 1] }]);
  });

  it('NDJSON: a line that is not JSON, and a bad record, are reported by line', async () => {
    const good = JSON.stringify({ candidateId: 'c1', vacancyId: 'v1', score: 0.5, tier: 'home' });
    const path = await write('ndjson', [good, '{oops', '', JSON.stringify({ candidateId: 'c2', vacancyId: 'v1', score: 2, tier: 'home' }), good].join('\n'));
    const { records, issues } = await readRecords(path, { kind: 'placements' });
    expect(records).toHaveLength(2);
    expect(issues.map((i) => [i.line, i.code, i.path.join('.')])).toEqual([
      [2, 'invalid_json', 'placements.1'],
      [4, 'too_big', 'placements.2.score'],
    ]);
  });

  it('JSON arrays: each element is reported on the line where it starts', async () => {
    const valid = { id: 'v1', employerId: 'w', municipality: 'Lisse', sector: 'zorg', competences: ['VIG'], hours: { min: 8, max: 16 } };
    const text = `[\n  ${JSON.stringify(valid)},\n  {\n    "id": "v2", "employerId": "w", "municipality": "Lisse",\n    "sector": "ruimtevaart", "competences": [], "hours": { "min": 8, "max": 16 }\n  }\n]\n`;
    const { records, issues } = await readRecords(await write('json', text), { kind: 'vacancies' });
    expect(records).toEqual([valid]);
    expect(issues).toMatchObject([{ line: 3, path: ['vacancies', 1, 'sector'] }]);
  });

  it('a .json file that is not an array is one issue', async () => {
    const { issues } = await readRecords(await write('json', '{"id": 1}'), { kind: 'vacancies' });
    expect(issues).toMatchObject([{ line: 1, code: 'invalid_type', path: ['vacancies'] }]);
  });
});

describe('CSV conventions', () => {
  it('semicolon files: delimiter detected, decimal comma accepted, booleans ja/nee/1/0/WAAR/ONWAAR', async () => {
    const text = [
      'id;employerId;title;municipality;location.lat;location.lon;sector;competences;hours.min;hours.max;support.jobCoach;support.wageSubsidy;whiteSpot',
      'v1;w1;Kok, zelfstandig;Noordwijk;52,25;4,45;horeca;VIG!|HACCP*2|Afwassen*1,5!;7,5;16;ja;0;Nee',
      'v2;w1;"Hulp; keuken";Noordwijk;52.25;4.45;horeca;Afwassen;8;16;1;false;true',
      // Dutch Excel's own booleans.
      'v3;w1;Kok;Noordwijk;52.25;4.45;horeca;Afwassen;8;16;WAAR;ONWAAR;onwaar',
    ].join('\r\n');
    const { records, issues } = await readRecords(await write('csv', text), { kind: 'vacancies' });
    expect(issues).toEqual([]);
    expect(records[0]).toEqual({
      id: 'v1',
      employerId: 'w1',
      title: 'Kok, zelfstandig',
      municipality: 'Noordwijk',
      location: { lat: 52.25, lon: 4.45 },
      sector: 'horeca',
      competences: [
        { label: 'VIG', required: true },
        { label: 'HACCP', weight: 2 },
        { label: 'Afwassen', required: true, weight: 1.5 },
      ],
      hours: { min: 7.5, max: 16 },
      support: { jobCoach: true, wageSubsidy: false },
      whiteSpot: false,
    });
    expect(records[1]).toMatchObject({ title: 'Hulp; keuken', support: { jobCoach: true, wageSubsidy: false }, whiteSpot: true });
    expect(records[2]).toMatchObject({ support: { jobCoach: true, wageSubsidy: false }, whiteSpot: false });
  });

  it('words as people write them: Dutch travel modes, sectors and target groups in any case, d-m-jjjj dates', async () => {
    const text = [
      'id;municipality;ladderStep;competences;hours.min;hours.max;travel.maxMinutes;travel.modes;sectors.preferred;targetGroups;birthDate',
      'k1;Lisse;4;VIG;8;16;30;fiets|OV|Te voet|auto|E-bike;Zorg|HORECA;NUG|Regulier;5-11-1966',
    ].join('\n');
    const { records, issues } = await readRecords(await write('csv', text), { kind: 'candidates' });
    expect(issues).toEqual([]);
    expect(records[0]).toMatchObject({
      travel: { modes: ['bike', 'transit', 'walk', 'car', 'ebike'] },
      sectors: { preferred: ['zorg', 'horeca'] },
      targetGroups: ['nug', 'regulier'],
      birthDate: '1966-11-05',
    });
    // A word that is none of these is still reported, as before.
    expect((await readRecords(await write('csv', text.replace('5-11-1966', '05/11/1966')), { kind: 'candidates' })).records[0]?.birthDate).toBe('1966-11-05');
    const bad = await readRecords(await write('csv', text.replace('fiets', 'skateboard').replace('5-11-1966', '31-2-1966')), { kind: 'candidates' });
    expect(bad.issues.map((i) => i.path.slice(2).join('.'))).toEqual(['travel.modes.0', 'birthDate']);
    // A day that does not exist is named as the file writes it.
    expect(bad.issues[1]!.message).toMatch(/^"31-2-1966" /);
  });

  it('comma files: a quoted field holding the delimiter stays one field; a decimal comma is not a number', async () => {
    const text = `${HEADER}\nc1,Lisse,5,"Bediening, horeca|VIG",8,16,30,bike,"x, y"\nc2,Lisse,5,,"8,5",16,30,bike,\n`;
    const { records, issues } = await readRecords(await write('csv', text), { kind: 'candidates' });
    expect(records).toMatchObject([{ competences: ['Bediening, horeca', 'VIG'], gender: 'x, y' }]);
    expect(issues).toMatchObject([{ line: 3, path: ['candidates', 1, 'hours', 'min'] }]);
  });

  it('writes decimal commas with ; and quotes cells that hold the delimiter', async () => {
    const path = file('csv');
    const vacancy = {
      id: 'v1',
      employerId: 'w',
      title: 'Kok; zelfstandig',
      municipality: 'Lisse',
      sector: 'horeca' as const,
      competences: [{ label: 'HACCP', weight: 2.5 }],
      hours: { min: 8.5, max: 16 },
    };
    await writeRecords(path, [vacancy], { kind: 'vacancies', delimiter: ';' });
    expect(await readFile(path, 'utf8')).toBe('id;employerId;title;municipality;sector;competences;hours.min;hours.max\nv1;w;"Kok; zelfstandig";Lisse;horeca;HACCP*2,5;8,5;16\n');
  });

  it('writeRecords refuses invalid records and unrepresentable values, leaving no file', async () => {
    const path = file('csv');
    const candidate = { id: 'c1', municipality: 'Lisse', ladderStep: 5 as const, competences: ['A|B'], hours: { min: 8, max: 16 }, travel: { maxMinutes: 30, modes: ['bike' as const] } };
    await expect(writeRecords(path, [candidate], { kind: 'candidates' })).rejects.toThrow(TypeError);
    await expect(writeRecords(path, [{ ...candidate, competences: [], hours: { min: 20, max: 10 } }], { kind: 'candidates' })).rejects.toBeInstanceOf(MatchError);
    expect((await readdir(dir)).filter((f) => f.startsWith(path.split('/').pop()!))).toEqual([]);
  });

  it('a vacancy weight that is not a number is an issue on that competence', async () => {
    const text = 'id,employerId,municipality,sector,competences,hours.min,hours.max\nv1,w,Lisse,zorg,VIG*2!|HACCP*veel,8,16\n';
    const { issues } = await readRecords(await write('csv', text), { kind: 'vacancies' });
    expect(issues).toEqual([{ code: 'invalid_type', path: ['vacancies', 0, 'competences', 1, 'weight'], message: 'weight must be a number, got "veel"', line: 2 }]);
  });

  it('an empty file holds no records and no issues', async () => {
    expect(await readRecords(await write('csv', ''), { kind: 'candidates' })).toEqual({ records: [], lines: [], issues: [], encoding: 'utf-8' });
  });

  it('unknown extensions are a RangeError', async () => {
    await expect(readRecords(join(dir, 'x.xls'), { kind: 'candidates' })).rejects.toThrow(/^readRecords: cannot tell the format/);
  });
});

describe('streamRecords', () => {
  it('yields rows in order and can stop early', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `c${i},Lisse,5,,8,16,30,bike,`);
    const path = await write('csv', [HEADER, ...rows].join('\n'));
    const seen: number[] = [];
    for await (const item of streamRecords(path, { kind: 'candidates' })) {
      seen.push(item.line);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([2, 3, 4]);
  });
});

describe('a location far from its municipality, in a file', () => {
  it('is reported at its row and field; the other rows are kept', async () => {
    const text = [
      'id,municipality,location.lat,location.lon,ladderStep,competences,hours.min,hours.max,travel.maxMinutes,travel.modes',
      'c1,Noordwijk,52.24,4.45,5,VIG,12,24,30,bike',
      'c2,Noordwijk,4.45,52.24,5,VIG,12,24,30,bike', // lat and lon swapped
    ].join('\n');
    const { records, issues } = await readRecords(await write('csv', text), { kind: 'candidates' });
    expect(records.map((r) => r.id)).toEqual(['c1']);
    expect(issues.map((i) => [i.line, i.path.join('.'), i.code])).toEqual([[3, 'candidates.1.location', 'location_mismatch']]);
    expect(issues[0]!.message).toMatch(/lat and lon look swapped/);
  });
});
