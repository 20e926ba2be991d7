// The folders under src/ form layers: a file imports from its own folder or from a lower layer, never upwards,
// so no two folders import each other. README "Project layout" draws the same picture.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** Lower numbers sit lower; folders on one layer do not import each other. */
const LAYERS: Readonly<Record<string, number>> = {
  basics: 0,
  schema: 1,
  region: 2,
  competence: 2,
  score: 3,
  rules: 3,
  synthetic: 3,
  engine: 4,
  match: 5,
  rank: 6,
  assign: 6,
  whatif: 7,
  tune: 7,
  node: 8,
  cli: 9,
  // src/index.ts, the public entry, sits on top.
  '.': 10,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const folderOf = (file: string): string => relative(SRC, file).split('/').slice(0, -1)[0] ?? '.';
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

const edges = sourceFiles(SRC).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => ({ file: relative(SRC, file), from: folderOf(file), to: folderOf(resolve(dirname(file), m[1]!)) })),
);

describe('the layers of src/', () => {
  it('finds the imports it checks (the scan itself works)', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges.some((e) => e.from === 'engine' && e.to === 'score')).toBe(true);
  });

  it('places every folder on a layer', () => {
    const unknown = [...new Set(edges.flatMap((e) => [e.from, e.to]))].filter((f) => !(f in LAYERS));
    expect(unknown, 'add new folders to LAYERS and to the README layout').toEqual([]);
  });

  it('imports only from the same folder or a lower layer', () => {
    const upward = edges.filter((e) => e.from !== e.to && LAYERS[e.to]! >= LAYERS[e.from]!).map((e) => `${e.file} (${e.from}, layer ${LAYERS[e.from]}) imports ${e.to} (layer ${LAYERS[e.to]})`);
    expect(upward).toEqual([]);
  });
});
