import levenshtein from 'fast-levenshtein';
import type { MatchIssue } from '../errors.js';
import type { VocabularyEntryInput } from '../config.js';
import { compactLabel } from '../text.js';
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
        message: `"${text}" already means "${labels[existing.index]}" (${ids[existing.index]}); it cannot also mean ${ids[index]}`,
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
    entry.synonyms?.forEach((s, j) => addKey(s, index, 'synonym', ['config', 'vocabulary', i, 'synonyms', j]));
  });

  const keyList = [...keys.keys()];
  return {
    ids,
    labels,
    resolve(label: string): Resolution {
      const key = compactLabel(label);
      const hit = keys.get(key);
      if (hit) return { kind: hit.kind, index: hit.index };
      const bound = maxEditDistance(key.length);
      if (bound === 0) return { kind: 'unresolved' };
      let best = bound + 1;
      let bestKeys: string[] = [];
      for (const candidate of keyList) {
        if (Math.abs(candidate.length - key.length) > bound || maxEditDistance(candidate.length) === 0) continue;
        const d = levenshtein.get(key, candidate);
        if (d < best) {
          best = d;
          bestKeys = [candidate];
        } else if (d === best) bestKeys.push(candidate);
      }
      if (bestKeys.length === 0) return { kind: 'unresolved' };
      const indexes = [...new Set(bestKeys.map((k) => keys.get(k)!.index))];
      if (indexes.length > 1) return { kind: 'unresolved', ambiguous: indexes.map((i) => labels[i]!).sort() };
      return { kind: 'spelling', index: indexes[0]!, distance: best, matchedKey: bestKeys[0]! };
    },
  };
}
