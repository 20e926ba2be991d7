/**
 * werkmatch/tune: weight tuning and evaluation for tuning scripts: metrics, logistic fit, outcome simulator, folds, fairness
 * report. The root exports the functions too.
 * @module werkmatch/tune
 */
export { MatchError, ISSUE_CODES } from '../basics/errors.js';
export type { MatchIssue, IssueCode } from '../basics/errors.js';
export type { Locale } from '../basics/locale.js';
export { FACTORS } from '../schema/config.js';
export type { Factor } from '../schema/config.js';
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
export { calibration, rocCurve } from './calibration.js';
export type { Calibration, CalibrationOptions, ProbabilityExample, ReliabilityBin, RocPoint } from './calibration.js';
export { crossValidateWeights } from './crossval.js';
export type { CrossValidateWeightsOptions, TuneOutcome, WeightSpread, WeightsCrossValidation, WeightsFold } from './crossval.js';
