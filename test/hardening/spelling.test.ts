// Issue 11, defect 5: the spelling resolver skips most vocabulary keys by cheap lower bounds and a banded edit
// distance. The full scan it replaced stays here as the oracle: both must resolve every label alike.
import levenshtein from 'fast-levenshtein';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VocabularyEntryInput } from '../../src/schema/config.js';
import { buildVocabulary, editDistanceWithin, maxEditDistance, type Resolution } from '../../src/competence/resolve.js';
import { BUILTIN_VOCABULARY } from '../../src/competence/vocabulary.data.js';
import { compactLabel } from '../../src/basics/text.js';
import type { MatchIssue } from '../../src/basics/errors.js';

/** The resolver as first written: every key of a near length, by full Levenshtein, in vocabulary order; configured names win over built-in ones. */
function oracle(extra: readonly VocabularyEntryInput[]): (label: string) => Resolution {
  const labels: string[] = [];
  const ids: string[] = [];
  const keys = new Map<string, { index: number; kind: 'label' | 'synonym'; configured: boolean }>();
  const add = (text: string, index: number, kind: 'label' | 'synonym', configured: boolean) => {
    const key = compactLabel(text);
    const owner = keys.get(key);
    if (key !== '' && (owner === undefined || (configured && !owner.configured && owner.index !== index))) keys.set(key, { index, kind, configured });
  };
  for (const [n, entry] of [...BUILTIN_VOCABULARY, ...extra].entries()) {
    let index = ids.indexOf(entry.id);
    const isNew = index < 0;
    if (isNew) {
      index = ids.length;
      ids.push(entry.id);
      labels.push(entry.label);
    }
    const configured = n >= BUILTIN_VOCABULARY.length;
    add(entry.label, index, isNew ? 'label' : 'synonym', configured);
    for (const s of entry.synonyms ?? []) add(s, index, 'synonym', configured);
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

/** One of `names` with up to four random edits: near misses, ties and far misses. */
const misspelledFrom = (names: readonly string[]) =>
  fc.tuple(fc.constantFrom(...names), fc.array(edit, { maxLength: 4 })).map(([label, edits]) =>
    edits.reduce((s, e) => {
      const p = e.at % (s.length + 1);
      return e.kind === 'substitute' ? s.slice(0, p) + e.char + s.slice(p + 1) : e.kind === 'insert' ? s.slice(0, p) + e.char + s.slice(p) : s.slice(0, p) + s.slice(p + 1);
    }, label.toLowerCase()),
  );

/** A vocabulary label with up to four random edits. */
const misspelled = misspelledFrom(BUILTIN_VOCABULARY.flatMap((e) => [e.label, ...(e.synonyms ?? [])]));

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

  it('resolves exactly as the full scan does with a large configured vocabulary (through the piece index)', () => {
    // 1,500 entries of Dutch-looking words, each name new: length buckets far above the size that is simply scanned.
    const syllables = ['ver', 'ge', 'be', 'ont', 'aan', 'heid', 'ing', 'en', 'er', 'kan', 'sto', 'wer', 'ken', 'lij', 'ma', 'tie', 'ri', 'pla', 'uit', 'zo'];
    const word = (n: number) => Array.from({ length: 2 + (n % 3) }, (_, i) => syllables[(Math.imul(n * 8 + i + 1, 0x9e3779b1) >>> 16) % syllables.length]).join('');
    const taken = new Set(BUILTIN_VOCABULARY.flatMap((e) => [e.label, ...(e.synonyms ?? [])]).map(compactLabel));
    const extra = Array.from({ length: 1500 }, (_, i) => ({ id: `esco:${i}`, label: `${word(i)} ${word(i * 31 + 5)}`, synonyms: [`${word(i * 17 + 3)} ${word(i + 11)} ${word(i * 5)}`] })).filter(
      (e) => {
        const names = [e.label, ...e.synonyms].map(compactLabel);
        if (names.some((n) => taken.has(n)) || names[0] === names[1]) return false;
        for (const n of names) taken.add(n);
        return true;
      },
    );
    const issues: MatchIssue[] = [];
    const fast = buildVocabulary(extra, issues);
    const slow = oracle(extra);
    expect(issues).toEqual([]);
    fc.assert(
      fc.property(misspelledFrom(extra.flatMap((e) => [e.label, ...e.synonyms])), (label) => {
        expect(fast.resolve(label)).toEqual(slow(label));
      }),
      { numRuns: 200 },
    );
    expect(fast.indexedBuckets()).toBeGreaterThan(5);
  });
});
