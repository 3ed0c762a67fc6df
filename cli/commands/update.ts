/**
 * `thidua update BOOK.xlsx PLAN -o OUT.xlsx [--sheet NAME]`: apply an amended plan, keeping all
 * progress, by the command table's `amend`.
 */
import * as path from 'path';
import type { Command } from 'commander';
import { COMMANDS } from '../../shared/app/table';
import { unitVocabulary } from '../../shared/units/vocabulary';
import { saveBook } from '../book-files';
import type { Ctx } from '../context';
import { say, showProblems } from '../context';
import { openBook, readBookOf, runOnFile } from '../file-port';
import { checkOutput } from '../files/output';
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
      const port = await openBook(ctx, bookFile);
      // the book's units and mappings split the plan's parties: the book is read before the plan
      const { units, mappings } = await readBookOf(ctx, port, COMMANDS.amend.reads);
      const plan = await loadPlan(ctx, planFile, {
        ...sheetOf(opts),
        vocabulary: unitVocabulary(units, mappings),
      });
      const result = await runOnFile(
        ctx,
        port,
        'amend',
        { plan, ...(opts.force ? { force: true } : {}) },
        { output: path.basename(opts.output), asked: path.basename(planFile) },
      );
      const out = await checkOutput(ctx, opts.output, outputOptions(opts));
      showProblems(ctx, result.problems);
      await saveBook(ctx, out, port);
      const s = result.data;
      say(ctx, 'updated', {
        file: path.basename(opts.output),
        version: s.version,
        kept: s.kept,
        reworded: s.reworded,
        added: s.added,
        removed: s.removed,
        archived: s.archived,
      });
    });
}
