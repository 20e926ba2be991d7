import { generateSyntheticRegion } from '../src/index.js';
import { loadInput } from '../src/engine/load.js';
import { compileIndex } from '../src/engine/compile.js';
import { MUNICIPALITIES } from '../src/region/municipalities.js';
const n = Number(process.env.N ?? 400000);
const input = generateSyntheticRegion({ seed: 7, candidates: n, vacancies: 2000, municipalities: MUNICIPALITIES.map((m) => m.name) });
const loaded = loadInput(input, undefined, [])!;
console.log('--- compile');
for (let i = 0; i < 2; i++) { const t = performance.now(); compileIndex(loaded, []); console.log((performance.now() - t).toFixed(0), 'ms'); }
