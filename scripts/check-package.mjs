// Checks the built package as users get it: ESM import, CommonJS require, both with types,
// and a browser bundle of the root entry that pulls in no Node built-in.
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const fail = (msg) => {
  console.error(`check-package: ${msg}`);
  process.exit(1);
};

const esm = await import('werkmatch');
const cjs = createRequire(import.meta.url)('werkmatch');
for (const [kind, mod] of [
  ['ESM', esm],
  ['CommonJS', cjs],
]) {
  if (typeof mod.createMatcher !== 'function' || typeof mod.explainMatch !== 'function') fail(`${kind} entry lacks createMatcher/explainMatch`);
}
const nodeCjs = createRequire(import.meta.url)('werkmatch/node');
const nodeEsm = await import('werkmatch/node');
if (typeof nodeCjs.readRecords !== 'function' || typeof nodeEsm.readRecords !== 'function') fail('werkmatch/node lacks readRecords');
// Both entries must share one MatchError class, or `instanceof` fails across them.
const badCsv = join(mkdtempSync(join(tmpdir(), 'werkmatch-')), 'bad.csv');
writeFileSync(badCsv, 'id,municipality,ladderStep,competences,hours.min,hours.max,travel.maxMinutes,travel.modes\nc1,Atlantis,5,VIG,8,40,20,bike\n');
const thrown = await nodeCjs.readRecords(badCsv, { kind: 'candidates', strict: true }).then(
  () => undefined,
  (e) => e,
);
if (!(thrown instanceof cjs.MatchError)) fail("werkmatch/node (require) throws a MatchError that is not werkmatch's MatchError");
// rankAllParallel's workers must find the built module under both import and require.
const small = esm.generateSyntheticRegion({ seed: 3, candidates: 2000, vacancies: 40 });
const single = JSON.stringify(esm.rankAll(esm.createMatcher(small), { limit: 5 }));
if (JSON.stringify(await nodeEsm.rankAllParallel(esm.createMatcher(small), { limit: 5 })) !== single) fail('rankAllParallel (import) differs from rankAll');
if (JSON.stringify(await nodeCjs.rankAllParallel(cjs.createMatcher(small), { limit: 5 })) !== single) fail('rankAllParallel (require) differs from rankAll');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
for (const cond of ['import', 'require']) {
  const types = pkg.exports['.'][cond].types;
  if (!existsSync(types)) fail(`exports['.'].${cond}.types points to missing ${types}`);
  if (!readFileSync(types, 'utf8').includes('createMatcher')) fail(`${types} does not declare createMatcher`);
}
const region = esm.generateSyntheticRegion({ seed: 1, candidates: 50, vacancies: 5 });
const fromEsm = JSON.stringify(esm.createMatcher(region).rankCandidates('v-0', { minScore: 0, fallback: 'fill' }));
const fromCjs = JSON.stringify(cjs.createMatcher(region).rankCandidates('v-0', { minScore: 0, fallback: 'fill' }));
if (fromEsm !== fromCjs) fail('ESM and CommonJS builds rank differently');

const result = await build({
  stdin: { contents: "import { createMatcher } from './dist/index.js'; console.log(createMatcher);", resolveDir: process.cwd() },
  bundle: true,
  platform: 'browser',
  format: 'esm',
  write: false,
  logLevel: 'silent',
  metafile: true,
});
const nodeImports = Object.keys(result.metafile.inputs).filter((f) => f.startsWith('node:'));
if (nodeImports.length) fail(`the root entry pulls Node built-ins into a browser bundle: ${nodeImports.join(', ')}`);
console.log(`check-package: ESM and CommonJS load with types; browser bundle ${(result.outputFiles[0].contents.length / 1024).toFixed(0)} KiB without Node built-ins`);
