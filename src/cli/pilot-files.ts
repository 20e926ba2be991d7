/// <reference types="node" />
// Reading the pilot's files (placements, employers, contacts) as plain records with the line each starts on; the
// library checks the records themselves, so a problem found there can still be pointed back to FILE:LINE.
import { readFile } from 'node:fs/promises';
import { ALIASES, COLUMNS, CsvSplitter, FALSE_WORDS, TRUE_WORDS, SKIP_COLUMN, aliasKey, closestName, detectDelimiter, dutchDate, isForbidden, unescapeFormula } from '../node/csv.js';
import { elementLines, lineAt } from '../node/files.js';
import { ISSUE } from '../node/messages.js';
import { decodeText, type TextEncoding } from '../node/text.js';
import { cellDate, readWorkbook } from '../node/xlsx.js';
import { UsageError } from './args.js';
import { issueLine, unreadable } from './load.js';
import { CLI, FILE } from './messages.js';

// Outcomes (`werkmatch tune`) are read the same way: small tables of plain records.
export type PilotFileKind = 'placements' | 'employers' | 'contacts' | 'outcomes' | 'vacancies' | 'costs';

export interface PilotFile {
  readonly path: string;
  readonly records: unknown[];
  /** `lines[i]` is the line where `records[i]` starts. */
  readonly lines: number[];
}

/** The shared reading flags a pilot file takes: --sheet (.xlsx), --encoding (text files) and --columns (headers renamed). */
export interface PilotReadOptions {
  readonly sheet?: string | undefined;
  readonly encoding?: TextEncoding | undefined;
  readonly columns?: Readonly<Record<string, string>> | undefined;
}

const FORMAT = /\.(csv|json|ndjson|jsonl|xlsx)$/i;
const NUMBERS: ReadonlySet<string> = new Set(['hoursPerWeek', 'label', 'hours', 'rate', 'score', 'durable']);
const BOOLEANS: ReadonlySet<string> = new Set(['whiteSpot', 'fullTime']);
const LISTS: ReadonlySet<string> = new Set(['targetGroups']);
const DATES: ReadonlySet<string> = new Set(['start', 'end', 'date']);
// The record files' words, and English yes/no, which pilot files have always taken.
const TRUE: ReadonlySet<string> = new Set([...TRUE_WORDS, 'yes']);
const FALSE: ReadonlySet<string> = new Set([...FALSE_WORDS, 'no']);
// A contact's kind as the Noordwijk plan names it (aangeschreven, contactafspraak, contactbezoek).
const CONTACT_WORDS: ReadonlyMap<string, string> = new Map([
  ...['aangeschreven', 'benaderd', 'benadering', 'gebeld'].map((w) => [w, 'approach'] as const),
  ...['afspraak', 'contactafspraak'].map((w) => [w, 'appointment'] as const),
  ...['bezoek', 'bezocht', 'contactbezoek'].map((w) => [w, 'visit'] as const),
]);

/**
 * The columns each pilot file may have, with the Dutch (and other usual) names read as them. A column that is none of
 * these is a problem, not skipped: a renamed `hoursPerWeek` would otherwise turn every placement part-time unnoticed.
 * Some are read and not used (a note, an employer's or role's name, a vacancy's id, an outcome's durable).
 */
const NOTE = ['opmerking', 'toelichting', 'notitie'];
const PILOT_COLUMNS: Readonly<Record<PilotFileKind, Readonly<Record<string, readonly string[]>>>> = {
  placements: {
    candidateId: ['kandidaat_id', 'kandidaatnummer', 'klantnummer'],
    employerId: ['werkgever_id', 'werkgever'],
    municipality: ['gemeente'],
    start: ['startdatum', 'begindatum'],
    end: ['einddatum'],
    hoursPerWeek: ['uren', 'uren_per_week', 'contracturen'],
    // A chain of contracts: JSON only (a CSV cell cannot hold one).
    contracts: ['contracten'],
    targetGroups: ['doelgroepen', 'doelgroep'],
    perspective: ['perspectief'],
    fullTime: ['voltijd'],
    note: NOTE,
  },
  // Not `werkgever` for the id: in an employers export that column is the employer's name.
  employers: { id: ['werkgever_id'], name: ['naam', 'werkgever_naam', 'werkgever'], whiteSpot: ['witte_vlek'], note: NOTE },
  contacts: { employerId: ['werkgever_id', 'werkgever'], date: ['datum'], kind: ['soort', 'type'], note: NOTE },
  // What werkmatch writes as outcomes (readRecords' columns: score and the factors too, read and not used) and their Dutch names.
  outcomes: Object.fromEntries(COLUMNS.outcomes.map((c) => [c.name, ALIASES.outcomes[c.name] ?? []])),
  vacancies: { id: ['vacature_id'], employerId: ['werkgever_id', 'werkgever'], date: ['datum', 'publicatiedatum'], note: NOTE },
  costs: { name: ['naam'], role: ['rol', 'functie'], hours: ['uren'], rate: ['tarief', 'uurtarief'] },
};

/** Rejects a pilot file whose format cannot be told from its name (a usage error: nothing was read). */
export function checkPilotPath(flag: string, path: string): string {
  if (!FORMAT.test(path)) throw new UsageError(CLI.extension(flag, path, '.csv, .json, .ndjson, .jsonl or .xlsx'));
  return path;
}

/** A number as a `;` file (Dutch Excel) writes it: `1.600` and `1.600,50` have thousands dots, `48,68` a decimal comma. */
const DUTCH_NUMBER = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const POINT_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV cell as a record field: numbers and yes/no where the field is one, lists split on `|`; a value that does not
 * fit stays text for the library to name. In a `;` file a number is Dutch (`1.600` is sixteen hundred), in a `,` file
 * it has a decimal point.
 */
function cellValue(field: string, cell: string, dutch = false): unknown {
  const text = unescapeFormula(cell.trim());
  if (NUMBERS.has(field) && dutch && DUTCH_NUMBER.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  // A point that is not a thousands point (`25.5`, `7.25`) is a decimal point, in a `;` file too.
  if (NUMBERS.has(field) && dutch && POINT_NUMBER.test(text)) return Number(text);
  if (NUMBERS.has(field) && !dutch && POINT_NUMBER.test(text)) return Number(text);
  // An outcome's label as a person writes it: ja / nee.
  if (field === 'label' && TRUE.has(text.toLowerCase())) return 1;
  if (field === 'label' && FALSE.has(text.toLowerCase())) return 0;
  if (BOOLEANS.has(field) && TRUE.has(text.toLowerCase())) return true;
  if (BOOLEANS.has(field) && FALSE.has(text.toLowerCase())) return false;
  if (LISTS.has(field)) return text.split('|').map((s) => s.trim());
  // Dutch Excel's d-m-jjjj dates.
  if (DATES.has(field)) return dutchDate(text);
  if (field === 'kind') return CONTACT_WORDS.get(text.toLowerCase()) ?? text;
  return text;
}

/**
 * The header's field names: renamed by --columns, or a Dutch name of the kind's column. A name that would reach a
 * prototype, and a column the kind does not have, are problems (the unknown ones in one line, with a did-you-mean);
 * their columns are left out.
 */
function headerFields(path: string, line: number, cells: readonly string[], kind: PilotFileKind, options: PilotReadOptions, problems: string[]): string[] {
  const columns = PILOT_COLUMNS[kind];
  const names = Object.keys(columns);
  const alias = new Map(Object.entries(columns).flatMap(([field, aliases]) => aliases.map((a) => [aliasKey(a), field] as const)));
  const unknown: string[] = [];
  const headerOf = new Map<string, string>();
  const fields = cells.map((cell) => {
    const name = cell.trim();
    if (name === '') return '';
    const mapped = Object.hasOwn(options.columns ?? {}, name) ? options.columns![name]! : undefined;
    if (mapped === SKIP_COLUMN) return '';
    const field = mapped ?? (Object.hasOwn(columns, name) ? name : (alias.get(aliasKey(name)) ?? name));
    if (isForbidden(field)) {
      problems.push(issueLine(path, line, [], ISSUE.forbiddenColumn(field)));
      return '';
    }
    if (!Object.hasOwn(columns, field)) {
      unknown.push(name);
      return '';
    }
    // Two headers for one field: the second is a problem, not a silent winner.
    const first = headerOf.get(field);
    if (first !== undefined) {
      problems.push(issueLine(path, line, [], first === name ? ISSUE.duplicateColumn(name) : ISSUE.sameField(name, field, first)));
      return '';
    }
    headerOf.set(field, name);
    return field;
  });
  if (unknown.length > 0) {
    const known = [...names, ...Object.values(columns).flat()];
    const shown = unknown.map((name) => ({ name, suggestion: closestName(name, known) }));
    problems.push(issueLine(path, line, [], ISSUE.unknownColumns(shown, names, false)));
  }
  return fields;
}

function csvRecords(path: string, text: string, kind: PilotFileKind, problems: string[], options: PilotReadOptions): PilotFile {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = detectDelimiter(firstLine);
  const rows = new CsvSplitter(delimiter).push(text, true);
  const records: unknown[] = [];
  const lines: number[] = [];
  const [head, ...body] = rows;
  if (head === undefined) return { path, records, lines };
  if ('error' in head) {
    problems.push(issueLine(path, head.line, [], head.error));
    return { path, records, lines };
  }
  const header = headerFields(path, head.line, head.fields, kind, options, problems);
  for (const row of body) {
    if ('error' in row) {
      problems.push(issueLine(path, row.line, [], row.error));
      continue;
    }
    const record: Record<string, unknown> = {};
    header.forEach((field, i) => {
      const cell = row.fields[i];
      if (field !== '' && cell !== undefined && cell.trim() !== '') record[field] = cellValue(field, cell, delimiter === ';');
    });
    records.push(record);
    lines.push(row.line);
  }
  return { path, records, lines };
}

function jsonRecords(path: string, text: string, kind: PilotFileKind, problems: string[]): PilotFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const position = /position (\d+)/.exec((e as Error).message);
    problems.push(issueLine(path, position ? lineAt(text, Number(position[1])) : undefined, [], FILE.json((e as Error).message)));
    return { path, records: [], lines: [] };
  }
  if (!Array.isArray(data)) {
    problems.push(issueLine(path, undefined, [], FILE.notArray(kind)));
    return { path, records: [], lines: [] };
  }
  return { path, records: data, lines: elementLines(text) };
}

function ndjsonRecords(path: string, text: string, problems: string[]): PilotFile {
  const records: unknown[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '') return;
    try {
      records.push(JSON.parse(trimmed));
      lines.push(i + 1);
    } catch (e) {
      problems.push(issueLine(path, i + 1, [], FILE.json((e as Error).message)));
    }
  });
  return { path, records, lines };
}

/** The first sheet of a workbook as records: the first non-empty row is the header; rows numbered as Excel shows them. */
async function xlsxRecords(path: string, kind: PilotFileKind, problems: string[], options: PilotReadOptions): Promise<PilotFile> {
  const book = await readWorkbook(path, options.sheet);
  if (!book.ok) {
    problems.push(issueLine(path, undefined, [], book.reason === 'sheet' ? ISSUE.sheet(options.sheet ?? '', book.sheets) : ISSUE.xlsx(book.message)));
    return { path, records: [], lines: [] };
  }
  const records: unknown[] = [];
  const lines: number[] = [];
  let header: string[] | undefined;
  book.rows.forEach((cells, i) => {
    for (const c of book.flagged.get(i + 1) ?? []) problems.push(issueLine(path, i + 1, [], c.error === undefined ? ISSUE.formulaCell(c.ref) : ISSUE.errorCell(c.ref, c.error)));
    if (cells.every((c) => c === null || String(c).trim() === '')) return;
    if (!header) {
      header = headerFields(
        path,
        i + 1,
        cells.map((c) => (c === null ? '' : String(c))),
        kind,
        options,
        problems,
      );
      return;
    }
    const record: Record<string, unknown> = {};
    header.forEach((field, j) => {
      const cell = cells[j] ?? null;
      if (field === '' || cell === null) return;
      // A label typed as WAAR/ONWAAR is a boolean cell: 1 or 0, as the text is.
      const value = cell instanceof Date ? cellDate(cell) : typeof cell === 'string' ? cellValue(field, cell) : field === 'label' && typeof cell === 'boolean' ? (cell ? 1 : 0) : cell;
      // Defined, not assigned: no header can reach a prototype.
      Object.defineProperty(record, field, { value, enumerable: true, writable: true, configurable: true });
    });
    records.push(record);
    lines.push(i + 1);
  });
  return { path, records, lines };
}

/**
 * JSON and NDJSON records held to the same names as a header: Dutch names and --columns targets become the field's
 * own, `"-"` leaves a key out, and a key the kind does not have is a problem (each named once, at its first line), not
 * a field skipped in silence.
 */
function withKnownKeys(file: PilotFile, kind: PilotFileKind, options: PilotReadOptions, problems: string[]): PilotFile {
  const columns = PILOT_COLUMNS[kind];
  const alias = new Map(Object.entries(columns).flatMap(([field, aliases]) => aliases.map((a) => [aliasKey(a), field] as const)));
  const unknown = new Map<string, number | undefined>();
  const records = file.records.map((record, i) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      const mapped = Object.hasOwn(options.columns ?? {}, key) ? options.columns![key]! : undefined;
      if (mapped === SKIP_COLUMN) continue;
      const field = mapped ?? (Object.hasOwn(columns, key) ? key : (alias.get(aliasKey(key)) ?? key));
      if (isForbidden(field) || !Object.hasOwn(columns, field)) {
        if (!unknown.has(key)) unknown.set(key, file.lines[i]);
        continue;
      }
      // Defined, not assigned: no key can reach a prototype.
      Object.defineProperty(out, field, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
  if (unknown.size > 0) {
    const names = Object.keys(columns);
    const known = [...names, ...Object.values(columns).flat()];
    const shown = [...unknown.keys()].map((name) => ({ name, suggestion: closestName(name, known) }));
    problems.push(issueLine(file.path, [...unknown.values()][0], [], ISSUE.unknownColumns(shown, names, false)));
  }
  return { ...file, records };
}

/** A pilot file read whole (pilot files are small); every problem with its shape goes to `problems`. */
export async function readPilotFile(path: string, kind: PilotFileKind, problems: string[], options: PilotReadOptions = {}): Promise<PilotFile> {
  let text: string;
  try {
    if (/\.xlsx$/i.test(path)) return await xlsxRecords(path, kind, problems, options);
    text = decodeText(await readFile(path), options.encoding).text;
  } catch (e) {
    problems.push(...unreadable(path, e).lines);
    return { path, records: [], lines: [] };
  }
  if (/\.csv$/i.test(path)) return csvRecords(path, text, kind, problems, options);
  const read = /\.json$/i.test(path) ? jsonRecords(path, text, kind, problems) : ndjsonRecords(path, text, problems);
  return withKnownKeys(read, kind, options, problems);
}
