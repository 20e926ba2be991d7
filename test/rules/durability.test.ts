import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/basics/dates.js';
import { durability } from '../../src/rules/index.js';
import { issuesOf } from './helpers.js';

describe('durability: month-end starts (6 months)', () => {
  it.each([
    ['2024-01-31', '2024-07-31'],
    ['2025-01-31', '2025-07-31'],
    ['2023-02-28', '2023-08-28'],
    ['2024-02-29', '2024-08-29'],
    ['2024-04-30', '2024-10-30'],
    ['2024-08-31', '2025-02-28'],
    ['2023-08-31', '2024-02-29'],
    ['2024-12-31', '2025-06-30'],
  ])('start %s is durable on %s', (start, durableOn) => {
    expect(durability({ start }, { asOf: durableOn })).toEqual({ status: 'durable', durableOn, start, contracts: 1 });
    expect(durability({ start }, { asOf: addDays(durableOn, -1) }).status).toBe('pending');
    expect(durability({ start, end: durableOn }, { asOf: '2030-01-01' }).status).toBe('durable');
    expect(durability({ start, end: addDays(durableOn, -1) }, { asOf: '2030-01-01' }).status).toBe('ended-early');
  });
});

describe('durability', () => {
  it('counts 6 months and 1 day: employed on durableOn, end inclusive', () => {
    const result = durability({ start: '2025-01-01', end: '2025-07-01' }, { asOf: '2025-12-31' });
    expect(result).toEqual({ status: 'durable', durableOn: '2025-07-01', start: '2025-01-01', end: '2025-07-01', contracts: 1 });
  });

  it('is ended-early as soon as a known end lies before durableOn, before that end has passed', () => {
    const job = { start: '2025-01-15', end: '2025-03-31' };
    expect(durability(job, { asOf: '2025-03-31' })).toEqual({ status: 'ended-early', durableOn: '2025-07-15', start: '2025-01-15', end: '2025-03-31', contracts: 1 });
    expect(durability(job, { asOf: '2025-02-01' }).status).toBe('ended-early');
    expect(durability(job, { asOf: '2025-01-01' }).status).toBe('ended-early');
  });

  it('is pending while a known end on or after durableOn has not been reached', () => {
    expect(durability({ start: '2025-01-15', end: '2025-07-15' }, { asOf: '2025-07-14' }).status).toBe('pending');
    expect(durability({ start: '2025-01-15', end: '2025-07-15' }, { asOf: '2025-07-15' }).status).toBe('durable');
  });

  it('takes an extension as a further contract: the chain, not the first end, decides', () => {
    const first = { start: '2025-01-15', end: '2025-03-31' };
    expect(durability(first, { asOf: '2025-03-15' }).status).toBe('ended-early');
    expect(durability([first, { start: '2025-04-01', end: '2025-12-31' }], { asOf: '2025-03-15' }).status).toBe('pending');
  });

  it('is pending before the employment starts', () => {
    expect(durability({ start: '2025-05-01' }, { asOf: '2025-01-01' }).status).toBe('pending');
  });

  it('takes another period in months', () => {
    const result = durability({ start: '2024-02-29' }, { asOf: '2025-02-28', months: 12 });
    expect(result).toEqual({ status: 'durable', durableOn: '2025-02-28', start: '2024-02-29', contracts: 1 });
  });

  it('chains contracts with one employer that follow on the next day, in any order', () => {
    const chain = [
      { start: '2025-04-01', end: '2025-06-30', employerId: 'e1' },
      { start: '2025-01-01', end: '2025-03-31', employerId: 'e1' },
      { start: '2025-07-01', employerId: 'e1' },
    ];
    expect(durability(chain, { asOf: '2025-07-01' })).toEqual({ status: 'durable', durableOn: '2025-07-01', start: '2025-01-01', contracts: 3 });
  });

  it('stops the chain at a gap longer than maxGapDays', () => {
    const chain = [{ start: '2025-01-01', end: '2025-03-31' }, { start: '2025-04-03' }];
    expect(durability(chain, { asOf: '2025-08-01' })).toEqual({
      status: 'ended-early',
      durableOn: '2025-07-01',
      start: '2025-01-01',
      end: '2025-03-31',
      contracts: 1,
    });
    expect(durability(chain, { asOf: '2025-08-01', maxGapDays: 2 }).status).toBe('durable');
  });

  it('merges overlapping contracts', () => {
    const chain = [
      { start: '2025-01-01', end: '2025-05-31' },
      { start: '2025-05-01', end: '2025-12-31' },
    ];
    expect(durability(chain, { asOf: '2025-07-01' })).toMatchObject({ status: 'durable', end: '2025-12-31', contracts: 2 });
  });

  it('reports every bad field with its path', () => {
    const chain = [
      { start: '2025-02-30', end: '2025-03-01' },
      { start: '2025-04-01', end: '2025-03-01', employerId: 'e1' },
      { start: '2025-05-01', employerId: 'e2' },
    ];
    expect(issuesOf(() => durability(chain, { asOf: '2025-12-31' }))).toEqual([
      ['invalid_date', 0, 'start'],
      ['end_before_start', 1, 'end'],
      ['employer_mismatch', 2, 'employerId'],
    ]);
    expect(issuesOf(() => durability({ start: '2025-1-1' }, { asOf: '2025-12-31' }))).toEqual([['invalid_date', 'start']]);
    expect(issuesOf(() => durability([], { asOf: '2025-12-31' }))).toEqual([['too_small']]);
  });

  it('throws a RangeError naming the function for bad options', () => {
    expect(() => durability({ start: '2025-01-01' }, { asOf: '31-12-2025' })).toThrow(/^durability: asOf/);
    expect(() => durability({ start: '2025-01-01' }, { asOf: '2025-12-31', months: 0 })).toThrow(RangeError);
    expect(() => durability({ start: '2025-01-01' }, { asOf: '2025-12-31', maxGapDays: -1 })).toThrow(/^durability: maxGapDays/);
  });
});
