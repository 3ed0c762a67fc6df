/** `thidua split BOOK.xlsx -o DIR`: one .xlsx per unit, holding only that unit's rows. */
import * as path from 'path';
import type { Command } from 'commander';
import { splitBook } from '../../shared/book/split';
import { asciiFold } from '../../shared/text/normalize';
import { writeUnitXlsx } from '../../shared/xlsx/book-io';
import { loadBook, makeDir, nowIso, saveBytes } from '../book-files';
import type { Ctx } from '../context';
import { say } from '../context';

export function unitFileName(code: string, name: string): string {
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
      const parts = splitBook(book, nowIso(ctx));
      await makeDir(ctx, opts.output);
      for (const part of parts) {
        const unit = part.units[0];
        if (!unit) continue;
        const name = unitFileName(unit.code, unit.name);
        await saveBytes(ctx, path.join(opts.output, name), await writeUnitXlsx(part));
        say(ctx, 'splitFile', { file: name, unit: unit.name, rows: part.rows.length });
      }
      say(ctx, 'split', { count: parts.length, dir: opts.output });
    });
}
