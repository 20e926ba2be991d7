// The README's usage example, run in CI.
import { createMatcher, explainMatch } from 'werkmatch';

const matcher = createMatcher({
  candidates: [
    {
      id: 'k-0412', // pseudonymous: the library needs no names
      municipality: 'Katwijk',
      ladderStep: 5,
      competences: ['VIG', { label: 'HACCP', level: 3 }],
      hours: { min: 16, max: 24 },
      travel: { maxMinutes: 45, modes: ['bike', 'transit'] },
      sectors: { preferred: ['zorg'] },
    },
  ],
  vacancies: [
    {
      id: 'v-17',
      employerId: 'w-3',
      municipality: 'Noordwijk',
      sector: 'zorg',
      competences: [{ label: 'Verzorgende IG', required: true }, 'HACCP'],
      hours: { min: 20, max: 32 },
      support: { jobCoach: true },
    },
  ],
});

for (const match of matcher.rankCandidates('v-17', { limit: 5 })) {
  console.log(match.candidateId, match.tier, match.score.toFixed(2));
  for (const sentence of explainMatch(match)) console.log('  ·', sentence);
}
