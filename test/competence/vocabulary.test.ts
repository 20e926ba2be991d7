import { describe, it, expect } from 'vitest';
import { BUILTIN_VOCABULARY } from '../../src/competence/vocabulary.data.js';
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
