/// <reference types="node" />
// `werkmatch whatif`: the same caseload under several scenarios, compared with the first; optionally as an HTML report.
import { writeFile } from 'node:fs/promises';
import type { AssignFallback, AssignStrategy } from '../../assign/assign.js';
import type { MatchConfig } from '../../schema/config.js';
import { MatchError, type MatchIssue } from '../../basics/errors.js';
import { safeCreateMatcher } from '../../match/matcher.js';
import { compareScenarios, type ScenarioOptions, type ScenarioRow } from '../../whatif/compare.js';
import {
  CSV_HELP,
  CSV_OPTIONS,
  INPUT_HELP,
  INPUT_OPTIONS,
  InputError,
  choice,
  csvOptions,
  wageTableDate,
  NEWEST_WAGE_DATE,
  optionalString,
  outputFormat,
  requiredString,
  type Command,
  HTML_REPORT_OPTIONS,
} from '../args.js';
import { renderWhatIfHtml } from '../html.js';
import { describeIssue, issueLine, readConfigFile, readInputs, unreadable, writeXlsxOutput, xlsxPath, type Sources } from '../load.js';
import { numberFormats, CLI_LOCALES } from '../format.js';
import { CLI, CLI_TEXT, FILE, HEADERS } from '../messages.js';
import { count, counted, csvNumber, renderTable, toCsv } from '../table.js';

const STRATEGIES: readonly AssignStrategy[] = ['optimal', 'stable', 'greedy'];
const FALLBACKS: readonly AssignFallback[] = ['fill', 'when-none', 'off'];
const FIGURES = ['placements', 'fromHome', 'fromFallback', 'fromRegion', 'durableExpected', 'subsidyPerMonth', 'subsidyPerYear', 'notionalSavings', 'instrumentCosts', 'netResult'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface ScenarioFile {
  /** The scenarios whose shape is right, in file order. */
  readonly scenarios: Record<string, { config?: Record<string, unknown>; assign?: ScenarioOptions['assign'] }>;
  /** Everything wrong with the file's shape, as FILE field: message. */
  readonly problems: string[];
}

/** `{ "<name>": { "config": {…}, "assign": { strategy, minScore, fallback } } }`, checked key by key; configs are checked later. */
async function readScenarioFile(path: string): Promise<ScenarioFile> {
  const data = await readConfigFile(path).catch((e: unknown) => {
    if (e instanceof InputError && e.lines.length === 1 && e.lines[0]!.endsWith(FILE.configNotObject)) throw new InputError([issueLine(path, undefined, [], FILE.scenariosNotObject)]);
    throw e;
  });
  const problems: string[] = [];
  const scenarios: ScenarioFile['scenarios'] = {};
  const names = Object.keys(data);
  if (names.length === 0) problems.push(issueLine(path, undefined, [], FILE.scenariosEmpty));
  for (const name of names) {
    const s = data[name];
    if (!isObject(s)) {
      problems.push(issueLine(path, undefined, [name], FILE.scenarioNotObject));
      continue;
    }
    for (const key of Object.keys(s)) if (key !== 'config' && key !== 'assign') problems.push(issueLine(path, undefined, [name, key], FILE.scenarioUnknownKey(key)));
    const { config, assign } = s;
    if (config !== undefined && !isObject(config)) problems.push(issueLine(path, undefined, [name, 'config'], FILE.configNotObject));
    let checked: { strategy?: AssignStrategy; minScore?: number; fallback?: AssignFallback } | undefined;
    if (assign !== undefined) {
      if (!isObject(assign)) problems.push(issueLine(path, undefined, [name, 'assign'], FILE.scenarioNotObject));
      else {
        checked = {};
        for (const [key, value] of Object.entries(assign)) {
          const at = [name, 'assign', key];
          if (key === 'strategy') {
            if (STRATEGIES.includes(value as AssignStrategy)) checked.strategy = value as AssignStrategy;
            else problems.push(issueLine(path, undefined, at, FILE.assignChoice(key, STRATEGIES, value)));
          } else if (key === 'fallback') {
            if (FALLBACKS.includes(value as AssignFallback)) checked.fallback = value as AssignFallback;
            else problems.push(issueLine(path, undefined, at, FILE.assignChoice(key, FALLBACKS, value)));
          } else if (key === 'minScore') {
            if (typeof value === 'number' && value >= 0 && value <= 1) checked.minScore = value;
            else problems.push(issueLine(path, undefined, at, FILE.assignMinScore(value)));
          } else problems.push(issueLine(path, undefined, at, FILE.assignUnknownKey(key)));
        }
      }
    }
    scenarios[name] = { ...(isObject(config) ? { config } : {}), ...(checked ? { assign: checked } : {}) };
  }
  return { scenarios, problems };
}

/** A scenario's config over the base: fields replace the base's, except weights (merged) and vocabulary (appended). */
function mergeConfig(base: MatchConfig | undefined, own: Record<string, unknown> | undefined): MatchConfig | undefined {
  if (!own) return base;
  const merged: Record<string, unknown> = { ...base, ...own };
  if (isObject(base?.weights) && isObject(own.weights)) merged.weights = { ...base.weights, ...own.weights };
  if (Array.isArray(base?.vocabulary) && Array.isArray(own.vocabulary)) merged.vocabulary = [...base.vocabulary, ...(own.vocabulary as unknown[])];
  return merged as MatchConfig;
}

export const whatifCommand: Command = {
  name: 'whatif',
  summary: 'compare scenarios (configs, assignment options) on one caseload; --html for a report with charts',
  usage: 'werkmatch whatif --candidates FILE --vacancies FILE --scenarios FILE [--date YYYY-MM-DD] [--html OUT] [--title T] [--locale nl|en] [--json|--csv|--excel] [--xlsx OUT]',
  help: [
    INPUT_HELP,
    '  --scenarios FILE    JSON { "<name>": { "config": {…}, "assign": { "strategy", "minScore", "fallback" } } }, in order;',
    "                      the first is the baseline. A scenario's config goes over --config (weights merged, vocabulary appended)",
    '  --date D            start date of the placements (default: the newest minimum-wage table date);',
    '                      minimum wage, subsidy and notional savings depend on it',
    '  --html OUT          also write a self-contained HTML report (bar charts and tables, nothing loaded from the network)',
    "  --title T           the report's title",
    "  --locale L          language of the report, the table (headers, numbers) and zod's messages on bad input: nl (default) or en",
    '  --json              the rows as JSON',
    '  --csv               the key figures as CSV, one row per scenario',
    CSV_HELP,
  ].join('\n'),
  options: {
    ...INPUT_OPTIONS,
    scenarios: { type: 'string' },
    date: { type: 'string' },
    ...HTML_REPORT_OPTIONS,
    ...CSV_OPTIONS,
  },
  async run(values, io) {
    const format = outputFormat(values);
    const scenariosPath = requiredString(values, 'scenarios');
    const given = wageTableDate(values, 'date');
    const date = given ?? NEWEST_WAGE_DATE;
    if (given === undefined) io.err(CLI.defaultDate(date));
    const htmlPath = optionalString(values, 'html');
    const xlsx = xlsxPath(values);
    const title = optionalString(values, 'title');
    const locale = choice(values, 'locale', CLI_LOCALES, 'nl');

    const problems: string[] = [];
    const file = await readScenarioFile(scenariosPath).catch((e: unknown) => {
      if (!(e instanceof InputError)) throw e;
      problems.push(...e.lines);
      return undefined;
    });
    if (file) problems.push(...file.problems);
    const inputs = await readInputs(values, io).catch((e: unknown) => {
      if (!(e instanceof InputError)) throw e;
      throw new InputError([...problems, ...e.lines]);
    });
    if (!file) throw new InputError(problems);

    // Each scenario's config is checked on its own first, so a problem names the scenario it is in.
    const baseCheck = safeCreateMatcher({ candidates: [], vacancies: [] }, inputs.config);
    if (!baseCheck.success) throw new InputError(baseCheck.error.issues.map((i) => describeIssue(i, inputs.sources)));
    const scenarios: Record<string, ScenarioOptions> = {};
    const baseVocabulary = inputs.config?.vocabulary?.length ?? 0;
    for (const [name, s] of Object.entries(file.scenarios)) {
      const config = mergeConfig(inputs.config, s.config);
      const check = safeCreateMatcher({ candidates: [], vacancies: [] }, config);
      if (!check.success) {
        for (const issue of check.error.issues) {
          const [, field, at, ...rest] = issue.path;
          const path = field === 'vocabulary' && typeof at === 'number' ? ['config', field, at - baseVocabulary, ...rest] : issue.path;
          problems.push(issueLine(scenariosPath, undefined, [name, ...path], issue.message));
        }
      }
      scenarios[name] = { ...(config === undefined ? {} : { config }), ...(s.assign ? { assign: s.assign } : {}) };
    }
    if (problems.length > 0) throw new InputError(problems);

    io.progress(
      `comparing ${counted(Object.keys(scenarios).length, 'scenario', 'scenarios')} over ${counted(inputs.candidates.records.length, 'candidate', 'candidates')} and ${counted(inputs.vacancies.records.length, 'vacancy', 'vacancies')}`,
    );
    let rows: ScenarioRow[];
    try {
      rows = compareScenarios({ candidates: inputs.candidates.records, vacancies: inputs.vacancies.records }, scenarios, { date });
    } catch (e) {
      if (e instanceof MatchError) throw new InputError(e.issues.map((i: MatchIssue) => describeIssue(i, inputs.sources as Sources)));
      throw e;
    }
    io.progress('');

    if (htmlPath !== undefined) {
      const notes = [`${inputs.candidates.path}: ${count(inputs.candidates.records.length)} · ${inputs.vacancies.path}: ${count(inputs.vacancies.records.length)} · ${scenariosPath} · ${date}`];
      try {
        await writeFile(htmlPath, renderWhatIfHtml(rows, { notes, locale, ...(title === undefined ? {} : { title }) }));
      } catch (e) {
        throw unreadable(htmlPath, e);
      }
    }
    const header = ['scenario', ...FIGURES, 'openPositions', ...FIGURES.map((f) => `delta.${f}`)];
    const csvRows = () => rows.map((r) => [r.scenario, ...FIGURES.map((f) => csvNumber(r[f])), r.openPositions, ...FIGURES.map((f) => (r.delta ? csvNumber(r.delta[f]) : ''))]);
    await writeXlsxOutput(xlsx, io, header, xlsx === undefined ? [] : csvRows());
    if (format === 'json') {
      io.data(JSON.stringify({ date, scenarios: rows }, null, 2));
    } else if (format === 'csv') {
      io.data(toCsv(header, csvRows(), csvOptions(values)));
    } else {
      const h = HEADERS[locale];
      const fmt = numberFormats(locale);
      // The municipality's own instruments get a column only where a scenario's catalogue costs something.
      const costed = rows.some((r) => r.instrumentCosts !== 0);
      io.out(CLI_TEXT[locale].whatif(inputs.candidates.records.length, inputs.vacancies.records.length, fmt.count, date, rows[0]!.scenario));
      io.out('');
      io.out(
        renderTable(
          [
            { header: h.scenario },
            { header: h.placed, align: 'right' },
            { header: h.delta, align: 'right' },
            { header: h.home, align: 'right' },
            { header: h.fallback, align: 'right' },
            { header: h.region, align: 'right' },
            { header: h.durable, align: 'right' },
            { header: h.subsidyPerMonth, align: 'right' },
            { header: h.savings, align: 'right' },
            ...(costed ? [{ header: h.instruments, align: 'right' as const }] : []),
            { header: h.net, align: 'right' },
            { header: h.deltaNet, align: 'right' },
          ],
          rows.map((r) => [
            r.scenario,
            fmt.count(r.placements),
            r.delta === null ? '' : fmt.signedCount(r.delta.placements),
            fmt.count(r.fromHome),
            fmt.count(r.fromFallback),
            fmt.count(r.fromRegion),
            fmt.fixed(r.durableExpected, 1),
            fmt.euro(r.subsidyPerMonth),
            fmt.euro(r.notionalSavings),
            ...(costed ? [fmt.euro(r.instrumentCosts)] : []),
            fmt.euro(r.netResult),
            r.delta === null ? '' : fmt.signedEuro(r.delta.netResult),
          ]),
        ),
      );
      if (htmlPath !== undefined) io.out(`\n${CLI_TEXT[locale].reportWritten(htmlPath)}`);
    }
    return 0;
  },
};
