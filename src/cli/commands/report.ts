/// <reference types="node" />
// `werkmatch report`: a pilot's indicators at each evaluation checkpoint, its money and its employer pipeline; optionally as HTML.
import { CLI_LOCALES } from '../format.js';
import { writeFile } from 'node:fs/promises';
import { MatchError, type MatchIssue } from '../../basics/errors.js';
import { TARGET_GROUPS } from '../../basics/sectors.js';
import type { EmployerContact, PilotEmployer, PilotPlacement } from '../../rules/pilot.js';
import { type Pipeline, pipeline, type PipelineVacancy } from '../../rules/pipeline.js';
import type { PilotCostRole } from '../../rules/money.js';
import { PERSPECTIVES } from '../../basics/perspectives.js';
import { pilotReport } from '../../rules/report-home.js';
import { CSV_HELP, CSV_OPTIONS, choice, csvOptions, isoDate, optionalString, outputFormat, requiredString, UsageError, InputError, type Command, type Values, HTML_REPORT_OPTIONS } from '../args.js';
import { issueLine, readRecordOptions, unreadable, writeXlsxOutput, xlsxPath } from '../load.js';
import { CLI, CLI_TEXT } from '../messages.js';
import { indicatorRows, moneyRows, PILOT_TEXT, pilotFormat, type PilotReportOutput, rateLine, renderPilotHtml, STAGES } from '../pilot-html.js';
import { checkPilotPath, type PilotFile, type PilotFileKind, readPilotFile } from '../pilot-files.js';
import { csvNumber, renderTable, toCsv } from '../table.js';

const FILES = ['placements', 'employers', 'contacts'] as const satisfies readonly PilotFileKind[];
// Euros with a decimal point (77882.18) or as Dutch write them (77882,18 or 77.882,18); a point before exactly three
// digits and no comma (77.882) could be either, and is refused.
const NUMBER = /^\d+(\.\d+)?$/;
const DUTCH_EUROS = /^(\d{1,3}(\.\d{3})+|\d+),\d{1,2}$|^\d{1,3}(\.\d{3})+$/;
const AMBIGUOUS = /^\d{1,3}\.\d{3}$/;
// The report's own fields, named by the flag that gave them.
const FLAGS: Readonly<Record<string, string>> = { pilotStart: '--pilot-start', pilotEnd: '--pilot-end', homeMunicipality: '--home', costs: '--costs' };
const COUNTS = [
  'placements',
  'placementsFromHome',
  'durablePlacements',
  'durablePlacementsFromHome',
  'pendingPlacements',
  'endedEarlyPlacements',
  'stillEmployed',
  'stillEmployedFromHome',
  'partTimeShare',
  'placementsWithoutHours',
  'jobUnits',
  'placementsWithoutTargetGroup',
  'placementsWithoutPerspective',
  'whiteSpotEmployersApproached',
  'whiteSpotContactVisits',
  'whiteSpotEmployersVisited',
  'whiteSpotEmployersWithPlacement',
] as const;

function requiredDate(values: Values, name: string): string {
  requiredString(values, name);
  return isoDate(values, name)!;
}

/** `--costs`: a sum in euros, or a file of roles (`name` or `role`, `hours`, `rate`) as .json, .ndjson or .csv. */
function costsFlag(values: Values, name: string): number | { file: string } | undefined {
  const v = optionalString(values, name);
  if (v === undefined) return undefined;
  if (/\.(csv|json|ndjson|jsonl)$/i.test(v)) return { file: v };
  if (AMBIGUOUS.test(v) || !(NUMBER.test(v) || DUTCH_EUROS.test(v))) throw new UsageError(CLI.euros(name, v));
  const n = NUMBER.test(v) ? Number(v) : Number(v.replace(/\./g, '').replace(',', '.'));
  if (!Number.isFinite(n)) throw new UsageError(CLI.euros(name, v));
  return n;
}

/** Cost rows as pilotReport's roles: a `role` column is read as `name`. */
function costRoles(records: readonly unknown[]): unknown[] {
  return records.map((r) => {
    if (typeof r !== 'object' || r === null || Array.isArray(r) || !('role' in r) || 'name' in r) return r;
    const { role, ...rest } = r as Record<string, unknown>;
    return { name: role, ...rest };
  });
}

/** A MatchError issue of pilotReport or pipeline as `FILE:LINE field: message`, or `--flag: message` for the report's own fields. */
function describePilotIssue(issue: MatchIssue, files: Readonly<Partial<Record<PilotFileKind, PilotFile>>>): string {
  const [head, index, ...rest] = issue.path;
  const costs = files.costs;
  if (head === 'costs' && index === 'roles' && costs !== undefined) {
    const [i, ...field] = rest;
    return typeof i === 'number' ? issueLine(costs.path, costs.lines[i], field, issue.message) : issueLine(costs.path, undefined, rest, issue.message);
  }
  const file = head === 'placements' || head === 'employers' || head === 'contacts' || head === 'vacancies' ? files[head] : undefined;
  if (file !== undefined && typeof index === 'number') return issueLine(file.path, file.lines[index], rest, issue.message);
  if (typeof head === 'string' && head in FLAGS) return issueLine(FLAGS[head]!, undefined, issue.path.slice(1), issue.message);
  if (file !== undefined) return issueLine(file.path, undefined, issue.path.slice(1), issue.message);
  return issueLine('(input)', undefined, issue.path, issue.message);
}

export const reportCommand: Command = {
  name: 'report',
  summary: "a pilot's indicators per evaluation checkpoint, its money and its employer pipeline; --html for a report with charts",
  usage:
    'werkmatch report --placements FILE --employers FILE --contacts FILE --pilot-start D --pilot-end D --home MUNICIPALITY [--costs N|FILE] [--vacancies FILE] [--as-of D] [--sheet NAME] [--columns FILE] [--encoding E] [--html OUT] [--title T] [--locale nl|en] [--json|--csv|--excel]',
  help: [
    '  --placements FILE   pilot placements { candidateId, employerId, municipality, start, end?, hoursPerWeek?, targetGroups?, perspective?,',
    '                      contracts?, fullTime? }',
    '                      as .json (an array), .ndjson or .csv (flat fields, targetGroups joined by |, no contracts)',
    '  --employers FILE    employers { id, whiteSpot? }, in the same formats',
    '  --contacts FILE     contacts { employerId, date, kind: approach|appointment|visit (or aangeschreven, contactafspraak,',
    '                      contactbezoek) }, in the same formats',
    "  --pilot-start D     the pilot's first day, YYYY-MM-DD",
    "  --pilot-end D       the pilot's last day, YYYY-MM-DD",
    "  --home M            the pilot's municipality: CBS code (GM0575) or name",
    '  --costs N|FILE      programme costs: a sum in euros (default 0), or a file of roles { name (or role), hours, rate }',
    '                      as .json, .ndjson or .csv, costed as hours × rate (Noordwijk: 1,600 h, € 77.882,18)',
    "  --vacancies FILE    vacancies { employerId, date } for the pipeline's vacancy stage (without it the stage counts only employers with a placement: a later stage counts in every earlier one)",
    '  --sheet NAME        the sheet of the .xlsx pilot files to read (default: the first)',
    '  --columns FILE      JSON { "header in the file": "field" } for headers that are not field names or their Dutch names,',
    '                      or "-" to leave a column out on purpose',
    '  --encoding E        utf-8 or windows-1252 for .csv, .json and .ndjson (default: detected)',
    '  --as-of D           the day the files describe (default: today): a checkpoint after it shows "nog niet bereikt",',
    '                      not a projection of its figures (--excel and --xlsx leave its cells empty; the JSON and CSV keep',
    '                      them, with reached: false)',
    '  --html OUT          also write a self-contained HTML report (SVG charts, nothing loaded from the network)',
    "  --title T           the report's title",
    '  --locale L          language of the table and the report: nl (default) or en',
    '  --json              { checkpoints, money, pipeline } as JSON',
    '  --csv               the indicators as CSV, one row per checkpoint',
    CSV_HELP,
  ].join('\n'),
  options: {
    placements: { type: 'string' },
    employers: { type: 'string' },
    contacts: { type: 'string' },
    'pilot-start': { type: 'string' },
    'pilot-end': { type: 'string' },
    home: { type: 'string' },
    costs: { type: 'string' },
    vacancies: { type: 'string' },
    'as-of': { type: 'string' },
    sheet: { type: 'string' },
    columns: { type: 'string' },
    encoding: { type: 'string' },
    ...HTML_REPORT_OPTIONS,
    ...CSV_OPTIONS,
  },
  async run(values, io) {
    const format = outputFormat(values);
    const paths = Object.fromEntries(FILES.map((kind) => [kind, checkPilotPath(kind, requiredString(values, kind))])) as Record<(typeof FILES)[number], string>;
    const pilotStart = requiredDate(values, 'pilot-start');
    const pilotEnd = requiredDate(values, 'pilot-end');
    const home = requiredString(values, 'home');
    const costsGiven = costsFlag(values, 'costs');
    const vacanciesPath = optionalString(values, 'vacancies');
    if (vacanciesPath !== undefined) checkPilotPath('vacancies', vacanciesPath);
    const htmlPath = optionalString(values, 'html');
    const xlsx = xlsxPath(values);
    const title = optionalString(values, 'title');
    const locale = choice(values, 'locale', CLI_LOCALES, 'nl');
    // Time is a parameter: --as-of, else the day the command runs (the Io's clock).
    const asOf = isoDate(values, 'as-of') ?? io.today();

    const problems: string[] = [];
    const files = {} as Record<(typeof FILES)[number], PilotFile>;
    // --sheet, --columns and --encoding apply to every pilot file, as to the record files of the other commands.
    const read = await readRecordOptions(values);
    for (const kind of FILES) files[kind] = await readPilotFile(paths[kind], kind, problems, read);
    const extra: Partial<Record<PilotFileKind, PilotFile>> = {};
    if (vacanciesPath !== undefined) extra.vacancies = await readPilotFile(vacanciesPath, 'vacancies', problems, read);
    if (typeof costsGiven === 'object') extra.costs = await readPilotFile(costsGiven.file, 'costs', problems, read);
    if (problems.length > 0) throw new InputError(problems);
    const costs = typeof costsGiven === 'object' ? { roles: costRoles(extra.costs!.records) as unknown as PilotCostRole[] } : costsGiven;
    const vacancies = extra.vacancies?.records as PipelineVacancy[] | undefined;

    const placements = files.placements.records as PilotPlacement[];
    const employers = files.employers.records as PilotEmployer[];
    const contacts = files.contacts.records as EmployerContact[];
    let report: PilotReportOutput & { readonly whiteSpotPipeline: Pipeline };
    try {
      const { checkpoints, money } = pilotReport({ placements, employers, contacts, pilotStart, pilotEnd, homeMunicipality: home, asOf, ...(costs === undefined ? {} : { costs }) });
      // The pipeline as it stands on --as-of, when that is before the pilot's end.
      // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings; Math.min would make them NaN.
      const stages = { asOf: asOf < pilotStart ? pilotStart : asOf < pilotEnd ? asOf : pilotEnd, from: pilotStart, placements, ...(vacancies === undefined ? {} : { vacancies }) };
      report = { checkpoints, money, pipeline: pipeline(employers, contacts, stages), whiteSpotPipeline: pipeline(employers, contacts, { ...stages, whiteSpotOnly: true }) };
    } catch (e) {
      if (e instanceof MatchError) throw new InputError(e.issues.map((i) => describePilotIssue(i, { ...files, ...extra })));
      throw e;
    }

    if (htmlPath !== undefined) {
      const notes = [`${paths.placements} · ${paths.employers} · ${paths.contacts} · ${pilotStart} – ${pilotEnd} · ${home}`];
      try {
        await writeFile(htmlPath, renderPilotHtml(report, { notes, locale, ...(title === undefined ? {} : { title }) }));
      } catch (e) {
        throw unreadable(htmlPath, e);
      }
    }
    const header = [
      'label',
      'kind',
      'from',
      'months',
      'date',
      ...COUNTS,
      ...TARGET_GROUPS.map((g) => `placementsByTargetGroup.${g}`),
      ...PERSPECTIVES.map((p) => `placementsByPerspective.${p}`),
      // Last, so that the columns before it keep their places.
      'reached',
    ];
    // For people (--excel, --xlsx) a checkpoint after --as-of has empty cells, as the table says "nog niet bereikt"; for
    // programs (--csv) it keeps its figures, marked by reached: false.
    const csvRows = (forPeople: boolean) =>
      report.checkpoints.map((c) => {
        const shown = !forPeople || c.reached;
        const figure = (v: number | undefined) => (shown ? v : undefined);
        return [
          c.label,
          c.kind,
          c.from,
          c.months,
          c.date,
          ...COUNTS.map((k) => (shown ? csvNumber(c[k]) : undefined)),
          ...TARGET_GROUPS.map((g) => figure(c.placementsByTargetGroup[g])),
          ...PERSPECTIVES.map((p) => figure(c.placementsByPerspective[p])),
          c.reached,
        ];
      });
    await writeXlsxOutput(xlsx, io, header, xlsx === undefined ? [] : csvRows(true));
    if (format === 'json') {
      io.data(JSON.stringify(report, null, 2));
    } else if (format === 'csv') {
      io.data(toCsv(header, csvRows(values.excel === true), csvOptions(values)));
    } else {
      const t = PILOT_TEXT[locale];
      const f = pilotFormat(locale);
      const right = { align: 'right' } as const;
      io.out(
        renderTable(
          [{ header: t.indicator }, ...report.checkpoints.map((c) => ({ header: t.checkpoint(c), ...right }))],
          [['', ...report.checkpoints.map((c) => c.date)], ...indicatorRows(report.checkpoints, locale)],
        ),
      );
      io.out('');
      io.out(renderTable([{ header: t.money }, { header: '', ...right }], moneyRows(report.money, locale)));
      io.out('');
      io.out(
        renderTable(
          [{ header: t.pipeline }, { header: t.allEmployers, ...right }, { header: t.whiteSpots, ...right }],
          STAGES.map((s) => [t.stages[s], f.count(report.pipeline[s]), f.count(report.whiteSpotPipeline[s])]),
        ),
      );
      io.out(rateLine(report.pipeline, locale));
      io.out(`${t.whiteSpots}: ${rateLine(report.whiteSpotPipeline, locale)}`);
      if (htmlPath !== undefined) io.out(`\n${CLI_TEXT[locale].reportWritten(htmlPath)}`);
    }
    return 0;
  },
};
