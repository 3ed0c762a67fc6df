/**
 * Rows added again for a (task, unit) whose entry is on the archive (its row was deleted, or the
 * unit unassigned, and now the plan wants the row back): the latest archived entry goes back onto
 * the row and leaves the archive, so that the report counts it again; each is logged and said.
 */
import { warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import { SHEET, WB } from '../i18n/workbook-vi';
import { STATUS_LABELS } from '../tracking/status';
import { isoToDmy } from '../workbook/a1';
import type { ArchivedRow, LogEntry, TrackingRow } from './model';
import { isEmptyEntry, rowKey } from './model';

export interface Restored {
  archive: ArchivedRow[];
  log: LogEntry[];
  problems: Problem[];
  count: number;
}

/** `added` are rows just made for the assignments: the entries restored are written onto them. */
export function restoreArchived(
  added: readonly TrackingRow[],
  archive: readonly ArchivedRow[],
  now: string,
): Restored {
  const wanted = new Map(added.map((r) => [rowKey(r.taskId, r.unitCode), r]));
  const out = [...archive];
  const restored: ArchivedRow[] = [];
  for (let i = out.length - 1; i >= 0; i--) {
    const a = out[i] as ArchivedRow;
    const key = rowKey(a.taskId, a.unitCode);
    const row = wanted.get(key);
    if (!row || isEmptyEntry(a)) continue;
    wanted.delete(key);
    Object.assign(row, {
      status: a.status,
      doneDate: a.doneDate,
      evidence: a.evidence,
      note: a.note,
    });
    restored.unshift(a);
    out.splice(i, 1);
  }
  const shown = (a: ArchivedRow): string =>
    [STATUS_LABELS[a.status].vi, a.doneDate ? isoToDmy(a.doneDate) : '', a.evidence, a.note]
      .filter(Boolean)
      .join(', ');
  return {
    archive: out,
    count: restored.length,
    log: restored.map((a) => ({
      at: now,
      source: SHEET.archive,
      unitCode: a.unitCode,
      taskId: a.taskId,
      field: WB.fields.row,
      old: SHEET.archive,
      new: SHEET.tracking,
      outcome: 'applied',
    })),
    problems: restored.map((a) =>
      warning(
        'archivedEntryRestored',
        { sheet: SHEET.tracking },
        { taskId: a.taskId, unit: a.unitName, entry: shown(a) },
      ),
    ),
  };
}
