// The id table that replaces a Map<string, number> for the records' ids (issue 14): against a Map built in a plain loop,
// over lists with many repeats, and over ids made to collide, which hand the table over to a Map.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdTable } from '../../src/engine/id-table.js';

/** The reference: what a Map says when each id keeps its first index. */
function reference(ids: readonly string[]): { firsts: (number | -1)[]; map: Map<string, number> } {
  const map = new Map<string, number>();
  const firsts = ids.map((id, i) => {
    const first = map.get(id);
    if (first !== undefined) return first;
    map.set(id, i);
    return -1;
  });
  return { firsts, map };
}

/** FNV-1a, as the table hashes, to make ids that collide in a table of `capacity` slots. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

function agrees(table: IdTable, ids: readonly string[], absent: readonly string[]): void {
  const { firsts, map } = reference(ids);
  expect(ids.map((_, i) => table.add(i))).toEqual(firsts);
  expect(table.size).toBe(map.size);
  for (const [id, first] of map) expect(table.get(id)).toBe(first);
  for (const id of absent) {
    expect(table.get(id)).toBeUndefined();
    expect(table.has(id)).toBe(false);
  }
}

describe('IdTable', () => {
  it('answers as a Map that keeps each id at its first index, over lists with many repeats (property)', () => {
    // Ids from a small pool of short strings (and the empty string, and one with a surrogate pair), so that most
    // lists repeat ids and some repeat one id many times.
    const idArb = fc.oneof(
      fc.integer({ min: 0, max: 30 }).map((k) => `k-${k}`),
      fc.constantFrom('', 'A', 'a', 'é', '𝒜', 'k-1 '),
    );
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 200 }), (ids) => {
        agrees(new IdTable(ids), ids, ['k-31', 'K-1', 'k-01']);
      }),
    );
  });

  it('hands over to a Map when ids are made to collide, and still answers right', () => {
    const capacity = 512; // 200 ids: the table doubles from 16 to 512 slots.
    const ids: string[] = [];
    for (let k = 0; ids.length < 200; k++) if ((fnv(`x${k}`) & (capacity - 1)) === 7) ids.push(`x${k}`);
    // Repeats after the handover, and of ids from before it.
    const withRepeats = [...ids, ids[3]!, ids[150]!, ids[0]!];
    const table = new IdTable(withRepeats);
    agrees(table, withRepeats, ['x-1', 'y']);
    expect((table as unknown as { map?: Map<string, number> }).map, 'the table handed over to a Map').toBeInstanceOf(Map);
  });

  it('hands over too when ids fill one long run of slots without any of them probing far (each its own slot)', () => {
    // Ids for slots 0, 1, 2, … 99 of a 512-slot table, one each: every insert finds its own slot free, but together they
    // make one run, which every lookup of an absent id hashing into it would walk.
    const capacity = 512;
    const bySlot = new Map<number, string>();
    for (let k = 0; bySlot.size < 100; k++) {
      const slot = fnv(`y${k}`) & (capacity - 1);
      if (slot < 100 && !bySlot.has(slot)) bySlot.set(slot, `y${k}`);
    }
    const ids = [...bySlot.keys()].sort((a, b) => a - b).map((slot) => bySlot.get(slot)!);
    const table = new IdTable([...ids, ...ids.slice(0, 100)]);
    agrees(table, [...ids, ...ids.slice(0, 100)], ['y-1']);
    expect((table as unknown as { map?: Map<string, number> }).map, 'the table handed over to a Map').toBeInstanceOf(Map);
  });

  it('builds from a list of unique ids, and says no for what is not a string', () => {
    const table = IdTable.of(['b', 'a', 'c']);
    expect([table.get('a'), table.get('b'), table.get('c'), table.size]).toEqual([1, 0, 2, 3]);
    expect(table.get(7 as unknown as string)).toBeUndefined();
    expect(table.get(undefined as unknown as string)).toBeUndefined();
  });
});
