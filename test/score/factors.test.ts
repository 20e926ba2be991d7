import { describe, expect, it } from 'vitest';
import { competenceValue } from '../../src/score/competence.js';
import { hours, hoursReason, hoursValue } from '../../src/score/hours.js';
import { ladderReason, ladderValue } from '../../src/score/ladder.js';
import { sectorValue } from '../../src/score/sector.js';
import { modeMinutes, travelValue } from '../../src/score/travel.js';
import { TRAVEL_MODEL } from '../../src/index.js';

describe('competence factor', () => {
  it('is the covered share of the asked weight', () => {
    // Asked: A (w 2) and B (w 1); the candidate has A at level 3 (credit 1): 2 / 3.
    expect(competenceValue(2, 3, 0, 0, false, 0.5)).toBeCloseTo(2 / 3, 12);
  });
  it('knocks out a missing required competence without job carving', () => {
    expect(competenceValue(1, 2, 1, 1, false, 0.5)).toBe(-1);
  });
  it('turns the knock-out into a penalty with job carving', () => {
    // coverage 0.5, half of the required weight missing, penalty 0.5: 0.5 × (1 − 0.5 × 1/2) = 0.375.
    expect(competenceValue(1, 2, 1, 2, true, 0.5)).toBeCloseTo(0.375, 12);
  });
  it('is neutral when the vacancy asks for nothing', () => {
    expect(competenceValue(0, 0, 0, 0, false, 0.5)).toBe(0.5);
  });
});

describe('ladder factor', () => {
  it.each([
    [1, 5, false, true, -1],
    [3, 4, false, true, -1],
    [4, 4, false, false, 0.6],
    [4, 5, false, true, -1],
    [5, 5, false, false, 0.7],
    [5, 4, false, false, 0.7],
    [5, 5, false, true, 0.85],
    [5, 6, false, true, -1],
    [6, 6, false, false, 1],
    [6, 5, true, true, -1],
  ])('step %i against minimum %i (exempt %s, support %s) scores %f', (step, min, exempt, support, expected) => {
    expect(ladderValue(step, min, exempt, support)).toBe(expected);
  });
  it('names the reason for each knock-out', () => {
    const reason = (step: number, minStep: number, exempt: boolean, support: boolean) => ladderReason(step, minStep, exempt, ladderValue(step, minStep, exempt, support), support);
    const code = (step: number, minStep: number, exempt: boolean, support: boolean) => reason(step, minStep, exempt, support).code;
    expect(code(6, 5, true, true)).toBe('exempt');
    expect(code(2, 5, false, true)).toBe('step_too_low');
    expect(code(4, 6, false, true)).toBe('below_minimum');
    expect(code(5, 6, false, true)).toBe('below_minimum');
    expect(code(5, 5, false, true)).toBe('step_qualifies');
  });
  it('qualifies step 5 without support, with the support still to arrange', () => {
    const r = ladderReason(5, 5, false, ladderValue(5, 5, false, false), false);
    expect(r).toEqual({ code: 'step_qualifies', step: 5, minStep: 5, support: 'to_arrange' });
    expect(ladderReason(5, 5, false, ladderValue(5, 5, false, true), true)).toMatchObject({ support: 'offered' });
  });
});

describe('hours factor', () => {
  it('is 1 wherever the ranges overlap, whatever their widths', () => {
    expect(hoursValue(16, 24, 24, 36)).toBe(1);
    expect(hoursValue(32, 40, 24, 36)).toBe(1);
    expect(hoursValue(12, 12, 8, 40)).toBe(1);
  });
  it('knocks out ranges that do not overlap', () => {
    expect(hoursValue(32, 40, 12, 20)).toBe(-1);
    expect(hoursReason({ min: 8, max: 12 }, { min: 20, max: 30 }, hoursValue(8, 12, 20, 30)).code).toBe('no_overlap');
  });
  it('accepts ranges that touch', () => {
    expect(hoursValue(12, 20, 20, 30)).toBe(1);
  });
  it('says the ranges fit, not how many hours are workable', () => {
    const r = hoursReason({ min: 12, max: 24 }, { min: 16, max: 24 }, hoursValue(12, 24, 16, 24));
    expect(hours.sentence.nl(r)).toBe('Uren passen: kandidaat 12–24, vacature 16–24 uur per week.');
    expect(hours.sentence.en(r)).toBe('Hours fit: candidate 12–24, vacancy 16–24 hours a week.');
  });
});

describe('travel factor', () => {
  it('uses km × detour ÷ speed plus overhead', () => {
    // 10 km by bike: 10 × 1.3 / 15 × 60 = 52 minutes; by transit 10 × 1.4 / 30 × 60 + 12 = 40.
    expect(modeMinutes(10, TRAVEL_MODEL.bike)).toBeCloseTo(52, 9);
    expect(modeMinutes(10, TRAVEL_MODEL.transit)).toBeCloseTo(40, 9);
  });
  it('decays from 1 at the door to 0.5 at the maximum and knocks out beyond', () => {
    expect(travelValue(0, 30)).toBe(1);
    expect(travelValue(15, 30)).toBeCloseTo(0.875, 12);
    expect(travelValue(30, 30)).toBe(0.5);
    expect(travelValue(30.01, 30)).toBe(-1);
  });
});

describe('sector factor', () => {
  it('scores preferred, experience, neutral, shortage and excluded', () => {
    expect(sectorValue(2, false)).toBe(1);
    expect(sectorValue(1, false)).toBe(0.8);
    expect(sectorValue(0, false)).toBe(0.5);
    expect(sectorValue(0, true)).toBeCloseTo(0.6, 12);
    expect(sectorValue(4, false)).toBe(0.5);
    expect(sectorValue(3, true)).toBe(-1);
  });
});
