import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // The CLI build below writes cli.js into the same folder, at the same time.
    clean: ['!cli.js', '!cli.js.map'],
    // One shared chunk for both entries, so MatchError is one class under require() as under import.
    splitting: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['zod', 'csv-parse', 'csv-stringify', /^node:/],
  },
  {
    // The `werkmatch` bin: one ESM file for Node, the library bundled in; its #! line is kept and the file made executable.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    splitting: false,
    target: 'node20',
    platform: 'node',
    external: ['zod', 'csv-parse', 'csv-stringify'],
  },
]);
