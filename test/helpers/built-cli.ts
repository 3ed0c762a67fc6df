/**
 * The `thidua` command as npx runs it (bin/thidua.js requiring the bundle), built by the project's
 * own build script into a test's own folder, so that tests running in parallel never read a
 * bundle another is writing.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, outputDir } from './paths';

export function builtCli(name: string): string {
  const dir = outputDir(name);
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.mjs'), dir], { cwd: ROOT });
  fs.mkdirSync(path.join(dir, 'bin'));
  for (const f of fs.readdirSync(path.join(ROOT, 'bin')))
    fs.copyFileSync(path.join(ROOT, 'bin', f), path.join(dir, 'bin', f));
  return path.join(dir, 'bin/thidua.js');
}
