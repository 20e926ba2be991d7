// `werkmatch rank`: the best candidates for a vacancy (or vacancies for a candidate), explained.
import uniq from 'lodash/uniq.js';
import { FACTORS } from '../../schema/config.js';
import { explainMatch } from '../../match/explain.js';
import type { Match } from '../../engine/types.js';
import { CSV_HELP, CSV_OPTIONS, INPUT_HELP, INPUT_OPTIONS, UsageError, choice, csvOptions, optionalString, outputFormat, unitNumber, wholeNumber, type Command } from '../args.js';
import { buildMatcher, readInputs, writeXlsxOutput, xlsxPath } from '../load.js';
import { numberFormats, CLI_LOCALES } from '../format.js';
import { CLI, CLI_TEXT, HEADERS } from '../messages.js';
import { PERSPECTIVES, readPerspective, unknownPerspectiveMessage, type Perspective } from '../../basics/perspectives.js';
import { showValue } from '../../basics/limits.js';
import { csvNumber, renderTable, toCsv } from '../table.js';
import { closestName } from '../../node/csv.js';

const FALLBACKS = ['when-none', 'fill', 'off'] as const;

export const rankCommand: Command = {
  name: 'rank',
  summary: 'rank candidates for a vacancy (or vacancies for a candidate), each match explained',
  usage:
    'werkmatch rank --candidates FILE --vacancies FILE (--vacancy ID | --candidate ID) [--limit N] [--fallback when-none|fill|off] [--min-score S] [--perspective P[,P]] [--locale nl|en] [--json|--csv|--excel] [--xlsx OUT]',
  help: [
    INPUT_HELP,
    '  --vacancy ID        rank candidates for this vacancy',
    '  --candidate ID      or rank vacancies for this candidate',
    '  --limit N           at most N matches (default 10)',
    '  --fallback P        when-none (default): other municipalities only when no home candidate is suitable;',
    '                      fill: home first, then fallback and region until the limit; off: home only',
    "  --min-score S       leave out matches below S (default: the config's suitableScore, 0.65)",
    `  --perspective P     with --vacancy: only candidates with perspective P (${PERSPECTIVES.join(', ')}; several joined by ,),`,
    '                      ranked as if the others were absent; scores do not change',
    "  --locale L          language of the explanations, the table (headers, numbers) and zod's messages on bad input: nl (default) or en",
    '  --json              the matches with their factors and explanations as JSON',
    '  --csv               one row per match with the factor scores',
    CSV_HELP,
    '',
    'An id that is not in the file is a usage error (exit 2).',
  ].join('\n'),
  options: {
    ...INPUT_OPTIONS,
    vacancy: { type: 'string' },
    candidate: { type: 'string' },
    limit: { type: 'string' },
    fallback: { type: 'string' },
    'min-score': { type: 'string' },
    perspective: { type: 'string' },
    locale: { type: 'string' },
    json: { type: 'boolean' },
    ...CSV_OPTIONS,
  },
  async run(values, io) {
    const format = outputFormat(values);
    const vacancyId = optionalString(values, 'vacancy');
    const candidateId = optionalString(values, 'candidate');
    if ((vacancyId === undefined) === (candidateId === undefined)) throw new UsageError(CLI.oneOf(['vacancy', 'candidate']));
    const limit = wholeNumber(values, 'limit', 10, 1);
    const fallback = choice(values, 'fallback', FALLBACKS, 'when-none');
    const minScore = unitNumber(values, 'min-score');
    const locale = choice(values, 'locale', CLI_LOCALES, 'nl');
    const xlsx = xlsxPath(values);
    if (candidateId !== undefined && values.fallback !== undefined) throw new UsageError('--fallback applies to --vacancy only');
    if (candidateId !== undefined && values.perspective !== undefined) throw new UsageError('--perspective applies to --vacancy only');
    const perspectives = perspectivesFlag(optionalString(values, 'perspective'));
    const inputs = await readInputs(values, io);
    const matcher = buildMatcher(inputs);
    const known = (kind: 'vacancy' | 'candidate', id: string, records: readonly { id: string }[], path: string): void => {
      if (records.some((r) => r.id === id)) return;
      // An id typed in another case (V-00 for v-00), or one or two characters off.
      const ids = records.map((r) => r.id);
      const suggestion = ids.find((x) => x.toLowerCase() === id.toLowerCase()) ?? (ids.length <= 50_000 ? closestName(id, ids) : undefined);
      throw new UsageError(CLI.unknownId(kind, id, path, suggestion));
    };
    if (vacancyId !== undefined) known('vacancy', vacancyId, inputs.vacancies.records, inputs.vacancies.path);
    if (candidateId !== undefined) known('candidate', candidateId, inputs.candidates.records, inputs.candidates.path);

    const options = minScore === undefined ? { limit } : { limit, minScore };
    const matches: Match[] =
      vacancyId !== undefined ? matcher.rankCandidates(vacancyId, { ...options, fallback, ...(perspectives === undefined ? {} : { perspectives }) }) : matcher.rankVacancies(candidateId!, options);
    const municipalityOf = new Map<string, string>(
      vacancyId !== undefined ? inputs.candidates.records.map((c) => [c.id, c.municipality]) : inputs.vacancies.records.map((v) => [v.id, v.municipality]),
    );
    const other = (m: Match) => (vacancyId !== undefined ? m.candidateId : m.vacancyId);

    const header = ['rank', 'candidateId', 'vacancyId', 'municipality', 'tier', 'score', ...FACTORS, 'travelMinutes', 'travelKm', 'travelMode'];
    const csvRows = () =>
      matches.map((m, i) => [
        i + 1,
        m.candidateId,
        m.vacancyId,
        municipalityOf.get(other(m)),
        m.tier,
        csvNumber(m.score),
        ...FACTORS.map((f) => csvNumber(m.factors[f].score)),
        csvNumber(m.travel.minutes),
        csvNumber(m.travel.km),
        m.travel.mode,
      ]);
    await writeXlsxOutput(xlsx, io, header, xlsx === undefined ? [] : csvRows());
    if (format === 'json') {
      const rows = matches.map((m, i) => ({ rank: i + 1, ...m, explanation: explainMatch(m, { locale }) }));
      io.data(JSON.stringify(vacancyId !== undefined ? { vacancyId, fallback, ...(perspectives === undefined ? {} : { perspectives }), matches: rows } : { candidateId, matches: rows }, null, 2));
      return 0;
    }
    if (format === 'csv') {
      io.data(toCsv(header, csvRows(), csvOptions(values)));
      return 0;
    }
    const t = CLI_TEXT[locale];
    const forVacancy = vacancyId !== undefined;
    // The vacancy as an account manager knows it: its title and place beside the id.
    const vacancy = forVacancy ? inputs.vacancies.records.find((v) => v.id === vacancyId) : undefined;
    const subject = vacancy === undefined ? candidateId! : `${vacancy.id} (${[vacancy.title, vacancy.municipality].filter((x) => x !== undefined && x !== '').join(', ')})`;
    if (matches.length === 0) {
      io.out(t.none(forVacancy, subject));
      // Why: the threshold, and who comes nearest below it (in any tier), so that nobody is lost to a threshold unseen.
      const nearest = forVacancy
        ? matcher.rankCandidates(vacancyId, { limit: 3, minScore: 0, fallback: 'fill', ...(perspectives === undefined ? {} : { perspectives }) })
        : matcher.rankVacancies(candidateId!, { limit: 3, minScore: 0 });
      const fmt = numberFormats(locale);
      if (nearest.length === 0) io.out(t.noneEligible(forVacancy));
      else
        io.out(
          t.nearest(
            fmt.fixed(minScore ?? matcher.config.suitableScore, 2),
            nearest.map((m) => `${other(m)} ${fmt.fixed(m.score, 2)}${forVacancy && m.tier !== 'home' ? ` (${t.tiers[m.tier]})` : ''}`).join(', '),
            forVacancy ? '--min-score 0 --fallback fill' : '--min-score 0',
          ),
        );
      return 0;
    }
    io.out(t.best(matches.length, forVacancy, subject));
    io.out('');
    const h = HEADERS[locale];
    const fmt = numberFormats(locale);
    io.out(
      renderTable(
        [
          { header: h.rank, align: 'right' },
          { header: vacancyId !== undefined ? h.candidate : h.vacancy },
          { header: h.municipality },
          { header: h.tier },
          { header: h.score, align: 'right' },
          ...FACTORS.map((f) => ({ header: h[f], align: 'right' as const })),
          { header: h.trip, align: 'right' },
        ],
        matches.map((m, i) => [
          String(i + 1),
          other(m),
          municipalityOf.get(other(m)) ?? '',
          t.tiers[m.tier],
          fmt.fixed(m.score, 2),
          ...FACTORS.map((f) => fmt.fixed(m.factors[f].score, 2)),
          `${fmt.fixed(m.travel.minutes, 0)} min ${m.travel.mode === undefined ? '' : t.modes[m.travel.mode]}`.trim(),
        ]),
      ),
    );
    matches.forEach((m, i) => {
      io.out('');
      io.out(`${i + 1}. ${other(m)}`);
      for (const sentence of explainMatch(m, { locale })) io.out(`   · ${sentence}`);
    });
    return 0;
  },
};

/** `--perspective werken,werken-aan` as perspectives; a respelling (`"werken aan"`) is read, an unknown one is a usage error. */
function perspectivesFlag(value: string | undefined): Perspective[] | undefined {
  if (value === undefined) return undefined;
  return uniq(
    value.split(',').map((part) => {
      const p = readPerspective(part.trim());
      if (p === undefined) throw new UsageError(`--perspective: ${unknownPerspectiveMessage(part.trim(), showValue)}`);
      return p;
    }),
  );
}
