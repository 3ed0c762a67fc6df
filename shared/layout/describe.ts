/** The whole workbook of a book, and of a unit's file, as one host-neutral description. */
import type { Book } from '../book/model';
import type { Report } from '../report/compute';
import { computeReport } from '../report/compute';
import type { BookRole, SheetSpec, WorkbookSpec } from '../workbook/spec';
import { BOOK_ROLES } from '../workbook/spec';
import { archiveSheet, logSheet } from './history-sheets';
import { mappingsSheet, unitsSheet } from './directory-sheets';
import { guideSheet } from './guide-sheet';
import { finishCell, metaSheet } from './meta-sheet';
import { overviewSheet } from './overview-sheet';
import { planSheet } from './plan-sheet';
import type { ReportPositions } from './report-sheet';
import { reportSheet, unitFigures } from './report-sheet';
import { criteriaSheet } from './criteria-sheet';
import { scoreCells, scoresSheet } from './scores-sheet';
import { trackingSheet } from './tracking-sheet';

export const WORKBOOK_FONT = { name: 'Times New Roman', size: 12 } as const;

/** The identity sheet goes first (it says "being written") and the finish cell last. */
function workbook(book: Book, sheets: SheetSpec[]): WorkbookSpec {
  return {
    ...properties(book),
    sheets: [metaSheet(book), ...sheets],
    finish: finishCell(),
  };
}

function properties(book: Book): Pick<WorkbookSpec, 'font' | 'properties'> {
  const d = book.plan.document;
  return {
    font: { ...WORKBOOK_FONT },
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

/**
 * The book's workbook, or only the sheets of `roles` (in the book's order) where a command
 * changes only those: the identity sheet and its finish cell come with `meta`.
 */
export function describeBook(book: Book, roles: readonly BookRole[] = BOOK_ROLES): DescribedBook {
  const want = new Set<BookRole>(roles);
  // `Chấm điểm` and `Báo cáo` refer to each other's rows: one is never drawn without the other
  if (want.has('report')) ['criteria', 'scores'].forEach((r) => want.add(r as BookRole));
  const report = computeReport(book);
  const criteria = criteriaSheet(report.scoring);
  const { sheet: reportSpec, positions } = reportSheet(book, report, {
    criteria: criteria.cells,
    scores: scoreCells(report),
  });
  const sheets: Record<Exclude<BookRole, 'meta'>, () => SheetSpec> = {
    plan: () => planSheet(book.plan),
    tracking: () => trackingSheet(book),
    overview: () => overviewSheet(book),
    report: () => reportSpec,
    criteria: () => criteria.sheet,
    scores: () => scoresSheet(report, criteria.cells, unitFigures(positions)),
    units: () => unitsSheet(book),
    mappings: () => mappingsSheet(book),
    log: () => logSheet(book),
    archive: () => archiveSheet(book),
  };
  const drawn = BOOK_ROLES.filter((r): r is Exclude<BookRole, 'meta'> => r !== 'meta')
    .filter((r) => want.has(r))
    .map((r) => sheets[r]());
  const spec = want.has('meta') ? workbook(book, drawn) : { ...properties(book), sheets: drawn };
  return { spec, report, positions };
}

/**
 * The whole workbook of `book`, taking the sheets a command already drew from `drawn` and
 * describing only the others: a host that writes whole files (the command line) does not
 * describe a province's `Theo dõi` and log twice.
 */
export function wholeBook(book: Book, drawn: WorkbookSpec | null): WorkbookSpec {
  const have = new Set(drawn?.sheets.map((s) => s.role));
  const missing = BOOK_ROLES.filter((r) => !have.has(r));
  if (drawn && missing.length === 0) return drawn;
  const rest = describeBook(book, missing).spec;
  if (!drawn) return rest;
  const place = (s: SheetSpec) => BOOK_ROLES.indexOf(s.role as BookRole);
  const finish = drawn.finish ?? rest.finish;
  return {
    ...rest,
    sheets: [...drawn.sheets, ...rest.sheets].sort((a, b) => place(a) - place(b)),
    ...(finish ? { finish } : {}),
  };
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
