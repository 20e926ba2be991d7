import type { MatchIssue } from '../basics/errors.js';
import type { CompetenceKind, VocabularyEntryInput } from '../schema/config.js';
import { showValue } from '../basics/limits.js';
import { compactLabel } from '../basics/text.js';
import { BUILTIN_VOCABULARY, DUTCH_LANGUAGE_LEVELS } from './vocabulary.data.js';

/** How a label was resolved to a vocabulary entry. */
export type Resolution =
  | { readonly kind: 'label' | 'synonym'; readonly index: number }
  | { readonly kind: 'spelling'; readonly index: number; readonly distance: number; readonly matchedKey: string }
  | { readonly kind: 'unresolved'; readonly ambiguous?: readonly string[] };

/** A built-in label or synonym that a configured entry took over. */
export interface VocabularyOverride {
  /** The configured label or synonym, as written. */
  readonly label: string;
  /** Id of the built-in competence it meant before. */
  readonly builtin: string;
  /** Id of the configured competence it means now. */
  readonly user: string;
}

/** The built-in vocabulary overlaid with the configured entries, and a label → id resolver. */
export interface Vocabulary {
  readonly ids: readonly string[];
  readonly labels: readonly string[];
  /** `kinds[i]` is the kind of `ids[i]`. */
  readonly kinds: readonly CompetenceKind[];
  /** Built-in names the configured entries took over, in configuration order. */
  readonly overrides: readonly VocabularyOverride[];
  /** Resolves one label; call once per distinct label (it may do an edit-distance scan). */
  resolve(label: string): Resolution;
  /** Length buckets the misspelling search has indexed by pieces so far (the rest were small enough to scan). */
  indexedBuckets(): number;
}

export interface BuildVocabularyOptions {
  /** Whether the built-in entries lie under the configured ones. @default true */
  readonly builtin?: boolean;
}

/** Edit distance allowed for a compacted label of this length: none for short words and abbreviations. */
export function maxEditDistance(length: number): number {
  return length < 6 ? 0 : length < 10 ? 1 : 2;
}

/**
 * The CEFR order of a Dutch-language competence id: 1 (A1) to 6 (C2), and 7 for Nederlands (moedertaal);
 * undefined for any other id. A higher level meets a lower requirement.
 *
 * @example
 * languageLevel('algemeen.nederlandse-taal-b2')! > languageLevel('algemeen.nederlandse-taal-b1')!; // true
 * languageLevel('algemeen.nt2-traject'); // undefined: a course, not a level
 */
export function languageLevel(id: string): number | undefined {
  return Object.hasOwn(DUTCH_LANGUAGE_LEVELS, id) ? DUTCH_LANGUAGE_LEVELS[id] : undefined;
}

// Who put a key in the map: a built-in entry, or the configured entry at this position.
const BUILTIN = -1;

/**
 * Builds the vocabulary: the built-in entries (unless `builtin: false`), overlaid with the configured ones. A
 * configured entry with a built-in id adds its names to that competence (and its `kind`, when given, replaces the
 * built-in one); a configured name that is also a built-in one now means the configured entry (listed in
 * `overrides`). A name two configured entries claim is an issue at the later one (path under `config.vocabulary`).
 */
export function buildVocabulary(extra: readonly VocabularyEntryInput[], issues: MatchIssue[], options: BuildVocabularyOptions = {}): Vocabulary {
  const ids: string[] = [];
  const labels: string[] = [];
  const kinds: CompetenceKind[] = [];
  const overrides: VocabularyOverride[] = [];
  const indexOfId = new Map<string, number>();
  const keys = new Map<string, { index: number; kind: 'label' | 'synonym'; entry: number }>();

  const addKey = (text: string, index: number, kind: 'label' | 'synonym', entry: number, path?: (string | number)[]): void => {
    const key = compactKey(text);
    if (key === '') return;
    const existing = keys.get(key);
    if (existing === undefined) keys.set(key, { index, kind, entry });
    else if (entry === BUILTIN) return;
    else if (existing.index === index) {
      if (existing.entry === BUILTIN) existing.entry = entry;
    } else if (existing.entry !== BUILTIN) {
      issues.push({
        code: 'ambiguous_synonym',
        path: path ?? ['config', 'vocabulary', entry],
        message: `${showValue(text)} already means ${showValue(labels[existing.index])} (${showValue(ids[existing.index])}, config.vocabulary[${existing.entry}]); it cannot also mean ${showValue(ids[index])}`,
      });
    } else {
      overrides.push({ label: text, builtin: ids[existing.index]!, user: ids[index]! });
      keys.set(key, { index, kind, entry });
    }
  };

  if (options.builtin ?? true) {
    for (const entry of BUILTIN_VOCABULARY) {
      const index = ids.length;
      ids.push(entry.id);
      labels.push(entry.label);
      kinds.push(entry.kind);
      indexOfId.set(entry.id, index);
      addKey(entry.label, index, 'label', BUILTIN);
      for (const s of entry.synonyms ?? []) addKey(s, index, 'synonym', BUILTIN);
    }
  }
  extra.forEach((entry, i) => {
    let index = indexOfId.get(entry.id);
    const isNew = index === undefined;
    if (index === undefined) {
      index = ids.length;
      ids.push(entry.id);
      labels.push(entry.label);
      kinds.push(entry.kind ?? 'occupational');
      indexOfId.set(entry.id, index);
    } else if (entry.kind !== undefined) kinds[index] = entry.kind;
    addKey(entry.label, index, isNew ? 'label' : 'synonym', i, ['config', 'vocabulary', i, 'label']);
    entry.synonyms?.forEach((s, j) => {
      addKey(s, index, 'synonym', i, ['config', 'vocabulary', i, 'synonyms', j]);
    });
  });

  // Keys that a misspelling may reach (6 characters or more), bucketed by length, each with its character-class mask.
  const keyList = [...keys.keys()];
  const byLength: number[][] = [];
  const masks = new Int32Array(keyList.length);
  keyList.forEach((key, k) => {
    masks[k] = charMask(key);
    if (maxEditDistance(key.length) === 0) return;
    const bucket = byLength[key.length];
    if (bucket) bucket.push(k);
    else byLength[key.length] = [k];
  });
  let prev = new Int32Array(64);
  let cur = new Int32Array(64);
  // Character counts of the label being resolved (UTF-16 code units), zero between calls.
  const counts = new Int32Array(0x10000);
  // Pigeonhole filter (PassJoin): cut into e + 1 pieces, a key keeps one piece intact under e edits, and the label
  // holds that piece at most e places from where it sits in the key. Pieces are hashed with (e, length, piece number):
  // a collision only adds a key to check. Indexed per (e, length) on the first label that needs it; a piece of one
  // key only (the usual case) maps to that key without an array.
  const pieces = new Map<number, number | number[]>();
  const indexed = new Set<number>();
  const seen = new Int32Array(keyList.length);
  let generation = 0;
  // Misses by compacted key: different spellings of one unknown label are scanned once.
  const misses = new Map<string, Resolution>();
  return {
    ids,
    labels,
    kinds,
    overrides,
    resolve(label: string): Resolution {
      const key = compactKey(label);
      const hit = keys.get(key);
      if (hit) return { kind: hit.kind, index: hit.index };
      const bound = maxEditDistance(key.length);
      if (bound === 0) return { kind: 'unresolved' };
      let resolution = misses.get(key);
      if (resolution === undefined) {
        resolution = nearest(key, bound);
        misses.set(key, resolution);
      }
      return resolution;
    },
    indexedBuckets: () => indexed.size,
  };

  /** Keys within `bound` of the label's length that share a piece with it (see `pieces`), so may lie within `edits`; each once. */
  function candidates(key: string, bound: number, edits: number): number[] {
    const parts = edits + 1;
    const found: number[] = [];
    generation++;
    for (let length = key.length - bound; length <= key.length + bound; length++) {
      const bucket = byLength[length];
      if (!bucket) continue;
      // A small bucket costs less to scan than to look up piece by piece.
      if (bucket.length <= SMALL_BUCKET) {
        found.push(...bucket);
        continue;
      }
      if (!indexed.has(edits * 0x10000 + length)) {
        indexed.add(edits * 0x10000 + length);
        for (const k of bucket) {
          for (let i = 0; i < parts; i++) {
            const h = pieceHash(keyList[k]!, pieceStart(length, parts, i), pieceStart(length, parts, i + 1), edits, length, i);
            const owners = pieces.get(h);
            if (owners === undefined) pieces.set(h, k);
            else if (typeof owners === 'number') pieces.set(h, [owners, k]);
            else owners.push(k);
          }
        }
      }
      for (let i = 0; i < parts; i++) {
        const start = pieceStart(length, parts, i);
        const size = pieceStart(length, parts, i + 1) - start;
        const last = Math.min(start + edits, key.length - size);
        for (let at = Math.max(0, start - edits); at <= last; at++) {
          const owners = pieces.get(pieceHash(key, at, at + size, edits, length, i));
          if (owners === undefined) continue;
          for (const k of typeof owners === 'number' ? [owners] : owners) {
            if (seen[k] === generation) continue;
            seen[k] = generation;
            found.push(k);
          }
        }
      }
    }
    return found;
  }

  /** The closest keys within the bound, filtered in four steps of rising cost: a shared piece, character classes, character counts, edit distance. */
  function nearest(key: string, bound: number): Resolution {
    if (prev.length <= key.length) {
      prev = new Int32Array(key.length + 1);
      cur = new Int32Array(key.length + 1);
    }
    const mask = charMask(key);
    for (let i = 0; i < key.length; i++) counts[key.charCodeAt(i)]!++;
    // As first written: keys within `bound` in length and within `bound` + 1 edits.
    let best = bound + 1;
    let bestKeys: number[] = [];
    for (const k of candidates(key, bound, best)) {
      // Each edit adds or removes at most one character class, and at most one character: cheap lower bounds.
      const other = masks[k]!;
      if (Math.max(popcount(mask & ~other), popcount(other & ~mask)) > best) continue;
      const candidate = keyList[k]!;
      let shared = 0;
      for (let i = 0; i < candidate.length; i++) if (counts[candidate.charCodeAt(i)]!-- > 0) shared++;
      for (let i = 0; i < candidate.length; i++) counts[candidate.charCodeAt(i)]!++;
      if (Math.max(key.length, candidate.length) - shared > best) continue;
      const d = editDistanceWithin(candidate, key, best, prev, cur);
      if (d < best) {
        best = d;
        bestKeys = [k];
      } else if (d === best) bestKeys.push(k);
    }
    for (let i = 0; i < key.length; i++) counts[key.charCodeAt(i)]!--;
    if (bestKeys.length === 0) return { kind: 'unresolved' };
    bestKeys.sort((a, b) => a - b); // vocabulary order, as a full scan finds them
    const indexes = [...new Set(bestKeys.map((k) => keys.get(keyList[k]!)!.index))];
    if (indexes.length > 1) return { kind: 'unresolved', ambiguous: indexes.map((i) => labels[i]!).sort() };
    return { kind: 'spelling', index: indexes[0]!, distance: best, matchedKey: keyList[bestKeys[0]!]! };
  }
}

const SMALL_BUCKET = 64;
const pieceStart = (length: number, parts: number, i: number): number => Math.floor((i * length) / parts);

/** FNV-1a over `text[from, to)`, seeded with where the piece sits. */
function pieceHash(text: string, from: number, to: number, edits: number, length: number, i: number): number {
  let h = Math.imul(0x811c9dc5 ^ ((edits << 16) | (length << 4) | i), 0x01000193);
  for (let j = from; j < to; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
  return h;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** compactLabel, with a fast path for plain ASCII (most labels): NFKD and diacritics change nothing there. */
export function compactKey(text: string): string {
  return PRINTABLE_ASCII.test(text) ? text.toLowerCase().replace(/[^a-z0-9]+/g, '') : compactLabel(text);
}

/** One bit per character class (a–z, 0–9 folded, anything else hashed): distinct classes in one string but not the other need an edit each. */
function charMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) % 31);
  return mask;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Levenshtein distance of `a` and `b` when it is at most `max`, else `max + 1`: only the diagonal band
 * of width 2·max+1 is filled, and the scan stops as soon as a whole row exceeds `max`.
 * `prev` and `cur` are scratch rows longer than `b`.
 */
export function editDistanceWithin(a: string, b: string, max: number, prev: Int32Array, cur: Int32Array): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  const over = max + 1;
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur[lo - 1] = lo === 1 ? (i <= max ? i : over) : over;
    let rowMin = cur[lo - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const up = prev[j]! + 1;
      const left = cur[j - 1]! + 1;
      if (up < v) v = up;
      if (left < v) v = left;
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = over;
    if (rowMin > max) return over;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]! <= max ? prev[m]! : over;
}
