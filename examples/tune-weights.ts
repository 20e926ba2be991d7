// Tunes the match weights on past outcomes: loads outcomes (CSV or JSON), cross-validates by vacancy,
// and prints the default and the fitted weights with their held-out metrics side by side.
//
//   tsx examples/tune-weights.ts [outcomes.csv | outcomes.json] [--label placed|durable] [--folds 5] [--k 10]
//
// Outcome columns (CSV, `,` or `;`): vacancyId, candidateId, score, label (1 = placed), durable (1 = lasted
// 6 months and 1 day), competence, ladder, hours, travel, sector (the match's factor scores). JSON: an array of
// { vacancyId, candidateId, score, label, durable, factors: { competence, … } }.
// Without a file (as CI runs it) it simulates a seeded outcome file with known hidden weights in a temp
// dir, loads that, and ends with a fairness report of the rankings under the fitted weights.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createMatcher,
  DEFAULT_WEIGHTS,
  evaluateRanking,
  FACTORS,
  fairnessReport,
  fitWeights,
  formatFairnessReport,
  generateSyntheticRegion,
  simulateOutcomes,
  splitByVacancy,
  type Factor,
  type FactorScores,
  type RankingMetrics,
} from 'werkmatch';

interface Outcome {
  readonly vacancyId: string;
  readonly candidateId: string;
  readonly score: number;
  readonly label: 0 | 1;
  readonly durable: 0 | 1;
  readonly factors: FactorScores;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const target = option('label', 'placed');
if (target !== 'placed' && target !== 'durable') throw new Error(`--label must be placed or durable, got ${target}`);
const folds = Number(option('folds', '5'));
const k = Number(option('k', '10'));
const given = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));

// 1. Outcomes: the given file, or a seeded simulation with known hidden weights.
const SEED = 2026;
const HIDDEN: Record<Factor, number> = { competence: 0.3, ladder: 0.1, hours: 0.15, travel: 0.3, sector: 0.15 };
const region = given ? undefined : generateSyntheticRegion({ seed: SEED, candidates: 2600, vacancies: 150 });
let file = given;
let tempDir: string | undefined;
if (region) {
  const matcher = createMatcher(region);
  const matches = region.vacancies.flatMap((v) => matcher.rankCandidates(v.id, { limit: region.candidates.length, fallback: 'fill', minScore: 0 }));
  const simulated = simulateOutcomes(matches, { seed: SEED, placed: { weights: HIDDEN } });
  const header = ['vacancyId', 'candidateId', 'score', 'label', 'durable', ...FACTORS];
  const rows = simulated.map((o) => [o.vacancyId, o.candidateId, o.score, o.placed, o.durable, ...FACTORS.map((f) => o.factors[f])].join(','));
  tempDir = mkdtempSync(join(tmpdir(), 'werkmatch-tune-'));
  file = join(tempDir, 'outcomes.csv');
  writeFileSync(file, `${header.join(',')}\n${rows.join('\n')}\n`);
  console.log(`No outcome file given: simulated ${simulated.length} outcomes of a seeded region (seed ${SEED}) into ${file} (removed after loading)`);
}
const outcomes = load(file!);
if (tempDir) rmSync(tempDir, { recursive: true });
const labelOf = (o: Outcome): 0 | 1 => (target === 'placed' ? o.label : o.durable);
console.log(
  `Loaded ${outcomes.length} outcomes over ${new Set(outcomes.map((o) => o.vacancyId)).size} vacancies; ${outcomes.filter((o) => labelOf(o) === 1).length} ${target === 'placed' ? 'placements' : 'durable placements'}.\n`,
);

// 2. Cross-validation by vacancy: fit on the other folds, measure default and fitted weights on the held-out one.
const scoreWith = (weights: Readonly<Record<Factor, number>>, o: Outcome) => FACTORS.reduce((s, f) => s + weights[f] * o.factors[f], 0);
const measure = (weights: Readonly<Record<Factor, number>>, test: readonly Outcome[]) =>
  evaluateRanking(
    test.map((o) => ({ vacancyId: o.vacancyId, candidateId: o.candidateId, score: scoreWith(weights, o), label: labelOf(o) })),
    { k },
  );
const perFold: { default: RankingMetrics; fitted: RankingMetrics }[] = [];
for (const { train, test } of splitByVacancy(outcomes, { k: folds, seed: SEED })) {
  const fit = fitWeights(train.map((o) => ({ factors: o.factors, label: labelOf(o) })));
  if (!fit.identified) throw new Error(`a fold could not be fitted: ${fit.problems.map((p) => p.message).join('; ')}`);
  perFold.push({ default: measure(DEFAULT_WEIGHTS, test), fitted: measure(fit.weights, test) });
}

// 3. The final fit on all outcomes.
const fit = fitWeights(outcomes.map((o) => ({ factors: o.factors, label: labelOf(o) })));
if (!fit.identified) {
  console.log('The outcomes cannot identify the weights:');
  for (const p of fit.problems) console.log(`  · ${p.message}`);
  process.exit(0);
}

const pad = (s: string, n: number) => s.padStart(n);
console.log(`Weights (fitted on all ${fit.examples} outcomes: ${fit.iterations} IRLS iterations, deviance ${fit.deviance.toFixed(1)})`);
console.log(`${'factor'.padEnd(12)}${pad('default', 9)}${pad('fitted', 9)}${pad('coef', 9)}${pad('± s.e.', 9)}${region ? pad('hidden', 9) : ''}`);
for (const f of FACTORS) {
  console.log(
    `${f.padEnd(12)}${pad(DEFAULT_WEIGHTS[f].toFixed(3), 9)}${pad(fit.weights[f].toFixed(3), 9)}${pad(fit.coefficients[f].toFixed(2), 9)}${pad(fit.standardErrors[f].toFixed(2), 9)}${region ? pad(HIDDEN[f].toFixed(3), 9) : ''}`,
  );
}
if (fit.clipped.length) console.log(`(negative coefficients clipped to weight 0: ${fit.clipped.join(', ')})`);

const mean = (values: readonly (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((s, v) => s + v, 0) / known.length : Number.NaN;
};
console.log(`\nHeld-out metrics (${folds}-fold cross-validation by vacancy, mean over folds, k = ${k})`);
console.log(`${'metric'.padEnd(14)}${pad('default', 9)}${pad('fitted', 9)}`);
const metrics: [string, (m: RankingMetrics) => number | null][] = [
  ['AUC', (m) => m.auc],
  [`precision@${k}`, (m) => m.precisionAtK],
  [`recall@${k}`, (m) => m.recallAtK],
  [`NDCG@${k}`, (m) => m.ndcgAtK],
  ['MRR', (m) => m.mrr],
];
for (const [name, pick] of metrics) {
  const d = mean(perFold.map((p) => pick(p.default)));
  const t = mean(perFold.map((p) => pick(p.fitted)));
  console.log(`${name.padEnd(14)}${pad(d.toFixed(3), 9)}${pad(t.toFixed(3), 9)}`);
}
const rounded = Object.fromEntries(FACTORS.map((f) => [f, Math.round(fit.weights[f] * 1000) / 1000]));
console.log(`\nTo use them: createMatcher(input, { weights: ${JSON.stringify(rounded)} })`);

// 4. Before using the weights: who reaches the top 10 under them, by target group, gender and age band?
if (region) {
  const tuned = createMatcher(region, { weights: fit.weights });
  // The pool the shares are taken of: people who can be matched to paid work (ladder step 4 and up, not exempt).
  const available = region.candidates.filter((c) => c.ladderStep >= 4 && !c.exempt);
  const matches = region.vacancies.flatMap((v) => tuned.rankCandidates(v.id, { limit: 10 }));
  console.log(`\n${formatFairnessReport(fairnessReport({ candidates: available, matches }, { k: 10, asOf: '2026-01-01' }), { locale: 'en' })}`);
}

/** Reads outcomes from CSV (`,` or `;`, a header row) or a JSON array. */
function load(path: string): Outcome[] {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.json')) return JSON.parse(text) as Outcome[];
  const [head = '', ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const delimiter = head.includes(';') ? ';' : ',';
  const names = head.split(delimiter).map((h) => h.trim());
  return lines.map((line) => {
    const cells = line.split(delimiter);
    const cell = (name: string) => cells[names.indexOf(name)]?.trim() ?? '';
    return {
      vacancyId: cell('vacancyId'),
      candidateId: cell('candidateId'),
      score: Number(cell('score')),
      label: Number(cell('label')) as 0 | 1,
      durable: Number(cell('durable')) as 0 | 1,
      // A missing or malformed cell becomes NaN, which fitWeights reports with its row and factor.
      factors: Object.fromEntries(FACTORS.map((f) => [f, cell(f) === '' ? Number.NaN : Number(cell(f))])) as Record<Factor, number>,
    };
  });
}
