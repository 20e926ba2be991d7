// The portal demo, built with Vite against the built package: `werkmatch` resolves through the repository's own
// package.json (its exports map and dist/), as it would from node_modules in a portal's repository. Run `npm run build` first.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const repository = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  resolve: { alias: [{ find: /^werkmatch$/, replacement: repository }] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
