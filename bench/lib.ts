/** Timing helpers: medians of repeated runs, printed as a table. Never used by tests. */

export interface Measured {
  name: string;
  runs: number;
  medianMs: number;
  minMs: number;
  note?: string;
}

export async function measure(
  name: string,
  fn: () => unknown,
  runs = 5,
  note?: string,
): Promise<Measured> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const m: Measured = {
    name,
    runs,
    medianMs: times[Math.floor(times.length / 2)] as number,
    minMs: times[0] as number,
  };
  if (note !== undefined) m.note = note;
  return m;
}

export function printTable(title: string, rows: Measured[]): void {
  process.stdout.write(`\n${title}\n`);
  for (const r of rows) {
    process.stdout.write(
      `  ${r.name.padEnd(58)} median ${r.medianMs.toFixed(1).padStart(9)} ms  (min ${r.minMs.toFixed(1)}, ${r.runs} runs)${r.note ? `  ${r.note}` : ''}\n`,
    );
  }
}

export function line(text: string): void {
  process.stdout.write(`  ${text}\n`);
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
