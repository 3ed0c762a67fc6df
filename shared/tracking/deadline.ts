/**
 * A task's deadline: from its time column when that names a date, a month or a period
 * ("15/02/2015", "Tháng 3", "Quý III", "trước ngày 30/6", "Học kỳ II"), else the end of its period.
 */
import type { Period, Task } from '../plan/model';
import type { YearContext } from '../plan/periods';
import { deadlineFromWhen } from '../plan/when';

export { deadlineFromWhen } from '../plan/when';

export function taskDeadline(task: Task, period: Period, year: YearContext): string | null {
  if (task.when) {
    const d = deadlineFromWhen(task.when, year, period);
    if (d) return d;
  }
  return period.end;
}
