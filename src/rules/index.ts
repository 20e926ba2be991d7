// Durability, subsidy and instrument rules: pure functions on plain data, dates as 'YYYY-MM-DD'.
export { durability, DURABILITY_DEFAULTS } from './durability.js';
export type { Durability, DurabilityOptions, DurabilityStatus, Employment } from './durability.js';

export { evaluationSchedule, EVALUATION_DEFAULTS } from './schedule.js';
export type { EvaluationCheckpoint, EvaluationScheduleOptions } from './schedule.js';

export { wageCostSubsidy } from './subsidy.js';
export type { WageCostSubsidy, WageCostSubsidyInput, WageCostSubsidyWorking } from './subsidy.js';

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

export { indicators } from './indicators.js';
export type { ContactKind, EmployerContact, IndicatorsInput, PilotEmployer, PilotIndicators, PilotPlacement } from './indicators.js';

export { suggestInstruments } from './suggest.js';
export type {
  EmployerSupport,
  Instrument,
  InstrumentInput,
  InstrumentReason,
  InstrumentSuggestion,
  SuggestInstrumentsOptions,
} from './suggest.js';

export { ASSISTANCE_NORM_TABLE, MINIMUM_WAGE_TABLE, RULE_PARAMETERS, YOUTH_MINIMUM_WAGE_TABLE } from './tables.js';
export type { AssistanceNormRow, MinimumWageRow, YouthMinimumWageRow } from './tables.js';
