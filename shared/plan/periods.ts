/**
 * Period labels as plans write them: "Quý I/2014", "QUÝ I NĂM 2014", "QuýIII/2023", "Quí IV",
 * "I. QUÝ I (Tháng 01 – 03/2024)", "Tháng 02/2024", "Tháng 01 - 03/2024", "Tháng 12/2024 và tháng
 * 01/2025", "Quý 3 và Quý 4", "6 tháng đầu năm 2014", "Cả năm", "Nhiệm vụ thường xuyên", and the
 * parts of a school year ("Học kỳ I", "Học kỳ II năm học 2023 – 2024", "Hè 2024", "Cả năm học")
 * … turned into a key and start/end dates.
 *
 * Everything is matched on the folded label (no diacritics, lower case), so old spellings and
 * tone placements read the same; a year written in the label wins over the plan's year.
 *
 * A school year ("năm học 2023 – 2024") runs from August of its first year to July of the next:
 * a month written without its year is of the first year from August to December, of the second
 * from January to July. Its semesters are August – January (Học kỳ I) and February – May (Học kỳ
 * II); its summer ("Hè 2024") is June – August of the second year. Keys: `2023-2024` (the school
 * year), `2023-2024-S1`, `2023-2024-S2`, `2024-SU` (the summer of 2024). Months that make no
 * quarter, half-year or year ("Tháng 01 và tháng 02/2026", "Tháng 12/2024 – 01/2025") have the key
 * of their span: `2026-M01-M02`, `2024-M12-M01` (into the next year when the last month is the
 * smaller).
 */
import { asciiFold } from '../text/normalize';
import { romanValue } from './roman';

type PeriodKind =
  'quarter' | 'month' | 'months' | 'half' | 'year' | 'semester' | 'summer' | 'schoolYear';

export interface PeriodInfo {
  kind: PeriodKind;
  key: string;
  start: string;
  end: string;
  /** The calendar year the period starts in; for a school year or a semester, its first year. */
  year: number;
  /** The label names a school year or one of its semesters. */
  school: boolean;
}

/** The year a plan covers: a calendar year, or the school year from August of `year`. */
export interface PlanYear {
  year: number;
  school: boolean;
}

/** What a label without a year of its own is read in: the plan's year, or none. */
export type YearContext = number | PlanYear | null;

function contextOf(c: YearContext): PlanYear | null {
  if (c === null) return null;
  return typeof c === 'number' ? { year: c, school: false } : c;
}

/** The year of a month written without one: in a school year, January – July are of the second. */
export function monthYear(ctx: PlanYear, month: number): number {
  return ctx.school && month < 8 ? ctx.year + 1 : ctx.year;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const first = (y: number, m: number): string => `${y}-${pad(m)}-01`;
const last = (y: number, m: number): string => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;

/** "III", "i i i", "3" → 3. */
function numberOrRoman(token: string): number | null {
  const t = token.replace(/\s+/g, '');
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return romanValue(t);
}

const YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/;
/** "2023 – 2024", "2023-2024": a school year, written as its two years. */
const YEAR_PAIR = /((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})(?!\d)/;

/** Leading numbering of a heading: "I.", "II -", "1)", "a.", "Phần I:". */
const NUMBERING = /^\s*(?:phan\s+)?(?:[ivxlc]{1,6}|\d{1,2}|[a-e])\s*[.)\-–:]\s*(?=\S)/;

interface Reduced {
  /** What names the period: no numbering, brackets, "(tiếp theo)", year or closing punctuation. */
  core: string;
  /** The same with its years kept ("tháng 12/2024 và tháng 01"): for spans of months. */
  span: string;
  /** The first year written anywhere in the label. */
  year: number | null;
  /** The first year of a school year written as two ("năm học 2023 – 2024"). */
  pair: number | null;
  /** What the first bracket says ("Đợt 2 (Tháng 5 – 7)"). */
  bracket: string | null;
}

function reduce(label: string): Reduced {
  let s = asciiFold(label).replace(/\s+/g, ' ').trim();
  // "I. Quý I", but not the "6" of "6 tháng đầu năm"
  if (!/^\d+\s*thang\b/.test(s)) s = s.replace(NUMBERING, '');
  const y = YEAR.exec(s);
  const year = y ? Number(y[1]) : null;
  const p = YEAR_PAIR.exec(s);
  const pair = p && Number(p[2]) === Number(p[1]) + 1 ? Number(p[1]) : null;
  const bracket = /\(([^()]*)\)/.exec(s)?.[1]?.trim() ?? null;
  const span = s
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\btiep(?:\s+theo)?\b\s*$/, ' ')
    .replace(/[\s:.,;]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const core = (pair !== null ? span.replace(YEAR_PAIR, ' ') : span)
    .replace(/[\s:.,;]+$/, '')
    .replace(/\s*[-–/,]?\s*(?:19|20)\d{2}\s*$/, '')
    .replace(/[\s:.,;]+$/, '')
    // "Quý I năm", but not "Cả năm" or "6 tháng đầu năm", which need the word
    .replace(/^(.*\S)\s+nam$/, (all: string, head: string) =>
      /(?:^|\s)(?:ca|trong|quanh|hang|dau|cuoi)$/.test(head) ? all : head,
    )
    // "Quý I - năm 2025": the dash that stood before "năm"
    .replace(/[\s\-–/,:.;]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { core, span, year, pair, bracket };
}

const QUARTER = /^(?:quy|qui)\s*((?:[ivx]\s?){1,4}|[1-4])$/;
const HALF = /^(?:0?6|sau)\s*thang\s*(dau|cuoi)(?:\s*nam)?$/;
/** "9 tháng đầu năm", "3 tháng cuối năm": the first or last months of the year. */
const FIRST_LAST_MONTHS = /^(\d{1,2}|ba|chin)\s*thang\s*(dau|cuoi)(?:\s*nam)?$/;
const WHOLE_YEAR = /^(?:ca|trong|quanh)?\s*nam$/;
/** "Nhiệm vụ thường xuyên", "Các nội dung thực hiện thường xuyên", "Thường xuyên trong năm". */
const YEAR_ROUND =
  /^(?:(?:cac\s+|nhung\s+)?(?:nhiem vu|cong viec|noi dung|hoat dong|cong tac|phan viec|viec)(?:\s+\S+){0,3}\s+)?thuong xuyen(?:\s+(?:trong|ca|hang|quanh)\s+nam(?:\s+hoc)?)?$|^(?:dinh ky\s+)?hang thang$/;
/** "Các nhiệm vụ thực hiện cả năm", "Công việc trong năm": a group of the whole year's work. */
const WORK_ALL_YEAR =
  /^(?:cac\s+)?(?:nhiem vu|cong viec|noi dung|hoat dong|cong tac|phan viec|viec)(?:\s+\S+){0,3}\s+(?:ca|trong|quanh)\s+nam(?:\s+hoc)?$/;
/** "Học kỳ I", "HK 2", "Học kỳ II năm học". */
const SEMESTER = /^(?:hoc ky|hk)\s*(i{1,2}|[12])(?:\s*[-–,]?\s*nam hoc)?$/;
/** "Hè", "Mùa hè", "Học kỳ hè", "Hoạt động hè". */
const SUMMER = /^(?:(?:mua|dip|thoi gian|hoat dong|ky nghi|hoc ky)\s+)?he(?:\s+nam hoc)?$/;
/** "Năm học", "Cả năm học". */
const SCHOOL_YEAR = /^(?:ca|trong|suot)?\s*nam hoc$/;

const quarterOf = (year: number, q: number): PeriodInfo => ({
  kind: 'quarter',
  key: `${year}-Q${q}`,
  year,
  school: false,
  start: first(year, q * 3 - 2),
  end: last(year, q * 3),
});

const half = (year: number, h: 1 | 2): PeriodInfo => ({
  kind: 'half',
  key: `${year}-H${h}`,
  year,
  school: false,
  start: first(year, h * 6 - 5),
  end: last(year, h * 6),
});

const whole = (year: number): PeriodInfo => ({
  kind: 'year',
  key: String(year),
  year,
  school: false,
  start: first(year, 1),
  end: last(year, 12),
});

export const schoolYearOf = (year: number): PeriodInfo => ({
  kind: 'schoolYear',
  key: `${year}-${year + 1}`,
  year,
  school: true,
  start: first(year, 8),
  end: last(year + 1, 7),
});

export const semesterOf = (year: number, s: 1 | 2): PeriodInfo => ({
  kind: 'semester',
  key: `${year}-${year + 1}-S${s}`,
  year,
  school: true,
  start: s === 1 ? first(year, 8) : first(year + 1, 2),
  end: s === 1 ? last(year + 1, 1) : last(year + 1, 5),
});

export const summerOf = (year: number): PeriodInfo => ({
  kind: 'summer',
  key: `${year}-SU`,
  year,
  school: false,
  start: first(year, 6),
  end: last(year, 8),
});

/**
 * The months from m1 of y1 to m2 of y2 as one period: a month, a quarter, a half-year, the year,
 * or else a span of at most twelve months; null when they run backwards or longer.
 */
export function spanOf(y1: number, m1: number, y2: number, m2: number): PeriodInfo | null {
  const months = (y2 - y1) * 12 + (m2 - m1) + 1;
  if (months < 1 || months > 12) return null;
  const dates = { start: first(y1, m1), end: last(y2, m2), year: y1, school: false };
  if (y1 === y2) {
    if (m1 === m2) return { kind: 'month', key: `${y1}-M${pad(m1)}`, ...dates };
    if (months === 3 && m1 % 3 === 1) return quarterOf(y1, (m1 + 2) / 3);
    if (m1 === 1 && m2 === 6) return half(y1, 1);
    if (m1 === 7 && m2 === 12) return half(y1, 2);
    if (m1 === 1 && m2 === 12) return whole(y1);
  }
  return { kind: 'months', key: `${y1}-M${pad(m1)}-M${pad(m2)}`, ...dates };
}

interface MonthItem {
  month: number;
  year: number | null;
}

const MONTH_ITEM = /^(\d{1,2})(?:\s*(?:\/|nam)\s*((?:19|20)\d{2}))?/;
const MONTH_SEP = /^\s*(?:,|;|\+|-|–|—|va|den|toi)\s*(?:het\s+)?(?:thang\s*)?/;

/** "tháng 12/2024 và tháng 01/2025", "tháng 02, 3/2025", "từ tháng 7 đến tháng 12". */
function monthItems(text: string): MonthItem[] | null {
  const head = /^(?:tu\s+)?thang\s*/.exec(text);
  if (!head) return null;
  let rest = text.slice(head[0].length);
  const items: MonthItem[] = [];
  for (;;) {
    const it = MONTH_ITEM.exec(rest);
    if (!it) return null;
    const month = Number(it[1]);
    if (month < 1 || month > 12) return null;
    items.push({ month, year: it[2] ? Number(it[2]) : null });
    rest = rest.slice(it[0].length);
    if (rest.trim() === '') return items;
    const sep = MONTH_SEP.exec(rest);
    if (!sep) return null;
    rest = rest.slice(sep[0].length);
  }
}

/**
 * The years of months listed in order: a year written once holds for the months before it
 * ("tháng 01 – 03/2024"), a month after a later one is of the year before ("tháng 12 – 01/2025");
 * with no year written, the plan's (in a school year, by the month), the months from August on
 * running into the next year ("tháng 11, 12 và tháng 01"); months listed backwards name none.
 */
function spanOfMonths(items: MonthItem[], ctx: PlanYear | null): PeriodInfo | null {
  const years: (number | null)[] = items.map((i) => i.year);
  for (let k = items.length - 2; k >= 0; k--) {
    const next = years[k + 1];
    if (years[k] !== null || next === null || next === undefined) continue;
    const m = (items[k] as MonthItem).month;
    const after = (items[k + 1] as MonthItem).month;
    years[k] = m > after && m >= 8 && after < 8 ? next - 1 : next;
  }
  for (let k = 0; k < items.length; k++) {
    if (years[k] !== null) continue;
    if (!ctx) return null;
    const m = (items[k] as MonthItem).month;
    let y = monthYear(ctx, m);
    const prev = k > 0 ? (items[k - 1] as MonthItem).month : 0;
    // into the next year as the end of one year runs into the next ("tháng 11, 12 và tháng 01")
    if (k > 0 && y * 12 + m < (years[k - 1] as number) * 12 + prev && prev >= 8 && m < 8) y++;
    years[k] = y;
  }
  const a = items[0] as MonthItem;
  const z = items[items.length - 1] as MonthItem;
  return spanOf(years[0] as number, a.month, years[years.length - 1] as number, z.month);
}

const QUARTER_ITEM = /^([ivx]{1,4}|[1-4])(?![a-z0-9])/;
const QUARTER_SEP = /^\s*(?:,|;|\+|-|–|—|va|den)\s*(?:(?:quy|qui)\s*)?/;

/** "quý 3 và quý 4", "quý ii, iii": the quarters listed, in order. */
function quarterItems(core: string): number[] | null {
  const head = /^(?:tu\s+)?(?:quy|qui)\s*/.exec(core);
  if (!head) return null;
  let rest = core.slice(head[0].length);
  const out: number[] = [];
  for (;;) {
    const it = QUARTER_ITEM.exec(rest);
    if (!it) return null;
    const q = numberOrRoman(it[1] as string);
    if (q === null || q < 1 || q > 4) return null;
    out.push(q);
    rest = rest.slice(it[0].length);
    if (rest.trim() === '') return out.length > 1 ? out : null;
    const sep = QUARTER_SEP.exec(rest);
    if (!sep) return null;
    rest = rest.slice(sep[0].length);
  }
}

/** The calendar year of a quarter or half-year written without one: that of its last month. */
function yearOfLastMonth(own: number | null, ctx: PlanYear | null, lastMonth: number) {
  if (own !== null) return own;
  return ctx ? monthYear(ctx, lastMonth) : null;
}

function parseReduced(r: Reduced, ctx: PlanYear | null): PeriodInfo | null {
  const { core, year: own, pair } = r;

  const s = SEMESTER.exec(core);
  if (s) {
    const n = (s[1] === 'i' || s[1] === '1' ? 1 : 2) as 1 | 2;
    // one year written: the calendar year the semester is in
    const y = pair ?? (own !== null ? (n === 1 ? own : own - 1) : null);
    const base = y ?? (ctx ? (ctx.school || n === 1 ? ctx.year : ctx.year - 1) : null);
    return base === null ? null : semesterOf(base, n);
  }
  if (SUMMER.test(core)) {
    const y = pair !== null ? pair + 1 : (own ?? (ctx ? ctx.year + (ctx.school ? 1 : 0) : null));
    return y === null ? null : summerOf(y);
  }
  if (SCHOOL_YEAR.test(core)) {
    const y = pair ?? own ?? ctx?.year ?? null;
    return y === null ? null : schoolYearOf(y);
  }

  const q = QUARTER.exec(core);
  if (q) {
    const n = numberOrRoman(q[1] as string);
    if (n === null || n < 1 || n > 4) return null;
    const y = yearOfLastMonth(own, ctx, n * 3);
    return y === null ? null : quarterOf(y, n);
  }
  const quarters = quarterItems(core);
  if (quarters) {
    const a = quarters[0] as number;
    const z = quarters[quarters.length - 1] as number;
    const y = yearOfLastMonth(own, ctx, z * 3);
    return y === null ? null : spanOf(y, a * 3 - 2, y, z * 3);
  }
  const months = monthItems(r.span);
  if (months) return spanOfMonths(months, ctx);
  const h = HALF.exec(core);
  if (h) {
    const n = h[1] === 'dau' ? 1 : 2;
    const y = yearOfLastMonth(own, ctx, n * 6);
    return y === null ? null : half(y, n);
  }
  const fl = FIRST_LAST_MONTHS.exec(core);
  if (fl) {
    const count = fl[1] === 'ba' ? 3 : fl[1] === 'chin' ? 9 : Number(fl[1]);
    if (count < 1 || count > 12) return null;
    const [a, z] = fl[2] === 'dau' ? [1, count] : [13 - count, 12];
    const y = yearOfLastMonth(own, ctx, z);
    return y === null ? null : spanOf(y, a, y, z);
  }
  if (WHOLE_YEAR.test(core) || YEAR_ROUND.test(core) || WORK_ALL_YEAR.test(core)) {
    if (own === null && ctx?.school) return schoolYearOf(ctx.year);
    const y = own ?? ctx?.year ?? null;
    return y === null ? null : whole(y);
  }
  return null;
}

/**
 * Whether a text is a period heading, with its dates. `context` is the plan's year (a number for
 * a calendar year) and fills in a label written without a year ("Quý II"); with neither, the
 * label has no dates (null). A label that names no period of its own but says its months in
 * brackets ("Đợt 2 (Tháng 5 – 7)") has their dates.
 */
export function parsePeriodLabel(label: string, context: YearContext): PeriodInfo | null {
  if (label.length > 90) return null;
  const r = reduce(label);
  if (r.core.length > 60) return null;
  const ctx = contextOf(context);
  const found = parseReduced(r, ctx);
  if (found || !r.bracket) return found;
  const inner = reduce(r.bracket);
  const inBracket = parseReduced(inner, ctx);
  return inBracket && inBracket.kind !== 'year' && inBracket.kind !== 'schoolYear'
    ? inBracket
    : null;
}

/** The label names a period but says no year of its own ("Quý II", "Tháng 3"). */
export function periodLabelNeedsYear(label: string): boolean {
  return reduce(label).year === null && parsePeriodLabel(label, 2000) !== null;
}

/**
 * A word every period label holds, as written (NFC) or without its marks: a cheap test that
 * spares folding the many lines that are none (a plan of 10,000 tasks has 100,000 of them).
 */
const PERIOD_WORD =
  /qu|qi|th.{1,3}ng|n.m|xuy|[dđ].t|giai|h.{1,2}c\s*k|hk|(?:^|\s)h[eè](?:\s|$|\d)/i;

/**
 * "Quý I", "Tháng 3", "6 tháng đầu năm", "Cả năm", "Nhiệm vụ thường xuyên", "Học kỳ I", "Hè
 * 2024", "Đợt 2": does the text at least try to name a period (even one that has no dates, such
 * as "Đợt 2")?
 */
export function looksLikePeriodLabel(text: string): boolean {
  if (text.length > 90 || !PERIOD_WORD.test(text)) return false;
  const { core } = reduce(text);
  if (core.length > 60) return false;
  return (
    /^(?:tu\s+)?(?:quy|qui)\s*(?:[ivx]|\d)/.test(core) ||
    /^(?:tu\s+)?thang\s*\d/.test(core) ||
    /^(?:0?6|sau)\s*thang\s*(?:dau|cuoi)\b/.test(core) ||
    FIRST_LAST_MONTHS.test(core) ||
    /^(?:dot|giai doan)\s*(?:\d|[ivx]+\b)/.test(core) ||
    SEMESTER.test(core) ||
    SUMMER.test(core) ||
    SCHOOL_YEAR.test(core) ||
    WHOLE_YEAR.test(core) ||
    YEAR_ROUND.test(core) ||
    WORK_ALL_YEAR.test(core)
  );
}
