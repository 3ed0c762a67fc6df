/**
 * `thidua parse FILE [--json] [--units FILE] [--sheet NAME]`: the plan read from a file, as a
 * table or as the model's JSON, then how each row of its task section was used (on standard error
 * with --json, so that standard output stays the plan's JSON alone).
 */
import * as path from 'path';
import type { Command } from 'commander';
import type { FileReadOptions, PlanReading } from '../../shared/plan/read';
import { MAX_PLAN_BYTES, readPlanDocument } from '../../shared/plan/read';
import type { Plan } from '../../shared/plan/model';
import { unitVocabulary } from '../../shared/units/vocabulary';
import { formatAccount } from '../account-out';
import { loadUnits, unwrap } from '../book-files';
import type { Ctx } from '../context';
import { cli } from '../context';
import { readInput } from '../files/read';
import { formatPlanTable } from '../plan-table';

/** Reads the plan, prints its notes, and returns it with the account of its rows. */
async function loadPlanReading(
  ctx: Ctx,
  file: string,
  opts: FileReadOptions = {},
): Promise<PlanReading> {
  const bytes = await readInput(ctx, file, 'plan', MAX_PLAN_BYTES);
  const name = path.basename(file);
  return unwrap(ctx, await readPlanDocument(bytes, name, opts), name);
}

export async function loadPlan(ctx: Ctx, file: string, opts: FileReadOptions = {}): Promise<Plan> {
  return (await loadPlanReading(ctx, file, opts)).plan;
}

export function registerParse(program: Command, ctx: Ctx): void {
  program
    .command('parse')
    .description(
      'Đọc kế hoạch (.docx, .txt, .xlsx, .csv, .tsv) và in bảng công việc / read a plan and print its tasks',
    )
    .argument('<file>', 'tệp kế hoạch / the plan file')
    .option('--json', 'in mô hình JSON / print the model as JSON')
    .option(
      '--units <file>',
      'danh sách đơn vị (.csv) để tách tên đơn vị / unit directory CSV whose names split the parties',
    )
    .option('--sheet <name>', SHEET_OPTION)
    .action(async (file: string, opts: { json?: boolean; units?: string; sheet?: string }) => {
      const vocabulary = opts.units ? unitVocabulary(await loadUnits(ctx, opts.units)) : undefined;
      const { plan, account } = await loadPlanReading(ctx, file, {
        ...sheetOf(opts),
        ...(vocabulary ? { vocabulary } : {}),
      });
      const summary = formatAccount(account, cli(ctx));
      if (opts.json) {
        ctx.io.out(`${JSON.stringify(plan, null, 2)}\n`);
        ctx.io.err(summary);
      } else {
        ctx.io.out(`${formatPlanTable(plan)}\n${summary}`);
      }
    });
}

export const SHEET_OPTION =
  'trang tính chứa bảng công việc (tệp .xlsx) / the sheet holding the task table (.xlsx)';

/** The read options of a command's `--sheet`. */
export function sheetOf(opts: { sheet?: string }): FileReadOptions {
  return opts.sheet === undefined ? {} : { sheet: opts.sheet };
}
