// Vocabulary files: the plain shape { id, label, synonyms?, kind? } as CSV, JSON or NDJSON, and ESCO's skills CSV.
import { readFile } from 'node:fs/promises';
import { type IssueCode, MatchError, type MatchIssue } from '../basics/errors.js';
import { compactLabel } from '../basics/text.js';
import { mapZodIssues } from '../engine/load.js';
import { vocabularyEntrySchema, type VocabularyEntryInput } from '../schema/config.js';
import { CsvSplitter, detectDelimiter, fitsFieldCount } from './csv.js';
import { elementLines, encodingIssues, lineAt, type FileIssue } from './files.js';
import { TEXT_ENCODINGS, decodeText, type TextEncoding } from './text.js';
import { ISSUE, USAGE } from './messages.js';
import { usage } from '../basics/messages/en.js';

export interface ReadVocabularyOptions {
  /**
   * Throw a MatchError with the first bad entry's issues instead of collecting every issue.
   * @default false
   */
  readonly strict?: boolean;
  /** The file's text encoding; detected when absent, as readRecords does (a BOM, or the first non-ASCII character). */
  readonly encoding?: TextEncoding | undefined;
}

export interface ReadVocabularyResult {
  /** The valid entries, in file order: ready for `config.vocabulary`. */
  readonly entries: VocabularyEntryInput[];
  /** `lines[i]` is the line where `entries[i]` starts. */
  readonly lines: number[];
  /** Every problem, in file order; empty when the whole file is valid. */
  readonly issues: FileIssue[];
  /** The text encoding used. */
  readonly encoding: TextEncoding;
}

/** One entry as the file gives it, before validation; `index` counts every data row from 0. */
export interface VocabularyRow {
  readonly line: number;
  readonly index: number;
  readonly value: unknown;
}

const KIND = 'vocabulary';
const PLAIN_COLUMNS = ['id', 'label', 'synonyms', 'kind'];
const ESCO_LEVELS = new Set(['transversal', 'cross-sector', 'sector-specific', 'occupation-specific']);

type Rows = { rows: VocabularyRow[]; issues: FileIssue[] };
type DecodedRows = Rows & { encoding: TextEncoding };

function formatOf(fn: string, path: string): 'csv' | 'json' | 'ndjson' {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  throw new RangeError(USAGE.extension(fn, path));
}

/**
 * The entries of a vocabulary file as the file gives them (ESCO rows already turned into entries), unvalidated,
 * with the problems of the file and of its cells. A row with a problem is reported, not returned.
 */
export async function readVocabularyRows(path: string, fn = 'readVocabulary', given?: TextEncoding): Promise<DecodedRows> {
  const format = formatOf(fn, path);
  if (given !== undefined && !TEXT_ENCODINGS.includes(given)) throw new RangeError(USAGE.encoding(fn, given));
  const { text, encoding } = decodeText(await readFile(path), given);
  const read = format === 'csv' ? csvRows(text) : format === 'json' ? jsonRows(text) : ndjsonRows(text);
  // A value in the other encoding of a mixed file is reported with its row, which is left out.
  const rows: VocabularyRow[] = [];
  const issues = [...read.issues];
  for (const row of read.rows) {
    const bad = encodingIssues(row.value, encoding, given !== undefined);
    if (bad.length === 0) rows.push(row);
    else for (const { path: field, message } of bad) issues.push(rowIssue(row.line, row.index, field, 'invalid_encoding', message));
  }
  issues.sort((a, b) => a.line - b.line);
  return { rows, issues, encoding };
}

const fileIssue = (line: number, code: IssueCode, message: string): FileIssue => ({ code, path: [KIND], message, line });
const rowIssue = (line: number, index: number, field: readonly (string | number)[], code: IssueCode, message: string): FileIssue => ({ code, path: [KIND, index, ...field], message, line });

// ESCO puts several labels in one cell, one per line; the plain shape joins synonyms with `|` (a line break also works).
const splitNames = (cell: string, separator: RegExp): string[] =>
  cell
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
const LINES = /\r\n|\r|\n/;
const BARS_OR_LINES = /\||\r\n|\r|\n/;

function csvRows(text: string): Rows {
  const rows: VocabularyRow[] = [];
  const issues: FileIssue[] = [];
  const firstBreak = text.search(/[\r\n]/);
  const records = new CsvSplitter(detectDelimiter(firstBreak < 0 ? text : text.slice(0, firstBreak))).push(text, true);
  const head = records[0];
  if (!head) return { rows, issues };
  if ('error' in head) return { rows, issues: [fileIssue(head.line, 'invalid_csv', ISSUE.csvSyntax(`${head.error}; ${ISSUE.noHeader}`))] };
  const header = head.fields.map((h) => h.trim());
  const esco = header.includes('conceptUri') && header.includes('preferredLabel');
  if (!esco && !(header.includes('id') && header.includes('label'))) return { rows, issues: [fileIssue(head.line, 'invalid_header', ISSUE.vocabularyHeader(header))] };
  header.forEach((name, i) => {
    if (name !== '' && header.indexOf(name) < i) issues.push(fileIssue(head.line, 'duplicate_column', ISSUE.duplicateColumn(name)));
    else if (!esco && name !== '' && !PLAIN_COLUMNS.includes(name)) issues.push(fileIssue(head.line, 'unrecognized_keys', ISSUE.vocabularyColumn(name)));
  });
  const at = (name: string): number => header.indexOf(name);
  const columns = esco
    ? { id: at('conceptUri'), label: at('preferredLabel'), alt: at('altLabels'), hidden: at('hiddenLabels'), kind: at('reuseLevel') }
    : { id: at('id'), label: at('label'), alt: at('synonyms'), hidden: -1, kind: at('kind') };
  const separator = esco ? LINES : BARS_OR_LINES;
  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    const { line } = record;
    const index = r - 1;
    if ('error' in record) {
      issues.push(rowIssue(line, index, [], 'invalid_csv', ISSUE.csvSyntax(record.error)));
      continue;
    }
    const { fields } = record;
    if (!fitsFieldCount(fields, header.length)) {
      issues.push(rowIssue(line, index, [], 'invalid_row', ISSUE.fieldCount(fields.length, header.length)));
      continue;
    }
    const cell = (i: number): string => (i < 0 ? '' : (fields[i] ?? '').trim());
    const entry: { id: string; label: string; synonyms?: string[]; kind?: string } = { id: cell(columns.id), label: cell(columns.label) };
    const synonyms = [...splitNames(cell(columns.alt), separator), ...splitNames(cell(columns.hidden), separator)];
    if (synonyms.length > 0) entry.synonyms = synonyms;
    const kind = cell(columns.kind);
    if (kind !== '' && !esco) entry.kind = kind;
    else if (kind !== '') {
      // ESCO writes the reuse level as a word or as its URI (…/skill-reuse-level/transversal).
      const level = kind.slice(kind.lastIndexOf('/') + 1).toLowerCase();
      if (!ESCO_LEVELS.has(level)) {
        issues.push(rowIssue(line, index, ['reuseLevel'], 'invalid_value', ISSUE.reuseLevel(kind)));
        continue;
      }
      entry.kind = level === 'transversal' ? 'transversal' : 'occupational';
    }
    rows.push({ line, index, value: entry });
  }
  return { rows, issues };
}

function jsonRows(text: string): Rows {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const position = /position (\d+)/.exec((e as Error).message);
    return { rows: [], issues: [fileIssue(position ? lineAt(text, Number(position[1])) : 1, 'invalid_json', ISSUE.json((e as Error).message))] };
  }
  if (!Array.isArray(data)) return { rows: [], issues: [fileIssue(1, 'invalid_type', ISSUE.vocabularyNotArray)] };
  const lines = elementLines(text);
  return { rows: data.map((value: unknown, index) => ({ line: lines[index] ?? 1, index, value })), issues: [] };
}

function ndjsonRows(text: string): Rows {
  const rows: VocabularyRow[] = [];
  const issues: FileIssue[] = [];
  let index = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      rows.push({ line: i + 1, index: index++, value: JSON.parse(raw) as unknown });
    } catch (e) {
      issues.push(rowIssue(i + 1, index++, [], 'invalid_json', ISSUE.json((e as Error).message)));
    }
  });
  return { rows, issues };
}

/**
 * Reads a vocabulary file for `config.vocabulary`: the plain shape `{ id, label, synonyms?, kind? }` as a JSON
 * array, NDJSON or CSV (columns `id`, `label`, `synonyms` joined by `|`, `kind`), or ESCO's skills CSV (`conceptUri`
 * → id, `preferredLabel` → label, `altLabels` and `hiddenLabels`, one per line inside the quoted cell → synonyms,
 * `reuseLevel` `transversal` → kind `'transversal'`, any other level → `'occupational'`; other columns are ignored).
 * Each entry is checked as `createMatcher` checks it, and so are a repeated id and a name two entries share (the
 * later entry is the bad one). Bad entries are reported with their 1-based line and field and left out.
 *
 * @param path - `.csv` (`,` or `;`), `.json` or `.ndjson` / `.jsonl`; a UTF-8 BOM and CRLF line ends are fine
 * @returns the valid entries, the line each starts on, and every issue (paths `['vocabulary', row, ...field]`)
 * @throws MatchError with the first bad entry's issues when `strict` is set; RangeError for an unknown extension;
 *   the file system's error when the file cannot be read
 * @example
 * import { createMatcher, generateSyntheticRegion } from 'werkmatch';
 * import { readVocabulary } from 'werkmatch/node';
 * const { candidates, vacancies } = generateSyntheticRegion({ seed: 2026, candidates: 600, vacancies: 60 });
 * const esco = await readVocabulary('skills_nl.csv');
 * for (const issue of esco.issues) console.error(`line ${issue.line}: ${issue.message}`);
 * const matcher = createMatcher({ candidates, vacancies }, { vocabulary: esco.entries });
 * console.log(matcher.report.competences.overrides.length, 'built-in names now mean an ESCO skill');
 */
export async function readVocabulary(path: string, options: ReadVocabularyOptions = {}): Promise<ReadVocabularyResult> {
  if (typeof options !== 'object' || options === null) throw new TypeError(usage.options('readVocabulary', options));
  const read = await readVocabularyRows(path, 'readVocabulary', options.encoding);
  const issues: FileIssue[] = [...read.issues];
  const entries: VocabularyEntryInput[] = [];
  const lines: number[] = [];
  const lineOfId = new Map<string, number>();
  // Compacted name → the entry that named it first (as the resolver compares names).
  const owners = new Map<string, { id: string; line: number }>();
  for (const { line, index, value } of read.rows) {
    const found: MatchIssue[] = [];
    const parsed = vocabularyEntrySchema.safeParse(value);
    if (!parsed.success) mapZodIssues([KIND, index], parsed.error.issues, found, value);
    else {
      const entry = parsed.data;
      const first = lineOfId.get(entry.id);
      const names: [string, (string | number)[]][] = [[entry.label, ['label']], ...(entry.synonyms ?? []).map((s, j): [string, (string | number)[]] => [s, ['synonyms', j]])];
      if (first !== undefined) found.push({ code: 'duplicate_id', path: [KIND, index, 'id'], message: ISSUE.duplicateId(KIND, entry.id, first) });
      else
        for (const [name, field] of names) {
          const owner = owners.get(compactLabel(name));
          if (owner !== undefined && owner.id !== entry.id) found.push({ code: 'ambiguous_synonym', path: [KIND, index, ...field], message: ISSUE.sameName(name, owner.id, owner.line) });
        }
      if (found.length === 0) {
        lineOfId.set(entry.id, line);
        for (const [name] of names) {
          const key = compactLabel(name);
          if (key !== '' && !owners.has(key)) owners.set(key, { id: entry.id, line });
        }
        entries.push(entry);
        lines.push(line);
        continue;
      }
    }
    issues.push(...found.map((i) => ({ ...i, line })));
  }
  issues.sort((a, b) => a.line - b.line);
  if ((options.strict ?? false) && issues.length > 0) {
    const firstLine = issues[0]!.line;
    throw new MatchError(issues.filter((i) => i.line === firstLine) as [FileIssue, ...FileIssue[]]);
  }
  return { entries, lines, issues, encoding: read.encoding };
}
