/**
 * The report: its figures (shown in the pane, printed by the command line), the report and
 * overview sheets recomputed, the summary workbook for the bloc's meetings, and the report
 * document (.docx). None of them needs the plan sheet, the log or the archive (the plan's words
 * the document takes are kept on the identity sheet).
 */
import * as z from 'zod';
import { error } from '../../errors/problem';
import { SHEET } from '../../i18n/workbook-vi';
import { describeSummary } from '../../layout/summary';
import type { Report } from '../../report/compute';
import { computeReport } from '../../report/compute';
import { describeReportDoc } from '../../report/report-doc';
import { isoToDmy } from '../../workbook/a1';
import type { BookRole } from '../../workbook/spec';
import type { Loaded } from '../book';
import { loadBook, redrawn, REPORT_SHEETS } from '../book';
import type { CommandContext, CommandSpec } from '../command';
import { answered, refused } from '../command';
import { say } from '../message';
import { IsoDateSchema } from '../schemas';

/** The book and the report's own settings (its date, its thresholds on `Báo cáo`). */
const REPORT_READS: readonly BookRole[] = [
  'meta',
  'tracking',
  'units',
  'mappings',
  ...REPORT_SHEETS,
];

const AsOfInput = z
  .object({
    /** The report date, ISO; the date on `Báo cáo` by default. */
    asOf: IsoDateSchema.exactOptional(),
  })
  .strict();
type AsOf = z.infer<typeof AsOfInput>;

const SUMMARY_FILE = 'tong-hop-hop-khoi.xlsx';

/** Recompute the report and the overview (the other sheets stay as they are). */
export const refresh: CommandSpec<AsOf, null> = {
  id: 'refresh',
  input: AsOfInput,
  who: ['office'],
  reads: REPORT_READS,
  selection: 'none',
  changes: ['overview', ...REPORT_SHEETS],
  run(ctx) {
    const l = loadBook(ctx, false);
    if (!l.ok) return l;
    // the report's formulas count the rows of `Theo dõi` as they stand: copies would count twice
    const copies = l.read.tracking.filter((r) => r.duplicate).map((r) => r.row + 1);
    if (copies.length > 0) {
      return refused([error('refreshDuplicates', { sheet: SHEET.tracking }, { rows: copies })]);
    }
    const book = { ...l.read.book, asOf: ctx.input.asOf ?? l.read.book.asOf };
    const message = say('refreshed', { asOf: isoToDmy(book.asOf) });
    return redrawn(book, ['overview', ...REPORT_SHEETS], message, l.warnings, null);
  },
};

/** The book and its report as of the input's date (the date on `Báo cáo` by default). */
function reportOf(
  ctx: CommandContext<AsOf>,
): Exclude<Loaded, { ok: true }> | (Extract<Loaded, { ok: true }> & { report: Report }) {
  const l = loadBook(ctx, false);
  if (!l.ok) return l;
  return { ...l, report: computeReport(l.read.book, ctx.input.asOf ?? l.read.book.asOf) };
}

/** The report's figures: by period, by unit (rank and classification), overdue and late tasks. */
export const report: CommandSpec<AsOf, { report: Report }> = {
  id: 'report',
  input: AsOfInput,
  who: ['office', 'unit'],
  reads: REPORT_READS,
  selection: 'none',
  changes: [],
  run(ctx) {
    const l = reportOf(ctx);
    if (!l.ok) return l;
    const r = l.report;
    return {
      ...answered(say('reportReady', { asOf: isoToDmy(r.asOf) }), l.warnings, { report: r }),
      book: l.read.book,
    };
  },
};

const SummaryInput = AsOfInput.extend({
  /** One page per emulation bloc after the province's table. */
  blocs: z.boolean().exactOptional(),
}).strict();

/** The summary workbook for the bloc's meetings, with the figures it holds. */
export const summary: CommandSpec<z.infer<typeof SummaryInput>, { report: Report }> = {
  id: 'summary',
  input: SummaryInput,
  who: ['office'],
  reads: REPORT_READS,
  selection: 'none',
  changes: [],
  run(ctx) {
    const l = reportOf(ctx);
    if (!l.ok) return l;
    const [book, r] = [l.read.book, l.report];
    return {
      ...answered(say('summaryReady'), l.warnings, { report: r }),
      book,
      files: [
        {
          name: SUMMARY_FILE,
          spec: describeSummary(book, r, { blocs: ctx.input.blocs === true }),
        },
      ],
    };
  },
};

/**
 * The report document (báo cáo sơ kết / tổng kết) drafted from the book, offered as a
 * description that the page or the command line writes to .docx.
 */
export const reportDoc: CommandSpec<AsOf, { report: Report }> = {
  id: 'reportDoc',
  input: AsOfInput,
  who: ['office'],
  reads: REPORT_READS,
  selection: 'none',
  changes: [],
  run(ctx) {
    const l = reportOf(ctx);
    if (!l.ok) return l;
    const [book, r] = [l.read.book, l.report];
    return {
      ...answered(say('reportDocReady', { asOf: isoToDmy(r.asOf) }), l.warnings, { report: r }),
      book,
      files: [{ name: `bao-cao-thi-dua-${r.asOf}.docx`, doc: describeReportDoc(book.plan, r) }],
    };
  },
};
