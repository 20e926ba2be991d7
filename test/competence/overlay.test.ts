// Issue 13: a configured vocabulary overlays the built-in one. Its names win (and are reported), two configured
// entries never share a name, builtinVocabulary: false leaves the configured list alone, and kinds travel along.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactLabel } from '../../src/basics/text.js';
import { buildVocabulary, compactKey, type Vocabulary } from '../../src/competence/resolve.js';
import { BUILTIN_VOCABULARY } from '../../src/competence/vocabulary.data.js';
import { INDEX, createMatcher, safeCreateMatcher, type MatcherWithIndex } from '../../src/match/matcher.js';
import type { MatchIssue } from '../../src/basics/errors.js';
import type { VocabularyEntryInput } from '../../src/schema/config.js';

const idOf = (vocabulary: Vocabulary, label: string): string | undefined => {
  const r = vocabulary.resolve(label);
  return r.kind === 'unresolved' ? undefined : vocabulary.ids[r.index];
};

function build(entries: readonly VocabularyEntryInput[], builtin = true): { vocabulary: Vocabulary; issues: MatchIssue[] } {
  const issues: MatchIssue[] = [];
  return { vocabulary: buildVocabulary(entries, issues, { builtin }), issues };
}

describe('a configured name that is also a built-in one', () => {
  const { vocabulary, issues } = build([
    { id: 'x-bollenpeller', label: 'Bollenpeller', synonyms: ['bollen-peller', 'bollenpelster', 'pel werk'] },
    { id: 'esco:heftruck', label: 'heftruck besturen', synonyms: ['Heftruck'] },
  ]);

  it('means the configured entry, without an issue', () => {
    expect(issues).toEqual([]);
    expect(['bollenpeller', 'Pelwerk', 'heftruck', 'Heftruck besturen'].map((label) => idOf(vocabulary, label))).toEqual(['x-bollenpeller', 'x-bollenpeller', 'esco:heftruck', 'esco:heftruck']);
  });

  it('leaves the built-in names the configured entry does not name with the built-in competence', () => {
    expect(['Bollenpellen', 'bollenschuur', 'Heftruckcertificaat', 'vorkheftruck'].map((label) => idOf(vocabulary, label))).toEqual([
      'tuinbouw.bollenpellen',
      'tuinbouw.bollenpellen',
      'logistiek.heftruck',
      'logistiek.heftruck',
    ]);
  });

  it('is listed once per name as { label, builtin, user }', () => {
    expect(vocabulary.overrides).toEqual([
      { label: 'Bollenpeller', builtin: 'tuinbouw.bollenpellen', user: 'x-bollenpeller' },
      { label: 'pel werk', builtin: 'tuinbouw.bollenpellen', user: 'x-bollenpeller' },
      { label: 'Heftruck', builtin: 'logistiek.heftruck', user: 'esco:heftruck' },
    ]);
  });

  it('reaches the configured entry by a misspelling too', () => {
    expect(idOf(vocabulary, 'bolenpeller')).toBe('x-bollenpeller');
  });
});

describe('two configured entries that claim one name', () => {
  it('are an issue at the later entry, naming the earlier one', () => {
    const { issues } = build([
      { id: 'a', label: 'Orderpicker', synonyms: ['picker'] },
      { id: 'b', label: 'Verzamelaar', synonyms: ['verzamelen', 'Picker'] },
    ]);
    expect(issues).toEqual([{ code: 'ambiguous_synonym', path: ['config', 'vocabulary', 1, 'synonyms', 1], message: expect.stringContaining('config.vocabulary[0]') }]);
  });

  it('are an issue even where the name was a built-in one first', () => {
    const { issues, vocabulary } = build([
      { id: 'a', label: 'Afrekenaar', synonyms: ['kassawerk'] },
      { id: 'b', label: 'Caissier', synonyms: ['Kassa-werk'] },
    ]);
    expect(issues.map((i) => i.path)).toEqual([['config', 'vocabulary', 1, 'synonyms', 0]]);
    expect(vocabulary.overrides.map((o) => o.user)).toEqual(['a']);
  });

  it('are an issue where the first one restates a built-in id with that name', () => {
    const { issues } = build([
      { id: 'zorg.verzorgende-ig', label: 'VIG' },
      { id: 'esco:vig', label: 'verzorgende IG' },
    ]);
    expect(issues).toEqual([]);
    const clash = build([
      { id: 'zorg.verzorgende-ig', label: 'Verzorgende IG', synonyms: ['VIG'] },
      { id: 'esco:vig', label: 'VIG' },
    ]);
    expect(clash.issues.map((i) => i.path)).toEqual([['config', 'vocabulary', 1, 'label']]);
  });

  it('never include one entry naming a competence twice', () => {
    expect(build([{ id: 'a', label: 'Pellen', synonyms: ['pellen', 'PELLEN!'] }]).issues).toEqual([]);
  });
});

describe('an entry with a built-in id', () => {
  it('adds its names to that competence and overrides nothing of its own', () => {
    const { vocabulary, issues } = build([{ id: 'zorg.verzorgende-ig', label: 'Verzorgende', synonyms: ['IG-verzorgende', 'VIG'] }]);
    expect(issues).toEqual([]);
    expect(vocabulary.overrides).toEqual([]);
    expect(idOf(vocabulary, 'IG-verzorgende')).toBe('zorg.verzorgende-ig');
  });

  it('keeps the built-in kind unless it gives one', () => {
    const index = (v: Vocabulary, id: string) => v.ids.indexOf(id);
    const kept = build([{ id: 'algemeen.samenwerken', label: 'Samenwerking' }]).vocabulary;
    const changed = build([{ id: 'algemeen.samenwerken', label: 'Samenwerking', kind: 'occupational' }]).vocabulary;
    expect(kept.kinds[index(kept, 'algemeen.samenwerken')]).toBe('transversal');
    expect(changed.kinds[index(changed, 'algemeen.samenwerken')]).toBe('occupational');
  });
});

describe('builtinVocabulary: false', () => {
  const { vocabulary, issues } = build(
    [
      { id: 'eigen.vig', label: 'VIG', kind: 'transversal' },
      { id: 'eigen.schoonmaak', label: 'Schoonmaak' },
    ],
    false,
  );

  it('holds the configured entries alone, with their kinds', () => {
    expect(issues).toEqual([]);
    expect(vocabulary.ids).toEqual(['eigen.vig', 'eigen.schoonmaak']);
    expect(vocabulary.kinds).toEqual(['transversal', 'occupational']);
    expect(vocabulary.overrides).toEqual([]);
  });

  it('resolves no built-in name', () => {
    expect(['Verzorgende IG', 'Heftruckcertificaat', 'Nederlands B1'].map((label) => idOf(vocabulary, label))).toEqual([undefined, undefined, undefined]);
    expect(idOf(vocabulary, 'schoonmaken')).toBe('eigen.schoonmaak');
  });
});

describe('properties', () => {
  const builtinNames = [...new Map(BUILTIN_VOCABULARY.flatMap((e) => [e.label, ...(e.synonyms ?? [])]).map((name) => [compactLabel(name), name])).values()];
  /** Built-in names dealt out, each at most once, to fresh configured entries. */
  const dealt = fc
    .uniqueArray(fc.constantFrom(...builtinNames), { minLength: 1, maxLength: 40, selector: compactLabel })
    .chain((names) =>
      fc
        .array(fc.nat(9), { minLength: names.length, maxLength: names.length })
        .map((owners) => [...new Set(owners)].map((owner) => ({ id: `esco:${owner}`, label: `eigen vaardigheid ${owner}`, synonyms: names.filter((_, i) => owners[i] === owner) }))),
    );

  it('a configured name always means its configured entry, and loads without an issue', () => {
    fc.assert(
      fc.property(dealt, (entries) => {
        const { vocabulary, issues } = build(entries);
        expect(issues).toEqual([]);
        for (const entry of entries) for (const name of entry.synonyms) expect(idOf(vocabulary, name)).toBe(entry.id);
      }),
      { numRuns: 50 },
    );
  });

  it('every configured name that was built-in is listed as an override, and nothing else', () => {
    fc.assert(
      fc.property(dealt, (entries) => {
        const overridden = build(entries).vocabulary.overrides.map((o) => o.label);
        expect(overridden.sort()).toEqual(entries.flatMap((e) => e.synonyms).sort());
      }),
      { numRuns: 50 },
    );
  });

  it('compactKey is compactLabel', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', '-', '(', 'é', 'ß', 'ﬁ', 'Ψ', '\t', '~', '\u0301'), maxLength: 12 });
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (s) => {
        expect(compactKey(s)).toBe(compactLabel(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('createMatcher with an overlapping vocabulary', () => {
  const candidate = { id: 'c1', municipality: 'Lisse', ladderStep: 6, competences: ['bollenpeller', 'Nederlands B2'], hours: { min: 20, max: 32 }, travel: { maxMinutes: 30, modes: ['bike'] } };
  const vacancy = { id: 'v1', employerId: 'w1', municipality: 'Lisse', sector: 'tuinbouw', competences: ['x-bollen', 'NT2'], hours: { min: 20, max: 32 } };
  const vocabulary = [{ id: 'x-bollenpeller', label: 'x-bollen', synonyms: ['bollenpeller'] }];

  it('loads, and reports the override instead of failing', () => {
    const m = createMatcher({ candidates: [candidate], vacancies: [vacancy] }, { vocabulary });
    expect(m.report.competences.overrides).toEqual([{ label: 'bollenpeller', builtin: 'tuinbouw.bollenpellen', user: 'x-bollenpeller' }]);
  });

  it('gives each competence of the compiled index its kind and Dutch language level', () => {
    const ix = (createMatcher({ candidates: [candidate], vacancies: [vacancy] }, { vocabulary }) as MatcherWithIndex)[INDEX];
    const at = (label: string) => ix.competenceLabels.indexOf(label);
    expect(ix.competenceKinds.length).toBe(ix.competenceLabels.length);
    expect([ix.competenceKinds[at('x-bollen')], ix.competenceKinds[at('Nederlandse taal B2')], ix.competenceKinds[at('NT2-traject')]]).toEqual([0, 1, 1]);
    expect([ix.competenceLanguageLevels[at('Nederlandse taal B2')], ix.competenceLanguageLevels[at('NT2-traject')], ix.competenceLanguageLevels[at('x-bollen')]]).toEqual([4, 0, 0]);
  });

  it('with builtinVocabulary: false, knows only the configured entries', () => {
    const m = createMatcher({ candidates: [candidate], vacancies: [vacancy] }, { vocabulary, builtinVocabulary: false });
    expect(m.report.competences.vocabularySize).toBe(1);
    expect(m.report.competences.overrides).toEqual([]);
    expect(m.report.competences.unresolved.map((u) => u.label).sort()).toEqual(['NT2', 'Nederlands B2']);
  });

  it('rejects a bad kind and a non-boolean builtinVocabulary at their paths', () => {
    const result = safeCreateMatcher({ candidates: [], vacancies: [] }, { vocabulary: [{ id: 'a', label: 'A', kind: 'soft' }], builtinVocabulary: 'ja' });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['config.builtinVocabulary', 'config.vocabulary.0.kind']);
  });
});

describe('an ESCO-sized vocabulary', () => {
  it('loads 13,500 entries that take over every built-in name, and resolves each of its names', () => {
    const names = [...new Map(BUILTIN_VOCABULARY.flatMap((e) => [e.label, ...(e.synonyms ?? [])]).map((name) => [compactLabel(name), name])).values()];
    const entries = Array.from({ length: 13_500 }, (_, i) => ({
      id: `http://data.europa.eu/esco/skill/${i}`,
      label: i < names.length ? names[i]! : `vaardigheid ${i}`,
      synonyms: [`vaardigheid ${i} toepassen`, `taak ${i}`],
      ...(i % 7 === 0 ? { kind: 'transversal' as const } : {}),
    }));
    const m = createMatcher({ candidates: [], vacancies: [] }, { vocabulary: entries });
    expect(m.report.competences.vocabularySize).toBe(BUILTIN_VOCABULARY.length + entries.length);
    expect(m.report.competences.overrides).toHaveLength(names.length);
    const { vocabulary } = build(entries);
    for (const i of [0, names.length - 1, names.length, 13_499]) expect(idOf(vocabulary, entries[i]!.label)).toBe(entries[i]!.id);
  });
});
