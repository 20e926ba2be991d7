import type { z } from 'zod';
import { configSchema, DEFAULT_WEIGHTS, resolveConfig, FACTORS, type MatchConfig, type Point, type ResolvedConfig } from '../schema/config.js';
import type { MatchIssue } from '../basics/errors.js';
import { MAX_DEPTH, MAX_LENGTH, showValue } from '../basics/limits.js';
import { closestMunicipalityNames, findMunicipality, type Municipality } from '../region/municipalities.js';
import { candidateSchema, tooLongMessage, vacancySchema, type Candidate, type Vacancy } from '../schema/records.js';

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
    else if (i.code === 'custom') out.push({ code: typeof i.params?.code === 'string' ? i.params.code : 'invalid_value', path, message: i.message });
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

const unknownFieldsMessage = (keys: readonly string[]): string =>
  `unknown field${keys.length === 1 ? '' : 's'} ${keys.slice(0, 5).map(showValue).join(', ')}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}`;

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
      message: `unknown municipality ${showValue(value)}${names ? `; did you mean ${names.map((n) => `"${n}"`).join(', ')}?` : ''}`,
    });
  }
  return m;
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
  const covered = new Set<string>();
  const path: Path = [...prefix];
  const ancestors: object[] = [];
  // Deep objects seen before are copied once, so a shared DAG (in free-form reporting values) costs its size, not its
  // paths. The fixed record levels above MEMO_DEPTH skip the map: they cannot nest a DAG deep enough to explode.
  const copied = new Map<object, unknown>();
  const flag = (code: string, message: string, at: Path = path, cover = true): void => {
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
        flag('not_json', `${showValue(v)} is a BigInt, which JSON cannot carry; use a number or a string`);
        return DROP;
      case 'symbol':
        flag('not_json', 'a Symbol is not JSON');
        return DROP;
      case 'function':
        if (allowFunction(path)) return v;
        flag('not_json', 'a function is not JSON');
        return DROP;
    }
    if (v === null) return null;
    const obj = v as object;
    const depth = path.length - prefix.length;
    const memo = depth >= MEMO_DEPTH;
    if (memo && copied.has(obj)) {
      const earlier = copied.get(obj);
      if (earlier === DROP) flag('not_json', 'the same object appeared earlier in the input, with values JSON cannot carry');
      return earlier;
    }
    if (ancestors.includes(obj)) {
      flag('not_json', 'an object that contains itself (a cycle) is not JSON');
      return DROP;
    }
    if (depth >= MAX_DEPTH) {
      flag('too_deep', `input may nest at most ${MAX_DEPTH} levels deep`);
      return DROP;
    }
    const before = issues.length;
    ancestors.push(obj);
    let out: unknown;
    try {
      out = Array.isArray(obj) ? copyArray(obj) : copyObject(obj);
    } catch {
      flag('unreadable', 'reading this value threw an error');
      out = DROP;
    }
    ancestors.pop();
    if (memo) copied.set(obj, issues.length === before ? out : DROP);
    return out;
  };

  const copyObject = (obj: object): unknown => {
    const proto = Object.getPrototypeOf(obj) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      flag('not_json', proto === Date.prototype ? "a Date object is not JSON; write the date as a string 'YYYY-MM-DD'" : 'only plain objects and arrays are JSON, not an instance of a class');
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
      if (key === '__proto__') flag('invalid_key', 'the field name "__proto__" is not allowed: JavaScript reads it as the object\'s prototype');
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
        if (++holes <= HOLES_SHOWN) flag('array_hole', 'a hole in the array (an index without a value): remove it or fill it');
      }
      out[i] = child === DROP ? undefined : child;
      path.pop();
    }
    if (holes > HOLES_SHOWN) flag('array_hole', `${holes - HOLES_SHOWN} more holes in this array`, path, false);
    return out;
  };

  // A huge array that is mostly holes: report the first holes and check what is there; the schemas see nothing of it.
  const copySparse = (arr: readonly unknown[], present: readonly number[]): unknown => {
    const holes = arr.length - present.length;
    let expected = 0;
    let shown = 0;
    for (const i of [...present, arr.length]) {
      for (; expected < i && shown < HOLES_SHOWN; expected++, shown++) flag('array_hole', 'a hole in the array (an index without a value): remove it or fill it', [...path, expected]);
      expected = i + 1;
      if (i < arr.length) {
        path.push(i);
        read(arr, i);
        path.pop();
      }
    }
    flag('array_hole', `this array has ${holes} holes (indexes without a value) among ${arr.length} places`);
    return DROP;
  };

  // Reads one property once; plain values are taken as they are, without a call per string or number.
  const read = (obj: object, key: string | number): unknown => {
    let child: unknown;
    try {
      child = (obj as Record<string | number, unknown>)[key];
    } catch {
      flag('unreadable', 'reading this field threw an error');
      return DROP;
    }
    const type = typeof child;
    return type === 'string' || type === 'number' || type === 'boolean' ? child : copy(child);
  };

  const out = copy(value);
  return { value: out === DROP ? undefined : out, covered };
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
 * every issue found. Input and config are read once, into plain data (plainCopy), before any schema
 * runs. Nothing is built while any issue remains.
 */
export function loadInput(input: unknown, config: unknown, issues: MatchIssue[]): LoadedInput | undefined {
  const plainConfig = plainCopy(config, ['config'], issues, (path) => path.length === 2 && path[1] === 'travelTime');
  const rawConfig = plainConfig.value;
  const parsedConfig = configSchema.safeParse(rawConfig);
  if (!parsedConfig.success) addZodIssues(['config'], parsedConfig.error.issues, rawConfig, plainConfig.covered, issues);
  const cfg = parsedConfig.success ? (parsedConfig.data as MatchConfig | undefined) : undefined;
  const weightSum = cfg?.weights ? FACTORS.reduce((sum, f) => sum + (cfg.weights?.[f] ?? DEFAULT_WEIGHTS[f]), 0) : 1;
  if (weightSum === 0) issues.push({ code: 'invalid_weights', path: ['config', 'weights'], message: 'the weights sum to 0; at least one factor needs a positive weight' });
  if (!Number.isFinite(weightSum)) issues.push({ code: 'invalid_weights', path: ['config', 'weights'], message: 'the weights are too large to add up; use relative weights such as 0.4' });
  const rawVocabulary = isRecord(rawConfig) && Array.isArray(rawConfig.vocabulary) ? rawConfig.vocabulary : [];
  checkDuplicateIds(['config', 'vocabulary'], 'vocabulary', rawVocabulary, issues);

  // Fallback names are checked even when another config field is bad, so every issue is reported at once.
  const hints: MunicipalityHints = { suggested: new Map() };
  const fallbacks = new Map<number, number[]>();
  const rawFallbacks = isRecord(rawConfig) && isRecord(rawConfig.fallbacks) ? rawConfig.fallbacks : undefined;
  if (rawFallbacks) {
    for (const [key, value] of Object.entries(rawFallbacks)) {
      const list = Array.isArray(value) ? value : [];
      const home = resolveMunicipality(key, ['config', 'fallbacks', key], issues, hints);
      const resolved = list.map((name, i) => resolveMunicipality(name, ['config', 'fallbacks', key, i], issues, hints));
      if (home && fallbacks.has(home.index))
        issues.push({ code: 'duplicate_key', path: ['config', 'fallbacks', key], message: `${showValue(key)} names ${home.name} again: give each municipality one fallback list` });
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
        issues.push({ code: 'duplicate_key', path: ['config', 'referencePoints', key], message: `${showValue(key)} names ${m.name} again: give each municipality one reference point` });
        continue;
      }
      seen.add(m.index);
      const point = cfg?.referencePoints?.[key];
      if (point) referencePoints.set(m.index, Object.freeze({ lat: point.lat, lon: point.lon }));
    }
  }

  const plainInput = plainCopy(input, [], issues);
  const raw = plainInput.value;
  if (!isRecord(raw)) {
    if (!plainInput.covered.has(pathKey([]))) issues.push({ code: 'invalid_type', path: [], message: 'input must be an object { candidates: [...], vacancies: [...] }' });
    return undefined;
  }
  const rawCandidates = raw.candidates;
  const rawVacancies = raw.vacancies;
  const reported = (key: string) => plainInput.covered.has(pathKey([key]));
  if (!Array.isArray(rawCandidates) && !reported('candidates')) issues.push({ code: 'invalid_type', path: ['candidates'], message: 'candidates must be an array' });
  if (!Array.isArray(rawVacancies) && !reported('vacancies')) issues.push({ code: 'invalid_type', path: ['vacancies'], message: 'vacancies must be an array' });
  for (const key of Object.keys(raw)) {
    if (key !== 'candidates' && key !== 'vacancies') issues.push({ code: 'unrecognized_keys', path: [key], message: `unknown input field ${showValue(key)}` });
  }

  const candidates = parseAll('candidates', Array.isArray(rawCandidates) ? rawCandidates : [], candidateSchema, plainInput.covered, issues);
  const vacancies = parseAll('vacancies', Array.isArray(rawVacancies) ? rawVacancies : [], vacancySchema, plainInput.covered, issues);
  const candidateMunicipalities = candidates.map((c, i) => resolveMunicipality(c.raw.municipality, ['candidates', i, 'municipality'], issues, hints));
  const vacancyMunicipalities = vacancies.map((v, i) => resolveMunicipality(v.raw.municipality, ['vacancies', i, 'municipality'], issues, hints));

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
  return {
    candidates: candidates.map((c) => c.value!),
    vacancies: vacancies.map((v) => v.value!),
    candidateMunicipalities: candidateMunicipalities as Municipality[],
    vacancyMunicipalities: vacancyMunicipalities as Municipality[],
    fallbacks,
    referencePoints,
    config: resolved,
  };
}

function parseAll<T>(
  kind: 'candidates' | 'vacancies',
  raw: readonly unknown[],
  schema: z.ZodType<T>,
  covered: ReadonlySet<string>,
  issues: MatchIssue[],
): { raw: Record<string, unknown>; value: T | undefined }[] {
  const out: { raw: Record<string, unknown>; value: T | undefined }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const record = raw[i];
    const parsed = schema.safeParse(record);
    if (!parsed.success) addZodIssues([kind, i], parsed.error.issues, record, covered, issues);
    out.push({ raw: isRecord(record) ? record : {}, value: parsed.success ? parsed.data : undefined });
  }
  checkDuplicateIds([kind], kind, raw, issues);
  return out;
}

/** A `duplicate_id` issue for every entry whose id an earlier entry already has. */
function checkDuplicateIds(prefix: Path, what: string, entries: readonly unknown[], issues: MatchIssue[]): void {
  const firstAt = new Map<string, number>();
  entries.forEach((entry, i) => {
    const id = isRecord(entry) ? entry.id : undefined;
    if (typeof id !== 'string' || id === '' || id.length > MAX_LENGTH.id) return;
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, i);
    else issues.push({ code: 'duplicate_id', path: [...prefix, i, 'id'], message: `duplicate id ${showValue(id)}: also ${what}[${first}]` });
  });
}
