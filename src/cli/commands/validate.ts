/// <reference types="node" />
// `werkmatch validate`: streams each file once, so a million rows stay in bounded memory; every bad row on stderr.
import sumBy from 'lodash/sumBy.js';
import { safeCreateMatcher } from '../../match/matcher.js';
import { streamRecords } from '../../node/files.js';
import { ISSUE } from '../../node/messages.js';
import { InputError, INPUT_HELP, INPUT_OPTIONS, UsageError, choice, outputFormat, optionalString, type Command, type Io, type Values } from '../args.js';
import type { ReadProgress } from '../../node/text.js';
import type { MatchConfig } from '../../schema/config.js';
import {
  checkRecordPath,
  describeIssue,
  fileIssueLine,
  issueLine,
  progressText,
  readConfiguration,
  readRecordOptions,
  withLocale,
  streamOptions,
  unreadable,
  type InputKind,
  type RecordReadOptions,
} from '../load.js';
import { CLI_LOCALES, numberFormats } from '../format.js';
import { CLI, CLI_TEXT, HEADERS } from '../messages.js';
import { count, counted, renderTable } from '../table.js';

export interface FileSummary {
  readonly path: string;
  readonly kind: InputKind | 'config' | 'vocabulary';
  /** Data rows (records, or vocabulary entries; 1 for a config file). */
  readonly rows: number;
  readonly valid: number;
  readonly invalid: number;
  /** Problems reported; a row can have several. */
  readonly issues: number;
}

/** cyrb53: a 53-bit string hash, exact in a float64, so ids can be kept as 8 bytes each instead of as strings. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The hashes of every id seen, in a growing Float64Array. */
class HashList {
  private data = new Float64Array(4096);
  private size = 0;
  push(h: number): void {
    if (this.size === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.size++] = h;
  }
  /** The hashes seen more than once (in place: the list is spent afterwards). */
  repeated(): Set<number> {
    const sorted = this.data.subarray(0, this.size).sort();
    const out = new Set<number>();
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) out.add(sorted[i]!);
    return out;
  }
}

/**
 * Validates one record file row by row. Duplicate ids are found with 8 bytes per row (a hash of each id); only when
 * two hashes collide is the file read a second time to compare the ids themselves and name the lines.
 */
async function validateRecordFile(path: string, kind: InputKind, io: Io, options: RecordReadOptions): Promise<FileSummary> {
  let rows = 0;
  let invalid = 0;
  let issues = 0;
  const hashes = new HashList();
  const onProgress = (progress: ReadProgress) => {
    if (progress.unit === 'bytes' || progress.done % 500 === 0 || progress.done === progress.total)
      io.progress(`${progressText(path, rows, progress).replace(/^reading/, 'validating')}, ${counted(issues, 'issue', 'issues')}`);
  };
  const label = (pass: string) => `validating ${path}${pass}: ${counted(rows, 'row', 'rows')}, ${counted(issues, 'issue', 'issues')}`;
  try {
    for await (const item of streamRecords(path, streamOptions(path, kind, options, io, onProgress))) {
      if ('issues' in item) {
        if (item.index !== undefined) invalid++;
        issues += item.issues.length;
        for (const issue of item.issues) io.err(fileIssueLine(path, issue));
      } else hashes.push(hash53((item.record as { id: string }).id));
      if (item.index !== undefined) rows++;
    }
    const repeated = hashes.repeated();
    if (repeated.size > 0) {
      const firstLine = new Map<string, number>();
      let seen = 0;
      for await (const item of streamRecords(path, { ...options, kind })) {
        if (++seen % 1000 === 0) io.progress(`${label(' (duplicate ids)')}, ${count(seen)} read again`);
        if (!('record' in item)) continue;
        const id = (item.record as { id: string }).id;
        if (!repeated.has(hash53(id))) continue;
        const first = firstLine.get(id);
        if (first === undefined) firstLine.set(id, item.line);
        else {
          invalid++;
          issues++;
          io.err(issueLine(path, item.line, ['id'], ISSUE.duplicateId(kind, id, first)));
        }
      }
    }
  } catch (e) {
    for (const line of unreadable(path, e).lines) io.err(line);
    issues++;
  }
  io.progress('');
  return { path, kind, rows, valid: rows - invalid, invalid, issues };
}

/** The config and vocabulary files, checked exactly as createMatcher checks them (in the locale of --locale or the config); the config read, if any. */
async function validateConfiguration(values: Values, io: Io): Promise<{ files: FileSummary[]; config?: MatchConfig | undefined }> {
  const configPath = optionalString(values, 'config');
  const vocabularyPath = optionalString(values, 'vocabulary');
  if (configPath === undefined && vocabularyPath === undefined) return { files: [] };
  let configuration: Awaited<ReturnType<typeof readConfiguration>>;
  try {
    configuration = await readConfiguration(values);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    for (const line of e.lines) io.err(line);
    const failed = (path: string, kind: 'config' | 'vocabulary'): FileSummary => {
      const n = e.lines.filter((l) => l.startsWith(path)).length;
      return { path, kind, rows: n > 0 ? 0 : 1, valid: n > 0 ? 0 : 1, invalid: n > 0 ? 1 : 0, issues: n };
    };
    return { files: [...(configPath === undefined ? [] : [failed(configPath, 'config')]), ...(vocabularyPath === undefined ? [] : [failed(vocabularyPath, 'vocabulary')])] };
  }
  const { config, sources } = configuration;
  const result = safeCreateMatcher({ candidates: [], vacancies: [] }, withLocale(values, config));
  const issues = result.success ? [] : result.error.issues;
  const offset = sources.vocabularyOffset ?? 0;
  const inVocabulary = (i: (typeof issues)[number]) => sources.vocabulary !== undefined && i.path[1] === 'vocabulary' && typeof i.path[2] === 'number' && i.path[2] >= offset;
  for (const issue of issues) io.err(describeIssue(issue, sources));
  const summaries: FileSummary[] = [];
  if (configPath !== undefined) {
    const n = issues.filter((i) => !inVocabulary(i)).length;
    summaries.push({ path: configPath, kind: 'config', rows: 1, valid: n > 0 ? 0 : 1, invalid: n > 0 ? 1 : 0, issues: n });
  }
  if (sources.vocabulary) {
    const own = issues.filter(inVocabulary);
    const badEntries = new Set(own.map((i) => i.path[2])).size;
    const rows = sources.vocabulary.entries.length;
    summaries.push({ path: sources.vocabulary.path, kind: 'vocabulary', rows, valid: rows - badEntries, invalid: badEntries, issues: own.length });
  }
  return { files: summaries, config };
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check input files row by row (streamed: any size) and report every bad row',
  usage: 'werkmatch validate [--candidates FILE] [--vacancies FILE] [--config FILE] [--vocabulary FILE] [--locale nl|en] [--json]',
  help: [
    INPUT_HELP,
    "  --locale L          language of the table (headers, numbers) and of zod's messages on bad rows: nl (default) or en",
    '  --json              the summary as JSON on stdout',
    '',
    'Each bad row goes to stderr as FILE:LINE field: message; the summary to stdout. Exit code 1 if anything is invalid.',
    'Records are checked one by one as createMatcher checks them (schema, municipality, duplicate ids).',
  ].join('\n'),
  options: { ...INPUT_OPTIONS, locale: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const format = outputFormat(values, false);
    const locale = choice(values, 'locale', CLI_LOCALES, 'nl');
    const candidates = optionalString(values, 'candidates');
    const vacancies = optionalString(values, 'vacancies');
    if (candidates === undefined && vacancies === undefined && values.config === undefined && values.vocabulary === undefined) {
      throw new UsageError(CLI.atLeastOne(['candidates', 'vacancies', 'config', 'vocabulary']));
    }
    if (candidates !== undefined) checkRecordPath('candidates', candidates);
    if (vacancies !== undefined) checkRecordPath('vacancies', vacancies);
    const files: FileSummary[] = [];
    const configuration = await validateConfiguration(values, io);
    files.push(...configuration.files);
    const options = await readRecordOptions(values, configuration.config);
    if (candidates !== undefined) files.push(await validateRecordFile(candidates, 'candidates', io, options));
    if (vacancies !== undefined) files.push(await validateRecordFile(vacancies, 'vacancies', io, options));
    const issues = sumBy(files, 'issues');
    if (format === 'json') {
      io.data(JSON.stringify({ valid: issues === 0, issues, files }, null, 2));
    } else {
      const h = HEADERS[locale];
      const n = numberFormats(locale).count;
      io.out(
        renderTable(
          [
            { header: h.file },
            { header: h.kind },
            { header: h.rows, align: 'right' },
            { header: h.valid, align: 'right' },
            { header: h.invalid, align: 'right' },
            { header: h.issues, align: 'right' },
          ],
          files.map((f) => [f.path, CLI_TEXT[locale].kinds[f.kind], n(f.rows), n(f.valid), n(f.invalid), n(f.issues)]),
        ),
      );
      io.out(issues === 0 ? CLI_TEXT[locale].allValid : CLI_TEXT[locale].issuesOnStderr(n(issues), issues === 1));
    }
    return issues === 0 ? 0 : 1;
  },
};
