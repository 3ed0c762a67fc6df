/** `Tổng quan`: tasks × units per period, one status symbol a cell, for the office at a glance. */
import type { Book } from '../book/model';
import { rowKey } from '../book/model';
import { SHEET, WB } from '../i18n/workbook-vi';
import { isOverdue } from '../report/compute';
import { STATUS_LABELS } from '../tracking/status';
import { isoToDmy } from '../workbook/a1';
import type { SheetSpec } from '../workbook/spec';
import { FILL, SheetBuilder } from './builder';

const OVERDUE = '!';

export function overviewSheet(book: Book): SheetSpec {
  const used = new Set(book.rows.map((r) => r.unitCode));
  const units = book.units.filter((u) => used.has(u.code));
  const fixed = 4;
  const width = fixed + units.length;
  const b = new SheetBuilder(width);
  const byKey = new Map(book.rows.map((r) => [rowKey(r.taskId, r.unitCode), r]));
  b.paragraph(WB.overviewTitle(isoToDmy(book.asOf)), { bold: true }, 200);
  b.paragraph(WB.overviewLegend, { italic: true }, 200);
  const header = b.add([
    'Mã CV',
    'STT',
    WB.overviewTask,
    WB.overviewDone,
    ...units.map((u) => u.code),
  ]);
  b.style(
    { row: header, col: 0, rows: 1, cols: width },
    { bold: true, fill: FILL.header, border: true, hAlign: 'center', wrap: true },
  );
  const first = b.next;
  for (const period of book.plan.periods) {
    const pr = b.add([period.label]);
    b.merge({ row: pr, col: 0, rows: 1, cols: fixed });
    b.style({ row: pr, col: 0, rows: 1, cols: width }, { bold: true, fill: FILL.period });
    for (const task of period.tasks) {
      let assigned = 0;
      let done = 0;
      const marks = units.map((u) => {
        const r = byKey.get(rowKey(task.id, u.code));
        if (!r) return null;
        assigned++;
        if (r.status === 'done') done++;
        return isOverdue(r, book.asOf) ? OVERDUE : STATUS_LABELS[r.status].symbol;
      });
      b.add([task.id, task.no, task.content, assigned > 0 ? `${done}/${assigned}` : '', ...marks]);
    }
  }
  const n = b.next - first;
  if (n > 0) {
    b.style({ row: first, col: 0, rows: n, cols: width }, { border: true, vAlign: 'top' });
    b.style({ row: first, col: 1, rows: n, cols: 1 }, { hAlign: 'center' });
    b.style({ row: first, col: 3, rows: n, cols: width - 3 }, { hAlign: 'center' });
    if (units.length > 0) {
      const grid = { row: first, col: fixed, rows: n, cols: units.length };
      b.conditionalFormats.push(
        { range: grid, equals: STATUS_LABELS.done.symbol, fill: FILL.done },
        { range: grid, equals: STATUS_LABELS.doing.symbol, fill: FILL.doing },
        { range: grid, equals: STATUS_LABELS.skipped.symbol, fill: FILL.skipped },
        { range: grid, equals: OVERDUE, fill: FILL.overdue, fontColor: '#9C0006' },
      );
    }
  }
  return b.build({
    name: SHEET.overview,
    role: 'overview',
    visibility: 'visible',
    columns: [12, 5, 44, 8, ...units.map((u) => Math.max(5, u.code.length + 2))],
    freeze: { rows: header + 1, cols: fixed },
    protect: true,
    print: { orientation: 'landscape', repeatRows: { first: header, last: header } },
  });
}
