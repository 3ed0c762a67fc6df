/**
 * A task's deadline: from its time column when that names a date, a month or a quarter
 * ("15/02/2015", "Tháng 3", "Quý III", "trước ngày 30/6"), else the end of its period.
 */
import type { Period, Task } from '../plan/model';
import { parsePeriodLabel } from '../plan/periods';
import { asciiFold } from '../text/normalize';

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** The latest date the time text names, or null when it names none. */
export function deadlineFromWhen(when: string, year: number | null): string | null {
  const folded = asciiFold(when);
  const dates = [...folded.matchAll(/(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/g)]
    .map((m) => {
      const y = m[3] ? Number(m[3]) : year;
      return y === null ? null : validDate(y, Number(m[2]), Number(m[1]));
    })
    .filter((d): d is string => d !== null);
  if (dates.length > 0) return dates.sort().at(-1) ?? null;
  // "Tháng 8, 9/2015" → the last month named
  const months = /thang\s+((?:\d{1,2}\s*[,;-]\s*)*\d{1,2})(?:\s*(?:\/|nam)\s*(\d{4}))?/.exec(
    folded,
  );
  if (months) {
    const list = (months[1] as string).split(/[,;-]/).map((x) => Number(x.trim()));
    const y = months[2] ? Number(months[2]) : year;
    const m = Math.max(...list);
    if (y !== null && m >= 1 && m <= 12)
      return validDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
  }
  const period = parsePeriodLabel(when, year);
  return period ? period.end : null;
}

export function taskDeadline(task: Task, period: Period, year: number | null): string | null {
  if (task.when) {
    const d = deadlineFromWhen(task.when, year);
    if (d) return d;
  }
  return period.end;
}
