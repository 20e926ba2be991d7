import type { z } from 'zod';
import { configSchema, DEFAULT_WEIGHTS, resolveConfig, FACTORS, zodParseOptions, type MatchConfig, type Point, type ResolvedConfig } from '../schema/config.js';
import { IdTable, type IdLookup } from './id-table.js';
import { createFastScratch, fastCandidate, fastVacancy, shapeCandidate, shapeVacancy, type FastScratch } from './fast-records.js';
import { type IssueCode, isIssueCode, type MatchIssue } from '../basics/errors.js';
import { MAX_DEPTH, MAX_LENGTH } from '../basics/limits.js';
import { closestMunicipalityNames, distanceKm, findMunicipality, type Municipality } from '../region/municipalities.js';
import { candidateSchema, tooLongMessage, vacancySchema, type Candidate, type Vacancy } from '../schema/records.js';
import { inputIssues } from '../basics/messages/en.js';

/** The input of createMatcher: raw records, validated before anything is built. */
export interface MatchInput {
  readonly candidates: readonly unknown[];
  readonly vacancies: readonly unknown[];
}

/** Validated records with their municipalities resolved. */
export interface LoadedInput {
  readonly candidates: readonly Candidate[];
  readonly vacancies: readonly Vacancy[];
  readonly candidateMunicipalities: readonly Municipality[];
  readonly vacancyMunicipalities: readonly Municipality[];
  /** Vacancy municipality index → its fallback municipality indexes, in order. */
  readonly fallbacks: ReadonlyMap<number, readonly number[]>;
  /** Municipality index → the configured point that replaces its reference point (config.referencePoints). */
  readonly referencePoints: ReadonlyMap<number, Point>;
  readonly config: ResolvedConfig;
  /** Id → index as the duplicate-id check built it, for `of` (compileIndex builds its own for any other list). */
  readonly candidateIds?: IdIndex;
  readonly vacancyIds?: IdIndex;
}

/** Each record's id → its index in `of`. */
export interface IdIndex {
  readonly of: readonly unknown[];
  readonly byId: IdLookup;
}

type Path = (string | number)[];

/** Maps zod issues to MatchIssues under a path prefix (shared by createMatcher and the file readers); `input`, when given, is what was parsed. */
export const mapZodIssues = (prefix: readonly (string | number)[], issues: readonly z.core.$ZodIssue[], out: MatchIssue[], input?: unknown): void => {
  for (const i of issues) {
    const path = [...prefix, ...(i.path as (string | number)[])];
    // A union (label or object) that failed on a field inside the object: report that field, not just "invalid union".
    const inner = i.code === 'invalid_union' ? i.errors.find((option) => option.length > 0 && option.every((e) => e.path.length > 0)) : undefined;
    if (inner) mapZodIssues(path, inner, out, input === undefined ? undefined : valueAt(input, i.path));
    // A bad record key (e.g. too long): report what is wrong with the key, at the key.
    else if (i.code === 'invalid_key') mapZodIssues(path, i.issues, out);
    else if (i.code === 'unrecognized_keys') out.push({ code: i.code, path, message: unknownFieldsMessage(i.keys) });
    else if (i.code === 'too_big' && i.origin === 'string') out.push({ code: 'too_long', path, message: i.message });
    else if (i.code === 'custom') out.push({ code: isIssueCode(i.params?.code) ? i.params.code : 'invalid_value', path, message: i.message });
    else {
      // An enumerated word (sector, travel mode, target group) far longer than any known one.
      const value = i.code === 'invalid_value' && input !== undefined ? valueAt(input, i.path) : undefined;
      if (typeof value === 'string' && value.length > MAX_LENGTH.word) {
        const what = [...i.path].reverse().find((p): p is string => typeof p === 'string') ?? 'value';
        out.push({ code: 'too_long', path, message: tooLongMessage(what, MAX_LENGTH.word, value) });
      } else out.push({ code: i.code, path, message: i.message });
    }
  }
};

const unknownFieldsMessage = inputIssues.unknownFields;

/** The value at a zod path inside plain data (as copied by plainCopy), or undefined. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || typeof key === 'symbol' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Repeated did-you-mean work for one load: the same value is looked up once, and only the first few distinct ones are. */
export interface MunicipalityHints {
  readonly suggested: Map<string, readonly string[]>;
}

/** At most this many distinct unknown names get a did-you-mean per load (≈0.2 ms each); the rest are reported without one. */
const MAX_SUGGESTIONS = 100;

/**
 * Finds a municipality, or records an `unknown_municipality` issue naming the closest names. A value longer
 * than `MAX_LENGTH.municipality` gives undefined without an issue: the schema reports it as `too_long`.
 */
export function resolveMunicipality(value: unknown, path: (string | number)[], issues: MatchIssue[], hints?: MunicipalityHints): Municipality | undefined {
  if (typeof value !== 'string' || value === '' || value.length > MAX_LENGTH.municipality) return undefined;
  const m = findMunicipality(value);
  if (!m) {
    let names = hints?.suggested.get(value);
    if (names === undefined && (hints === undefined || hints.suggested.size < MAX_SUGGESTIONS)) {
      names = closestMunicipalityNames(value);
      hints?.suggested.set(value, names);
    }
    issues.push({
      code: 'unknown_municipality',
      path,
      message: inputIssues.unknownMunicipality(value, names),
    });
  }
  return m;
}

/**
 * How far a record's location (or a configured reference point) may lie from its municipality's built-in reference point.
 * The farthest place of a Dutch municipality from its point is about 36 km (the Maasvlakte, in Rotterdam); a location
 * farther than this is a mistake in the data (lat and lon swapped, an address in a municipality far away, 0, 0), which
 * would put the record out of everyone's reach without a word. A wrong address nearer than this is not caught.
 */
export const LOCATION_RANGE_KM = 60;

/** A `location_mismatch` issue when `location` lies farther than LOCATION_RANGE_KM from municipality `m`'s reference point. */
export function checkLocation(location: Point, m: Municipality, path: (string | number)[], issues: MatchIssue[]): void {
  // A cheap bound first (degrees scaled at the municipality's latitude, within 1% of the true distance at this range).
  const dy = (location.lat - m.lat) * KM_PER_DEGREE;
  const dx = (location.lon - m.lon) * KM_PER_DEGREE * Math.cos(m.lat * (Math.PI / 180));
  if (dx * dx + dy * dy <= (0.98 * LOCATION_RANGE_KM) ** 2) return;
  const km = distanceKm(location.lat, location.lon, m.lat, m.lon);
  if (km <= LOCATION_RANGE_KM) return;
  const swapped = Math.abs(location.lon) <= 90 && distanceKm(location.lon, location.lat, m.lat, m.lon) <= LOCATION_RANGE_KM;
  issues.push({ code: 'location_mismatch', path, message: inputIssues.farLocation(km, m.name, LOCATION_RANGE_KM, swapped) });
}

const KM_PER_DEGREE = 111.2;

/** checkLocation for each record that parsed, has a location and a municipality that was found. */
function checkLocations(kind: string, records: readonly ({ readonly location?: Point | undefined } | undefined)[], municipalities: readonly (Municipality | undefined)[], issues: MatchIssue[]): void {
  for (let i = 0; i < records.length; i++) {
    const location = records[i]?.location;
    const m = municipalities[i];
    if (location !== undefined && m !== undefined) checkLocation(location, m, [kind, i, 'location'], issues);
  }
}

/** What plainCopy hands on: JSON-only data, and the paths whose issues it already reported. */
export interface PlainCopy {
  readonly value: unknown;
  /** Path keys (see {@link pathKey}) under which an issue was reported; zod's issues there repeat it. */
  readonly covered: ReadonlySet<string>;
}

export const pathKey = (path: readonly (string | number)[]): string => path.join('\u0000');

const DROP: unique symbol = Symbol('drop');
/** Arrays longer than this are checked for holes through their keys, not index by index. */
const SCAN_LENGTH = 1_000_000;
/** Holes reported one by one per array; the rest are counted in one issue. */
const HOLES_SHOWN = 20;
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;
/** The longest field name taken (an id's length). */
const MAX_KEY = MAX_LENGTH.id;
/** From this depth (inside a reporting value: input → candidates → record → reporting → value → …) shared objects are copied once. */
const MEMO_DEPTH = 5;

/**
 * Copies `value` into plain JSON data, reading every property once (getters, proxies), and records an issue for
 * every value JSON cannot carry: BigInt, Symbol, functions (except where `allowFunction` says), Dates and other
 * class instances, holes in arrays, cycles, nesting beyond MAX_DEPTH, `__proto__` keys, over-long field names,
 * and anything that throws when read. The copy leaves such values out, so the schemas see plain data only.
 */
export function plainCopy(value: unknown, prefix: readonly (string | number)[], issues: MatchIssue[], allowFunction: (path: readonly (string | number)[]) => boolean = () => false): PlainCopy {
  const copier = createCopier(prefix.length, issues, allowFunction);
  return { value: copier.copy(value, prefix, []), covered: copier.covered };
}

/** plainCopy in parts: one copier per input, so its memo of shared objects and its covered paths span every call. */
interface Copier {
  /**
   * Copies `value`, found at `at` inside objects `around` (outermost first). `aliases` maps a snapshot the fast path
   * already read to the input object it stands for, so cycles through it are found at the same paths.
   */
  copy(value: unknown, at: readonly (string | number)[], around: readonly object[], aliases?: ReadonlyMap<object, object>): unknown;
  flag(code: IssueCode, message: string, at: readonly (string | number)[], cover?: boolean): void;
  readonly covered: Set<string>;
}

/** A copier whose depth is counted from a root `rootDepth` path keys long (see plainCopy). */
function createCopier(rootDepth: number, issues: MatchIssue[], allowFunction: (path: readonly (string | number)[]) => boolean): Copier {
  const covered = new Set<string>();
  let path: Path = [];
  let ancestors: object[] = [];
  let aliases: ReadonlyMap<object, object> | undefined;
  // Deep objects seen before are copied once, so a shared DAG (in free-form reporting values) costs its size, not its
  // paths. The fixed record levels above MEMO_DEPTH skip the map: they cannot nest a DAG deep enough to explode.
  const copied = new Map<object, unknown>();
  const flag = (code: IssueCode, message: string, at: Path = path, cover = true): void => {
    issues.push({ code, path: [...at], message });
    if (cover) covered.add(pathKey(at));
  };

  const copy = (v: unknown): unknown => {
    switch (typeof v) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'undefined':
        return v;
      case 'bigint':
        flag('not_json', inputIssues.bigint(v));
        return DROP;
      case 'symbol':
        flag('not_json', inputIssues.symbol);
        return DROP;
      case 'function':
        if (allowFunction(path)) return v;
        flag('not_json', inputIssues.function);
        return DROP;
    }
    if (v === null) return null;
    const obj = v as object;
    const depth = path.length - rootDepth;
    const memo = depth >= MEMO_DEPTH;
    if (memo && copied.has(obj)) {
      const earlier = copied.get(obj);
      if (earlier === DROP) flag('not_json', inputIssues.seenBefore);
      return earlier;
    }
    const source = aliases?.get(obj) ?? obj;
    if (ancestors.includes(source)) {
      flag('not_json', inputIssues.cycle);
      return DROP;
    }
    if (depth >= MAX_DEPTH) {
      flag('too_deep', inputIssues.tooDeep(MAX_DEPTH));
      return DROP;
    }
    const before = issues.length;
    ancestors.push(source);
    let out: unknown;
    try {
      out = Array.isArray(obj) ? copyArray(obj) : copyObject(obj);
    } catch {
      flag('unreadable', inputIssues.valueThrew);
      out = DROP;
    }
    ancestors.pop();
    if (memo) copied.set(obj, issues.length === before ? out : DROP);
    return out;
  };

  const copyObject = (obj: object): unknown => {
    const proto = Object.getPrototypeOf(obj) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      flag('not_json', proto === Date.prototype ? inputIssues.date : inputIssues.instance);
      return DROP;
    }
    const out: Record<string, unknown> = {};
    // for…in allocates no key list; hasOwn keeps out anything enumerable a prototype may carry.
    for (const key in obj) {
      if (!Object.hasOwn(obj, key)) continue;
      if (key.length > MAX_KEY) {
        flag('too_long', tooLongMessage('a field name', MAX_KEY, key), path, false);
        continue;
      }
      path.push(key);
      if (key === '__proto__') flag('invalid_key', inputIssues.protoKey);
      else {
        const child = read(obj, key);
        if (child !== DROP) out[key] = child;
      }
      path.pop();
    }
    return out;
  };

  const copyArray = (arr: readonly unknown[]): unknown => {
    const length = arr.length;
    if (length > SCAN_LENGTH) {
      const present = Object.keys(arr)
        .filter((k) => INDEX_KEY.test(k) && Number(k) < length)
        .map(Number);
      if (present.length < length)
        return copySparse(
          arr,
          present.sort((a, b) => a - b),
        );
    }
    const out: unknown[] = new Array(length);
    let holes = 0;
    for (let i = 0; i < length; i++) {
      path.push(i);
      const child = read(arr, i);
      // `in` only for an undefined element: a hole reads as undefined.
      if (child === undefined && !(i in arr)) {
        if (++holes <= HOLES_SHOWN) flag('array_hole', inputIssues.hole);
      }
      out[i] = child === DROP ? undefined : child;
      path.pop();
    }
    if (holes > HOLES_SHOWN) flag('array_hole', inputIssues.moreHoles(holes - HOLES_SHOWN), path, false);
    return out;
  };

  // A huge array that is mostly holes: report the first holes and check what is there; the schemas see nothing of it.
  const copySparse = (arr: readonly unknown[], present: readonly number[]): unknown => {
    const holes = arr.length - present.length;
    let expected = 0;
    let shown = 0;
    for (const i of [...present, arr.length]) {
      for (; expected < i && shown < HOLES_SHOWN; expected++, shown++) flag('array_hole', inputIssues.hole, [...path, expected]);
      expected = i + 1;
      if (i < arr.length) {
        path.push(i);
        read(arr, i);
        path.pop();
      }
    }
    flag('array_hole', inputIssues.sparse(holes, arr.length));
    return DROP;
  };

  // Reads one property once; plain values are taken as they are, without a call per string or number.
  const read = (obj: object, key: string | number): unknown => {
    let child: unknown;
    try {
      child = (obj as Record<string | number, unknown>)[key];
    } catch {
      flag('unreadable', inputIssues.fieldThrew);
      return DROP;
    }
    const type = typeof child;
    return type === 'string' || type === 'number' || type === 'boolean' ? child : copy(child);
  };

  return {
    covered,
    flag: (code, message, at, cover = true) => flag(code, message, [...at], cover),
    copy(value, at, around, alias) {
      path = [...at];
      ancestors = [...around];
      aliases = alias;
      const out = copy(value);
      return out === DROP ? undefined : out;
    },
  };
}

/** Adds zod's issues under `prefix`, leaving out those at or under a path plainCopy already reported. */
function addZodIssues(prefix: Path, zodIssues: readonly z.core.$ZodIssue[], input: unknown, covered: ReadonlySet<string>, issues: MatchIssue[]): void {
  const mapped: MatchIssue[] = [];
  mapZodIssues(prefix, zodIssues, mapped, input);
  for (const issue of mapped) {
    let repeats = false;
    for (let n = issue.path.length; n >= 0 && !repeats && covered.size > 0; n--) repeats = covered.has(pathKey(issue.path.slice(0, n)));
    if (!repeats) issues.push(issue);
  }
}

/**
 * Validates everything (records, ids, municipalities, config) and returns the parsed input, or
 * every issue found. Input and config are read once: a record by the fast path (fast-records.ts), which
 * checks the common case by hand; anything it does not take is copied into plain data (plainCopy) and
 * parsed by zod, in `config.locale`. Nothing is built while any issue remains.
 */
export function loadInput(input: unknown, config: unknown, issues: MatchIssue[], options: LoadOptions = {}): LoadedInput | undefined {
  const plainConfig = plainCopy(config, ['config'], issues, (path) => path.length === 2 && path[1] === 'travelTime');
  const rawConfig = plainConfig.value;
  // Read before the config is checked, so a bad config is reported in its own language too.
  const locale = isRecord(rawConfig) && rawConfig.locale === 'nl' ? 'nl' : undefined;
  const parsedConfig = configSchema.safeParse(rawConfig, zodParseOptions(locale));
  if (!parsedConfig.success) addZodIssues(['config'], parsedConfig.error.issues, rawConfig, plainConfig.covered, issues);
  const cfg = parsedConfig.success ? (parsedConfig.data as MatchConfig | undefined) : undefined;
  const weightSum = cfg?.weights ? FACTORS.reduce((sum, f) => sum + (cfg.weights?.[f] ?? DEFAULT_WEIGHTS[f]), 0) : 1;
  if (weightSum === 0) issues.push({ code: 'invalid_weights', path: ['config', 'weights'], message: inputIssues.weightsZero });
  if (!Number.isFinite(weightSum)) issues.push({ code: 'invalid_weights', path: ['config', 'weights'], message: inputIssues.weightsHuge });
  const rawVocabulary = isRecord(rawConfig) && Array.isArray(rawConfig.vocabulary) ? rawConfig.vocabulary : [];
  checkDuplicateIds(
    ['config', 'vocabulary'],
    'vocabulary',
    rawVocabulary.map((entry) => (isRecord(entry) ? entry.id : undefined)),
    issues,
  );

  // Fallback names are checked even when another config field is bad, so every issue is reported at once.
  const hints: MunicipalityHints = { suggested: new Map() };
  const fallbacks = new Map<number, number[]>();
  const rawFallbacks = isRecord(rawConfig) && isRecord(rawConfig.fallbacks) ? rawConfig.fallbacks : undefined;
  if (rawFallbacks) {
    for (const [key, value] of Object.entries(rawFallbacks)) {
      const list = Array.isArray(value) ? value : [];
      const home = resolveMunicipality(key, ['config', 'fallbacks', key], issues, hints);
      const resolved = list.map((name, i) => resolveMunicipality(name, ['config', 'fallbacks', key, i], issues, hints));
      if (home && fallbacks.has(home.index)) issues.push({ code: 'duplicate_key', path: ['config', 'fallbacks', key], message: inputIssues.fallbackTwice(key, home.name) });
      else if (home)
        fallbacks.set(
          home.index,
          resolved.filter((m): m is Municipality => m !== undefined && m.index !== home.index).map((m) => m.index),
        );
    }
  }

  // Reference point keys resolve like fallback keys; each point is checked by the config schema (as a location).
  const referencePoints = new Map<number, Point>();
  const rawPoints = isRecord(rawConfig) && isRecord(rawConfig.referencePoints) ? rawConfig.referencePoints : undefined;
  if (rawPoints) {
    const seen = new Set<number>();
    for (const key of Object.keys(rawPoints)) {
      const m = resolveMunicipality(key, ['config', 'referencePoints', key], issues, hints);
      if (m === undefined) continue;
      if (seen.has(m.index)) {
        issues.push({ code: 'duplicate_key', path: ['config', 'referencePoints', key], message: inputIssues.pointTwice(key, m.name) });
        continue;
      }
      seen.add(m.index);
      const point = cfg?.referencePoints?.[key];
      if (point) {
        // A corrected point stands in for every record there without a location: it must lie in the municipality too.
        checkLocation(point, m, ['config', 'referencePoints', key], issues);
        referencePoints.set(m.index, Object.freeze({ lat: point.lat, lon: point.lon }));
      }
    }
  }

  // Records are read once, each by the fast path (fast-records.ts) or, where it misses, copied by plainCopy's copier and parsed by zod.
  const copyIssues: MatchIssue[] = [];
  const copier = createCopier(0, copyIssues, () => false);
  const top = readTop(input);
  let rawCandidates: readonly unknown[] = [];
  let rawVacancies: readonly unknown[] = [];
  let around: object[] = [];
  if (top) {
    rawCandidates = top.candidates;
    rawVacancies = top.vacancies;
    around = [input as object];
  } else {
    const raw = copier.copy(input, [], []);
    pushAll(issues, copyIssues);
    copyIssues.length = 0;
    if (!isRecord(raw)) {
      if (!copier.covered.has(pathKey([]))) issues.push({ code: 'invalid_type', path: [], message: inputIssues.notInput });
      return undefined;
    }
    const reported = (key: string) => copier.covered.has(pathKey([key]));
    if (Array.isArray(raw.candidates)) rawCandidates = raw.candidates;
    else if (!reported('candidates')) issues.push({ code: 'invalid_type', path: ['candidates'], message: inputIssues.notArray('candidates') });
    if (Array.isArray(raw.vacancies)) rawVacancies = raw.vacancies;
    else if (!reported('vacancies')) issues.push({ code: 'invalid_type', path: ['vacancies'], message: inputIssues.notArray('vacancies') });
    for (const key of Object.keys(raw)) {
      if (key !== 'candidates' && key !== 'vacancies') issues.push({ code: 'unrecognized_keys', path: [key], message: inputIssues.unknownInputField(key) });
    }
  }

  const pass: RecordPass = { copier, scratch: createFastScratch(), around, parse: zodParseOptions(locale), stats: options.stats, fast: options.fastPath ?? true };
  const candidateIssues: MatchIssue[] = [];
  const vacancyIssues: MatchIssue[] = [];
  const candidates = loadRecords('candidates', rawCandidates, fastCandidate, candidateSchema, shapeCandidate, pass, candidateIssues);
  const vacancies = loadRecords('vacancies', rawVacancies, fastVacancy, vacancySchema, shapeVacancy, pass, vacancyIssues);
  pushAll(issues, copyIssues);
  pushAll(issues, candidateIssues);
  const candidateById = checkDuplicateIds(['candidates'], 'candidates', candidates.ids, issues);
  pushAll(issues, vacancyIssues);
  const vacancyById = checkDuplicateIds(['vacancies'], 'vacancies', vacancies.ids, issues);
  // Names repeat across a caseload: each distinct one is looked up once.
  const found = new Map<string, Municipality>();
  const resolveAll = (kind: string, names: readonly unknown[]) =>
    names.map((name, i) => {
      const hit = typeof name === 'string' ? found.get(name) : undefined;
      if (hit) return hit;
      const m = resolveMunicipality(name, [kind, i, 'municipality'], issues, hints);
      if (m) found.set(name as string, m);
      return m;
    });
  const candidateMunicipalities = resolveAll('candidates', candidates.municipalities);
  const vacancyMunicipalities = resolveAll('vacancies', vacancies.municipalities);
  checkLocations('candidates', candidates.values, candidateMunicipalities, issues);
  checkLocations('vacancies', vacancies.values, vacancyMunicipalities, issues);

  if (issues.length > 0) return undefined;
  const resolved = resolveConfig(cfg);
  if (!cfg?.fallbacks) {
    for (const [key, list] of Object.entries(resolved.fallbacks)) {
      fallbacks.set(
        findMunicipality(key)!.index,
        list.map((n) => findMunicipality(n)!.index),
      );
    }
  }
  const candidateList = candidates.values as Candidate[];
  const vacancyList = vacancies.values as Vacancy[];
  return {
    candidates: candidateList,
    vacancies: vacancyList,
    candidateMunicipalities: candidateMunicipalities as Municipality[],
    vacancyMunicipalities: vacancyMunicipalities as Municipality[],
    fallbacks,
    referencePoints,
    config: resolved,
    // Without issues every record is valid with a unique id: each map holds every id at its index.
    candidateIds: { of: candidateList, byId: candidateById },
    vacancyIds: { of: vacancyList, byId: vacancyById },
  };
}

/** Counts for tests and benchmarks: how many records the fast path took. */
export interface LoadStats {
  fastPath: number;
}

/** For tests and benchmarks only. */
export interface LoadOptions {
  /** Counts what the fast path took. */
  readonly stats?: LoadStats | undefined;
  /** false: every record through zod, as the oracle of the fast path's differential test. @default true */
  readonly fastPath?: boolean | undefined;
}

interface RecordPass {
  readonly copier: Copier;
  readonly scratch: FastScratch;
  /** The input objects around the record lists (none when the input was copied whole). */
  readonly around: readonly object[];
  readonly parse: z.core.ParseContext<z.core.$ZodIssue> | undefined;
  readonly stats: LoadStats | undefined;
  readonly fast: boolean;
}

/** Pushes one by one: a spread of 100k issues would overflow the stack. */
function pushAll<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
}

/**
 * `input.candidates` and `input.vacancies`, each read once, when the input is a plain object holding just these two
 * arrays; undefined for anything else, which plainCopy then copies whole (with its issues).
 */
function readTop(input: unknown): { candidates: readonly unknown[]; vacancies: readonly unknown[] } | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  try {
    if (Array.isArray(input)) return undefined;
    const proto = Object.getPrototypeOf(input) as unknown;
    if (proto !== Object.prototype && proto !== null) return undefined;
    let candidates: unknown;
    let vacancies: unknown;
    for (const key in input) {
      if (!Object.hasOwn(input, key)) continue;
      if (key === 'candidates') candidates = (input as Record<string, unknown>).candidates;
      else if (key === 'vacancies') vacancies = (input as Record<string, unknown>).vacancies;
      else return undefined;
    }
    const list = (v: unknown): v is readonly unknown[] => Array.isArray(v) && v.length <= SCAN_LENGTH;
    return list(candidates) && list(vacancies) ? { candidates, vacancies } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads and parses one list of records: each element once, by the fast path or else by the copier and zod (whose
 * issues go to `zodIssues`; the copier's to its own list), each parsed record in the fast path's shape (`shape`: every
 * field, undefined where absent). Returns the parsed records (undefined where invalid) and
 * each record's id and municipality as given, for the checks across records.
 */
function loadRecords<T extends { id: string; municipality: string }>(
  kind: 'candidates' | 'vacancies',
  list: readonly unknown[],
  fast: (raw: unknown, s: FastScratch) => T | undefined,
  schema: z.ZodType<T>,
  shape: (parsed: T) => T,
  pass: RecordPass,
  zodIssues: MatchIssue[],
): { values: (T | undefined)[]; ids: unknown[]; municipalities: unknown[] } {
  const { copier, scratch } = pass;
  const around = [...pass.around, list];
  const values: (T | undefined)[] = [];
  const ids: unknown[] = [];
  const municipalities: unknown[] = [];
  let holes = 0;
  let fastCount = 0;
  for (let i = 0; i < list.length; i++) {
    let record: unknown;
    let read = true;
    try {
      record = list[i];
      // `in` only for an undefined element: a hole reads as undefined.
      if (record === undefined && !(i in list)) {
        read = false;
        if (++holes <= HOLES_SHOWN) copier.flag('array_hole', inputIssues.hole, [kind, i]);
      }
    } catch {
      read = false;
      copier.flag('unreadable', inputIssues.fieldThrew, [kind, i]);
    }
    let parsed: T | undefined;
    if (read && pass.fast) {
      try {
        parsed = fast(record, scratch);
      } catch {
        // A getter or proxy trap that throws: the copier meets it again and reports it where it is.
        parsed = undefined;
      }
    } else {
      scratch.value = record;
      scratch.aliasCount = 0;
    }
    if (parsed !== undefined) {
      fastCount++;
      values.push(parsed);
      ids.push(parsed.id);
      municipalities.push(parsed.municipality);
      continue;
    }
    const plain = read ? copier.copy(scratch.value, [kind, i], around, scratch.aliasCount === 0 ? undefined : aliasMap(scratch.aliases, scratch.aliasCount)) : undefined;
    const result = schema.safeParse(plain, pass.parse);
    if (!result.success) addZodIssues([kind, i], result.error.issues, plain, copier.covered, zodIssues);
    values.push(result.success ? shape(result.data) : undefined);
    ids.push(isRecord(plain) ? plain.id : undefined);
    municipalities.push(isRecord(plain) ? plain.municipality : undefined);
  }
  if (holes > HOLES_SHOWN) copier.flag('array_hole', inputIssues.moreHoles(holes - HOLES_SHOWN), [kind], false);
  if (pass.stats) pass.stats.fastPath += fastCount;
  return { values, ids, municipalities };
}

/** Snapshot → the input object it was read from, from the first `count` entries of the fast path's flat list of pairs. */
function aliasMap(pairs: readonly object[], count: number): Map<object, object> {
  const map = new Map<object, object>();
  for (let i = 0; i < count; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  return map;
}

/** A `duplicate_id` issue for every entry whose id (as given) an earlier entry already has; returns id → first index. */
function checkDuplicateIds(prefix: Path, what: string, ids: readonly unknown[], issues: MatchIssue[]): IdTable {
  const table = new IdTable(ids);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (typeof id !== 'string' || id === '' || id.length > MAX_LENGTH.id) continue;
    const first = table.add(i);
    if (first >= 0) issues.push({ code: 'duplicate_id', path: [...prefix, i, 'id'], message: inputIssues.duplicateId(id, what, first) });
  }
  return table;
}
