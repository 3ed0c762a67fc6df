/**
 * From the plan's owner phrases to one row per (task, unit): the desired assignments, and their
 * reconciliation with the rows a book already has, so that no entry is ever lost: rows that are
 * no longer wanted but hold entries go to the archive.
 */
import { WB } from '../i18n/workbook-vi';
import type { Plan, Task } from '../plan/model';
import { planYearOf } from '../plan/when';
import { taskDeadline } from '../tracking/deadline';
import type { Resolution, Resolver } from '../units/resolve';
import type { ArchivedRow, Role, TrackingRow } from './model';
import { isEmptyEntry, rowKey } from './model';

export interface Assignment {
  taskId: string;
  unitCode: string;
  role: Role;
  deadline: string | null;
}

export interface AssignmentPlan {
  assignments: Assignment[];
  /** Every distinct phrase of the plan with its resolution, in order of first use. */
  resolutions: Resolution[];
  /** Tasks none of whose parties resolved to a unit. */
  unassigned: Task[];
}

export function planAssignments(plan: Plan, resolver: Resolver): AssignmentPlan {
  const assignments: Assignment[] = [];
  const seen = new Map<string, Resolution>();
  const unassigned: Task[] = [];
  const order = new Map(resolver.directory.units.map((u, i) => [u.code, i]));
  const resolve = (phrase: string): Resolution => {
    let r = seen.get(phrase);
    if (!r) {
      r = resolver.resolve(phrase);
      seen.set(phrase, r);
    }
    return r;
  };
  for (const period of plan.periods) {
    for (const task of period.tasks) {
      const deadline = taskDeadline(task, period, planYearOf(plan.document));
      const roles = new Map<string, Role>();
      for (const phrase of task.owners) for (const u of resolve(phrase).units) roles.set(u, 'lead');
      for (const phrase of task.support) {
        for (const u of resolve(phrase).units) if (!roles.has(u)) roles.set(u, 'support');
      }
      // units the office assigned to this task by hand
      const own = resolver.mapped(WB.taskPhrase(task.id));
      if (own) for (const u of own.units) if (!roles.has(u)) roles.set(u, 'lead');
      if (roles.size === 0) unassigned.push(task);
      const codes = [...roles.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      for (const unitCode of codes) {
        assignments.push({
          taskId: task.id,
          unitCode,
          role: roles.get(unitCode) as Role,
          deadline,
        });
      }
    }
  }
  return { assignments, resolutions: [...seen.values()], unassigned };
}

export interface Reconciled {
  rows: TrackingRow[];
  added: TrackingRow[];
  archived: TrackingRow[];
  /** Rows no longer wanted that held no entry. */
  dropped: TrackingRow[];
}

/** The rows the assignments call for, keeping every entry already made. */
export function reconcileRows(
  existing: readonly TrackingRow[],
  wanted: readonly Assignment[],
): Reconciled {
  const byKey = new Map(existing.map((r) => [rowKey(r.taskId, r.unitCode), r]));
  const rows: TrackingRow[] = [];
  const added: TrackingRow[] = [];
  const kept = new Set<string>();
  for (const a of wanted) {
    const key = rowKey(a.taskId, a.unitCode);
    if (kept.has(key)) continue;
    kept.add(key);
    const old = byKey.get(key);
    if (old) {
      rows.push({ ...old, role: a.role, deadline: a.deadline });
    } else {
      const row: TrackingRow = { ...a, status: 'todo', doneDate: null, evidence: '', note: '' };
      rows.push(row);
      added.push(row);
    }
  }
  const archived: TrackingRow[] = [];
  const dropped: TrackingRow[] = [];
  for (const r of existing) {
    if (kept.has(rowKey(r.taskId, r.unitCode))) continue;
    (isEmptyEntry(r) ? dropped : archived).push(r);
  }
  return { rows, added, archived, dropped };
}

export function archiveRow(
  row: TrackingRow,
  context: { periodLabel: string; content: string; unitName: string },
  at: string,
  reason: string,
): ArchivedRow {
  return { ...row, ...context, archivedAt: at, reason };
}
