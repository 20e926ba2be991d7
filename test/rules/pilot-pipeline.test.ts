import { describe, expect, it } from 'vitest';
import type { EmployerContact } from '../../src/rules/pilot.js';
import { PIPELINE_DEFAULTS, pipeline } from '../../src/rules/pipeline.js';
import { issuesOf } from './helpers.js';

const employers = [{ id: 'hotel', whiteSpot: true }, { id: 'care', whiteSpot: true }, { id: 'farm', whiteSpot: true }, { id: 'bakery', whiteSpot: true }, { id: 'shop' }, { id: 'garage' }];
const contacts: EmployerContact[] = [
  { employerId: 'hotel', date: '2025-01-13', kind: 'approach' },
  { employerId: 'care', date: '2025-02-03', kind: 'approach' },
  { employerId: 'care', date: '2025-02-17', kind: 'appointment' },
  { employerId: 'farm', date: '2025-03-10', kind: 'visit' },
  { employerId: 'bakery', date: '2025-08-01', kind: 'approach' },
  { employerId: 'shop', date: '2025-04-01', kind: 'approach' },
];
const vacancies = [{ employerId: 'farm', date: '2025-04-14' }];
const placements = [{ candidateId: 'c1', employerId: 'hotel', municipality: 'Noordwijk', start: '2025-03-03' }];
const options = { asOf: '2025-06-30', vacancies, placements };

describe('pipeline', () => {
  it('counts an employer in its stage and in every stage before it', () => {
    // hotel: approach → placement; care: appointment; farm: visit → vacancy; shop: approach; bakery: after asOf; garage: nothing.
    expect(pipeline(employers, contacts, options)).toEqual({
      approached: 4,
      appointment: 3,
      visit: 2,
      vacancy: 2,
      placement: 1,
      appointmentRate: 0.75,
      target: 0.2,
      meetsTarget: true,
    });
  });

  it('holds the rate against the Noordwijk target of 20% unless told otherwise', () => {
    expect(PIPELINE_DEFAULTS.target).toBe(0.2);
    expect(pipeline(employers, contacts, { ...options, target: 0.8 })).toMatchObject({ appointmentRate: 0.75, meetsTarget: false });
    expect(pipeline(employers, contacts.slice(0, 1).concat(contacts.slice(4)), { asOf: '2025-12-31' })).toMatchObject({ approached: 3, appointment: 0, meetsTarget: false });
  });

  it('gives rate 0 and no target met when no employer was approached, whatever the target', () => {
    expect(pipeline(employers, [], { asOf: '2025-06-30', target: 0 })).toEqual({
      approached: 0,
      appointment: 0,
      visit: 0,
      vacancy: 0,
      placement: 0,
      appointmentRate: 0,
      target: 0,
      meetsTarget: false,
    });
  });

  it('counts white-spot employers only when asked, and what happened from `from` on', () => {
    expect(pipeline(employers, contacts, { ...options, whiteSpotOnly: true })).toMatchObject({ approached: 3, appointment: 3, appointmentRate: 1 });
    expect(pipeline(employers, contacts, { ...options, from: '2025-03-04' })).toMatchObject({ approached: 2, appointment: 1, visit: 1, vacancy: 1, placement: 0 });
  });

  it('names every bad employer, contact, vacancy and placement', () => {
    const bad = {
      ...options,
      vacancies: [{ employerId: 'nobody', date: '2025-04-01' }],
      placements: [{ candidateId: 'c1', employerId: 'hotel', municipality: 'Noordwijk', start: '2025-03-03', end: '2025-03-01' }],
    };
    const badContacts = [{ employerId: 'hotel', date: '2025-01-13', kind: 'lunch' }] as never;
    expect(issuesOf(() => pipeline([...employers, { id: 'shop' }], badContacts, bad))).toEqual([
      ['duplicate_id', 'employers', 6, 'id'],
      ['invalid_value', 'contacts', 0, 'kind'],
      ['unknown_employer', 'vacancies', 0, 'employerId'],
      ['end_before_start', 'placements', 0, 'end'],
    ]);
  });

  it('throws naming the function for misused options', () => {
    expect(() => pipeline(employers, contacts, null as never)).toThrow(/^pipeline: options \{ asOf \} are required/);
    expect(() => pipeline(employers, contacts, { asOf: '2025-13-01' })).toThrow(RangeError);
    expect(() => pipeline(employers, contacts, { asOf: '2025-06-30', target: 1.5 })).toThrow(/^pipeline: target must be a share from 0 to 1/);
    expect(() => pipeline(employers, contacts, { asOf: '2025-06-30', target: Number.NaN })).toThrow(/^pipeline: target/);
    expect(() => pipeline(employers, contacts, { asOf: '2025-06-30', from: '2025-07-01' })).toThrow(/^pipeline: from 2025-07-01 lies after asOf/);
    expect(() => pipeline(employers, contacts, { asOf: '2025-06-30', whiteSpotOnly: 'yes' as never })).toThrow(TypeError);
  });
});
