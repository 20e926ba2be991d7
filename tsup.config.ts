import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // One shared chunk for both entries, so MatchError is one class under require() as under import.
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod', 'csv-parse', 'csv-stringify', /^node:/],
});
