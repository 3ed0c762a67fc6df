/**
 * Period labels as plans write them: "Quý I/2014", "QUÝ I NĂM 2014", "QuýIII/2023", "Quí IV",
 * "I. QUÝ I (Tháng 01 – 03/2024)", "Tháng 02/2024", "Tháng 01 - 03/2024", "6 tháng đầu năm 2014",
 * "Cả năm", "Nhiệm vụ thường xuyên" … turned into a key and start/end dates.
 *
 * Everything is matched on the folded label (no diacritics, lower case), so old spellings and
 * tone placements read the same; a year written in the label wins over the plan's year.
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

/** "III", "i i i", "3" → 3. */
function numberOrRoman(token: string): number | null {
  const t = token.replace(/\s+/g, '');
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return romanValue(t);
}

const YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/;

/** Leading numbering of a heading: "I.", "II -", "1)", "a.", "Phần I:". */
const NUMBERING = /^\s*(?:phan\s+)?(?:[ivxlc]{1,6}|\d{1,2}|[a-e])\s*[.)\-–:]\s*(?=\S)/;

/**
 * The label reduced to what names the period: folded, without leading numbering, notes in
 * brackets, "(tiếp theo)", the year and closing punctuation; with the year found anywhere in it.
 */
function reduce(label: string): { core: string; year: number | null } {
  let s = asciiFold(label).replace(/\s+/g, ' ').trim();
  // "I. Quý I", but not the "6" of "6 tháng đầu năm"
  if (!/^\d+\s*thang\b/.test(s)) s = s.replace(NUMBERING, '');
  const y = YEAR.exec(s);
  const year = y ? Number(y[1]) : null;
  s = s
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\btiep(?:\s+theo)?\b\s*$/, ' ')
    .replace(/[\s:.,;]+$/, '')
    .replace(/\s*[-–/,]?\s*(?:19|20)\d{2}\s*$/, '')
    .replace(/[\s:.,;]+$/, '')
    // "Quý I năm", but not "Cả năm" or "6 tháng đầu năm", which need the word
    .replace(/^(.*\S)\s+nam$/, (all: string, head: string) =>
      /(?:^|\s)(?:ca|trong|quanh|hang|dau|cuoi)$/.test(head) ? all : head,
    )
    .replace(/\s+/g, ' ')
    .trim();
  return { core: s, year };
}

const QUARTER = /^(?:quy|qui)\s*((?:[ivx]\s?){1,4}|[1-4])$/;
const MONTH = /^thang\s*(\d{1,2})$/;
const MONTH_RANGE =
  /^(?:tu\s+)?thang\s*(\d{1,2})\s*(?:-|–|den(?:\s+thang)?|-\s*thang)\s*(\d{1,2})$/;
const HALF = /^(?:0?6|sau)\s*thang\s*(dau|cuoi)(?:\s*nam)?$/;
const WHOLE_YEAR = /^(?:ca|trong|quanh)?\s*nam$/;
/** "Nhiệm vụ thường xuyên", "Các nội dung thực hiện thường xuyên", "Thường xuyên trong năm". */
const YEAR_ROUND =
  /^(?:(?:cac\s+)?(?:nhiem vu|cong viec|noi dung|hoat dong|cong tac|phan viec|viec)(?:\s+\S+){0,3}\s+)?thuong xuyen(?:\s+(?:trong|ca|hang|quanh)\s+nam)?$/;

/** Months that make a named period: a quarter, a half-year or the whole year. */
function fromMonths(year: number, first: number, last: number): PeriodInfo | null {
  if (first === last) return month(year, first);
  if (last - first === 2 && first % 3 === 1) return quarterOf(year, (first + 2) / 3);
  if (first === 1 && last === 6) return half(year, 1);
  if (first === 7 && last === 12) return half(year, 2);
  if (first === 1 && last === 12) return whole(year);
  return null;
}

const quarterOf = (year: number, q: number): PeriodInfo => ({
  kind: 'quarter',
  key: `${year}-Q${q}`,
  year,
  ...range(year, q * 3 - 2, q * 3),
});

const month = (year: number, m: number): PeriodInfo | null =>
  m >= 1 && m <= 12
    ? { kind: 'month', key: `${year}-M${pad(m)}`, year, ...range(year, m, m) }
    : null;

const half = (year: number, h: 1 | 2): PeriodInfo => ({
  kind: 'half',
  key: `${year}-H${h}`,
  year,
  ...range(year, h * 6 - 5, h * 6),
});

const whole = (year: number): PeriodInfo => ({
  kind: 'year',
  key: String(year),
  year,
  ...range(year, 1, 12),
});

/**
 * Whether a text is a period heading, with its dates. `defaultYear` fills in a label written
 * without a year ("Quý II"); with neither, the label has no dates (null).
 */
export function parsePeriodLabel(label: string, defaultYear: number | null): PeriodInfo | null {
  if (label.length > 90) return null;
  const { core, year: own } = reduce(label);
  if (core.length > 60) return null;
  const year = own ?? defaultYear;
  if (year === null) return null;

  const q = QUARTER.exec(core);
  if (q) {
    const n = numberOrRoman(q[1] as string);
    return n !== null && n >= 1 && n <= 4 ? quarterOf(year, n) : null;
  }
  const m = MONTH.exec(core);
  if (m) return month(year, Number(m[1]));
  const r = MONTH_RANGE.exec(core);
  if (r) return fromMonths(year, Number(r[1]), Number(r[2]));
  const h = HALF.exec(core);
  if (h) return half(year, h[1] === 'dau' ? 1 : 2);
  if (WHOLE_YEAR.test(core) || YEAR_ROUND.test(core)) return whole(year);
  return null;
}

/** The label names a period but says no year of its own ("Quý II", "Tháng 3"). */
export function periodLabelNeedsYear(label: string): boolean {
  return reduce(label).year === null && parsePeriodLabel(label, 2000) !== null;
}

/**
 * A word every period label holds, as written (NFC) or without its marks: a cheap test that
 * spares folding the many lines that are none (a plan of 10,000 tasks has 100,000 of them).
 */
const PERIOD_WORD = /qu|qi|th.{1,3}ng|n.m|xuy|[dđ].t|giai/i;

/**
 * "Quý I", "Tháng 3", "6 tháng đầu năm", "Cả năm", "Nhiệm vụ thường xuyên", "Đợt 2": does the
 * text at least try to name a period (even one that has no dates, such as "Đợt 2")?
 */
export function looksLikePeriodLabel(text: string): boolean {
  if (text.length > 90 || !PERIOD_WORD.test(text)) return false;
  const { core } = reduce(text);
  if (core.length > 60) return false;
  return (
    /^(?:quy|qui)\s*(?:[ivx]|\d)/.test(core) ||
    /^(?:tu\s+)?thang\s*\d/.test(core) ||
    /^(?:0?6|sau)\s*thang\s*(?:dau|cuoi)\b/.test(core) ||
    /^(?:dot|giai doan)\s*(?:\d|[ivx]+\b)/.test(core) ||
    WHOLE_YEAR.test(core) ||
    YEAR_ROUND.test(core)
  );
}
