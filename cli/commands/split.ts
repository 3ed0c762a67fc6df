/**
 * `thidua split BOOK.xlsx -o DIR`: one .xlsx per unit, holding only that unit's rows, by the
 * command table's `unitFiles`.
 */
import * as path from 'path';
import type { Command } from 'commander';
import type { Book } from '../../shared/book/model';
import { error } from '../../shared/errors/problem';
import { workbookOf } from '../../shared/app/command';
import { makeDir, unwrap, xlsxBytes } from '../book-files';
import type { Ctx } from '../context';
import { say, showProblems } from '../context';
import { CommandFailed } from '../errors';
import { openBook, readBookOf, runOnFile } from '../file-port';
import { checkUnitTargets } from '../files/unit-targets';
import { writeWhole } from '../files/write';

export function registerSplit(program: Command, ctx: Ctx): void {
  program
    .command('split')
    .description('Tách tệp cho từng đơn vị / one file per unit')
    .argument('<book>', 'sổ theo dõi .xlsx / the tracking workbook')
    .requiredOption('-o, --output <dir>', 'thư mục kết quả / output folder')
    .action(async (bookFile: string, opts: { output: string }) => {
      const port = await openBook(ctx, bookFile);
      const result = await runOnFile(ctx, port, 'unitFiles', {});
      showProblems(ctx, result.problems);
      const dir = opts.output;
      const info = await ctx.io.stat(dir).catch(() => null);
      if (info && info.kind !== 'folder') {
        const at = { file: path.basename(dir) };
        const input = ctx.inputs.find((i) => i.id === info.id);
        throw new CommandFailed([
          input
            ? error('outputIsInput', at, { role: input.role, inPlace: false })
            : error('outputNotAFolder', at),
        ]);
      }
      const files = result.data.files;
      let whole: Promise<Book> | undefined;
      // unit files already there with entries not yet merged stop the command before any write
      const targets = await checkUnitTargets(
        ctx,
        dir,
        files.map((f) => path.join(dir, f.name)),
        () => (whole ??= readBookOf(ctx, port)),
      );
      await makeDir(ctx, dir);
      for (const [i, file] of files.entries()) {
        const target = targets[i]!;
        const spec = workbookOf(port.offered[i]!);
        if (target.replacing)
          say(ctx, 'splitReplacing', { file: file.name, why: target.replacing });
        await writeWhole(ctx, target.file, unwrap(ctx, await xlsxBytes(spec), file.name));
        say(ctx, 'splitFile', { file: file.name, unit: file.unit, rows: file.rows });
      }
      say(ctx, 'split', { count: files.length, dir });
    });
}
