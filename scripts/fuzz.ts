// npm run fuzz: the hardening attacks of test/hardening at a million inputs in all, with per-attack counts.
// Usage: tsx scripts/fuzz.ts [total=1000000] [seed=20261204]
import fc from 'fast-check';
import { cpus, loadavg } from 'node:os';
import { ATTACKS } from '../test/hardening/attacks.js';

const total = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.argv[3] ?? 20261204);
// Shares of the total: the in-memory attacks are cheap, the file attacks write and read a file each.
const SHARE: Record<(typeof ATTACKS)[number]['name'], number> = {
  'safeCreateMatcher on mutated input and config': 0.4,
  'rules functions on mutated arguments': 0.4,
  'readRecords on damaged CSV': 0.1,
  'readRecords on damaged NDJSON': 0.1,
};

console.log(
  `werkmatch fuzz: ${total.toLocaleString('en')} inputs, seed ${seed}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${cpus().length} cores`,
);
let failed = 0;
for (const attack of ATTACKS) {
  const numRuns = Math.round(total * (SHARE[attack.name] ?? 0));
  const started = performance.now();
  const details = await fc.check(
    fc.asyncProperty(attack.arbitrary as fc.Arbitrary<unknown>, async (input) => attack.check(input as never)),
    { numRuns, seed, endOnFailure: true },
  );
  const seconds = (performance.now() - started) / 1000;
  const ok = !details.failed;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${attack.name}: ${details.numRuns.toLocaleString('en')} inputs tried, ${ok ? 0 : 1} failures, ${seconds.toFixed(1)} s`);
  if (!ok) console.log(fc.defaultReportMessage(details));
}
process.exit(failed === 0 ? 0 : 1);
