// The demo behind `werkmatch demo` and `npm start`: a seeded Bollenstreek caseload matched to the
// week's vacancies, as an account manager reads it. Returns lines; main.ts prints them.
import countBy from 'lodash/countBy.js';
import orderBy from 'lodash/orderBy.js';
import { explainMatch } from '../match/explain.js';
import { createMatcher, type Matcher } from '../match/matcher.js';
import { FACTORS, type Factor } from '../schema/config.js';
import type { Match } from '../engine/types.js';
import type { CandidateInput, VacancyInput } from '../schema/records.js';
import { syntheticCoreCompetence } from '../synthetic/occupations.js';
import { generateSyntheticRegion } from '../synthetic/region.js';
import type { KnockoutCode } from '../basics/errors.js';

export const DEMO_SEED = 2026;

const isShortage = (v: VacancyInput) => ['zorg', 'horeca'].includes(v.sector);
const TIER_NL = { home: 'eigen gemeente', fallback: 'terugvalgemeente', region: 'regio', outside: 'buiten de regio' } as const;
const SUPPORT_NL = { jobCoach: 'jobcoach', wageSubsidy: 'loonkostensubsidie', jobCarving: 'jobcarving' } as const;
const FACTOR_NL: Readonly<Record<Factor, string>> = { competence: 'competenties', ladder: 'trede', hours: 'uren', travel: 'reistijd', sector: 'sector' };
// Why someone who holds the trade is not ranked: their first knock-out in this order.
const KNOCKOUTS_NL: readonly (readonly [code: KnockoutCode, text: string])[] = [
  ['exempt', 'ontheffing'],
  ['step_too_low', 'trede 1–3'],
  ['below_minimum', 'trede lager dan gevraagd'],
  ['too_far', 'te ver weg'],
  ['no_overlap', 'uren passen niet'],
  ['excluded', 'sluit de sector uit'],
  ['missing_required', 'mist een andere verplichte competentie'],
];
const decimal = (x: number) => x.toFixed(2).replace('.', ',');

const holds = (m: Match, label: string): boolean => {
  const r = m.factors.competence.reason;
  return r.code !== 'none_asked' && r.matched.some((x) => x.label === label);
};

/**
 * One line saying why the best candidate lacks the vacancy's trade (its core competence), read from the data:
 * nobody has it, or those who have it rank lower, are not consulted, score too low or are knocked out. Undefined when the best has it.
 */
export function coreCompetenceNote(matcher: Matcher, candidates: readonly CandidateInput[], vacancy: VacancyInput, best: Match | undefined): string | undefined {
  const core = syntheticCoreCompetence(vacancy);
  if (!core || !best || holds(best, core.label)) return undefined;
  const lead = `Let op: de beste kandidaat mist de vakcompetentie ${core.label}`;
  const holders = candidates.map((c) => matcher.score(c.id, vacancy.id)).filter((m) => holds(m, core.label));
  if (holders.length === 0) return `${lead} — geen van de ${candidates.length} werkzoekenden heeft die.`;
  const ranked = matcher.rankCandidates(vacancy.id, { limit: candidates.length });
  const place = ranked.findIndex((m) => holds(m, core.label));
  const first = ranked[place];
  if (first) {
    const gap = (f: Factor) => best.factors[f].contribution - first.factors[f].contribution;
    const behind = FACTORS.reduce((a, f) => (gap(f) > gap(a) ? f : a));
    return `${lead} — ${first.candidateId} heeft die wel en staat op plaats ${place + 1} (score ${decimal(first.score)}, lager op ${FACTOR_NL[behind]}).`;
  }
  const reasonOf = (m: Match): string =>
    m.eligible
      ? m.tier === 'outside'
        ? 'woont buiten de regio'
        : m.score < matcher.config.suitableScore
          ? `score onder ${decimal(matcher.config.suitableScore)}`
          : m.tier === 'region'
            ? `woont elders in de regio (${vacancy.municipality} en de terugvalgemeenten gaan voor)`
            : `woont in een terugvalgemeente (${vacancy.municipality} gaat voor)`
      : (KNOCKOUTS_NL.find(([code]) => m.knockouts.some((k) => k.code === code))?.[1] ?? m.knockouts[0].code);
  // Most frequent first, then alphabetically.
  const reasons = orderBy(Object.entries(countBy(holders, reasonOf)), [1, 0], ['desc', 'asc']);
  return holders.length === 1
    ? `${lead} — de enige werkzoekende die die wel heeft, valt af: ${reasons[0]![0]}.`
    : `${lead} — de ${holders.length} werkzoekenden die die wel hebben, vallen af: ${reasons.map(([reason, n]) => `${reason}: ${n}`).join(', ')}.`;
}

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
    `Per gemeente: ${Object.entries(countBy(region.candidates, (c) => c.municipality))
      .map(([m, n]) => `${m} ${n}`)
      .join(', ')}`,
  );
  const ladder = countBy(region.candidates, (c) => c.ladderStep);
  line(`Participatieladder: ${[1, 2, 3, 4, 5, 6].map((s) => `trede ${s}: ${ladder[s] ?? 0}`).join(', ')}`);
  const partTime = region.candidates.filter((c) => c.hours.max < 32).length;
  line(`Deeltijd (max < 32 uur): ${partTime} (${Math.round((100 * partTime) / Math.max(region.candidates.length, 1))}%)`);
  line(
    `Vacatures per sector: ${orderBy(Object.entries(countBy(region.vacancies, (v) => v.sector)), 1, 'desc')
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

  const printVacancy = (v: VacancyInput, matches: readonly Match[]): void => {
    // Whenever only other tiers are listed, say so: nobody suitable lives in the vacancy's own municipality.
    const note = matches.length > 0 && matches.every((m) => m.tier !== 'home') ? ' — geen geschikte kandidaat in de eigen gemeente' : '';
    const support = Object.entries(v.support ?? {})
      .filter(([, on]) => on)
      .map(([k]) => SUPPORT_NL[k as keyof typeof SUPPORT_NL]);
    line(`▶ ${v.id} ${v.title ?? ''} — ${v.municipality}, sector ${v.sector}, ${v.hours.min}–${v.hours.max} uur${support.length ? `, ondersteuning: ${support.join(', ')}` : ''}${note}`);
    const lacking = coreCompetenceNote(matcher, region.candidates, v, matches[0]);
    if (lacking) line(`  ${lacking}`);
    if (matches.length === 0) line('  Geen geschikte kandidaat in de eigen gemeente, de terugvalgemeenten of de regio.');
    matches.forEach((m, i) => {
      const c = candidateById.get(m.candidateId);
      line(`  ${i + 1}. ${m.candidateId} (${c?.municipality ?? '?'}, trede ${c?.ladderStep ?? '?'}, ${TIER_NL[m.tier]}) — score ${decimal(m.score)}`);
      for (const sentence of explainMatch(m)) line(`       · ${sentence}`);
    });
    line();
  };

  // A few of this week's vacancies, shortage sectors first, each with its three best candidates.
  const shown = orderBy(region.vacancies, [isShortage, 'id'], ['desc', 'asc'])
    .filter((v) => matcher.rankCandidates(v.id, { limit: 1 }).length > 0)
    .slice(0, 4);
  for (const v of shown) printVacancy(v, matcher.rankCandidates(v.id, { limit: 3 }));

  // A vacancy filled from the fallback pool: nobody suitable at home, so the neighbours are asked.
  const fromFallback = region.vacancies.find((v) => !shown.includes(v) && matcher.rankCandidates(v.id, { limit: 1 })[0]?.tier === 'fallback');
  if (fromFallback) printVacancy(fromFallback, matcher.rankCandidates(fromFallback.id, { limit: 3 }));

  // The other direction: the best vacancies for one step-5 candidate.
  const person = region.candidates.find((c) => c.ladderStep === 5 && matcher.rankVacancies(c.id, { limit: 1 }).length > 0);
  if (person) {
    line(`◀ Vacatures voor ${person.id} (${person.municipality}, trede 5, ${person.hours.min}–${person.hours.max} uur):`);
    for (const m of matcher.rankVacancies(person.id, { limit: 3 })) {
      const v = vacancyById.get(m.vacancyId);
      line(`  ${m.vacancyId} ${v?.title ?? ''} (${v?.municipality ?? '?'}, ${v?.sector ?? '?'}) — score ${decimal(m.score)}, ${m.travel.minutes.toFixed(0)} min reistijd`);
    }
  }
  return out;
}
