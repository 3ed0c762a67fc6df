/** `thidua parse FILE [--json]`: the plan read from a file, as a table or as the model's JSON. */
import * as path from 'path';
import type { Command } from 'commander';
import { MAX_PLAN_BYTES, readPlanBytes } from '../../shared/plan/read';
import type { Plan } from '../../shared/plan/model';
import { unwrap } from '../book-files';
import type { Ctx } from '../context';
import { readInput } from '../files/read';
import { formatPlanTable } from '../plan-table';

export async function loadPlan(ctx: Ctx, file: string): Promise<Plan> {
  const bytes = await readInput(ctx, file, 'plan', MAX_PLAN_BYTES);
  return unwrap(ctx, await readPlanBytes(bytes, path.basename(file)), path.basename(file));
}

export function registerParse(program: Command, ctx: Ctx): void {
  program
    .command('parse')
    .description(
      'Đọc kế hoạch (.txt, .docx) và in bảng công việc / read a plan and print its tasks',
    )
    .argument('<file>', 'tệp kế hoạch / the plan file')
    .option('--json', 'in mô hình JSON / print the model as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const plan = await loadPlan(ctx, file);
      ctx.io.out(opts.json ? `${JSON.stringify(plan, null, 2)}\n` : formatPlanTable(plan));
    });
}
