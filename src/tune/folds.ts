import { throwIfIssues, type MatchIssue } from '../basics/errors.js';
import { plainList, readOptions } from '../rules/validate.js';
import { createRandom } from '../synthetic/random.js';
import { checkList } from './examples.js';
import { ISSUE, USAGE } from './messages.js';
import { usage } from '../basics/messages/en.js';

export interface SplitByVacancyOptions {
  /** Number of folds. @default 5 */
  readonly k?: number | undefined;
  /** Seed of the shuffle of vacancies over folds. @default 1 */
  readonly seed?: number | undefined;
}

/** One cross-validation fold: the examples of its vacancies to test on, the rest to train on. */
export interface VacancyFold<T> {
  /** The vacancies held out, in code-unit order. */
  readonly vacancies: readonly string[];
  readonly train: T[];
  readonly test: T[];
}

/**
 * Splits examples into k cross-validation folds by vacancy, so a vacancy's examples are never both
 * trained and tested on. Vacancies (sorted, then shuffled with the seed) are dealt round-robin, so
 * fold sizes differ by at most one vacancy. Examples keep their input order.
 *
 * @param examples - anything with a `vacancyId`
 * @param options - `k` (default 5), `seed` (default 1)
 * @returns k folds
 * @throws {RangeError} when `k` is not a whole number between 2 and the number of vacancies, or `seed` is not finite;
 *   {TypeError} when `options` is not an object
 * @throws {MatchError} naming every example without a vacancy id and every hole, or `examples` that is not an array
 * @example
 * declare const outcomes: SimulatedOutcome[]; // from simulateOutcomes
 * for (const { train, test } of splitByVacancy(outcomes, { k: 5 })) {
 *   const fit = fitWeights(train.map((o) => ({ factors: o.factors, label: o.placed })));
 *   console.log(fit.identified, test.length);
 * }
 */
export function splitByVacancy<T extends { readonly vacancyId: string }>(examples: readonly T[], options?: SplitByVacancyOptions): VacancyFold<T>[] {
  const o = readOptions('splitByVacancy', options);
  const k = o.k ?? 5;
  const seed = o.seed ?? 1;
  const issues: MatchIssue[] = [];
  if (!checkList(examples, 'examples', issues)) throwIfIssues(issues);
  examples.forEach((e: unknown, i) => {
    const id: unknown = typeof e === 'object' && e !== null ? (e as { vacancyId?: unknown }).vacancyId : undefined;
    if (typeof id !== 'string' || id.length === 0) issues.push({ code: 'invalid_id', path: ['examples', i, 'vacancyId'], message: ISSUE.id('vacancyId', id) });
  });
  throwIfIssues(issues);
  const list = plainList(examples);
  const ids = [...new Set(list.map((e) => e.vacancyId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!Number.isInteger(k) || k < 2 || k > ids.length) {
    throw new RangeError(USAGE.foldsK(ids.length, k));
  }
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new RangeError(usage.seed('splitByVacancy', seed));
  const rng = createRandom(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  const foldOf = new Map(ids.map((id, i) => [id, i % k]));
  return Array.from({ length: k }, (_, fold) => ({
    vacancies: ids.filter((id) => foldOf.get(id) === fold).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    train: list.filter((e) => foldOf.get(e.vacancyId) !== fold),
    test: list.filter((e) => foldOf.get(e.vacancyId) === fold),
  }));
}
