// What a page ships when it imports werkmatch: esbuild bundles of the built dist/ (minified, gzipped with node:zlib), the way a
// portal's bundler builds them. Prints each figure and its budget; exits 1 when one is over or an entry carries what it must not.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KB = 1000; // kB as the budgets are written: 1,000 bytes
// Issue 12 asks 60 kB for the whole root; not met (see where the figure is measured below). CI holds it at the measured
// size plus a little, so that the root cannot grow unnoticed while the 60 kB work is open.
const WHOLE_ROOT_BUDGET = 97 * KB;

/** min+gzip bytes of a bundle of `contents` (an import of the package by its name), and what went into it. */
async function measure(contents, external = []) {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, sourcefile: 'page.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .filter(([, i]) => i.bytesInOutput > 0)
    .map(([file]) => file);
  return { bytes: gzipSync(code, { level: 9 }).length, text: new TextDecoder().decode(code), inputs };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
const problems = [];
const report = (what, bytes, budget) => {
  const over = budget !== undefined && bytes > budget;
  console.log(`${over ? '✗' : '✓'} ${what}: ${kb(bytes)}${budget === undefined ? '' : ` (budget ${kb(budget)})`}`);
  if (over) problems.push(`${what} is ${kb(bytes)}, over its budget of ${kb(budget)}`);
};

// One rule function, as a rules page imports it.
const rule = await measure("export { wageCostSubsidy } from 'werkmatch/rules';");
report("import { wageCostSubsidy } from 'werkmatch/rules'", rule.bytes, 12 * KB);

// The same function from the root: module-level work in the root's other modules must not come along.
const fromRoot = await measure("export { wageCostSubsidy } from 'werkmatch';");
report("import { wageCostSubsidy } from 'werkmatch'", fromRoot.bytes, Math.floor(1.5 * rule.bytes));

// The whole root, zod external (a portal that validates with zod has it already). Issue 12's 60 kB is out of reach while the
// root keeps every api.md name: without ml-matrix (fitWeights has its own Cholesky now: 92 → 76 kB) the data that
// createMatcher and generateSyntheticRegion need (vocabulary ~11.6 kB, municipality table ~7.6 kB, occupations ~3.0 kB in the
// bundle) come on top of ~55 kB of code and messages, and a compact encoding of the data would save only ~2.6 kB. This
// budget is a ceiling on growth (93.4 kB measured on 2026-12-04 with matcher.update; 94.8 kB on 2026-12-05, when the
// loader's fast path took 0.8 kB more to validate in 40% less time), not issue 12's target.
const whole = await measure("export * from 'werkmatch';", ['zod']);
report("import * from 'werkmatch' (zod external)", whole.bytes, WHOLE_ROOT_BUDGET);

// A matching page (createMatcher; ranking, explanations and updates are the matcher's methods), zod external: what a
// portal ships. A ceiling on growth, like the whole root's: the municipality table and the vocabulary (~23 kB) are
// most of the way to 60 kB on their own (61.9 kB on 2026-12-05).
const page = await measure("export { createMatcher, safeCreateMatcher, MatchError, issueTitle, knockoutTitle } from 'werkmatch';", ['zod']);
report('a matching page: createMatcher, safeCreateMatcher, MatchError, issueTitle, knockoutTitle (zod external)', page.bytes, 63.5 * KB);

// The same page bundling zod too (a portal without zod of its own). `import * as z from 'zod'`, not `import { z }`:
// esbuild keeps every zod locale behind the `z` object otherwise (152 kB instead of 87 kB).
const pageWithZod = await measure("export { createMatcher, safeCreateMatcher, MatchError, issueTitle, knockoutTitle } from 'werkmatch';");
report('the same matching page with zod bundled', pageWithZod.bytes, 92 * KB);

// The entries for other audiences, for the record.
const rules = await measure("export * from 'werkmatch/rules';");
report("import * from 'werkmatch/rules'", rules.bytes);
// The tuning entry carries no zod: its shared chunks hold the record schemas, whose JSON Schemas must stay droppable
// (109 kB with all of zod and its locales when they were not).
const tune = await measure("export * from 'werkmatch/tune';");
report("import * from 'werkmatch/tune'", tune.bytes, 20 * KB);
if (tune.inputs.some((f) => f.includes('node_modules/zod/'))) problems.push('werkmatch/tune carries zod');

// werkmatch/rules promises no zod, no municipality table and no vocabulary, whatever it grows into.
const MUST_NOT = [
  ['zod', (b) => b.inputs.some((f) => f.includes('node_modules/zod/'))],
  ['the municipality table', (b) => b.text.includes('Schiermonnikoog')],
  ['the competence vocabulary', (b) => b.text.includes('Nederlands als tweede taal')],
];
for (const [what, found] of MUST_NOT) if (found(rules)) problems.push(`werkmatch/rules carries ${what}`);
// The vocabulary's entries are pure: languageLevel needs only the Dutch levels beside them.
const level = await measure("export { languageLevel } from 'werkmatch';", ['zod']);
if (MUST_NOT[2][1](level)) problems.push('import { languageLevel } from werkmatch carries the competence vocabulary');
// The workbook libraries (and what they pull in) belong to werkmatch/node and the CLI only.
const WORKBOOK = /node_modules\/(read-excel-file|write-excel-file|fflate|saxen|unzipper-esm)\//;
for (const [entry, bundle] of [
  ['werkmatch', whole],
  ['werkmatch/rules', rules],
  ['werkmatch/tune', tune],
]) {
  if (bundle.inputs.some((f) => WORKBOOK.test(f))) problems.push(`${entry} carries a workbook library`);
}
// The markers must be findable where they belong, or the checks above prove nothing.
const everything = await measure("export * from 'werkmatch';");
for (const [what, found] of MUST_NOT) if (!found(everything)) problems.push(`the root no longer carries ${what}: update this script's marker`);

if (problems.length > 0) {
  for (const p of problems) console.error(`check-bundles: ${p}`);
  process.exit(1);
}
console.log('check-bundles: every bundle within its budget; werkmatch/rules without zod, municipality table or vocabulary');
