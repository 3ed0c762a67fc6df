/**
 * Marking rows of `Theo dõi` from a pane: the selected rows' input cells as they should be
 * written, checked first. Rows are those the sheet has now (the user may have sorted it).
 */
import type { Problem } from '../errors/problem';
import type { ReadRow } from './read-row';
import type { Status } from '../tracking/status';
import { STATUS_LABELS } from '../tracking/status';
import { columnOf, dateCell } from '../workbook/a1';
import type { Cell } from '../workbook/spec';
import type { Entry } from './model';

export interface MarkPatch {
  status?: Status;
  /** ISO date, or null to clear. */
  doneDate?: string | null;
  evidence?: string;
  note?: string;
}

export interface MarkWrite {
  /** 0-based sheet row. */
  row: number;
  /** Cells of `Trạng thái`, `Ngày hoàn thành`, `Minh chứng`, `Ghi chú`. */
  cells: Cell[];
  /** The sheet's columns (0-based) of those four cells, as the sheet has them now. */
  cols: number[];
  before: Entry;
  after: Entry;
}

export function markRows(
  rows: readonly ReadRow[],
  selected: readonly number[],
  patch: MarkPatch,
  today: string,
): { writes: MarkWrite[]; problems: Problem[] } {
  const bySheetRow = new Map(rows.map((r) => [r.row, r]));
  const writes: MarkWrite[] = [];
  const problems: Problem[] = [];
  for (const sheetRow of selected) {
    const r = bySheetRow.get(sheetRow);
    if (!r) continue;
    const before: Entry = {
      status: r.status.value ?? 'todo',
      doneDate: r.doneDate.value ?? null,
      evidence: r.evidence.value ?? '',
      note: r.note.value ?? '',
    };
    const after: Entry = { ...before, ...patch };
    // marking done without a date means done today, as an office would write it
    if (patch.status === 'done' && patch.doneDate === undefined && before.doneDate === null)
      after.doneDate = today;
    if (after.status !== 'done' && patch.status !== undefined && patch.doneDate === undefined)
      after.doneDate = before.doneDate;
    // a cell that could not be read is never overwritten by one the user did not ask to change
    const unreadable = (['status', 'doneDate', 'evidence', 'note'] as const).filter(
      (f) => r[f].value === undefined && patch[f] === undefined,
    );
    if (unreadable.length > 0) {
      problems.push(...r.problems.filter((p) => p.severity === 'error'));
      continue;
    }
    writes.push({
      row: sheetRow,
      cols: [r.status.cell, r.doneDate.cell, r.evidence.cell, r.note.cell].map(columnOf),
      cells: [
        STATUS_LABELS[after.status].vi,
        dateCell(after.doneDate),
        after.evidence || null,
        after.note || null,
      ],
      before,
      after,
    });
  }
  return { writes, problems };
}
