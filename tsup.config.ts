import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', rules: 'src/rules/index.ts', tune: 'src/tune/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // The CLI build below writes cli.js into the same folder, at the same time.
    clean: ['!cli.js', '!cli.js.map'],
    // Shared chunks, so MatchError is one class across the entries, under require() as under import.
    splitting: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['zod', 'csv-stringify', 'read-excel-file', 'write-excel-file', /^node:/],
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
    // The workbook libraries use require('fs') deep inside (graceful-fs), which an ESM bundle cannot do: left as imports.
    external: ['zod', 'csv-stringify', 'read-excel-file', 'write-excel-file'],
  },
]);
