/**
 * Commands measured as fresh processes, as an office runs them: wall time and peak resident
 * memory of each run, runs of several commands interleaved after a warm-up, medians and spread.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A process to run: node with these arguments, from the repository's root. */
export interface ProcessCase {
  name: string;
  args: string[];
  /** Run before each run, untimed: e.g. an output folder emptied, as a first split finds it. */
  before?: () => void;
}

export interface ProcessMeasured {
  name: string;
  runs: number;
  /** Wall time, ms: median, least, most. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Peak resident memory, bytes: median and most. */
  medianPeak: number;
  maxPeak: number;
}

const ROOT = path.join(__dirname, '..');

/** Loaded first in each process: writes its peak resident memory as the last line on stderr. */
const PEAK_HOOK = `process.on('exit', () => {
  require('fs').writeSync(2, '\\npeak-kb ' + process.resourceUsage().maxRSS + '\\n');
});\n`;

function hookFile(): string {
  const file = path.join(os.tmpdir(), 'thidua-bench-peak.cjs');
  fs.writeFileSync(file, PEAK_HOOK);
  return file;
}

function runOnce(hook: string, c: ProcessCase): { ms: number; peak: number } {
  c.before?.();
  // what a command prints goes to a file, as `thidua report --json > report.json` sends it: not
  // through a pipe to this process, whose reading would be timed with it
  const outFile = path.join(os.tmpdir(), 'thidua-bench-stdout.txt');
  const out = fs.openSync(outFile, 'w');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', hook, ...c.args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', out, 'pipe'],
  });
  const ms = performance.now() - t0;
  fs.closeSync(out);
  fs.rmSync(outFile, { force: true });
  const peak = /peak-kb (\d+)\s*$/.exec(r.stderr)?.[1];
  if (r.status !== 0 || !peak) {
    throw new Error(`${c.name}: exit ${r.status}\n${r.stderr.slice(-2000)}`);
  }
  return { ms, peak: Number(peak) * 1024 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

/** Each case once untimed (unless `warmUp` is false), then `runs` rounds of every case in turn. */
export function measureProcesses(cases: ProcessCase[], runs = 3, warmUp = true): ProcessMeasured[] {
  const hook = hookFile();
  if (warmUp) for (const c of cases) runOnce(hook, c);
  const seen = cases.map(() => ({ ms: [] as number[], peak: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    cases.forEach((c, k) => {
      const r = runOnce(hook, c);
      seen[k]?.ms.push(r.ms);
      seen[k]?.peak.push(r.peak);
    });
  }
  return cases.map((c, k) => {
    const { ms, peak } = seen[k] as { ms: number[]; peak: number[] };
    return {
      name: c.name,
      runs,
      medianMs: median(ms),
      minMs: Math.min(...ms),
      maxMs: Math.max(...ms),
      medianPeak: median(peak),
      maxPeak: Math.max(...peak),
    };
  });
}

const MB = 1024 * 1024;

/** One line a case: time and memory, and how they stand against the baseline and the goal. */
export function printProcesses(
  title: string,
  rows: ProcessMeasured[],
  baseline: ProcessMeasured,
  goals: Record<string, { ms?: number; mb?: number }> = {},
): void {
  process.stdout.write(`\n${title}\n`);
  for (const r of rows) {
    const goal = goals[r.name];
    const ratio =
      r === baseline ? '' : `  ${(r.medianMs / baseline.medianMs).toFixed(2)}× baseline`;
    const goalText = goal
      ? `  goal ${[
          goal.ms !== undefined
            ? `≤ ${goal.ms / 1000} s ${r.medianMs <= goal.ms ? 'met' : 'NOT met'}`
            : '',
          goal.mb !== undefined
            ? `≤ ${goal.mb} MB ${r.medianPeak <= goal.mb * MB ? 'met' : 'NOT met'}`
            : '',
        ]
          .filter(Boolean)
          .join(', ')}`
      : '';
    process.stdout.write(
      `  ${r.name.padEnd(52)} median ${(r.medianMs / 1000).toFixed(2).padStart(6)} s (${(r.minMs / 1000).toFixed(2)}–${(r.maxMs / 1000).toFixed(2)}), peak ${(r.medianPeak / MB).toFixed(0).padStart(5)} MB (max ${(r.maxPeak / MB).toFixed(0)})${ratio}${goalText}\n`,
    );
  }
}
