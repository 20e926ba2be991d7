import { assignPlacements, type AssignFallback, type AssignStrategy } from '../assign/assign.js';
import type { MatchConfig } from '../schema/config.js';
import { subsidyAge } from '../match/instruments.js';
import type { MatchInput } from '../engine/load.js';
import { createMatcher } from '../match/matcher.js';
import { isIsoDate } from '../basics/dates.js';
import { MINIMUM_WAGE_TABLE, notionalSavings, wageCostSubsidy } from '../rules/index.js';
import { rowOn } from '../rules/tables.js';
import { municipalSuggestions } from '../rules/suggest.js';
import { checkArray, plainList, readOptions } from '../rules/validate.js';
import { type IssueCode, throwIfIssues, type MatchIssue } from '../basics/errors.js';
import { loadInput } from '../engine/load.js';
import type { CandidateInput, VacancyInput } from '../schema/records.js';
import { usage, whatif as whatifText } from '../basics/messages/en.js';

/** One what-if scenario: configuration overrides, assignment options, and record transforms. */
export interface ScenarioOptions {
  /** Passed to createMatcher (a scenario file for the CLI holds `config` and `assign` only). */
  readonly config?: MatchConfig | undefined;
  /** As for assignPlacements, with its defaults (optimal, home first: `fallback: 'when-none'`). */
  readonly assign?: { readonly strategy?: AssignStrategy | undefined; readonly minScore?: number | undefined; readonly fallback?: AssignFallback | undefined } | undefined;
  /** Transforms every candidate record before matching; it gets the caller's record, so return a new object rather than mutating it. */
  readonly candidates?: ((candidate: CandidateInput) => CandidateInput) | undefined;
  /** Transforms every vacancy record before matching. */
  readonly vacancies?: ((vacancy: VacancyInput) => VacancyInput) | undefined;
}

/** The chance a placement lasts 6 months and 1 day: a base by ladder step, moved by the match score. */
export interface DurabilityModel {
  readonly byStep: Readonly<Record<4 | 5 | 6, number>>;
  /** Change in probability per unit of score away from `pivotScore`. */
  readonly scoreSlope: number;
  readonly pivotScore: number;
}

/**
 * Default durability model. Divosa: about 14% of people who leave assistance for work return within
 * 6 months, so an average placement lasts with probability ≈ 0.86; placements further down the ladder
 * are more fragile, and a better match lasts longer. These are stated assumptions, not measurements:
 * replace them with the municipality's own figures.
 */
export const DEFAULT_DURABILITY_MODEL: DurabilityModel = Object.freeze({
  byStep: Object.freeze({ 4: 0.7, 5: 0.8, 6: 0.88 }),
  scoreSlope: 0.4,
  pivotScore: 0.75,
});

export interface CompareScenariosOptions {
  /** Start date of the placements: picks the minimum wage and the half-year of the notional saving. @default the newest minimum-wage table date (2026-01-01) */
  readonly date?: string | undefined;
  /** @default DEFAULT_DURABILITY_MODEL */
  readonly durability?: DurabilityModel | undefined;
  /** Weekly hours from which a placement counts as full-time for the notional saving. @default 32 */
  readonly fullTimeHours?: number | undefined;
}

/** Placements of one scenario in one municipality (the vacancy's). */
export interface MunicipalityRow {
  readonly municipality: string;
  readonly placements: number;
  readonly fromHome: number;
  readonly fromFallback: number;
  readonly fromRegion: number;
}

/** The key figures of a scenario that are compared with the baseline. */
export interface ScenarioFigures {
  readonly placements: number;
  readonly fromHome: number;
  readonly fromFallback: number;
  readonly fromRegion: number;
  /** Sum over placements of the durability model's probability. */
  readonly durableExpected: number;
  /** Loonkostensubsidie for placements whose candidate has a wage value below 1 at an employer that accepts it, euros a month. */
  readonly subsidyPerMonth: number;
  readonly subsidyPerYear: number;
  /** Fictieve besparing (€13,000 / €6,500 / €3,250 / €1,625 by half-year and full- or part-time). */
  readonly notionalSavings: number;
  /**
   * Programme costs of the municipality's own instruments (the scenario's `config.instruments`): for each placement, the
   * amount of every catalogue instrument whose conditions the placed person meets, euros.
   */
  readonly instrumentCosts: number;
  /**
   * notionalSavings − the subsidy over the period the savings norm covers (12 months for a start in the first half-year,
   * 6 in the second: the norms are €13,000 and €6,500 for the same reason) − instrumentCosts. The definition of
   * netBenefit, with the subsidy and the instruments as the costs.
   */
  readonly netResult: number;
}

/** One row of compareScenarios. `delta` is this row minus the first (baseline) row; null for the baseline. */
export interface ScenarioRow extends ScenarioFigures {
  readonly scenario: string;
  readonly totalScore: number;
  readonly openPositions: number;
  readonly byMunicipality: readonly MunicipalityRow[];
  /** Per instrument of the scenario's catalogue, in catalogue order: the placements it applies to and their cost. */
  readonly instruments: readonly InstrumentUse[];
  readonly delta: ScenarioFigures | null;
}

/** How often a scenario uses one instrument of the municipality's catalogue, and what that costs. */
export interface InstrumentUse {
  readonly id: string;
  readonly label: string;
  readonly placements: number;
  /** placements × the instrument's amount (0 without an amount), euros. */
  readonly costs: number;
}

const FIGURES = ['placements', 'fromHome', 'fromFallback', 'fromRegion', 'durableExpected', 'subsidyPerMonth', 'subsidyPerYear', 'notionalSavings', 'instrumentCosts', 'netResult'] as const;
const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * Runs the assignment for each scenario and compares the outcomes with the first (the baseline).
 *
 * @param input - `{ candidates, vacancies }` as for createMatcher
 * @param scenarios - name → options, in the order the rows should come out; the first is the baseline
 * @param options - `date` (default: the newest minimum-wage table date, 2026-01-01 — never the clock), the durability model, the full-time threshold
 * @returns one row per scenario: placements by tier, expected durable placements, subsidy, savings, net result, per municipality, and the difference to the baseline
 * @throws {MatchError} when the records, a scenario (its config, its assign options, a transform that is not a function,
 *   an entry that is not `[name, options]`, a hole in a list) or a transformed record is invalid
 * @throws {RangeError} for an unknown date or one the minimum-wage table does not cover, no scenarios, an integer-like
 *   scenario name in a record (JavaScript would reorder it), or a bad durability model; {TypeError} when `scenarios`
 *   or `options` is not an object
 * @example
 * const region = generateSyntheticRegion({ seed: 2026, candidates: 600, vacancies: 60 });
 * const rows = compareScenarios(region, {
 *   'zonder terugval': { assign: { fallback: 'off' } },
 *   'met terugval': { assign: { fallback: 'when-none' } },
 * }, { date: '2026-01-01' });
 * console.log(rows[1]!.delta?.placements); // extra placements thanks to the fallback pool
 */
export function compareScenarios(
  input: MatchInput,
  scenarios: Readonly<Record<string, ScenarioOptions>> | readonly (readonly [string, ScenarioOptions])[],
  options?: CompareScenariosOptions,
): ScenarioRow[] {
  const o = readOptions('compareScenarios', options);
  const date = o.date ?? MINIMUM_WAGE_TABLE[MINIMUM_WAGE_TABLE.length - 1]!.effectiveFrom;
  if (typeof date !== 'string' || !isIsoDate(date)) throw new RangeError(usage.date('compareScenarios', 'options.date', date));
  // Checked up front, so a date outside the table fails the same way whether or not a scenario places someone with a subsidy.
  rowOn(MINIMUM_WAGE_TABLE, date, 'compareScenarios', 'minimum wage');
  if (typeof scenarios !== 'object' || scenarios === null) {
    throw new TypeError(whatifText.scenarios(scenarios));
  }
  const entries = scenarioEntries(scenarios);
  if (entries.length === 0) throw new RangeError(whatifText.noScenario);
  // JavaScript puts integer-like keys first, which would silently change the baseline.
  const numeric = Array.isArray(scenarios) ? undefined : entries.find(([name]) => /^(0|[1-9]\d*)$/.test(name));
  if (numeric) throw new RangeError(whatifText.numericName(numeric[0]));
  const model = o.durability ?? DEFAULT_DURABILITY_MODEL;
  checkModel(model);
  const fullTimeHours = o.fullTimeHours ?? 32;
  if (typeof fullTimeHours !== 'number' || !(fullTimeHours > 0 && fullTimeHours <= 60)) throw new RangeError(whatifText.fullTimeHours(fullTimeHours));
  // Bad records are one MatchError up front, before any scenario runs.
  const issues: MatchIssue[] = [];
  loadInput(input, undefined, issues);
  throwIfIssues(issues);

  const rows = entries.map(([name, scenario]) => runScenario(name, input, scenario, date, model, fullTimeHours));
  const base = rows[0]!;
  return rows.map((row, i) => ({
    ...row,
    delta: i === 0 ? null : (Object.fromEntries(FIGURES.map((f) => [f, cents(row[f] - base[f])])) as unknown as ScenarioFigures),
  }));
}

const STRATEGIES: readonly unknown[] = ['optimal', 'stable', 'greedy'];
const FALLBACKS: readonly unknown[] = ['fill', 'when-none', 'off'];

/** The scenarios as [name, options] pairs; every bad entry or field is one issue of a MatchError. */
function scenarioEntries(scenarios: object): (readonly [string, ScenarioOptions])[] {
  const issues: MatchIssue[] = [];
  const entries: (readonly [string, ScenarioOptions])[] = [];
  const check = (name: string, scenario: unknown, path: (string | number)[]): void => {
    const issue = (code: IssueCode, at: readonly string[], message: string): void => void issues.push({ code, path: [...path, ...at], message });
    if (typeof scenario !== 'object' || scenario === null || Array.isArray(scenario)) {
      issues.push({ code: 'invalid_type', path, message: whatifText.scenario(scenario) });
      return;
    }
    const s = scenario as Record<string, unknown>;
    for (const key of ['candidates', 'vacancies']) {
      if (s[key] !== undefined && typeof s[key] !== 'function') issue('invalid_type', [key], whatifText.transform(key, s[key]));
    }
    const assign = s.assign;
    if (assign !== undefined) {
      if (typeof assign !== 'object' || assign === null || Array.isArray(assign)) issue('invalid_type', ['assign'], whatifText.assign(assign));
      else {
        const a = assign as Record<string, unknown>;
        if (a.strategy !== undefined && !STRATEGIES.includes(a.strategy)) issue('invalid_value', ['assign', 'strategy'], whatifText.assignStrategy(a.strategy));
        if (a.fallback !== undefined && !FALLBACKS.includes(a.fallback)) issue('invalid_value', ['assign', 'fallback'], whatifText.assignFallback(a.fallback));
        const min = a.minScore;
        if (min !== undefined && (typeof min !== 'number' || !(min >= 0 && min <= 1))) issue('out_of_range', ['assign', 'minScore'], whatifText.assignMinScore(min));
      }
    }
    entries.push([name, scenario as ScenarioOptions]);
  };
  if (Array.isArray(scenarios)) {
    if (checkArray(issues, scenarios, ['scenarios'])) {
      (scenarios as readonly unknown[]).forEach((entry, i) => {
        if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || entry[0].length === 0) {
          issues.push({ code: 'invalid_type', path: ['scenarios', i], message: whatifText.pair(entry) });
        } else check(entry[0] as string, entry[1], ['scenarios', i, 1]);
      });
    }
  } else {
    for (const [name, scenario] of Object.entries(scenarios)) check(name, scenario, ['scenarios', name]);
  }
  throwIfIssues(issues);
  return entries;
}

function checkModel(model: DurabilityModel): void {
  const probabilities = [model?.byStep?.[4], model?.byStep?.[5], model?.byStep?.[6]];
  if (!probabilities.every((p) => typeof p === 'number' && p >= 0 && p <= 1) || !Number.isFinite(model.scoreSlope) || !Number.isFinite(model.pivotScore)) {
    throw new RangeError(whatifText.durabilityModel);
  }
}

function runScenario(name: string, input: MatchInput, scenario: ScenarioOptions, date: string, model: DurabilityModel, fullTimeHours: number): Omit<ScenarioRow, 'delta'> {
  const candidates = plainList(input.candidates as CandidateInput[]).map((c) => (scenario.candidates ? scenario.candidates(c) : c));
  const vacancies = plainList(input.vacancies as VacancyInput[]).map((v) => (scenario.vacancies ? scenario.vacancies(v) : v));
  const matcher = createMatcher({ candidates, vacancies }, scenario.config);
  const { strategy, minScore, fallback } = scenario.assign ?? {};
  const assignment = assignPlacements(matcher, { strategy, minScore, fallback });
  const candidateById = new Map(candidates.map((c) => [c.id, c]));
  const vacancyById = new Map(vacancies.map((v) => [v.id, v]));

  let durableExpected = 0;
  let subsidyPerMonth = 0;
  const savings: { start: string; fullTime: boolean }[] = [];
  const catalogue = matcher.config.instruments;
  const uses = catalogue.map(() => 0);
  for (const p of assignment.placements) {
    const c = candidateById.get(p.candidateId)!;
    const v = vacancyById.get(p.vacancyId)!;
    const hours = Math.min(c.hours.max, v.hours.max);
    const step = Math.max(4, Math.min(6, c.ladderStep)) as 4 | 5 | 6;
    durableExpected += Math.min(1, Math.max(0, model.byStep[step] + model.scoreSlope * (p.score - model.pivotScore)));
    if (c.wageValue !== undefined && c.wageValue < 1 && v.support?.wageSubsidy) {
      const age = subsidyAge(c.birthDate, date);
      subsidyPerMonth += wageCostSubsidy({ wageValue: c.wageValue, hoursPerWeek: hours, date, ...(age !== undefined ? { age } : {}) }).monthly;
    }
    savings.push({ start: date, fullTime: hours >= fullTimeHours });
    if (catalogue.length > 0) {
      const person = { ladderStep: c.ladderStep, targetGroups: c.targetGroups, age: subsidyAge(c.birthDate, date) };
      municipalSuggestions(catalogue, person, 'en').forEach((s, i) => {
        if (s.applies) uses[i]! += 1;
      });
    }
  }
  const instruments = catalogue.map((e, i) => ({ id: e.id, label: e.label, placements: uses[i]!, costs: cents(uses[i]! * (e.amount ?? 0)) }));
  const instrumentCosts = cents(instruments.reduce((sum, u) => sum + u.costs, 0));
  const saved = notionalSavings(savings).total;
  const monthly = cents(subsidyPerMonth);
  // The savings norm of a start in the second half-year covers half a year: so does the subsidy set against it.
  const monthsCovered = Number(date.slice(5, 7)) <= 6 ? 12 : 6;
  return {
    scenario: name,
    placements: assignment.placements.length,
    fromHome: assignment.byTier.home,
    fromFallback: assignment.byTier.fallback,
    fromRegion: assignment.byTier.region,
    durableExpected: Math.round(durableExpected * 100) / 100,
    subsidyPerMonth: monthly,
    subsidyPerYear: cents(monthly * 12),
    notionalSavings: saved,
    instrumentCosts,
    netResult: cents(saved - monthly * monthsCovered - instrumentCosts),
    totalScore: assignment.totalScore,
    openPositions: assignment.openPositions.reduce((s, o) => s + o.open, 0),
    instruments,
    byMunicipality: assignment.byMunicipality.map((m) => ({ municipality: m.municipality, placements: m.placements, fromHome: m.home, fromFallback: m.fallback, fromRegion: m.region })),
  };
}
