/** The summary workbook for bloc meetings: the report's tables as plain values, units by rank, A4. */
import type { Book } from '../book/model';
import { SHEET, WB } from '../i18n/workbook-vi';
import type { Report } from '../report/compute';
import type { Cell, SheetSpec, WorkbookSpec } from '../workbook/spec';
import { WORKBOOK_FONT } from './describe';
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

export function describeSummary(book: Book, report: Report): WorkbookSpec {
  const ranked = [...report.units]
    .filter((u) => u.assigned > 0)
    .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.name.localeCompare(b.name, 'vi'));
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
  return {
    font: { ...WORKBOOK_FONT },
    sheets: [summary],
    properties: {
      title: WB.summaryTitle(book.plan.document.year, book.plan.document.schoolYear),
      creator: 'Sổ Thi Đua',
    },
  };
}
