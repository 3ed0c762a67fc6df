/**
 * The command line's start, as a process the way an office runs it: `thidua --help` and `thidua
 * parse` of the sample plan (.txt), against `node -e 0` (Node starting and doing nothing) and
 * against the command built as one bundle with every library in it (as before issue 12), in the
 * same run. All are run in turn, round after round, after a warm-up round, so that the machine's
 * load falls on all alike; medians, with the spread (min–max).
 * Goals (issue 12): --help ≤ 0.25 s, parse ≤ 0.4 s.
 */
import { spawnSync } from 'child_process';
import { buildSync } from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { line } from './lib';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin/thidua.js');
const SAMPLE = path.join(ROOT, 'test/fixtures/plans/ke-hoach-tdkt-2014-cao-bang.txt');

/** The command as one bundle, libraries included (the build before issue 12); its bin's path. */
function oneBundle(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-one-bundle-'));
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
  fs.copyFileSync(BIN, path.join(dir, 'bin/thidua.js'));
  // the loader comes along; with no code cache beside this bundle, it compiles it as before
  const loader = path.join(ROOT, 'bin/compile-cache.js');
  fs.copyFileSync(loader, path.join(dir, 'bin/compile-cache.js'));
  return path.join(dir, 'bin/thidua.js');
}

interface Case {
  name: string;
  args: string[];
  goalMs?: number;
}

function cases(before: string): Case[] {
  return [
    { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
    { name: 'thidua --help', args: [BIN, '--help'], goalMs: 250 },
    { name: '  one bundle (before)', args: [before, '--help'] },
    { name: 'thidua parse (sample, .txt)', args: [BIN, 'parse', SAMPLE], goalMs: 400 },
    { name: '  one bundle (before)', args: [before, 'parse', SAMPLE] },
  ];
}

function once(c: Case): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, c.args, { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${c.name} failed (${r.status}): ${r.stderr}`);
  return ms;
}

export async function benchStart(rounds = 15): Promise<void> {
  const before = oneBundle();
  const CASES = cases(before);
  for (const c of CASES) once(c);
  const times = CASES.map(() => [] as number[]);
  for (let i = 0; i < rounds; i++) CASES.forEach((c, k) => times[k]!.push(once(c)));
  const sorted = times.map((t) => [...t].sort((a, b) => a - b));
  const median = (t: number[]) => t[Math.floor(t.length / 2)] as number;
  const base = median(sorted[0]!);
  process.stdout.write(
    `\nThe command line's start, as processes (${rounds} interleaved rounds after a warm-up)\n`,
  );
  CASES.forEach((c, k) => {
    const t = sorted[k]!;
    const m = median(t);
    const goal =
      c.goalMs === undefined ? '' : `  goal ≤ ${c.goalMs} ms: ${m <= c.goalMs ? 'met' : 'NOT met'}`;
    line(
      `${c.name.padEnd(30)} median ${m.toFixed(0).padStart(5)} ms  (${t[0]!.toFixed(0)}–${t[t.length - 1]!.toFixed(0)})` +
        `  ${(m / base).toFixed(2)}× node, +${(m - base).toFixed(0)} ms${goal}`,
    );
  });
  fs.rmSync(path.dirname(path.dirname(before)), { recursive: true, force: true });
  await Promise.resolve();
}

if (require.main === module) {
  benchStart().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
}
