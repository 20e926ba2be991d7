// Weight tuning and evaluation: metrics, logistic fit, outcome simulator, folds, fairness report.
export { evaluateRanking } from './metrics.js';
export type { EvaluateRankingOptions, RankingMetrics, VacancyRankingMetrics } from './metrics.js';
export { fitWeights } from './fit.js';
export type { FitWeightsOptions, FitWeightsResult, IdentifiedFit, UnidentifiedFit, FitProblem } from './fit.js';
export { simulateOutcomes } from './simulate.js';
export type { SimulateOutcomesOptions, OutcomeModel, SimulationPair, SimulatedOutcome } from './simulate.js';
export { splitByVacancy } from './folds.js';
export type { SplitByVacancyOptions, VacancyFold } from './folds.js';
export { fairnessReport, formatFairnessReport } from './fairness.js';
export type { FairnessInput, FairnessCandidate, FairnessPair, FairnessReportOptions, FairnessReport, FairnessRow, FairnessDimension, FormatFairnessReportOptions } from './fairness.js';
export type { RankedExample, FitExample, FactorScores } from './examples.js';
