/**
 * `thidua build PLAN -o BOOK.xlsx [--units FILE] [--as-of DATE] [--sheet NAME]`: the tracking
 * workbook from a plan, by the command table's `build`.
 */
import * as path from 'path';
import type { Command } from 'commander';
import { unitVocabulary } from '../../shared/units/vocabulary';
import { loadUnits, saveBook } from '../book-files';
import type { Ctx } from '../context';
import { say, showProblems } from '../context';
import { FilePort, runOnFile } from '../file-port';
import { checkOutput } from '../files/output';
import { asOfOption, FORCE } from './options';
import { loadPlan, SHEET_OPTION, sheetOf } from './parse';

interface BuildOptions {
  output: string;
  units?: string;
  asOf?: string;
  sheet?: string;
  force?: boolean;
}

export function registerBuild(program: Command, ctx: Ctx): void {
  program
    .command('build')
    .description('Tạo sổ theo dõi .xlsx từ kế hoạch / build the tracking workbook from a plan')
    .argument('<plan>', 'tệp kế hoạch (.docx, .txt, .xlsx, .csv, .tsv) / the plan file')
    .requiredOption('-o, --output <file>', 'tệp .xlsx kết quả / the workbook to write')
    .option('--units <file>', 'danh sách đơn vị (.csv) / unit directory CSV')
    .option('--as-of <date>', 'ngày báo cáo (dd/mm/yyyy) / report date')
    .option('--sheet <name>', SHEET_OPTION)
    .option('--force', FORCE)
    .action(async (planFile: string, opts: BuildOptions) => {
      const units = await loadUnits(ctx, opts.units);
      // the directory's names split the plan's parties as the office writes them
      const plan = await loadPlan(ctx, planFile, {
        ...sheetOf(opts),
        vocabulary: unitVocabulary(units),
      });
      // an existing book's entries are not replaced by an empty book unasked
      const out = await checkOutput(ctx, opts.output, { force: opts.force === true });
      const asOf = asOfOption(opts.asOf);
      // a new file: checkOutput has said what it replaces, so the command sees no sheets there
      const port = new FilePort([]);
      const built = await runOnFile(
        ctx,
        port,
        'build',
        { plan, units, ...(asOf ? { asOf } : {}) },
        { output: path.basename(opts.output) },
      );
      showProblems(ctx, built.problems);
      await saveBook(ctx, out, port);
      say(ctx, 'built', {
        file: path.basename(opts.output),
        periods: plan.periods.length,
        tasks: plan.periods.reduce((n, p) => n + p.tasks.length, 0),
        rows: built.data.rows,
        units: built.data.units,
      });
    });
}
