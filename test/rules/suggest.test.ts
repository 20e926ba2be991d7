import { describe, expect, it } from 'vitest';
import { type InstrumentInput, suggestInstruments } from '../../src/rules/index.js';
import { issuesOf } from './helpers.js';

const step5: InstrumentInput = {
  ladderStep: 5,
  wageValue: 0.5,
  age: 30,
  hoursPerWeek: 24,
  support: { jobCoach: true, wageSubsidy: true, jobCarving: true },
  date: '2026-01-01',
};

const byInstrument = (input: InstrumentInput, locale: 'nl' | 'en' = 'nl') => Object.fromEntries(suggestInstruments(input, { locale }).map((s) => [s.instrument, s]));

describe('suggestInstruments', () => {
  it('suggests every instrument for a step-5 candidate with a wage value whose employer offers support', () => {
    expect(suggestInstruments(step5).map((s) => [s.instrument, s.applies, s.reason])).toEqual([
      ['jobcoach', true, 'ladder_step_5'],
      ['loonkostensubsidie', true, 'applies'],
      ['proefplaatsing', true, 'applies'],
      ['no-riskpolis', true, 'with_subsidy'],
      ['jobcarving', true, 'applies'],
    ]);
  });

  it('gives the subsidy amount and a Dutch sentence by default', () => {
    const subsidy = byInstrument(step5).loonkostensubsidie;
    expect(subsidy?.amount).toBe(1020.09);
    expect(subsidy?.sentence).toBe('Loonkostensubsidie: € 1.020,09 per maand bij een loonwaarde van 50% en 24 uur per week.');
  });

  it('writes English sentences on request', () => {
    expect(byInstrument(step5, 'en').loonkostensubsidie?.sentence).toBe('Wage cost subsidy: €1,020.09 a month at a wage value of 50% and 24 hours a week.');
    for (const s of suggestInstruments(step5, { locale: 'en' })) expect(s.sentence.length).toBeGreaterThan(20);
  });

  it('says when the 21+ minimum wage is assumed because the age is unknown', () => {
    const { age: _age, ...noAge } = step5;
    expect(byInstrument(noAge).loonkostensubsidie?.sentence).toContain('leeftijd onbekend');
  });

  it('offers no subsidy without a wage value below 1 or without the employer', () => {
    const { wageValue: _w, ...unmeasured } = step5;
    expect(byInstrument(unmeasured).loonkostensubsidie).toMatchObject({ applies: false, reason: 'wage_value_unknown' });
    expect(byInstrument({ ...step5, wageValue: 1 }).loonkostensubsidie).toMatchObject({ applies: false, reason: 'full_wage_value' });
    const declined = byInstrument({ ...step5, support: { wageSubsidy: false } });
    expect(declined.loonkostensubsidie).toMatchObject({ applies: false, reason: 'employer_declines' });
    expect(declined.loonkostensubsidie?.amount).toBeUndefined();
    expect(declined['no-riskpolis']).toMatchObject({ applies: false, reason: 'not_applicable' });
    expect(declined.jobcoach).toMatchObject({ applies: false, reason: 'employer_declines' });
  });

  it('keeps the no-riskpolis open-ended for the doelgroepregister, with or without subsidy', () => {
    const s = byInstrument({ ladderStep: 6, hoursPerWeek: 20, targetGroups: ['doelgroepregister'], date: '2026-01-01' });
    expect(s['no-riskpolis']).toMatchObject({ applies: true, reason: 'open_ended' });
  });

  it('suggests job coach for step 5 only and trial placement and job carving for steps 4 and 5', () => {
    const step6 = byInstrument({ ...step5, ladderStep: 6 });
    expect([step6.jobcoach?.applies, step6.proefplaatsing?.applies, step6.jobcarving?.applies]).toEqual([false, false, false]);
    const step4 = byInstrument({ ...step5, ladderStep: 4 });
    expect([step4.jobcoach?.applies, step4.proefplaatsing?.applies, step4.jobcarving?.applies]).toEqual([false, true, true]);
  });

  it('names every bad field and rejects an unknown locale', () => {
    const bad = { ladderStep: 7, wageValue: 0, hoursPerWeek: 0, support: { jobCoach: 'yes' }, date: '2026-1-1' } as never;
    expect(issuesOf(() => suggestInstruments(bad))).toEqual([
      ['out_of_range', 'ladderStep'],
      ['out_of_range', 'wageValue'],
      ['out_of_range', 'hoursPerWeek'],
      ['invalid_type', 'support', 'jobCoach'],
      ['invalid_date', 'date'],
    ]);
    expect(() => suggestInstruments(step5, { locale: 'de' as never })).toThrow(/^suggestInstruments: locale/);
  });
});
