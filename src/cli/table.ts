// Plain-text tables for people and CSV for pipes.

export interface Column {
  readonly header: string;
  /** Numbers read best right-aligned. @default 'left' */
  readonly align?: 'left' | 'right';
}

const width = (s: string): number => [...s].length;
const pad = (s: string, n: number, align: 'left' | 'right'): string => (align === 'right' ? ' '.repeat(n - width(s)) + s : s + ' '.repeat(n - width(s)));

/**
 * Aligns rows under their headers, two spaces between columns, a rule under the header; no trailing spaces.
 *
 * @example
 * renderTable([{ header: 'id' }, { header: 'score', align: 'right' }], [['c1', '0.83']]);
 * // 'id  score\n--  -----\nc1   0.83'
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => pad(cells[i] ?? '', widths[i]!, c.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const csvCell = (value: string | number | boolean | undefined | null): string => {
  const s = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV with a `,` delimiter and a header row, lines ended by `\n`. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined | null)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n');
}

/** A score or share for a table: two decimals. */
export const fixed2 = (n: number): string => n.toFixed(2);

/** A number for CSV: at most six decimals, no float noise (0.30000000000000004 → 0.3). */
export const csvNumber = (n: number): number => Math.round(n * 1e6) / 1e6;

/** A count with thousands separators, for people. */
export const count = (n: number): string => n.toLocaleString('en-US');
