// The pilot report, for the terminal and as one self-contained HTML page (inline CSS and SVG, no scripts, nothing
// fetched): the indicators per checkpoint, the money, and the employer pipeline. Pure: same report, same bytes.
import type { Pipeline } from '../rules/pipeline.js';
import type { PilotCheckpoint, PilotMoney } from '../rules/report.js';
import { TARGET_GROUPS, type TargetGroup } from '../basics/sectors.js';
import { PERSPECTIVES, type Perspective } from '../basics/perspectives.js';
import { coord, esc, htmlPage, htmlTable as table, type ReportLocale } from './html.js';

/** What `werkmatch report` computes: `pilotReport`'s checkpoints and money, and the pipeline at the pilot's end. */
export interface PilotReportOutput {
  readonly checkpoints: readonly PilotCheckpoint[];
  readonly money: PilotMoney;
  readonly pipeline: Pipeline;
  /** The same pipeline over white-spot employers only (the seeds count those). */
  readonly whiteSpotPipeline?: Pipeline | undefined;
}

type Indicator =
  | 'placements'
  | 'placementsFromHome'
  | 'durablePlacements'
  | 'stillEmployed'
  | 'partTimeShare'
  | 'jobUnits'
  | 'whiteSpotEmployersApproached'
  | 'whiteSpotContactVisits'
  | 'whiteSpotEmployersWithPlacement';
type Stage = 'approached' | 'appointment' | 'visit' | 'vacancy' | 'placement';

export const PILOT_TEXT = {
  nl: {
    lang: 'nl',
    number: 'nl-NL',
    title: 'Pilot: plaatsingen en werkgeversbenadering',
    checkpoint: (c: PilotCheckpoint) => `${c.months} ${c.months === 1 ? 'maand' : 'maanden'} na ${c.from === 'start' ? 'de start' : 'het einde'}`,
    notReached: 'nog niet bereikt',
    indicator: 'Indicator',
    indicators: {
      placements: 'Plaatsingen',
      placementsFromHome: 'waarvan uit eigen gemeente',
      durablePlacements: 'Duurzaam (6 maanden en 1 dag)',
      stillEmployed: 'Nog in dienst bij dezelfde werkgever',
      partTimeShare: 'Deeltijdaandeel',
      jobUnits: 'Banen (25,5 uur)',
      whiteSpotEmployersApproached: 'Witte vlekken benaderd',
      whiteSpotContactVisits: 'Contactbezoeken bij witte vlekken',
      whiteSpotEmployersWithPlacement: 'Witte vlekken met plaatsing',
    } satisfies Record<Indicator, string>,
    targetGroup: (g: TargetGroup) => `Doelgroep ${g === 'nug' ? 'NUG' : g}`,
    perspective: (p: Perspective) => `Perspectief ${p === 'werken-aan' ? 'werken aan' : p}`,
    hours: 'Uren',
    allEmployers: 'Alle werkgevers',
    whiteSpots: 'Witte vlekken',
    whiteSpotPipeline: 'Werkgeverspijplijn van de witte vlekken',
    money: 'Geld',
    amount: 'Bedrag',
    notionalSavings: 'Fictieve besparing (normbedragen, in het jaar van de start)',
    costs: 'Kosten',
    netBenefit: 'Netto',
    pipeline: 'Werkgeverspijplijn aan het einde van de pilot',
    stages: { approached: 'Benaderd', appointment: 'Afspraak', visit: 'Bezoek', vacancy: 'Vacature', placement: 'Plaatsing' } satisfies Record<Stage, string>,
    rate: (rate: string, target: string, met: boolean) => `Afspraakpercentage ${rate} (doel ${target}: ${met ? 'gehaald' : 'niet gehaald'})`,
    series: 'Plaatsingen per meetmoment',
    legend: { placements: 'plaatsingen', durablePlacements: 'duurzaam', stillEmployed: 'nog in dienst' },
    employers: 'werkgevers',
  },
  en: {
    lang: 'en',
    number: 'en-GB',
    title: 'Pilot: placements and employer acquisition',
    checkpoint: (c: PilotCheckpoint) => c.label,
    notReached: 'not reached yet',
    indicator: 'Indicator',
    indicators: {
      placements: 'Placements',
      placementsFromHome: 'of which from the home municipality',
      durablePlacements: 'Durable (6 months and 1 day)',
      stillEmployed: 'Still with the same employer',
      partTimeShare: 'Part-time share',
      jobUnits: 'Jobs (25.5 hours)',
      whiteSpotEmployersApproached: 'White spots approached',
      whiteSpotContactVisits: 'Contact visits to white spots',
      whiteSpotEmployersWithPlacement: 'White spots with a placement',
    } satisfies Record<Indicator, string>,
    targetGroup: (g: TargetGroup) => `Target group ${g === 'nug' ? 'NUG' : g}`,
    perspective: (p: Perspective) => `Perspective ${p}`,
    hours: 'Hours',
    allEmployers: 'All employers',
    whiteSpots: 'White spots',
    whiteSpotPipeline: 'Employer pipeline of the white spots',
    money: 'Money',
    amount: 'Amount',
    notionalSavings: 'Notional savings (norm amounts, in the year of the start)',
    costs: 'Costs',
    netBenefit: 'Net',
    pipeline: 'Employer pipeline at the end of the pilot',
    stages: { approached: 'Approached', appointment: 'Appointment', visit: 'Visit', vacancy: 'Vacancy', placement: 'Placement' } satisfies Record<Stage, string>,
    rate: (rate: string, target: string, met: boolean) => `Appointment rate ${rate} (target ${target}: ${met ? 'met' : 'not met'})`,
    series: 'Placements per checkpoint',
    legend: { placements: 'placements', durablePlacements: 'durable', stillEmployed: 'still employed' },
    employers: 'employers',
  },
} as const;

const INDICATORS: readonly Indicator[] = [
  'placements',
  'placementsFromHome',
  'durablePlacements',
  'stillEmployed',
  'partTimeShare',
  'jobUnits',
  'whiteSpotEmployersApproached',
  'whiteSpotContactVisits',
  'whiteSpotEmployersWithPlacement',
];
const GROUPS_AFTER: Indicator = 'jobUnits';
export const STAGES: readonly Stage[] = ['approached', 'appointment', 'visit', 'vacancy', 'placement'];
const SERIES = ['placements', 'durablePlacements', 'stillEmployed'] as const;

/** Numbers as the locale writes them: counts, shares as percentages, job units with one decimal, euros. */
export function pilotFormat(locale: ReportLocale): { count: (n: number) => string; share: (n: number) => string; units: (n: number) => string; euro: (n: number) => string } {
  const tag = PILOT_TEXT[locale].number;
  const count = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const share = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const units = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const euro = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
  return { count: (n) => count.format(n), share: (n) => share.format(n), units: (n) => units.format(n), euro: (n) => euro.format(n) };
}

/** The indicator rows (label, then one cell per checkpoint): the target groups with any placement come after the job units. */
export function indicatorRows(checkpoints: readonly PilotCheckpoint[], locale: ReportLocale): string[][] {
  const t = PILOT_TEXT[locale];
  const f = pilotFormat(locale);
  // A checkpoint after the day the records describe has no measurement yet: its projection is not shown as one.
  const cell = (i: Indicator, c: PilotCheckpoint): string =>
    !c.reached ? (i === INDICATORS[0] ? t.notReached : '') : i === 'partTimeShare' ? f.share(c[i]) : i === 'jobUnits' ? f.units(c[i]) : f.count(c[i]);
  const count = (c: PilotCheckpoint, n: number): string => (c.reached ? f.count(n) : '');
  const groups = TARGET_GROUPS.filter((g) => checkpoints.some((c) => c.placementsByTargetGroup[g] > 0));
  const perspectives = PERSPECTIVES.filter((p) => checkpoints.some((c) => c.placementsByPerspective[p] > 0));
  const rows: string[][] = [];
  for (const i of INDICATORS) {
    rows.push([t.indicators[i], ...checkpoints.map((c) => cell(i, c))]);
    if (i !== GROUPS_AFTER) continue;
    for (const g of groups) rows.push([t.targetGroup(g), ...checkpoints.map((c) => count(c, c.placementsByTargetGroup[g]))]);
    for (const p of perspectives) rows.push([t.perspective(p), ...checkpoints.map((c) => count(c, c.placementsByPerspective[p]))]);
  }
  return rows;
}

/** The money rows: label and amount. */
export function moneyRows(money: PilotMoney, locale: ReportLocale): string[][] {
  const t = PILOT_TEXT[locale];
  const f = pilotFormat(locale);
  return [
    [t.notionalSavings, f.euro(money.notionalSavings)],
    ...(money.hours === undefined ? [] : [[t.hours, f.count(money.hours)]]),
    [t.costs, f.euro(money.costs)],
    [t.netBenefit, f.euro(money.netBenefit)],
  ];
}

/** The appointment rate against its target, as one sentence. */
export function rateLine(p: Pipeline, locale: ReportLocale): string {
  const f = pilotFormat(locale);
  return PILOT_TEXT[locale].rate(f.share(p.appointmentRate), f.share(p.target), p.meetsTarget);
}

const WIDTH = 720;
const CLASSES = { placements: 'fromHome', durablePlacements: 'fromFallback', stillEmployed: 'fromRegion' } as const;

// Grouped vertical bars: per checkpoint, placements / durable / still employed (the what-if palette's three blues).
function seriesChart(checkpoints: readonly PilotCheckpoint[], locale: ReportLocale): string {
  const t = PILOT_TEXT[locale];
  const f = pilotFormat(locale);
  const top = 16;
  const plot = 200;
  const height = top + plot + 40;
  const hi = Math.max(1, ...checkpoints.map((c) => c.placements));
  const slot = (WIDTH - 20) / Math.max(1, checkpoints.length);
  const bar = Math.min(36, (slot - 24) / SERIES.length);
  const parts: string[] = [];
  checkpoints.forEach((c, i) => {
    const x0 = 10 + i * slot + (slot - bar * SERIES.length) / 2;
    // A checkpoint not reached yet gets its label and no bars.
    if (!c.reached) parts.push(`<text x="${coord(10 + i * slot + slot / 2)}" y="${top + plot - 6}" text-anchor="middle">${esc(t.notReached)}</text>`);
    else
      SERIES.forEach((s, j) => {
        const h = (c[s] / hi) * plot;
        parts.push(
          `<rect class="${CLASSES[s]}" x="${coord(x0 + j * bar)}" y="${coord(top + plot - h)}" width="${coord(bar - 2)}" height="${coord(h)}"><title>${esc(`${t.checkpoint(c)}: ${t.legend[s]} ${f.count(c[s])}`)}</title></rect>`,
        );
        parts.push(`<text x="${coord(x0 + j * bar + bar / 2 - 1)}" y="${coord(top + plot - h - 3)}" text-anchor="middle">${esc(f.count(c[s]))}</text>`);
      });
    parts.push(`<text x="${coord(10 + i * slot + slot / 2)}" y="${top + plot + 18}" text-anchor="middle">${esc(t.checkpoint(c))}</text>`);
    parts.push(`<text x="${coord(10 + i * slot + slot / 2)}" y="${top + plot + 34}" text-anchor="middle">${esc(c.date)}</text>`);
  });
  parts.push(`<line class="axis" x1="10" x2="${WIDTH - 10}" y1="${top + plot}" y2="${top + plot}"/>`);
  const legend = `<p class="legend">${SERIES.map((s) => `<span class="swatch ${CLASSES[s]}"></span>${esc(t.legend[s])}`).join('')}</p>`;
  return [
    `<h2 id="series">${esc(t.series)}</h2>`,
    `<figure>${legend}<svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="series">`,
    ...parts,
    '</svg></figure>',
  ].join('\n');
}

// One horizontal bar per stage of the funnel, each as long as its employers.
function funnelChart(p: Pipeline, locale: ReportLocale, id = 'pipeline', heading: string = PILOT_TEXT[locale].pipeline): string {
  const t = PILOT_TEXT[locale];
  const f = pilotFormat(locale);
  const label = 130;
  const area = WIDTH - label - 120;
  const hi = Math.max(1, p.approached);
  const height = STAGES.length * 28 + 12;
  const parts = STAGES.map((s, i) => {
    const y = 6 + i * 28;
    const w = (p[s] / hi) * area;
    return [
      `<text x="${label - 10}" y="${y + 14}" text-anchor="end">${esc(t.stages[s])}</text>`,
      `<rect class="bar" x="${label}" y="${y}" width="${coord(w)}" height="18"><title>${esc(`${t.stages[s]}: ${f.count(p[s])} ${t.employers}`)}</title></rect>`,
      `<text x="${coord(label + w + 8)}" y="${y + 14}">${esc(f.count(p[s]))}</text>`,
    ].join('');
  });
  return [
    `<h2 id="${id}">${esc(heading)}</h2>`,
    `<figure><svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}">`,
    ...parts,
    '</svg>',
    `<figcaption class="caption">${esc(rateLine(p, locale))}</figcaption></figure>`,
  ].join('\n');
}

/**
 * Renders a pilot report as one self-contained HTML page: the checkpoint series as an SVG bar chart, the indicators per
 * checkpoint, the money, and the employer funnel as SVG bars. No scripts, no URLs, and a CSP that forbids loading anything.
 *
 * @example
 * await writeFile('pilot.html', renderPilotHtml({ ...pilotReport(input), pipeline: pipeline(employers, contacts, { asOf }) }));
 */
export function renderPilotHtml(report: PilotReportOutput, options: { title?: string | undefined; notes?: readonly string[] | undefined; locale?: ReportLocale | undefined } = {}): string {
  const locale = options.locale ?? 'nl';
  const t = PILOT_TEXT[locale];
  const title = options.title ?? t.title;
  const notes = options.notes ?? [];
  return htmlPage({
    lang: t.lang,
    title,
    notes,
    body: [
      seriesChart(report.checkpoints, locale),
      // Non-breaking hyphens: a narrow column breaks a date at its hyphens otherwise ("(2026-02-" / "01)").
      table([t.indicator, ...report.checkpoints.map((c) => `${t.checkpoint(c)} (${c.date.replaceAll('-', '\u2011')})`)], indicatorRows(report.checkpoints, locale)),
      `<h2>${esc(t.money)}</h2>`,
      table(['', t.amount], moneyRows(report.money, locale)),
      funnelChart(report.pipeline, locale),
      ...(report.whiteSpotPipeline === undefined ? [] : [funnelChart(report.whiteSpotPipeline, locale, 'pipeline-white-spots', t.whiteSpotPipeline)]),
    ],
  });
}
