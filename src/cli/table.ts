// Plain-text tables for people, text a terminal shows rather than acts on, and CSV for pipes (or a workbook, --xlsx).
import { escapeFormula } from '../node/csv.js';
import { dateCell, writeWorkbook } from '../node/xlsx.js';

const hex = (c: string): string => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
// C0 controls, DEL and C1 controls: what a terminal acts on (ESC, BEL, CSI, OSC, …) instead of showing.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\x00-\x1f\x7f-\x9f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const CONTROL_BUT_NEWLINE = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/g;

/**
 * Text for a terminal: every control character (C0, DEL, C1) written out as `\x1b`, so an id or a
 * label can neither clear the screen nor set the window title.
 *
 * @example
 * visible('c1\x1b[2J'); // 'c1\\x1b[2J'
 */
export const visible = (text: string): string => text.replace(CONTROL, hex);

/** {@link visible} for a block of output whose line breaks the CLI made: `\n` stays a line break. */
export const visibleLines = (text: string): string => text.replace(CONTROL_BUT_NEWLINE, hex);

export interface Column {
  readonly header: string;
  /** Numbers read best right-aligned. @default 'left' */
  readonly align?: 'left' | 'right';
}

const width = (s: string): number => [...s].length;
const pad = (s: string, n: number, align: 'left' | 'right'): string => (align === 'right' ? ' '.repeat(n - width(s)) + s : s + ' '.repeat(n - width(s)));

/**
 * Aligns rows under their headers, two spaces between columns, a rule under the header; no trailing spaces.
 * Cells are made {@link visible} first, so a line break or an escape in a value cannot break the layout.
 *
 * @example
 * renderTable([{ header: 'id' }, { header: 'score', align: 'right' }], [['c1', '0.83']]);
 * // 'id  score\n--  -----\nc1   0.83'
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const shown = rows.map((r) => r.map(visible));
  const widths = columns.map((c, i) => Math.max(width(c.header), ...shown.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => pad(cells[i] ?? '', widths[i]!, c.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...shown.map(line)].join('\n');
}

type CsvValue = string | number | boolean | undefined | null;

export interface CsvOptions {
  /**
   * A text cell a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) gets a leading `'`; numbers stay numbers.
   * @default true
   */
  readonly escapeFormulas?: boolean;
  /** @default ',' */
  readonly delimiter?: ',' | ';';
  /** Number cells (and only those) with a decimal comma: `0,5`. @default false */
  readonly decimalComma?: boolean;
  /** A UTF-8 byte order mark first, so Excel reads the file as UTF-8. @default false */
  readonly bom?: boolean;
  /** Lines ended by `\r\n` instead of `\n`. @default false */
  readonly crlf?: boolean;
}

/** What Dutch Excel opens right when the file is double-clicked: `;`, decimal comma, a BOM, CRLF. */
export const EXCEL_CSV: Required<Omit<CsvOptions, 'escapeFormulas'>> = Object.freeze({ delimiter: ';', decimalComma: true, bom: true, crlf: true });

const csvCell = (value: CsvValue, options: Required<CsvOptions>): string => {
  const text = value === undefined || value === null ? '' : options.decimalComma && typeof value === 'number' ? String(value).replace('.', ',') : String(value);
  const s = options.escapeFormulas && typeof value === 'string' ? escapeFormula(text) : text;
  const special = options.delimiter === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * RFC 4180 CSV with a header row: by default `,` between cells and `\n` after lines; text cells that would run as a
 * formula are escaped unless `escapeFormulas` is false. {@link EXCEL_CSV} gives what Dutch Excel reads.
 *
 * @example
 * toCsv(['id', 'score'], [['=1+1', -0.5]]); // "id,score\n'=1+1,-0.5"
 * toCsv(['id', 'score'], [['v.1', 0.5]], EXCEL_CSV); // "\uFEFFid;score\r\nv.1;0,5"
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const resolved: Required<CsvOptions> = {
    escapeFormulas: options.escapeFormulas ?? true,
    delimiter: options.delimiter ?? ',',
    decimalComma: options.decimalComma ?? false,
    bom: options.bom ?? false,
    crlf: options.crlf ?? false,
  };
  const text = [header, ...rows].map((r) => r.map((v) => csvCell(v, resolved)).join(resolved.delimiter)).join(resolved.crlf ? '\r\n' : '\n');
  // CRLF files end their last line with CRLF too (Excel's way); the caller's line end is then not added (see Io.data).
  const ended = resolved.crlf ? `${text}\r\n` : text;
  return resolved.bom ? `\uFEFF${ended}` : ended;
}

/**
 * The rows `toCsv` writes, as a one-sheet .xlsx workbook: numbers stay numbers, text cells are text (never run as a
 * formula, so nothing is escaped).
 */
export async function writeXlsx(path: string, header: readonly string[], rows: readonly (readonly CsvValue[])[], sheet = 'werkmatch'): Promise<void> {
  // Columns of days (start, end, date) as date cells, so that Excel sorts and filters them as dates.
  const days = header.map((h) => DAY_COLUMNS.has(h));
  await writeWorkbook(
    path,
    sheet,
    header,
    rows.map((r) => r.map((v, i) => (v === undefined ? null : days[i] && typeof v === 'string' && ISO_DAY.test(v) ? dateCell(v) : v))),
  );
}

const DAY_COLUMNS: ReadonlySet<string> = new Set(['start', 'end', 'date']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A score or share for a table: two decimals. */

/** A number for CSV: at most six decimals, no float noise (0.30000000000000004 → 0.3). */
export const csvNumber = (n: number): number => Math.round(n * 1e6) / 1e6;

/** A count with thousands separators, for people. */
export const count = (n: number): string => n.toLocaleString('en-US');
/** `1 row`, `2 rows`: a count with its noun in the right number. */
export const counted = (n: number, one: string, many: string): string => `${count(n)} ${n === 1 ? one : many}`;
