// Runs every example once (CI does this), so examples stay code that works.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const examples = readdirSync('examples')
  .filter((f) => f.endsWith('.ts') && f !== 'run-all.ts')
  .sort();
for (const file of examples) {
  process.stdout.write(`example ${file} … `);
  execFileSync(process.execPath, ['--import', 'tsx', `examples/${file}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log('ok');
}
