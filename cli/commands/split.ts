/** `thidua split BOOK.xlsx -o DIR`: one .xlsx per unit, holding only that unit's rows. */
import * as path from 'path';
import type { Command } from 'commander';
import { splitBook } from '../../shared/book/split';
import { asciiFold } from '../../shared/text/normalize';
import { writeUnitXlsx } from '../../shared/xlsx/book-io';
import { error } from '../../shared/errors/problem';
import { loadBook, makeDir, nowIso, unwrap } from '../book-files';
import type { Ctx } from '../context';
import { say } from '../context';
import { CommandFailed } from '../errors';
import { checkUnitTargets } from '../files/unit-targets';
import { writeWhole } from '../files/write';

function unitFileName(code: string, name: string): string {
  const slug = asciiFold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${code}-${slug}.xlsx`;
}

export function registerSplit(program: Command, ctx: Ctx): void {
  program
    .command('split')
    .description('Tách tệp cho từng đơn vị / one file per unit')
    .argument('<book>', 'sổ theo dõi .xlsx / the tracking workbook')
    .requiredOption('-o, --output <dir>', 'thư mục kết quả / output folder')
    .action(async (bookFile: string, opts: { output: string }) => {
      const { book } = await loadBook(ctx, bookFile, true);
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
      const parts = splitBook(book, nowIso(ctx)).filter((p) => p.units[0]);
      const names = parts.map((p) => unitFileName(p.units[0]!.code, p.units[0]!.name));
      // unit files already there with entries not yet merged stop the command before any write
      const targets = await checkUnitTargets(
        ctx,
        dir,
        names.map((n) => path.join(dir, n)),
        book,
      );
      await makeDir(ctx, dir);
      for (const [i, part] of parts.entries()) {
        const unit = part.units[0]!;
        const target = targets[i]!;
        const name = names[i]!;
        if (target.replacing) say(ctx, 'splitReplacing', { file: name, why: target.replacing });
        await writeWhole(ctx, target.file, unwrap(ctx, await writeUnitXlsx(part), name));
        say(ctx, 'splitFile', { file: name, unit: unit.name, rows: part.rows.length });
      }
      say(ctx, 'split', { count: parts.length, dir });
    });
}
