/// <reference types="node" />
// `werkmatch tune`: cross-validated weights from observed outcomes, with ranking metrics before and after, calibration
// and exposure per reporting group; a table, --json, or --html OUT with the curves.
import { CLI_LOCALES } from '../format.js';
import { writeFile } from 'node:fs/promises';
import { MatchError } from '../../basics/errors.js';
import { FACTORS } from '../../schema/config.js';
import { crossValidateWeights, type TuneOutcome, type WeightsCrossValidation } from '../../tune/crossval.js';
import { INPUT_HELP, INPUT_OPTIONS, InputError, UsageError, choice, isoDate, optionalString, requiredString, wholeNumber, type Command, HTML_REPORT_OPTIONS } from '../args.js';
import { buildMatcher, issueLine, readInputs, readRecordOptions, unreadable } from '../load.js';
import { CLI, CLI_TEXT } from '../messages.js';
import { checkPilotPath, readPilotFile } from '../pilot-files.js';
import { renderTable } from '../table.js';
import { renderTuneHtml, TUNE_TEXT, tuneNotes, tuneTables } from '../tune-html.js';

function l2Value(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text) || !Number.isFinite(n)) throw new UsageError(CLI.nonNegative('l2', text));
  return n;
}

export const tuneCommand: Command = {
  name: 'tune',
  summary: 'learn match weights from outcomes, cross-validated by vacancy: metrics before and after, calibration, exposure per group',
  usage: 'werkmatch tune --candidates FILE --vacancies FILE --outcomes FILE [--folds 5] [--seed N] [--k 10] [--l2 X] [--as-of D] [--html OUT] [--title T] [--locale nl|en] [--json]',
  help: [
    INPUT_HELP,
    '  --outcomes FILE     observed outcomes { vacancyId, candidateId, label: 0|1 } (1: placed, or: stayed) as .csv, .json, .ndjson or .xlsx;',
    '                      --sheet, --columns and --encoding apply to it as to the candidates and vacancies',
    '  --folds N           cross-validation folds, split by vacancy (default 5)',
    '  --seed N            seed of the split (default 1)',
    '  --k N               cut-off of precision@k, NDCG@k and exposure (default 10)',
    '  --l2 X              L2 penalty of the logistic fits (default 0; try 1 when a factor separates the outcomes)',
    '  --as-of D           count ages on this day (YYYY-MM-DD) to report exposure per age band too',
    '  --html OUT          also write a self-contained HTML report (ROC and reliability curves, exposure bars; nothing loaded)',
    "  --title T           the report's title",
    "  --locale L          language of the table, the report and zod's messages on bad input: nl (default) or en",
    '  --json              the whole cross-validation as JSON',
    '',
    'The fitted weights (all outcomes) are printed as a --config snippet when the outcomes identify them.',
  ].join('\n'),
  options: {
    ...INPUT_OPTIONS,
    outcomes: { type: 'string' },
    folds: { type: 'string' },
    seed: { type: 'string' },
    k: { type: 'string' },
    l2: { type: 'string' },
    'as-of': { type: 'string' },
    ...HTML_REPORT_OPTIONS,
  },
  async run(values, io) {
    const outcomesPath = checkPilotPath('--outcomes', requiredString(values, 'outcomes'));
    const folds = wholeNumber(values, 'folds', 5, 2);
    const seed = wholeNumber(values, 'seed', 1, 0);
    const k = wholeNumber(values, 'k', 10, 1);
    const l2 = l2Value(optionalString(values, 'l2'));
    const asOf = isoDate(values, 'as-of');
    const htmlPath = optionalString(values, 'html');
    const title = optionalString(values, 'title');
    const locale = choice(values, 'locale', CLI_LOCALES, 'nl');

    const problems: string[] = [];
    const outcomesFile = await readPilotFile(outcomesPath, 'outcomes', problems, await readRecordOptions(values));
    if (problems.length > 0) throw new InputError(problems);
    const inputs = await readInputs(values, io);
    const matcher = buildMatcher(inputs);
    const vacancies = new Set(outcomesFile.records.map((r) => (r as { vacancyId?: unknown }).vacancyId)).size;
    if (folds > vacancies) throw new UsageError(CLI.foldsOverVacancies(folds, vacancies, outcomesPath));

    let cv: WeightsCrossValidation;
    try {
      cv = crossValidateWeights(matcher, outcomesFile.records as TuneOutcome[], {
        folds,
        seed,
        k,
        ...(l2 === undefined ? {} : { l2 }),
        ...(asOf === undefined ? {} : { asOf }),
        candidates: inputs.candidates.records,
      });
    } catch (e) {
      if (!(e instanceof MatchError)) throw e;
      throw new InputError(
        e.issues.map((issue) => {
          const [, index, ...field] = issue.path;
          return typeof index === 'number' ? issueLine(outcomesPath, outcomesFile.lines[index], field, issue.message) : issueLine(outcomesPath, undefined, issue.path, issue.message);
        }),
      );
    }

    if (htmlPath !== undefined) {
      try {
        await writeFile(htmlPath, renderTuneHtml(cv, { title, locale, notes: [`${inputs.candidates.path} · ${inputs.vacancies.path} · ${outcomesPath}`] }));
      } catch (e) {
        throw unreadable(htmlPath, e);
      }
    }
    if (values.json === true) {
      io.data(JSON.stringify(cv, null, 2));
      return 0;
    }
    const t = TUNE_TEXT[locale];
    const tables = tuneTables(cv, locale);
    const right = (header: string, i: number) => ({ header, align: i === 0 ? ('left' as const) : ('right' as const) });
    for (const line of tuneNotes(cv, locale)) io.out(line);
    io.out('');
    io.out(t.weights);
    io.out(renderTable(t.weightHead.map(right), tables.weights));
    if (cv.fit.identified) {
      const weights = Object.fromEntries(FACTORS.map((f) => [f, Math.round(cv.fit.weights![f] * 1000) / 1000]));
      io.out(`${t.useWeights} ${JSON.stringify({ weights })}`);
    }
    io.out('');
    io.out(t.ranking(cv.k));
    io.out(renderTable(t.metricHead.map(right), tables.metrics));
    io.out('');
    io.out(t.calibration);
    io.out(tables.calibration ? renderTable(t.calibrationHead.map(right), tables.calibration) : t.noCalibration);
    if (tables.exposure.length > 0) {
      io.out('');
      io.out(t.exposure(cv.k));
      for (const e of tables.exposure) io.out(renderTable([e.dimension, ...t.exposureHead.slice(1)].map(right), e.rows));
    }
    if (htmlPath !== undefined) io.out(`\n${CLI_TEXT[locale].reportWritten(htmlPath)}`);
    return 0;
  },
};
