/** Lookups over a book that several layouts and readers need. */
import type { Period, Task } from '../plan/model';
import type { Unit } from '../units/model';
import type { Book, TrackingRow } from './model';

export interface TaskInfo {
  task: Task;
  period: Period;
  /** Position in plan order, for sorting. */
  order: number;
}

export function taskIndex(book: Pick<Book, 'plan'>): Map<string, TaskInfo> {
  const out = new Map<string, TaskInfo>();
  let order = 0;
  for (const period of book.plan.periods) {
    for (const task of period.tasks) out.set(task.id, { task, period, order: order++ });
  }
  return out;
}

function unitIndex(units: readonly Unit[]): Map<string, { unit: Unit; order: number }> {
  return new Map(units.map((unit, order) => [unit.code, { unit, order }]));
}

/** Rows grouped by unit (directory order), then in plan order: each unit's rows are one block. */
export function sortRows(
  rows: readonly TrackingRow[],
  book: Pick<Book, 'plan' | 'units'>,
): TrackingRow[] {
  const tasks = taskIndex(book);
  const units = unitIndex(book.units);
  const big = Number.MAX_SAFE_INTEGER;
  return [...rows].sort(
    (a, b) =>
      (units.get(a.unitCode)?.order ?? big) - (units.get(b.unitCode)?.order ?? big) ||
      a.unitCode.localeCompare(b.unitCode) ||
      (tasks.get(a.taskId)?.order ?? big) - (tasks.get(b.taskId)?.order ?? big),
  );
}
