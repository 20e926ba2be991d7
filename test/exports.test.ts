// The runtime export names of each entry point, written out by hand from the intended API: an export that appears or
// disappears fails here first. Types are checked by the compiler, not here. api.md is the contract these lists keep.
import { describe, expect, it } from 'vitest';
import * as node from '../src/node/index.js';
import * as root from '../src/index.js';
import * as rules from '../src/rules/index.js';
import * as tune from '../src/tune/index.js';

/** werkmatch/rules: pure rule functions on plain data and their tables (no zod, no municipality table, no vocabulary). */
const RULES = [
  'ASSISTANCE_NORM_TABLE',
  'CONTACT_KINDS',
  'JOB_UNIT_HOURS',
  'PILOT_REPORT_DEFAULTS',
  'PIPELINE_DEFAULTS',
  'jobUnits',
  'netBenefit',
  'pilotReport',
  'pipeline',
  'stillEmployed',
  'DURABILITY_DEFAULTS',
  'EVALUATION_DEFAULTS',
  'ISSUE_CODES',
  'MINIMUM_WAGE_TABLE',
  'MatchError',
  'PERSPECTIVES',
  'RULE_PARAMETERS',
  'TARGET_GROUPS',
  'YOUTH_MINIMUM_WAGE_TABLE',
  'benefitEffect',
  'durability',
  'earningsDisregard',
  'evaluationSchedule',
  'indicators',
  'noRiskPolicy',
  'notionalSavings',
  'suggestInstruments',
  'trialPlacement',
  'wageCostSubsidy',
];

/** Rules whose root version looks the home municipality up in the table that werkmatch/rules leaves out. */
const LOOKS_UP_MUNICIPALITIES = ['indicators', 'pilotReport'];

/** werkmatch/tune: ranking metrics, weight fitting, the outcome simulator, folds, cross-validation, calibration and the fairness report. */
const TUNE = [
  'FACTORS',
  'ISSUE_CODES',
  'MatchError',
  'calibration',
  'crossValidateWeights',
  'evaluateRanking',
  'fairnessReport',
  'fitWeights',
  'formatFairnessReport',
  'rocCurve',
  'simulateOutcomes',
  'splitByVacancy',
];

/** werkmatch/node: files in and out, and the worker-thread ranking. */
const NODE = ['outcomeRecordSchema', 'placementRecordSchema', 'rankAllParallel', 'readRecords', 'readVocabulary', 'streamRecords', 'writeRecords'];

/** werkmatch: matching, its schemas, configuration and municipalities, plus every rules and tuning name (api.md keeps them here). */
const ROOT = [
  ...new Set([
    ...RULES,
    ...TUNE,
    'COMPETENCE_KINDS',
    'DEFAULT_CONFIG',
    'DEFAULT_DURABILITY_MODEL',
    'DEFAULT_FALLBACKS',
    'DEFAULT_WEIGHTS',
    'KNOCKOUT_CODES',
    'MUNICIPALITIES',
    'SECTORS',
    'TRAVEL_MODEL',
    'TRAVEL_MODES',
    'assignPlacements',
    'candidateJsonSchema',
    'candidateSchema',
    'compareScenarios',
    'configSchema',
    'createMatcher',
    'distanceKm',
    'explainMatch',
    'languageLevel',
    'findMunicipality',
    'generateSyntheticRegion',
    'issueTitle',
    'knockoutTitle',
    'linearAssignment',
    'rankAll',
    'safeCreateMatcher',
    'vacancyJsonSchema',
    'vacancySchema',
  ]),
];

const names = (entry: object): string[] => Object.keys(entry).sort();
const sorted = (list: readonly string[]): string[] => [...list].sort();

describe('the export names of each entry point', () => {
  it('werkmatch', () => expect(names(root)).toEqual(sorted(ROOT)));
  it('werkmatch/rules', () => expect(names(rules)).toEqual(sorted(RULES)));
  it('werkmatch/tune', () => expect(names(tune)).toEqual(sorted(TUNE)));
  it('werkmatch/node', () => expect(names(node)).toEqual(sorted(NODE)));

  it('shares one MatchError class and one function per rule between the entries', () => {
    expect(rules.MatchError).toBe(root.MatchError);
    expect(tune.MatchError).toBe(root.MatchError);
    const fromRoot: Record<string, unknown> = { ...root };
    const fromRules: Record<string, unknown> = { ...rules };
    const fromTune: Record<string, unknown> = { ...tune };
    for (const name of RULES.filter((n) => !LOOKS_UP_MUNICIPALITIES.includes(n))) expect(fromRoot[name], name).toBe(fromRules[name]);
    for (const name of LOOKS_UP_MUNICIPALITIES) expect(fromRoot[name], name).not.toBe(fromRules[name]);
    for (const name of TUNE) expect(fromRoot[name], name).toBe(fromTune[name]);
  });
});

// indicators is the one rule with two versions: the root looks the home municipality up in the table, werkmatch/rules cannot.
describe('indicators in werkmatch/rules and in the root', () => {
  const input = {
    asOf: '2025-12-31',
    employers: [{ id: 'e1' }],
    contacts: [],
    placements: [
      { candidateId: 'c1', employerId: 'e1', municipality: 'GM0575', start: '2025-01-06' },
      { candidateId: 'c2', employerId: 'e1', municipality: 'Katwijk', start: '2025-02-03' },
    ],
  };

  it('count the same where the home municipality names both kinds', () => {
    const home = { ...input, homeMunicipality: ['Noordwijk', 'GM0575'] };
    expect(rules.indicators(home)).toEqual(root.indicators(home));
    expect(rules.indicators(home).placementsFromHome).toBe(1);
  });

  it('the root compares a code with a name; werkmatch/rules names the placement it cannot compare', () => {
    expect(root.indicators({ ...input, homeMunicipality: 'Noordwijk' }).placementsFromHome).toBe(1);
    expect(root.indicators({ ...input, homeMunicipality: '575' }).placementsFromHome).toBe(1);
    let issues: readonly { code: string; path: readonly (string | number)[] }[] = [];
    try {
      rules.indicators({ ...input, homeMunicipality: 'Noordwijk' });
    } catch (e) {
      if (e instanceof rules.MatchError) issues = e.issues;
    }
    expect(issues.map((i) => [i.code, ...i.path])).toEqual([['incomparable_municipality', 'placements', 0, 'municipality']]);
    expect(() => rules.indicators({ ...input, homeMunicipality: 'GM0575' })).toThrow(/Katwijk.*is a name/);
  });

  it('refuses an empty list of home identifiers', () => {
    expect(() => rules.indicators({ ...input, homeMunicipality: [] })).toThrow(rules.MatchError);
  });
});
