import { readOptions } from '../rules/validate.js';
import { checkRankedExamples, type RankedExample } from './examples.js';
import { usage } from '../basics/messages/en.js';

export interface EvaluateRankingOptions {
  /** The cut-off of the top-k metrics. @default 10 */
  readonly k?: number | undefined;
}

/** The top-k metrics of one vacancy that has at least one positive example. */
export interface VacancyRankingMetrics {
  readonly vacancyId: string;
  readonly examples: number;
  readonly positives: number;
  readonly precisionAtK: number;
  readonly recallAtK: number;
  readonly ndcgAtK: number;
  /** 1 ÷ the rank of the first positive (over the whole list, not only the top k). */
  readonly reciprocalRank: number;
}

/** How well scores rank outcomes. `null` where a metric is undefined (no positives, or no negatives for AUC). */
export interface RankingMetrics {
  readonly k: number;
  readonly examples: number;
  readonly positives: number;
  /** ROC AUC over all examples, ties counting half. */
  readonly auc: number | null;
  /** Means over the vacancies with at least one positive. */
  readonly precisionAtK: number | null;
  readonly recallAtK: number | null;
  readonly ndcgAtK: number | null;
  readonly mrr: number | null;
  /** Vacancies averaged over (at least one positive) and left out (none). */
  readonly vacancies: number;
  readonly vacanciesWithoutPositive: number;
  /** The averaged vacancies, by id (code-unit order). */
  readonly perVacancy: readonly VacancyRankingMetrics[];
}

/**
 * Measures how well scores rank outcomes: ROC AUC over all examples and top-k metrics per vacancy.
 *
 * - `auc`: the chance that a random positive scores above a random negative, ties counting half
 *   (Mann–Whitney with mid-ranks); depends only on the order of the scores.
 * - Per vacancy, candidates are ranked by score descending, then candidate id ascending (as
 *   `rankCandidates` does). With `h` positives in the top k and `P` positives in all:
 *   `precisionAtK = h ÷ k` (even when the vacancy has fewer than k examples); `recallAtK = h ÷ P`;
 *   `ndcgAtK = DCG ÷ ideal DCG`, DCG = Σ over positives at rank r ≤ k of 1 ÷ log2(r + 1), ideal DCG
 *   = Σ for r = 1 … min(k, P) of 1 ÷ log2(r + 1); `reciprocalRank = 1 ÷ rank of the first positive`.
 * - `precisionAtK`, `recallAtK`, `ndcgAtK`, `mrr`: means of those over vacancies with at least one positive.
 *
 * @param examples - `{ vacancyId, candidateId, score, label: 0 | 1 }`, one per pair
 * @param options - `k` (default 10)
 * @returns plain-data metrics, overall and per vacancy
 * @throws {MatchError} naming every bad example (non-finite score, label not 0/1, missing id, a pair twice, a hole), or
 *   `examples` that is not an array
 * @throws {RangeError} when `k` is not a whole number ≥ 1; {TypeError} when `options` is not an object
 * @example
 * const m = evaluateRanking(
 *   [
 *     { vacancyId: 'v1', candidateId: 'a', score: 0.9, label: 1 },
 *     { vacancyId: 'v1', candidateId: 'b', score: 0.7, label: 0 },
 *     { vacancyId: 'v1', candidateId: 'c', score: 0.5, label: 1 },
 *   ],
 *   { k: 2 },
 * );
 * // m.auc === 0.5, m.precisionAtK === 0.5, m.recallAtK === 0.5, m.mrr === 1
 */
export function evaluateRanking(examples: readonly RankedExample[], options?: EvaluateRankingOptions): RankingMetrics {
  const k = readOptions('evaluateRanking', options).k ?? 10;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(usage.wholeAtLeast('evaluateRanking', 'k', 1, k));
  checkRankedExamples(examples);

  const byVacancy = new Map<string, RankedExample[]>();
  for (const e of examples) {
    const list = byVacancy.get(e.vacancyId);
    if (list) list.push(e);
    else byVacancy.set(e.vacancyId, [e]);
  }
  const perVacancy: VacancyRankingMetrics[] = [];
  for (const vacancyId of [...byVacancy.keys()].sort(compareIds)) {
    const m = vacancyMetrics(vacancyId, byVacancy.get(vacancyId)!, k);
    if (m) perVacancy.push(m);
  }
  const mean = (pick: (m: VacancyRankingMetrics) => number) => (perVacancy.length ? perVacancy.reduce((s, m) => s + pick(m), 0) / perVacancy.length : null);
  return {
    k,
    examples: examples.length,
    positives: examples.reduce((s, e) => s + e.label, 0),
    auc: rocAuc(examples),
    precisionAtK: mean((m) => m.precisionAtK),
    recallAtK: mean((m) => m.recallAtK),
    ndcgAtK: mean((m) => m.ndcgAtK),
    mrr: mean((m) => m.reciprocalRank),
    vacancies: perVacancy.length,
    vacanciesWithoutPositive: byVacancy.size - perVacancy.length,
    perVacancy,
  };
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function vacancyMetrics(vacancyId: string, list: RankedExample[], k: number): VacancyRankingMetrics | undefined {
  const positives = list.reduce((s, e) => s + e.label, 0);
  if (positives === 0) return undefined;
  const ranked = [...list].sort((a, b) => b.score - a.score || compareIds(a.candidateId, b.candidateId));
  let hits = 0;
  let dcg = 0;
  let firstRank = 0;
  ranked.forEach((e, i) => {
    if (e.label !== 1) return;
    if (firstRank === 0) firstRank = i + 1;
    if (i < k) {
      hits++;
      dcg += 1 / Math.log2(i + 2);
    }
  });
  let ideal = 0;
  for (let r = 1; r <= Math.min(k, positives); r++) ideal += 1 / Math.log2(r + 1);
  return {
    vacancyId,
    examples: list.length,
    positives,
    precisionAtK: hits / k,
    recallAtK: hits / positives,
    ndcgAtK: dcg / ideal,
    reciprocalRank: 1 / firstRank,
  };
}

/** Mann–Whitney AUC with mid-ranks for ties; null without both classes. */
function rocAuc(examples: readonly RankedExample[]): number | null {
  const n = examples.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => examples[a]!.score - examples[b]!.score);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && examples[order[j + 1]!]!.score === examples[order[i]!]!.score) j++;
    const midRank = (i + j + 2) / 2;
    for (let t = i; t <= j; t++) {
      if (examples[order[t]!]!.label === 1) {
        positives++;
        rankSum += midRank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
