/**
 * Service calls per command grow with sheets and units, not with rows: the sample (410 rows,
 * 22 units) against a generated plan of 1,000 tasks × 50 units (50,000 rows).
 */
import * as fs from 'fs';
import { generatePlanText } from '../../bench/generate';
import { outputDir, SAMPLE } from '../helpers/paths';
import { buildBundle, type Built } from './helpers';
import { directory, runSeason, type CommandCost } from './scenario';

let built: Built;
let small: { costs: CommandCost[]; rows: number };
let large: { costs: CommandCost[]; rows: number };

beforeAll(async () => {
  built = buildBundle();
  const dir = outputDir('apps-script-scale');
  const sample = fs.readFileSync(SAMPLE, 'utf8');
  small = await runSeason(built, sample, sample, null, dir);
  large = await runSeason(
    built,
    generatePlanText(1000),
    generatePlanText(1001),
    directory(49),
    dir,
  );
}, 600_000);

const calls = (s: { costs: CommandCost[] }, command: string) =>
  s.costs.find((c) => c.command.startsWith(command))!.calls;

describe('a 1,000-task plan with 50 units', () => {
  it('has 120 times the rows of the sample', () => {
    expect(small.rows).toBe(410);
    expect(large.rows).toBe(50_000);
  });

  it.each(['build', 'refresh', 'consolidate', 'update'])(
    'needs well under twice the service calls of the sample to %s',
    (command) => {
      expect(calls(large, command)).toBeLessThan(2 * calls(small, command));
      expect(calls(large, command)).toBeLessThan(1_500);
    },
  );

  it('marks rows with the same calls whatever the size of the book', () => {
    expect(calls(large, 'mark')).toBe(calls(small, 'mark'));
  });
});
