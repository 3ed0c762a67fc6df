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
      // the next file is drawn while this one is compressed (exceljs compresses off the main
      // thread) and written: two files in hand at most
      const bytesOf = (i: number) => {
        const bytes = xlsxBytes(workbookOf(port.offered[i]!));
        // a file given up when an earlier one stops the command is not an unhandled failure
        bytes.catch(() => undefined);
        return bytes;
      };
      let ahead = files.length > 0 ? bytesOf(0) : undefined;
      for (const [i, file] of files.entries()) {
        const target = targets[i]!;
        const bytes = ahead!;
        ahead = i + 1 < files.length ? bytesOf(i + 1) : undefined;
        if (target.replacing)
          say(ctx, 'splitReplacing', { file: file.name, why: target.replacing });
        await writeWhole(ctx, target.file, unwrap(ctx, await bytes, file.name));
        say(ctx, 'splitFile', { file: file.name, unit: file.unit, rows: file.rows });
      }
      say(ctx, 'split', { count: files.length, dir });
    });
}
