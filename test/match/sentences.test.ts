// Golden sentences (issue 13 §4): every factor reason and every knock-out, in Dutch and English, on hand-made records.
// The expected strings are written by hand from the README's scoring model, not copied from output.
import { describe, expect, it } from 'vitest';
import { createMatcher, explainMatch, type CandidateInput, type VacancyInput } from '../../src/index.js';

// One point in Noordwijk: where both records stand on it, travel is 0 min and 0.0 km.
const here = { lat: 52.2406, lon: 4.4464 };

const candidate = (over: Partial<CandidateInput> = {}): CandidateInput => ({
  id: 'c1',
  municipality: 'Noordwijk',
  location: here,
  ladderStep: 6,
  competences: ['Barista', { label: 'Heftruckcertificaat', level: 2 }, 'Nederlands B2'],
  hours: { min: 24, max: 32 },
  travel: { maxMinutes: 30, modes: ['bike'] },
  sectors: { preferred: ['horeca'] },
  ...over,
});

const vacancy = (over: Partial<VacancyInput> = {}): VacancyInput => ({
  id: 'v1',
  employerId: 'w1',
  municipality: 'Noordwijk',
  location: here,
  sector: 'horeca',
  competences: ['Barista', { label: 'Heftruckcertificaat', level: 3 }, 'Nederlandse taal B1', 'HACCP'],
  hours: { min: 24, max: 36 },
  ...over,
});

function explain(c: Partial<CandidateInput>, v: Partial<VacancyInput>) {
  const match = createMatcher({ candidates: [candidate(c)], vacancies: [vacancy(v)] }).score('c1', 'v1');
  return { nl: explainMatch(match), en: explainMatch(match, { locale: 'en' }) };
}

describe('golden sentences of an eligible match', () => {
  it('names what is present with the levels given, what is lacking, and every other factor', () => {
    // Barista 1 + Heftruck 1 × 2/3 + Dutch (transversal, B2 meets B1) 0.5 + HACCP 0, over 3.5: 61.9%.
    expect(explain({}, {})).toEqual({
      nl: [
        'Competenties: 3 van de 4 gevraagde competenties aanwezig, dekking 62%; heeft Barista, Heftruckcertificaat (niveau 2, gevraagd niveau 3, telt voor 67%) en Nederlandse taal B2 (gevraagd: Nederlandse taal B1); mist HACCP.',
        'Trede 6 op de participatieladder: klaar voor betaald werk.',
        'Uren passen: kandidaat 24–32, vacature 24–36 uur per week.',
        'Reistijd 0 min per fiets (maximaal 30), 0,0 km hemelsbreed.',
        'Sector horeca (tekortsector): voorkeur van de kandidaat.',
      ],
      en: [
        'Competences: 3 of the 4 competences asked present, coverage 62%; has Barista, Heftruckcertificaat (level 2, asked level 3, counts for 67%) and Nederlandse taal B2 (asked: Nederlandse taal B1); lacks HACCP.',
        'Step 6 on the participation ladder: ready for paid work.',
        'Hours fit: candidate 24–32, vacancy 24–36 hours a week.',
        'Travel time 0 min by bike (max 30), 0.0 km as the crow flies.',
        "Sector horeca (shortage sector): the candidate's preference.",
      ],
    });
  });

  it('states no level that was not given, and names missing data for people', () => {
    const s = explain({ competences: ['Heftruckcertificaat', 'Onderwaterlassen op Mars'], sectors: undefined }, { competences: [{ label: 'Heftruckcertificaat', level: 2 }] });
    expect([s.nl[0], s.nl[4], s.nl[5]]).toEqual([
      'Competenties: de gevraagde competentie is aanwezig, dekking 100%; heeft Heftruckcertificaat (niveau niet opgegeven, gevraagd niveau 2).',
      'Sector horeca (tekortsector): sectorvoorkeur van de kandidaat niet opgegeven, neutraal gescoord.',
      'Niet opgegeven of niet herkend: competentie "Onderwaterlassen op Mars" van de kandidaat (niet in de woordenlijst); niveau van Heftruckcertificaat (telt als voldoende); sectorvoorkeur van de kandidaat (neutraal gescoord).',
    ]);
    expect([s.en[0], s.en[4], s.en[5]]).toEqual([
      'Competences: the one competence asked is present, coverage 100%; has Heftruckcertificaat (level not given, asked level 2).',
      "Sector horeca (shortage sector): the candidate's sector preferences not given, scored neutrally.",
      'Not given or not recognised: the candidate\'s competence "Onderwaterlassen op Mars" (not in the vocabulary); level of Heftruckcertificaat (counted as sufficient); the candidate\'s sector preferences (scored neutrally).',
    ]);
  });

  it('shows a level the candidate gave where the vacancy asks none, without scaling the credit', () => {
    const s = explain({ competences: [{ label: 'Barista', level: 1 }] }, { competences: ['Barista'] });
    expect(s.nl[0]).toBe('Competenties: de gevraagde competentie is aanwezig, dekking 100%; heeft Barista (niveau 1).');
    expect(s.en[0]).toBe('Competences: the one competence asked is present, coverage 100%; has Barista (level 1).');
  });

  it('credits a lower Dutch level than an asked one in part', () => {
    // A2 is CEFR rank 2 of B1's 3.
    const s = explain({ competences: ['Nederlands A2'] }, { competences: ['Nederlandse taal B1'] });
    expect(s.nl[0]).toBe('Competenties: de gevraagde competentie is aanwezig, dekking 67%; heeft Nederlandse taal A2 (gevraagd: Nederlandse taal B1, telt voor 67%).');
    expect(s.en[0]).toBe('Competences: the one competence asked is present, coverage 67%; has Nederlandse taal A2 (asked: Nederlandse taal B1, counts for 67%).');
  });

  it('says so when the vacancy asks nothing, and when the candidate has experience in the sector', () => {
    const s = explain({ sectors: { experience: ['logistiek'] } }, { competences: [], sector: 'logistiek' });
    expect([s.nl[0], s.nl[4], s.nl[5]]).toEqual([
      'Competenties: de vacature vraagt geen specifieke competenties (neutraal gescoord).',
      'Sector logistiek: de kandidaat heeft ervaring in deze sector.',
      'Niet opgegeven of niet herkend: gevraagde competenties (neutraal gescoord).',
    ]);
    expect([s.en[0], s.en[4], s.en[5]]).toEqual([
      'Competences: the vacancy asks for no specific competences (scored neutrally).',
      'Sector logistiek: the candidate has experience in this sector.',
      'Not given or not recognised: the competences asked (scored neutrally).',
    ]);
  });

  it('names a neutral sector', () => {
    const s = explain({ sectors: { preferred: ['zorg'] } }, { sector: 'logistiek' });
    expect([s.nl[4], s.en[4]]).toEqual(['Sector logistiek: geen voorkeur of ervaring.', 'Sector logistiek: no preference or experience.']);
  });

  it('explains a required Dutch level held lower under job carving', () => {
    const s = explain({ competences: ['Barista', 'Nederlands A2'] }, { competences: [{ label: 'Nederlandse taal B1', required: true }, 'Barista'], support: { jobCarving: true } });
    // Barista 1 of 1.5 (Dutch weighs 0.5): 67%.
    expect(s.nl[0]).toBe(
      'Competenties: 1 van de 2 gevraagde competenties aanwezig, dekking 67%; heeft Barista; mist Nederlandse taal B1 (heeft Nederlandse taal A2), goed voor 33% van het gevraagde gewicht; de werkgever staat open voor jobcarving, dus verplichte competenties kosten punten in plaats van uit te sluiten.',
    );
    expect(s.en[0]).toBe(
      'Competences: 1 of the 2 competences asked present, coverage 67%; has Barista; lacks Nederlandse taal B1 (has Nederlandse taal A2), 33% of the weight asked; the employer is open to job carving, so missing required competences cost points instead of excluding.',
    );
  });

  it('says what the missing competences weigh where the count alone would mislead, and not where it would not', () => {
    // The trade weighs 3 of 4.5: two of three present is a coverage of a third.
    const heavy = explain({ competences: ['Huishoudelijke hulp', 'Nederlands B1'] }, { competences: [{ label: 'Zorghulp', weight: 3 }, 'Huishoudelijke hulp', 'Nederlandse taal B1'] });
    expect(heavy.nl[0]).toBe(
      'Competenties: 2 van de 3 gevraagde competenties aanwezig, dekking 33%; heeft Huishoudelijke hulp en Nederlandse taal B1; mist Zorghulp, goed voor 67% van het gevraagde gewicht.',
    );
    expect(heavy.en[0]).toMatch(/; lacks Zorghulp, 67% of the weight asked\.$/);
    const several = explain({ competences: ['Nederlands B1'] }, { competences: [{ label: 'Zorghulp', weight: 3 }, 'Huishoudelijke hulp', 'Nederlandse taal B1'] });
    expect(several.nl[0]).toMatch(/; mist Zorghulp en Huishoudelijke hulp, samen goed voor 89% van het gevraagde gewicht\.$/);
    expect(several.en[0]).toMatch(/; lacks Zorghulp and Huishoudelijke hulp, together 89% of the weight asked\.$/);
    // Equal weights: the count says it all.
    const even = explain({ competences: ['Zorghulp'] }, { competences: ['Zorghulp', 'Huishoudelijke hulp'] });
    expect(even.nl[0]).toBe('Competenties: 1 van de 2 gevraagde competenties aanwezig, dekking 50%; heeft Zorghulp; mist Huishoudelijke hulp.');
  });

  it('words each ladder step that qualifies', () => {
    const ladder = (step: 4 | 5, v: Partial<VacancyInput>) => {
      const s = explain({ ladderStep: step }, v);
      return [s.nl[1], s.en[1]];
    };
    expect(ladder(4, { minLadderStep: 4 })).toEqual(['Trede 4 op de participatieladder: de vacature staat open voor trede 4.', 'Step 4 on the participation ladder: the vacancy accepts step 4.']);
    expect(ladder(5, { support: { jobCoach: true } })).toEqual([
      'Trede 5 op de participatieladder: betaald werk met ondersteuning, en deze werkgever biedt een jobcoach of loonkostensubsidie.',
      'Step 5 on the participation ladder: paid work with support, which this employer offers (job coach or wage subsidy).',
    ]);
    expect(ladder(5, {})).toEqual([
      'Trede 5 op de participatieladder: betaald werk met ondersteuning; deze werkgever biedt die nog niet, te regelen: een jobcoach, loonkostensubsidie en de no-riskpolis.',
      'Step 5 on the participation ladder: paid work with support; this employer offers none yet, to arrange: a job coach, wage cost subsidy (loonkostensubsidie) and the no-risk policy (no-riskpolis).',
    ]);
  });
});

describe('golden sentences of knock-outs', () => {
  it('gives every factor sentence and one sentence per knock-out when everything fails', () => {
    // Katwijk's and Noordwijk's reference points lie 9.87 km apart: × 1.3 ÷ 5 km/h = 154 min on foot.
    const s = explain(
      { ladderStep: 2, competences: [], hours: { min: 4, max: 8 }, municipality: 'Katwijk', location: undefined, travel: { maxMinutes: 20, modes: ['walk'] }, sectors: { excluded: ['horeca'] } },
      { location: undefined, competences: [{ label: 'Barista', required: true }] },
    );
    expect(s.nl).toEqual([
      'Competenties: de gevraagde competentie ontbreekt, dekking 0%; mist Barista.',
      'Trede 2 op de participatieladder: nog te ver van betaald werk.',
      'Uren passen niet: kandidaat 4–8, vacature 24–36 uur per week.',
      'Reistijd 154 min te voet (maximaal 20), 9,9 km hemelsbreed, gerekend vanaf het midden van de woongemeente tot het midden van de gemeente van de vacature.',
      'Sector horeca (tekortsector): de kandidaat sluit deze sector uit.',
      'Uitgesloten: een verplichte competentie of het verplichte taalniveau ontbreekt, en de werkgever staat niet open voor jobcarving.',
      'Uitgesloten: treden 1–3 komen niet in aanmerking voor betaald werk.',
      'Uitgesloten: de uren van kandidaat en vacature overlappen niet.',
      'Uitgesloten: reistijd boven het maximum van de kandidaat.',
      'Uitgesloten: de kandidaat wil niet in deze sector werken.',
      'Niet opgegeven of niet herkend: woonadres van de kandidaat (reistijd geschat vanaf de woongemeente); adres van de vacature (reistijd geschat naar de gemeente).',
    ]);
    expect(s.en).toEqual([
      'Competences: the one competence asked is missing, coverage 0%; lacks Barista.',
      'Step 2 on the participation ladder: still too far from paid work.',
      'Hours do not fit: candidate 4–8, vacancy 24–36 hours a week.',
      "Travel time 154 min on foot (max 20), 9.9 km as the crow flies, counted from the centre of the home municipality to the centre of the vacancy's municipality.",
      'Sector horeca (shortage sector): the candidate excludes this sector.',
      'Excluded: a required competence or the required language level is missing, and the employer is not open to job carving.',
      'Excluded: steps 1–3 do not qualify for paid work.',
      "Excluded: the candidate's and the vacancy's hours do not overlap.",
      "Excluded: travel time above the candidate's maximum.",
      'Excluded: the candidate does not want to work in this sector.',
      "Not given or not recognised: the candidate's address (travel time estimated from the municipality); the vacancy's address (travel time estimated to the municipality).",
    ]);
  });

  it('excludes a required Dutch level held lower, and NT2-traject', () => {
    for (const held of ['Nederlands A2', 'NT2']) {
      const s = explain({ competences: [held] }, { competences: [{ label: 'Nederlandse taal B1', required: true }] });
      expect(s.nl.at(-1)).toBe('Uitgesloten: een verplichte competentie of het verplichte taalniveau ontbreekt, en de werkgever staat niet open voor jobcarving.');
    }
    const s = explain({ competences: ['Nederlands A2'] }, { competences: [{ label: 'Nederlandse taal B1', required: true }] });
    expect([s.nl[0], s.en[0]]).toEqual([
      'Competenties: de gevraagde competentie ontbreekt, dekking 0%; mist Nederlandse taal B1 (heeft Nederlandse taal A2).',
      'Competences: the one competence asked is missing, coverage 0%; lacks Nederlandse taal B1 (has Nederlandse taal A2).',
    ]);
  });

  it('words the exempt and below-minimum ladder knock-outs', () => {
    const exempt = explain({ exempt: true }, {});
    expect([exempt.nl[1], exempt.nl.at(-1), exempt.en[1], exempt.en.at(-1)]).toEqual([
      'Trede 6, maar ontheffing van de arbeidsverplichting.',
      'Uitgesloten: ontheffing van de arbeidsverplichting, nooit gematcht.',
      'Step 6, but exempt from the obligation to work.',
      'Excluded: exempt from the obligation to work, never matched.',
    ]);
    const below = explain({ ladderStep: 5 }, { minLadderStep: 6, support: { jobCoach: true } });
    expect([below.nl[1], below.nl.at(-1), below.en[1], below.en.at(-1)]).toEqual([
      'Trede 5 op de participatieladder; de vacature vraagt minimaal trede 6.',
      'Uitgesloten: trede lager dan de vacature vraagt.',
      'Step 5 on the participation ladder; the vacancy asks for at least step 6.',
      'Excluded: ladder step below what the vacancy asks.',
    ]);
  });
});
