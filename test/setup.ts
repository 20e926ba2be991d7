import fc from 'fast-check';

// One fixed seed for every property; override with FC_SEED to explore, the value is printed so a failure can be replayed.
const seed = Number(process.env.FC_SEED ?? 20261123);
fc.configureGlobal({ seed, numRuns: Number(process.env.FC_RUNS ?? 100) });
if (!(globalThis as { __fcSeedPrinted?: boolean }).__fcSeedPrinted) {
  (globalThis as { __fcSeedPrinted?: boolean }).__fcSeedPrinted = true;
  console.log(`[fast-check] seed=${seed}`);
}
