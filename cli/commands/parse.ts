/** `thidua parse FILE [--json] [--sheet NAME]`: the plan read from a file, as a table or as the model's JSON. */
import * as path from 'path';
import type { Command } from 'commander';
import { error } from '../../shared/errors/problem';
import { readPlanBytes, type ReadOptions } from '../../shared/plan/read';
import type { Plan } from '../../shared/plan/model';
import { CommandFailed } from '../errors';
import type { Io } from '../io';
import { formatProblems, type OutputLang } from '../problems-out';
import { formatPlanTable } from '../plan-table';

export async function loadPlan(
  io: Io,
  file: string,
  lang: OutputLang,
  options: ReadOptions = {},
): Promise<Plan> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch {
    throw new CommandFailed([error('fileNotFound', { file })]);
  }
  const result = await readPlanBytes(bytes, path.basename(file), options);
  if (!result.ok) throw new CommandFailed(result.problems, path.basename(file));
  io.err(formatProblems(result.warnings, lang, path.basename(file)));
  return result.value;
}

export function registerParse(program: Command, io: Io, lang: () => OutputLang): void {
  program
    .command('parse')
    .description(
      'Đọc kế hoạch (.docx, .txt, .xlsx, .csv, .tsv) và in bảng công việc / read a plan and print its tasks',
    )
    .argument('<file>', 'tệp kế hoạch / the plan file')
    .option('--json', 'in mô hình JSON / print the model as JSON')
    .option('--sheet <name>', SHEET_OPTION)
    .action(async (file: string, opts: { json?: boolean; sheet?: string }) => {
      const plan = await loadPlan(io, file, lang(), sheetOf(opts));
      io.out(opts.json ? `${JSON.stringify(plan, null, 2)}\n` : formatPlanTable(plan));
    });
}

export const SHEET_OPTION =
  'trang tính chứa bảng công việc (tệp .xlsx) / the sheet holding the task table (.xlsx)';

/** The read options of a command's `--sheet`. */
export function sheetOf(opts: { sheet?: string }): ReadOptions {
  return opts.sheet === undefined ? {} : { sheet: opts.sheet };
}
