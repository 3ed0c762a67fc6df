// Bundles the `thidua` command into build/cli.js so that `npx thidua` needs no separate build step.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/main.ts'],
  outfile: 'build/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // exceljs pulls optional native helpers it never needs here
  external: [],
});
