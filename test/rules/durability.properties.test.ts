import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, fromDays, toDays } from '../../src/basics/dates.js';
import { durability } from '../../src/rules/index.js';
import { anyDate, employment, employmentChain } from './arbitraries.js';

const later = fc.integer({ min: 0, max: 2000 });

describe('durability properties', () => {
  it('once durable, stays durable for every later asOf', () => {
    fc.assert(
      fc.property(employmentChain, anyDate, later, (chain, asOf, step) => {
        const before = durability(chain, { asOf }).status;
        const after = durability(chain, { asOf: fromDays(toDays(asOf) + step) }).status;
        return before !== 'durable' || after === 'durable';
      }),
    );
  });

  it('once ended early, stays ended early for every later asOf', () => {
    fc.assert(
      fc.property(employment, anyDate, later, (job, asOf, step) => {
        const before = durability(job, { asOf }).status;
        const after = durability(job, { asOf: fromDays(toDays(asOf) + step) }).status;
        return before !== 'ended-early' || after === 'ended-early';
      }),
    );
  });

  it('puts durableOn 181 to 184 days after the start for 6 months', () => {
    fc.assert(
      fc.property(employment, (job) => {
        const gap = daysBetween(job.start, durability(job, { asOf: job.start }).durableOn);
        return gap >= 181 && gap <= 184;
      }),
    );
  });

  it('is durable exactly when employed on durableOn and asOf has reached it', () => {
    fc.assert(
      fc.property(employment, anyDate, (job, asOf) => {
        const { status, durableOn } = durability(job, { asOf });
        const employedOnDurableOn = job.end === undefined || job.end >= durableOn;
        expect(status === 'durable').toBe(employedOnDurableOn && asOf >= durableOn);
      }),
    );
  });

  it('returns the same output for the same input', () => {
    fc.assert(
      fc.property(employmentChain, anyDate, fc.integer({ min: 1, max: 24 }), (chain, asOf, months) => {
        expect(durability(structuredClone(chain), { asOf, months })).toEqual(durability(chain, { asOf, months }));
      }),
    );
  });
});
