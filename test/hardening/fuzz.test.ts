// The hardening fuzz suite at CI size; `npm run fuzz` runs the same attacks a million times.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ATTACKS } from './attacks.js';

// Runs per attack in `npm test`; FC_RUNS from test/setup.ts scales the property tests, FUZZ_RUNS these.
const RUNS: Record<(typeof ATTACKS)[number]['name'], number> = {
  'safeCreateMatcher on mutated input and config': 1500,
  'rules functions on mutated arguments': 3000,
  'readRecords on damaged CSV': 600,
  'readRecords on damaged NDJSON': 400,
};

describe('bad input never pollutes, crashes, hangs or loses a row', () => {
  for (const attack of ATTACKS) {
    it(attack.name, async () => {
      const numRuns = Number(process.env.FUZZ_RUNS ?? RUNS[attack.name]);
      await fc.assert(
        fc.asyncProperty(attack.arbitrary as fc.Arbitrary<unknown>, async (input) => attack.check(input as never)),
        { numRuns },
      );
    });
  }
});
