// The fast path of loadInput: candidate and vacancy records read once and checked by hand, in one pass, for the common
// case. It accepts exactly what candidateSchema / vacancySchema accept and returns what they return (deep-equal, keys in
// the schemas' order); on anything wrong or unhandled it returns undefined and zod parses the record (test/engine/fast-records.test.ts).
import { MAX_ITEMS, MAX_LENGTH } from '../basics/limits.js';
import { PERSPECTIVES } from '../basics/perspectives.js';
import { SECTORS, TARGET_GROUPS } from '../basics/sectors.js';
import { daysInMonth } from '../basics/dates.js';
import { normalizeLabel } from '../basics/text.js';
import { TRAVEL_MODES, type Candidate, type Vacancy } from '../schema/records.js';

/** One load's working state: sets and caches, and what a record that missed left for the zod fallback. */
export interface FastScratch {
  /** The record as far as it was read: snapshots (plain copies) of the levels read, input values below them. */
  value: unknown;
  /** Snapshot, input object, snapshot, input object…: which object each snapshot was read from (for cycle paths). */
  readonly aliases: object[];
  readonly sectors: ReadonlySet<unknown>;
  readonly modes: ReadonlySet<unknown>;
  readonly groups: ReadonlySet<unknown>;
  readonly perspectives: ReadonlySet<unknown>;
  /** Trimmed label → whether it has a letter or digit once normalised. */
  readonly words: Map<string, boolean>;
  /** Shared, frozen copies of the small values that many records of one load repeat (see intern). */
  readonly interned: Interned;
  /** Field name → bit, per nested object. */
  readonly fields: Readonly<Record<'location' | 'hours' | 'travel' | 'sectors' | 'support' | 'candidateCompetence' | 'vacancyCompetence', ReadonlyMap<string, number>>>;
}

export const createFastScratch = (): FastScratch => ({
  value: undefined,
  aliases: [],
  sectors: new Set<unknown>(SECTORS),
  modes: new Set<unknown>(TRAVEL_MODES),
  groups: new Set<unknown>(TARGET_GROUPS),
  perspectives: new Set<unknown>(PERSPECTIVES),
  words: new Map(),
  interned: { hours: new Map(), travel: new Map(), groups: new Map(), sectors: new Map(), competences: new Map() },
  fields: {
    location: bitsOf(['lat', 'lon']),
    hours: bitsOf(['min', 'max']),
    travel: bitsOf(['maxMinutes', 'modes']),
    sectors: bitsOf(SECTOR_KINDS),
    support: bitsOf(['jobCoach', 'wageSubsidy', 'jobCarving']),
    candidateCompetence: bitsOf(['label', 'level']),
    vacancyCompetence: bitsOf(['label', 'level', 'required', 'weight']),
  },
});

/** Lists longer than this go to zod (competences stop at MAX_ITEMS anyway). */
const MAX_FAST_LIST = 1000;
// Read once, at load: a later change to Object.prototype can not reach the checks.
const hasOwn = Object.prototype.hasOwnProperty;

/** Whether `t` has an ASCII letter or digit (mostly its first character). */
function hasAsciiWord(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i) | 0x20;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57 && c === t.charCodeAt(i))) return true;
  }
  return false;
}

type Plain = Record<string, unknown>;

/** A copy of a dense array, each element read once; undefined for anything else (holes, huge lists). */
function snapArray(v: unknown, s: FastScratch): unknown[] | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  try {
    if (!Array.isArray(v)) return undefined;
    const n = v.length;
    if (n > MAX_FAST_LIST) return undefined;
    const out: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const x = (v as unknown[])[i];
      if (x === undefined && !(i in v)) return undefined;
      out[i] = x;
    }
    s.aliases.push(out, v);
    return out;
  } catch {
    return undefined;
  }
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
const optionalBoolean = (v: unknown): boolean => v === undefined || typeof v === 'boolean';

/** A competence label as the schema returns it (trimmed), or undefined. */
function label(v: unknown, s: FastScratch): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (t.length === 0 || t.length > MAX_LENGTH.label) return undefined;
  if (hasAsciiWord(t)) return t;
  let word = s.words.get(t);
  if (word === undefined) {
    word = normalizeLabel(t) !== '';
    s.words.set(t, word);
  }
  return word ? t : undefined;
}

/** The own enumerable keys of a plain object as bits of `fields`, reading no value; -1 for anything else or another key. */
function keyBits(v: unknown, fields: ReadonlyMap<string, number>): number {
  if (typeof v !== 'object' || v === null) return -1;
  try {
    if (Array.isArray(v)) return -1;
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) return -1;
    let bits = 0;
    for (const key in v) {
      // hasOwnProperty.call, not Object.hasOwn: in a for-in loop the optimiser turns it into a map check.
      if (!hasOwn.call(v, key)) continue;
      const bit = fields.get(key);
      if (bit === undefined) return -1;
      bits |= bit;
    }
    return bits;
  } catch {
    return -1;
  }
}

const bitsOf = (names: readonly string[]): ReadonlyMap<string, number> => new Map(names.map((n, i) => [n, 1 << i]));
const PAIR_BITS = 3;

// Each reader below takes `parent[key]`, copies it (its keys first, then each field once, by name and in the schema's
// order), puts the copy in its place at once (so the fallback reads nothing twice) and then checks it.

function location(parent: Plain, s: FastScratch): boolean {
  const v = parent.location as Plain;
  if (keyBits(v, s.fields.location) !== PAIR_BITS) return false;
  const o = { lat: v.lat, lon: v.lon };
  parent.location = o;
  s.aliases.push(o, v);
  const { lat, lon } = o;
  return finite(lat) && lat >= -90 && lat <= 90 && finite(lon) && lon >= -180 && lon <= 180;
}

function hours(parent: Plain, s: FastScratch): boolean {
  const v = parent.hours as Plain;
  if (keyBits(v, s.fields.hours) !== PAIR_BITS) return false;
  const o = { min: v.min, max: v.max };
  parent.hours = o;
  s.aliases.push(o, v);
  const { min, max } = o;
  return finite(min) && min > 0 && min <= 60 && finite(max) && max > 0 && max <= 60 && min <= max;
}

function travel(parent: Plain, s: FastScratch): boolean {
  const v = parent.travel as Plain;
  if (keyBits(v, s.fields.travel) !== PAIR_BITS) return false;
  const o: Plain = { maxMinutes: v.maxMinutes, modes: v.modes };
  parent.travel = o;
  s.aliases.push(o, v);
  const m = o.maxMinutes;
  return finite(m) && m > 0 && m <= 240 && words(o, 'modes', s.modes, 1, s);
}

/** `parent[key]`: a list whose every element is in `allowed`, at least `min` long. */
function words(parent: Plain, key: string, allowed: ReadonlySet<unknown>, min: number, s: FastScratch): boolean {
  const list = snapArray(parent[key], s);
  if (list === undefined) return false;
  parent[key] = list;
  if (list.length < min) return false;
  for (let i = 0; i < list.length; i++) if (!allowed.has(list[i])) return false;
  return true;
}

// Competence objects: label, level, and on a vacancy required and weight.
const LABEL = 1;
const LEVEL = 2;
const REQUIRED = 4;
const WEIGHT = 8;

/** A record's competences: labels (trimmed) or objects of label and the fields `vacancy` allows. */
function competences(parent: Plain, vacancy: boolean, s: FastScratch): boolean {
  const list = snapArray(parent.competences, s);
  if (list === undefined) return false;
  parent.competences = list;
  if (list.length > MAX_ITEMS) return false;
  const fields = vacancy ? s.fields.vacancyCompetence : s.fields.candidateCompetence;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item === 'string') {
      const t = label(item, s);
      if (t === undefined) return false;
      list[i] = t;
      continue;
    }
    const bits = keyBits(item, fields);
    if (bits === -1 || (bits & LABEL) === 0) return false;
    const v = item as Plain;
    const o: Plain = { label: v.label };
    if (bits & REQUIRED) o.required = v.required;
    if (bits & WEIGHT) o.weight = v.weight;
    if (bits & LEVEL) o.level = v.level;
    list[i] = o;
    s.aliases.push(o, v);
    const t = label(o.label, s);
    if (t === undefined) return false;
    o.label = t;
    if (bits & LEVEL) {
      const level = o.level;
      if (level !== undefined && level !== 1 && level !== 2 && level !== 3) return false;
    }
    if (bits & REQUIRED && !optionalBoolean(o.required)) return false;
    if (bits & WEIGHT) {
      const w = o.weight;
      if (w !== undefined && !(finite(w) && w > 0 && w <= 100)) return false;
    }
  }
  return true;
}

const SECTOR_KINDS = ['preferred', 'experience', 'excluded'] as const;

function sectors(parent: Plain, s: FastScratch): boolean {
  const v = parent.sectors as Plain;
  const bits = keyBits(v, s.fields.sectors);
  if (bits === -1) return false;
  const o: Plain = {};
  if (bits & 1) o.preferred = v.preferred;
  if (bits & 2) o.experience = v.experience;
  if (bits & 4) o.excluded = v.excluded;
  parent.sectors = o;
  s.aliases.push(o, v);
  for (const kind of SECTOR_KINDS) if (o[kind] !== undefined && !words(o, kind, s.sectors, 0, s)) return false;
  // The schema's cross-field rule: no sector both preferred (or experience) and excluded.
  const excluded = o.excluded as unknown[] | undefined;
  return excluded === undefined || excluded.length === 0 || (!overlaps(o.preferred, excluded) && !overlaps(o.experience, excluded));
}

function overlaps(list: unknown, excluded: readonly unknown[]): boolean {
  if (list === undefined) return false;
  for (const x of list as unknown[]) if (excluded.includes(x)) return true;
  return false;
}

function support(parent: Plain, s: FastScratch): boolean {
  const v = parent.support as Plain;
  const bits = keyBits(v, s.fields.support);
  if (bits === -1) return false;
  const o: Plain = {};
  if (bits & 1) o.jobCoach = v.jobCoach;
  if (bits & 2) o.wageSubsidy = v.wageSubsidy;
  if (bits & 4) o.jobCarving = v.jobCarving;
  parent.support = o;
  s.aliases.push(o, v);
  return optionalBoolean(o.jobCoach) && optionalBoolean(o.wageSubsidy) && optionalBoolean(o.jobCarving);
}

/**
 * A flat `reporting` object: field names and JSON primitives (a bounded string, a finite number, a boolean, null).
 * Nested values, undefined, symbol keys and the names __proto__, constructor and prototype go to zod and the copier.
 */
function reporting(parent: Plain, s: FastScratch): boolean {
  const v = parent.reporting as Plain;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  if ((proto !== Object.prototype && proto !== null) || Object.getOwnPropertySymbols(v).length > 0) return false;
  // One snapshot of the names (a proxy could answer differently each time): checked first, then each value read once
  // into the copy before any is checked (a miss hands the copy to the fallback whole).
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return false;
  }
  const o: Plain = {};
  for (let i = 0; i < keys.length; i++) o[keys[i]!] = v[keys[i]!];
  parent.reporting = o;
  s.aliases.push(o, v);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key.length > MAX_LENGTH.id) return false;
    const x = o[key];
    if (typeof x === 'string' ? x.length > MAX_LENGTH.text : typeof x === 'number' ? !Number.isFinite(x) : typeof x !== 'boolean' && x !== null) return false;
  }
  return true;
}

/** 'YYYY-MM-DD' of a day that exists, as isoDateSchema checks it, without the regular expression's allocations. */
function isoDate(d: unknown): boolean {
  if (typeof d !== 'string' || d.length !== 10 || d.charCodeAt(4) !== 45 || d.charCodeAt(7) !== 45) return false;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = d.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// The record fields the fast path knows, in the schemas' order (a record's copy keeps it, as zod's output does).
const CANDIDATE_FIELDS = [
  'id',
  'municipality',
  'location',
  'ladderStep',
  'exempt',
  'competences',
  'hours',
  'travel',
  'sectors',
  'wageValue',
  'perspective',
  'targetGroups',
  'birthDate',
  'gender',
  'reporting',
] as const;
const VACANCY_FIELDS = ['id', 'employerId', 'title', 'municipality', 'location', 'sector', 'competences', 'hours', 'minLadderStep', 'support', 'positions', 'whiteSpot', 'reporting'] as const;
const CANDIDATE_BITS = /* @__PURE__ */ bitsOf(CANDIDATE_FIELDS);
const VACANCY_BITS = /* @__PURE__ */ bitsOf(VACANCY_FIELDS);
const bit = (bits: ReadonlyMap<string, number>, name: string): number => bits.get(name)!;
const CANDIDATE_REQUIRED = /* @__PURE__ */ ['id', 'municipality', 'ladderStep', 'competences', 'hours', 'travel'].reduce((b, n) => b | bit(CANDIDATE_BITS, n), 0);
const VACANCY_REQUIRED = /* @__PURE__ */ ['id', 'employerId', 'municipality', 'sector', 'competences', 'hours'].reduce((b, n) => b | bit(VACANCY_BITS, n), 0);

/** The candidate fields `bits` names, each read once, by name (so the copy's shape is the same for every record). */
// Records are made by `new`, so that V8 sizes them by what the first ones held (in-object slack tracking) instead of
// growing a separate property store field by field; the prototype is Object.prototype, as a literal's.
function PlainRecord(this: Plain): void {}
PlainRecord.prototype = Object.prototype;
const newRecord = (): Plain => new (PlainRecord as unknown as new () => Plain)();

function copyCandidate(r: Plain, bits: number): Plain | undefined {
  const c: Plain = newRecord();
  try {
    c.id = r.id;
    c.municipality = r.municipality;
    if (bits & 4) c.location = r.location;
    c.ladderStep = r.ladderStep;
    if (bits & 16) c.exempt = r.exempt;
    c.competences = r.competences;
    c.hours = r.hours;
    c.travel = r.travel;
    if (bits & 256) c.sectors = r.sectors;
    if (bits & 512) c.wageValue = r.wageValue;
    if (bits & 1024) c.perspective = r.perspective;
    if (bits & 2048) c.targetGroups = r.targetGroups;
    if (bits & 4096) c.birthDate = r.birthDate;
    if (bits & 8192) c.gender = r.gender;
    if (bits & 16384) c.reporting = r.reporting;
  } catch {
    return undefined;
  }
  return c;
}

/** The vacancy fields `bits` names, each read once, by name. */
function copyVacancy(r: Plain, bits: number): Plain | undefined {
  const v: Plain = newRecord();
  try {
    v.id = r.id;
    v.employerId = r.employerId;
    if (bits & 4) v.title = r.title;
    v.municipality = r.municipality;
    if (bits & 16) v.location = r.location;
    v.sector = r.sector;
    v.competences = r.competences;
    v.hours = r.hours;
    if (bits & 256) v.minLadderStep = r.minLadderStep;
    if (bits & 512) v.support = r.support;
    if (bits & 1024) v.positions = r.positions;
    if (bits & 2048) v.whiteSpot = r.whiteSpot;
    if (bits & 4096) v.reporting = r.reporting;
  } catch {
    return undefined;
  }
  return v;
}

/**
 * Reads and checks one candidate record: the parsed candidate, or undefined when zod must parse it (then
 * `s.value` holds the record as far as it was read: copies of the levels read, input values below them).
 */
export function fastCandidate(raw: unknown, s: FastScratch): Candidate | undefined {
  s.aliases.length = 0;
  s.value = raw;
  // Reporting values and any field the fast path does not know go to zod.
  const bits = keyBits(raw, CANDIDATE_BITS);
  if (bits === -1 || (bits & CANDIDATE_REQUIRED) !== CANDIDATE_REQUIRED) return undefined;
  const c = copyCandidate(raw as Plain, bits);
  if (c === undefined) return undefined;
  s.value = c;
  s.aliases.push(c, raw as object);
  if (!isString(c.id, 1, MAX_LENGTH.id) || !isString(c.municipality, 1, MAX_LENGTH.municipality)) return undefined;
  const step = c.ladderStep;
  if (step !== 1 && step !== 2 && step !== 3 && step !== 4 && step !== 5 && step !== 6) return undefined;
  if (!competences(c, false, s) || !hours(c, s) || !travel(c, s)) return undefined;
  if (c.location !== undefined && !location(c, s)) return undefined;
  if (!optionalBoolean(c.exempt)) return undefined;
  if (c.sectors !== undefined && !sectors(c, s)) return undefined;
  const w = c.wageValue;
  if (w !== undefined && !(finite(w) && w > 0 && w <= 1)) return undefined;
  if (c.perspective !== undefined && !s.perspectives.has(c.perspective)) return undefined;
  if (c.targetGroups !== undefined && !words(c, 'targetGroups', s.groups, 0, s)) return undefined;
  if (c.birthDate !== undefined && !isoDate(c.birthDate)) return undefined;
  if (c.gender !== undefined && !isString(c.gender, 0, MAX_LENGTH.text)) return undefined;
  if (c.reporting !== undefined && !reporting(c, s)) return undefined;
  intern(c, s);
  return c as Candidate;
}

// Interning. A caseload repeats a few hundred hours, travel, target-group and competence values over all its records;
// the copies a matcher keeps would otherwise be as many objects, each surviving the young generation (the collector
// copies every survivor: a third of the validation time at 400k candidates). A candidate that passed every check gets
// the load's shared, frozen copy of each such value in place of its own, which dies young. Deep-equal: nothing else
// changes, and the matcher never hands these objects out.

interface Interned {
  /** Keyed by one number (see numberKey), so each value is one lookup. */
  readonly hours: Map<number, object>;
  readonly travel: Map<number, object>;
  readonly groups: Map<number, readonly unknown[]>;
  readonly sectors: Map<number, object>;
  /** Label → [the object without a level, with level 1, 2, 3]. */
  readonly competences: Map<string, (object | undefined)[]>;
}

// Lists up to this long are coded as one number (base 8: each name's code is its place + 1), longer ones are kept.
const CODED_LIST = 9;

/** A list of known names as one number (each name's place in `names`, base 8), or -1 when it is too long to code. */
function listCode(list: readonly unknown[], names: readonly unknown[]): number {
  if (list.length > CODED_LIST) return -1;
  let n = 0;
  for (let i = 0; i < list.length; i++) n = n * 8 + names.indexOf(list[i]) + 1;
  return n;
}

// A sector list of up to three as one number (each sector's place + 1, base 18), and the three lists as one key.
const SECTOR_BASE = 18;
const SECTOR_LIST = SECTOR_BASE ** 3;

/** A candidate's checked `sectors` as one number (which lists are there, and each list's code), or -1 for longer lists. */
function sectorsKey(sectors: Plain): number {
  let key = 0;
  for (const kind of SECTOR_KINDS) {
    const list = sectors[kind] as unknown[] | undefined;
    if (list === undefined) {
      key *= 2 * SECTOR_LIST;
      continue;
    }
    if (list.length > 3) return -1;
    let code = 0;
    for (let i = 0; i < list.length; i++) code = code * SECTOR_BASE + (SECTORS as readonly unknown[]).indexOf(list[i]) + 1;
    key = key * 2 * SECTOR_LIST + SECTOR_LIST + code;
  }
  return key;
}

/** Two whole numbers below 2^16 and 2^30 as one key; -1 for any other pair (which is then not interned). */
const numberKey = (hi: number, lo: number): number => (Number.isInteger(hi) && hi >= 0 && hi < 65536 && lo >= 0 && lo < 2 ** 30 ? hi * 2 ** 30 + lo : -1);

/** Puts the load's shared copies in place of a checked candidate's hours, travel, target groups and competence objects. */
function intern(c: Plain, s: FastScratch): void {
  const t = s.interned;
  const h = c.hours as { min: number; max: number };
  // Whole hours mostly; a fractional one (7.5) is kept as it is.
  const hoursKey = Number.isInteger(h.max) ? numberKey(h.min, h.max) : -1;
  if (hoursKey >= 0) {
    const known = t.hours.get(hoursKey);
    if (known === undefined) t.hours.set(hoursKey, Object.freeze(h));
    else c.hours = known;
  }
  const travel = c.travel as { maxMinutes: number; modes: unknown[] };
  const code = listCode(travel.modes, TRAVEL_MODES);
  const travelKey = code < 0 ? -1 : numberKey(travel.maxMinutes, code);
  if (travelKey >= 0) {
    const known = t.travel.get(travelKey);
    if (known === undefined) {
      Object.freeze(travel.modes);
      t.travel.set(travelKey, Object.freeze(travel));
    } else c.travel = known;
  }
  const groups = c.targetGroups as unknown[] | undefined;
  if (groups !== undefined) {
    const g = listCode(groups, TARGET_GROUPS);
    if (g >= 0) {
      const known = t.groups.get(g);
      if (known === undefined) t.groups.set(g, Object.freeze(groups));
      else c.targetGroups = known;
    }
  }
  const sectors = c.sectors as Plain | undefined;
  if (sectors !== undefined) {
    const key = sectorsKey(sectors);
    if (key >= 0) {
      const known = t.sectors.get(key);
      if (known === undefined) {
        for (const kind of SECTOR_KINDS) if (sectors[kind] !== undefined) Object.freeze(sectors[kind]);
        t.sectors.set(key, Object.freeze(sectors));
      } else c.sectors = known;
    }
  }
  const list = c.competences as unknown[];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item !== 'object') continue;
    const o = item as { label: string; level?: number };
    const slot = 'level' in o ? (o.level ?? -1) : 0;
    if (slot < 0) continue;
    let levels = t.competences.get(o.label);
    if (levels === undefined) {
      levels = [undefined, undefined, undefined, undefined];
      t.competences.set(o.label, levels);
    }
    const known = levels[slot];
    if (known === undefined) levels[slot] = Object.freeze(o);
    else list[i] = known;
  }
}

/** Reads and checks one vacancy record, as fastCandidate does. */
export function fastVacancy(raw: unknown, s: FastScratch): Vacancy | undefined {
  s.aliases.length = 0;
  s.value = raw;
  const bits = keyBits(raw, VACANCY_BITS);
  if (bits === -1 || (bits & VACANCY_REQUIRED) !== VACANCY_REQUIRED) return undefined;
  const v = copyVacancy(raw as Plain, bits);
  if (v === undefined) return undefined;
  s.value = v;
  s.aliases.push(v, raw as object);
  if (!isString(v.id, 1, MAX_LENGTH.id) || !isString(v.employerId, 1, MAX_LENGTH.id) || !isString(v.municipality, 1, MAX_LENGTH.municipality)) return undefined;
  if (!s.sectors.has(v.sector)) return undefined;
  if (!competences(v, true, s) || !hours(v, s)) return undefined;
  if (v.title !== undefined && !isString(v.title, 0, MAX_LENGTH.text)) return undefined;
  if (v.location !== undefined && !location(v, s)) return undefined;
  const m = v.minLadderStep;
  if (m !== undefined && m !== 4 && m !== 5 && m !== 6) return undefined;
  if (v.support !== undefined && !support(v, s)) return undefined;
  const p = v.positions;
  if (p !== undefined && !(typeof p === 'number' && Number.isInteger(p) && p >= 1 && p <= 10_000)) return undefined;
  if (!optionalBoolean(v.whiteSpot)) return undefined;
  if (v.reporting !== undefined && !reporting(v, s)) return undefined;
  return v as Vacancy;
}
