/** `Nhật ký` (every change merged or refused) and `Lưu trữ` (rows that left the plan, kept whole). */
import { dateCell } from '../workbook/a1';
import type { Book } from '../book/model';
import { ROLE_LABELS } from '../book/model';
import { ARCHIVE_HEADERS, LOG_HEADERS, SHEET, WB } from '../i18n/workbook-vi';
import { STATUS_LABELS } from '../tracking/status';
import type { SheetSpec } from '../workbook/spec';
import { DATE_FORMAT, HEADER_STYLE, SheetBuilder } from './builder';

/** "2014-05-02T08:30:00.000Z" → "02/05/2014 08:30" (UTC+7, the offices' time). */
function stamp(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 7 * 3_600_000).toISOString();
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`;
}

export function logSheet(book: Pick<Book, 'log'>): SheetSpec {
  const b = new SheetBuilder(LOG_HEADERS.length);
  b.add([...LOG_HEADERS]);
  // a consolidation's lines share its one time: a province's round is 150,000 lines
  const stamps = new Map<string, string>();
  for (const e of book.log) {
    let at = stamps.get(e.at);
    if (at === undefined) stamps.set(e.at, (at = stamp(e.at)));
    b.add([at, e.source, e.unitCode, e.taskId, e.field, e.old, e.new, WB.logOutcome[e.outcome]]);
  }
  const n = book.log.length;
  b.style({ row: 0, col: 0, rows: 1, cols: LOG_HEADERS.length }, HEADER_STYLE);
  if (n > 0) {
    b.style(
      { row: 1, col: 0, rows: n, cols: LOG_HEADERS.length },
      { border: true, wrap: true, vAlign: 'top', numberFormat: '@' },
    );
  }
  return b.build({
    name: SHEET.log,
    role: 'log',
    visibility: 'visible',
    columns: [17, 26, 10, 13, 18, 28, 28, 24],
    freeze: { rows: 1, cols: 0 },
    protect: true,
    print: { orientation: 'landscape', repeatRows: { first: 0, last: 0 } },
  });
}

/** The archive, with the office's own columns of `Theo dõi` after its own, so their values stay. */
export function archiveSheet(book: Pick<Book, 'archive' | 'extraColumns'>): SheetSpec {
  const extra = (book.extraColumns ?? []).map((c) => c.header);
  const width = ARCHIVE_HEADERS.length + extra.length;
  const b = new SheetBuilder(width);
  b.add([...ARCHIVE_HEADERS, ...extra]);
  for (const a of book.archive) {
    b.add([
      stamp(a.archivedAt),
      a.reason,
      a.taskId,
      a.periodLabel,
      a.content,
      a.unitName,
      ROLE_LABELS[a.role].vi,
      dateCell(a.deadline),
      STATUS_LABELS[a.status].vi,
      dateCell(a.doneDate),
      a.evidence,
      a.note,
      ...extra.map((_, i) => a.extras?.[i] ?? null),
    ]);
  }
  const n = book.archive.length;
  b.style({ row: 0, col: 0, rows: 1, cols: width }, HEADER_STYLE);
  if (n > 0) {
    b.style({ row: 1, col: 0, rows: n, cols: width }, { border: true, wrap: true, vAlign: 'top' });
    b.style({ row: 1, col: 7, rows: n, cols: 1 }, { numberFormat: DATE_FORMAT });
    b.style({ row: 1, col: 9, rows: n, cols: 1 }, { numberFormat: DATE_FORMAT });
  }
  return b.build({
    name: SHEET.archive,
    role: 'archive',
    visibility: 'visible',
    columns: [17, 24, 12, 12, 40, 24, 10, 12, 16, 13, 26, 22, ...extra.map(() => 18)],
    freeze: { rows: 1, cols: 0 },
    protect: true,
    print: { orientation: 'landscape', repeatRows: { first: 0, last: 0 } },
  });
}
