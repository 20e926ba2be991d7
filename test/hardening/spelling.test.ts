// Issue 11, defect 5: the spelling resolver skips most vocabulary keys by cheap lower bounds and a banded edit
// distance. The full scan it replaced stays here as the oracle: both must resolve every label alike.
import levenshtein from 'fast-levenshtein';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VocabularyEntryInput } from '../../src/schema/config.js';
import { buildVocabulary, editDistanceWithin, maxEditDistance, type Resolution } from '../../src/competence/resolve.js';
import { BUILTIN_VOCABULARY } from '../../src/competence/vocabulary.data.js';
import { compactLabel } from '../../src/basics/text.js';

/** The resolver as first written: every key of a near length, by full Levenshtein, in vocabulary order. */
function oracle(extra: readonly VocabularyEntryInput[]): (label: string) => Resolution {
  const labels: string[] = [];
  const ids: string[] = [];
  const keys = new Map<string, { index: number; kind: 'label' | 'synonym' }>();
  const add = (text: string, index: number, kind: 'label' | 'synonym') => {
    const key = compactLabel(text);
    if (key !== '' && !keys.has(key)) keys.set(key, { index, kind });
  };
  for (const entry of [...BUILTIN_VOCABULARY, ...extra]) {
    let index = ids.indexOf(entry.id);
    const isNew = index < 0;
    if (isNew) {
      index = ids.length;
      ids.push(entry.id);
      labels.push(entry.label);
    }
    add(entry.label, index, isNew ? 'label' : 'synonym');
    for (const s of entry.synonyms ?? []) add(s, index, 'synonym');
  }
  return (label) => {
    const key = compactLabel(label);
    const hit = keys.get(key);
    if (hit) return { kind: hit.kind, index: hit.index };
    const bound = maxEditDistance(key.length);
    if (bound === 0) return { kind: 'unresolved' };
    let best = bound + 1;
    let bestKeys: string[] = [];
    for (const candidate of keys.keys()) {
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
  };
}

const ALPHABET = 'abcdeijklmnorstuvwz0123456789 -é'.split('');
const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('substitute', 'insert', 'delete'), char: fc.constantFrom(...ALPHABET) });

/** A vocabulary label with up to four random edits: near misses, ties and far misses. */
const misspelled = fc.tuple(fc.constantFrom(...BUILTIN_VOCABULARY.flatMap((e) => [e.label, ...(e.synonyms ?? [])])), fc.array(edit, { maxLength: 4 })).map(([label, edits]) =>
  edits.reduce((s, e) => {
    const p = e.at % (s.length + 1);
    return e.kind === 'substitute' ? s.slice(0, p) + e.char + s.slice(p + 1) : e.kind === 'insert' ? s.slice(0, p) + e.char + s.slice(p) : s.slice(0, p) + s.slice(p + 1);
  }, label.toLowerCase()),
);

describe('spelling resolution', () => {
  it('editDistanceWithin is the Levenshtein distance up to max, and max + 1 beyond', () => {
    const scratch = () => new Int32Array(64);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 20 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 20 }),
        fc.integer({ min: 0, max: 5 }),
        (a, b, max) => {
          expect(editDistanceWithin(a, b, max, scratch(), scratch())).toBe(Math.min(levenshtein.get(a, b), max + 1));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('resolves misspelled labels exactly as the full scan does, with the built-in vocabulary', () => {
    const fast = buildVocabulary([], []);
    const slow = oracle([]);
    fc.assert(
      fc.property(misspelled, (label) => {
        expect(fast.resolve(label)).toEqual(slow(label));
      }),
      { numRuns: 1500 },
    );
  });

  it('resolves exactly as the full scan does with a configured vocabulary', () => {
    const extra = [
      { id: 'x.bol', label: 'Bollenpellen', synonyms: ['bollen pellen', 'bloembollen sorteren'] },
      { id: 'x.kas', label: 'Kassamedewerker' },
      { id: 'x.ψ', label: 'Ψυχολογία' },
    ];
    const fast = buildVocabulary(extra, []);
    const slow = oracle(extra);
    for (const label of ['bollenpelen', 'Kasamedewerkre', 'ψυχολογια', 'bloembolen sorteren', 'kassamedewerkster', 'kantklossen']) expect(fast.resolve(label)).toEqual(slow(label));
    fc.assert(
      fc.property(misspelled, (label) => {
        expect(fast.resolve(label)).toEqual(slow(label));
      }),
      { numRuns: 300 },
    );
  });
});
