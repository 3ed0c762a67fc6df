/** `thidua update BOOK.xlsx PLAN -o OUT.xlsx`: apply an amended plan, keeping all progress. */
import * as path from 'path';
import type { Command } from 'commander';
import { assignmentNotes } from '../../shared/book/assignment-notes';
import { updateBook } from '../../shared/book/update';
import { writeBookXlsx } from '../../shared/xlsx/book-io';
import { loadBook, nowIso, saveBytes } from '../book-files';
import type { Ctx } from '../context';
import { say, showProblems } from '../context';
import { checkOutput } from '../files/output';
import type { BookOutputOptions } from './options';
import { FORCE, IN_PLACE, outputOptions } from './options';
import { loadPlan } from './parse';

export function registerUpdate(program: Command, ctx: Ctx): void {
  program
    .command('update')
    .description('Áp dụng kế hoạch sửa đổi, giữ nguyên tiến độ / apply an amended plan')
    .argument('<book>', 'sổ theo dõi .xlsx / the tracking workbook')
    .argument('<plan>', 'kế hoạch sửa đổi / the amended plan')
    .requiredOption('-o, --output <file>', 'sổ sau khi cập nhật / the updated workbook')
    .option('--in-place', IN_PLACE)
    .option('--force', FORCE)
    .action(async (bookFile: string, planFile: string, opts: BookOutputOptions) => {
      const { book } = await loadBook(ctx, bookFile, true);
      const plan = await loadPlan(ctx, planFile);
      const out = await checkOutput(ctx, opts.output, outputOptions(opts));
      const result = updateBook(book, plan, nowIso(ctx));
      showProblems(ctx, assignmentNotes(result.book.plan, result.assignment));
      await saveBytes(ctx, out, await writeBookXlsx(result.book));
      const s = result.summary;
      say(ctx, 'updated', {
        file: path.basename(opts.output),
        version: result.book.meta.version,
        kept: s.kept,
        reworded: s.reworded,
        added: s.added,
        removed: s.removed,
        archived: s.archivedRows,
      });
    });
}
