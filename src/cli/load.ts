/// <reference types="node" />
// Reading the files a command names, and saying where every problem is: FILE:LINE field: message.
import { readFile } from 'node:fs/promises';
import type { MatchConfig } from '../schema/config.js';
import { MatchError, type MatchIssue } from '../basics/errors.js';
import type { Locale } from '../basics/locale.js';
import { CLI_LOCALES } from './format.js';
import { createMatcher, type Matcher } from '../match/matcher.js';
import { streamRecords, type FileIssue, type StreamRecordsOptions } from '../node/files.js';
import { ISSUE } from '../node/messages.js';
import type { RecordOf } from '../node/records.js';
import { TEXT_ENCODINGS, decodeText, type ReadProgress, type TextEncoding } from '../node/text.js';
import { readVocabularyRows } from '../node/vocabulary.js';
import { InputError, UsageError, choice, optionalString, requiredString, type Io, type Values } from './args.js';
import { CLI, FILE } from './messages.js';
import { count, writeXlsx } from './table.js';

export type InputKind = 'candidates' | 'vacancies';

export interface RecordFile<K extends InputKind> {
  readonly path: string;
  readonly records: RecordOf[K][];
  /** `lines[i]` is the line where `records[i]` starts. */
  readonly lines: number[];
}

export interface VocabularyFile {
  readonly path: string;
  readonly entries: unknown[];
  /** The line where each entry starts. */
  readonly lines: (number | undefined)[];
}

export interface Inputs {
  readonly candidates: RecordFile<'candidates'>;
  readonly vacancies: RecordFile<'vacancies'>;
  /** The --config file with the --vocabulary entries appended to its `vocabulary`, and the `locale` of {@link inputLocale}; unvalidated until createMatcher. */
  readonly config: MatchConfig | undefined;
  readonly sources: Sources;
}

/** Where each part of a createMatcher input came from, to turn an issue path back into FILE:LINE. */
export interface Sources {
  readonly candidates?: RecordFile<'candidates'>;
  readonly vacancies?: RecordFile<'vacancies'>;
  readonly config?: string;
  readonly vocabulary?: VocabularyFile;
  /** Entries the config file itself holds before the vocabulary file's. */
  readonly vocabularyOffset?: number;
}

const RECORD_EXTENSIONS = /\.(csv|json|ndjson|jsonl|xlsx)$/i;
const TEXT_EXTENSIONS = /\.(csv|json|ndjson|jsonl)$/i;

/** `FILE:LINE field: message`, or `FILE: message` where there is no line or field. */
export function issueLine(file: string, line: number | undefined, field: readonly (string | number)[], message: string): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return field.length > 0 ? `${where} ${field.join('.')}: ${message}` : `${where}: ${message}`;
}

/** An issue of streamRecords: its path is `[kind, index, ...field]` for a row, `[kind]` for the file. */
export function fileIssueLine(file: string, issue: FileIssue): string {
  return issueLine(file, issue.line, typeof issue.path[1] === 'number' ? issue.path.slice(2) : issue.path.slice(1), issue.message);
}

/** A file-system error as one line (exit 1), anything else rethrown. */
export function unreadable(file: string, e: unknown): InputError {
  if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('E')) return new InputError([issueLine(file, undefined, [], FILE.unreadable(e.message))]);
  throw e;
}

/** `--xlsx OUT`, checked before any work is done: it must end in .xlsx. */
export function xlsxPath(values: Values): string | undefined {
  const path = optionalString(values, 'xlsx');
  if (path !== undefined && !/\.xlsx$/i.test(path)) throw new UsageError(CLI.extension('xlsx', path, '.xlsx'));
  return path;
}

/** Writes the rows --csv gives to `--xlsx OUT`, if given, and says so on stderr. */
export async function writeXlsxOutput(path: string | undefined, io: Io, header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): Promise<void> {
  if (path === undefined) return;
  try {
    await writeXlsx(path, header, rows);
  } catch (e) {
    throw unreadable(path, e);
  }
  io.err(issueLine(path, undefined, [], FILE.xlsxWritten(rows.length)));
}

/** Rejects a record file whose format cannot be told from its name (a usage error: nothing was read). */
export function checkRecordPath(flag: string, path: string): string {
  if (!RECORD_EXTENSIONS.test(path)) throw new UsageError(CLI.extension(flag, path, '.csv, .json, .ndjson, .jsonl or .xlsx'));
  return path;
}

/** How record files are read: --sheet, --columns (a JSON map read here), --encoding, and --locale for zod's messages. */
export type RecordReadOptions = Pick<StreamRecordsOptions<InputKind>, 'sheet' | 'columns' | 'encoding' | 'locale'>;

/**
 * The language of the messages of loading (zod's own, in the records and the config): --locale when given, else a valid
 * `locale` in the --config file, else nl (the command line's default).
 */
export function inputLocale(values: Values, config: MatchConfig | undefined): Locale {
  if (values.locale !== undefined) return choice<Locale>(values, 'locale', CLI_LOCALES, 'nl');
  const own = (config as { locale?: unknown } | undefined)?.locale;
  return own === 'en' || own === 'nl' ? own : 'nl';
}

/** The config createMatcher gets: the --locale flag wins over the file's `locale`; a file's invalid `locale` is left for createMatcher to name. */
export function withLocale(values: Values, config: MatchConfig | undefined): MatchConfig | undefined {
  const own = (config as { locale?: unknown } | undefined)?.locale;
  if (values.locale === undefined && own !== undefined) return config;
  return { ...config, locale: inputLocale(values, config) };
}

/** The reading flags of a command; a --columns file that cannot be read or is not a map is an InputError. */
export async function readRecordOptions(values: Values, config?: MatchConfig): Promise<RecordReadOptions> {
  const locale = inputLocale(values, config);
  const sheet = optionalString(values, 'sheet');
  const encoding = values.encoding === undefined ? undefined : choice<TextEncoding>(values, 'encoding', TEXT_ENCODINGS, 'utf-8');
  const columnsPath = optionalString(values, 'columns');
  let columns: Record<string, string> | undefined;
  if (columnsPath !== undefined) {
    const data = await readJson(columnsPath);
    if (!isObject(data) || Object.values(data).some((v) => typeof v !== 'string')) throw new InputError([issueLine(columnsPath, undefined, [], FILE.columnsFile)]);
    columns = data as Record<string, string>;
  }
  return { locale, ...(sheet === undefined ? {} : { sheet }), ...(encoding === undefined ? {} : { encoding }), ...(columns === undefined ? {} : { columns }) };
}

const MB = 1_000_000;

/** `reading FILE: 12,000 rows, 4.1 of 10.0 MB (41%)`, or `1,200 of 5,000 rows (24%)` where rows are what is counted. */
export function progressText(path: string, rows: number, progress: ReadProgress | undefined): string {
  if (progress === undefined || progress.total === 0) return `reading ${path}: ${count(rows)} rows`;
  const percent = Math.floor((100 * progress.done) / progress.total);
  if (progress.unit === 'rows') return `reading ${path}: ${count(progress.done)} of ${count(progress.total)} rows (${percent}%)`;
  return `reading ${path}: ${count(rows)} rows, ${(progress.done / MB).toFixed(1)} of ${(progress.total / MB).toFixed(1)} MB (${percent}%)`;
}

/** streamRecords' options for a command: the reading flags, the encoding said on stderr when it is not plain UTF-8, and progress. */
export function streamOptions<K extends InputKind>(path: string, kind: K, options: RecordReadOptions, io: Io, onProgress: (progress: ReadProgress) => void): StreamRecordsOptions<K> {
  return {
    ...options,
    kind,
    onProgress,
    onEncoding: (encoding) => {
      if (TEXT_EXTENSIONS.test(path) && (encoding !== 'utf-8' || options.encoding !== undefined)) io.err(issueLine(path, undefined, [], FILE.encodingUsed(encoding, options.encoding !== undefined)));
    },
  };
}

/** Reads and validates a whole candidate or vacancy file, with duplicate ids; every problem goes to `problems`. */
export async function readRecordFile<K extends InputKind>(path: string, kind: K, io: Io, problems: string[], options: RecordReadOptions = {}): Promise<RecordFile<K>> {
  const records: RecordOf[K][] = [];
  const lines: number[] = [];
  const firstLine = new Map<string, number>();
  let rows = 0;
  const onProgress = (progress: ReadProgress) => {
    if (progress.unit === 'bytes' || progress.done % 500 === 0 || progress.done === progress.total) io.progress(progressText(path, rows, progress));
  };
  try {
    for await (const item of streamRecords(path, streamOptions(path, kind, options, io, onProgress))) {
      rows++;
      if ('issues' in item) {
        for (const issue of item.issues) problems.push(fileIssueLine(path, issue));
        continue;
      }
      const id = (item.record as { id: string }).id;
      const first = firstLine.get(id);
      if (first !== undefined) {
        problems.push(issueLine(path, item.line, ['id'], ISSUE.duplicateId(kind, id, first)));
        continue;
      }
      firstLine.set(id, item.line);
      records.push(item.record);
      lines.push(item.line);
    }
  } catch (e) {
    problems.push(...unreadable(path, e).lines);
  }
  io.progress('');
  return { path, records, lines };
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = decodeText(await readFile(path)).text;
  } catch (e) {
    throw unreadable(path, e);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new InputError([issueLine(path, undefined, [], FILE.json((e as Error).message))]);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON configuration file: one object, checked by createMatcher later. */
export async function readConfigFile(path: string): Promise<Record<string, unknown>> {
  const data = await readJson(path);
  if (!isObject(data)) throw new InputError([issueLine(path, undefined, [], FILE.configNotObject)]);
  return data;
}

/** Vocabulary entries as readVocabulary reads them (plain `{ id, label, synonyms, kind }` or ESCO CSV), left for createMatcher to check. */
export async function readVocabularyFile(path: string, encoding?: TextEncoding): Promise<VocabularyFile> {
  if (!RECORD_EXTENSIONS.test(path)) throw new UsageError(CLI.extension('vocabulary', path, '.json, .ndjson, .jsonl or .csv'));
  let read: Awaited<ReturnType<typeof readVocabularyRows>>;
  try {
    read = await readVocabularyRows(path, 'readVocabulary', encoding);
  } catch (e) {
    throw unreadable(path, e);
  }
  if (read.issues.length > 0) throw new InputError(read.issues.map((issue) => fileIssueLine(path, issue)));
  return { path, entries: read.rows.map((r) => r.value), lines: read.rows.map((r) => r.line) };
}

/** The --config and --vocabulary files as one configuration (vocabulary entries appended), and where they came from. */
export async function readConfiguration(values: Values): Promise<{ config: MatchConfig | undefined; sources: Pick<Sources, 'config' | 'vocabulary' | 'vocabularyOffset'> }> {
  const configPath = optionalString(values, 'config');
  const vocabularyPath = optionalString(values, 'vocabulary');
  const problems: string[] = [];
  const attempt = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(...e.lines);
      return undefined;
    }
  };
  const config = configPath === undefined ? undefined : await attempt(() => readConfigFile(configPath));
  // The vocabulary's encoding is its own (an ESCO export is UTF-8 whatever the caseload is): detected, not --encoding.
  const vocabulary = vocabularyPath === undefined ? undefined : await attempt(() => readVocabularyFile(vocabularyPath));
  if (problems.length > 0) throw new InputError(problems);
  const own = config?.vocabulary;
  const offset = Array.isArray(own) ? own.length : 0;
  let merged: Record<string, unknown> | undefined = config;
  // A vocabulary that is not a list is left as it is, so createMatcher names it.
  if (vocabulary && (own === undefined || Array.isArray(own))) merged = { ...config, vocabulary: [...((own as unknown[] | undefined) ?? []), ...vocabulary.entries] };
  const sources = {
    ...(configPath === undefined ? {} : { config: configPath }),
    ...(vocabulary ? { vocabulary, vocabularyOffset: offset } : {}),
  };
  return { config: merged as MatchConfig | undefined, sources };
}

/** Reads --candidates, --vacancies, --config and --vocabulary; every problem of every file in one InputError. */
export async function readInputs(values: Values, io: Io): Promise<Inputs> {
  const candidatesPath = checkRecordPath('candidates', requiredString(values, 'candidates'));
  const vacanciesPath = checkRecordPath('vacancies', requiredString(values, 'vacancies'));
  const problems: string[] = [];
  let configuration: Awaited<ReturnType<typeof readConfiguration>> | undefined;
  let options: RecordReadOptions = {};
  try {
    configuration = await readConfiguration(values);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problems.push(...e.lines);
  }
  try {
    options = await readRecordOptions(values, configuration?.config);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problems.push(...e.lines);
    options = { locale: inputLocale(values, configuration?.config) };
  }
  const candidates = await readRecordFile(candidatesPath, 'candidates', io, problems, options);
  const vacancies = await readRecordFile(vacanciesPath, 'vacancies', io, problems, options);
  if (problems.length > 0 || !configuration) throw new InputError(problems);
  return { candidates, vacancies, config: withLocale(values, configuration.config), sources: { ...configuration.sources, candidates, vacancies } };
}

/** An issue of createMatcher (or of anything that calls it) as `FILE:LINE field: message`. */
export function describeIssue(issue: MatchIssue, sources: Sources): string {
  const [head, index, ...rest] = issue.path;
  if ((head === 'candidates' || head === 'vacancies') && typeof index === 'number') {
    const file = sources[head];
    if (file) return issueLine(file.path, file.lines[index], rest, issue.message);
  }
  if (head === 'config') {
    const field = issue.path.slice(1);
    const at = field[1];
    const offset = sources.vocabularyOffset ?? 0;
    if (field[0] === 'vocabulary' && typeof at === 'number' && sources.vocabulary && at >= offset) {
      const line = sources.vocabulary.lines[at - offset];
      return issueLine(sources.vocabulary.path, line, line === undefined ? [at - offset, ...field.slice(2)] : field.slice(2), issue.message);
    }
    return issueLine(sources.config ?? '(config)', undefined, field, issue.message);
  }
  return issueLine('(input)', undefined, issue.path, issue.message);
}

/** createMatcher over the files read, with its issues (if any) pointing back into those files. */
export function buildMatcher(inputs: Inputs): Matcher {
  try {
    return createMatcher({ candidates: inputs.candidates.records, vacancies: inputs.vacancies.records }, inputs.config);
  } catch (e) {
    if (e instanceof MatchError) throw new InputError(e.issues.map((i) => describeIssue(i, inputs.sources)));
    throw e;
  }
}
