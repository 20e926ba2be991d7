// `werkmatch tune` output for people: the rows of its tables (shared by the terminal and the HTML report) and the HTML
// report itself, with the ROC curves, the reliability curve and the exposure per group as inline SVG.
import groupBy from 'lodash/groupBy.js';
import keyBy from 'lodash/keyBy.js';
import { FACTORS, type Factor } from '../schema/config.js';
import type { FairnessRow } from '../tune/fairness.js';
import type { RankingMetrics } from '../tune/metrics.js';
import type { WeightsCrossValidation } from '../tune/crossval.js';
import type { RocPoint } from '../tune/calibration.js';
import { numberFormats, type CliLocale } from './format.js';
import { coord, esc, htmlPage, htmlTable as table } from './html.js';

const rowKey = (r: FairnessRow): string => `${r.dimension}\u0000${r.group}`;

export const TUNE_TEXT = {
  nl: {
    lang: 'nl',
    title: 'Gewichten afstemmen op uitkomsten',
    summary: (examples: string, positives: string, vacancies: string, folds: number) =>
      `${examples} uitkomsten (${positives} positief) bij ${vacancies} vacatures, kruisvalidatie in ${folds} delen per vacature.`,
    ineligible: (n: string) => `${n} uitkomsten horen bij paren die de matcher uitsluit: die scoren 0 bij elk gewicht.`,
    weights: 'Gewichten',
    weightHead: ['factor', 'nu', 'geschat (alle uitkomsten)', 'gemiddeld over de delen', 'spreiding (sd)', 'laagste – hoogste'],
    factors: { competence: 'competenties', ladder: 'participatieladder', hours: 'uren', travel: 'reistijd', sector: 'sector' } satisfies Record<Factor, string>,
    notIdentified: 'De uitkomsten bepalen de gewichten niet:',
    useWeights: 'Te gebruiken als config:',
    ranking: (k: number) => `Rangorde buiten de steekproef (k = ${k})`,
    metricHead: ['maat', 'met huidige gewichten', 'met geschatte gewichten'],
    metrics: { auc: 'AUC', precisionAtK: 'precisie@k', ndcgAtK: 'NDCG@k', mrr: 'MRR' },
    calibration: 'Kalibratie van de geschatte kansen',
    calibrationHead: ['maat', 'waarde'],
    brier: 'Brier-score',
    baseRateBrier: 'Brier-score van het basispercentage',
    brierSkill: 'Brier-vaardigheid (boven 0 is beter dan het basispercentage)',
    ece: 'verwachte kalibratiefout (ECE)',
    noCalibration: 'Geen deel gaf een schatting: geen kalibratie.',
    exposure: (k: number) => `Zichtbaarheid per groep in de top ${k}`,
    exposureHead: ['groep', 'aandeel in de lijsten', 'aandeel zichtbaarheid nu', 'aandeel zichtbaarheid geschat'],
    dimensions: { targetGroup: 'doelgroep', gender: 'geslacht', ageBand: 'leeftijd' },
    unknown: 'onbekend',
    roc: 'ROC-curve (buiten de steekproef)',
    reliability: 'Betrouwbaarheidscurve',
    before: 'huidige gewichten',
    after: 'geschatte gewichten',
    predicted: 'voorspelde kans',
    observed: 'waargenomen aandeel',
    fpr: 'fout-positief',
    tpr: 'terecht-positief',
    foldProblems: (fold: number) => `deel ${fold}:`,
  },
  en: {
    lang: 'en',
    title: 'Tuning weights to outcomes',
    summary: (examples: string, positives: string, vacancies: string, folds: number) =>
      `${examples} outcomes (${positives} positive) over ${vacancies} vacancies, cross-validated in ${folds} folds by vacancy.`,
    ineligible: (n: string) => `${n} outcomes are pairs the matcher knocks out: they score 0 under any weights.`,
    weights: 'Weights',
    weightHead: ['factor', 'now', 'fitted (all outcomes)', 'mean over folds', 'spread (sd)', 'lowest – highest'],
    factors: { competence: 'competences', ladder: 'participation ladder', hours: 'hours', travel: 'travel', sector: 'sector' } satisfies Record<Factor, string>,
    notIdentified: 'The outcomes do not identify the weights:',
    useWeights: 'To use as config:',
    ranking: (k: number) => `Ranking out of sample (k = ${k})`,
    metricHead: ['measure', 'current weights', 'fitted weights'],
    metrics: { auc: 'AUC', precisionAtK: 'precision@k', ndcgAtK: 'NDCG@k', mrr: 'MRR' },
    calibration: 'Calibration of the fitted probabilities',
    calibrationHead: ['measure', 'value'],
    brier: 'Brier score',
    baseRateBrier: 'Brier score of the base rate',
    brierSkill: 'Brier skill (above 0 beats the base rate)',
    ece: 'expected calibration error (ECE)',
    noCalibration: 'No fold gave a fit: no calibration.',
    exposure: (k: number) => `Exposure per group in the top ${k}`,
    exposureHead: ['group', 'share of list entries', 'share of exposure now', 'share of exposure fitted'],
    dimensions: { targetGroup: 'target group', gender: 'gender', ageBand: 'age band' },
    unknown: 'unknown',
    roc: 'ROC curve (out of sample)',
    reliability: 'Reliability curve',
    before: 'current weights',
    after: 'fitted weights',
    predicted: 'predicted probability',
    observed: 'observed rate',
    fpr: 'false-positive rate',
    tpr: 'true-positive rate',
    foldProblems: (fold: number) => `fold ${fold}:`,
  },
} as const;

/** The rows of the tune report's tables, formatted for a locale; the first cell of each row is its label. */
export interface TuneTables {
  readonly weights: string[][];
  readonly metrics: string[][];
  readonly calibration: string[][] | null;
  readonly exposure: { readonly dimension: string; readonly rows: string[][] }[];
}

/** The tables of a cross-validation, for the terminal and the HTML report alike. */
export function tuneTables(cv: WeightsCrossValidation, locale: CliLocale): TuneTables {
  const t = TUNE_TEXT[locale];
  const f = numberFormats(locale);
  const n = (v: number | null | undefined, digits = 3) => (v === null || v === undefined ? '–' : f.fixed(v, digits));
  const pct = (v: number) => `${f.fixed(v * 100, 1)}%`;
  const fitted = cv.fit.identified ? cv.fit.weights : null;
  const weights = FACTORS.map((x) => [
    t.factors[x],
    n(cv.baseline[x]),
    n(fitted?.[x]),
    n(cv.spread?.[x].mean),
    n(cv.spread?.[x].sd),
    cv.spread ? `${n(cv.spread[x].min)} – ${n(cv.spread[x].max)}` : '–',
  ]);
  const metric = (m: RankingMetrics, key: keyof typeof t.metrics) => n(m[key]);
  const metrics = (Object.keys(t.metrics) as (keyof typeof t.metrics)[]).map((key) => [t.metrics[key], metric(cv.before, key), metric(cv.after, key)]);
  const c = cv.calibration;
  const calibration = c && [
    [t.brier, n(c.brier, 4)],
    [t.baseRateBrier, n(c.baseRateBrier, 4)],
    [t.brierSkill, n(c.brierSkill, 3)],
    [t.ece, n(c.ece, 4)],
  ];
  const exposure: TuneTables['exposure'] = [];
  if (cv.fairness) {
    const after = keyBy(cv.fairness.after.rows, rowKey);
    for (const [dimension, rows] of Object.entries(groupBy(cv.fairness.before.rows, 'dimension'))) {
      exposure.push({
        dimension: t.dimensions[dimension as keyof typeof t.dimensions],
        rows: rows.map((r) => {
          const a = after[rowKey(r)];
          return [r.group === 'unknown' ? t.unknown : r.group, pct(r.exposure?.entryShare ?? 0), pct(r.exposure?.exposureShare ?? 0), pct(a?.exposure?.exposureShare ?? 0)];
        }),
      });
    }
  }
  return { weights, metrics, calibration, exposure };
}

/** The lines above the tables: the size of the data, knocked-out pairs, and why a fit failed. */
export function tuneNotes(cv: WeightsCrossValidation, locale: CliLocale): string[] {
  const t = TUNE_TEXT[locale];
  const f = numberFormats(locale);
  const notes = [t.summary(f.count(cv.examples), f.count(cv.positives), f.count(cv.before.vacancies + cv.before.vacanciesWithoutPositive), cv.folds.length)];
  if (cv.ineligible > 0) notes.push(t.ineligible(f.count(cv.ineligible)));
  if (!cv.fit.identified) notes.push(t.notIdentified, ...cv.fit.problems.map((p) => `  ${p.message}`));
  cv.folds.forEach((fold, i) => {
    if (fold.problems.length > 0) notes.push(`${t.foldProblems(i + 1)} ${fold.problems.join('; ')}`);
  });
  return notes;
}

const SIZE = 320;
const PAD = 44;

/** A square plot of one or two curves on [0, 1]², with the diagonal dashed. */
function curvePlot(id: string, heading: string, curves: readonly { cls: string; label: string; points: readonly [number, number][] }[], axes: readonly [string, string], locale: CliLocale): string {
  const tick = (v: number) => numberFormats(locale).fixed(v, v === 0.5 ? 1 : 0);
  const x = (v: number) => coord(PAD + v * SIZE);
  const y = (v: number) => coord(PAD / 2 + (1 - v) * SIZE);
  const parts = [
    `<line class="axis" x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(0)}"/>`,
    `<line class="axis" x1="${x(0)}" y1="${y(0)}" x2="${x(0)}" y2="${y(1)}"/>`,
    `<line class="base" x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}"/>`,
    ...[0, 0.5, 1].flatMap((v) => [
      `<text x="${x(v)}" y="${coord(PAD / 2 + SIZE + 16)}" text-anchor="middle">${tick(v)}</text>`,
      `<text x="${coord(PAD - 6)}" y="${coord(PAD / 2 + (1 - v) * SIZE + 4)}" text-anchor="end">${tick(v)}</text>`,
    ]),
    `<text x="${x(0.5)}" y="${coord(PAD / 2 + SIZE + 34)}" text-anchor="middle">${esc(axes[0])}</text>`,
    `<text transform="translate(12 ${y(0.5)}) rotate(-90)" text-anchor="middle">${esc(axes[1])}</text>`,
    ...curves.map((c) => `<polyline class="line ${c.cls}" points="${c.points.map(([a, b]) => `${x(a)},${y(b)}`).join(' ')}"><title>${esc(c.label)}</title></polyline>`),
  ];
  const legend = `<p class="legend">${curves.map((c) => `<span class="swatch ${c.cls}"></span>${esc(c.label)}`).join('')}</p>`;
  const width = PAD + SIZE + 16;
  const height = PAD / 2 + SIZE + 44;
  return [
    `<h2 id="${id}">${esc(heading)}</h2>`,
    `<figure>${legend}<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}">`,
    ...parts,
    '</svg></figure>',
  ].join('\n');
}

/** At most `max` points of a curve, always keeping the first and the last (ROC curves can have one point per score). */
function thin(points: readonly RocPoint[], max = 400): [number, number][] {
  const step = Math.max(1, Math.ceil(points.length / max));
  const kept = points.filter((_, i) => i % step === 0 || i === points.length - 1);
  return kept.map((p) => [p.falsePositiveRate, p.truePositiveRate]);
}

// Paired horizontal bars per group: exposure share now and fitted, with the share of list entries as a tick.
function exposureChart(cv: WeightsCrossValidation, locale: CliLocale): string {
  if (!cv.fairness) return '';
  const t = TUNE_TEXT[locale];
  const f = numberFormats(locale);
  const after = keyBy(cv.fairness.after.rows, rowKey);
  const rows = cv.fairness.before.rows;
  const label = 270;
  const area = 340;
  const rowHeight = 30;
  const height = rows.length * rowHeight + 12;
  const parts = rows.flatMap((r, i) => {
    const a = after[rowKey(r)];
    const y = 6 + i * rowHeight;
    const shares = [r.exposure?.exposureShare ?? 0, a?.exposure?.exposureShare ?? 0];
    const entry = r.exposure?.entryShare ?? 0;
    const name = `${t.dimensions[r.dimension]}: ${r.group === 'unknown' ? t.unknown : r.group}`;
    return [
      `<text x="${label - 10}" y="${y + 15}" text-anchor="end">${esc(name)}</text>`,
      ...shares.map(
        (s, j) =>
          `<rect class="${j === 0 ? 'before' : 'after'}" x="${label}" y="${y + j * 11}" width="${coord(s * area)}" height="10"><title>${esc(`${name}: ${j === 0 ? t.before : t.after} ${f.fixed(s * 100, 1)}%`)}</title></rect>`,
      ),
      `<line class="base" x1="${coord(label + entry * area)}" x2="${coord(label + entry * area)}" y1="${y - 2}" y2="${y + 23}"/>`,
      `<text x="${coord(label + Math.max(...shares, entry) * area + 8)}" y="${y + 15}">${esc(`${f.fixed(shares[0]! * 100, 1)}% → ${f.fixed(shares[1]! * 100, 1)}%`)}</text>`,
    ];
  });
  const legend = `<p class="legend"><span class="swatch before"></span>${esc(t.before)}<span class="swatch after"></span>${esc(t.after)} · ┆ ${esc(t.exposureHead[1])}</p>`;
  return [
    `<h2 id="exposure">${esc(t.exposure(cv.k))}</h2>`,
    `<figure>${legend}<svg viewBox="0 0 720 ${height}" width="720" height="${height}" role="img" aria-labelledby="exposure">`,
    ...parts,
    '</svg></figure>',
  ].join('\n');
}

/**
 * Renders a cross-validation as one self-contained HTML page: weights, ranking metrics, the ROC curves, the reliability
 * curve and exposure per group as inline SVG. No scripts, nothing loaded. Pure: same input, same bytes.
 *
 * @example
 * await writeFile('tune.html', renderTuneHtml(crossValidateWeights(matcher, outcomes), { locale: 'en' }));
 */
export function renderTuneHtml(cv: WeightsCrossValidation, options: { title?: string | undefined; notes?: readonly string[] | undefined; locale?: CliLocale | undefined } = {}): string {
  const locale = options.locale ?? 'nl';
  const t = TUNE_TEXT[locale];
  const tables = tuneTables(cv, locale);
  const c = cv.calibration;
  const reliability = c
    ? curvePlot(
        'reliability',
        t.reliability,
        [{ cls: 'after', label: t.after, points: c.bins.flatMap((b) => (b.meanPredicted === null || b.observedRate === null ? [] : [[b.meanPredicted, b.observedRate] as [number, number]])) }],
        [t.predicted, t.observed],
        locale,
      )
    : `<p>${esc(t.noCalibration)}</p>`;
  return htmlPage({
    lang: t.lang,
    title: options.title ?? t.title,
    notes: [...(options.notes ?? []), ...tuneNotes(cv, locale)],
    body: [
      `<h2>${esc(t.weights)}</h2>`,
      table(t.weightHead, tables.weights),
      `<h2>${esc(t.ranking(cv.k))}</h2>`,
      table(t.metricHead, tables.metrics),
      curvePlot(
        'roc',
        t.roc,
        [
          { cls: 'before', label: t.before, points: thin(cv.roc.before) },
          { cls: 'after', label: t.after, points: thin(cv.roc.after) },
        ],
        [t.fpr, t.tpr],
        locale,
      ),
      `<h2>${esc(t.calibration)}</h2>`,
      tables.calibration ? table(t.calibrationHead, tables.calibration) : `<p>${esc(t.noCalibration)}</p>`,
      reliability,
      exposureChart(cv, locale),
      ...tables.exposure.map((e) => table([e.dimension, ...t.exposureHead.slice(1)], e.rows)),
    ],
  });
}
