/** Where the tests find their fixtures and write what they produce. */
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const PLANS = path.join(FIXTURES, 'plans');
/** The sample plan, bundled with the repository (a copy of ../shared/samples). */
export const SAMPLE = path.join(PLANS, 'ke-hoach-tdkt-2014-cao-bang.txt');
export const SHARED_SAMPLE = path.join(ROOT, '../shared/samples/ke-hoach-tdkt-2014-cao-bang.txt');

/** A fresh folder for one test's output, under test-output/ (ignored by git). */
export function outputDir(name: string): string {
  const dir = path.join(ROOT, 'test-output', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export function readPlanFixture(name: string): string {
  return fs.readFileSync(path.join(PLANS, name), 'utf8');
}
