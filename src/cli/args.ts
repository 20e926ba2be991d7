/// <reference types="node" />
// The shape every command shares: its flags, its help, how it talks to the terminal, and the two ways it fails.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import levenshtein from 'fast-levenshtein';
import { isIsoDate } from '../basics/dates.js';
import { coveredUntil, MINIMUM_WAGE_TABLE } from '../rules/tables.js';
import { CLI } from './messages.js';
import { EXCEL_CSV, type CsvOptions } from './table.js';

/**
 * How a command talks to the terminal; main.ts is the only implementation that touches stdout and stderr.
 * Text for people (`out`, `err`, `progress`) has its control characters made visible there; `data` is written as is.
 */
export interface Io {
  /** One line (or block) of the command's result on stdout, for people. */
  out(text: string): void;
  /** The command's result for a program (`--json`, `--csv`) on stdout, as given, with a line end unless it ends its own last line. */
  data(text: string): void;
  /** One line of diagnostics on stderr. */
  err(text: string): void;
  /** A transient status line on stderr, shown only when stderr is a terminal (or after `showProgress`); `''` clears it. */
  progress(text: string): void;
  /** `--progress`: progress lines even when stderr is not a terminal (one line each, a few a second at most). */
  showProgress?(): void;
  /** Today as 'YYYY-MM-DD' (UTC): the process's clock, read here at the boundary only (`report`'s default `--as-of`). */
  today(): string;
}

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;
export type Values = Readonly<Record<string, string | boolean | undefined>>;

export interface Command {
  readonly name: string;
  /** One line for `werkmatch --help`. */
  readonly summary: string;
  /** The usage line, without the leading `usage: `. */
  readonly usage: string;
  /** The flags explained, one per line. */
  readonly help: string;
  readonly options: OptionSpecs;
  run(values: Values, io: Io): Promise<number>;
}

/** Wrong arguments: exit code 2 with the command's usage line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Invalid input files: exit code 1; each line names a file, a line and a field. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly lines: readonly string[];
  constructor(lines: readonly string[]) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

/** Flags every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  stats: { type: 'boolean' },
  progress: { type: 'boolean' },
} as const satisfies OptionSpecs;

/** Flags of the commands that load candidates and vacancies. */
export const INPUT_OPTIONS = {
  candidates: { type: 'string' },
  vacancies: { type: 'string' },
  config: { type: 'string' },
  vocabulary: { type: 'string' },
  sheet: { type: 'string' },
  columns: { type: 'string' },
  encoding: { type: 'string' },
} as const satisfies OptionSpecs;

/** Flags of the commands that can also write a self-contained HTML report. */
export const HTML_REPORT_OPTIONS = {
  html: { type: 'string' },
  title: { type: 'string' },
  locale: { type: 'string' },
  json: { type: 'boolean' },
} as const satisfies OptionSpecs;

/** Flags of the commands that write CSV. */
export const CSV_OPTIONS = {
  csv: { type: 'boolean' },
  excel: { type: 'boolean' },
  'no-escape-formulas': { type: 'boolean' },
  xlsx: { type: 'string' },
} as const satisfies OptionSpecs;

export const CSV_HELP = [
  '  --xlsx OUT          also write the rows --csv gives as an .xlsx workbook (numbers as numbers)',
  '  --excel             the --csv output as Dutch Excel opens it: ; between cells, decimal comma, UTF-8 BOM, CRLF',
  "  --no-escape-formulas  with --csv or --excel: leave cells starting with = + - @ as they are (by default they get a leading ')",
].join('\n');

/** toCsv's options from the flags: `--excel` adds {@link EXCEL_CSV}. */
export const csvOptions = (values: Values): CsvOptions => ({ ...(values.excel === true ? EXCEL_CSV : {}), escapeFormulas: values['no-escape-formulas'] !== true });

export const INPUT_HELP = [
  '  --candidates FILE   candidates as .csv (, or ;), .json (an array), .ndjson or .xlsx',
  '  --vacancies FILE    vacancies, in the same formats',
  '  --sheet NAME        the sheet of an .xlsx file to read (default: the first)',
  '  --columns FILE      JSON { "header in the file": "field.path" } for headers that are not field names or their Dutch names',
  '  --encoding E        utf-8 or windows-1252 for .csv, .json and .ndjson (default: detected, and said when not UTF-8)',
  "  --config FILE       JSON configuration (createMatcher's second argument)",
  '  --vocabulary FILE   competences over the built-in vocabulary: ESCO skills CSV, or JSON, NDJSON or CSV of { id, label, synonyms, kind }',
].join('\n');

const NEGATIVE_NUMBER = /^-\d/;

/**
 * node's parseArgs, strict, with its errors turned into UsageError: a mistyped flag gets a did-you-mean,
 * and a negative number after a flag that takes a value is that value (`--limit -1`), so the flag's own
 * check can say what is wrong with it.
 */
export function parseCommandArgs(argv: readonly string[], options: OptionSpecs): Values {
  const all: OptionSpecs = { ...options, ...COMMON_OPTIONS };
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    const spec = arg.startsWith('--') ? all[arg.slice(2)] : undefined;
    if (spec?.type === 'string' && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      args.push(`${arg}=${next}`);
      i++;
    } else args.push(arg);
  }
  try {
    return parseArgs({ args, options: all, strict: true, allowPositionals: false }).values as Values;
  } catch (e) {
    if (!(e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) throw e;
    const unknown = e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-{1,2}[^']+)'/.exec(e.message)?.[1] : undefined;
    if (unknown === undefined) throw new UsageError(e.message);
    const flag = unknown.replace(/^-+/, '').split('=')[0]!;
    throw new UsageError(CLI.unknownFlag(flag, closestFlag(flag, Object.keys(all))));
  }
}

/** The known flag nearest to a mistyped one (at most two edits, or one for short names), if any. */
export function closestFlag(flag: string, known: readonly string[]): string | undefined {
  const limit = flag.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of known) {
    const d = levenshtein.get(flag.toLowerCase(), name.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && name < best)) {
      best = name;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

export function requiredString(values: Values, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(CLI.required(name));
  return v;
}

export function optionalString(values: Values, name: string): string | undefined {
  const v = values[name];
  if (v === '') throw new UsageError(CLI.empty(name));
  return typeof v === 'string' ? v : undefined;
}

/** Other spellings of a choice's values that people type: `NL`, `latin1`, `cp1252`, `utf8`. */
const CHOICE_ALIASES: Readonly<Record<string, string>> = {
  windows1252: 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  utf8: 'utf-8',
};

export function choice<T extends string>(values: Values, name: string, allowed: readonly T[], fallback: T): T {
  const v = optionalString(values, name);
  if (v === undefined) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  // Case does not matter, and the usual other names of an encoding mean it (Windows-1252 is what Latin-1 labels get).
  const lower = v.toLowerCase();
  const meant = Object.hasOwn(CHOICE_ALIASES, lower) ? CHOICE_ALIASES[lower]! : lower;
  if ((allowed as readonly string[]).includes(meant)) return meant as T;
  throw new UsageError(CLI.choice(name, allowed, v));
}

export function wholeNumber(values: Values, name: string, fallback: number, min: number): number {
  const v = optionalString(values, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < min) throw new UsageError(CLI.wholeNumber(name, min, v));
  return n;
}

export function unitNumber(values: Values, name: string): number | undefined {
  const v = optionalString(values, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d*\.?\d+$/.test(v) || !(n >= 0 && n <= 1)) throw new UsageError(CLI.unit(name, v));
  return n;
}

export function isoDate(values: Values, name: string): string | undefined {
  const v = optionalString(values, name);
  if (v !== undefined && !isIsoDate(v)) throw new UsageError(CLI.date(name, v));
  return v;
}

/** The newest date of the minimum-wage table: what the library takes when no date is given. */
export const NEWEST_WAGE_DATE = MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.effectiveFrom;

/** A date the minimum-wage table covers (subsidies and savings depend on it); outside it is a usage error. */
export function wageTableDate(values: Values, name: string): string | undefined {
  const date = isoDate(values, name);
  if (date === undefined) return undefined;
  const from = MINIMUM_WAGE_TABLE[0]!.effectiveFrom;
  const until = coveredUntil(MINIMUM_WAGE_TABLE);
  if (date < from || date > until) throw new UsageError(CLI.dateOutsideTable(name, date, from, until));
  return date;
}

/** `'table'` unless `--json`, `--csv` or `--excel` (one of them; `--excel` is CSV for Excel). */
export function outputFormat(values: Values, allowCsv = true): 'table' | 'json' | 'csv' {
  if (values.json === true && values.csv === true) throw new UsageError(CLI.jsonAndCsv);
  if (values.excel === true && (values.json === true || values.csv === true)) throw new UsageError(CLI.excelAnd(values.json === true ? 'json' : 'csv'));
  if (values.json === true) return 'json';
  if (allowCsv && (values.csv === true || values.excel === true)) return 'csv';
  return 'table';
}
