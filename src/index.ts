/**
 * werkmatch: matching for portals and services. Everything not named here is private. The rules are also the small entry
 * werkmatch/rules (no zod, no municipality table, no vocabulary), tuning is werkmatch/tune, files and threads werkmatch/node.
 * @module werkmatch
 */
export { createMatcher, safeCreateMatcher } from './match/matcher.js';
export type { Matcher, MatcherChanges, RecordChanges, FallbackPolicy, RankCandidatesOptions, RankVacanciesOptions, SafeMatcherResult } from './match/matcher.js';
export type { MatchInput } from './engine/load.js';
export type { InstrumentsOptions, PairInstrument } from './match/instruments.js';
export type { Match, MatchBase, MatchFactors, FactorResult, Knockout } from './engine/types.js';
// Tier: every value of Match['tier'], 'outside' included (rankings and placements hold the other three only).
export type { TierOrOutside as Tier, LoadReport, CompetenceLoadReport } from './engine/compile.js';

export { MatchError, ISSUE_CODES, KNOCKOUT_CODES } from './basics/errors.js';
export type { MatchIssue, IssueCode, KnockoutCode } from './basics/errors.js';
export { issueTitle, knockoutTitle } from './basics/messages/titles.js';

export { candidateSchema, vacancySchema, candidateJsonSchema, vacancyJsonSchema, TRAVEL_MODES } from './schema/records.js';
export type { Candidate, Vacancy, CandidateInput, VacancyInput, Location, TravelMode } from './schema/records.js';

export { configSchema, DEFAULT_CONFIG, DEFAULT_WEIGHTS, DEFAULT_FALLBACKS, TRAVEL_MODEL, FACTORS, COMPETENCE_KINDS } from './schema/config.js';
export type { MatchConfig, ResolvedConfig, Factor, Point, TravelTimeFn, TravelModeModel, VocabularyEntryInput, CompetenceKind } from './schema/config.js';

export { languageLevel } from './competence/resolve.js';
export type { VocabularyOverride } from './competence/resolve.js';

export { SECTORS, TARGET_GROUPS } from './basics/sectors.js';
export type { Sector, TargetGroup } from './basics/sectors.js';
export { PERSPECTIVES } from './basics/perspectives.js';
export type { Perspective } from './basics/perspectives.js';

export { MUNICIPALITIES, findMunicipality, distanceKm } from './region/municipalities.js';
export type { Municipality } from './region/municipalities.js';

export type { CompetenceReason, CompetenceMatch, CompetenceBelow } from './score/competence.js';
export type { LadderReason } from './score/ladder.js';
export type { HoursReason, HoursRange } from './score/hours.js';
export type { TravelReason, TravelFacts, PointSource } from './score/travel.js';
export type { SectorReason, SectorFit } from './score/sector.js';

export { explainMatch } from './match/explain.js';
export type { ExplainOptions } from './match/explain.js';
export type { Locale } from './basics/locale.js';

export { generateSyntheticRegion } from './synthetic/region.js';
export type { SyntheticRegionOptions, SyntheticRegion } from './synthetic/region.js';

export {
  durability,
  DURABILITY_DEFAULTS,
  evaluationSchedule,
  EVALUATION_DEFAULTS,
  wageCostSubsidy,
  trialPlacement,
  noRiskPolicy,
  earningsDisregard,
  benefitEffect,
  notionalSavings,
  suggestInstruments,
  MINIMUM_WAGE_TABLE,
  YOUTH_MINIMUM_WAGE_TABLE,
  ASSISTANCE_NORM_TABLE,
  RULE_PARAMETERS,
  CONTACT_KINDS,
  JOB_UNIT_HOURS,
  jobUnits,
  stillEmployed,
  PILOT_REPORT_DEFAULTS,
  PIPELINE_DEFAULTS,
  pipeline,
  netBenefit,
} from './rules/index.js';
// The root's indicators and pilotReport look the home municipality up in the table, so its CBS code and name compare equal.
export { indicators } from './rules/home.js';
export { pilotReport } from './rules/report-home.js';
export type {
  Durability,
  DurabilityOptions,
  DurabilityStatus,
  Employment,
  EvaluationCheckpoint,
  EvaluationScheduleOptions,
  WageCostSubsidy,
  WageCostSubsidyInput,
  WageCostSubsidyNotice,
  WageCostSubsidyWorking,
  BenefitEffect,
  BenefitEffectInput,
  EarningsDisregard,
  EarningsDisregardInput,
  EarningsDisregardReason,
  Household,
  NoRiskPolicy,
  NoRiskPolicyInput,
  TrialPlacement,
  TrialPlacementInput,
  NotionalSaving,
  NotionalSavings,
  SavingsPlacement,
  ContactKind,
  EmployerContact,
  IndicatorsInput,
  PilotEmployer,
  PilotIndicators,
  PilotPlacement,
  PilotContract,
  PilotEmployment,
  TargetGroupInput,
  PilotCheckpoint,
  PilotMoney,
  PilotReport,
  PilotReportInput,
  Pipeline,
  PipelineOptions,
  PipelineVacancy,
  NetBenefit,
  NetBenefitInput,
  NetBenefitYear,
  PilotCostRole,
  PilotCosts,
  ProgrammeCosts,
  EmployerSupport,
  Instrument,
  InstrumentInput,
  InstrumentReason,
  InstrumentSuggestion,
  MunicipalInstrument,
  MunicipalInstrumentConditions,
  MunicipalInstrumentReason,
  MunicipalInstrumentSuggestion,
  NationalInstrumentSuggestion,
  SuggestInstrumentsOptions,
  AssistanceNormRow,
  MinimumWageRow,
  YouthMinimumWageRow,
} from './rules/index.js';

export { evaluateRanking, fitWeights, simulateOutcomes, splitByVacancy, fairnessReport, formatFairnessReport, calibration, rocCurve, crossValidateWeights } from './tune/index.js';
export type {
  EvaluateRankingOptions,
  RankingMetrics,
  VacancyRankingMetrics,
  FitWeightsOptions,
  FitWeightsResult,
  IdentifiedFit,
  UnidentifiedFit,
  FitProblem,
  SimulateOutcomesOptions,
  OutcomeModel,
  SimulationPair,
  SimulatedOutcome,
  SplitByVacancyOptions,
  VacancyFold,
  FairnessInput,
  FairnessCandidate,
  FairnessPair,
  FairnessReportOptions,
  FairnessReport,
  FairnessRow,
  FairnessDimension,
  FormatFairnessReportOptions,
  RankedExample,
  FitExample,
  FactorScores,
  Calibration,
  CalibrationOptions,
  ProbabilityExample,
  ReliabilityBin,
  RocPoint,
  CrossValidateWeightsOptions,
  TuneOutcome,
  WeightSpread,
  WeightsCrossValidation,
  WeightsFold,
} from './tune/index.js';

export { assignPlacements } from './assign/assign.js';
export type { AssignOptions, Assignment, Placement, MunicipalityCount, AssignStrategy } from './assign/assign.js';
export { linearAssignment } from './assign/lap.js';
export type { LinearAssignment, LinearAssignmentOptions } from './assign/lap.js';

export { compareScenarios, DEFAULT_DURABILITY_MODEL } from './whatif/compare.js';
export type { ScenarioOptions, CompareScenariosOptions, DurabilityModel, ScenarioRow, ScenarioFigures, MunicipalityRow, InstrumentUse } from './whatif/compare.js';

export { rankAll } from './rank/rank-all.js';
export type { RankAllOptions, RankedCandidate, VacancyRanking } from './rank/rank-all.js';
