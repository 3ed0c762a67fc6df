/** `thidua update BOOK.xlsx PLAN -o OUT.xlsx [--sheet NAME]`: apply an amended plan, keeping all progress. */
import * as path from 'path';
import type { Command } from 'commander';
import { assignmentNotes } from '../../shared/book/assignment-notes';
import { updateBook } from '../../shared/book/update';
import { unitVocabulary } from '../../shared/units/vocabulary';
import { writeBookXlsx } from '../../shared/xlsx/book-io';
import { withSecret } from '../../shared/book/seal';
import { loadBook, nowIso, saveBytes } from '../book-files';
import type { Ctx } from '../context';
import { say, showProblems } from '../context';
import { CommandFailed } from '../errors';
import { checkOutput } from '../files/output';
import { comparePlans } from '../../shared/book/plan-identity';
import type { BookOutputOptions } from './options';
import { FORCE_UPDATE, IN_PLACE, outputOptions } from './options';
import { loadPlan, SHEET_OPTION, sheetOf } from './parse';

interface UpdateOptions extends BookOutputOptions {
  sheet?: string;
}

export function registerUpdate(program: Command, ctx: Ctx): void {
  program
    .command('update')
    .description('Áp dụng kế hoạch sửa đổi, giữ nguyên tiến độ / apply an amended plan')
    .argument('<book>', 'sổ theo dõi .xlsx / the tracking workbook')
    .argument('<plan>', 'kế hoạch sửa đổi / the amended plan')
    .requiredOption('-o, --output <file>', 'sổ sau khi cập nhật / the updated workbook')
    .option('--in-place', IN_PLACE)
    // one --force, as with build: the office has said it knows what it replaces
    .option('--force', FORCE_UPDATE)
    .option('--sheet <name>', SHEET_OPTION)
    .action(async (bookFile: string, planFile: string, opts: UpdateOptions) => {
      const { book } = await loadBook(ctx, bookFile, true);
      const plan = await loadPlan(ctx, planFile, {
        ...sheetOf(opts),
        vocabulary: unitVocabulary(book.units, book.mappings),
      });
      const other = opts.force ? null : comparePlans(book.plan, plan);
      if (other) throw new CommandFailed([other], path.basename(planFile));
      const out = await checkOutput(ctx, opts.output, outputOptions(opts));
      const result = updateBook(book, plan, nowIso(ctx));
      showProblems(ctx, [
        ...assignmentNotes(result.book.plan, result.assignment),
        ...result.problems,
      ]);
      await saveBytes(ctx, out, await writeBookXlsx(withSecret(result.book, nowIso(ctx))));
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
