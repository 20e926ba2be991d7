/**
 * werkmatch/rules: durability, subsidy, instruments, savings, indicators and schedule as pure functions on plain data, dates as
 * 'YYYY-MM-DD', with their tables. No zod, no municipality table, no vocabulary: small enough for any page. The root exports them too.
 * @module werkmatch/rules
 */
export { MatchError, ISSUE_CODES } from '../basics/errors.js';
export type { MatchIssue, IssueCode } from '../basics/errors.js';
export type { Locale } from '../basics/locale.js';
export { TARGET_GROUPS } from '../basics/sectors.js';
export type { TargetGroup } from '../basics/sectors.js';
export { PERSPECTIVES } from '../basics/perspectives.js';
export type { Perspective } from '../basics/perspectives.js';
export type { MunicipalInstrument, MunicipalInstrumentConditions } from '../basics/instruments.js';

export { durability, DURABILITY_DEFAULTS } from './durability.js';
export type { Durability, DurabilityOptions, DurabilityStatus, Employment } from './durability.js';

export { evaluationSchedule, EVALUATION_DEFAULTS } from './schedule.js';
export type { EvaluationCheckpoint, EvaluationScheduleOptions } from './schedule.js';

export { wageCostSubsidy } from './subsidy.js';
export type { WageCostSubsidy, WageCostSubsidyInput, WageCostSubsidyNotice, WageCostSubsidyWorking } from './subsidy.js';

export { benefitEffect, earningsDisregard, noRiskPolicy, trialPlacement } from './instruments.js';
export type {
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
} from './instruments.js';

export { notionalSavings } from './savings.js';
export type { NotionalSaving, NotionalSavings, SavingsPlacement } from './savings.js';

// Without the municipality table: a CBS code compares with codes and a name with names (the root's indicators looks them up).
export { indicators } from './indicators.js';
export type { IndicatorsInput, PilotIndicators } from './indicators.js';

export { CONTACT_KINDS, JOB_UNIT_HOURS, jobUnits, stillEmployed } from './pilot.js';
export type { ContactKind, EmployerContact, PilotContract, PilotEmployer, PilotEmployment, PilotPlacement, TargetGroupInput } from './pilot.js';

// As indicators: without the municipality table (the root's pilotReport looks the home municipality up).
export { PILOT_REPORT_DEFAULTS, pilotReport } from './report.js';
export type { PilotCheckpoint, PilotMoney, PilotReport, PilotReportInput } from './report.js';

export { PIPELINE_DEFAULTS, pipeline } from './pipeline.js';
export type { Pipeline, PipelineOptions, PipelineVacancy } from './pipeline.js';

export { netBenefit } from './money.js';
export type { NetBenefit, NetBenefitInput, NetBenefitYear, PilotCostRole, PilotCosts, ProgrammeCosts } from './money.js';

export { suggestInstruments } from './suggest.js';
export type {
  EmployerSupport,
  Instrument,
  InstrumentInput,
  InstrumentReason,
  InstrumentSuggestion,
  MunicipalInstrumentReason,
  MunicipalInstrumentSuggestion,
  NationalInstrumentSuggestion,
  SuggestInstrumentsOptions,
} from './suggest.js';

export { ASSISTANCE_NORM_TABLE, MINIMUM_WAGE_TABLE, RULE_PARAMETERS, YOUTH_MINIMUM_WAGE_TABLE } from './tables.js';
export type { AssistanceNormRow, MinimumWageRow, YouthMinimumWageRow } from './tables.js';
