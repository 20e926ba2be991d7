// The fast path of loadInput: candidate and vacancy records read once and checked by hand, in one pass, for the common
// case. It accepts exactly what candidateSchema / vacancySchema accept and returns what they return (deep-equal; every
// field of the schema is there, in its order, undefined where absent: see CandidateRecord); on anything wrong or
// unhandled it returns undefined and zod parses the record (test/engine/fast-records.test.ts). Every field is read once,
// a record's own fields before the nested ones: a getter that changes another field's value can make the fast path and
// zod alone disagree about the record, but what either returns is a record they both accept.
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
  /**
   * Snapshot, input object, snapshot, input object…: which object each snapshot was read from (for cycle paths). The
   * first `aliasCount` entries are the record's; the list is reused, not emptied (emptying an array frees its store).
   */
  readonly aliases: object[];
  aliasCount: number;
  readonly sectors: ReadonlySet<unknown>;
  readonly modes: ReadonlySet<unknown>;
  readonly groups: ReadonlySet<unknown>;
  readonly perspectives: ReadonlySet<unknown>;
  /** Trimmed label → whether it has a letter or digit once normalised. */
  readonly words: Map<string, boolean>;
  /** Where a list's elements are read before they are coded or copied. */
  readonly buffer: unknown[];
  /** Shared, frozen copies of the small values that many candidates of one load repeat (see Interned). */
  readonly interned: Interned;
  /** Field name → bit, per kind of object. */
  readonly fields: Readonly<Record<'candidate' | 'vacancy' | 'location' | 'hours' | 'travel' | 'sectors' | 'support' | 'candidateCompetence' | 'vacancyCompetence', FieldSet>>;
}

/**
 * The field names one kind of object may have, each with its bit, and the names of the last such object in the order
 * met. Objects of one shape list their names in one order, and a name compared with the one met before (the same
 * string, mostly) costs less than a lookup.
 */
interface FieldSet {
  readonly bits: ReadonlyMap<string, number>;
  /** The last object's names: the first `count` entries (the lists are reused, never shortened: that frees their store). */
  readonly names: string[];
  /** prefix[j]: the bits of names[0..j). */
  readonly prefix: number[];
  count: number;
}

const fieldSet = (bits: ReadonlyMap<string, number>): FieldSet => ({ bits, names: [], prefix: [0], count: 0 });

export const createFastScratch = (): FastScratch => ({
  value: undefined,
  aliases: [],
  aliasCount: 0,
  sectors: new Set<unknown>(SECTORS),
  modes: new Set<unknown>(TRAVEL_MODES),
  groups: new Set<unknown>(TARGET_GROUPS),
  perspectives: new Set<unknown>(PERSPECTIVES),
  words: new Map(),
  buffer: [],
  interned: { hours: new Array(61 * 61), travel: new Map(), groups: new Map(), sectorLists: new Map(), sectors: new Map(), competences: new Map() },
  fields: {
    candidate: fieldSet(CANDIDATE_BITS),
    vacancy: fieldSet(VACANCY_BITS),
    location: fieldSet(bitsOf(['lat', 'lon'])),
    hours: fieldSet(bitsOf(['min', 'max'])),
    travel: fieldSet(bitsOf(['maxMinutes', 'modes'])),
    sectors: fieldSet(bitsOf(SECTOR_KINDS)),
    support: fieldSet(bitsOf(['jobCoach', 'wageSubsidy', 'jobCarving'])),
    candidateCompetence: fieldSet(bitsOf(['label', 'level'])),
    vacancyCompetence: fieldSet(bitsOf(['label', 'level', 'required', 'weight'])),
  },
});

/** Notes that snapshot `copy` was read from `from`. */
function alias(s: FastScratch, copy: object, from: object): void {
  const n = s.aliasCount;
  s.aliases[n] = copy;
  s.aliases[n + 1] = from;
  s.aliasCount = n + 2;
}

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

/**
 * Reads a dense array of at most MAX_FAST_LIST elements into `s.buffer`, each element once: its length, or -1 for
 * anything else (not an array, holes, huge lists), which is then left to the copier.
 */
function readList(v: unknown, s: FastScratch): number {
  if (typeof v !== 'object' || v === null) return -1;
  try {
    if (!Array.isArray(v)) return -1;
    const n = v.length;
    if (n > MAX_FAST_LIST) return -1;
    const buffer = s.buffer;
    for (let i = 0; i < n; i++) {
      const x = (v as unknown[])[i];
      if (x === undefined && !(i in v)) return -1;
      buffer[i] = x;
    }
    return n;
  } catch {
    return -1;
  }
}

/** The first `n` elements of the buffer as a new array. */
function bufferCopy(s: FastScratch, n: number): unknown[] {
  const out: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = s.buffer[i];
  return out;
}

/**
 * The first `n` elements of the buffer as one number: each one's place in `names` + 1, in base `base` (greater than
 * the number of names, so every list has its own code); -1 when one is not a name or the list is longer than `longest`.
 */
function listCode(s: FastScratch, n: number, names: readonly unknown[], base: number, longest: number): number {
  if (n > longest) return -1;
  let code = 0;
  for (let i = 0; i < n; i++) {
    const k = names.indexOf(s.buffer[i]);
    if (k < 0) return -1;
    code = code * base + k + 1;
  }
  return code;
}

/** The load's shared, frozen list for `code` (made from the buffer's first `n` elements when first met). */
function internList(map: Map<number, readonly unknown[]>, code: number, s: FastScratch, n: number): readonly unknown[] {
  let list = map.get(code);
  if (list === undefined) {
    list = Object.freeze(bufferCopy(s, n));
    map.set(code, list);
  }
  return list;
}

/** `parent[key]`: a list of `names` (in `allowed`), kept as the load's shared copy when it has a code. */
function nameList(parent: Plain, key: string, names: readonly unknown[], allowed: ReadonlySet<unknown>, base: number, longest: number, map: Map<number, readonly unknown[]>, s: FastScratch): ListRead {
  const from = parent[key] as object;
  const n = readList(from, s);
  if (n < 0) return INVALID;
  const code = listCode(s, n, names, base, longest);
  if (code >= 0) {
    parent[key] = internList(map, code, s, n);
    return code;
  }
  const list = bufferCopy(s, n);
  parent[key] = list;
  alias(s, list, from);
  for (let i = 0; i < n; i++) if (!allowed.has(list[i])) return INVALID;
  return UNCODED;
}

/** What nameList found: a code (≥ 0; the list in place is shared), a valid list too long to code, or an invalid one. */
type ListRead = number;
const UNCODED = -1;
const INVALID = -2;

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
function keyBits(v: unknown, fields: FieldSet): number {
  if (typeof v !== 'object' || v === null) return -1;
  try {
    if (Array.isArray(v)) return -1;
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) return -1;
    const { names, prefix } = fields;
    // j: how many names so far are the last object's, in its order; -1 once one is not.
    let j = 0;
    let bits = 0;
    for (const key in v) {
      // hasOwnProperty.call, not Object.hasOwn: in a for-in loop the optimiser turns it into a map check.
      if (!hasOwn.call(v, key)) continue;
      if (j >= 0) {
        if (j < fields.count && names[j] === key) {
          j++;
          continue;
        }
        // Another order from here: the names met so far stay, the rest is this object's.
        bits = prefix[j]!;
        fields.count = j;
        j = -1;
      }
      const bit = fields.bits.get(key);
      if (bit === undefined) return -1;
      bits |= bit;
      const n = fields.count;
      names[n] = key;
      prefix[n + 1] = bits;
      fields.count = n + 1;
    }
    return j >= 0 ? prefix[j]! : bits;
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
  alias(s, o, v);
  const { lat, lon } = o;
  return finite(lat) && lat >= -90 && lat <= 90 && finite(lon) && lon >= -180 && lon <= 180;
}

/** `parent.hours`; whole hours of a candidate (`shared`) as the load's shared copy. */
function hours(parent: Plain, s: FastScratch, shared: boolean): boolean {
  const v = parent.hours as Plain;
  if (keyBits(v, s.fields.hours) !== PAIR_BITS) return false;
  const min = v.min;
  const max = v.max;
  const valid = finite(min) && min > 0 && min <= 60 && finite(max) && max > 0 && max <= 60 && min <= max;
  if (valid && shared && Number.isInteger(min) && Number.isInteger(max)) {
    const key = min * 61 + max;
    parent.hours = s.interned.hours[key] ??= Object.freeze({ min, max });
    return true;
  }
  const o = { min, max };
  parent.hours = o;
  alias(s, o, v);
  return valid;
}

/** A candidate's `travel`; whole minutes and a short list of modes as the load's shared copy. */
function travel(parent: Plain, s: FastScratch): boolean {
  const v = parent.travel as Plain;
  if (keyBits(v, s.fields.travel) !== PAIR_BITS) return false;
  const maxMinutes = v.maxMinutes;
  const from = v.modes;
  const minutes = finite(maxMinutes) && maxMinutes > 0 && maxMinutes <= 240;
  const n = readList(from, s);
  // Codes of up to 7 modes (base 8) times 256 minutes stay below 2^29: a small-integer key.
  const code = minutes && n >= 1 && Number.isInteger(maxMinutes) ? listCode(s, n, TRAVEL_MODES, 8, 7) : -1;
  if (code >= 0) {
    const key = code * 256 + (maxMinutes as number);
    let known = s.interned.travel.get(key);
    if (known === undefined) {
      known = Object.freeze({ maxMinutes, modes: Object.freeze(bufferCopy(s, n)) });
      s.interned.travel.set(key, known);
    }
    parent.travel = known;
    return true;
  }
  const modes = n < 0 ? from : bufferCopy(s, n);
  const o: Plain = { maxMinutes, modes };
  parent.travel = o;
  alias(s, o, v);
  if (n < 0) return false;
  alias(s, modes as object, from as object);
  if (!minutes || n < 1) return false;
  for (let i = 0; i < n; i++) if (!s.modes.has(s.buffer[i])) return false;
  return true;
}

// Competence objects: label, level, and on a vacancy required and weight.
const LABEL = 1;
const LEVEL = 2;
const REQUIRED = 4;
const WEIGHT = 8;

/** A record's competences: labels (trimmed) or objects of label and the fields `vacancy` allows. */
function competences(parent: Plain, vacancy: boolean, s: FastScratch): boolean {
  const from = parent.competences as object;
  const n = readList(from, s);
  if (n < 0) return false;
  const list = bufferCopy(s, n);
  parent.competences = list;
  alias(s, list, from);
  if (n > MAX_ITEMS) return false;
  const fields = vacancy ? s.fields.vacancyCompetence : s.fields.candidateCompetence;
  for (let i = 0; i < n; i++) {
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
    if (!vacancy) {
      const raw = v.label;
      const level = bits & LEVEL ? v.level : undefined;
      const t = label(raw, s);
      const valid = t !== undefined && (level === undefined || level === 1 || level === 2 || level === 3);
      // A candidate's competence is the load's shared copy, by label and level (slot 0: no level field; a level
      // field that is undefined keeps its own copy, with the field).
      const slot = bits & LEVEL ? (level === undefined ? -1 : (level as number)) : 0;
      if (valid && slot >= 0) {
        let levels = s.interned.competences.get(t);
        if (levels === undefined) {
          levels = [undefined, undefined, undefined, undefined];
          s.interned.competences.set(t, levels);
        }
        list[i] = levels[slot] ??= Object.freeze(slot === 0 ? { label: t } : { label: t, level });
        continue;
      }
      const o: Plain = { label: t ?? raw };
      if (bits & LEVEL) o.level = level;
      list[i] = o;
      alias(s, o, v);
      if (!valid) return false;
      continue;
    }
    const o: Plain = { label: v.label };
    if (bits & REQUIRED) o.required = v.required;
    if (bits & WEIGHT) o.weight = v.weight;
    if (bits & LEVEL) o.level = v.level;
    list[i] = o;
    alias(s, o, v);
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
// Sector lists of up to two are coded (each sector's place + 1, base 18: below 18^2); the three kinds' codes + 1
// (0: no such field), base 325, make one small-integer key for the whole object.
const SECTOR_BASE = 18;
const SECTOR_SLOTS = SECTOR_BASE ** 2 + 1;

/** A candidate's `sectors`; when every list it has is coded, the load's shared copy. */
function sectors(parent: Plain, s: FastScratch): boolean {
  const v = parent.sectors as Plain;
  const bits = keyBits(v, s.fields.sectors);
  if (bits === -1) return false;
  const o: Plain = {};
  if (bits & 1) o.preferred = v.preferred;
  if (bits & 2) o.experience = v.experience;
  if (bits & 4) o.excluded = v.excluded;
  parent.sectors = o;
  alias(s, o, v);
  let key = 0;
  let shared = true;
  for (let k = 0; k < SECTOR_KINDS.length; k++) {
    key *= SECTOR_SLOTS;
    if ((bits & (1 << k)) === 0) continue;
    const kind = SECTOR_KINDS[k]!;
    if (o[kind] === undefined) {
      shared = false;
      continue;
    }
    const code = nameList(o, kind, SECTORS, s.sectors, SECTOR_BASE, 2, s.interned.sectorLists, s);
    if (code === INVALID) return false;
    if (code === UNCODED) shared = false;
    else key += code + 1;
  }
  // The schema's cross-field rule: no sector both preferred (or experience) and excluded.
  const excluded = o.excluded as unknown[] | undefined;
  if (excluded !== undefined && excluded.length > 0 && (overlaps(o.preferred, excluded) || overlaps(o.experience, excluded))) return false;
  if (shared) {
    let known = s.interned.sectors.get(key);
    if (known === undefined) {
      known = Object.freeze(o);
      s.interned.sectors.set(key, known);
    }
    parent.sectors = known;
  }
  return true;
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
  alias(s, o, v);
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
  alias(s, o, v);
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

// Every record has every field of its schema, in the schema's order, undefined where the input has none: one shape
// (one hidden class) for all candidates and one for all vacancies, so the copy's stores and every later read of a
// field are monomorphic (a shape per combination of fields made the copy a third of the fast path's time). Records are
// made by constructors that assign every field, so that V8 sizes them to hold all of them in the object itself (it
// counts a constructor's assignments) instead of in a separate property store; their prototype is Object.prototype,
// as a literal's.

/** The candidate fields `bits` names, each read once, by name; the others undefined. */
function CandidateRecord(this: Plain, r: Plain, bits: number): void {
  this.id = r.id;
  this.municipality = r.municipality;
  this.location = bits & 4 ? r.location : undefined;
  this.ladderStep = r.ladderStep;
  this.exempt = bits & 16 ? r.exempt : undefined;
  this.competences = r.competences;
  this.hours = r.hours;
  this.travel = r.travel;
  this.sectors = bits & 256 ? r.sectors : undefined;
  this.wageValue = bits & 512 ? r.wageValue : undefined;
  this.perspective = bits & 1024 ? r.perspective : undefined;
  this.targetGroups = bits & 2048 ? r.targetGroups : undefined;
  this.birthDate = bits & 4096 ? r.birthDate : undefined;
  this.gender = bits & 8192 ? r.gender : undefined;
  this.reporting = bits & 16384 ? r.reporting : undefined;
}
CandidateRecord.prototype = Object.prototype;

/** The vacancy fields `bits` names, each read once, by name; the others undefined. */
function VacancyRecord(this: Plain, r: Plain, bits: number): void {
  this.id = r.id;
  this.employerId = r.employerId;
  this.title = bits & 4 ? r.title : undefined;
  this.municipality = r.municipality;
  this.location = bits & 16 ? r.location : undefined;
  this.sector = r.sector;
  this.competences = r.competences;
  this.hours = r.hours;
  this.minLadderStep = bits & 256 ? r.minLadderStep : undefined;
  this.support = bits & 512 ? r.support : undefined;
  this.positions = bits & 1024 ? r.positions : undefined;
  this.whiteSpot = bits & 2048 ? r.whiteSpot : undefined;
  this.reporting = bits & 4096 ? r.reporting : undefined;
}
VacancyRecord.prototype = Object.prototype;

type RecordConstructor = new (r: Plain, bits: number) => Plain;
const NewCandidate = CandidateRecord as unknown as RecordConstructor;
const NewVacancy = VacancyRecord as unknown as RecordConstructor;

// One function per kind, so that each `new` site sees one constructor.
/** A candidate copy of `r`, or undefined when a read throws. */
function copyCandidate(r: Plain, bits: number): Plain | undefined {
  try {
    return new NewCandidate(r, bits);
  } catch {
    return undefined;
  }
}

/** A vacancy copy of `r`, or undefined when a read throws. */
function copyVacancy(r: Plain, bits: number): Plain | undefined {
  try {
    return new NewVacancy(r, bits);
  } catch {
    return undefined;
  }
}

/** A candidate zod parsed, in the fast path's shape (every field, undefined where absent). */
export const shapeCandidate = (c: Candidate): Candidate => copyCandidate(c as unknown as Plain, -1) as unknown as Candidate;
/** A vacancy zod parsed, in the fast path's shape. */
export const shapeVacancy = (v: Vacancy): Vacancy => copyVacancy(v as unknown as Plain, -1) as unknown as Vacancy;

/**
 * Reads and checks one candidate record: the parsed candidate, or undefined when zod must parse it (then
 * `s.value` holds the record as far as it was read: copies of the levels read, input values below them).
 */
export function fastCandidate(raw: unknown, s: FastScratch): Candidate | undefined {
  s.aliasCount = 0;
  s.value = raw;
  // Reporting values and any field the fast path does not know go to zod.
  const bits = keyBits(raw, s.fields.candidate);
  if (bits === -1 || (bits & CANDIDATE_REQUIRED) !== CANDIDATE_REQUIRED) return undefined;
  const c = copyCandidate(raw as Plain, bits);
  if (c === undefined) return undefined;
  s.value = c;
  alias(s, c, raw as object);
  if (!isString(c.id, 1, MAX_LENGTH.id) || !isString(c.municipality, 1, MAX_LENGTH.municipality)) return undefined;
  const step = c.ladderStep;
  if (step !== 1 && step !== 2 && step !== 3 && step !== 4 && step !== 5 && step !== 6) return undefined;
  if (!competences(c, false, s) || !hours(c, s, true) || !travel(c, s)) return undefined;
  if (c.location !== undefined && !location(c, s)) return undefined;
  if (!optionalBoolean(c.exempt)) return undefined;
  if (c.sectors !== undefined && !sectors(c, s)) return undefined;
  const w = c.wageValue;
  if (w !== undefined && !(finite(w) && w > 0 && w <= 1)) return undefined;
  if (c.perspective !== undefined && !s.perspectives.has(c.perspective)) return undefined;
  if (c.targetGroups !== undefined && nameList(c, 'targetGroups', TARGET_GROUPS, s.groups, 8, 9, s.interned.groups, s) === INVALID) return undefined;
  if (c.birthDate !== undefined && !isoDate(c.birthDate)) return undefined;
  if (c.gender !== undefined && !isString(c.gender, 0, MAX_LENGTH.text)) return undefined;
  if (c.reporting !== undefined && !reporting(c, s)) return undefined;
  return c as Candidate;
}

// Interning. A caseload repeats a few hundred hours, travel, target-group, sector and competence values over all its
// candidates; the copies a matcher keeps would otherwise be as many objects, each surviving the young generation (the
// collector copies every survivor). A candidate's value that passed its checks is looked up as it is read, and the
// load's shared, frozen copy takes its place: nothing is allocated for a value met before. Deep-equal: nothing else
// changes, and the matcher never hands these objects out. A record that fails later hands them to the copier, which
// copies them as it copies any snapshot.

interface Interned {
  /** Whole hours, by min × 61 + max. */
  readonly hours: (object | undefined)[];
  /** By modes code × 256 + minutes. */
  readonly travel: Map<number, object>;
  /** By list code (see listCode). */
  readonly groups: Map<number, readonly unknown[]>;
  readonly sectorLists: Map<number, readonly unknown[]>;
  /** By the three kinds' codes (see SECTOR_SLOTS). */
  readonly sectors: Map<number, object>;
  /** Label → [the object without a level, with level 1, 2, 3]. */
  readonly competences: Map<string, (object | undefined)[]>;
}

/** Reads and checks one vacancy record, as fastCandidate does. */
export function fastVacancy(raw: unknown, s: FastScratch): Vacancy | undefined {
  s.aliasCount = 0;
  s.value = raw;
  const bits = keyBits(raw, s.fields.vacancy);
  if (bits === -1 || (bits & VACANCY_REQUIRED) !== VACANCY_REQUIRED) return undefined;
  const v = copyVacancy(raw as Plain, bits);
  if (v === undefined) return undefined;
  s.value = v;
  alias(s, v, raw as object);
  if (!isString(v.id, 1, MAX_LENGTH.id) || !isString(v.employerId, 1, MAX_LENGTH.id) || !isString(v.municipality, 1, MAX_LENGTH.municipality)) return undefined;
  if (!s.sectors.has(v.sector)) return undefined;
  if (!competences(v, true, s) || !hours(v, s, false)) return undefined;
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
