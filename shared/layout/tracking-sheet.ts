/**
 * `Theo dõi`: one row per (task, unit) with exactly the headers units fill in by. Rows are grouped
 * by unit so that each unit's cells form one block a host can open to that unit alone.
 */
import { ROLE_LABELS } from '../book/model';
import type { Book } from '../book/model';
import { sortRows, taskIndex } from '../book/index';
import { SHEET, TRACKING_HEADERS, WB } from '../i18n/workbook-vi';
import { periodLabels } from './period-labels';
import { STATUS_LABELS, STATUSES } from '../tracking/status';
import type { Cell, SheetSpec } from '../workbook/spec';
import { DATE_FORMAT, FILL, SheetBuilder } from './builder';

/** Zero-based columns of `Theo dõi`. */
export const COL = {
  taskId: 0,
  period: 1,
  no: 2,
  content: 3,
  unit: 4,
  role: 5,
  deadline: 6,
  status: 7,
  doneDate: 8,
  evidence: 9,
  note: 10,
} as const;

export const TRACKING_WIDTHS = [12, 13, 5, 52, 26, 10, 12, 17, 13, 30, 24];

export const date = (iso: string | null): Cell => (iso ? { kind: 'date', iso } : null);

export function trackingSheet(book: Book): SheetSpec {
  const width = TRACKING_HEADERS.length;
  const b = new SheetBuilder(width);
  const tasks = taskIndex(book);
  const labels = periodLabels(book.plan);
  const units = new Map(book.units.map((u) => [u.code, u]));
  b.add([...TRACKING_HEADERS]);
  const rows = sortRows(book.rows, book);
  const unitRanges: NonNullable<SheetSpec['unitRanges']> = [];
  for (const r of rows) {
    const info = tasks.get(r.taskId);
    const unit = units.get(r.unitCode);
    const at = b.add([
      r.taskId,
      (info ? labels.get(info.period.key) : undefined) ?? '',
      info?.task.no ?? null,
      info?.task.content ?? '',
      unit?.name ?? r.unitCode,
      ROLE_LABELS[r.role].vi,
      date(r.deadline),
      STATUS_LABELS[r.status].vi,
      date(r.doneDate),
      r.evidence,
      r.note,
    ]);
    const last = unitRanges[unitRanges.length - 1];
    if (last && last.unitCode === r.unitCode) last.range.rows++;
    else {
      unitRanges.push({
        unitCode: r.unitCode,
        emails: unit?.emails ?? [],
        range: { row: at, col: COL.status, rows: 1, cols: 4 },
      });
    }
  }
  const n = rows.length;
  const all = (col: number, cols = 1) => ({ row: 1, col, rows: Math.max(n, 1), cols });
  b.style(
    { row: 0, col: 0, rows: 1, cols: width },
    {
      bold: true,
      hAlign: 'center',
      vAlign: 'middle',
      wrap: true,
      fill: FILL.header,
      border: true,
    },
  );
  if (n > 0) {
    b.style({ row: 1, col: 0, rows: n, cols: width }, { border: true, vAlign: 'top' });
    b.style(all(COL.content), { wrap: true });
    b.style(all(COL.no), { hAlign: 'center' });
    b.style(all(COL.deadline), { numberFormat: DATE_FORMAT, hAlign: 'center' });
    b.style(all(COL.doneDate), { numberFormat: DATE_FORMAT, hAlign: 'center' });
    b.style(all(COL.status, 4), { unlocked: true });
    b.style(all(COL.evidence, 2), { wrap: true, numberFormat: '@' });
  }
  b.validations.push(
    {
      kind: 'list',
      range: all(COL.status),
      values: STATUSES.map((s) => STATUS_LABELS[s].vi),
      allowInvalid: false,
      prompt: { ...WB.statusPrompt },
    },
    { kind: 'date', range: all(COL.doneDate), allowInvalid: false, prompt: { ...WB.datePrompt } },
  );
  const colour = (s: 'done' | 'doing' | 'skipped', fill: string) =>
    b.conditionalFormats.push({ range: all(COL.status), equals: STATUS_LABELS[s].vi, fill });
  colour('done', FILL.done);
  colour('doing', FILL.doing);
  colour('skipped', FILL.skipped);
  return b.build({
    name: SHEET.tracking,
    role: 'tracking',
    visibility: 'visible',
    columns: TRACKING_WIDTHS,
    freeze: { rows: 1, cols: 1 },
    protect: true,
    autoFilter: { row: 0, col: 0, rows: n + 1, cols: width },
    print: {
      orientation: 'landscape',
      repeatRows: { first: 0, last: 0 },
      header: WB.trackingTitle,
    },
    unitRanges,
  });
}
