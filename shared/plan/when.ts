/**
 * The time a task's own column gives ("Thời gian": "15/02/2015", "Tháng 8, 9/2015", "Trước
 * 30/6", "Quý III", "Học kỳ II", "Hè 2024") read as the last date it names: the task's deadline.
 *
 * A month or a day written without its year takes the year written later in the text ("tháng 3 -
 * tháng 5/2014"), else the year that puts it inside the task's period (a period of December 2024
 * and January 2025 reads "Tháng 01" as January 2025), else the plan's: in a school year, August
 * to December are of its first year and January to July of the second.
 */
import { asciiFold } from '../text/normalize';
import type { DocumentInfo } from './model';
import type { PlanYear, YearContext } from './periods';
import { monthYear, parsePeriodLabel } from './periods';

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last ? `${y}-${pad(m)}-${pad(d)}` : null;
}

const monthEnd = (y: number, m: number): string | null =>
  validDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());

/** The dates of the period a task stands in, when it has them. */
export interface Within {
  start: string | null;
  end: string | null;
}

/** What a plan's year is, for reading the labels and times written without one. */
export function planYearOf(doc: DocumentInfo): YearContext {
  if (doc.schoolYear) return { year: Number(doc.schoolYear.slice(0, 4)), school: true };
  return doc.year;
}

function contextOf(c: YearContext): PlanYear | null {
  if (c === null) return null;
  return typeof c === 'number' ? { year: c, school: false } : c;
}

/**
 * The latest date the time text names: dates ("15/02/2015", "30/6"), months ("Tháng 3",
 * "Tháng 8, 9/2015", "Từ tháng 3 đến tháng 5", "Tháng 12/2014 - tháng 1/2015", "Tháng 11/2024 –
 * 12/2024"), or a period ("Quý III", "Quý II, III", "Học kỳ I", "Hè 2024"); null when it names
 * none.
 */
export function deadlineFromWhen(
  when: string,
  context: YearContext,
  within: Within = { start: null, end: null },
): string | null {
  const ctx = contextOf(context);
  const folded = asciiFold(when);
  const years = [...folded.matchAll(/(?:^|\D)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  const textYear = years.length > 0 ? (years[years.length - 1] as number) : null;
  /** The year of a month written without one. */
  const yearOf = (month: number): number | null => {
    if (textYear !== null) return textYear;
    if (within.start && within.end) {
      for (const y of new Set([Number(within.start.slice(0, 4)), Number(within.end.slice(0, 4))])) {
        const from = `${y}-${pad(month)}-01`;
        const to = `${y}-${pad(month)}-31`;
        if (to >= within.start && from <= within.end) return y;
      }
    }
    return ctx ? monthYear(ctx, month) : null;
  };
  const found: string[] = [];
  for (const m of folded.matchAll(/(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/g)) {
    if (Number(m[2]) > 12 && !m[3]) continue;
    const y = m[3] ? Number(m[3]) : yearOf(Number(m[2]));
    const d = y === null ? null : validDate(y, Number(m[2]), Number(m[1]));
    if (d) found.push(d);
  }
  const monthRe =
    /thang\s+((?:\d{1,2}\s*(?:,|;|va|-|–)\s*)*\d{1,2})(?!\s*[/.-]\s*\d{1,2}\b(?!\d))(?:\s*(?:\/|nam|,)\s*((?:19|20)\d{2}))?/g;
  for (const m of folded.matchAll(monthRe)) {
    for (const part of (m[1] as string).split(/,|;|va|-|–/)) {
      const month = Number(part.trim());
      const y = m[2] ? Number(m[2]) : yearOf(month);
      const d = y === null ? null : monthEnd(y, month);
      if (d) found.push(d);
    }
  }
  // "… – 12/2024": a month and its year with no "tháng" before it (not the end of a date)
  for (const m of folded.matchAll(/(?<![\d/.])(\d{1,2})\s*\/\s*((?:19|20)\d{2})(?!\d)/g)) {
    const d = monthEnd(Number(m[2]), Number(m[1]));
    if (d) found.push(d);
  }
  if (found.length > 0) return found.reduce((a, b) => (a > b ? a : b));
  const period = parsePeriodLabel(when, context);
  return period ? period.end : null;
}
