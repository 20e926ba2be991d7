// `werkmatch tune` as an analyst uses it: files in, the table, --json agreeing with the library, an HTML report with its
// curves, and bad outcome rows named by file and line.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatcher, generateSyntheticRegion, simulateOutcomes } from '../../src/index.js';
import { readPilotFile } from '../../src/cli/pilot-files.js';
import { writeRecords } from '../../src/node/index.js';
import { crossValidateWeights } from '../../src/tune/index.js';
import { run } from './run.js';

const hidden = { competence: 0.35, ladder: 0.1, hours: 0, travel: 0.45, sector: 0.1 };
const region = generateSyntheticRegion({ seed: 7, candidates: 600, vacancies: 40 });
let dir: string;
const at = (name: string) => join(dir, name);
let outcomes: { vacancyId: string; candidateId: string; label: 0 | 1 }[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-tune-'));
  const matcher = createMatcher(region);
  const matches = region.vacancies.flatMap((v) => matcher.rankCandidates(v.id, { limit: 40, fallback: 'fill', minScore: 0 }));
  outcomes = simulateOutcomes(matches, { seed: 3, placed: { weights: hidden } }).map((o) => ({ vacancyId: o.vacancyId, candidateId: o.candidateId, label: o.placed }));
  await writeFile(at('candidates.json'), JSON.stringify(region.candidates));
  await writeFile(at('vacancies.json'), JSON.stringify(region.vacancies));
  // As Dutch Excel saves it: semicolons, CRLF.
  await writeFile(at('outcomes.csv'), ['vacancyId;candidateId;label', ...outcomes.map((o) => `${o.vacancyId};${o.candidateId};${o.label}`)].join('\r\n'));
  const bad = outcomes.slice(0, 30).map((o, i) => (i === 4 ? { ...o, candidateId: 'nobody' } : i === 7 ? { ...o, label: 'ja' } : o));
  await writeFile(at('bad.ndjson'), bad.map((o) => JSON.stringify(o)).join('\n'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const flags = (outcomesFile = 'outcomes.csv') => ['tune', '--candidates', at('candidates.json'), '--vacancies', at('vacancies.json'), '--outcomes', at(outcomesFile)];

describe('werkmatch tune', () => {
  it('--json is the library cross-validation of the same files', async () => {
    const r = await run(...flags(), '--json', '--folds', '4');
    expect(r.code).toBe(0);
    const expected = crossValidateWeights(createMatcher(region), outcomes, { folds: 4, candidates: region.candidates });
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('the table gives the fitted weights as a config snippet and the metrics before and after, in Dutch by default', async () => {
    const r = await run(...flags());
    expect(r.code).toBe(0);
    expect(r.out).toContain('kruisvalidatie in 5 delen');
    const snippet = /Te gebruiken als config: (\{.*\})/.exec(r.out);
    expect(snippet).not.toBeNull();
    const { weights } = JSON.parse(snippet![1]!) as { weights: Record<string, number> };
    expect(Object.values(weights).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 2);
    expect(r.out).toMatch(/AUC\s+0,\d{3}\s+0,\d{3}/);
    expect(r.out).toContain('Zichtbaarheid per groep in de top 10');
  });

  it('--html writes one self-contained page with the ROC curve, the reliability curve and the exposure bars', async () => {
    const r = await run(...flags(), '--html', at('tune.html'), '--locale', 'en');
    expect(r.code).toBe(0);
    const html = await readFile(at('tune.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('id="roc"');
    expect(html).toContain('id="reliability"');
    expect(html).toContain('id="exposure"');
    expect(html.match(/<polyline/g)?.length).toBe(3);
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('names each bad outcome by file and line, and exits 1', async () => {
    const r = await run(...flags('bad.ndjson'), '--folds', '2');
    expect(r.code).toBe(1);
    const lines = r.err.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('werkmatch tune: gestopt, er is niets berekend: de 2 problemen hierboven staan het in de weg.');
    expect(lines[0]).toMatch(new RegExp(`^${at('bad.ndjson')}:5 candidateId: unknown candidate .nobody.$`));
    expect(lines[1]).toMatch(new RegExp(`^${at('bad.ndjson')}:8 label: label must be 0 or 1, got .ja.$`));
  });

  it('more folds than vacancies is a usage error', async () => {
    const r = await run(...flags(), '--folds', '999');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--folds 999');
  });

  it('reads the outcomes with --sheet and --columns, as it reads the candidates and vacancies', async () => {
    await writeRecords(at('outcomes.xlsx'), outcomes, { kind: 'outcomes', sheet: 'Uitkomsten' });
    await writeFile(at('renamed.csv'), ['vacature;kandidaat;geplaatst', ...outcomes.map((o) => `${o.vacancyId};${o.candidateId};${o.label}`)].join('\r\n'));
    await writeFile(at('columns.json'), JSON.stringify({ vacature: 'vacancyId', kandidaat: 'candidateId', geplaatst: 'label' }));
    const [plain, sheet, renamed, wrongSheet] = await Promise.all([
      run(...flags(), '--json', '--folds', '3'),
      run(...flags('outcomes.xlsx'), '--sheet', 'Uitkomsten', '--json', '--folds', '3'),
      run(...flags('renamed.csv'), '--columns', at('columns.json'), '--json', '--folds', '3'),
      run(...flags('outcomes.xlsx'), '--sheet', 'Blad1'),
    ]);
    expect(plain.code).toBe(0);
    expect(sheet.out).toBe(plain.out);
    expect(renamed.out).toBe(plain.out);
    expect(wrongSheet.code).toBe(1);
    expect(wrongSheet.err).toContain(`${at('outcomes.xlsx')}: the workbook has no sheet "Blad1"; its sheets: "Uitkomsten"`);
  });

  it('a __proto__, constructor or prototype header in an outcomes file is an input error, and no record gets that key', async () => {
    const rows = outcomes.slice(0, 4).map((o) => [o.vacancyId, o.candidateId, o.label, '{}', 'x', 'y']);
    const header = ['vacancyId', 'candidateId', 'label', '__proto__', 'constructor', 'prototype'];
    await writeFile(at('proto.csv'), [header, ...rows].map((r) => r.join(',')).join('\n'));
    // (CSV only: write-excel-file cannot write such a header cell; the .xlsx reader uses the same guard.)
    const problems: string[] = [];
    const read = await readPilotFile(at('proto.csv'), 'outcomes', problems);
    expect(problems).toEqual(
      ['__proto__', 'constructor', 'prototype'].map((c) => `${at('proto.csv')}:1: column "${c}" is not allowed: __proto__, constructor and prototype cannot be field names; the column is ignored`),
    );
    expect(read.records).toHaveLength(4);
    for (const record of read.records) {
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      expect(Object.keys(record as object)).toEqual(['vacancyId', 'candidateId', 'label']);
    }
    const r = await run(...flags('proto.csv'));
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toHaveLength(4);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('pilot files take Dutch headers and ja/nee labels; a column they do not have is named, not skipped', async () => {
    const rows = outcomes.slice(0, 3).map((o) => [o.vacancyId, o.candidateId, o.label === 1 ? 'ja' : 'nee']);
    await writeFile(at('nl-outcomes.csv'), [['vacature_id', 'kandidaat_id', 'uitkomst'], ...rows].map((r) => r.join(';')).join('\n'));
    const problems: string[] = [];
    const read = await readPilotFile(at('nl-outcomes.csv'), 'outcomes', problems);
    expect(problems).toEqual([]);
    expect(read.records).toEqual(outcomes.slice(0, 3).map((o) => ({ vacancyId: o.vacancyId, candidateId: o.candidateId, label: o.label })));
    // A placements file whose hours column is misspelt: named with a suggestion, so the report cannot count everyone part-time unnoticed.
    await writeFile(at('p-nl.csv'), 'kandidaat_id;werkgever_id;gemeente;startdatum;uren_per_weak;doelgroepen\nc1;hotel;Noordwijk;2025-01-15;24;nug\n');
    const placementProblems: string[] = [];
    const placements = await readPilotFile(at('p-nl.csv'), 'placements', placementProblems);
    expect(placements.records).toEqual([{ candidateId: 'c1', employerId: 'hotel', municipality: 'Noordwijk', start: '2025-01-15', targetGroups: ['nug'] }]);
    expect(placementProblems).toEqual([
      expect.stringMatching(new RegExp(`^${at('p-nl.csv').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: unknown column "uren_per_weak" \\(did you mean "uren_per_week"\\?\\)`)),
    ]);
  });

  it("reads werkmatch's own outcomes CSV (score and factor columns) and Dutch numbers in ; files; holds JSON keys to the same names", async () => {
    // The outcomes writeRecords writes: score and the factors beside the label, read and not used.
    const scored = outcomes.slice(0, 5).map((o) => ({ ...o, score: 0.5, factors: { competence: 1, ladder: 1, hours: 1, travel: 0.5, sector: 1 } }));
    await writeRecords(at('own.csv'), scored, { kind: 'outcomes' });
    const problems: string[] = [];
    const own = await readPilotFile(at('own.csv'), 'outcomes', problems);
    expect(problems).toEqual([]);
    expect(own.records).toHaveLength(5);
    // A ; file (Dutch Excel): 1.600 is sixteen hundred, 48,68 has a decimal comma; a , file keeps the decimal point.
    await writeFile(at('rollen.csv'), 'naam;uren;tarief\nKlantmanager;1.600;48,68\nJobcoach;120;1.050,5\n');
    await writeFile(at('roles.csv'), 'name,hours,rate\nKlantmanager,1600,48.68\n');
    expect((await readPilotFile(at('rollen.csv'), 'costs', problems)).records).toEqual([
      { name: 'Klantmanager', hours: 1600, rate: 48.68 },
      { name: 'Jobcoach', hours: 120, rate: 1050.5 },
    ]);
    expect((await readPilotFile(at('roles.csv'), 'costs', problems)).records).toEqual([{ name: 'Klantmanager', hours: 1600, rate: 48.68 }]);
    // A point that cannot be a thousands point is a decimal point, in a ; file too; d/m/jjjj dates; Dutch contact kinds.
    await writeFile(at('plaatsingen.csv'), 'kandidaat_id;werkgever_id;gemeente;startdatum;uren\nc1;e1;Lisse;3/2/2025;25.5\nc2;e1;Lisse;3-2-2025;25,5\n');
    expect((await readPilotFile(at('plaatsingen.csv'), 'placements', problems)).records.map((r) => [(r as { start: string }).start, (r as { hoursPerWeek: number }).hoursPerWeek])).toEqual([
      ['2025-02-03', 25.5],
      ['2025-02-03', 25.5],
    ]);
    await writeFile(at('contacten.csv'), 'werkgever_id;datum;soort\ne1;2025-02-01;Aangeschreven\ne1;2025-02-08;contactafspraak\ne1;2025-02-15;Contactbezoek\ne1;2025-02-20;lunch\n');
    expect((await readPilotFile(at('contacten.csv'), 'contacts', problems)).records.map((r) => (r as { kind: string }).kind)).toEqual(['approach', 'appointment', 'visit', 'lunch']);
    expect(problems).toEqual([]);
    // JSON: Dutch keys become the fields; a key the kind does not have is named (once), not skipped.
    await writeFile(at('pl.json'), JSON.stringify([{ kandidaat_id: 'c1', werkgever_id: 'e1', gemeente: 'Lisse', startdatum: '2025-02-01', uren: 40, urne: 1 }]));
    const json = await readPilotFile(at('pl.json'), 'placements', problems);
    expect(json.records).toEqual([{ candidateId: 'c1', employerId: 'e1', municipality: 'Lisse', start: '2025-02-01', hoursPerWeek: 40 }]);
    expect(problems).toEqual([expect.stringMatching(/pl\.json:1: unknown column "urne", not read/)]);
    // Two headers for one field: the second is named, not a silent winner.
    const twice: string[] = [];
    await writeFile(at('werkgevers.csv'), 'werkgever_id;werkgever;id\nE1;Hotel Zee;E2\n');
    const employers = await readPilotFile(at('werkgevers.csv'), 'employers', twice);
    expect(employers.records).toEqual([{ id: 'E1', name: 'Hotel Zee' }]);
    expect(twice).toEqual([expect.stringMatching(/column "id" fills id, which column "werkgever_id" already fills/)]);
  });
});
