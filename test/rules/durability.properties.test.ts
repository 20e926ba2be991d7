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

  it('is ended-early exactly when a known end lies before durableOn, whatever asOf', () => {
    fc.assert(
      fc.property(employment, anyDate, (job, asOf) => {
        const { status, durableOn } = durability(job, { asOf });
        expect(status === 'ended-early').toBe(job.end !== undefined && job.end < durableOn);
      }),
    );
  });

  it('a chain is ended-early exactly when the span of contracts that follow on without a gap ends before durableOn', () => {
    fc.assert(
      fc.property(employmentChain, anyDate, (chain, asOf) => {
        // Oracle: walk the contracts in order and stop at the first day without one.
        let end: string | undefined = chain[0]!.end;
        for (const next of chain.slice(1)) {
          if (end === undefined || toDays(next.start) > toDays(end) + 1) break;
          end = next.end === undefined || next.end > end ? next.end : end;
        }
        const { status, durableOn } = durability(chain, { asOf });
        expect(status === 'ended-early').toBe(end !== undefined && end < durableOn);
      }),
    );
  });

  it('durable means placed and employed for 6 months and 1 day: from the start through the same day 6 months on', () => {
    fc.assert(
      fc.property(employment, anyDate, (job, asOf) => {
        if (durability(job, { asOf }).status !== 'durable') return;
        // Oracle: calendar months through Date.UTC, the day clamped to the month's length.
        const [y, m, d] = job.start.split('-').map(Number) as [number, number, number];
        const lastDay = new Date(Date.UTC(y, m - 1 + 7, 0)).getUTCDate();
        const sixMonthsOn = new Date(Date.UTC(y, m - 1 + 6, Math.min(d, lastDay))).toISOString().slice(0, 10);
        expect(asOf >= sixMonthsOn && (job.end === undefined || job.end >= sixMonthsOn)).toBe(true);
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
