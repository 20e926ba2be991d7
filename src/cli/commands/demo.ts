import { wholeNumber, type Command } from '../args.js';
import { DEMO_SEED, demoLines } from '../demo.js';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'a seeded Bollenstreek caseload, ranked and explained',
  usage: 'werkmatch demo [--seed N]',
  help: `  --seed N            the synthetic region's seed (default ${DEMO_SEED}); same seed, same output`,
  options: { seed: { type: 'string' } },
  async run(values, io) {
    const seed = wholeNumber(values, 'seed', DEMO_SEED, 0);
    for (const line of demoLines(seed)) io.out(line);
    return 0;
  },
};
