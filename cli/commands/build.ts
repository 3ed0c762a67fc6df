/** `thidua build PLAN -o BOOK.xlsx [--units FILE] [--as-of DATE]`: the tracking workbook from a plan. */
import * as path from 'path';
import type { Command } from 'commander';
import { createBook } from '../../shared/book/create';
import { assignmentNotes } from '../../shared/book/assignment-notes';
import { writeBookXlsx } from '../../shared/xlsx/book-io';
import { loadUnits, nowIso, saveBytes } from '../book-files';
import type { Ctx } from '../context';
import { say, showProblems, today } from '../context';
import { checkOutput } from '../files/output';
import { asOfOption, FORCE } from './options';
import { loadPlan } from './parse';

interface BuildOptions {
  output: string;
  units?: string;
  asOf?: string;
  force?: boolean;
}

export function registerBuild(program: Command, ctx: Ctx): void {
  program
    .command('build')
    .description('Tạo sổ theo dõi .xlsx từ kế hoạch / build the tracking workbook from a plan')
    .argument('<plan>', 'tệp kế hoạch (.txt, .docx) / the plan file')
    .requiredOption('-o, --output <file>', 'tệp .xlsx kết quả / the workbook to write')
    .option('--units <file>', 'danh sách đơn vị (.csv) / unit directory CSV')
    .option('--as-of <date>', 'ngày báo cáo (dd/mm/yyyy) / report date')
    .option('--force', FORCE)
    .action(async (planFile: string, opts: BuildOptions) => {
      const plan = await loadPlan(ctx, planFile);
      const units = await loadUnits(ctx, opts.units);
      // an existing book's entries are not replaced by an empty book unasked
      const out = await checkOutput(ctx, opts.output, { force: opts.force === true });
      const { book, assignment } = createBook(plan, {
        units,
        asOf: asOfOption(opts.asOf) ?? today(ctx),
        now: nowIso(ctx),
      });
      showProblems(ctx, assignmentNotes(plan, assignment));
      await saveBytes(ctx, out, await writeBookXlsx(book));
      say(ctx, 'built', {
        file: path.basename(opts.output),
        periods: plan.periods.length,
        tasks: plan.periods.reduce((n, p) => n + p.tasks.length, 0),
        rows: book.rows.length,
        units: new Set(book.rows.map((r) => r.unitCode)).size,
      });
    });
}
