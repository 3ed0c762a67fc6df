/**
 * The `thidua` command as npx runs it (bin/thidua.js requiring the bundle), built into a test's
 * own folder so that tests running in parallel never read a bundle another is writing.
 */
import { buildSync } from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, outputDir } from './paths';

export function builtCli(name: string): string {
  const dir = outputDir(name);
  buildSync({
    entryPoints: [path.join(ROOT, 'cli/main.ts')],
    outfile: path.join(dir, 'build/cli.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.copyFileSync(path.join(ROOT, 'bin/thidua.js'), path.join(dir, 'bin/thidua.js'));
  return path.join(dir, 'bin/thidua.js');
}
