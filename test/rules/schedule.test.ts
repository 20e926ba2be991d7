import { describe, expect, it } from 'vitest';
import { evaluationSchedule } from '../../src/rules/index.js';
import { issuesOf } from './helpers.js';

describe('evaluationSchedule', () => {
  it('gives the Noordwijk checkpoints: 1, 3 and 11 months after the start, one year after the end', () => {
    expect(evaluationSchedule('2025-01-31', '2026-01-30')).toEqual([
      { kind: 'evaluation', from: 'start', months: 1, date: '2025-02-28' },
      { kind: 'evaluation', from: 'start', months: 3, date: '2025-04-30' },
      { kind: 'evaluation', from: 'start', months: 11, date: '2025-12-31' },
      { kind: 'follow-up', from: 'end', months: 12, date: '2027-01-30' },
    ]);
  });

  it('clamps a leap-day end to the next year', () => {
    expect(evaluationSchedule('2023-03-01', '2024-02-29').at(-1)?.date).toBe('2025-02-28');
  });

  it('takes other months', () => {
    const dates = evaluationSchedule('2025-01-01', '2025-12-31', { evaluationMonths: [6, 2], followUpMonths: 6 }).map((c) => c.date);
    expect(dates).toEqual(['2025-03-01', '2025-07-01', '2026-06-30']);
  });

  it('rejects invalid and reversed dates with a MatchError', () => {
    expect(issuesOf(() => evaluationSchedule('2025-12-31', '2025-01-01'))).toEqual([['end_before_start', 'pilotEnd']]);
    expect(issuesOf(() => evaluationSchedule('2025-02-30', 'soon'))).toEqual([
      ['invalid_date', 'pilotStart'],
      ['invalid_date', 'pilotEnd'],
    ]);
  });

  it('rejects a month count that is not a whole number of at least 1', () => {
    expect(() => evaluationSchedule('2025-01-01', '2025-12-31', { followUpMonths: 0 })).toThrow(/^evaluationSchedule: /);
  });
});
