/**
 * `thidua report BOOK.xlsx [--as-of DATE] [--json | -o SUMMARY.xlsx]`: the consolidated report, by
 * the command table's `report` (or `summary`, for the workbook).
 */
import type { Command } from 'commander';
import * as path from 'path';
import type { Report } from '../../shared/report/compute';
import { CLASSIFICATION_LABELS } from '../../shared/book/classification';
import { isoToDmy } from '../../shared/workbook/a1';
import { writeSpecXlsx } from '../../shared/xlsx/book-io';
import { saveBytes } from '../book-files';
import type { Ctx } from '../context';
import { cli, say, showProblems } from '../context';
import { openBook, runOnFile } from '../file-port';
import { checkOutput } from '../files/output';
import { asOfOption, FORCE } from './options';

interface ReportOptions {
  asOf?: string;
  json?: boolean;
  output?: string;
  force?: boolean;
}

const pct = (r: number | null): string => (r === null ? '' : `${(r * 100).toFixed(1)}%`);

function table(report: Report, ctx: Ctx): string {
  const t = cli(ctx).reportTable;
  const lang = ctx.lang() === 'en' ? 'en' : 'vi';
  const out: string[] = [];
  out.push(
    `${t.period.padEnd(16)} ${t.tasks.padStart(5)} ${t.assigned.padStart(8)} ${t.done.padStart(6)} ${t.late.padStart(5)} ${t.overdue.padStart(8)} ${t.rate.padStart(7)}`,
  );
  for (const p of [...report.periods, { label: t.total, ...report.overall }]) {
    out.push(
      `${p.label.padEnd(16)} ${String(p.tasks).padStart(5)} ${String(p.assigned).padStart(8)} ${String(p.done).padStart(6)} ${String(p.late).padStart(5)} ${String(p.overdue).padStart(8)} ${pct(p.rate).padStart(7)}`,
    );
  }
  out.push('');
  out.push(
    `${t.rank.padStart(5)} ${t.unit.padEnd(34)} ${t.assigned.padStart(8)} ${t.done.padStart(6)} ${t.rate.padStart(7)}  ${t.classification}`,
  );
  const ranked = [...report.units]
    .filter((u) => u.assigned > 0)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  for (const u of ranked) {
    out.push(
      `${String(u.rank ?? '').padStart(5)} ${u.name.padEnd(34)} ${String(u.assigned).padStart(8)} ${String(u.done).padStart(6)} ${pct(u.rate).padStart(7)}  ${u.classification ? CLASSIFICATION_LABELS[u.classification][lang] : ''}`,
    );
  }
  out.push('');
  out.push(t.lists({ overdue: report.overdue.length, late: report.late.length }));
  return `${out.join('\n')}\n`;
}

export function registerReport(program: Command, ctx: Ctx): void {
  program
    .command('report')
    .description('Báo cáo tổng hợp / the consolidated report')
    .argument('<book>', 'sổ theo dõi .xlsx / the tracking workbook')
    .option('--as-of <date>', 'tính đến ngày (dd/mm/yyyy) / as of date')
    .option('--json', 'in JSON / print JSON')
    .option('-o, --output <file>', 'bảng tổng hợp .xlsx cho họp khối / summary workbook')
    .option('--force', FORCE)
    .action(async (bookFile: string, opts: ReportOptions) => {
      const asOf = asOfOption(opts.asOf);
      const port = await openBook(ctx, bookFile);
      const input = asOf ? { asOf } : {};
      // the summary workbook is the table's `summary`; the figures alone, its `report`
      const result = opts.output
        ? await runOnFile(ctx, port, 'summary', input, { output: path.basename(opts.output) })
        : await runOnFile(ctx, port, 'report', input);
      showProblems(ctx, result.problems);
      const report = result.data.report;
      if (opts.output) {
        const out = await checkOutput(ctx, opts.output, { force: opts.force === true });
        const summary = port.offered[0]!.spec;
        await saveBytes(ctx, out, await writeSpecXlsx(summary));
        say(ctx, 'reportWritten', { file: path.basename(opts.output) });
      }
      if (opts.json) ctx.io.out(`${JSON.stringify(report, null, 2)}\n`);
      else if (!opts.output) {
        say(ctx, 'reportHeader', { asOf: isoToDmy(report.asOf) });
        ctx.io.out(table(report, ctx));
      }
    });
}
