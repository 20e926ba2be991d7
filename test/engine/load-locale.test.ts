// zod's own messages (where werkmatch has no sentence of its own) follow config.locale, one parse at a time (issue 15).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { safeCreateMatcher } from '../../src/index.js';

const candidate = { id: 'c1', municipality: 'Noordwijk', ladderStep: 5, competences: ['VIG'], hours: { min: 24, max: 32 }, travel: { maxMinutes: 30, modes: ['bike'] } };
const vacancy = { id: 'v1', employerId: 'w1', municipality: 'Noordwijk', sector: 'zorg', competences: ['VIG'], hours: { min: 24, max: 36 } };

const messageAt = (config: unknown, path: string): string | undefined => {
  const result = safeCreateMatcher({ candidates: [{ ...candidate, exempt: 'ja' }], vacancies: [{ ...vacancy, support: 'ja' }] }, config);
  if (result.success) throw new Error('expected a MatchError');
  return result.error.issues.find((i) => i.path.join('.') === path)?.message;
};

describe('config.locale', () => {
  it("gives zod's message for a wrong type in Dutch for 'nl'", () => {
    expect(messageAt({ locale: 'nl' }, 'candidates.0.exempt')).toBe('Ongeldige invoer: verwacht boolean, ontving string');
    expect(messageAt({ locale: 'nl' }, 'vacancies.0.support')).toMatch(/^Ongeldige invoer: verwacht object/);
  });

  it("gives it in English for 'en' and by default", () => {
    for (const config of [{ locale: 'en' }, undefined]) expect(messageAt(config, 'candidates.0.exempt')).toBe('Invalid input: expected boolean, received string');
  });

  it("leaves werkmatch's own messages and zod's global configuration alone", () => {
    const result = safeCreateMatcher({ candidates: [{ ...candidate, ladderStep: 9 }], vacancies: [vacancy] }, { locale: 'nl' });
    expect(result.success || result.error.issues[0]?.message).toMatch(/ladderStep must be a whole number/);
    expect(z.boolean().safeParse('ja').error?.issues[0]?.message).toBe('Invalid input: expected boolean, received string');
  });

  it('rejects an unknown locale', () => {
    const result = safeCreateMatcher({ candidates: [candidate], vacancies: [vacancy] }, { locale: 'de' });
    expect(result.success || result.error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_value', 'config.locale']]);
  });
});
