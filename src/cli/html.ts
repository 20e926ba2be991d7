// The what-if report: one self-contained HTML file (inline CSS and SVG, no scripts, nothing fetched), a bar chart
// per key figure across scenarios, and the table beneath. Pure: same rows, same bytes.
import escapeHtml from 'lodash/escape.js';
import sortBy from 'lodash/sortBy.js';
import uniq from 'lodash/uniq.js';
import type { ScenarioRow } from '../whatif/compare.js';
import { usage } from '../basics/messages/en.js';

export type ReportLocale = 'nl' | 'en';

export interface WhatIfHtmlOptions {
  /** @default 'Wat als: scenario's vergeleken' (nl) or 'What-if: scenarios compared' (en) */
  readonly title?: string | undefined;
  /** Lines under the title, e.g. the input files and the date. @default [] */
  readonly notes?: readonly string[] | undefined;
  /** @default 'nl' */
  readonly locale?: ReportLocale | undefined;
}

/** The fields of a compareScenarios row the report reads. */
export type WhatIfRow = Pick<
  ScenarioRow,
  | 'scenario'
  | 'placements'
  | 'fromHome'
  | 'fromFallback'
  | 'fromRegion'
  | 'durableExpected'
  | 'subsidyPerMonth'
  | 'subsidyPerYear'
  | 'notionalSavings'
  | 'instrumentCosts'
  | 'netResult'
  | 'byMunicipality'
> & { readonly openPositions?: number | undefined };

type Figure = 'placements' | 'durableExpected' | 'subsidyPerMonth' | 'subsidyPerYear' | 'notionalSavings' | 'instrumentCosts' | 'netResult';
type Tier = 'fromHome' | 'fromFallback' | 'fromRegion';

const TEXT = {
  nl: {
    lang: 'nl',
    title: "Wat als: scenario's vergeleken",
    baseline: (name: string) => `Stippellijn: ${name} (basis). Verschillen in de tabel zijn ten opzichte van de basis.`,
    figures: {
      placements: 'Plaatsingen',
      durableExpected: 'Verwacht duurzaam (6 maanden en 1 dag)',
      subsidyPerMonth: 'Loonkostensubsidie per maand',
      subsidyPerYear: 'Loonkostensubsidie per jaar',
      notionalSavings: 'Fictieve besparing (normbedragen, in het jaar van de start)',
      instrumentCosts: 'Kosten eigen instrumenten',
      netResult: 'Nettoresultaat (besparing − subsidie over dezelfde periode − kosten eigen instrumenten)',
    },
    tiers: { fromHome: 'eigen gemeente', fromFallback: 'terugvalgemeente', fromRegion: 'regio' },
    scenario: 'Scenario',
    open: 'Open plaatsen',
    table: 'Kerncijfers per scenario',
    byMunicipality: 'Plaatsingen per gemeente van de vacature (eigen / terugval / regio)',
    municipality: 'Gemeente',
    empty: 'Geen scenario’s.',
    number: 'nl-NL',
  },
  en: {
    lang: 'en',
    title: 'What-if: scenarios compared',
    baseline: (name: string) => `Dashed line: ${name} (baseline). Differences in the table are against the baseline.`,
    figures: {
      placements: 'Placements',
      durableExpected: 'Expected durable (6 months and 1 day)',
      subsidyPerMonth: 'Wage-cost subsidy per month',
      subsidyPerYear: 'Wage-cost subsidy per year',
      notionalSavings: 'Notional savings (norm amounts, in the year of the start)',
      instrumentCosts: 'Own instrument costs',
      netResult: 'Net result (savings − subsidy over the same period − own instrument costs)',
    },
    tiers: { fromHome: 'home municipality', fromFallback: 'fallback municipality', fromRegion: 'region' },
    scenario: 'Scenario',
    open: 'Open positions',
    table: 'Key figures per scenario',
    byMunicipality: "Placements per vacancy's municipality (home / fallback / region)",
    municipality: 'Municipality',
    empty: 'No scenarios.',
    number: 'en-GB',
  },
} as const;

const CHARTED: readonly Figure[] = ['placements', 'durableExpected', 'subsidyPerMonth', 'notionalSavings', 'netResult'];
const TABLED: readonly Figure[] = ['placements', 'durableExpected', 'subsidyPerMonth', 'subsidyPerYear', 'notionalSavings', 'instrumentCosts', 'netResult'];
const TIERS: readonly Tier[] = ['fromHome', 'fromFallback', 'fromRegion'];
const EUROS: ReadonlySet<Figure> = new Set(['subsidyPerMonth', 'subsidyPerYear', 'notionalSavings', 'instrumentCosts', 'netResult']);

/** `&`, `<`, `>`, `"` and `'` as entities (`'` as `&#39;`): text and attribute values alike. */
export const esc: (s: string) => string = escapeHtml;
export const coord = (n: number): string => String(Math.round(n * 10) / 10);

const CSS = `
:root { color-scheme: light; --ink: #1a202c; --muted: #4a5568; --rule: #cbd5e0; --bar: #2c5282; --neg: #c05621; --home: #2c5282; --fallback: #4299e1; --region: #9ac5ec; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.05rem; margin: 1.75rem 0 .5rem; }
.notes { color: var(--muted); margin: 0 0 1rem; }
.notes p { margin: 0; }
figure { margin: 0 0 1rem; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; fill: var(--ink); }
svg .axis { stroke: var(--muted); stroke-width: 1; }
svg .base { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 4 3; }
svg .bar { fill: var(--bar); } svg .neg { fill: var(--neg); }
svg .fromHome, .swatch.fromHome { fill: var(--home); background: var(--home); }
svg .fromFallback, .swatch.fromFallback { fill: var(--fallback); background: var(--fallback); }
svg .fromRegion, .swatch.fromRegion { fill: var(--region); background: var(--region); }
.legend { color: var(--muted); font-size: .9rem; margin: 0 0 .25rem; }
svg .line { fill: none; stroke-width: 2.5; } svg .line.before { stroke: var(--region); } svg .line.after { stroke: var(--home); }
svg rect.before, .swatch.before { fill: var(--region); background: var(--region); } svg rect.after, .swatch.after { fill: var(--home); background: var(--home); }
.swatch { display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 .8rem; vertical-align: -1px; }
.caption { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; font-variant-numeric: tabular-nums; }
th, td { padding: .35rem .5rem; border-bottom: 1px solid var(--rule); text-align: right; vertical-align: top; }
th:first-child, td:first-child { text-align: left; }
thead th { border-bottom: 2px solid var(--muted); }
.delta { display: block; color: var(--muted); font-size: .8rem; }
.scroll { overflow-x: auto; }
@media print { body { margin: 0; } h2 { break-after: avoid; } figure { break-inside: avoid; } }
`;

interface Formatters {
  readonly figure: (f: Figure, v: number) => string;
  readonly delta: (f: Figure, v: number) => string;
}

function formatters(locale: ReportLocale): Formatters {
  const tag = TEXT[locale].number;
  const count = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const euro = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const figure = (f: Figure, v: number) => (EUROS.has(f) ? euro.format(v) : f === 'durableExpected' ? decimal.format(v) : count.format(v));
  const delta = (f: Figure, v: number) => (v > 0 ? '+' : v < 0 ? '−' : '±') + figure(f, Math.abs(v));
  return { figure, delta };
}

const LABEL_W = 190;
const VALUE_W = 110;
const WIDTH = 720;
const ROW_H = 28;
const BAR_H = 18;

/** One horizontal bar per scenario; placements are stacked by tier. Handles negative values (a zero axis). */
function chart(figure: Figure, rows: readonly WhatIfRow[], locale: ReportLocale, fmt: Formatters, id: string): string {
  const t = TEXT[locale];
  const values = rows.map((r) => r[figure]);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const area = WIDTH - LABEL_W - VALUE_W - 16;
  const x = (v: number) => LABEL_W + ((v - lo) / span) * area;
  const height = rows.length * ROW_H + 12;
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = 6 + i * ROW_H;
    const name = r.scenario.length > 24 ? `${r.scenario.slice(0, 23)}…` : r.scenario;
    parts.push(`<text x="${LABEL_W - 10}" y="${coord(y + BAR_H - 4)}" text-anchor="end">${esc(name)}<title>${esc(r.scenario)}</title></text>`);
    if (figure === 'placements') {
      let at = 0;
      for (const tier of TIERS) {
        const n = r[tier];
        if (n > 0)
          parts.push(
            `<rect class="${tier}" x="${coord(x(at))}" y="${y}" width="${coord(x(at + n) - x(at))}" height="${BAR_H}"><title>${esc(`${r.scenario}: ${t.tiers[tier]} ${fmt.figure(figure, n)}`)}</title></rect>`,
          );
        at += n;
      }
    } else {
      const v = r[figure];
      const left = Math.min(x(0), x(v));
      parts.push(
        `<rect class="${v < 0 ? 'neg' : 'bar'}" x="${coord(left)}" y="${y}" width="${coord(Math.abs(x(v) - x(0)))}" height="${BAR_H}"><title>${esc(`${r.scenario}: ${fmt.figure(figure, v)}`)}</title></rect>`,
      );
    }
    parts.push(`<text x="${LABEL_W + area + 10}" y="${coord(y + BAR_H - 4)}">${esc(fmt.figure(figure, r[figure]))}</text>`);
  });
  parts.push(`<line class="axis" x1="${coord(x(0))}" x2="${coord(x(0))}" y1="2" y2="${height - 2}"/>`);
  const base = rows[0];
  if (base && rows.length > 1 && base[figure] !== 0) parts.push(`<line class="base" x1="${coord(x(base[figure]))}" x2="${coord(x(base[figure]))}" y1="2" y2="${height - 2}"/>`);
  const legend = figure === 'placements' ? `<p class="legend">${TIERS.map((tier) => `<span class="swatch ${tier}"></span>${esc(t.tiers[tier])}`).join('')}</p>` : '';
  return [
    `<h2 id="${id}">${esc(t.figures[figure])}</h2>`,
    `<figure>${legend}<svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}">`,
    ...parts,
    '</svg></figure>',
  ].join('\n');
}

// Figures down, scenarios across: a report compares a few scenarios on many figures, so this shape fits a page
// (and paper) where one column per figure did not.
function figureTable(rows: readonly WhatIfRow[], locale: ReportLocale, fmt: Formatters): string {
  const t = TEXT[locale];
  const base = rows[0];
  const withOpen = rows.some((r) => r.openPositions !== undefined);
  // Instrument costs only where a scenario has any: without a catalogue the row would be all zeros.
  const tabled = rows.some((r) => r.instrumentCosts !== 0) ? TABLED : TABLED.filter((f) => f !== 'instrumentCosts');
  const figureRow = (f: Figure) =>
    `<tr><th scope="row">${esc(t.figures[f])}</th>${rows
      .map((r, i) => {
        const d = i > 0 && base ? r[f] - base[f] : undefined;
        return `<td>${esc(fmt.figure(f, r[f]))}${d === undefined ? '' : `<span class="delta">${esc(fmt.delta(f, Math.round(d * 100) / 100))}</span>`}</td>`;
      })
      .join('')}</tr>`;
  const tierRow = (tier: (typeof TIERS)[number]) => `<tr><th scope="row">${esc(t.tiers[tier])}</th>${rows.map((r) => `<td>${esc(fmt.figure('placements', r[tier]))}</td>`).join('')}</tr>`;
  const openRow = withOpen ? [`<tr><th scope="row">${esc(t.open)}</th>${rows.map((r) => `<td>${r.openPositions ?? ''}</td>`).join('')}</tr>`] : [];
  return [
    `<h2>${esc(t.table)}</h2>`,
    '<div class="scroll"><table>',
    `<thead><tr><td></td>${rows.map((r) => `<th scope="col">${esc(r.scenario)}</th>`).join('')}</tr></thead>`,
    `<tbody>${[...tabled.map(figureRow), ...TIERS.map(tierRow), ...openRow].join('\n')}</tbody>`,
    '</table></div>',
  ].join('\n');
}

function municipalityTable(rows: readonly WhatIfRow[], locale: ReportLocale): string {
  const t = TEXT[locale];
  const names = sortBy(uniq(rows.flatMap((r) => r.byMunicipality.map((m) => m.municipality))));
  if (names.length === 0) return '';
  const body = names.map((name) => {
    const cells = rows.map((r) => {
      const m = r.byMunicipality.find((x) => x.municipality === name);
      return `<td>${m ? `${m.placements} <span class="delta">${m.fromHome} / ${m.fromFallback} / ${m.fromRegion}</span>` : '0'}</td>`;
    });
    return `<tr><th scope="row">${esc(name)}</th>${cells.join('')}</tr>`;
  });
  return [
    `<h2>${esc(t.byMunicipality)}</h2>`,
    '<div class="scroll"><table>',
    `<thead><tr><th scope="col">${esc(t.municipality)}</th>${rows.map((r) => `<th scope="col">${esc(r.scenario)}</th>`).join('')}</tr></thead>`,
    `<tbody>${body.join('\n')}</tbody>`,
    '</table></div>',
  ].join('\n');
}

/**
 * Renders a what-if comparison as one self-contained HTML page: a bar chart (inline SVG) per key figure across the
 * scenarios, then the figures as a table with the difference to the first scenario, then placements per municipality.
 * No scripts, no external URLs, and a Content-Security-Policy that forbids loading anything.
 *
 * @param rows - compareScenarios' rows (the first is the baseline)
 * @param options - title, note lines under it, locale (`'nl'` default or `'en'`)
 * @returns the HTML document
 * @example
 * const rows = compareScenarios(region, { basis: {}, 'zonder terugval': { assign: { fallback: 'off' } } }, { date: '2026-01-01' });
 * await writeFile('whatif.html', renderWhatIfHtml(rows, { title: 'Terugvalpool: wel of niet' }));
 */
export function renderWhatIfHtml(rows: readonly WhatIfRow[], options: WhatIfHtmlOptions = {}): string {
  const locale = options.locale ?? 'nl';
  if (locale !== 'nl' && locale !== 'en') throw new RangeError(usage.locale('renderWhatIfHtml', locale));
  const t = TEXT[locale];
  const title = options.title ?? t.title;
  const fmt = formatters(locale);
  const notes = [...(options.notes ?? []), ...(rows.length > 1 ? [t.baseline(rows[0]!.scenario)] : [])];
  const content =
    rows.length === 0 ? [`<p>${esc(t.empty)}</p>`] : [...CHARTED.map((f, i) => chart(f, rows, locale, fmt, `chart-${i + 1}`)), figureTable(rows, locale, fmt), municipalityTable(rows, locale)];
  return htmlPage({ lang: t.lang, title, notes, body: content });
}

/** A table whose first cell in each row is the row's header; every cell is escaped. */
export function htmlTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    '<div class="scroll"><table>',
    `<thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map(([label, ...cells]) => `<tr><th scope="row">${esc(label ?? '')}</th>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}</tbody>`,
    '</table></div>',
  ].join('\n');
}

/**
 * A self-contained report page: no scripts, nothing loaded (a Content-Security-Policy forbids it), the title and
 * notes escaped; `body` is HTML the caller built and escaped.
 */
export function htmlPage(page: { readonly lang: string; readonly title: string; readonly notes: readonly string[]; readonly body: readonly string[] }): string {
  return [
    '<!doctype html>',
    `<html lang="${page.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(page.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${esc(page.title)}</h1>`,
    page.notes.length > 0 ? `<div class="notes">${page.notes.map((n) => `<p>${esc(n)}</p>`).join('')}</div>` : '',
    ...page.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
