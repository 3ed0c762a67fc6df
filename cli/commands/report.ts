/**
 * `thidua report BOOK.xlsx [--as-of DATE] [--json] [-o SUMMARY.xlsx] [--docx REPORT.docx]`: the
 * consolidated report, by the command table's `report` (or `summary`, for the workbook, and
 * `reportDoc`, for the document).
 */
import type { Command } from 'commander';
import * as path from 'path';
import type { Report } from '../../shared/report/compute';
import { CLASSIFICATION_LABELS } from '../../shared/book/classification';
import { isoToDmy } from '../../shared/workbook/a1';
import { workbookOf } from '../../shared/app/command';
import { writeDocx } from '../../shared/report/write-docx';
import { saveBytes, xlsxBytes } from '../book-files';
import type { Ctx } from '../context';
import { cli, say, showProblems } from '../context';
import { openBook, runOnFile } from '../file-port';
import { checkOutput, writeOutput } from '../files/output';
import { printJson } from '../json-out';
import { asOfOption, FORCE } from './options';

interface ReportOptions {
  asOf?: string;
  json?: boolean;
  output?: string;
  docx?: string;
  blocs?: boolean;
  force?: boolean;
}

const pct = (r: number | null): string => (r === null ? '' : `${(r * 100).toFixed(1)}%`);

function table(report: Report, ctx: Ctx): string {
  const t = cli(ctx).reportTable;
  const lang = ctx.lang() === 'en' ? 'en' : 'vi';
  const out: string[] = [];
  const n = (v: number) => String(v);
  out.push(
    [
      t.period.padEnd(16),
      t.tasks.padStart(4),
      t.assigned.padStart(6),
      t.due.padStart(8),
      t.doneOfDue.padStart(9),
      t.late.padStart(5),
      t.overdue.padStart(8),
      t.rate.padStart(7),
      t.progress.padStart(8),
    ].join(' '),
  );
  for (const p of [...report.periods, { label: t.total, ...report.overall }]) {
    out.push(
      [
        p.label.padEnd(16),
        n(p.tasks).padStart(4),
        n(p.assigned).padStart(6),
        n(p.due).padStart(8),
        n(p.doneOfDue).padStart(9),
        n(p.late).padStart(5),
        n(p.overdue).padStart(8),
        pct(p.rate).padStart(7),
        pct(p.progress).padStart(8),
      ].join(' '),
    );
  }
  const unitHeader = [
    t.rank.padStart(5),
    t.unit.padEnd(34),
    t.due.padStart(8),
    t.doneOfDue.padStart(9),
    t.rate.padStart(7),
    t.score.padStart(7),
    ` ${t.classification}`,
  ].join(' ');
  const unitLine = (u: Report['units'][number]) =>
    [
      n(u.rank ?? 0)
        .replace(/^0$/, '')
        .padStart(5),
      u.name.padEnd(34),
      n(u.due).padStart(8),
      n(u.doneOfDue).padStart(9),
      pct(u.rate).padStart(7),
      (u.score === null ? '' : u.score.toFixed(2)).padStart(7),
      ` ${u.classification ? CLASSIFICATION_LABELS[u.classification][lang] : ''}${u.proposal ? ` · ${t.proposal}: ${u.proposal}` : ''}`,
    ].join(' ');
  const byCode = new Map(report.units.map((u) => [u.code, u]));
  for (const b of report.blocs) {
    out.push('', b.name, unitHeader);
    for (const code of b.units) out.push(unitLine(byCode.get(code)!));
  }
  const others = report.units.filter((u) => u.bloc === '' && u.assigned > 0);
  if (others.length > 0) {
    out.push('', t.notRanked);
    for (const u of others) {
      out.push(
        `${''.padStart(5)} ${u.name.padEnd(34)} ${n(u.due).padStart(8)} ${n(u.doneOfDue).padStart(9)} ${pct(u.rate).padStart(7)}`,
      );
    }
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
    .option('--blocs', 'thêm một trang cho mỗi khối thi đua / one page per emulation bloc')
    .option('--docx <file>', 'báo cáo sơ kết, tổng kết .docx / the report document')
    .option('--force', FORCE)
    .action(async (bookFile: string, opts: ReportOptions) => {
      const asOf = asOfOption(opts.asOf);
      const port = await openBook(ctx, bookFile);
      const input = asOf ? { asOf } : {};
      const summaryInput = { ...input, ...(opts.blocs ? { blocs: true } : {}) };
      // the summary workbook is the table's `summary`, the document its `reportDoc`; the figures
      // alone, its `report`
      const result = opts.output
        ? await runOnFile(ctx, port, 'summary', summaryInput, {
            output: path.basename(opts.output),
          })
        : opts.docx
          ? await runOnFile(ctx, port, 'reportDoc', input)
          : await runOnFile(ctx, port, 'report', input);
      const summary = opts.output ? workbookOf(port.offered[0]!) : null;
      if (opts.output && opts.docx) await runOnFile(ctx, port, 'reportDoc', input);
      const document = opts.docx ? port.offered.find((f) => 'doc' in f) : undefined;
      showProblems(ctx, result.problems);
      const report = result.data.report;
      // both outputs are checked before either is written
      const force = { force: opts.force === true };
      const outSummary = opts.output ? await checkOutput(ctx, opts.output, force) : null;
      const outDoc = opts.docx ? await checkOutput(ctx, opts.docx, force) : null;
      if (outSummary && summary) {
        await saveBytes(ctx, outSummary, await xlsxBytes(summary));
        say(ctx, 'reportWritten', { file: path.basename(outSummary.file) });
      }
      if (outDoc && document && 'doc' in document) {
        await writeOutput(ctx, outDoc, await writeDocx(document.doc));
        say(ctx, 'reportDocWritten', { file: path.basename(outDoc.file) });
      }
      if (opts.json) printJson((text) => ctx.io.out(text), report);
      else if (!opts.output && !opts.docx) {
        say(ctx, 'reportHeader', { asOf: isoToDmy(report.asOf) });
        ctx.io.out(table(report, ctx));
      }
    });
}
