import type { MatchIssue } from '../basics/errors.js';
import type { VocabularyEntryInput } from '../schema/config.js';
import { showValue } from '../basics/limits.js';
import { compactLabel } from '../basics/text.js';
import { BUILTIN_VOCABULARY } from './vocabulary.data.js';

/** How a label was resolved to a vocabulary entry. */
export type Resolution =
  | { readonly kind: 'label' | 'synonym'; readonly index: number }
  | { readonly kind: 'spelling'; readonly index: number; readonly distance: number; readonly matchedKey: string }
  | { readonly kind: 'unresolved'; readonly ambiguous?: readonly string[] };

/** The built-in vocabulary merged with the configured entries, and a label → id resolver. */
export interface Vocabulary {
  readonly ids: readonly string[];
  readonly labels: readonly string[];
  /** Resolves one label; call once per distinct label (it may do an edit-distance scan). */
  resolve(label: string): Resolution;
}

/** Edit distance allowed for a compacted label of this length: none for short words and abbreviations. */
export function maxEditDistance(length: number): number {
  return length < 6 ? 0 : length < 10 ? 1 : 2;
}

/**
 * Builds the vocabulary. A configured entry with a built-in id adds synonyms to it; a key that would
 * point to two different competences is an issue (path under `config.vocabulary`).
 */
export function buildVocabulary(extra: readonly VocabularyEntryInput[], issues: MatchIssue[]): Vocabulary {
  const ids: string[] = [];
  const labels: string[] = [];
  const indexOfId = new Map<string, number>();
  const keys = new Map<string, { index: number; kind: 'label' | 'synonym' }>();

  const addKey = (text: string, index: number, kind: 'label' | 'synonym', path: (string | number)[] | undefined): void => {
    const key = compactLabel(text);
    if (key === '') return;
    const existing = keys.get(key);
    if (existing === undefined) keys.set(key, { index, kind });
    else if (existing.index !== index && path !== undefined) {
      issues.push({
        code: 'ambiguous_synonym',
        path,
        message: `${showValue(text)} already means ${showValue(labels[existing.index])} (${showValue(ids[existing.index])}); it cannot also mean ${showValue(ids[index])}`,
      });
    }
  };

  for (const entry of BUILTIN_VOCABULARY) {
    const index = ids.length;
    ids.push(entry.id);
    labels.push(entry.label);
    indexOfId.set(entry.id, index);
    addKey(entry.label, index, 'label', undefined);
    for (const s of entry.synonyms ?? []) addKey(s, index, 'synonym', undefined);
  }
  extra.forEach((entry, i) => {
    let index = indexOfId.get(entry.id);
    const isNew = index === undefined;
    if (index === undefined) {
      index = ids.length;
      ids.push(entry.id);
      labels.push(entry.label);
      indexOfId.set(entry.id, index);
    }
    addKey(entry.label, index, isNew ? 'label' : 'synonym', ['config', 'vocabulary', i, 'label']);
    entry.synonyms?.forEach((s, j) => {
      addKey(s, index, 'synonym', ['config', 'vocabulary', i, 'synonyms', j]);
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
  // Misses by compacted key: different spellings of one unknown label are scanned once.
  const misses = new Map<string, Resolution>();
  return {
    ids,
    labels,
    resolve(label: string): Resolution {
      const key = compactLabel(label);
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
  };

  /** The closest keys within the bound, scanned in three steps of rising cost: character classes, character counts, edit distance. */
  function nearest(key: string, bound: number): Resolution {
    if (prev.length <= key.length) {
      prev = new Int32Array(key.length + 1);
      cur = new Int32Array(key.length + 1);
    }
    const mask = charMask(key);
    for (let i = 0; i < key.length; i++) counts[key.charCodeAt(i)]!++;
    let best = bound + 1;
    let bestKeys: number[] = [];
    for (let length = key.length - bound; length <= key.length + bound; length++) {
      for (const k of byLength[length] ?? []) {
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
    }
    for (let i = 0; i < key.length; i++) counts[key.charCodeAt(i)]!--;
    if (bestKeys.length === 0) return { kind: 'unresolved' };
    bestKeys.sort((a, b) => a - b); // vocabulary order, as a full scan finds them
    const indexes = [...new Set(bestKeys.map((k) => keys.get(keyList[k]!)!.index))];
    if (indexes.length > 1) return { kind: 'unresolved', ambiguous: indexes.map((i) => labels[i]!).sort() };
    return { kind: 'spelling', index: indexes[0]!, distance: best, matchedKey: keyList[bestKeys[0]!]! };
  }
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
