// A week's vacancies in the Bollenstreek filled from the demo caseload, with the three strategies side by side.
import { assignPlacements, createMatcher, generateSyntheticRegion, type Assignment } from 'werkmatch';

const matcher = createMatcher(generateSyntheticRegion({ seed: 2026, candidates: 600, vacancies: 60 }));
const strategies = ['optimal', 'stable', 'greedy'] as const;
const results: Record<(typeof strategies)[number], Assignment> = {
  optimal: assignPlacements(matcher, { strategy: 'optimal', fallback: 'when-none', date: '2026-03-02' }),
  stable: assignPlacements(matcher, { strategy: 'stable', fallback: 'when-none' }),
  greedy: assignPlacements(matcher, { strategy: 'greedy', fallback: 'when-none' }),
};

const cell = (a: Assignment, vacancyId: string) =>
  a.placements
    .filter((p) => p.vacancyId === vacancyId)
    .map((p) => `${p.candidateId} ${p.score.toFixed(2)}${p.tier === 'home' ? '' : ` (${p.tier[0]})`}`)
    .join(', ') || '—';

console.log('Week of 2 March 2026 — Bollenstreek, fallback only where no home candidate fits ((f) fallback, (r) region)\n');
console.log(`${'vacancy'.padEnd(8)}  ${strategies.map((s) => s.padEnd(30)).join('  ')}`);
const vacancyIds = [...new Set(results.optimal.placements.map((p) => p.vacancyId).concat(results.optimal.openPositions.map((o) => o.vacancyId)))].sort();
for (const v of vacancyIds) console.log(`${v.padEnd(8)}  ${strategies.map((s) => cell(results[s], v).slice(0, 30).padEnd(30)).join('  ')}`);

console.log('\nstrategy  placements  total score  home  fallback  region  open positions');
for (const s of strategies) {
  const a = results[s];
  const open = a.openPositions.reduce((t, o) => t + o.open, 0);
  console.log(
    `${s.padEnd(8)}  ${String(a.placements.length).padStart(10)}  ${a.totalScore.toFixed(2).padStart(11)}  ${String(a.byTier.home).padStart(4)}  ${String(a.byTier.fallback).padStart(8)}  ${String(a.byTier.region).padStart(6)}  ${String(open).padStart(14)}`,
  );
}
console.log(`\nper municipality (optimal): ${results.optimal.byMunicipality.map((m) => `${m.municipality} ${m.placements}`).join(' · ')}`);
const withInstruments = results.optimal.placements.find((p) => (p.instruments?.length ?? 0) > 0);
if (withInstruments) console.log(`instruments for ${withInstruments.candidateId} on ${withInstruments.vacancyId}: ${withInstruments.instruments!.map((i) => i.instrument).join(', ')}`);
