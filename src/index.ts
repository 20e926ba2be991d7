// The public API of werkmatch. Everything not named here is private.
export { createMatcher, safeCreateMatcher } from './match/matcher.js';
export type { Matcher, FallbackPolicy, RankCandidatesOptions, RankVacanciesOptions, SafeMatcherResult } from './match/matcher.js';
export type { MatchInput } from './engine/load.js';
export type { InstrumentsOptions } from './match/instruments.js';
export type { Match, MatchFactors, FactorResult, Knockout } from './engine/types.js';
export type { Tier, LoadReport, CompetenceLoadReport } from './engine/compile.js';

export { MatchError } from './basics/errors.js';
export type { MatchIssue } from './basics/errors.js';

export { candidateSchema, vacancySchema, candidateJsonSchema, vacancyJsonSchema, TRAVEL_MODES } from './schema/records.js';
export type { Candidate, Vacancy, CandidateInput, VacancyInput, Location, TravelMode } from './schema/records.js';

export { configSchema, DEFAULT_CONFIG, DEFAULT_WEIGHTS, DEFAULT_FALLBACKS, TRAVEL_MODEL, FACTORS } from './schema/config.js';
export type { MatchConfig, ResolvedConfig, Factor, Point, TravelTimeFn, TravelModeModel, VocabularyEntryInput } from './schema/config.js';

export { SECTORS, TARGET_GROUPS } from './basics/sectors.js';
export type { Sector, TargetGroup } from './basics/sectors.js';

export { MUNICIPALITIES, findMunicipality, distanceKm } from './region/municipalities.js';
export type { Municipality } from './region/municipalities.js';

export type { CompetenceReason } from './score/competence.js';
export type { LadderReason } from './score/ladder.js';
export type { HoursReason } from './score/hours.js';
export type { TravelReason } from './score/travel.js';
export type { SectorReason, SectorFit } from './score/sector.js';

export { explainMatch } from './match/explain.js';
export type { ExplainOptions, Locale } from './match/explain.js';

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
  indicators,
  suggestInstruments,
  MINIMUM_WAGE_TABLE,
  YOUTH_MINIMUM_WAGE_TABLE,
  ASSISTANCE_NORM_TABLE,
  RULE_PARAMETERS,
} from './rules/index.js';
export type {
  Durability,
  DurabilityOptions,
  DurabilityStatus,
  Employment,
  EvaluationCheckpoint,
  EvaluationScheduleOptions,
  WageCostSubsidy,
  WageCostSubsidyInput,
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
  EmployerSupport,
  Instrument,
  InstrumentInput,
  InstrumentReason,
  InstrumentSuggestion,
  SuggestInstrumentsOptions,
  AssistanceNormRow,
  MinimumWageRow,
  YouthMinimumWageRow,
} from './rules/index.js';

export { evaluateRanking, fitWeights, simulateOutcomes, splitByVacancy, fairnessReport, formatFairnessReport } from './tune/index.js';
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
} from './tune/index.js';

export { assignPlacements, DEFAULT_CANDIDATES_PER_VACANCY } from './assign/assign.js';
export type { AssignOptions, ResolvedAssignOptions, Assignment, Placement, MunicipalityCount, AssignStrategy, AssignFallback } from './assign/assign.js';
export { linearAssignment } from './assign/lap.js';
export type { LinearAssignment, LinearAssignmentOptions } from './assign/lap.js';

export { compareScenarios, DEFAULT_DURABILITY_MODEL } from './whatif/compare.js';
export type { ScenarioOptions, CompareScenariosOptions, DurabilityModel, ScenarioRow, ScenarioFigures, MunicipalityRow } from './whatif/compare.js';

export { rankAll } from './rank/rank-all.js';
export type { RankAllOptions, RankedCandidate, VacancyRanking } from './rank/rank-all.js';
