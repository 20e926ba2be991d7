// `werkmatch assign`: places many candidates on many vacancies at once.
import sumBy from 'lodash/sumBy.js';
import { assignPlacements, type AssignOptions } from '../../assign/assign.js';
import { CSV_HELP, CSV_OPTIONS, INPUT_HELP, INPUT_OPTIONS, choice, csvOptions, wageTableDate, outputFormat, unitNumber, type Command } from '../args.js';
import { buildMatcher, readInputs, writeXlsxOutput, xlsxPath } from '../load.js';
import { numberFormats, CLI_LOCALES } from '../format.js';
import { CLI_TEXT, HEADERS } from '../messages.js';
import { counted, csvNumber, renderTable, toCsv } from '../table.js';

const STRATEGIES = ['optimal', 'stable', 'greedy'] as const;
const FALLBACKS = ['when-none', 'fill', 'off'] as const;

export const assignCommand: Command = {
  name: 'assign',
  summary: 'place candidates on vacancies (each candidate at most once, each vacancy up to its positions)',
  usage:
    'werkmatch assign --candidates FILE --vacancies FILE [--strategy optimal|stable|greedy] [--fallback when-none|fill|off] [--min-score S] [--date YYYY-MM-DD] [--locale nl|en] [--json|--csv|--excel] [--xlsx OUT]',
  help: [
    INPUT_HELP,
    '  --strategy S        optimal (default): maximum total score; stable: candidate-proposing deferred acceptance;',
    '                      greedy: highest-scoring pair first',
    '  --fallback P        when-none (default): home first, tier by tier: a fallback candidate only where no suitable',
    '                      home candidate is placed on the vacancy or left unplaced, a region candidate only where no',
    '                      suitable home or fallback candidate is; fill: all tiers compete on score; off: home only',
    "  --min-score S       never place a pair below S (default: the config's suitableScore, 0.65)",
    '  --date D            start date: each placement lists the instruments that apply on D (and CSV gets a start column)',
    "  --locale L          language of the instrument sentences, the tables (headers, numbers) and zod's messages on bad input: nl (default) or en",
    '  --json              the whole assignment as JSON',
    '  --csv               the placements as CSV (readable back as a placements file)',
    CSV_HELP,
  ].join('\n'),
  options: {
    ...INPUT_OPTIONS,
    strategy: { type: 'string' },
    fallback: { type: 'string' },
    'min-score': { type: 'string' },
    date: { type: 'string' },
    locale: { type: 'string' },
    json: { type: 'boolean' },
    ...CSV_OPTIONS,
  },
  async run(values, io) {
    const format = outputFormat(values);
    const strategy = choice(values, 'strategy', STRATEGIES, 'optimal');
    const fallback = choice(values, 'fallback', FALLBACKS, 'when-none');
    const minScore = unitNumber(values, 'min-score');
    const date = wageTableDate(values, 'date');
    const locale = choice(values, 'locale', CLI_LOCALES, 'nl');
    const xlsx = xlsxPath(values);
    const inputs = await readInputs(values, io);
    const matcher = buildMatcher(inputs);
    io.progress(`assigning ${counted(inputs.candidates.records.length, 'candidate', 'candidates')} to ${counted(inputs.vacancies.records.length, 'vacancy', 'vacancies')} (${strategy})`);
    const options: AssignOptions = { strategy, fallback, locale, ...(minScore === undefined ? {} : { minScore }), ...(date === undefined ? {} : { date }) };
    const result = assignPlacements(matcher, options);
    io.progress('');

    const header = ['candidateId', 'vacancyId', 'score', 'tier', ...(date === undefined ? [] : ['start'])];
    const csvRows = () => result.placements.map((p) => [p.candidateId, p.vacancyId, csvNumber(p.score), p.tier, ...(date === undefined ? [] : [date])]);
    await writeXlsxOutput(xlsx, io, header, xlsx === undefined ? [] : csvRows());
    if (format === 'json') {
      io.data(JSON.stringify(result, null, 2));
      return 0;
    }
    if (format === 'csv') {
      io.data(toCsv(header, csvRows(), csvOptions(values)));
      return 0;
    }
    const positions = sumBy(inputs.vacancies.records, (v) => v.positions ?? 1);
    const h = HEADERS[locale];
    const fmt = numberFormats(locale);
    const t = CLI_TEXT[locale];
    io.out(t.assigned(t.strategies[strategy], fmt.count(result.placements.length), fmt.count(positions), fmt.fixed(result.totalScore, 2), result.exact));
    io.out(t.byTier(fmt.count(result.byTier.home), fmt.count(result.byTier.fallback), fmt.count(result.byTier.region), fmt.count(result.unplaced.length)));
    io.out('');
    io.out(
      renderTable(
        [{ header: h.vacancy }, { header: h.candidate }, { header: h.tier }, { header: h.score, align: 'right' }, ...(date === undefined ? [] : [{ header: h.instruments }])],
        result.placements.map((p) => [
          p.vacancyId,
          p.candidateId,
          t.tiers[p.tier],
          fmt.fixed(p.score, 2),
          ...(date === undefined
            ? []
            : [
                (p.instruments ?? [])
                  // A municipal instrument's amount is per placement, the subsidy's per month.
                  .map(
                    (s) =>
                      (s.instrument === 'municipal'
                        ? s.label + (s.amount === undefined ? '' : ` ${fmt.euroCents(s.amount)}`)
                        : s.instrument + (s.amount === undefined ? '' : ` ${fmt.euroCents(s.amount)}${h.perMonth}`)) +
                      // Support the employer does not offer yet (a step-5 candidate): to arrange, not in place.
                      (s.toArrange ? ` (${t.toArrange})` : ''),
                  )
                  .join(', '),
              ]),
        ]),
      ),
    );
    io.out('');
    io.out(
      renderTable(
        [{ header: h.municipality }, { header: h.placements, align: 'right' }, { header: h.home, align: 'right' }, { header: h.fallback, align: 'right' }, { header: h.region, align: 'right' }],
        result.byMunicipality.map((m) => [m.municipality, fmt.count(m.placements), fmt.count(m.home), fmt.count(m.fallback), fmt.count(m.region)]),
      ),
    );
    if (result.openPositions.length > 0) {
      io.out('');
      io.out(t.open(result.openPositions.map((o) => (o.open === 1 ? o.vacancyId : `${o.vacancyId} (${o.open})`)).join(', ')));
    }
    return 0;
  },
};
