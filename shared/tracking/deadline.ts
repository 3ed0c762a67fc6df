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

const monthEnd = (y: number, m: number): string | null =>
  validDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());

/**
 * The latest date the time text names: dates ("15/02/2015", "30/6"), months ("Tháng 3",
 * "Tháng 8, 9/2015", "Từ tháng 3 đến tháng 5", "Tháng 12/2014 - tháng 1/2015"), or a period
 * ("Quý III"); null when it names none. A year written once ("tháng 3 - tháng 5/2014") holds
 * for every month that has none of its own.
 */
export function deadlineFromWhen(when: string, year: number | null): string | null {
  const folded = asciiFold(when);
  const years = [...folded.matchAll(/(?:^|\D)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  const textYear = years.length > 0 ? (years[years.length - 1] as number) : year;
  const found: string[] = [];
  for (const m of folded.matchAll(/(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/g)) {
    if (Number(m[2]) > 12 && !m[3]) continue;
    const y = m[3] ? Number(m[3]) : textYear;
    const d = y === null ? null : validDate(y, Number(m[2]), Number(m[1]));
    if (d) found.push(d);
  }
  const monthRe =
    /thang\s+((?:\d{1,2}\s*(?:,|;|va|-|–)\s*)*\d{1,2})(?!\s*[/.-]\s*\d{1,2}\b(?!\d))(?:\s*(?:\/|nam|,)\s*((?:19|20)\d{2}))?/g;
  for (const m of folded.matchAll(monthRe)) {
    const y = m[2] ? Number(m[2]) : textYear;
    if (y === null) continue;
    for (const part of (m[1] as string).split(/,|;|va|-|–/)) {
      const d = monthEnd(y, Number(part.trim()));
      if (d) found.push(d);
    }
  }
  if (found.length > 0) return found.reduce((a, b) => (a > b ? a : b));
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
