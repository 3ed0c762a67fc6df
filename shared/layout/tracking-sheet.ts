/**
 * `Theo dõi`: one row per (task, unit) with exactly the headers units fill in by. Rows are grouped
 * by unit so that each unit's cells form one block a host can open to that unit alone.
 */
import { ROLE_LABELS } from '../book/model';
import type { Book } from '../book/model';
import { sortRows, taskIndex } from '../book/index';
import { SHEET, WB } from '../i18n/workbook-vi';
import { periodLabels } from './period-labels';
import { STATUS_LABELS, STATUSES } from '../tracking/status';
import { dateCell } from '../workbook/a1';
import type { Cell, SheetSpec } from '../workbook/spec';
import { DATE_FORMAT, FILL, SheetBuilder } from './builder';
import { INPUT_FIELDS, columnRuns, trackingColumns } from './tracking-columns';

export function trackingSheet(book: Book): SheetSpec {
  const cols = trackingColumns(book.extraColumns);
  const COL = cols.at;
  const width = cols.width;
  const b = new SheetBuilder(width);
  const tasks = taskIndex(book);
  const labels = periodLabels(book.plan);
  const units = new Map(book.units.map((u) => [u.code, u]));
  b.add(cols.headers);
  const rows = sortRows(book.rows, book);
  const unitRanges: NonNullable<SheetSpec['unitRanges']> = [];
  // the input cells form one block unless the office put a column of its own among them
  const inputRuns = columnRuns(INPUT_FIELDS.map((f) => COL[f]));
  for (const r of rows) {
    const info = tasks.get(r.taskId);
    const unit = units.get(r.unitCode);
    const cells: Cell[] = new Array<Cell>(width).fill(null);
    const put = (f: keyof typeof COL, v: Cell) => {
      cells[COL[f]] = v;
    };
    put('taskId', r.taskId);
    put('period', (info ? labels.get(info.period.key) : undefined) ?? '');
    put('no', info?.task.no ?? null);
    put('content', info?.task.content ?? '');
    put('unit', unit?.name ?? r.unitCode);
    put('role', ROLE_LABELS[r.role].vi);
    put('deadline', dateCell(r.deadline));
    put('status', STATUS_LABELS[r.status].vi);
    put('doneDate', dateCell(r.doneDate));
    put('evidence', r.evidence);
    put('note', r.note);
    cols.extras.forEach((c, i) => {
      cells[c] = r.extras?.[i] ?? null;
    });
    const at = b.add(cells);
    const last = unitRanges.slice(-inputRuns.length);
    if (last.length > 0 && last[0]?.unitCode === r.unitCode) last.forEach((u) => u.range.rows++);
    else {
      for (const run of inputRuns) {
        unitRanges.push({
          unitCode: r.unitCode,
          emails: unit?.emails ?? [],
          range: { row: at, col: run.col, rows: 1, cols: run.cols },
        });
      }
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
    for (const run of inputRuns) b.style(all(run.col, run.cols), { unlocked: true });
    b.style(all(COL.evidence), { wrap: true, numberFormat: '@' });
    b.style(all(COL.note), { wrap: true, numberFormat: '@' });
    for (const c of cols.extras) b.style(all(c), { wrap: true });
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
    columns: cols.widths,
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
