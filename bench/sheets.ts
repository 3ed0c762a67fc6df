/**
 * Google Sheets: service calls per command for the sample and for 1,000 tasks × 50 units: every
 * call, and the round trips among them (what costs time in real Sheets: all calls but lookups
 * such as getRange and builders such as newTextStyle), against the goals for `build`;
 * with medians of the script's own time in the in-memory fake.
 */
import * as fs from 'fs';
import { buildBundle } from '../test/apps-script/helpers';
import { directory, runSeason, type CommandCost } from '../test/apps-script/scenario';
import { outputDir, SAMPLE } from '../test/helpers/paths';
import { generatePlanText } from './generate';
import { line } from './lib';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function season(
  name: string,
  plan: string,
  amended: string,
  units: ReturnType<typeof directory> | null,
  runs: number,
): Promise<void> {
  const built = buildBundle('bench-apps-script');
  const dir = outputDir('bench-apps-script');
  const all: CommandCost[][] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const r = await runSeason(built, plan, amended, units, dir);
    all.push(r.costs);
    rows = r.rows;
  }
  process.stdout.write(`\n  ${name}: ${rows} rows of Theo dõi\n`);
  for (const [k, first] of (all[0] as CommandCost[]).entries()) {
    const ms = median(all.map((costs) => (costs[k] as CommandCost).ms));
    const top = first.top
      .slice(0, 3)
      .map(([n, c]) => `${n} ${c}`)
      .join(', ');
    line(
      `${first.command.padEnd(30)} ${String(first.roundTrips).padStart(5)} round trips ${String(first.calls).padStart(5)} calls  median ${ms.toFixed(0).padStart(6)} ms (${runs} runs)  ${top}`,
    );
  }
}

export async function benchSheets(): Promise<void> {
  process.stdout.write('\nGoogle Sheets (SpreadsheetApp calls per command, fake time)\n');
  const sample = fs.readFileSync(SAMPLE, 'utf8');
  await season('the sample plan (30 tasks, 22 units)', sample, sample, null, 5);
  await season(
    '1,000 tasks × 50 units',
    generatePlanText(1000),
    generatePlanText(1001),
    directory(49),
    3,
  );
}
