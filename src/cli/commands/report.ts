/// <reference types="node" />
// `werkmatch report`: a pilot's indicators at each evaluation checkpoint, its money and its employer pipeline; optionally as HTML.
import { writeFile } from 'node:fs/promises';
import { MatchError, type MatchIssue } from '../../basics/errors.js';
import { TARGET_GROUPS } from '../../basics/sectors.js';
import type { EmployerContact, PilotEmployer, PilotPlacement } from '../../rules/pilot.js';
import { pipeline } from '../../rules/pipeline.js';
import { pilotReport } from '../../rules/report-home.js';
import { CSV_HELP, CSV_OPTIONS, choice, csvOptions, isoDate, optionalString, outputFormat, requiredString, UsageError, InputError, type Command, type Values } from '../args.js';
import { issueLine, unreadable } from '../load.js';
import { CLI } from '../messages.js';
import { indicatorRows, moneyRows, PILOT_TEXT, pilotFormat, type PilotReportOutput, rateLine, renderPilotHtml, STAGES } from '../pilot-html.js';
import { checkPilotPath, type PilotFile, type PilotFileKind, readPilotFile } from '../pilot-files.js';
import { csvNumber, renderTable, toCsv } from '../table.js';

const LOCALES = ['nl', 'en'] as const;
const FILES: readonly PilotFileKind[] = ['placements', 'employers', 'contacts'];
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
  'whiteSpotEmployersApproached',
  'whiteSpotContactVisits',
  'whiteSpotEmployersVisited',
  'whiteSpotEmployersWithPlacement',
] as const;

function requiredDate(values: Values, name: string): string {
  requiredString(values, name);
  return isoDate(values, name)!;
}

function euros(values: Values, name: string): number | undefined {
  const v = optionalString(values, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || !Number.isFinite(n)) throw new UsageError(CLI.euros(name, v));
  return n;
}

/** A MatchError issue of pilotReport or pipeline as `FILE:LINE field: message`, or `--flag: message` for the report's own fields. */
function describePilotIssue(issue: MatchIssue, files: Readonly<Record<PilotFileKind, PilotFile>>): string {
  const [head, index, ...rest] = issue.path;
  if ((head === 'placements' || head === 'employers' || head === 'contacts') && typeof index === 'number') {
    const file = files[head];
    return issueLine(file.path, file.lines[index], rest, issue.message);
  }
  if (typeof head === 'string' && head in FLAGS) return issueLine(FLAGS[head]!, undefined, issue.path.slice(1), issue.message);
  if (head === 'placements' || head === 'employers' || head === 'contacts') return issueLine(files[head].path, undefined, issue.path.slice(1), issue.message);
  return issueLine('(input)', undefined, issue.path, issue.message);
}

export const reportCommand: Command = {
  name: 'report',
  summary: "a pilot's indicators per evaluation checkpoint, its money and its employer pipeline; --html for a report with charts",
  usage: 'werkmatch report --placements FILE --employers FILE --contacts FILE --pilot-start D --pilot-end D --home MUNICIPALITY [--costs N] [--html OUT] [--title T] [--locale nl|en] [--json|--csv]',
  help: [
    '  --placements FILE   pilot placements { candidateId, employerId, municipality, start, end?, hoursPerWeek?, targetGroups?, contracts?, fullTime? }',
    '                      as .json (an array), .ndjson or .csv (flat fields, targetGroups joined by |, no contracts)',
    '  --employers FILE    employers { id, whiteSpot? }, in the same formats',
    '  --contacts FILE     contacts { employerId, date, kind: approach|appointment|visit }, in the same formats',
    "  --pilot-start D     the pilot's first day, YYYY-MM-DD",
    "  --pilot-end D       the pilot's last day, YYYY-MM-DD",
    "  --home M            the pilot's municipality: CBS code (GM0575) or name",
    '  --costs N           programme costs in euros (default 0)',
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
    html: { type: 'string' },
    title: { type: 'string' },
    locale: { type: 'string' },
    json: { type: 'boolean' },
    ...CSV_OPTIONS,
  },
  async run(values, io) {
    const format = outputFormat(values);
    const paths = Object.fromEntries(FILES.map((kind) => [kind, checkPilotPath(kind, requiredString(values, kind))])) as Record<PilotFileKind, string>;
    const pilotStart = requiredDate(values, 'pilot-start');
    const pilotEnd = requiredDate(values, 'pilot-end');
    const home = requiredString(values, 'home');
    const costs = euros(values, 'costs');
    const htmlPath = optionalString(values, 'html');
    const title = optionalString(values, 'title');
    const locale = choice(values, 'locale', LOCALES, 'nl');

    const problems: string[] = [];
    const files = {} as Record<PilotFileKind, PilotFile>;
    for (const kind of FILES) files[kind] = await readPilotFile(paths[kind], kind, problems);
    if (problems.length > 0) throw new InputError(problems);

    const placements = files.placements.records as PilotPlacement[];
    const employers = files.employers.records as PilotEmployer[];
    const contacts = files.contacts.records as EmployerContact[];
    let report: PilotReportOutput;
    try {
      const { checkpoints, money } = pilotReport({ placements, employers, contacts, pilotStart, pilotEnd, homeMunicipality: home, ...(costs === undefined ? {} : { costs }) });
      report = { checkpoints, money, pipeline: pipeline(employers, contacts, { asOf: pilotEnd, from: pilotStart, placements }) };
    } catch (e) {
      if (e instanceof MatchError) throw new InputError(e.issues.map((i) => describePilotIssue(i, files)));
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
    if (format === 'json') {
      io.data(JSON.stringify(report, null, 2));
    } else if (format === 'csv') {
      io.data(
        toCsv(
          ['label', 'kind', 'from', 'months', 'date', ...COUNTS, ...TARGET_GROUPS.map((g) => `placementsByTargetGroup.${g}`)],
          report.checkpoints.map((c) => [c.label, c.kind, c.from, c.months, c.date, ...COUNTS.map((k) => csvNumber(c[k])), ...TARGET_GROUPS.map((g) => c.placementsByTargetGroup[g])]),
          csvOptions(values),
        ),
      );
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
          [{ header: t.pipeline }, { header: '', ...right }],
          STAGES.map((s) => [t.stages[s], f.count(report.pipeline[s])]),
        ),
      );
      io.out(rateLine(report.pipeline, locale));
      if (htmlPath !== undefined) io.out(`\n${locale === 'nl' ? 'Rapport geschreven naar' : 'Report written to'} ${htmlPath}.`);
    }
    return 0;
  },
};
