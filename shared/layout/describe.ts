/** The whole workbook of a book, and of a unit's file, as one host-neutral description. */
import type { Book } from '../book/model';
import type { Report } from '../report/compute';
import { computeReport } from '../report/compute';
import type { SheetSpec, WorkbookSpec } from '../workbook/spec';
import { archiveSheet, logSheet } from './history-sheets';
import { mappingsSheet, unitsSheet } from './directory-sheets';
import { guideSheet } from './guide-sheet';
import { finishCell, metaSheet } from './meta-sheet';
import { overviewSheet } from './overview-sheet';
import { planSheet } from './plan-sheet';
import type { ReportPositions } from './report-sheet';
import { reportSheet } from './report-sheet';
import { trackingSheet } from './tracking-sheet';

export const WORKBOOK_FONT = { name: 'Times New Roman', size: 12 } as const;

/** The identity sheet goes first (it says "being written") and the finish cell last. */
function workbook(book: Book, sheets: SheetSpec[]): WorkbookSpec {
  const d = book.plan.document;
  return {
    font: { ...WORKBOOK_FONT },
    sheets: [metaSheet(book), ...sheets],
    finish: finishCell(),
    properties: {
      title: [d.kind, d.number, d.title].filter(Boolean).join(' ') || 'Sổ Thi Đua',
      creator: 'Sổ Thi Đua',
    },
  };
}

export interface DescribedBook {
  spec: WorkbookSpec;
  report: Report;
  positions: ReportPositions;
}

export function describeBook(book: Book): DescribedBook {
  const report = computeReport(book);
  const { sheet: reportSpec, positions } = reportSheet(book, report);
  const spec = workbook(book, [
    planSheet(book.plan),
    trackingSheet(book),
    overviewSheet(book),
    reportSpec,
    unitsSheet(book),
    mappingsSheet(book),
    logSheet(book),
    archiveSheet(book),
  ]);
  return { spec, report, positions };
}

/** A unit's file: its own rows, the plan to read, how to fill it in, and the identity to match it back. */
export function describeUnitFile(book: Book): WorkbookSpec {
  const unit = book.units.find((u) => u.code === book.meta.unitCode);
  return workbook(book, [
    trackingSheet(book),
    guideSheet(unit?.name ?? book.meta.unitCode ?? ''),
    planSheet(book.plan),
    unitsSheet(book, true),
  ]);
}
