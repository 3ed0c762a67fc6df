/**
 * Period labels: "Quý I/2014", "QUÝ I NĂM 2014", "Tháng 01/2015", "6 tháng đầu năm 2014",
 * "Cả năm 2014" … turned into a key and start/end dates.
 */
import { asciiFold } from '../text/normalize';
import { romanValue } from './roman';

export interface PeriodInfo {
  kind: 'quarter' | 'month' | 'half' | 'year';
  key: string;
  start: string;
  end: string;
  year: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function range(
  year: number,
  firstMonth: number,
  lastMonth: number,
): { start: string; end: string } {
  return {
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(lastDay(year, lastMonth))}`,
  };
}

function numberOrRoman(token: string): number | null {
  if (/^\d{1,2}$/.test(token)) return Number(token);
  return romanValue(token);
}

function findYear(folded: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(folded);
  return m ? Number(m[1]) : null;
}

/**
 * Whether a text is a period heading, with its dates. `defaultYear` fills in a label written
 * without a year ("Quý II").
 */
export function parsePeriodLabel(label: string, defaultYear: number | null): PeriodInfo | null {
  if (label.length > 70) return null;
  // "I. Quý I/2014" and "I - QUÝ I NĂM 2014": a leading Roman numbering is not part of the label
  const folded = asciiFold(label)
    .replace(/^\s*[ivxlc]{1,6}\s*[.)\-–:]\s*/, '')
    .replace(/[:.]\s*$/, '')
    .trim();
  if (folded.length > 60) return null;
  const year = findYear(folded) ?? defaultYear;

  const quarter = /^quy\s+([ivx]{1,3}|[1-4])\b(?:\s*(?:\/|-|–|nam)\s*(\d{4}))?\s*$/.exec(folded);
  if (quarter) {
    const q = numberOrRoman(quarter[1] as string);
    if (q === null || q < 1 || q > 4 || year === null) return null;
    return { kind: 'quarter', key: `${year}-Q${q}`, year, ...range(year, q * 3 - 2, q * 3) };
  }

  const month = /^thang\s+(\d{1,2})\b(?:\s*(?:\/|-|–|nam)\s*(\d{4}))?\s*$/.exec(folded);
  if (month) {
    const m = Number(month[1]);
    if (m < 1 || m > 12 || year === null) return null;
    return { kind: 'month', key: `${year}-M${pad(m)}`, year, ...range(year, m, m) };
  }

  const half = /^(?:6|sau)\s+thang\s+(dau|cuoi)(?:\s+nam)?(?:\s*(?:\/|-|–)?\s*(\d{4}))?\s*$/.exec(
    folded,
  );
  if (half) {
    if (year === null) return null;
    const h = half[1] === 'dau' ? 1 : 2;
    return { kind: 'half', key: `${year}-H${h}`, year, ...range(year, h * 6 - 5, h * 6) };
  }

  const whole = /^(?:ca\s+nam|nam)(?:\s*(\d{4}))?\s*$/.exec(folded);
  if (whole) {
    if (year === null) return null;
    return { kind: 'year', key: String(year), year, ...range(year, 1, 12) };
  }
  return null;
}

/** "Quý", "Tháng", "6 tháng", "Cả năm": does the text at least try to name a period? */
export function looksLikePeriodLabel(text: string): boolean {
  if (text.length > 70) return false;
  const folded = asciiFold(text)
    .replace(/^\s*[ivxlc]{1,6}\s*[.)\-–:]\s*/, '')
    .trim();
  return folded.length <= 60 && /^(quy|thang|6 thang|sau thang|ca nam)\b/.test(folded);
}
