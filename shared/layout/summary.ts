/** The summary workbook for bloc meetings: the report's tables as plain values, units by rank, A4. */
import type { Book } from '../book/model';
import { SHEET, WB } from '../i18n/workbook-vi';
import type { Report } from '../report/compute';
import type { Cell, SheetSpec, WorkbookSpec } from '../workbook/spec';
import { WORKBOOK_FONT } from './describe';
import { blocSheet, blocSheetName } from './bloc-sheet';
import { criteriaSheet } from './criteria-sheet';
import { reportSheet } from './report-sheet';
import { scoreCells } from './scores-sheet';

function valuesOnly(sheet: SheetSpec): SheetSpec {
  const plainCell = (c: Cell): Cell =>
    c !== null && typeof c === 'object' && c.kind === 'formula' ? c.value : c;
  return {
    ...sheet,
    rows: sheet.rows.map((r) => r.map(plainCell)),
    styles: sheet.styles.map((s) => ({ ...s, style: { ...s.style, unlocked: false } })),
  };
}

/**
 * The province's table, units of each bloc together by rank, the departments after them; with
 * `blocs`, one page per bloc for its meeting after it.
 */
export function describeSummary(
  book: Book,
  report: Report,
  opts: { blocs?: boolean } = {},
): WorkbookSpec {
  const byCode = new Map(report.units.map((u) => [u.code, u]));
  const ranked = [
    ...report.blocs.flatMap((b) => b.units.map((c) => byCode.get(c)!)),
    ...report.units.filter((u) => u.bloc === ''),
  ].filter((u) => u.assigned > 0);
  const { sheet } = reportSheet(
    book,
    { ...report, units: ranked },
    {
      criteria: criteriaSheet(report.scoring).cells,
      scores: scoreCells(report),
    },
  );
  const summary = valuesOnly(sheet);
  summary.name = SHEET.summary;
  summary.role = 'summary';
  summary.rows[0] = [
    WB.summaryTitle(book.plan.document.year, book.plan.document.schoolYear),
    ...summary.rows[0]!.slice(1),
  ];
  const taken = new Set<string>([summary.name]);
  const blocSheets = opts.blocs
    ? report.blocs.map((b) => {
        const name = blocSheetName(b.name, taken);
        taken.add(name);
        return blocSheet(book, report, b, name);
      })
    : [];
  return {
    font: { ...WORKBOOK_FONT },
    sheets: [summary, ...blocSheets],
    properties: {
      title: WB.summaryTitle(book.plan.document.year, book.plan.document.schoolYear),
      creator: 'Sổ Thi Đua',
    },
  };
}
