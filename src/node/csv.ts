// Flat CSV rows ⇄ nested records: dotted column names, `|` lists, `VIG:2` levels, `VIG!` / `HACCP*2` requirements;
// and the splitting of CSV text into records, row by row, so one bad row never takes the rows after it along.
import levenshtein from 'fast-levenshtein';
import * as z from 'zod';
import { FACTORS } from '../schema/config.js';
import { SECTORS, TARGET_GROUPS } from '../basics/sectors.js';
import { isIsoDate } from '../basics/dates.js';
import { candidateSchema, TRAVEL_MODES, vacancySchema } from '../schema/records.js';
import type { MatchIssue } from '../basics/errors.js';
import { ISSUE, USAGE } from './messages.js';
import type { RecordKind } from './records.js';

export type Delimiter = ',' | ';';
type Cell = 'string' | 'number' | 'boolean' | 'list' | 'candidateCompetences' | 'vacancyCompetences';

/** One known column: its header name, where it goes in the record, and how its cell reads. */
export interface Column {
  readonly name: string;
  readonly path: readonly string[];
  readonly cell: Cell;
  /** An empty cell is an empty list rather than an absent field (lists the schema requires). */
  readonly emptyList?: true;
  /** A `YYYY-MM-DD` date: a spreadsheet's date cell (or serial day number) is read as one, and so is Dutch `d-m-jjjj`. */
  readonly date?: true;
  /** The words a cell (or list item) may hold as a person writes them, lower case → the field's own: `fiets` → `bike`, `Zorg` → `zorg`. */
  readonly words?: ReadonlyMap<string, string>;
}

const col = (name: string, cell: Cell, path: readonly string[] = name.split('.')): Column => ({ name, path, cell });
const required = (c: Column): Column => ({ ...c, emptyList: true });
const date = (name: string): Column => ({ ...col(name, 'string'), date: true });
/** Each word in any case, plus the other names people use for some. */
const wordsOf = (words: readonly string[], others: Readonly<Record<string, string>> = {}): ReadonlyMap<string, string> =>
  new Map([...words.map((w) => [w.toLowerCase(), w] as const), ...Object.entries(others)]);
const SECTOR_WORDS = /* @__PURE__ */ wordsOf(SECTORS);
const MODE_WORDS = /* @__PURE__ */ wordsOf(TRAVEL_MODES, {
  lopen: 'walk',
  'te voet': 'walk',
  fiets: 'bike',
  'e-bike': 'ebike',
  'elektrische fiets': 'ebike',
  ov: 'transit',
  'openbaar vervoer': 'transit',
  auto: 'car',
});
const GROUP_WORDS = /* @__PURE__ */ wordsOf(TARGET_GROUPS);
const withWords = (c: Column, words: ReadonlyMap<string, string>): Column => ({ ...c, words });
const LOCATION = [col('location.lat', 'number'), col('location.lon', 'number')];
const HOURS = [col('hours.min', 'number'), col('hours.max', 'number')];

/** The columns of each kind, in the order a writer puts them. */
export const COLUMNS: Readonly<Record<RecordKind, readonly Column[]>> = {
  candidates: [
    col('id', 'string'),
    col('municipality', 'string'),
    ...LOCATION,
    col('ladderStep', 'number'),
    col('exempt', 'boolean'),
    required(col('competences', 'candidateCompetences')),
    ...HOURS,
    col('travel.maxMinutes', 'number'),
    withWords(col('travel.modes', 'list'), MODE_WORDS),
    withWords(col('sectors.preferred', 'list'), SECTOR_WORDS),
    withWords(col('sectors.experience', 'list'), SECTOR_WORDS),
    withWords(col('sectors.excluded', 'list'), SECTOR_WORDS),
    col('wageValue', 'number'),
    col('perspective', 'string'),
    withWords(col('targetGroups', 'list'), GROUP_WORDS),
    date('birthDate'),
    col('gender', 'string'),
  ],
  vacancies: [
    col('id', 'string'),
    col('employerId', 'string'),
    col('title', 'string'),
    col('municipality', 'string'),
    ...LOCATION,
    withWords(col('sector', 'string'), SECTOR_WORDS),
    required(col('competences', 'vacancyCompetences')),
    ...HOURS,
    col('minLadderStep', 'number'),
    col('support.jobCoach', 'boolean'),
    col('support.wageSubsidy', 'boolean'),
    col('support.jobCarving', 'boolean'),
    col('positions', 'number'),
    col('whiteSpot', 'boolean'),
  ],
  placements: [col('candidateId', 'string'), col('vacancyId', 'string'), col('score', 'number'), col('tier', 'string'), date('start'), date('end')],
  outcomes: [
    col('vacancyId', 'string'),
    col('candidateId', 'string'),
    col('score', 'number'),
    col('label', 'number'),
    col('durable', 'number'),
    ...FACTORS.map((f) => col(f, 'number', ['factors', f])),
  ],
};

const REPORTING = 'reporting.';
const hasReporting = (kind: RecordKind): boolean => kind === 'candidates' || kind === 'vacancies';
const byName = new Map(Object.entries(COLUMNS).map(([kind, cols]) => [kind, new Map(cols.map((c) => [c.name, c]))]));

// Keys that reach a prototype when assigned on a live object.
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
export const isForbidden = (name: string): boolean => name.split('.').some((part) => FORBIDDEN.has(part));

/**
 * Dutch header names each kind also accepts, per column (matched ignoring case, with spaces and `-` read as `_`).
 * The README's table of Dutch column names is checked against this list.
 */
export const ALIASES: Readonly<Record<RecordKind, Readonly<Record<string, readonly string[]>>>> = {
  candidates: {
    id: ['kandidaat_id', 'klantnummer'],
    municipality: ['gemeente', 'woonplaats'],
    'location.lat': ['breedtegraad'],
    'location.lon': ['lengtegraad'],
    ladderStep: ['trede', 'participatietrede'],
    exempt: ['ontheffing', 'vrijstelling'],
    competences: ['competenties', 'vaardigheden'],
    'hours.min': ['uren_min', 'min_uren'],
    'hours.max': ['uren_max', 'max_uren'],
    'travel.maxMinutes': ['reistijd_max', 'max_reistijd'],
    'travel.modes': ['vervoer', 'vervoersmiddelen'],
    'sectors.preferred': ['sectoren_voorkeur', 'voorkeurssectoren'],
    'sectors.experience': ['sectoren_ervaring', 'werkervaring'],
    'sectors.excluded': ['sectoren_uitgesloten', 'uitgesloten_sectoren'],
    wageValue: ['loonwaarde'],
    perspective: ['perspectief'],
    targetGroups: ['doelgroepen', 'doelgroep'],
    birthDate: ['geboortedatum'],
    gender: ['geslacht'],
  },
  vacancies: {
    id: ['vacature_id', 'vacaturenummer'],
    employerId: ['werkgever_id', 'werkgever'],
    title: ['functie', 'titel'],
    municipality: ['gemeente', 'standplaats'],
    'location.lat': ['breedtegraad'],
    'location.lon': ['lengtegraad'],
    sector: ['branche'],
    competences: ['competenties', 'vaardigheden'],
    'hours.min': ['uren_min', 'min_uren'],
    'hours.max': ['uren_max', 'max_uren'],
    minLadderStep: ['trede_min', 'minimale_trede'],
    'support.jobCoach': ['jobcoach'],
    'support.wageSubsidy': ['loonkostensubsidie'],
    'support.jobCarving': ['jobcarving', 'functiecreatie'],
    positions: ['plaatsen', 'aantal_plaatsen'],
    whiteSpot: ['witte_vlek'],
  },
  placements: {
    candidateId: ['kandidaat_id'],
    vacancyId: ['vacature_id'],
    tier: ['schil'],
    start: ['startdatum', 'begindatum'],
    end: ['einddatum'],
  },
  outcomes: {
    vacancyId: ['vacature_id'],
    candidateId: ['kandidaat_id'],
    label: ['uitkomst', 'geplaatst'],
    durable: ['duurzaam'],
  },
};

/** The column names of the fields a record of `schema` cannot do without: its required fields, a nested object's by its own. */
function requiredColumns(schema: z.ZodType, prefix = ''): string[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
    if (field.safeParse(undefined).success) return [];
    return field instanceof z.ZodObject ? requiredColumns(field, `${prefix}${key}.`) : [`${prefix}${key}`];
  });
}

// The columns every record of a kind needs, from the schemas (a field made required there is required of a file's
// header too): a file without one is told so at its header.
const REQUIRED_COLUMNS: Partial<Record<RecordKind, readonly string[]>> = {
  candidates: /* @__PURE__ */ requiredColumns(candidateSchema),
  vacancies: /* @__PURE__ */ requiredColumns(vacancySchema),
};

/**
 * The issue of a header that has no column for a field every record needs (it would fail every row alike), naming
 * the fields with their Dutch names; undefined when none is missing.
 */
export function missingColumnsIssue(kind: RecordKind, columns: readonly (Column | undefined)[]): MatchIssue | undefined {
  const missing = (REQUIRED_COLUMNS[kind] ?? []).filter((name) => !columns.some((c) => c?.name === name));
  if (missing.length === 0) return undefined;
  return { code: 'invalid_header', path: [kind], message: ISSUE.missingColumns(missing.map((name) => ({ name, dutch: ALIASES[kind][name] ?? [] }))) };
}

/** A header as aliases are matched: trimmed, lower case, spaces and `-` as `_`. */
export const aliasKey = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const aliasIndex = new Map<RecordKind, Map<string, string>>();
function aliasesOf(kind: RecordKind): Map<string, string> {
  let index = aliasIndex.get(kind);
  if (!index) {
    index = new Map(Object.entries(ALIASES[kind]).flatMap(([name, aliases]) => aliases.map((a) => [aliasKey(a), name] as const)));
    aliasIndex.set(kind, index);
  }
  return index;
}

/** `{ "header in the file": "field.path" }`: headers mapped to a kind's column names (`hours.min`, `reporting.team`), or to `"-"` to leave the column out. */
export type ColumnMap = Readonly<Record<string, string>>;

/** A column map's target for a column left out on purpose. */
export const SKIP_COLUMN = '-';

/** The known name (column or alias) nearest to a mistyped header: at most two edits (one for short names). */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const limit = name.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const k of known) {
    const d = levenshtein.get(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * Maps header names to columns: a column name as written, a name `map` gives (`--columns`), or a Dutch alias
 * ({@link ALIASES}). Unknown, repeated and forbidden names become issues (path `[kind]`; the unknown ones all in
 * one issue) and their cells are ignored.
 */
export function resolveHeader(kind: RecordKind, header: readonly string[], map: ColumnMap = {}): { columns: (Column | undefined)[]; issues: MatchIssue[] } {
  const known = byName.get(kind)!;
  const aliases = aliasesOf(kind);
  const headerOf = new Map<string, string>();
  const unknown: string[] = [];
  const issues: MatchIssue[] = [];
  const columns = header.map((raw) => {
    const name = raw.trim();
    if (name === '') return undefined;
    if (isForbidden(name)) {
      issues.push({ code: 'forbidden_column', path: [kind], message: ISSUE.forbiddenColumn(name) });
      return undefined;
    }
    const mapped = Object.hasOwn(map, name) ? map[name] : undefined;
    // "-": the column is left out on purpose (a name or postcode the matcher has no use for).
    if (mapped === SKIP_COLUMN) return undefined;
    if (mapped !== undefined && isForbidden(mapped)) {
      issues.push({ code: 'forbidden_column', path: [kind], message: ISSUE.forbiddenColumn(mapped) });
      return undefined;
    }
    const target = mapped ?? (known.has(name) ? name : (aliases.get(aliasKey(name)) ?? name));
    const column = target.split('.').every((part) => part !== '') ? columnFor(kind, target) : undefined;
    if (!column) {
      if (mapped !== undefined) issues.push({ code: 'unrecognized_keys', path: [kind], message: ISSUE.unknownMappedColumn(name, mapped, kind) });
      else if (!unknown.includes(name)) unknown.push(name);
      return undefined;
    }
    const first = headerOf.get(column.name);
    if (first !== undefined) {
      issues.push({ code: 'duplicate_column', path: [kind], message: first === name ? ISSUE.duplicateColumn(name) : ISSUE.sameField(name, column.name, first) });
      return undefined;
    }
    headerOf.set(column.name, name);
    return column;
  });
  if (unknown.length > 0) {
    const names = COLUMNS[kind].map((c) => c.name);
    const candidates = [...names, ...Object.values(ALIASES[kind]).flat()];
    const shown = unknown.map((name) => ({ name, suggestion: closestName(name, candidates) }));
    issues.push({ code: 'unrecognized_keys', path: [kind], message: ISSUE.unknownColumns(shown, names, hasReporting(kind)) });
  }
  return { columns, issues };
}

// d-m-jjjj or d/m/jjjj (day first, as Dutch Excel writes a date).
const DUTCH_DATE = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/;

/**
 * Dutch Excel's `d-m-jjjj` (`5-11-1966`) as `YYYY-MM-DD`; anything else, and a day that does not exist (`31-2-1970`), as
 * it is, so that the schema's issue shows what the file says.
 */
export function dutchDate(text: string): string {
  const m = DUTCH_DATE.exec(text);
  if (!m) return text;
  const iso = `${m[4]}-${m[3]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : text;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;

function parseNumber(text: string, decimalComma: boolean): number | undefined {
  if (NUMBER.test(text)) return Number(text);
  if (decimalComma && DECIMAL_COMMA.test(text)) return Number(text.replace(',', '.'));
  return undefined;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// Dutch Excel writes its booleans as WAAR and ONWAAR.
/** The words a boolean cell may hold (lower case); the pilot files' reader takes these too. */
export const TRUE_WORDS: readonly string[] = ['true', 'ja', '1', 'waar'];
export const FALSE_WORDS: readonly string[] = ['false', 'nee', '0', 'onwaar'];
const TRUE: ReadonlySet<string> = new Set(TRUE_WORDS);
const FALSE: ReadonlySet<string> = new Set(FALSE_WORDS);

const LEVEL = /^(.*?)\s*:\s*(\d+)$/;
const WEIGHT = /^(.*?)\s*\*\s*([^*!]*)$/;

// Own properties only, defined rather than assigned: no key, not even `__proto__`, can reach a prototype.
const define = (node: Record<string, unknown>, key: string, value: unknown): void => void Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (isPlainObject(next)) node = next;
    else {
      const child: Record<string, unknown> = {};
      define(node, key, child);
      node = child;
    }
  }
  define(node, path[path.length - 1]!, value);
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA = /^[=+\-@\t\r]/;
// A cell the writer escaped: quotes before a formula character (`'=1+1`, and `''=1` for a text that began with `'=`).
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet will not run: a leading `'` before `=`, `+`, `-`, `@`, tab or carriage
 * return (and before a text that already looks escaped, so reading gives it back). Numbers stay as they are.
 */
export function escapeFormula(cell: string): string {
  if (FORMULA.test(cell)) return NUMBER.test(cell) || DECIMAL_COMMA.test(cell) ? cell : `'${cell}`;
  return ESCAPED_FORMULA.test(cell) ? `'${cell}` : cell;
}

/** The cell {@link escapeFormula} was given. */
export const unescapeFormula = (cell: string): string => (ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell);

/** Reading options that depend on the file: a `;` file may write decimals with a comma. */
export interface CellOptions {
  readonly decimalComma: boolean;
  /** Whether a leading `'` before a formula character is the writer's escape, taken off (CSV); not in a workbook's text cells. @default true */
  readonly escapedFormulas?: boolean;
}

/**
 * Builds the nested record of one row. Cells that cannot be read become issues with field paths
 * (`['hours', 'min']`) and leave their field absent; the schema is not applied here.
 */
export function rowToRecord(columns: readonly (Column | undefined)[], cells: readonly string[], options: CellOptions): { value: Record<string, unknown>; issues: MatchIssue[] } {
  const value: Record<string, unknown> = {};
  const issues: MatchIssue[] = [];
  columns.forEach((column, i) => {
    if (!column) return;
    const trimmed = (cells[i] ?? '').trim();
    const text = options.escapedFormulas === false ? trimmed : unescapeFormula(trimmed);
    if (text === '') {
      if (column.emptyList) setPath(value, column.path, []);
      return;
    }
    const bad = (message: string, path: readonly (string | number)[] = column.path) => issues.push({ code: 'invalid_type', path: [...path], message });
    const word = (t: string): string => column.words?.get(t.toLowerCase()) ?? t;
    switch (column.cell) {
      case 'string':
        setPath(value, column.path, column.date ? dutchDate(text) : word(text));
        return;
      case 'number': {
        const n = parseNumber(text, options.decimalComma);
        if (n === undefined) bad(ISSUE.notNumber(column.name, text));
        else setPath(value, column.path, n);
        return;
      }
      case 'boolean': {
        const lower = text.toLowerCase();
        if (TRUE.has(lower)) setPath(value, column.path, true);
        else if (FALSE.has(lower)) setPath(value, column.path, false);
        else bad(ISSUE.notBoolean(column.name, text));
        return;
      }
      case 'list':
        setPath(value, column.path, column.words ? splitList(text).map(word) : splitList(text));
        return;
      case 'candidateCompetences':
        setPath(
          value,
          column.path,
          splitList(text).map((item) => {
            const m = LEVEL.exec(item);
            return m ? { label: m[1]!, level: Number(m[2]) } : item;
          }),
        );
        return;
      case 'vacancyCompetences':
        setPath(
          value,
          column.path,
          splitList(text).map((item, j) => {
            const parsed = readVacancyCompetence(item, options);
            if (parsed.badWeight !== undefined) bad(ISSUE.notNumber('weight', parsed.badWeight), [...column.path, j, 'weight']);
            return parsed.value;
          }),
        );
        return;
    }
  });
  return { value, issues };
}

const splitList = (text: string): string[] =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function readVacancyCompetence(item: string, options: CellOptions): { value: string | { label: string; required?: true; weight?: number }; badWeight?: string } {
  let label = item;
  let requiredMark = false;
  let weight: number | undefined;
  let badWeight: string | undefined;
  // Markers come in either order: `VIG!*2` or `VIG*2!`.
  for (let pass = 0; pass < 2; pass++) {
    if (!requiredMark && label.endsWith('!')) {
      requiredMark = true;
      label = label.slice(0, -1).trimEnd();
      continue;
    }
    const m = weight === undefined && badWeight === undefined ? WEIGHT.exec(label) : null;
    if (m) {
      label = m[1]!;
      const text = m[2]!.trim();
      weight = parseNumber(text, options.decimalComma);
      if (weight === undefined) badWeight = text;
    }
  }
  if (!requiredMark && weight === undefined && badWeight === undefined) return { value: label };
  const value = { label, ...(requiredMark ? { required: true as const } : {}), ...(weight !== undefined ? { weight } : {}) };
  return badWeight === undefined ? { value } : { value, badWeight };
}

/** Writing options: the delimiter also decides the decimal separator (`;` → `0,5`, as Dutch spreadsheets expect). */
export interface RowOptions {
  readonly delimiter: Delimiter;
  /** Text cells that a spreadsheet would run as a formula get a leading `'` ({@link escapeFormula}). */
  readonly escapeFormulas: boolean;
}

function getPath(record: unknown, path: readonly string[]): unknown {
  let node = record;
  for (const key of path) node = isPlainObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
  return node;
}

/** The `reporting.<key>` columns a record fills, in its key order. */
export function reportingColumns(record: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, name: string): void => {
    if (isPlainObject(v)) for (const [k, child] of Object.entries(v)) walk(child, `${name}.${k}`);
    else if (v !== undefined) out.push(name);
  };
  walk(getPath(record, ['reporting']), 'reporting');
  return out;
}

/** The columns of `kind` that hold a value in `record`. */
export function usedColumns(kind: RecordKind, record: unknown): string[] {
  const fixed = COLUMNS[kind].filter((c) => c.emptyList || getPath(record, c.path) !== undefined).map((c) => c.name);
  return hasReporting(kind) ? [...fixed, ...reportingColumns(record)] : fixed;
}

/** The column object for a header name (known columns and `reporting.<key>`). */
export function columnFor(kind: RecordKind, name: string): Column | undefined {
  return byName.get(kind)!.get(name) ?? (hasReporting(kind) && name.startsWith(REPORTING) && !isForbidden(name) ? col(name, 'string') : undefined);
}

const FN = 'writeRecords';

function formatNumber(n: number, options: RowOptions): string {
  const text = String(n);
  return options.delimiter === ';' ? text.replace('.', ',') : text;
}

function writeList(name: string, items: readonly string[]): string {
  for (const item of items) {
    if (item.includes('|')) throw new TypeError(USAGE.unwritableSeparator(FN, name, item));
    if (item.trim() !== item || item === '') throw new TypeError(USAGE.unwritableSpaces(FN, name, item));
  }
  return items.join('|');
}

/**
 * The flat row of one (valid) record, cells keyed by column name; absent fields are empty cells.
 * Throws a TypeError for a value the reader would not give back (a `|` inside a label, a label
 * that looks like a marker, a reporting value that is not a string, number or boolean).
 */
export function recordToRow(kind: RecordKind, record: unknown, columns: readonly string[], options: RowOptions): Record<string, string> {
  // fromEntries defines own properties: no column name can reach a prototype.
  return Object.fromEntries(
    columns.map((name) => {
      const column = columnFor(kind, name);
      if (!column) throw new TypeError(USAGE.column(FN, name));
      const v = getPath(record, column.path);
      const cell = v === undefined ? '' : writeCell(column, v, options);
      return [name, options.escapeFormulas ? escapeFormula(cell) : cell];
    }),
  );
}

/**
 * The typed cells of one (valid) record for a workbook: numbers and booleans as such, dates as `YYYY-MM-DD` strings
 * (for a date cell), everything else as the CSV text (lists joined by `|`, no formula escaping: a text cell is never run).
 */
export function recordToCells(kind: RecordKind, record: unknown, columns: readonly string[]): (string | number | boolean | { date: string } | null)[] {
  const options: RowOptions = { delimiter: ',', escapeFormulas: false };
  return columns.map((name) => {
    const column = columnFor(kind, name);
    if (!column) throw new TypeError(USAGE.column(FN, name));
    const v = getPath(record, column.path);
    if (v === undefined) return null;
    if (column.cell === 'number' || column.cell === 'boolean') return v as number | boolean;
    if (column.date && typeof v === 'string') return { date: v };
    return writeCell(column, v, options);
  });
}

function writeCell(column: Column, v: unknown, options: RowOptions): string {
  const { name } = column;
  switch (column.cell) {
    case 'number':
      return formatNumber(v as number, options);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'list':
      return writeList(name, v as string[]);
    case 'string':
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      throw new TypeError(USAGE.unwritableCell(FN, name));
    case 'candidateCompetences':
    case 'vacancyCompetences': {
      const items = (v as (string | { label: string; level?: number; required?: boolean; weight?: number })[]).map((c) => {
        if (typeof c === 'string') return c;
        const level = c.level !== undefined ? `:${c.level}` : '';
        const req = c.required ? '!' : '';
        const weight = c.weight !== undefined ? `*${formatNumber(c.weight, options)}` : '';
        return `${c.label}${level}${req}${weight}`;
      });
      const text = writeList(name, items);
      // A label such as `Niveau:2` or `Wow!` would read back as a marker: refuse rather than change the data.
      const written = options.escapeFormulas ? escapeFormula(text) : text;
      const back = rowToRecord([column], [written], { decimalComma: options.delimiter === ';' }).value[name];
      if (!sameCompetences(v as unknown[], back as unknown[])) throw new TypeError(USAGE.unwritableRoundTrip(FN, name, text));
      return text;
    }
  }
}

// `{ label }` and `{ label, required: false }` read back as the bare label: the same competence.
const canonicalCompetence = (c: unknown): unknown => {
  if (!isPlainObject(c)) return c;
  const rest = Object.fromEntries(
    Object.entries(c)
      .filter(([k, v]) => v !== undefined && !(k === 'required' && v === false))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return Object.keys(rest).length === 1 && 'label' in rest ? rest.label : rest;
};

function sameCompetences(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((c, i) => JSON.stringify(canonicalCompetence(c)) === JSON.stringify(canonicalCompetence(b[i])));
}

/** `,` or `;`: whichever occurs more often outside quotes in the header line (`,` on a tie). */
export function detectDelimiter(headerLine: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** One record of a CSV text: its fields and the line it starts on, or why the row starting there cannot be read. */
export type CsvRecord = { readonly line: number; readonly fields: string[] } | { readonly line: number; readonly error: string };

/** How far one row may run (characters) before a quote that is still open is taken for a missing closing quote. */
export const MAX_ROW_CHARS = 1 << 20;

const QUOTE = 34;
const LF = 10;
const CR = 13;

type Parsed =
  | { readonly type: 'record'; readonly fields: string[]; readonly end: number; readonly inner: number; readonly lines: number }
  | { readonly type: 'more' }
  | { readonly type: 'bad'; readonly reason: string };
const MORE: Parsed = { type: 'more' };
const bad = (reason: string): Parsed => ({ type: 'bad', reason });

/** Line breaks in a quoted value: `\n`, `\r\n` or a lone `\r`. */
function countBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

// One record from `start`: `inner` counts the line breaks inside its quoted fields, `lines` those with its terminator.
// Without `last`, a record that reaches the end of `text` may go on in the next chunk: 'more'.
function parseRecord(text: string, start: number, delimiter: number, last: boolean): Parsed {
  const fields: string[] = [];
  let inner = 0;
  let i = start;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return last ? bad(ISSUE.unclosedQuote) : MORE;
        if (q + 1 === text.length && !last) return MORE;
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        i = q + 1;
        break;
      }
      if (i < text.length) {
        const c = text.charCodeAt(i);
        if (c !== delimiter && c !== LF && c !== CR) return bad(ISSUE.textAfterQuote);
      }
      inner += countBreaks(value);
      fields.push(value);
    } else {
      const from = i;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === delimiter || c === LF || c === CR) break;
        if (c === QUOTE) return bad(ISSUE.strayQuote);
      }
      if (i === text.length && !last) return MORE;
      fields.push(text.slice(from, i));
    }
    if (i === text.length) return { type: 'record', fields, end: i, inner, lines: inner };
    const c = text.charCodeAt(i);
    if (c === delimiter) {
      i++;
      continue;
    }
    if (c === CR && i + 1 === text.length && !last) return MORE;
    return { type: 'record', fields, end: c === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1, inner, lines: inner + 1 };
  }
}

const isBlank = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');
const breakAt = (text: string, from: number): number => {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  return cr < 0 ? lf : lf < 0 ? cr : Math.min(lf, cr);
};

/**
 * Splits CSV text, fed in chunks, into records numbered by the line they start on. Blank lines are skipped.
 * A row that cannot be read (a stray or unclosed quote, text after a closing quote) is reported at the line
 * where it starts, and reading goes on at the next line, so every row is either read or reported. A quoted
 * field may span lines, but a record that does so and then has a different field count than the header
 * (the first record) is taken for an unclosed quote in the same way. Holds at most one row.
 */
export class CsvSplitter {
  private readonly delimiter: number;
  private rest = '';
  private line = 1;
  // After a bad row with no line break yet: drop text up to the next one.
  private skipping = false;
  private fieldCount: number | undefined;

  constructor(delimiter: Delimiter) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The records that `chunk` completes; with `last`, every record that remains. */
  push(chunk: string, last = false): CsvRecord[] {
    let text = this.rest + chunk;
    let p = 0;
    const out: CsvRecord[] = [];
    if (this.skipping) {
      const next = breakAt(text, 0);
      this.skipping = next < 0 && !last;
      if (next < 0) text = '';
      else p = next;
    }
    while (p < text.length) {
      const parsed = parseRecord(text, p, this.delimiter, last);
      let reason: string;
      if (parsed.type === 'more') {
        if (text.length - p <= MAX_ROW_CHARS) break;
        reason = ISSUE.rowTooLong(MAX_ROW_CHARS);
      } else if (parsed.type === 'bad') reason = parsed.reason;
      else {
        const { fields, inner } = parsed;
        const blank = isBlank(fields);
        if (!blank) this.fieldCount ??= fields.length;
        if (blank || inner === 0 || fitsFieldCount(fields, this.fieldCount!)) {
          if (!blank) out.push({ line: this.line, fields });
          this.line += parsed.lines;
          p = parsed.end;
          continue;
        }
        reason = ISSUE.quoteSpansRows;
      }
      // Reported where the row starts; its first line break (then read as a blank line) is where reading goes on.
      out.push({ line: this.line, error: reason });
      const next = breakAt(text, p);
      if (next < 0) {
        this.skipping = !last;
        p = text.length;
      } else p = next;
    }
    this.rest = text.slice(p);
    return out;
  }
}

/** At least `count` fields, and nothing but blanks after them (a trailing delimiter is harmless). */
export const fitsFieldCount = (fields: readonly string[], count: number): boolean => fields.length >= count && fields.slice(count).every((f) => f.trim() === '');
