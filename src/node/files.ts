// Records in and out of files: CSV (csv.ts's row splitter, csv-stringify), JSON arrays, NDJSON and .xlsx workbooks
// (xlsx.ts), streamed where the format allows; text in UTF-8 or Windows-1252 (text.ts).
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { MatchError, type MatchIssue } from '../basics/errors.js';
import type { Locale } from '../basics/locale.js';
import {
  COLUMNS,
  CsvSplitter,
  columnFor,
  detectDelimiter,
  fitsFieldCount,
  recordToCells,
  recordToRow,
  missingColumnsIssue,
  resolveHeader,
  rowToRecord,
  usedColumns,
  type Column,
  type ColumnMap,
  type CsvRecord,
  type Delimiter,
} from './csv.js';
import { ISSUE, USAGE } from './messages.js';
import { RECORD_KINDS, validateRecord, type RecordInputOf, type RecordKind, type RecordOf } from './records.js';
import { TEXT_ENCODINGS, decodeFile, decodeText, type ReadProgress, type TextEncoding } from './text.js';
import { cellDate, dateCell, readWorkbook, writeWorkbook, type XlsxCell } from './xlsx.js';

/** An input problem found in a file: a {@link MatchIssue} plus the 1-based line where its row starts. */
export interface FileIssue extends MatchIssue {
  /** 1-based line in the file where the bad row (or, for a JSON array, the bad element) starts; 1 for header problems. */
  readonly line: number;
}

/** One item of {@link streamRecords}: a valid record, or the issues of a bad row (or of the file itself, without `index`). */
export type StreamItem<K extends RecordKind> =
  | { readonly line: number; readonly index: number; readonly record: RecordOf[K] }
  | { readonly line: number; readonly index?: number; readonly issues: readonly [FileIssue, ...FileIssue[]] };

export interface StreamRecordsOptions<K extends RecordKind> {
  /** What the file holds. */
  readonly kind: K;
  /**
   * Headers mapped to column names, `{ "header in the file": "field.path" }` (`{ "Woonplaats": "municipality" }`);
   * a header not in the map may still be a column name or one of its Dutch names.
   */
  readonly columns?: ColumnMap;
  /**
   * `.xlsx`: the sheet to read, by name.
   * @default the first sheet
   */
  readonly sheet?: string;
  /**
   * Text files: the encoding. By default it is detected: a UTF-8 BOM, or the first non-ASCII bytes being valid
   * UTF-8, mean `utf-8`; bytes that are not UTF-8 mean `windows-1252` (Excel's "CSV" on Dutch Windows).
   */
  readonly encoding?: TextEncoding;
  /** Called once for a text file with the encoding used (detected or given), as soon as it is known. */
  readonly onEncoding?: (encoding: TextEncoding) => void;
  /** Called as the file is read: bytes read of the file's size (CSV, NDJSON), or rows of the total (JSON, .xlsx). */
  readonly onProgress?: (progress: ReadProgress) => void;
  /**
   * The language of zod's own messages for a row (a wrong type, a missing field), as `config.locale` for createMatcher.
   * @default 'en'
   */
  readonly locale?: Locale | undefined;
}

export interface ReadRecordsOptions<K extends RecordKind> extends StreamRecordsOptions<K> {
  /**
   * Throw a MatchError at the first bad row instead of collecting every issue.
   * @default false
   */
  readonly strict?: boolean;
}

export interface ReadRecordsResult<K extends RecordKind> {
  /** The valid records, in file order. */
  readonly records: RecordOf[K][];
  /** `lines[i]` is the line where `records[i]` starts. */
  readonly lines: number[];
  /** Every problem, in file order; empty when the whole file is valid. */
  readonly issues: FileIssue[];
  /** Text files: the encoding the file was read in, detected or given (absent for `.xlsx`). */
  readonly encoding?: TextEncoding;
}

export interface WriteRecordsOptions<K extends RecordKind> {
  /** What the records are. */
  readonly kind: K;
  /**
   * CSV only: the delimiter; with `;` decimals are written with a comma (`0,5`).
   * @default ','
   */
  readonly delimiter?: Delimiter;
  /**
   * CSV only: the header. By default, for an array, every column some record fills (in a fixed
   * order, `reporting.<key>` last); for any other iterable, all the kind's fixed columns.
   */
  readonly columns?: readonly string[];
  /**
   * CSV only: a text cell that starts with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`,
   * so a spreadsheet shows it instead of running it as a formula; numbers such as `-5` stay as they are.
   * The reader takes the `'` off again.
   * @default true
   */
  readonly escapeFormulas?: boolean;
  /**
   * `.xlsx`: the sheet's name.
   * @default the kind (`candidates`)
   */
  readonly sheet?: string;
}

type FileFormat = 'csv' | 'json' | 'ndjson' | 'xlsx';

function formatOf(fn: string, path: string): FileFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  throw new RangeError(USAGE.recordExtension(fn, path));
}

type ReadOptions = Omit<StreamRecordsOptions<RecordKind>, 'kind'>;

/** The reading options, checked: misused ones throw before anything is read. */
function checkReadOptions(fn: string, format: FileFormat, options: ReadOptions): ReadOptions {
  const { columns, sheet, encoding, locale } = options;
  if (locale !== undefined && locale !== 'nl' && locale !== 'en') throw new RangeError(USAGE.locale(fn, locale));
  if (encoding !== undefined && !TEXT_ENCODINGS.includes(encoding)) throw new RangeError(USAGE.encoding(fn, encoding));
  if (encoding !== undefined && format === 'xlsx') throw new RangeError(USAGE.xlsxEncoding(fn));
  if (sheet !== undefined && typeof sheet !== 'string') throw new TypeError(USAGE.sheet(fn));
  if (columns !== undefined && (typeof columns !== 'object' || columns === null || Array.isArray(columns) || Object.values(columns).some((v) => typeof v !== 'string'))) {
    throw new TypeError(USAGE.columnMap(fn));
  }
  return options;
}

function checkKind(fn: string, kind: unknown): RecordKind {
  if (!RECORD_KINDS.includes(kind as RecordKind)) throw new RangeError(USAGE.kind(fn, kind));
  return kind as RecordKind;
}

// What a format reader yields before validation: a raw row (with cell-level issues, field paths) or a file-level problem.
type RawItem =
  | { readonly type: 'row'; readonly line: number; readonly value: unknown; readonly issues: readonly MatchIssue[] }
  | { readonly type: 'file'; readonly line: number; readonly issues: readonly MatchIssue[] };

const HEAD_BYTES = 64 * 1024;

// Only the delimiters and quotes matter, and they are ASCII in both encodings.
async function readHeaderLine(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('latin1').split(/\r?\n/, 1)[0] ?? '';
  } finally {
    await handle.close();
  }
}

// Chunks small enough that the one row the splitter holds, not the file, sets the memory.
const CHUNK_BYTES = 64 * 1024;

async function* csvRecords(path: string, delimiter: Delimiter, options: ReadOptions): AsyncGenerator<CsvRecord> {
  const splitter = new CsvSplitter(delimiter);
  for await (const chunk of decodeFile(path, { ...options, chunkBytes: CHUNK_BYTES })) yield* splitter.push(chunk);
  yield* splitter.push('', true);
}

async function* csvRows(path: string, kind: RecordKind, options: ReadOptions): AsyncGenerator<RawItem> {
  const delimiter = detectDelimiter(await readHeaderLine(path));
  const cellOptions = { decimalComma: delimiter === ';' };
  let columns: (Column | undefined)[] | undefined;
  for await (const record of csvRecords(path, delimiter, options)) {
    const { line } = record;
    if (!columns) {
      if ('error' in record) {
        yield { type: 'file', line, issues: [{ code: 'invalid_csv', path: [kind], message: ISSUE.csvSyntax(`${record.error}; ${ISSUE.noHeader}`) }] };
        return;
      }
      const header = resolveHeader(kind, record.fields, options.columns);
      columns = header.columns;
      const missing = missingColumnsIssue(kind, columns);
      const issues = missing === undefined ? header.issues : [...header.issues, missing];
      if (issues.length > 0) yield { type: 'file', line, issues };
      continue;
    }
    if ('error' in record) {
      yield { type: 'row', line, value: undefined, issues: [{ code: 'invalid_csv', path: [], message: ISSUE.csvSyntax(record.error) }] };
      continue;
    }
    const { fields } = record;
    if (!fitsFieldCount(fields, columns.length)) {
      yield { type: 'row', line, value: undefined, issues: [{ code: 'invalid_row', path: [], message: ISSUE.fieldCount(fields.length, columns.length) }] };
      continue;
    }
    const { value, issues } = rowToRecord(columns, fields, cellOptions);
    yield { type: 'row', line, value, issues };
  }
}

async function* ndjsonRows(path: string, options: ReadOptions): AsyncGenerator<RawItem> {
  const source = Readable.from(decodeFile(path, options));
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
      if (trimmed === '') continue;
      try {
        yield { type: 'row', line, value: JSON.parse(trimmed) as unknown, issues: [] };
      } catch (e) {
        yield { type: 'row', line, value: undefined, issues: [{ code: 'invalid_json', path: [], message: ISSUE.json((e as Error).message) }] };
      }
    }
  } finally {
    lines.close();
    source.destroy();
  }
}

/** The line where each top-level element of a JSON array starts (the text is known to parse). */
export function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '\n') line++;
    if (ch === '\n' || ch === ' ' || ch === '\t' || ch === '\r') continue;
    if (depth === 1 && expectElement && ch !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') expectElement = ++depth === 1;
    else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expectElement = true;
  }
  return lines;
}

export function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

async function* jsonRows(path: string, kind: RecordKind, options: ReadOptions): AsyncGenerator<RawItem> {
  const { text, encoding } = decodeText(await readFile(path), options.encoding);
  options.onEncoding?.(encoding);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const position = /position (\d+)/.exec((e as Error).message);
    yield { type: 'file', line: position ? lineAt(text, Number(position[1])) : 1, issues: [{ code: 'invalid_json', path: [kind], message: ISSUE.json((e as Error).message) }] };
    return;
  }
  if (!Array.isArray(data)) {
    yield { type: 'file', line: 1, issues: [{ code: 'invalid_type', path: [kind], message: ISSUE.notArray }] };
    return;
  }
  const lines = elementLines(text);
  for (let i = 0; i < data.length; i++) {
    options.onProgress?.({ done: i + 1, total: data.length, unit: 'rows' });
    yield { type: 'row', line: lines[i] ?? 1, value: data[i] as unknown, issues: [] };
  }
}

const isBlankCell = (cell: XlsxCell): boolean => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** A workbook cell as the text a CSV cell would hold; a date field takes a date cell or a serial day number. */
function cellText(cell: XlsxCell, column: Column | undefined): string {
  if (cell === null) return '';
  if (cell instanceof Date || (column?.date && typeof cell === 'number')) return cellDate(cell) ?? String(cell);
  return String(cell);
}

async function* xlsxRows(path: string, kind: RecordKind, options: ReadOptions): AsyncGenerator<RawItem> {
  const book = await readWorkbook(path, options.sheet);
  if (!book.ok) {
    const message = book.reason === 'sheet' ? ISSUE.sheet(options.sheet ?? '', book.sheets) : ISSUE.xlsx(book.message);
    yield { type: 'file', line: 1, issues: [{ code: book.reason === 'sheet' ? 'unknown_sheet' : 'invalid_xlsx', path: [kind], message }] };
    return;
  }
  const { rows, flagged } = book;
  let columns: (Column | undefined)[] | undefined;
  for (let i = 0; i < rows.length; i++) {
    const line = i + 1;
    const cells = rows[i]!;
    const bad = flagged.get(line) ?? [];
    options.onProgress?.({ done: line, total: rows.length, unit: 'rows' });
    if (cells.every(isBlankCell) && bad.length === 0) continue;
    if (!columns) {
      const header = resolveHeader(
        kind,
        cells.map((c) => cellText(c, undefined)),
        options.columns,
      );
      columns = header.columns;
      const missing = missingColumnsIssue(kind, columns);
      const issues: MatchIssue[] = [
        ...header.issues,
        ...(missing === undefined ? [] : [missing]),
        ...bad.map((c): MatchIssue => ({ code: 'invalid_cell', path: [kind], message: c.error === undefined ? ISSUE.formulaCell(c.ref) : ISSUE.errorCell(c.ref, c.error) })),
      ];
      if (issues.length > 0) yield { type: 'file', line, issues };
      continue;
    }
    const texts = cells.map((c, j) => cellText(c, columns![j]));
    // A cell beyond the header counts as the row being too long; one in an ignored column loses nothing used.
    const issues: MatchIssue[] = bad.flatMap((c): MatchIssue[] => {
      const column = columns![c.column];
      if (!column && c.column < columns!.length) return [];
      return [{ code: 'invalid_cell', path: [...(column?.path ?? [])], message: c.error === undefined ? ISSUE.formulaCell(c.ref) : ISSUE.errorCell(c.ref, c.error) }];
    });
    if (!texts.slice(columns.length).every((t) => t.trim() === '')) {
      yield { type: 'row', line, value: undefined, issues: [...issues, { code: 'invalid_row', path: [], message: ISSUE.fieldCount(texts.length, columns.length) }] };
      continue;
    }
    const read = rowToRecord(columns, texts, { decimalComma: true, escapedFormulas: false });
    yield { type: 'row', line, value: read.value, issues: [...issues, ...read.issues] };
  }
}

const startsWith = (path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean => prefix.every((p, i) => path[i] === p);

/**
 * Reads a file of records one row at a time and validates each, yielding `{ line, index, record }` for
 * a valid row and `{ line, index, issues }` for a bad one (`index` counts every data row from 0, as in
 * createMatcher's issue paths). CSV and NDJSON are streamed and never held whole; a `.json` array is
 * read whole (JSON has no row boundaries to stream on). Duplicate ids are not checked here (that
 * would hold every id): {@link readRecords} does. A CSV row with a stray or unclosed quote is reported
 * on the line where it starts and reading goes on at the next line, so every row is kept or reported;
 * a `'` before a leading `=`, `+`, `-`, `@`, tab or carriage return (a spreadsheet's escape) is taken off.
 * An `.xlsx` workbook is read whole, one sheet, its rows numbered as Excel shows them; an error cell or a
 * formula without a value is an issue at its cell. Headers may be field names, their Dutch names or what
 * `columns` maps; text is UTF-8 or Windows-1252, detected unless `encoding` is given.
 *
 * @param path - `.csv` (`,` or `;`, detected from the header), `.json` (an array), `.ndjson` / `.jsonl` or `.xlsx`
 * @returns an async iterable of items in file order
 * @throws RangeError for an unknown extension, kind or encoding; TypeError for a `columns` that is not a map of strings;
 *   the file system's error when the file cannot be read
 * @example
 * import { streamRecords } from 'werkmatch/node';
 * let valid = 0;
 * const options = { kind: 'candidates', columns: { Klantnummer: 'id' }, onEncoding: (e: string) => console.error(`read as ${e}`) } as const;
 * for await (const item of streamRecords('candidates.csv', options)) {
 *   if ('record' in item) valid++;
 *   else for (const issue of item.issues) console.error(`line ${issue.line}: ${issue.path.slice(2).join('.')}: ${issue.message}`);
 * }
 */
export async function* streamRecords<K extends RecordKind>(path: string, options: StreamRecordsOptions<K>): AsyncGenerator<StreamItem<K>, void, undefined> {
  const kind = checkKind('streamRecords', options.kind);
  const format = formatOf('streamRecords', path);
  const checked = checkReadOptions('streamRecords', format, options);
  let encoding: TextEncoding | undefined = checked.encoding;
  const read: ReadOptions = {
    ...checked,
    onEncoding: (e) => {
      encoding = e;
      checked.onEncoding?.(e);
    },
  };
  const source = format === 'csv' ? csvRows(path, kind, read) : format === 'ndjson' ? ndjsonRows(path, read) : format === 'json' ? jsonRows(path, kind, read) : xlsxRows(path, kind, read);
  let index = 0;
  for await (const raw of source) {
    const { line } = raw;
    if (raw.type === 'file') {
      yield { line, issues: raw.issues.map((i) => ({ ...i, line })) as [FileIssue, ...FileIssue[]] };
      continue;
    }
    const prefix = [kind, index] as const;
    const issues: FileIssue[] = raw.issues.map((i) => ({ ...i, path: [...prefix, ...i.path], line }));
    // Bytes the decoder could not read became U+FFFD, or UTF-8 was read as Windows-1252 ("Ã©" for "é"): the value
    // is not what the file meant, so the row is reported.
    for (const { path, message } of encodingIssues(raw.value, encoding, checked.encoding !== undefined)) issues.push({ code: 'invalid_encoding', path: [...prefix, ...path], line, message });
    if (raw.value !== undefined || raw.issues.length === 0) {
      const checked = validateRecord(kind, raw.value, prefix, options.locale);
      if (checked.ok && issues.length === 0) {
        yield { line, index: index++, record: checked.record as RecordOf[K] };
        continue;
      }
      // A cell that could not be read left its field absent: keep the cell's issue, not the schema's "required".
      if (!checked.ok) for (const i of checked.issues) if (!issues.some((c) => startsWith(i.path, c.path))) issues.push({ ...i, line });
    }
    yield { line, index: index++, issues: issues as [FileIssue, ...FileIssue[]] };
  }
}

/** The paths of the strings in `value` (a parsed row: plain objects, arrays, primitives) that hold U+FFFD. */
export const replacementPaths = (value: unknown): (string | number)[][] => stringPaths(value, (text) => text.includes('\uFFFD'));

/**
 * The values (and names) of a row read from text that are not what the file meant: bytes that were not UTF-8 (read
 * as U+FFFD), or UTF-8 letters read as Windows-1252 ("Ã©" for "é", "â€™" for "’"), in this file (read as
 * Windows-1252) or before it was saved (read as UTF-8). Each with its path in the row and its message; `given`: the
 * encoding was given, not detected.
 */
export function encodingIssues(value: unknown, encoding: TextEncoding | undefined, given = false): { path: (string | number)[]; message: string }[] {
  const found: { path: (string | number)[]; message: string }[] = replacementPaths(value).map((path) => ({ path, message: ISSUE.badBytes }));
  const mojibake = encoding !== 'windows-1252' ? ISSUE.doubleEncoded : given ? ISSUE.givenWindows1252 : ISSUE.mixedEncoding;
  for (const path of stringPaths(value, isMojibake)) found.push({ path, message: mojibake });
  return found;
}

// UTF-8 read as Windows-1252: a two-byte sequence for a Latin letter (lead C2 or C3, then a continuation byte 80–BF,
// "Ã©" for "é") or a three-byte punctuation or currency sign (E2 80 xx, E2 82 xx: "â€™" for "’", "â‚¬" for "€").
// Dutch text in Windows-1252 does not hold these pairs.
const CONTINUATION =
  '\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178';
const MOJIBAKE = new RegExp(`[\\u00C2\\u00C3][${CONTINUATION}]|\\u00E2[\\u20AC\\u201A][${CONTINUATION}]`);
const isMojibake = (text: string): boolean => MOJIBAKE.test(text);

/** The paths of the strings in `value` (a parsed row: plain objects, arrays, primitives) that `test` accepts, names of fields included. */
function stringPaths(value: unknown, test: (text: string) => boolean): (string | number)[][] {
  const out: (string | number)[][] = [];
  // An explicit stack: a JSON row may nest deeper than the call stack goes.
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (test(v)) out.push(path);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], [...path, i]]);
    } else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        // A broken name is reported once, at the field; its value is not looked at again.
        if (test(key)) out.push([...path, key]);
        else stack.push([(v as Record<string, unknown>)[key], [...path, key]]);
      }
    }
  }
  return out;
}

/**
 * Reads and validates a whole file of records. Bad rows are reported (with line and field) and left
 * out; the good rows are kept. Candidates and vacancies are also checked for duplicate ids (the
 * later row is the bad one).
 *
 * @param path - `.csv`, `.json`, `.ndjson` / `.jsonl` or `.xlsx`; see {@link streamRecords}
 * @returns the valid records, the line each starts on, every issue, and (text files) the encoding read
 * @throws MatchError at the first bad row when `strict` is set (its issues carry `line`)
 * @example
 * import { createMatcher } from 'werkmatch';
 * import { readRecords } from 'werkmatch/node';
 * const candidates = await readRecords('candidates.csv', { kind: 'candidates' });
 * const vacancies = await readRecords('vacatures.xlsx', { kind: 'vacancies', sheet: 'Vacatures', strict: true });
 * for (const issue of candidates.issues) console.error(`line ${issue.line}: ${issue.message}`);
 * const matcher = createMatcher({ candidates: candidates.records, vacancies: vacancies.records });
 */
export async function readRecords<K extends RecordKind>(path: string, options: ReadRecordsOptions<K>): Promise<ReadRecordsResult<K>> {
  const kind = checkKind('readRecords', options.kind);
  checkReadOptions('readRecords', formatOf('readRecords', path), options);
  const strict = options.strict ?? false;
  let encoding: TextEncoding | undefined;
  const onEncoding = (e: TextEncoding): void => {
    encoding = e;
    options.onEncoding?.(e);
  };
  const records: RecordOf[K][] = [];
  const lines: number[] = [];
  const issues: FileIssue[] = [];
  const firstLineOf = kind === 'candidates' || kind === 'vacancies' ? new Map<string, number>() : undefined;
  for await (const item of streamRecords(path, { ...options, onEncoding })) {
    let bad: readonly FileIssue[] | undefined = 'issues' in item ? item.issues : undefined;
    if ('record' in item && firstLineOf) {
      const id = (item.record as { id: string }).id;
      const first = firstLineOf.get(id);
      if (first === undefined) firstLineOf.set(id, item.line);
      else bad = [{ code: 'duplicate_id', path: [kind, item.index, 'id'], message: ISSUE.duplicateId(kind, id, first), line: item.line }];
    }
    if (bad) {
      if (strict) throw new MatchError(bad as [FileIssue, ...FileIssue[]]);
      issues.push(...bad);
    } else if ('record' in item) {
      records.push(item.record);
      lines.push(item.line);
    }
  }
  return encoding === undefined ? { records, lines, issues } : { records, lines, issues, encoding };
}

// A workbook is written whole: write-excel-file takes every row at once.
async function writeXlsx<K extends RecordKind>(
  path: string,
  kind: K,
  records: Iterable<RecordInputOf[K]> | AsyncIterable<RecordInputOf[K]>,
  columns: string[],
  sheet: string,
): Promise<{ written: number }> {
  const rows: XlsxCell[][] = [];
  for await (const record of records) {
    const checked = validateRecord(kind, record, [kind, rows.length]);
    if (!checked.ok) throw new MatchError(checked.issues as [MatchIssue, ...MatchIssue[]]);
    rows.push(recordToCells(kind, checked.record, columns).map((c) => (c !== null && typeof c === 'object' ? dateCell(c.date) : c)));
  }
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeWorkbook(temporary, sheet, columns, rows);
    await rename(temporary, path);
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    throw e;
  }
  return { written: rows.length };
}

async function write(out: Writable, chunk: unknown): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

function csvColumns<K extends RecordKind>(kind: K, records: Iterable<unknown> | AsyncIterable<unknown>, given: readonly string[] | undefined): string[] {
  if (given) {
    for (const name of given) if (!columnFor(kind, name)) throw new TypeError(USAGE.column('writeRecords', name));
    return [...given];
  }
  if (!Array.isArray(records) || records.length === 0) return COLUMNS[kind].map((c) => c.name);
  const used = new Set<string>();
  for (const r of records) for (const name of usedColumns(kind, r)) used.add(name);
  const fixed = COLUMNS[kind].map((c) => c.name).filter((n) => used.has(n));
  return [...fixed, ...[...used].filter((n) => !fixed.includes(n))];
}

/**
 * Validates records and writes them to a file whose extension picks the format: CSV with the same
 * conventions the reader accepts (so reading gives the same records back), a `.json` array (one
 * record per line), NDJSON, or an `.xlsx` workbook (one sheet, the CSV's columns, numbers and booleans
 * as such, dates as date cells; held whole until written). Records are written as they come, so an
 * async iterable of any size works; the file appears only when complete (written to a temporary name, then renamed).
 *
 * Not representable in CSV, so refused with a TypeError: list items or labels containing `|`, a
 * competence label that would read back as a marker (`Niveau:2`, `Wow!`), and `reporting` values
 * other than strings, numbers and booleans (numbers and booleans read back as strings). An empty
 * optional list or object (`sectors: {}`) reads back as absent, `{ label }` as the bare label.
 *
 * @param path - `.csv`, `.json`, `.ndjson` / `.jsonl` or `.xlsx`
 * @param records - the records (an array, any iterable or async iterable)
 * @returns how many records were written
 * @throws MatchError naming the first invalid record's issues (nothing is written);
 *   TypeError for a value CSV cannot hold; RangeError for an unknown extension, kind or delimiter
 * @example
 * import { generateSyntheticRegion } from 'werkmatch';
 * import { writeRecords } from 'werkmatch/node';
 * const region = generateSyntheticRegion({ seed: 1, candidates: 200, vacancies: 40 });
 * await writeRecords('candidates.csv', region.candidates, { kind: 'candidates', delimiter: ';' }); // Dutch Excel: ; and 0,5
 * await writeRecords('placements.ndjson', [{ candidateId: 'k-000', vacancyId: 'v-00', score: 0.82, tier: 'home' }], { kind: 'placements' });
 */
export async function writeRecords<K extends RecordKind>(
  path: string,
  records: Iterable<RecordInputOf[K]> | AsyncIterable<RecordInputOf[K]>,
  options: WriteRecordsOptions<K>,
): Promise<{ written: number }> {
  const kind = checkKind('writeRecords', options.kind);
  const format = formatOf('writeRecords', path);
  const delimiter = options.delimiter ?? ',';
  if (delimiter !== ',' && delimiter !== ';') throw new RangeError(USAGE.delimiter('writeRecords', delimiter));
  const escapeFormulas = options.escapeFormulas ?? true;
  const columns = format === 'csv' || format === 'xlsx' ? csvColumns(kind, records, options.columns) : [];
  if (format === 'xlsx') return writeXlsx(path, kind, records, columns, options.sheet ?? kind);
  const temporary = `${path}.${process.pid}.tmp`;
  const file = createWriteStream(temporary);
  const csv = format === 'csv' ? stringify({ header: true, columns, delimiter }) : undefined;
  const done = csv ? pipeline(csv, file) : undefined;
  const out: Writable = csv ?? file;
  let written = 0;
  try {
    if (format === 'json') await write(out, '[');
    for await (const record of records) {
      const checked = validateRecord(kind, record, [kind, written]);
      if (!checked.ok) throw new MatchError(checked.issues as [MatchIssue, ...MatchIssue[]]);
      if (csv) await write(csv, recordToRow(kind, checked.record, columns, { delimiter, escapeFormulas }));
      else if (format === 'json') await write(out, `${written === 0 ? '\n' : ',\n'}${JSON.stringify(checked.record)}`);
      else await write(out, `${JSON.stringify(checked.record)}\n`);
      written++;
    }
    if (format === 'json') await write(out, written === 0 ? ']\n' : '\n]\n');
    out.end();
    await (done ?? once(file, 'close'));
    await rename(temporary, path);
  } catch (e) {
    out.destroy();
    file.destroy();
    await done?.catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw e;
  }
  return { written };
}
