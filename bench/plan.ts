/** Reading plans: the sample, and a generated plan of 10,000 tasks (about 10 MB). */
import * as fs from 'fs';
import * as path from 'path';
import { readPlanText } from '../shared/plan/read';
import { generatePlanText } from './generate';
import type { Measured } from './lib';
import { line, mb, measure, printTable } from './lib';

export async function benchPlan(): Promise<void> {
  const sample = fs.readFileSync(
    path.join(__dirname, '../test/fixtures/plans/ke-hoach-tdkt-2014-cao-bang.txt'),
    'utf8',
  );
  const rows: Measured[] = [];
  rows.push(
    await measure('parse the sample plan (30 tasks, 11 KB)', () => readPlanText(sample), 21),
  );
  const sizes = [1_000, 2_500, 5_000, 10_000];
  const perTask: number[] = [];
  for (const n of sizes) {
    const text = generatePlanText(n);
    const r = await measure(
      `parse a generated plan of ${n} tasks (${mb(new TextEncoder().encode(text).length)})`,
      () => {
        const res = readPlanText(text);
        if (!res.ok || res.value.periods.reduce((k, p) => k + p.tasks.length, 0) !== n)
          throw new Error('bad parse');
      },
    );
    rows.push(r);
    perTask.push(r.medianMs / n);
  }
  printTable('Plan reader (issue 2)', rows);
  line(
    `time per task: ${perTask.map((t, i) => `${sizes[i]}: ${(t * 1000).toFixed(1)} µs`).join(', ')} ` +
      `(ratio 10,000 vs 1,000 per task: ${((perTask[3] as number) / (perTask[0] as number)).toFixed(2)}; linear ≈ 1)`,
  );
}
