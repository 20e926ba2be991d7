// The demo behind `werkmatch demo` and `npm start`: a seeded Bollenstreek caseload matched to the
// week's vacancies, as an account manager reads it. Returns lines; main.ts prints them.
import { explainMatch } from '../match/explain.js';
import { createMatcher } from '../match/matcher.js';
import type { Match } from '../engine/types.js';
import type { CandidateInput, VacancyInput } from '../schema/records.js';
import { generateSyntheticRegion } from '../synthetic/region.js';

export const DEMO_SEED = 2026;

const count = <T>(items: readonly T[], key: (t: T) => string) =>
  items.reduce<Record<string, number>>((acc, t) => {
    acc[key(t)] = (acc[key(t)] ?? 0) + 1;
    return acc;
  }, {});
const isShortage = (v: VacancyInput) => ['zorg', 'horeca'].includes(v.sector);
const TIER_NL = { home: 'eigen gemeente', fallback: 'terugvalgemeente', region: 'regio', outside: 'buiten de regio' } as const;
const SUPPORT_NL = { jobCoach: 'jobcoach', wageSubsidy: 'loonkostensubsidie', jobCarving: 'jobcarving' } as const;

/** The demo's output, line by line: 600 candidates and 60 vacancies for a seed, ranked and explained. */
export function demoLines(seed: number = DEMO_SEED): string[] {
  const region = generateSyntheticRegion({ seed, candidates: 600, vacancies: 60 });
  const matcher = createMatcher(region);
  const candidateById = new Map<string, CandidateInput>(region.candidates.map((c) => [c.id, c]));
  const vacancyById = new Map<string, VacancyInput>(region.vacancies.map((v) => [v.id, v]));
  const out: string[] = [];
  const line = (s = '') => out.push(s);

  line(`werkmatch demo — Bollenstreek caseload (seed ${seed})`);
  line('='.repeat(72));
  line(`${region.candidates.length} werkzoekenden, ${region.vacancies.length} vacatures in Noordwijk, Hillegom, Lisse, Katwijk en Teylingen`);
  line(
    `Per gemeente: ${Object.entries(count(region.candidates, (c) => c.municipality))
      .map(([m, n]) => `${m} ${n}`)
      .join(', ')}`,
  );
  const ladder = count(region.candidates, (c) => String(c.ladderStep));
  line(`Participatieladder: ${[1, 2, 3, 4, 5, 6].map((s) => `trede ${s}: ${ladder[s] ?? 0}`).join(', ')}`);
  const partTime = region.candidates.filter((c) => c.hours.max < 32).length;
  line(`Deeltijd (max < 32 uur): ${partTime} (${Math.round((100 * partTime) / Math.max(region.candidates.length, 1))}%)`);
  line(
    `Vacatures per sector: ${Object.entries(count(region.vacancies, (v) => v.sector))
      .sort((a, b) => b[1] - a[1])
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}`,
  );
  const r = matcher.report.competences;
  line(
    `Competenties: ${r.distinctLabels} verschillende schrijfwijzen, woordenlijst van ${r.vocabularySize}; ${r.bySpelling.length} herkend via spelling (bijv. ${r.bySpelling
      .slice(0, 2)
      .map((s) => `"${s.label}" → ${s.resolvedTo}`)
      .join(', ')}), ${r.unresolved.length} onbekend.`,
  );
  line();

  const printVacancy = (v: VacancyInput, matches: readonly Match[], note = ''): void => {
    const support = Object.entries(v.support ?? {})
      .filter(([, on]) => on)
      .map(([k]) => SUPPORT_NL[k as keyof typeof SUPPORT_NL]);
    line(`▶ ${v.id} ${v.title ?? ''} — ${v.municipality}, sector ${v.sector}, ${v.hours.min}–${v.hours.max} uur${support.length ? `, ondersteuning: ${support.join(', ')}` : ''}${note}`);
    if (matches.length === 0) line('  Geen geschikte kandidaat in de eigen gemeente, de terugvalgemeenten of de regio.');
    matches.forEach((m, i) => {
      const c = candidateById.get(m.candidateId);
      line(`  ${i + 1}. ${m.candidateId} (${c?.municipality ?? '?'}, trede ${c?.ladderStep ?? '?'}, ${TIER_NL[m.tier]}) — score ${m.score.toFixed(2)}`);
      for (const sentence of explainMatch(m)) line(`       · ${sentence}`);
    });
    line();
  };

  // A few of this week's vacancies, shortage sectors first, each with its three best candidates.
  const shown = [...region.vacancies]
    .sort((a, b) => Number(isShortage(b)) - Number(isShortage(a)) || (a.id < b.id ? -1 : 1))
    .filter((v) => matcher.rankCandidates(v.id, { limit: 1 }).length > 0)
    .slice(0, 4);
  for (const v of shown) printVacancy(v, matcher.rankCandidates(v.id, { limit: 3 }));

  // A vacancy filled from the fallback pool: nobody suitable at home, so the neighbours are asked.
  const fromFallback = region.vacancies.find((v) => matcher.rankCandidates(v.id, { limit: 1 })[0]?.tier === 'fallback');
  if (fromFallback) printVacancy(fromFallback, matcher.rankCandidates(fromFallback.id, { limit: 3 }), ' — geen geschikte kandidaat in de eigen gemeente');

  // The other direction: the best vacancies for one step-5 candidate.
  const person = region.candidates.find((c) => c.ladderStep === 5 && matcher.rankVacancies(c.id, { limit: 1 }).length > 0);
  if (person) {
    line(`◀ Vacatures voor ${person.id} (${person.municipality}, trede 5, ${person.hours.min}–${person.hours.max} uur):`);
    for (const m of matcher.rankVacancies(person.id, { limit: 3 })) {
      const v = vacancyById.get(m.vacancyId);
      line(`  ${m.vacancyId} ${v?.title ?? ''} (${v?.municipality ?? '?'}, ${v?.sector ?? '?'}) — score ${m.score.toFixed(2)}, ${m.travel.minutes.toFixed(0)} min reistijd`);
    }
  }
  return out;
}
