/**
 * Google Sheets: service calls per command for the sample and for 1,000 tasks × 50 units, with
 * the default scopes and with the `--sheets-api` build (advanced Sheets service): every call, and
 * the round trips among them (what costs time in real Sheets: all calls but lookups such as
 * getRange and builders such as newTextStyle), `build` against the goals; with medians
 * and spread of the script's own time in the in-memory fake.
 */
import * as fs from 'fs';
import { buildBundle } from '../test/apps-script/helpers';
import { directory, runSeason, type CommandCost } from '../test/apps-script/scenario';
import { outputDir, SAMPLE } from '../test/helpers/paths';
import { generatePlanText } from './generate';
import { line } from './lib';

function sorted(xs: number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

interface Variant {
  name: string;
  flags: string[];
  advanced: boolean;
}

const VARIANTS: Variant[] = [
  { name: 'default scopes', flags: [], advanced: false },
  { name: '--sheets-api', flags: ['--sheets-api'], advanced: true },
];

/** The build's goals (round trips), by plan then variant. */
const GOALS: Record<string, Record<string, number>> = {
  sample: { 'default scopes': 450, '--sheets-api': 20 },
  large: { 'default scopes': 650, '--sheets-api': 30 },
};

async function season(
  name: string,
  goals: Record<string, number>,
  plan: string,
  amended: string,
  units: ReturnType<typeof directory> | null,
  runs: number,
): Promise<void> {
  process.stdout.write(`\n  ${name}\n`);
  const built = VARIANTS.map((v) => buildBundle(`bench-apps-script${v.flags.join('')}`, v.flags));
  const dir = outputDir('bench-apps-script');
  const all: CommandCost[][][] = VARIANTS.map(() => []);
  let rows = 0;
  // the two builds interleaved, run after run
  for (let i = 0; i < runs; i++) {
    for (const [k, v] of VARIANTS.entries()) {
      const r = await runSeason(built[k]!, plan, amended, units, dir, v.advanced);
      all[k]!.push(r.costs);
      rows = r.rows;
    }
  }
  line(`${rows} rows of Theo dõi; ${runs} runs of each build, interleaved`);
  for (const [k, v] of VARIANTS.entries()) {
    line(`${v.name}:`);
    const first = all[k]![0]!;
    for (const [c, cost] of first.entries()) {
      const ms = sorted(all[k]!.map((costs) => (costs[c] as CommandCost).ms));
      const median = ms[Math.floor(ms.length / 2)]!;
      const top = cost.top
        .slice(0, 3)
        .map(([n, x]) => `${n} ${x}`)
        .join(', ');
      line(
        `  ${cost.command.padEnd(30)} ${String(cost.roundTrips).padStart(5)} round trips ` +
          `${String(cost.calls).padStart(5)} calls  fake time median ${median.toFixed(0).padStart(5)} ms ` +
          `(${ms[0]!.toFixed(0)}–${ms[ms.length - 1]!.toFixed(0)})  ${top}`,
      );
    }
    const build = first.find((c) => c.command === 'build')!;
    if (build.api.length > 0) {
      // what each call to the advanced service carried: the payload limit splits the values
      const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
      const byMethod = new Map<string, number[]>();
      for (const c of build.api)
        byMethod.set(c.method, [...(byMethod.get(c.method) ?? []), c.bytes]);
      for (const [method, sizes] of byMethod) {
        line(
          `  build, ${method}: ${sizes.length} call${sizes.length > 1 ? 's' : ''}, ` +
            `${mb(sizes.reduce((a, b) => a + b, 0))} in all, largest ${mb(Math.max(...sizes))}`,
        );
      }
    }
    const goal = goals[v.name]!;
    line(
      `  build: ${build.roundTrips} round trips, goal ≤ ${goal}: ${(build.roundTrips / goal).toFixed(2)}× the goal ` +
        `${build.roundTrips <= goal ? '(met)' : '(NOT met)'}`,
    );
  }
  const base = all[0]![0]!.find((c) => c.command === 'build')!.roundTrips;
  const api = all[1]![0]!.find((c) => c.command === 'build')!.roundTrips;
  line(`--sheets-api / default, build round trips: ${(api / base).toFixed(2)}`);
}

export async function benchSheets(): Promise<void> {
  process.stdout.write(
    '\nGoogle Sheets (service calls per command; fake time is the script’s own)\n',
  );
  const sample = fs.readFileSync(SAMPLE, 'utf8');
  await season('the sample plan (30 tasks, 22 units)', GOALS.sample!, sample, sample, null, 5);
  await season(
    '1,000 tasks × 50 units',
    GOALS.large!,
    generatePlanText(1000),
    generatePlanText(1001),
    directory(49),
    3,
  );
}
