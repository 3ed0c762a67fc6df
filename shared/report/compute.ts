/**
 * The consolidated report's numbers: per period, per unit (with rank and classification) and
 * overall, plus the overdue and late rows. The workbook's live formulas compute the same
 * numbers; a test holds the two to each other through an independent engine.
 */
import type { Book, Thresholds, TrackingRow } from '../book/model';
import type { Status } from '../tracking/status';
import type { UnitGroup } from '../units/model';

export interface Counts {
  assigned: number;
  done: number;
  late: number;
  overdue: number;
  /** done / assigned; null when nothing is assigned. */
  rate: number | null;
}

interface PeriodReport extends Counts {
  key: string;
  label: string;
  tasks: number;
}

export type Classification = 'excellent' | 'good' | 'pass' | 'fail';

export const CLASSIFICATION_LABELS: Record<Classification, { vi: string; en: string }> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  pass: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed' },
  fail: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' },
};

interface UnitReport extends Counts {
  code: string;
  name: string;
  group: UnitGroup;
  rank: number | null;
  classification: Classification | null;
}

interface RowRef {
  taskId: string;
  periodLabel: string;
  no: number;
  content: string;
  unitCode: string;
  unitName: string;
  deadline: string | null;
  status: Status;
  doneDate: string | null;
  /** Days past the deadline: to the report date (overdue) or to completion (late). */
  days: number;
}

export interface Report {
  asOf: string;
  overall: Counts & { tasks: number };
  periods: PeriodReport[];
  units: UnitReport[];
  overdue: RowRef[];
  late: RowRef[];
  thresholds: Thresholds;
}

function isLate(r: TrackingRow): boolean {
  return (
    r.status === 'done' && r.doneDate !== null && r.deadline !== null && r.doneDate > r.deadline
  );
}

export function isOverdue(r: TrackingRow, asOf: string): boolean {
  return r.status !== 'done' && r.status !== 'skipped' && r.deadline !== null && r.deadline < asOf;
}

function count(rows: readonly TrackingRow[], asOf: string): Counts {
  let done = 0;
  let late = 0;
  let overdue = 0;
  for (const r of rows) {
    if (r.status === 'done') done++;
    if (isLate(r)) late++;
    if (isOverdue(r, asOf)) overdue++;
  }
  return {
    assigned: rows.length,
    done,
    late,
    overdue,
    rate: rows.length > 0 ? done / rows.length : null,
  };
}

function classify(rate: number | null, t: Thresholds): Classification | null {
  if (rate === null) return null;
  if (rate >= t.excellent) return 'excellent';
  if (rate >= t.good) return 'good';
  if (rate >= t.pass) return 'pass';
  return 'fail';
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const DAY = 86_400_000;
const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

export function computeReport(book: Book, asOf: string = book.asOf): Report {
  const tasks = new Map<string, { periodLabel: string; no: number; content: string }>();
  const periodOf = new Map<string, string>();
  for (const p of book.plan.periods) {
    for (const t of p.tasks) {
      tasks.set(t.id, { periodLabel: p.label, no: t.no, content: t.content });
      periodOf.set(t.id, p.key);
    }
  }
  const unitName = new Map(book.units.map((u) => [u.code, u.name]));
  const byPeriod = new Map<string, TrackingRow[]>();
  const byUnit = new Map<string, TrackingRow[]>();
  for (const r of book.rows) {
    const pk = periodOf.get(r.taskId) ?? '';
    push(byPeriod, pk, r);
    push(byUnit, r.unitCode, r);
  }
  const periods: PeriodReport[] = book.plan.periods.map((p) => ({
    key: p.key,
    label: p.label,
    tasks: p.tasks.length,
    ...count(byPeriod.get(p.key) ?? [], asOf),
  }));
  const units: UnitReport[] = book.units.map((u) => {
    const c = count(byUnit.get(u.code) ?? [], asOf);
    return {
      code: u.code,
      name: u.name,
      group: u.group,
      ...c,
      rank: null,
      classification: classify(c.rate, book.thresholds),
    };
  });
  // the spreadsheet RANK: 1 + the number of strictly higher rates; ties share a rank
  for (const u of units) {
    if (u.rate === null) continue;
    const rate = u.rate;
    u.rank = 1 + units.filter((o) => o.rate !== null && o.rate > rate).length;
  }
  const ref = (r: TrackingRow, days: number): RowRef => {
    const t = tasks.get(r.taskId);
    return {
      taskId: r.taskId,
      periodLabel: t?.periodLabel ?? '',
      no: t?.no ?? 0,
      content: t?.content ?? '',
      unitCode: r.unitCode,
      unitName: unitName.get(r.unitCode) ?? r.unitCode,
      deadline: r.deadline,
      status: r.status,
      doneDate: r.doneDate,
      days,
    };
  };
  const overdue = book.rows
    .filter((r) => isOverdue(r, asOf))
    .map((r) => ref(r, daysBetween(r.deadline as string, asOf)));
  const late = book.rows
    .filter(isLate)
    .map((r) => ref(r, daysBetween(r.deadline as string, r.doneDate as string)));
  const taskCount = book.plan.periods.reduce((n, p) => n + p.tasks.length, 0);
  return {
    asOf,
    overall: { tasks: taskCount, ...count(book.rows, asOf) },
    periods,
    units,
    overdue,
    late,
    thresholds: book.thresholds,
  };
}
