// Plain-text tables for people, text a terminal shows rather than acts on, and CSV for pipes.
import { escapeFormula } from '../node/csv.js';

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
}

const csvCell = (value: CsvValue, escapeFormulas: boolean): string => {
  const text = value === undefined || value === null ? '' : String(value);
  const s = escapeFormulas && typeof value === 'string' ? escapeFormula(text) : text;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * RFC 4180 CSV with a `,` delimiter and a header row, lines ended by `\n`; text cells that would run as a
 * formula are escaped unless `escapeFormulas` is false.
 *
 * @example
 * toCsv(['id', 'score'], [['=1+1', -0.5]]); // "id,score\n'=1+1,-0.5"
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const escapeFormulas = options.escapeFormulas ?? true;
  return [header, ...rows].map((r) => r.map((v) => csvCell(v, escapeFormulas)).join(',')).join('\n');
}

/** A score or share for a table: two decimals. */
export const fixed2 = (n: number): string => n.toFixed(2);

/** A number for CSV: at most six decimals, no float noise (0.30000000000000004 → 0.3). */
export const csvNumber = (n: number): number => Math.round(n * 1e6) / 1e6;

/** A count with thousands separators, for people. */
export const count = (n: number): string => n.toLocaleString('en-US');
/** `1 row`, `2 rows`: a count with its noun in the right number. */
export const counted = (n: number, one: string, many: string): string => `${count(n)} ${n === 1 ? one : many}`;
