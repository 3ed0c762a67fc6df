/** Timing helpers: medians of repeated runs, printed as a table. Never used by tests. */

export interface Measured {
  name: string;
  runs: number;
  medianMs: number;
  minMs: number;
  /** The slowest run: with `minMs`, the spread. */
  maxMs: number;
  note?: string;
}

function summary(name: string, times: number[], note?: string): Measured {
  const sorted = [...times].sort((a, b) => a - b);
  const m: Measured = {
    name,
    runs: sorted.length,
    medianMs: sorted[Math.floor(sorted.length / 2)] as number,
    minMs: sorted[0] as number,
    maxMs: sorted[sorted.length - 1] as number,
  };
  if (note !== undefined) m.note = note;
  return m;
}

async function timed(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function measure(
  name: string,
  fn: () => unknown,
  runs = 5,
  note?: string,
): Promise<Measured> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timed(fn));
  return summary(name, times, note);
}

/**
 * Several contenders measured turn about, after one warm-up run of each (module loading, the
 * JIT): each round runs them all, in an order that alternates round by round, so a machine
 * growing busier or quieter weighs on every contender alike.
 */
export async function measureInterleaved(
  contenders: { name: string; fn: () => unknown; note?: string }[],
  runs = 3,
): Promise<Measured[]> {
  for (const c of contenders) await c.fn();
  const times = contenders.map(() => [] as number[]);
  for (let round = 0; round < runs; round++) {
    const order = contenders.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) times[i]!.push(await timed(contenders[i]!.fn));
  }
  return contenders.map((c, i) => summary(c.name, times[i]!, c.note));
}

export function printTable(title: string, rows: Measured[]): void {
  process.stdout.write(`\n${title}\n`);
  for (const r of rows) {
    process.stdout.write(
      `  ${r.name.padEnd(58)} median ${r.medianMs.toFixed(1).padStart(9)} ms  (spread ${r.minMs.toFixed(1)}–${r.maxMs.toFixed(1)}, ${r.runs} runs)${r.note ? `  ${r.note}` : ''}\n`,
    );
  }
}

export function line(text: string): void {
  process.stdout.write(`  ${text}\n`);
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
