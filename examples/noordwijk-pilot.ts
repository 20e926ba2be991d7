// Noordwijk's white-spot pilot over 2026 (seeds/000): synthetic placements, employers and contacts from a fixed seed,
// reported at each evaluation checkpoint (1, 3 and 11 months after the start, 12 after the end), with the money and the
// employer pipeline. The same data through the command line: `werkmatch report … --pilot-start 2026-01-01 …`.
import { type EmployerContact, type PilotEmployer, type PilotPlacement, pilotReport, pipeline } from 'werkmatch';

// mulberry32: a small seeded generator, so every run prints the same report.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(2026);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const day = (offset: number): string => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);

const employers: PilotEmployer[] = Array.from({ length: 16 }, (_, i) => ({ id: `w-${String(i + 1).padStart(2, '0')}`, whiteSpot: i < 10 }));

const contacts: EmployerContact[] = employers.flatMap((e, i) => {
  const approached = Math.floor(next() * 200);
  const steps: EmployerContact[] = [{ employerId: e.id, date: day(approached), kind: 'approach' }];
  if (i % 3 !== 2) steps.push({ employerId: e.id, date: day(approached + 14), kind: 'appointment' });
  if (i % 3 === 0) steps.push({ employerId: e.id, date: day(approached + 28), kind: 'visit' });
  return steps;
});

const HOME = ['Noordwijk', 'Noordwijk', 'Noordwijk', 'Katwijk', 'Lisse', 'Teylingen', 'Hillegom'];
const GROUPS = [['regulier'], ['doelgroepregister'], ['statushouder'], ['NUG'], ['50-plus'], []] as const;
const placements: PilotPlacement[] = Array.from({ length: 36 }, (_, i) => {
  const start = Math.floor(next() * 360);
  const lasts = next() < 0.3 ? Math.floor(60 + next() * 150) : undefined;
  return {
    candidateId: `c-${String(i + 1).padStart(3, '0')}`,
    employerId: pick(employers).id,
    municipality: pick(HOME),
    start: day(start),
    ...(lasts === undefined ? {} : { end: day(start + lasts) }),
    hoursPerWeek: pick([16, 20, 24, 28, 32, 36]),
    targetGroups: [...pick(GROUPS)],
  };
});

const report = pilotReport({ placements, employers, contacts, pilotStart: '2026-01-01', pilotEnd: '2026-12-31', homeMunicipality: 'Noordwijk', costs: 77882.18 });
for (const c of report.checkpoints) {
  console.log(
    `${c.label.padEnd(26)} ${c.date}  placed ${String(c.placements).padStart(2)} (home ${String(c.placementsFromHome).padStart(2)})  durable ${String(c.durablePlacements).padStart(2)}  still employed ${String(c.stillEmployed).padStart(2)}  white spots approached ${c.whiteSpotEmployersApproached}`,
  );
}
console.log(report.money);
console.log(pipeline(employers, contacts, { asOf: '2026-12-31', from: '2026-01-01', placements }));
