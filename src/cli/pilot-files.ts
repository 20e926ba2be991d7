/// <reference types="node" />
// Reading the pilot's files (placements, employers, contacts) as plain records with the line each starts on; the
// library checks the records themselves, so a problem found there can still be pointed back to FILE:LINE.
import { readFile } from 'node:fs/promises';
import { CsvSplitter, detectDelimiter, unescapeFormula } from '../node/csv.js';
import { elementLines, lineAt } from '../node/files.js';
import { UsageError } from './args.js';
import { issueLine, unreadable } from './load.js';
import { CLI, FILE } from './messages.js';

export type PilotFileKind = 'placements' | 'employers' | 'contacts';

export interface PilotFile {
  readonly path: string;
  readonly records: unknown[];
  /** `lines[i]` is the line where `records[i]` starts. */
  readonly lines: number[];
}

const FORMAT = /\.(csv|json|ndjson|jsonl)$/i;
const NUMBERS: ReadonlySet<string> = new Set(['hoursPerWeek']);
const BOOLEANS: ReadonlySet<string> = new Set(['whiteSpot', 'fullTime']);
const LISTS: ReadonlySet<string> = new Set(['targetGroups']);
const TRUE = new Set(['true', 'ja', 'yes', '1']);
const FALSE = new Set(['false', 'nee', 'no', '0']);

/** Rejects a pilot file whose format cannot be told from its name (a usage error: nothing was read). */
export function checkPilotPath(flag: string, path: string): string {
  if (!FORMAT.test(path)) throw new UsageError(CLI.extension(flag, path, '.csv, .json, .ndjson or .jsonl'));
  return path;
}

/** One CSV cell as a record field: numbers and yes/no where the field is one, lists split on `|`; a value that does not fit stays text for the library to name. */
function cellValue(field: string, cell: string): unknown {
  const text = unescapeFormula(cell.trim());
  if (NUMBERS.has(field) && /^-?\d+([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  if (BOOLEANS.has(field) && TRUE.has(text.toLowerCase())) return true;
  if (BOOLEANS.has(field) && FALSE.has(text.toLowerCase())) return false;
  if (LISTS.has(field)) return text.split('|').map((s) => s.trim());
  return text;
}

function csvRecords(path: string, text: string, problems: string[]): PilotFile {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const rows = new CsvSplitter(detectDelimiter(firstLine)).push(text, true);
  const records: unknown[] = [];
  const lines: number[] = [];
  const [head, ...body] = rows;
  if (head === undefined) return { path, records, lines };
  if ('error' in head) {
    problems.push(issueLine(path, head.line, [], head.error));
    return { path, records, lines };
  }
  const header = head.fields.map((f) => f.trim());
  for (const row of body) {
    if ('error' in row) {
      problems.push(issueLine(path, row.line, [], row.error));
      continue;
    }
    const record: Record<string, unknown> = {};
    header.forEach((field, i) => {
      const cell = row.fields[i];
      if (field !== '' && cell !== undefined && cell.trim() !== '') record[field] = cellValue(field, cell);
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

/** A pilot file read whole (pilot files are small); every problem with its shape goes to `problems`. */
export async function readPilotFile(path: string, kind: PilotFileKind, problems: string[]): Promise<PilotFile> {
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (e) {
    problems.push(...unreadable(path, e).lines);
    return { path, records: [], lines: [] };
  }
  if (/\.csv$/i.test(path)) return csvRecords(path, text, problems);
  if (/\.json$/i.test(path)) return jsonRecords(path, text, kind, problems);
  return ndjsonRecords(path, text, problems);
}
