// Checks the built package as users get it: every entry under ESM import and CommonJS require, each with types,
// one MatchError class across the entries, and browser bundles of the root, rules and tune entries without Node built-ins.
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
const rulesEsm = await import('werkmatch/rules');
const rulesCjs = createRequire(import.meta.url)('werkmatch/rules');
const tuneEsm = await import('werkmatch/tune');
const tuneCjs = createRequire(import.meta.url)('werkmatch/tune');
for (const [kind, mod] of [
  ['ESM', rulesEsm],
  ['CommonJS', rulesCjs],
]) {
  if (typeof mod.wageCostSubsidy !== 'function' || typeof mod.indicators !== 'function') fail(`werkmatch/rules (${kind}) lacks wageCostSubsidy/indicators`);
  if (mod.wageCostSubsidy !== (kind === 'ESM' ? esm : cjs).wageCostSubsidy) fail(`werkmatch/rules (${kind}) has its own copy of wageCostSubsidy`);
}
for (const [kind, mod] of [
  ['ESM', tuneEsm],
  ['CommonJS', tuneCjs],
]) {
  if (typeof mod.fitWeights !== 'function' || typeof mod.fairnessReport !== 'function') fail(`werkmatch/tune (${kind}) lacks fitWeights/fairnessReport`);
}
// A rule's error, thrown from one entry, is the MatchError of every entry of the same module system.
const ruleError = (mod) => {
  try {
    mod.durability({ start: 'not a date' }, { asOf: '2025-01-01' });
  } catch (e) {
    return e;
  }
  return undefined;
};
for (const [kind, entries] of [
  ['ESM', { root: esm, rules: rulesEsm, tune: tuneEsm }],
  ['CommonJS', { root: cjs, rules: rulesCjs, tune: tuneCjs }],
]) {
  for (const [name, mod] of Object.entries(entries)) {
    if (mod.MatchError !== entries.root.MatchError) fail(`werkmatch${name === 'root' ? '' : `/${name}`} (${kind}) exports a MatchError of its own`);
  }
  if (!(ruleError(entries.rules) instanceof entries.root.MatchError)) fail(`werkmatch/rules (${kind}) throws a MatchError that is not werkmatch's MatchError`);
  if (!(ruleError(entries.root) instanceof entries.rules.MatchError)) fail(`werkmatch (${kind}) throws a MatchError that is not werkmatch/rules' MatchError`);
}
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
for (const [entry, declares] of [
  ['.', 'createMatcher'],
  ['./rules', 'wageCostSubsidy'],
  ['./tune', 'fitWeights'],
  ['./node', 'readRecords'],
]) {
  for (const cond of ['import', 'require']) {
    const types = pkg.exports[entry][cond].types;
    if (!existsSync(types)) fail(`exports['${entry}'].${cond}.types points to missing ${types}`);
    if (!readFileSync(types, 'utf8').includes(declares)) fail(`${types} does not declare ${declares}`);
  }
}
const region = esm.generateSyntheticRegion({ seed: 1, candidates: 50, vacancies: 5 });
const fromEsm = JSON.stringify(esm.createMatcher(region).rankCandidates('v-0', { minScore: 0, fallback: 'fill' }));
const fromCjs = JSON.stringify(cjs.createMatcher(region).rankCandidates('v-0', { minScore: 0, fallback: 'fill' }));
if (fromEsm !== fromCjs) fail('ESM and CommonJS builds rank differently');

const sizes = [];
for (const entry of ['index', 'rules', 'tune']) {
  const result = await build({
    stdin: { contents: `export * from './dist/${entry}.js';`, resolveDir: process.cwd() },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  const nodeImports = Object.keys(result.metafile.inputs).filter((f) => f.startsWith('node:'));
  if (nodeImports.length) fail(`dist/${entry}.js pulls Node built-ins into a browser bundle: ${nodeImports.join(', ')}`);
  sizes.push(`${entry} ${(result.outputFiles[0].contents.length / 1024).toFixed(0)} KiB`);
}
console.log(`check-package: every entry loads under ESM and CommonJS with types and one MatchError; browser bundles (${sizes.join(', ')}) without Node built-ins`);
