// .xlsx workbooks in and out: read-excel-file and write-excel-file (small, maintained, fflate and saxen only) do the
// cells; the one thing they hide, an error cell or a formula nobody computed (read as empty), is found here in the
// sheet's XML so it is reported rather than lost.
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { ISSUE } from './messages.js';

/** A cell as read: empty cells are `null`. */
export type XlsxCell = string | number | boolean | Date | null;

/** A cell the reader gives as empty although it is not: a spreadsheet error (`#DIV/0!`) or a formula without a value. */
export interface FlaggedCell {
  /** 0-based column. */
  readonly column: number;
  /** The cell as Excel names it: `C5`. */
  readonly ref: string;
  /** The error value, or undefined for a formula without a computed value. */
  readonly error?: string;
}

export type Workbook =
  | {
      readonly ok: true;
      readonly sheet: string;
      /** `rows[i]` is the sheet's row `i + 1`, as Excel numbers it. */
      readonly rows: XlsxCell[][];
      /** Flagged cells by 1-based row. */
      readonly flagged: ReadonlyMap<number, readonly FlaggedCell[]>;
    }
  | { readonly ok: false; readonly reason: 'sheet'; readonly sheets: readonly string[] }
  | { readonly ok: false; readonly reason: 'invalid'; readonly message: string };

/** The files of a zip archive by name (stored or deflated entries: what spreadsheet programs write). */
export function unzip(buffer: Buffer): Map<string, () => Buffer> {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(ISSUE.notZip);
  const count = buffer.readUInt16LE(end + 10);
  let p = buffer.readUInt32LE(end + 16);
  const files = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(p) !== 0x02014b50) throw new Error(ISSUE.damagedZip);
    const method = buffer.readUInt16LE(p + 10);
    const size = buffer.readUInt32LE(p + 20);
    const nameLength = buffer.readUInt16LE(p + 28);
    const skip = nameLength + buffer.readUInt16LE(p + 30) + buffer.readUInt16LE(p + 32);
    const local = buffer.readUInt32LE(p + 42);
    const name = buffer.toString('utf8', p + 46, p + 46 + nameLength);
    files.set(name, () => {
      const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
      const data = buffer.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : data;
    });
    p += 46 + skip;
  }
  return files;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );
const attribute = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]!) : undefined;
};

/** The sheets in workbook order: their names and the path of each one's XML. */
function sheetsOf(files: Map<string, () => Buffer>): { name: string; path: string }[] {
  const workbook = files.get('xl/workbook.xml')?.().toString('utf8') ?? '';
  const rels = files.get('xl/_rels/workbook.xml.rels')?.().toString('utf8') ?? '';
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => ({
    name: attribute(tag, 'name') ?? '',
    path: targets.get(attribute(tag, 'r:id') ?? '') ?? '',
  }));
}

const columnIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Error cells and formulas without a value, by row: what read-excel-file reads as empty. */
function flaggedCells(xml: string): Map<number, FlaggedCell[]> {
  const out = new Map<number, FlaggedCell[]>();
  // Most sheets hold neither: skip the cell-by-cell scan.
  if (!/\st=["']e["']/.test(xml) && !/<f[\s>/]/.test(xml)) return out;
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attributes = m[1]!;
    const inner = m[2] ?? '';
    const type = attribute(attributes, 't');
    const value = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    const isError = type === 'e';
    const noValue = /<f\b/.test(inner) && (value === undefined || value === '');
    if (!isError && !noValue) continue;
    const ref = /^([A-Z]+)(\d+)$/.exec(attribute(attributes, 'r') ?? '');
    if (!ref) continue;
    const row = Number(ref[2]);
    const cell: FlaggedCell = isError && value ? { column: columnIndex(ref[1]!), ref: ref[0], error: unescapeXml(value) } : { column: columnIndex(ref[1]!), ref: ref[0] };
    out.set(row, [...(out.get(row) ?? []), cell]);
  }
  return out;
}

/** One sheet of a workbook (the first unless `sheet` names one), with its flagged cells. */
export async function readWorkbook(path: string, sheet?: string): Promise<Workbook> {
  const buffer = await readFile(path);
  let sheets: { name: string; path: string }[];
  let files: Map<string, () => Buffer>;
  try {
    files = unzip(buffer);
    sheets = sheetsOf(files);
  } catch (e) {
    return { ok: false, reason: 'invalid', message: (e as Error).message };
  }
  if (sheets.length === 0) return { ok: false, reason: 'invalid', message: ISSUE.noSheets };
  // As Excel names them: case does not matter (Excel itself allows no two sheets that differ only in case).
  const chosen = sheet === undefined ? sheets[0]! : (sheets.find((s) => s.name === sheet) ?? sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase()));
  if (!chosen) return { ok: false, reason: 'sheet', sheets: sheets.map((s) => s.name) };
  try {
    const rows = (await readSheet(buffer, chosen.name)) as XlsxCell[][];
    const xml = files.get(chosen.path);
    return { ok: true, sheet: chosen.name, rows, flagged: xml ? flaggedCells(xml().toString('utf8')) : new Map() };
  } catch (e) {
    return { ok: false, reason: 'invalid', message: (e as Error).message };
  }
}

/** A sheet's header and rows written as an .xlsx file; dates as `yyyy-mm-dd` date cells. */
export async function writeWorkbook(path: string, sheet: string, header: readonly string[], rows: readonly (readonly XlsxCell[])[]): Promise<void> {
  const data = [header.map((h) => ({ value: h, fontWeight: 'bold' as const })), ...rows.map((r) => [...r])];
  await writeXlsxFile(data, { sheet, dateFormat: 'yyyy-mm-dd', stickyRowsCount: 1 }).toFile(path);
}

const DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date as `YYYY-MM-DD`: a date cell, or a whole serial day number in Excel's 1900 date system. */
export function cellDate(value: Date | number): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (!Number.isInteger(value) || value < 1 || value > 2_958_465) return undefined;
  return new Date(EXCEL_EPOCH + value * DAY).toISOString().slice(0, 10);
}

/** A date `YYYY-MM-DD` as the Date a date cell holds (midnight UTC). */
export const dateCell = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
