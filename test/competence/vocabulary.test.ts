import { describe, it, expect } from 'vitest';
import { buildVocabulary, languageLevel } from '../../src/competence/resolve.js';
import { BUILTIN_VOCABULARY } from '../../src/competence/vocabulary.data.js';
import { COMPETENCE_KINDS } from '../../src/schema/config.js';
import { SECTORS, type Sector } from '../../src/basics/sectors.js';
import { compactLabel } from '../../src/basics/text.js';

const ID = new RegExp(`^(algemeen|${SECTORS.join('|')})\\.[a-z0-9]+(-[a-z0-9]+)*$`);

function names(entry: (typeof BUILTIN_VOCABULARY)[number]): string[] {
  return [entry.label, ...(entry.synonyms ?? [])];
}

describe('BUILTIN_VOCABULARY', () => {
  it('has at least 150 entries', () => {
    expect(BUILTIN_VOCABULARY.length).toBeGreaterThanOrEqual(150);
  });

  it('has unique kebab-case ids prefixed with a sector or algemeen', () => {
    const ids = BUILTIN_VOCABULARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID);
  });

  it('lists the main sector of a sector-prefixed id first', () => {
    for (const entry of BUILTIN_VOCABULARY) {
      const prefix = entry.id.slice(0, entry.id.indexOf('.'));
      if (prefix !== 'algemeen') expect(entry.sectors[0], entry.id).toBe(prefix);
    }
  });

  it('tags every entry with at least one valid sector, without repeats', () => {
    const valid = new Set<string>(SECTORS);
    for (const entry of BUILTIN_VOCABULARY) {
      expect(entry.sectors.length, entry.id).toBeGreaterThan(0);
      expect(new Set(entry.sectors).size, entry.id).toBe(entry.sectors.length);
      for (const sector of entry.sectors) expect(valid.has(sector), `${entry.id}: ${sector}`).toBe(true);
    }
  });

  it('gives every one of the 17 sectors at least 6 competences', () => {
    const counts = new Map<Sector, number>(SECTORS.map((sector) => [sector, 0]));
    for (const entry of BUILTIN_VOCABULARY) {
      for (const sector of entry.sectors) counts.set(sector, (counts.get(sector) ?? 0) + 1);
    }
    expect(counts.size).toBe(17);
    for (const [sector, count] of counts) expect(count, sector).toBeGreaterThanOrEqual(6);
  });

  it('maps no compact label or synonym to two ids', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of BUILTIN_VOCABULARY) {
      for (const name of new Set(names(entry).map(compactLabel))) {
        const other = owner.get(name);
        if (other !== undefined && other !== entry.id) clashes.push(`${name}: ${other} / ${entry.id}`);
        owner.set(name, entry.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists no spelling the resolver already normalises away, and no empty name', () => {
    for (const entry of BUILTIN_VOCABULARY) {
      const compact = names(entry).map(compactLabel);
      expect(
        compact.every((name) => name.length > 0),
        entry.id,
      ).toBe(true);
      expect(new Set(compact).size, entry.id).toBe(compact.length);
    }
  });

  it('resolves the Verzorgende IG spellings to one id', () => {
    const byName = new Map<string, string>();
    for (const entry of BUILTIN_VOCABULARY) for (const name of names(entry)) byName.set(compactLabel(name), entry.id);
    const ids = ['VIG', 'verzorgende IG', 'verzorgende-ig', 'Verzorgende IG'].map((name) => byName.get(compactLabel(name)));
    expect(ids).toEqual(['zorg.verzorgende-ig', 'zorg.verzorgende-ig', 'zorg.verzorgende-ig', 'zorg.verzorgende-ig']);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(BUILTIN_VOCABULARY)).toBe(true);
    const first = BUILTIN_VOCABULARY[0];
    expect(first === undefined || (Object.isFrozen(first) && Object.isFrozen(first.sectors))).toBe(true);
  });
});

describe('kinds', () => {
  const kindOf = (id: string) => BUILTIN_VOCABULARY.find((entry) => entry.id === id)?.kind;

  it('gives every entry a kind, occupational unless marked', () => {
    for (const entry of BUILTIN_VOCABULARY) expect(COMPETENCE_KINDS, entry.id).toContain(entry.kind);
    expect(BUILTIN_VOCABULARY.filter((entry) => entry.kind === 'occupational').length).toBeGreaterThan(BUILTIN_VOCABULARY.length / 2);
  });

  it('marks languages, soft skills and general certificates transversal, trades and trade certificates occupational', () => {
    const transversal = [
      'algemeen.nederlandse-taal-b1',
      'algemeen.engelse-taal',
      'algemeen.samenwerken',
      'algemeen.klantvriendelijkheid',
      'algemeen.rijbewijs-b',
      'algemeen.vca-basis',
      'algemeen.bhv',
      'zorg.ehbo',
    ];
    const occupational = ['zorg.verzorgende-ig', 'transport.rijbewijs-c', 'logistiek.heftruck', 'algemeen.haccp', 'horeca.sociale-hygiene', 'tuinbouw.bollenpellen'];
    expect(transversal.map(kindOf)).toEqual(transversal.map(() => 'transversal'));
    expect(occupational.map(kindOf)).toEqual(occupational.map(() => 'occupational'));
  });

  it('marks no sector-prefixed trade transversal except the general certificate EHBO', () => {
    const marked = BUILTIN_VOCABULARY.filter((entry) => entry.kind === 'transversal' && !entry.id.startsWith('algemeen.')).map((entry) => entry.id);
    expect(marked).toEqual(['zorg.ehbo']);
  });
});

describe('Dutch language levels', () => {
  const CEFR = ['a1', 'a2', 'b1', 'b2', 'c1', 'c2'].map((level) => `algemeen.nederlandse-taal-${level}`);
  const LADDER = [...CEFR, 'algemeen.nederlands-moedertaal'];
  const vocabulary = buildVocabulary([], []);
  const idOf = (label: string): string | undefined => {
    const r = vocabulary.resolve(label);
    return r.kind === 'unresolved' ? undefined : vocabulary.ids[r.index];
  };

  it('orders A1 < A2 < B1 < B2 < C1 < C2 < moedertaal, and knows no other id', () => {
    const levels = LADDER.map(languageLevel);
    expect(levels.every((level, i) => level !== undefined && (i === 0 || level > levels[i - 1]!))).toBe(true);
    const others = BUILTIN_VOCABULARY.filter((entry) => !LADDER.includes(entry.id));
    expect(others.filter((entry) => languageLevel(entry.id) !== undefined)).toEqual([]);
    expect(languageLevel('toString')).toBeUndefined();
  });

  it('has a transversal entry for every level', () => {
    for (const id of LADDER) expect(BUILTIN_VOCABULARY.find((entry) => entry.id === id)?.kind, id).toBe('transversal');
  });

  it('resolves the ways people write a level', () => {
    const cases: [string, string][] = [
      ['Nederlands B2', 'algemeen.nederlandse-taal-b2'],
      ['NT2 B1', 'algemeen.nederlandse-taal-b1'],
      ['nt2-a2', 'algemeen.nederlandse-taal-a2'],
      ['Staatsexamen NT2 programma II', 'algemeen.nederlandse-taal-b2'],
      ['staatsexamen NT2 programma I', 'algemeen.nederlandse-taal-b1'],
      ['Nederlands niveau 3F', 'algemeen.nederlandse-taal-b2'],
      ['Nederlands 1F', 'algemeen.nederlandse-taal-a2'],
      ['Nederlands C1', 'algemeen.nederlandse-taal-c1'],
      ['Nederlands (moedertaal)', 'algemeen.nederlands-moedertaal'],
      ['Nederlands moedertaal', 'algemeen.nederlands-moedertaal'],
      ['native Dutch', 'algemeen.nederlands-moedertaal'],
    ];
    expect(cases.map(([label]) => idOf(label))).toEqual(cases.map(([, id]) => id));
  });

  it('reads "NT2" alone as a track without a level, never as B1', () => {
    for (const label of ['NT2', 'nt-2', 'Nederlands als tweede taal', 'NT2-cursus']) {
      const id = idOf(label);
      expect(id, label).toBe('algemeen.nt2-traject');
      expect(languageLevel(id!), label).toBeUndefined();
    }
  });

  it('does not guess between two levels', () => {
    expect(vocabulary.resolve('Nederlands B3')).toMatchObject({ kind: 'unresolved', ambiguous: ['Nederlandse taal B1', 'Nederlandse taal B2'] });
  });
});
