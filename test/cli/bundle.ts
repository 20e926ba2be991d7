// The werkmatch bin bundled with esbuild (as tsup does), for tests that run it in a subprocess.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');

/** Bundles src/cli/bin.ts to `outfile`; the workbook libraries stay imports from node_modules, as tsup's external list leaves them (they require('fs') inside). */
export async function buildCli(outfile: string): Promise<void> {
  await build({
    entryPoints: [join(ROOT, 'src/cli/bin.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    plugins: [
      {
        name: 'workbooks-from-node-modules',
        setup: (b) => b.onResolve({ filter: /^(read|write)-excel-file\/node$/ }, (args) => ({ path: pathToFileURL(join(ROOT, 'node_modules', args.path, 'index.js')).href, external: true })),
      },
    ],
  });
}
