/**
 * The ledger: every entry of `Theo dõi` as the book was last written, kept on the hidden
 * identity sheet. A row deleted from `Theo dõi` by hand is noticed when the book is next read,
 * and its entry goes to `Lưu trữ` instead of disappearing.
 */
import type { Status } from '../tracking/status';
import { STATUSES } from '../tracking/status';
import type { Entry, TrackingRow } from './model';
import { isEmptyEntry } from './model';

/** [task, unit, status, completion date, evidence, note] */
export type LedgerLine = [string, string, Status, string | null, string, string];

export function ledgerOf(rows: readonly TrackingRow[]): LedgerLine[] {
  return rows
    .filter((r) => !isEmptyEntry(r))
    .map((r) => [r.taskId, r.unitCode, r.status, r.doneDate, r.evidence, r.note]);
}

export interface LedgerRow extends Entry {
  taskId: string;
  unitCode: string;
}

/** The ledger as read back; lines that are not as written are left out. */
export function ledgerRows(json: unknown): LedgerRow[] {
  if (!Array.isArray(json)) return [];
  const out: LedgerRow[] = [];
  for (const l of json) {
    if (!Array.isArray(l) || l.length !== 6) continue;
    const [taskId, unitCode, status, doneDate, evidence, note] = l as unknown[];
    if (typeof taskId !== 'string' || typeof unitCode !== 'string') continue;
    if (!(STATUSES as readonly unknown[]).includes(status)) continue;
    out.push({
      taskId,
      unitCode,
      status: status as Status,
      doneDate: typeof doneDate === 'string' ? doneDate : null,
      evidence: typeof evidence === 'string' ? evidence : '',
      note: typeof note === 'string' ? note : '',
    });
  }
  return out;
}
