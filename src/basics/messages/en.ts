// Every English message werkmatch writes, one named export per area, so a bundle keeps only the areas it uses.
// Input issues, misused arguments and the command line are English; sentences for people also have a Dutch twin in nl.ts.
import { showPath, showValue as show } from '../limits.js';
import type { CliSentences, FairnessText, Headers, InstrumentSentences, IssueTitles, KnockoutTitles, MatchSentences } from './shape.js';
import { formatEuro, percent } from './format.js';

const got = (value: unknown): string => `got ${show(value)}`;
const received = (value: unknown): string => `received ${show(value)}`;

/** Misused arguments that many functions share; each message starts with the function name. */
export const usage = {
  options: (fn: string, value: unknown) => `${fn}: options must be an object, ${got(value)}`,
  optionsReceived: (fn: string, value: unknown) => `${fn}: options must be an object, ${received(value)}`,
  required: (fn: string, fields: string, value: unknown) => `${fn}: options { ${fields} } are required, ${received(value)}`,
  locale: (fn: string, value: unknown) => `${fn}: locale must be 'nl' or 'en', ${got(value)}`,
  localeReceived: (fn: string, value: unknown) => `${fn}: locale must be 'nl' or 'en', ${received(value)}`,
  seed: (fn: string, value: unknown) => `${fn}: seed must be a finite number, ${got(value)}`,
  /** An existing calendar date, checked strictly (compareScenarios, assignPlacements, instruments). */
  date: (fn: string, name: string, value: unknown) => `${fn}: ${name} must be an existing date YYYY-MM-DD, ${got(value)}`,
  isoDate: (fn: string, name: string, value: unknown) => `${fn}: ${name} must be a YYYY-MM-DD date, ${received(value)}`,
  wholeAtLeast: (fn: string, name: string, min: number, value: unknown) => `${fn}: ${name} must be a whole number >= ${min}, ${got(value)}`,
  wholeFromTo: (fn: string, name: string, min: number, max: number, value: unknown) => `${fn}: ${name} must be a whole number from ${min} to ${max}, ${got(value)}`,
  minScore: (fn: string, value: unknown) => `${fn}: minScore must be between 0 and 1, ${got(value)}`,
  /** matcher.update's argument: { candidates?: { upsert?, remove? }, vacancies?: { upsert?, remove? } }. */
  updateKey: (fn: string, path: string, key: string, known: string) => `${fn}: ${path} has an unknown field ${show(key)}; it takes ${known}`,
  updateChanges: (fn: string, path: string, value: unknown) => `${fn}: ${path} must be ${path.endsWith('upsert') || path.endsWith('remove') ? 'an array' : 'an object'}, ${got(value)}`,
  fallback: (fn: string, value: unknown) => `${fn}: fallback must be 'when-none', 'fill' or 'off', ${got(value)}`,
  unknownCode: (fn: string, list: string, value: unknown) => `${fn}: code must be one of ${list}, ${got(value)}`,
  notFromMatcher: (fn: string) => `${fn}: matcher must come from createMatcher`,
  notAMatcher: (fn: string, value: unknown) => `${fn}: pass a matcher made by createMatcher, ${received(value)}`,
  perspectives: (fn: string, value: unknown) => `${fn}: perspectives must be an array such as ['werken'], ${got(value)}`,
  unknownId: (fn: string, kind: 'candidate' | 'vacancy', id: unknown) => `${fn}: unknown ${kind} id ${show(id)}`,
  customTravelTime: (fn: string | undefined) =>
    fn === undefined ? 'a custom config.travelTime function can not be sent to another thread' : `${fn}: a custom config.travelTime function can not be sent to worker threads; use rankAll`,
} as const;

/** Calendar dates (src/basics/dates.ts). */
export const dates = {
  notDate: (fn: string, date: unknown) => `${fn}: ${String(date)} is not a valid YYYY-MM-DD date`,
  dayOutside: (days: number, first: string, last: string) => `fromDays: day ${days} lies outside ${first} … ${last}`,
  monthsOutside: (date: unknown, months: number, first: string, last: string) => `addMonths: ${String(date)} + ${months} months lies outside ${first} … ${last}`,
} as const;

/** The municipality table (src/region). */
export const region = {
  nameOrCode: (value: unknown) => `findMunicipality: expected a name or CBS code, ${got(value)}`,
  coordinate: (name: string, max: number, value: unknown) => `distanceKm: ${name} must be a number within -${max}..${max}, ${got(value)}`,
} as const;

/** generateSyntheticRegion (src/synthetic). */
export const synthetic = {
  count: (name: string, max: number, value: unknown) => `generateSyntheticRegion: ${name} must be a whole number from 0 to ${max}, ${got(value)}`,
  municipalities: (value: unknown) => `generateSyntheticRegion: municipalities must be a list of names or CBS codes, ${got(value)}`,
  unknownMunicipality: (name: unknown, holeAt: number | undefined) => `generateSyntheticRegion: unknown municipality ${holeAt === undefined ? show(name) : `(a hole at index ${holeAt})`}`,
  noMunicipality: 'generateSyntheticRegion: at least one municipality is needed',
  asOf: (value: unknown) => `generateSyntheticRegion: asOf must be a YYYY-MM-DD date from 1900-01-01, ${got(value)}`,
} as const;

/** The factors and the compiled index's columns (src/score). */
export const score = {
  travelTime: (minutes: unknown, mode: string, from: { lat: number; lon: number }, to: { lat: number; lon: number }) =>
    `travelTime returned ${String(minutes)} for ${mode} from ${from.lat},${from.lon} to ${to.lat},${to.lon}; it must return finite minutes >= 0`,
  noColumnSize: (fn: string, per: string) => `${fn}: no size given for columns per ${per}`,
  offsetColumns: (fn: string, names: readonly string[]) => `${fn}: one 'candidate+1' offset column expected, got ${names.join(', ')}`,
  offsetColumnNeeded: (fn: string, name: string) => `${fn}: column ${name} needs the 'candidate+1' offset column`,
} as const;

/** explainMatch (src/match). */
export const match = {
  notMatch: (value: unknown) => `explainMatch: expected a Match from score() or a ranking, ${got(value)}`,
} as const;

/** assignPlacements and linearAssignment (src/assign). */
export const assign = {
  strategy: (value: unknown) => `assignPlacements: strategy must be 'optimal', 'stable' or 'greedy', ${got(value)}`,
  infeasible: 'linearAssignment: no feasible assignment',
  cost: (value: unknown) => `linearAssignment: cost must be a Float64Array or an array of numbers, ${received(value)}`,
  cells: (rows: number, cols: number, length: number) => `linearAssignment: a ${rows} × ${cols} matrix needs ${rows * cols} cells, got ${length}`,
  cell: (i: number, j: number, max: number, value: unknown) => `linearAssignment: cost[${i}, ${j}] must be a finite number within ±${max}, ${got(value)}`,
} as const;

/** compareScenarios (src/whatif). */
export const whatif = {
  scenarios: (value: unknown) => `compareScenarios: scenarios must be a record of name → options or a list of [name, options] pairs, ${received(value)}`,
  noScenario: 'compareScenarios: at least one scenario is needed',
  numericName: (name: string) => `compareScenarios: scenario name ${show(name)} would be reordered by JavaScript; pass [name, options] pairs to keep the order`,
  fullTimeHours: (value: unknown) => `compareScenarios: fullTimeHours must be in (0, 60], ${got(value)}`,
  scenario: (value: unknown) => `a scenario must be an object { config?, assign?, candidates?, vacancies? }, ${received(value)}`,
  transform: (key: string, value: unknown) => `${key} must be a function that transforms a record, ${received(value)}`,
  assign: (value: unknown) => `assign must be an object { strategy?, minScore?, fallback? }, ${received(value)}`,
  assignStrategy: (value: unknown) => `assign.strategy must be 'optimal', 'stable' or 'greedy', ${received(value)}`,
  assignFallback: (value: unknown) => `assign.fallback must be 'fill', 'when-none' or 'off', ${received(value)}`,
  assignMinScore: (value: unknown) => `assign.minScore must be a number from 0 to 1, ${received(value)}`,
  pair: (value: unknown) => `expected a [name, options] pair with a non-empty name, ${received(value)}`,
  durabilityModel: 'compareScenarios: durability needs byStep probabilities in [0, 1] for steps 4, 5 and 6, and a finite scoreSlope and pivotScore',
} as const;

/** Input issues of createMatcher's loader (src/engine/load.ts): the shape of the data, before and beside the schemas. */
export const inputIssues = {
  unknownFields: (keys: readonly string[]) => `unknown field${keys.length === 1 ? '' : 's'} ${keys.slice(0, 5).map(show).join(', ')}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}`,
  farLocation: (km: number, name: string, limit: number, swapped: boolean) =>
    `this location lies ${Math.round(km)} km from ${name}'s reference point, more than ${limit} km (no place of a Dutch municipality lies farther than about 36 km from its point)${swapped ? '; lat and lon look swapped' : ''}: check the coordinates, or the municipality`,
  unknownMunicipality: (value: unknown, names: readonly string[] | undefined) => `unknown municipality ${show(value)}${names ? `; did you mean ${names.map((n) => `"${n}"`).join(', ')}?` : ''}`,
  bigint: (value: unknown) => `${show(value)} is a BigInt, which JSON cannot carry; use a number or a string`,
  symbol: 'a Symbol is not JSON',
  function: 'a function is not JSON',
  seenBefore: 'the same object appeared earlier in the input, with values JSON cannot carry',
  cycle: 'an object that contains itself (a cycle) is not JSON',
  tooDeep: (max: number) => `input may nest at most ${max} levels deep`,
  valueThrew: 'reading this value threw an error',
  fieldThrew: 'reading this field threw an error',
  date: "a Date object is not JSON; write the date as a string 'YYYY-MM-DD'",
  instance: 'only plain objects and arrays are JSON, not an instance of a class',
  protoKey: 'the field name "__proto__" is not allowed: JavaScript reads it as the object\'s prototype',
  hole: 'a hole in the array (an index without a value): remove it or fill it',
  moreHoles: (count: number) => `${count} more holes in this array`,
  sparse: (holes: number, length: number) => `this array has ${holes} holes (indexes without a value) among ${length} places`,
  weightsZero: 'the weights sum to 0; at least one factor needs a positive weight',
  weightsHuge: 'the weights are too large to add up; use relative weights such as 0.4',
  fallbackTwice: (key: string, name: string) => `${show(key)} names ${name} again: give each municipality one fallback list`,
  pointTwice: (key: string, name: string) => `${show(key)} names ${name} again: give each municipality one reference point`,
  notInput: 'input must be an object { candidates: [...], vacancies: [...] }',
  notArray: (kind: 'candidates' | 'vacancies') => `${kind} must be an array`,
  unknownInputField: (key: string) => `unknown input field ${show(key)}`,
  duplicateId: (id: unknown, what: string, first: number) => `duplicate id ${show(id)}: also ${what}[${first}]`,
  /** matcher.update: a removal of an id the matcher does not hold (or already removed in this update). */
  unknownRemoval: (kind: 'candidate' | 'vacancy', id: unknown) => `no ${kind} with id ${show(id)} to remove`,
  removalNotId: (kind: 'candidates' | 'vacancies') => `${kind}.remove holds ids: non-empty strings`,
} as const;

/** Misused arguments of the rules (src/rules). */
export const rulesUsage = {
  noSentence: (locale: string, key: string) => `sentence: no ${locale} sentence for '${key}'`,
  emptyTable: 'coveredUntil: empty table',
  notCovered: (fn: string, what: string, date: string, known: string, until: string) => `${fn}: no ${what} known for ${date}; known effective dates: ${known} (covered until ${until})`,
  youthAge: (age: number) => `youthPercent: no minimum wage for age ${age} (the WML starts at 15)`,
  durabilityMonths: (value: unknown) => `durability: months must be a whole number from 1 to 120, ${received(value)}`,
  maxGapDays: (value: unknown) => `durability: maxGapDays must be a whole number of at least 0, ${received(value)}`,
  evaluationMonths: (value: unknown) => `evaluationSchedule: evaluationMonths must be an array of whole numbers, ${received(value)}`,
  evaluationHole: (index: number) => `evaluationSchedule: evaluationMonths has a hole at index ${index} (an index without a value)`,
  monthsFromTo: (name: string, max: number, value: unknown) => `evaluationSchedule: ${name} must be a whole number of months from 1 to ${max}, ${received(value)}`,
  fromAfterAsOf: (from: string, asOf: string) => `pipeline: from ${from} lies after asOf ${asOf}`,
  target: (value: unknown) => `pipeline: target must be a share from 0 to 1, ${received(value)}`,
  whiteSpotOnly: (value: unknown) => `pipeline: whiteSpotOnly must be true or false, ${received(value)}`,
  hoursType: (value: unknown) => `jobUnits: hoursPerWeek must be a number, ${received(value)}`,
  hoursRange: (max: number, value: unknown) => `jobUnits: hoursPerWeek must be a number from 0 to ${max}, ${received(value)}`,
} as const;

/** Input issues of the rules (src/rules). */
export const rulesIssues = {
  invalidDate: (value: unknown) => `expected a date as YYYY-MM-DD, ${received(value)}`,
  invalidType: (expected: string, value: unknown) => `expected ${expected}, received ${value === undefined ? 'nothing' : show(value)}`,
  invalidValue: (expected: string, value: unknown) => `expected ${expected}, ${received(value)}`,
  notInteger: (value: unknown) => `expected a whole number, ${received(value)}`,
  outOfRange: (value: unknown, range: string) => `expected ${range}, ${received(value)}`,
  endBeforeStart: (start: string, end: string) => `end ${end} lies before start ${start}`,
  emptyChain: () => 'expected at least one employment',
  employerMismatch: (expected: string, actual: string) => `a chain of contracts has one employer: expected ${show(expected)}, ${received(actual)}`,
  duplicateId: (id: string) => `id ${show(id)} occurs more than once`,
  unknownEmployer: (id: string) => `no employer with id ${show(id)}`,
  arrayHole: () => 'a hole in the array (an index without a value): remove it or fill it',
  moreHoles: (count: number) => `${count} more holes in this array`,
  dateOutOfRange: (what: string, last: string) => `${what} lies after ${last}, the last date the rules compute with`,
  unknownTargetGroup: (value: unknown) => `unknown target group ${show(value)}`,
  flatRateExpired: (until: string) => `the flat-rate subsidy applies to the first 6 months only (until ${until}); measure the wage value`,
  dateBeforeStart: (date: string, start: string) => `date ${date} lies before the employment start ${start}`,
  unknownMunicipality: (value: string, names: readonly string[]) => `unknown municipality ${show(value)}${names.length > 0 ? `; did you mean ${names.map((n) => `"${n}"`).join(', ')}?` : ''}`,
  homeWithoutCode: (value: string) => `${show(value)} is a CBS code and homeMunicipality gives none to compare it with: give the home municipality's code too, e.g. ['GM0575', 'Noordwijk']`,
  homeWithoutName: (value: string) => `${show(value)} is a name and homeMunicipality gives only a CBS code: give the home municipality's name too, e.g. ['GM0575', 'Noordwijk']`,
  contractMismatch: (field: string, given: string, what: string, chain: string | undefined) =>
    `${field} ${given} differs from ${what}, ${chain ?? 'none (it goes on)'}: leave ${field} out where contracts are given, or make them agree`,
  overlappingEmployment: (candidateId: string, other: number, otherEmployer: string, day: string, sameEmployer: boolean) =>
    sameEmployer
      ? `candidate ${show(candidateId)} is also placed with this employer in placements[${other}] on ${day}: one employment is one placement (a chain of contracts goes in its contracts)`
      : `candidate ${show(candidateId)} also works for employer ${show(otherEmployer)} (placements[${other}]) on ${day}: one person works for one employer at a time`,
  costsPerYear: (first: number, last: number) => `one amount cannot be split over the placements' years ${first} to ${last}: give the costs per calendar year, e.g. { "${first}": 118929 }`,
  invalidYear: (key: string) => `expected a calendar year such as "2015", ${received(key)}`,
  /** suggestInstruments: a municipal instrument's fields and conditions. */
  instrumentField: (key: string) => `unknown field ${show(key)}; an instrument has id, label, amount and conditions`,
  instrumentId: (id: string) => `instrument id ${show(id)} occurs more than once`,
  instrumentCondition: (key: string) => `unknown condition ${show(key)}; conditions are ladderSteps, targetGroups, minAge and maxAge`,
  instrumentTargetGroup: (value: unknown, known: readonly string[]) => `unknown target group ${show(value)}; known: ${known.join(', ')}`,
  maxAgeBelowMin: (maxAge: number, minAge: number) => `maxAge ${maxAge} lies below minAge ${minAge}`,
} as const;

/** Input issues of the tuning functions (src/tune). */
export const tuneIssues = {
  notObject: 'must be an object',
  label: (v: unknown) => `label must be 0 or 1, ${got(v)}`,
  score: (v: unknown) => `score must be a finite number, ${got(v)}`,
  id: (field: string, v: unknown) => `${field} must be a non-empty string, ${got(v)}`,
  missingFactor: (f: string) => `factor ${f} is missing`,
  factor: (f: string, v: unknown) => `factor ${f} must be a finite number between 0 and 1, ${got(v)}`,
  duplicatePair: (first: number) => `the same vacancy and candidate as example ${first}`,
  unknownCandidate: (id: unknown) => `unknown candidate ${show(id)}`,
  duplicateCandidate: (first: number) => `the same id as candidate ${first}`,
  text: (field: string, v: unknown) => `${field} must be a string, ${got(v)}`,
  birthDate: (v: unknown) => `birthDate must be a 'YYYY-MM-DD' date, ${got(v)}`,
  object: (v: unknown) => `must be an object, ${got(v)}`,
  unknownVacancy: (id: unknown) => `unknown vacancy ${show(id)}`,
  duplicateOutcome: (first: number) => `the same vacancy and candidate as outcome ${first}`,
  probability: (v: unknown) => `probability must be a number from 0 to 1, ${got(v)}`,
} as const;

/** Why fitWeights cannot identify the weights (src/tune/fit.ts). */
export const tuneProblems = {
  constantLabel: (positives: number, negatives: number) => `every example has the same label (${positives} placed, ${negatives} not): there is nothing to learn from`,
  constantFactor: (f: string, value: number) => `factor ${f} is ${value} in every example, so its weight cannot be told apart from the intercept`,
  collinear: (fs: readonly string[]) => `factors ${fs.join(', ')} move together exactly (collinear), so the data cannot divide the weight between them`,
  separation: (fs: readonly string[]) =>
    `${fs.join(', ')} ${fs.length === 1 ? 'separates' : 'separate'} the labels perfectly (or for a subset of the examples), so the coefficients grow without bound; pass l2 > 0 or add outcomes`,
  notConverged: (n: number) => `no convergence after ${n} iterations`,
  noPositive: 'no factor has a positive coefficient: higher scores do not go with more placements in these outcomes',
} as const;

/** Misused arguments of the tuning functions (src/tune). */
export const tuneUsage = {
  foldsK: (vacancies: number, value: unknown) => `splitByVacancy: k must be a whole number between 2 and the number of vacancies (${vacancies}), ${got(value)}`,
  l2: (max: number, value: unknown) => `fitWeights: l2 must be a number from 0 to ${max}, ${got(value)}`,
  tolerance: (value: unknown) => `fitWeights: tolerance must be a finite number > 0, ${got(value)}`,
  simulateModel: (which: string, value: unknown) => `simulateOutcomes: ${which} must be an object${which === 'placed' ? ' { weights }' : ''}, ${received(value)}`,
  simulateWeights: (which: string, value: unknown) => `simulateOutcomes: ${which} weights must be an object with a weight per factor, ${got(value)}`,
  simulateWeight: (which: string, factor: string, value: unknown) => `simulateOutcomes: ${which} weight ${factor} must be a finite number >= 0, ${got(value)}`,
  simulateZero: (which: string) => `simulateOutcomes: ${which} weights must not all be 0`,
  simulateSum: (which: string) => `simulateOutcomes: ${which} weights must have a finite sum`,
  simulateScale: (which: string, value: unknown) => `simulateOutcomes: ${which} scale must be a finite number > 0, ${got(value)}`,
  simulateIntercept: (which: string, value: unknown) => `simulateOutcomes: ${which} intercept must be a finite number, ${got(value)}`,
  fairnessInput: (value: unknown) => `fairnessReport: pass { candidates, placements }, { candidates, matches }, an assignment or a list of matches, ${received(value)}`,
  fairnessGroups: (known: readonly string[], value: unknown) => `fairnessReport: groups must be a list of ${known.join(', ')} without holes, ${got(value)}`,
  fairnessGroup: (known: readonly string[], value: unknown) => `fairnessReport: unknown group ${show(value)}; known: ${known.join(', ')}`,
  fairnessThreshold: (value: unknown) => `fairnessReport: threshold must be in (0, 1], ${got(value)}`,
  fairnessAgeBands: (value: unknown) => `fairnessReport: ageBands must be one or more increasing whole numbers > 0, ${got(value)}`,
  fairnessAsOf: (value: unknown) => `fairnessReport: asOf must be a 'YYYY-MM-DD' date, ${got(value)}`,
  fairnessAsOfNeeded: "fairnessReport: asOf ('YYYY-MM-DD') is needed for age bands; pass asOf or leave 'ageBand' out of groups",
  fairnessBoth: 'fairnessReport: pass { candidates, placements } or { candidates, matches }',
  fairnessCandidates: 'fairnessReport: input.candidates (the candidate records with their reporting fields) is needed; for an assignment pass { candidates, placements: assignment.placements }',
  fairnessReport: (value: unknown) => `formatFairnessReport: report must be a result of fairnessReport, ${received(value)}`,
} as const;

/** Input issues of the file readers (src/node). */
export const nodeIssues = {
  notNumber: (column: string, text: string) => `${column} must be a number, got ${show(text)}`,
  notBoolean: (column: string, text: string) => `${column} must be true or false (also ja/nee, 1/0), got ${show(text)}`,
  unknownColumns: (columns: readonly { name: string; suggestion?: string | undefined }[], known: readonly string[], reporting: boolean) =>
    `unknown column${columns.length === 1 ? '' : 's'} ${columns.map((c) => (c.suggestion === undefined ? show(c.name) : `${show(c.name)} (did you mean ${show(c.suggestion)}?)`)).join(', ')}, not read; known columns: ${known.join(', ')}${reporting ? ', reporting.<key>' : ''}, or their Dutch names (README: Dutch column names); map a header to one of these, or to "-" to leave its column out on purpose, with --columns / the columns option`,
  missingColumns: (columns: readonly { name: string; dutch: readonly string[] }[]) =>
    `no column for ${columns.map((c) => (c.dutch.length === 0 ? c.name : `${c.name} (or ${c.dutch.map(show).join(', ')})`)).join(', ')}: ${columns.length === 1 ? 'it is' : 'they are'} required, so every row lacks ${columns.length === 1 ? 'it' : 'them'}; add the column, or map a header to it with --columns / the columns option`,
  unknownMappedColumn: (header: string, field: string, kind: string) => `the column map sends ${show(header)} to ${show(field)}, which is not a column of ${kind}; the column is ignored`,
  sameField: (column: string, field: string, first: string) => `column ${show(column)} fills ${field}, which column ${show(first)} already fills; the second is ignored`,
  sheet: (sheet: string, sheets: readonly string[]) => `the workbook has no sheet ${show(sheet)}; its sheets: ${sheets.map(show).join(', ')}`,
  xlsx: (reason: string) => `not readable as an .xlsx workbook: ${reason}`,
  /** The reasons xlsx() gives for a workbook werkmatch's own reader cannot open. */
  notZip: 'not a zip archive',
  damagedZip: 'a damaged zip directory',
  noSheets: 'it has no sheets',
  errorCell: (ref: string, value: string) => `cell ${ref} holds the spreadsheet error ${value}; the field is left empty`,
  formulaCell: (ref: string) => `cell ${ref} holds a formula without a computed value (save the workbook in Excel or LibreOffice first); the field is left empty`,
  badBytes:
    'holds the replacement character �: bytes that were not UTF-8 text were lost there, as the file was read or before, so the value is not what was meant; save the file as UTF-8 (Excel: "CSV UTF-8") or give its encoding (--encoding windows-1252, or the encoding option)',
  doubleEncoded:
    'reads as UTF-8 text that was once decoded as Windows-1252 ("Ã©" where "é" was meant, "â€™" for "’") before this file was saved, so the value is not what was meant; correct it where the file came from',
  givenWindows1252:
    'reads as UTF-8 text decoded as Windows-1252 ("Ã©" where "é" was meant): the file is UTF-8, not the windows-1252 the encoding option (--encoding) gives; leave it out or give utf-8',
  mixedEncoding:
    'reads as UTF-8 text decoded as Windows-1252 ("Ã©" where "é" was meant, "â€™" for "’"): the file mixes both encodings, so the value is not what was meant; save the whole file in one encoding, UTF-8 preferably (Excel: "CSV UTF-8")',
  duplicateColumn: (column: string) => `column ${show(column)} appears twice; the second is ignored`,
  forbiddenColumn: (column: string) => `column ${show(column)} is not allowed: __proto__, constructor and prototype cannot be field names; the column is ignored`,
  fieldCount: (got: number, want: number) => `row has ${got} fields, the header has ${want}`,
  csvSyntax: (reason: string) => `not readable as CSV: ${reason}`,
  strayQuote: 'a quote inside a field that does not start with one (quote the whole field and double the quote: "a ""b"" c")',
  textAfterQuote: 'a quoted field must end at its closing quote, before the delimiter or the end of the line (a quote inside it is written "")',
  unclosedQuote: 'a quote opened on this row is never closed',
  quoteSpansRows: 'a quoted field runs from this row into the next lines and leaves a row of the wrong length; is a closing quote missing?',
  rowTooLong: (max: number) => `the row runs over ${max} characters; is a closing quote missing?`,
  noHeader: 'the header (the first row) is not readable, so no row can be read',
  json: (reason: string) => `not readable as JSON: ${reason}`,
  notArray: 'a .json file must hold an array of records',
  notObject: 'a record must be a JSON object',
  duplicateId: (kind: string, id: string, firstLine: number) => `duplicate id ${show(id)}: also ${kind} on line ${firstLine}`,
  endBeforeStart: (start: string, end: string) => `end ${end} is before start ${start}`,
  vocabularyNotArray: 'a .json vocabulary must hold an array of { id, label, synonyms?, kind? }',
  vocabularyHeader: (header: readonly string[]) =>
    `a vocabulary has the columns id, label, synonyms (joined by |) and kind, or ESCO's conceptUri, preferredLabel, altLabels, hiddenLabels and reuseLevel; got ${header.slice(0, 8).map(show).join(', ')}`,
  vocabularyColumn: (column: string) => `unknown column ${show(column)}; a vocabulary has id, label, synonyms (joined by |) and kind`,
  reuseLevel: (got: string) => `reuseLevel must be transversal, cross-sector, sector-specific or occupation-specific, got ${show(got)}`,
  sameName: (name: string, id: string, line: number) => `${show(name)} already names ${show(id)} on line ${line}; a name can mean one competence only`,
} as const;

/** Misused arguments of the file readers and writers (src/node). */
export const nodeUsage = {
  extension: (fn: string, path: string) => `${fn}: cannot tell the format of ${showPath(path)}; use .csv, .json, .ndjson or .jsonl`,
  recordExtension: (fn: string, path: string) => `${fn}: cannot tell the format of ${showPath(path)}; use .csv, .json, .ndjson, .jsonl or .xlsx`,
  encoding: (fn: string, e: unknown) => `${fn}: encoding must be "utf-8" or "windows-1252", got ${show(e)}`,
  xlsxEncoding: (fn: string) => `${fn}: an .xlsx workbook has no text encoding to choose; leave out encoding`,
  // A function, not `usage.locale` itself: a property read at module level would keep this area in every bundle.
  locale: (fn: string, value: unknown) => usage.locale(fn, value),
  sheet: (fn: string) => `${fn}: sheet must be a sheet's name (a string)`,
  columnMap: (fn: string) => `${fn}: columns must map headers to column names, { "header in the file": "field.path" }`,
  kind: (fn: string, kind: unknown) => `${fn}: kind must be candidates, vacancies, placements or outcomes, got ${show(kind)}`,
  delimiter: (fn: string, d: unknown) => `${fn}: delimiter must be "," or ";", got ${show(d)}`,
  column: (fn: string, column: string) => `${fn}: a record has a value for column ${show(column)}, which is not in the header; pass it in options.columns`,
  unwritableSeparator: (fn: string, column: string, item: string) => `${fn}: ${column} cannot be written as CSV: ${show(item)} contains the list separator |`,
  unwritableSpaces: (fn: string, column: string, item: string) => `${fn}: ${column} cannot be written as CSV: ${show(item)} is empty or has surrounding spaces`,
  unwritableCell: (fn: string, column: string) => `${fn}: ${column} cannot be written as CSV: only strings, numbers and booleans fit in a cell`,
  unwritableRoundTrip: (fn: string, column: string, text: string) => `${fn}: ${column} cannot be written as CSV: ${show(text)} would not read back as written`,
} as const;

/** The command line (src/cli). */
export const cli = {
  required: (flag: string) => `--${flag} is required`,
  empty: (flag: string) => `--${flag} needs a value`,
  choice: (flag: string, allowed: readonly string[], value: string) => `--${flag} must be ${allowed.join(', ')}; ${got(value)}`,
  wholeNumber: (flag: string, min: number, value: string) => `--${flag} must be a whole number >= ${min}; ${got(value)}`,
  unit: (flag: string, value: string) => `--${flag} must be a number between 0 and 1; ${got(value)}`,
  dateOutsideTable: (flag: string, value: string, from: string, until: string) =>
    `--${flag} ${value} lies outside the minimum-wage table (${from} to ${until}): subsidies and savings cannot be computed for it`,
  euros: (flag: string, value: string) => `--${flag} must be an amount in euros >= 0, such as 77882.18, 77882,18 or 77.882,18 (77.882 alone could be either); ${got(value)}`,
  date: (flag: string, value: string) => `--${flag} must be an existing date YYYY-MM-DD; ${got(value)}`,
  jsonAndCsv: '--json and --csv cannot be combined',
  excelAnd: (other: 'json' | 'csv') => `--excel and --${other} cannot be combined (--excel is CSV for Excel)`,
  oneOf: (flags: readonly string[]) => `give exactly one of ${flags.map((f) => `--${f}`).join(', ')}`,
  atLeastOne: (flags: readonly string[]) => `give at least one of ${flags.map((f) => `--${f}`).join(', ')}`,
  unknownCommand: (name: string, known: readonly string[]) => `unknown command ${show(name)}; commands: ${known.join(', ')}`,
  noCommand: 'no command given',
  unknownFlag: (flag: string, suggestion: string | undefined) => `unknown flag ${show(`--${flag}`)}${suggestion === undefined ? '' : `; did you mean --${suggestion}?`}`,
  defaultDate: (date: string) => `placements start ${date}, the newest minimum-wage table (give --date to choose another)`,
  extension: (flag: string, path: string, allowed: string) => `--${flag} ${showPath(path)}: cannot tell the format; use ${allowed}`,
  unknownId: (flag: string, id: string, path: string, suggestion?: string) => `--${flag} ${show(id)} is not in ${path}${suggestion === undefined ? '' : `; did you mean ${show(suggestion)}?`}`,
  nonNegative: (flag: string, value: string) => `--${flag} must be a number >= 0; ${got(value)}`,
  foldsOverVacancies: (folds: number, vacancies: number, path: string) => `--folds ${folds} is more than the ${vacancies} vacancies in ${path}`,
  internal: (message: string) => `internal error: ${message}`,
  stats: (seconds: number, maxRssMiB: number) => `time ${seconds.toFixed(1)} s, peak RSS ${maxRssMiB.toFixed(0)} MiB`,
} as const;

/** Files the command line reads besides records: configuration and scenarios (src/cli). */
export const cliFiles = {
  unreadable: (reason: string) => `cannot read the file: ${reason}`,
  json: (reason: string) => `not readable as JSON: ${reason}`,
  notArray: (kind: string) => `a .json file of ${kind} must hold one JSON array of records`,
  configNotObject: 'a configuration file must hold one JSON object',
  scenariosNotObject: 'a scenario file must hold one JSON object { "<name>": { "config": {…}, "assign": {…} } }',
  scenariosEmpty: 'the scenario file names no scenario',
  scenarioNotObject: 'a scenario must be an object with "config" and/or "assign"',
  scenarioUnknownKey: (key: string) => `unknown key ${show(key)}; a scenario holds "config" and "assign"`,
  assignUnknownKey: (key: string) => `unknown key ${show(key)}; assign holds "strategy", "minScore" and "fallback"`,
  assignChoice: (key: string, allowed: readonly string[], value: unknown) => `${key} must be ${allowed.join(', ')}; ${got(value)}`,
  assignMinScore: (value: unknown) => `minScore must be a number between 0 and 1; ${got(value)}`,
  columnsFile: 'a --columns file must hold one JSON object { "header in the file": "field.path" } with text values',
  encodingUsed: (encoding: string, given: boolean) =>
    given ? `read as ${encoding} (--encoding)` : `read as ${encoding}: the file is not UTF-8 (its bytes say so); --encoding utf-8 to read it otherwise`,
  xlsxWritten: (rows: number) => `workbook written (${rows} row${rows === 1 ? '' : 's'})`,
} as const;

// Sentences for people: nl.ts has the same exports, typed by the same shape.

export const instrumentSentences = {
  'jobcoach.ladder_step_5': () => 'Job coach: suitable, the candidate is on step 5 (paid work with support) and the employer is open to a job coach.',
  'jobcoach.employer_declines': () => 'Job coach: suits step 5, but the employer has not said it is open to a job coach.',
  'jobcoach.not_step_5': () => 'Job coach: not suggested, the candidate is not on step 5.',
  'loonkostensubsidie.applies': (f) =>
    `Wage cost subsidy: ${formatEuro(f.amount ?? 0, 'en')} a month at a wage value of ${percent(f.wageValue ?? 0)} and ${f.hoursPerWeek ?? 0} hours a week${f.assumedAdult ? ' (minimum wage for 21 and over, age unknown)' : ''}.`,
  'loonkostensubsidie.employer_declines': (f) => `Wage cost subsidy: possible at a wage value of ${percent(f.wageValue ?? 0)}, but the employer has not said it accepts a wage cost subsidy.`,
  'loonkostensubsidie.full_wage_value': () => 'Wage cost subsidy: not applicable, the candidate has full wage value.',
  'loonkostensubsidie.wage_value_unknown': () => 'Wage cost subsidy: not calculated, no wage value has been measured.',
  'proefplaatsing.applies': (f) => `Trial placement: possible, ${f.baseMonths ?? 2} months keeping the benefit, extendable by at most ${f.extensionMonths ?? 4} months.`,
  'proefplaatsing.ladder_step': () => 'Trial placement: not suggested, only for candidates on step 4 or 5.',
  'no-riskpolis.open_ended': () => 'No-risk policy: applies without an end date, the candidate is in the doelgroepregister; UWV pays the wage during sickness.',
  'no-riskpolis.with_subsidy': (f) => `No-risk policy: applies for ${f.years ?? 5} years from the start of the employment; UWV pays the wage during sickness.`,
  'no-riskpolis.not_applicable': () => 'No-risk policy: not applicable, no wage cost subsidy and not in the doelgroepregister.',
  'jobcarving.applies': () => 'Job carving: the employer is open to reshaping the job around the candidate.',
  'jobcarving.employer_declines': () => 'Job carving: the employer has not said it is open to job carving.',
  'jobcarving.ladder_step': () => 'Job carving: not suggested, the candidate can work without support (step 6) or is below step 4.',
  'municipal.conditions_met': (f) => `${f.label ?? ''}: suitable${f.amount === undefined ? '' : `, ${formatEuro(f.amount, 'en')} per placement`} (municipal instrument).`,
  'municipal.ladder_step': (f) => `${f.label ?? ''}: not suggested, this municipal instrument is for another ladder step.`,
  'municipal.target_group': (f) => `${f.label ?? ''}: not suggested, the candidate is not in this municipal instrument's target groups.`,
  'municipal.age': (f) => `${f.label ?? ''}: not suggested, the age lies outside this municipal instrument's limits.`,
  'municipal.age_unknown': (f) => `${f.label ?? ''}: not decided, this municipal instrument has an age limit and the age is unknown.`,
} as const satisfies InstrumentSentences;

export const matchSentences = {
  knockout: (factor, code) => `Excluded: ${factor} ${code}.`,
  fields: {
    'candidate.sectors': "the candidate's sector preferences (scored neutrally)",
    'candidate.location': "the candidate's address (travel time estimated from the municipality)",
    'vacancy.location': "the vacancy's address (travel time estimated to the municipality)",
    'vacancy.competences': 'the competences asked (scored neutrally)',
  },
  competenceLevel: (label) => `level of ${label} (counted as sufficient)`,
  candidateCompetence: (label) => `the candidate's competence "${label}" (not in the vocabulary)`,
  vacancyCompetence: (label) => `the asked competence "${label}" (not in the vocabulary)`,
  missing: (items) => `Not given or not recognised: ${items}.`,
} as const satisfies MatchSentences;

export const fairnessText = {
  title: 'Fairness report',
  basisPlaced: 'placed',
  basisTopK: (k: number) => `in the top ${k} of a vacancy`,
  rule: (t: string) => `four-fifths rule: flagged below ${t} × the best-served group`,
  header: ['group', 'candidates', 'selected', 'rate', 'mean score', 'ratio'],
  dimensions: { targetGroup: 'target group', gender: 'gender', ageBand: 'age band' },
  flag: 'FLAG',
  small: 'small group',
  unknown: 'unknown',
  none: 'No group below the threshold.',
  flagged: (n: number) => `${n} ${n === 1 ? 'group' : 'groups'} below the threshold.`,
} as const satisfies FairnessText;

export const headers = {
  rank: '#',
  candidate: 'candidate',
  vacancy: 'vacancy',
  municipality: 'municipality',
  tier: 'tier',
  score: 'score',
  competence: 'competence',
  ladder: 'ladder',
  hours: 'hours',
  travel: 'travel',
  sector: 'sector',
  trip: 'trip',
  instruments: 'instruments',
  placements: 'placements',
  home: 'home',
  fallback: 'fallback',
  region: 'region',
  scenario: 'scenario',
  placed: 'placed',
  delta: 'Δ',
  durable: 'durable',
  subsidyPerMonth: 'subsidy/month',
  savings: 'savings',
  net: 'net',
  deltaNet: 'Δ net',
  file: 'file',
  kind: 'kind',
  rows: 'rows',
  valid: 'valid',
  invalid: 'invalid',
  issues: 'issues',
  perMonth: '/month',
} as const satisfies Headers;

export const issueTitles = {
  invalid_type: 'Wrong type',
  invalid_value: 'Value not allowed',
  invalid_format: 'Wrong format',
  invalid_union: 'Matches no allowed form',
  invalid_element: 'Bad list entry',
  too_small: 'Too small or too short',
  too_big: 'Too large or too long',
  not_multiple_of: 'Not a multiple',
  unrecognized_keys: 'Unknown field',
  invalid_key: 'Field name not allowed',
  not_json: 'Not JSON data',
  unreadable: 'Unreadable value',
  too_deep: 'Nested too deeply',
  too_long: 'Too long',
  array_hole: 'Hole in a list',
  not_integer: 'Not a whole number',
  out_of_range: 'Out of range',
  invalid_date: 'Not a date',
  invalid_year: 'Not a calendar year',
  invalid_id: 'Bad id',
  invalid_label: 'Bad label',
  invalid_score: 'Bad score',
  invalid_factor: 'Bad factor score',
  invalid_probability: 'Bad probability',
  missing_factor: 'Factor missing',
  invalid_weights: 'Unusable weights',
  duplicate_id: 'Duplicate id',
  duplicate_key: 'Named twice',
  duplicate_pair: 'Duplicate pair',
  unknown_candidate: 'Unknown candidate',
  unknown_vacancy: 'Unknown vacancy',
  unknown_employer: 'Unknown employer',
  unknown_municipality: 'Unknown municipality',
  location_mismatch: 'Location far from its municipality',
  incomparable_municipality: 'Municipality cannot be compared',
  ambiguous_synonym: 'Name with two meanings',
  end_before_start: 'End before start',
  date_before_start: 'Date before the start',
  date_out_of_range: 'Date outside the tables',
  employer_mismatch: 'Different employer',
  contract_mismatch: 'Contracts disagree',
  overlapping_employment: 'Overlapping employment',
  flat_rate_expired: 'Flat rate expired',
  costs_per_year: 'Costs per year needed',
  invalid_json: 'Unreadable JSON',
  invalid_csv: 'Unreadable CSV',
  invalid_row: 'Bad row',
  invalid_header: 'Bad header',
  duplicate_column: 'Duplicate column',
  forbidden_column: 'Column not allowed',
  invalid_xlsx: 'Unreadable workbook',
  unknown_sheet: 'Unknown sheet',
  invalid_cell: 'Unusable cell',
  invalid_encoding: 'Unreadable characters',
} as const satisfies IssueTitles;

export const knockoutTitles = {
  missing_required: 'Required competence missing',
  exempt: 'Exempt from work',
  step_too_low: 'Ladder step too low',
  below_minimum: "Below the vacancy's step",
  no_overlap: 'Hours do not fit',
  too_far: 'Too far',
  excluded: 'Sector excluded',
} as const satisfies KnockoutTitles;

/** The command line's sentences around its tables. */
export const cliSentences = {
  tiers: { home: 'home', fallback: 'fallback', region: 'region', outside: 'outside' },
  kinds: { candidates: 'candidates', vacancies: 'vacancies', config: 'config', vocabulary: 'vocabulary' },
  strategies: { optimal: 'Optimal', stable: 'Stable', greedy: 'Greedy' },
  modes: { walk: 'walk', bike: 'bike', ebike: 'e-bike', transit: 'transit', car: 'car' },
  best: (n, forVacancy, id) => (forVacancy ? `${n} best ${n === 1 ? 'candidate' : 'candidates'} for vacancy ${id}:` : `${n} best ${n === 1 ? 'vacancy' : 'vacancies'} for candidate ${id}:`),
  none: (forVacancy, id) => (forVacancy ? `No suitable candidate for vacancy ${id}.` : `No suitable vacancy for candidate ${id}.`),
  nearest: (threshold, list, flags) => `Nobody reaches the threshold of ${threshold}. The nearest: ${list}; see them with ${flags}.`,
  noneEligible: (forVacancy) =>
    forVacancy
      ? 'No candidate is eligible: each fails a hard requirement (travel time, ladder step, hours, sector or a required competence). werkmatch rank --candidate ID says why for one candidate.'
      : 'No vacancy is eligible: each fails a hard requirement (travel time, ladder step, hours, sector or a required competence).',
  allValid: 'All input is valid.',
  stopped: (command, n) => `werkmatch ${command}: stopped, nothing was computed: ${n === 1 ? 'the problem above stands' : `the ${n} problems above stand`} in the way.`,
  issuesOnStderr: (n, one) => `${n} issue${one ? '' : 's'}, each on stderr as FILE:LINE field: message.`,
  assigned: (strategy, filled, positions, total, exact) => `${strategy} assignment: ${filled} of ${positions} positions filled, total score ${total}${exact ? '' : ' (not proven optimal)'}.`,
  byTier: (home, fallback, region, unplaced) => `By tier: home ${home}, fallback ${fallback}, region ${region}. Unplaced candidates: ${unplaced}.`,
  open: (list) => `Open: ${list}`,
  reportWritten: (path) => `Report written to ${path}.`,
  toArrange: 'to arrange',
  whatif: (candidates, vacancies, count, date, base) =>
    `What-if over ${count(candidates)} ${candidates === 1 ? 'candidate' : 'candidates'} and ${count(vacancies)} ${vacancies === 1 ? 'vacancy' : 'vacancies'}, placements starting ${date}; Δ against “${base}”.`,
} as const satisfies CliSentences;
