/**
 * `thidua consolidate BOOK.xlsx RETURNED.xlsx… -o OUT.xlsx`: merge units' returned files, by the
 * command table's `merge`. The change log goes whole to the book's `Nhật ký` (and to the --log
 * file); the screen gets it line by line when it is short, else counts per unit and its first lines.
 */
import * as path from 'path';
import type { Command } from 'commander';
import { NOTHING_MERGED } from '../../shared/app/commands/merge';
import type { Returned } from '../../shared/book/consolidate';
import { returnedOf } from '../../shared/book/consolidate';
import type { LogEntry } from '../../shared/book/model';
import { WB } from '../../shared/i18n/workbook-vi';
import { readBookFile, saveBook } from '../book-files';
import type { Ctx } from '../context';
import { cli, say, showProblems } from '../context';
import { openBook, runOnFile } from '../file-port';
import { checkOutput } from '../files/output';
import type { BookOutputOptions } from './options';
import { FORCE, IN_PLACE, outputOptions } from './options';

/** Log lines printed one by one; a longer log is summed up per unit, with its first lines. */
const LOG_LINES_SHOWN = 20;

/** The changes of each unit in the log, by outcome, in the order units first appear. */
function perUnit(log: readonly LogEntry[]): Map<string, Record<LogEntry['outcome'], number>> {
  const out = new Map<string, Record<LogEntry['outcome'], number>>();
  for (const e of log) {
    let counts = out.get(e.unitCode);
    if (!counts) {
      counts = { applied: 0, conflict: 0, rejected: 0, plan: 0 };
      out.set(e.unitCode, counts);
    }
    counts[e.outcome]++;
  }
  return out;
}

export function registerConsolidate(program: Command, ctx: Ctx): void {
  program
    .command('consolidate')
    .description('Gộp các tệp đơn vị gửi lại / merge returned unit files')
    .argument('<book>', 'sổ theo dõi .xlsx / the tracking workbook')
    .argument('<returned...>', 'các tệp đơn vị gửi lại / returned unit files')
    .requiredOption('-o, --output <file>', 'sổ sau khi gộp / the merged workbook')
    .option('--in-place', IN_PLACE)
    .option('--force', FORCE)
    .action(async (bookFile: string, files: string[], opts: BookOutputOptions, cmd: Command) => {
      const port = await openBook(ctx, bookFile);
      const returned: Returned[] = [];
      const refused: string[] = [];
      for (const f of files) {
        const name = path.basename(f);
        const read = await readBookFile(ctx, f, 'returned', false);
        if (!read.ok) {
          showProblems(ctx, read.problems, name);
          refused.push(name);
          continue;
        }
        returned.push(returnedOf(name, read.value, read.warnings));
      }
      const out = await checkOutput(ctx, opts.output, outputOptions(opts));
      const result = await runOnFile(
        ctx,
        port,
        'merge',
        { returned, refused: refused.length },
        {
          output: path.basename(opts.output),
          noted: { note: NOTHING_MERGED, line: 'nothingMerged' },
        },
      );
      showProblems(ctx, result.problems);
      const book = port.book;
      const names = new Map(book?.units.map((u) => [u.code, u.name]));
      const words = cli(ctx);
      // the log keeps the workbook's Vietnamese field names; lines show them in the language asked for
      const fieldKeys = new Map(
        Object.entries(WB.fields).map(([k, v]) => [v, k as keyof typeof WB.fields]),
      );
      // the returned books are merged: what is left of them is in the book and its log
      returned.length = 0;
      const lineOf = (e: LogEntry): string => {
        const key = fieldKeys.get(e.field as (typeof WB.fields)[keyof typeof WB.fields]);
        return words.logLine({
          unit: names.get(e.unitCode) ?? e.unitCode,
          task: e.taskId,
          field: key ? words.fields[key] : e.field,
          old: e.old,
          value: e.new,
          outcome: words.outcomes[e.outcome],
        });
      };
      const logFile = (cmd.optsWithGlobals() as { log?: string }).log;
      const total = result.log.length;
      if (total > LOG_LINES_SHOWN) {
        for (const [code, n] of perUnit(result.log)) {
          say(ctx, 'logUnit', {
            unit: names.get(code) ?? code,
            applied: n.applied,
            conflicts: n.conflict,
            rejected: n.rejected,
          });
        }
        say(ctx, 'logFirst', { shown: LOG_LINES_SHOWN, total });
      }
      for (const e of result.log.slice(0, LOG_LINES_SHOWN)) ctx.io.out(`${lineOf(e)}\n`);
      if (total > LOG_LINES_SHOWN) {
        say(ctx, 'logRest', {
          more: total - LOG_LINES_SHOWN,
          file: path.basename(opts.output),
          ...(logFile ? { log: path.basename(logFile) } : {}),
        });
      }
      await saveBook(ctx, out, port);
      // the --log file keeps the changes of a book that was written
      // the lines are made only for a --log file: 150,000 of them are not kept for nothing
      if (logFile) ctx.logged = [...(ctx.logged ?? []), ...result.log.map(lineOf)];
      say(ctx, 'consolidated', {
        file: path.basename(opts.output),
        merged: result.data.merged.length,
        refused: refused.length + result.data.refused.length,
        applied: result.log.filter((e) => e.outcome === 'applied').length,
        conflicts: result.log.filter((e) => e.outcome === 'conflict').length,
        rejected: result.log.filter((e) => e.outcome === 'rejected').length,
      });
    });
}
