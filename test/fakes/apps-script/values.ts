/**
 * Cell values as Sheets keeps them: what a script's write becomes (strings are read as if typed,
 * so '007' is the number 7 and '05/01/2024' a date), time zones, Java-style date patterns for
 * Utilities.formatDate, and Sheets number formats for display values.
 */
import { exception } from './errors';

export type Stored = number | string | boolean | Date;

/** The automatic number format Sheets reports for a cell nobody formatted. */
export const AUTOMATIC_FORMAT = '0.###############';

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

// ---------------------------------------------------------------------------------------------
// Time zones

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function wallClock(ms: number, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '0';
  let year = Number(get('year'));
  if (get('era') === 'BC') year = 1 - year;
  return {
    year,
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(get('weekday')),
  };
}

function utcOf(year: number, month: number, day: number, h = 0, m = 0, s = 0, ms = 0): number {
  const d = new Date(Date.UTC(2000, month - 1, day, h, m, s, ms));
  d.setUTCFullYear(year);
  return d.getTime();
}

export function offsetMs(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return utcOf(w.year, w.month, w.day, w.hour, w.minute, w.second, w.millisecond) - ms;
}

/** The instant at which the wall clock in `timeZone` shows the given date and time. */
export function zonedInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const guess = utcOf(year, month, day, hour, minute, second);
  const first = guess - offsetMs(guess, timeZone);
  const second2 = guess - offsetMs(first, timeZone);
  return second2;
}

// ---------------------------------------------------------------------------------------------
// Utilities.formatDate: java.text.SimpleDateFormat patterns

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offsetText(offset: number, style: 'Z' | 'X1' | 'X2' | 'X3'): string {
  const minutes = Math.round(offset / 60000);
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X1') return `${sign}${h}`;
  if (style === 'X3') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function dayOfYear(w: WallClock): number {
  return Math.round((utcOf(w.year, w.month, w.day) - utcOf(w.year, 1, 1)) / 86400000) + 1;
}

/** Formats like Java's SimpleDateFormat, which is what Utilities.formatDate uses. */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC'; // Java falls back to GMT
  const ms = date.getTime();
  const w = wallClock(ms, zone);
  const offset = offsetMs(ms, zone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (end < 0) throw exception('Unterminated quote');
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'G':
        out += w.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'M':
      case 'L':
        out +=
          n >= 4
            ? MONTHS_EN[w.month - 1]
            : n === 3
              ? MONTHS_EN[w.month - 1]!.slice(0, 3)
              : pad(w.month, n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'D':
        out += pad(dayOfYear(w), n);
        break;
      case 'E':
        out += n >= 4 ? DAYS_EN[w.weekday] : DAYS_EN[w.weekday]!.slice(0, 3);
        break;
      case 'u':
        out += pad(w.weekday === 0 ? 7 : w.weekday, n);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'k':
        out += pad(w.hour === 0 ? 24 : w.hour, n);
        break;
      case 'K':
        out += pad(w.hour % 12, n);
        break;
      case 'h':
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.millisecond, n);
        break;
      case 'z':
        out += zoneAbbreviation(ms, zone, offset);
        break;
      case 'Z':
        out += offsetText(offset, 'Z');
        break;
      case 'X':
        out += offsetText(offset, n === 1 ? 'X1' : n === 2 ? 'X2' : 'X3');
        break;
      default:
        throw exception(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

function zoneAbbreviation(ms: number, timeZone: string, offset: number): string {
  if (timeZone === 'Asia/Ho_Chi_Minh' || timeZone === 'Asia/Saigon') return 'ICT';
  if (timeZone === 'UTC' || timeZone === 'GMT' || timeZone === 'Etc/UTC') return 'UTC';
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? `GMT${offsetText(offset, 'X3')}`;
}

// ---------------------------------------------------------------------------------------------
// Locales

export interface LocaleInfo {
  decimal: string;
  group: string;
  /** Day before month in typed dates. */
  dayFirst: boolean;
  dateFormat: string;
  dateTimeFormat: string;
  intlTag: string;
}

export function localeInfo(locale: string): LocaleInfo {
  if (locale.startsWith('en_US') || locale === 'en') {
    return {
      decimal: '.',
      group: ',',
      dayFirst: false,
      dateFormat: 'M/d/yyyy',
      dateTimeFormat: 'M/d/yyyy H:mm:ss',
      intlTag: 'en-US',
    };
  }
  if (locale.startsWith('en')) {
    return {
      decimal: '.',
      group: ',',
      dayFirst: true,
      dateFormat: 'dd/MM/yyyy',
      dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
      intlTag: locale.replace('_', '-'),
    };
  }
  // vi_VN and the rest of the day-first, comma-decimal world.
  return {
    decimal: ',',
    group: '.',
    dayFirst: true,
    dateFormat: 'dd/MM/yyyy',
    dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
    intlTag: locale.replace('_', '-'),
  };
}

// ---------------------------------------------------------------------------------------------
// What a string written by a script becomes (Sheets reads it as if the user had typed it)

export interface Typed {
  value: Stored;
  /** A number format Sheets applies on its own when the cell had the automatic one. */
  impliedFormat?: string;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseLocaleNumber(text: string, li: LocaleInfo): number | null {
  const d = escapeRe(li.decimal);
  const g = escapeRe(li.group);
  const plain = new RegExp(`^[+-]?\\d+(?:${d}\\d+)?(?:[eE][+-]?\\d+)?$`);
  const grouped = new RegExp(`^[+-]?\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`);
  const leadingDecimal = new RegExp(`^[+-]?${d}\\d+$`);
  if (!plain.test(text) && !grouped.test(text) && !leadingDecimal.test(text)) return null;
  const normalized = text.split(li.group).join('').replace(li.decimal, '.');
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n; // Sheets' two-digit year window
}

/** Interprets a string the way the Sheets editor interprets typed input, for `locale`. */
export function typedValue(text: string, locale: string, timeZone: string): Typed {
  const li = localeInfo(locale);
  const t = text.trim();
  if (t === '') return { value: text };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const n = parseLocaleNumber(t, li);
  if (n !== null) return { value: n };
  if (t.endsWith('%')) {
    const p = parseLocaleNumber(t.slice(0, -1).trim(), li);
    if (p !== null) return { value: p / 100, impliedFormat: '0%' };
  }
  const time = '(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
  const dmy = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})${time}$`).exec(t);
  const ymd = new RegExp(`^(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})${time}$`).exec(t);
  let y: number | null = null;
  let mo = 0;
  let d = 0;
  let hms: (string | undefined)[] = [];
  if (ymd) {
    y = Number(ymd[1]);
    mo = Number(ymd[2]);
    d = Number(ymd[3]);
    hms = ymd.slice(4);
  } else if (dmy) {
    const a = Number(dmy[1]);
    const b = Number(dmy[2]);
    y = fullYear(dmy[3]!);
    [d, mo] = li.dayFirst ? [a, b] : [b, a];
    hms = dmy.slice(4);
  }
  if (y !== null && validDate(y, mo, d)) {
    const hasTime = hms[0] !== undefined;
    const h = Number(hms[0] ?? 0);
    const mi = Number(hms[1] ?? 0);
    const s = Number(hms[2] ?? 0);
    if (h < 24 && mi < 60 && s < 60) {
      return {
        value: new Date(zonedInstant(timeZone, y, mo, d, h, mi, s)),
        impliedFormat: hasTime ? li.dateTimeFormat : li.dateFormat,
      };
    }
  }
  // Day and month without a year: a date in the current year ('1/5' is not a fraction).
  const dm = /^(\d{1,2})[/-](\d{1,2})$/.exec(t);
  if (dm) {
    const a = Number(dm[1]);
    const b = Number(dm[2]);
    const [day, month] = li.dayFirst ? [a, b] : [b, a];
    const year = wallClock(Date.now(), timeZone).year;
    if (validDate(year, month, day)) {
      return {
        value: new Date(zonedInstant(timeZone, year, month, day)),
        impliedFormat: li.dayFirst ? 'd/M' : 'M/d',
      };
    }
  }
  const tm = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (tm) {
    const h = Number(tm[1]);
    const mi = Number(tm[2]);
    const s = Number(tm[3] ?? 0);
    if (h < 24 && mi < 60 && s < 60) {
      // A time of day is a date on Sheets' epoch, 30 December 1899.
      return {
        value: new Date(zonedInstant(timeZone, 1899, 12, 30, h, mi, s)),
        impliedFormat: tm[3] !== undefined ? 'H:mm:ss' : 'H:mm',
      };
    }
  }
  return { value: text };
}

// ---------------------------------------------------------------------------------------------
// Display values: Sheets number formats

const EPOCH_1899 = utcOf(1899, 12, 30);

/** The wall-clock parts of a cell value shown as a date. */
function wallFromValue(v: number | Date, timeZone: string): WallClock {
  if (isDate(v)) return wallClock(v.getTime(), timeZone);
  // A serial number: days since 30 December 1899, wall clock, no time zone.
  const ms = Math.round(EPOCH_1899 + v * 86400000);
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** Serial number of a date in the spreadsheet's time zone (what Sheets stores). */
export function serialOf(date: Date, timeZone: string): number {
  const w = wallClock(date.getTime(), timeZone);
  const wallMs = utcOf(w.year, w.month, w.day, w.hour, w.minute, w.second, w.millisecond);
  return (wallMs - EPOCH_1899) / 86400000;
}

type Token = { kind: 'lit'; text: string } | { kind: 'code'; text: string };

function tokenizeFormat(format: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      tokens.push({ kind: 'lit', text: format.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\' && i + 1 < format.length) {
      tokens.push({ kind: 'lit', text: format[i + 1]! });
      i += 2;
    } else if (/^(am\/pm|a\/p)/i.test(format.slice(i))) {
      const m = /^(am\/pm|a\/p)/i.exec(format.slice(i))!;
      tokens.push({ kind: 'code', text: m[0].toLowerCase() });
      i += m[0].length;
    } else if (/[dmyhsDMYHS]/.test(ch)) {
      let n = 1;
      while (format[i + n]?.toLowerCase() === ch.toLowerCase()) n++;
      tokens.push({ kind: 'code', text: format.slice(i, i + n) });
      i += n;
    } else {
      tokens.push({ kind: 'lit', text: ch });
      i++;
    }
  }
  return tokens;
}

function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[dyhsDYHS]|m|M/.test(bare) && !/[0#]/.test(bare.replace(/\.0+/g, ''));
}

function formatDateLike(v: number | Date, format: string, timeZone: string, li: LocaleInfo) {
  const w = wallFromValue(v, timeZone);
  const tokens = tokenizeFormat(format);
  const twelve = tokens.some((t) => t.kind === 'code' && (t.text === 'am/pm' || t.text === 'a/p'));
  const codes = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.kind === 'code');
  const isMinute = (index: number): boolean => {
    const pos = codes.findIndex((c) => c.i === index);
    const prev = codes[pos - 1]?.t.text.toLowerCase();
    const next = codes[pos + 1]?.t.text.toLowerCase();
    return (
      (prev !== undefined && prev.startsWith('h')) || (next !== undefined && next.startsWith('s'))
    );
  };
  const monthName = (style: 'long' | 'short'): string =>
    new Intl.DateTimeFormat(li.intlTag, { month: style, timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, w.month - 1, 1)),
    );
  const dayName = (style: 'long' | 'short'): string =>
    new Intl.DateTimeFormat(li.intlTag, { weekday: style, timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, 0, 2 + w.weekday)),
    );
  return tokens
    .map((t, i) => {
      if (t.kind === 'lit') return t.text;
      const c = t.text;
      const lc = c.toLowerCase();
      if (lc === 'am/pm') return w.hour < 12 ? 'AM' : 'PM';
      if (lc === 'a/p') return w.hour < 12 ? 'A' : 'P';
      switch (lc[0]) {
        case 'd':
          return lc.length >= 4
            ? dayName('long')
            : lc.length === 3
              ? dayName('short')
              : pad(w.day, lc.length);
        case 'y':
          return lc.length <= 2 ? pad(w.year % 100, 2) : pad(w.year, 4);
        case 'h': {
          const h = twelve ? (w.hour % 12 === 0 ? 12 : w.hour % 12) : w.hour;
          return pad(h, Math.min(lc.length, 2));
        }
        case 's':
          return pad(w.second, Math.min(lc.length, 2));
        case 'm':
          if (lc.length <= 2 && isMinute(i)) return pad(w.minute, lc.length);
          if (lc.length >= 4) return monthName('long');
          if (lc.length === 3) return monthName('short');
          return pad(w.month, lc.length);
        default:
          return c;
      }
    })
    .join('');
}

function groupDigits(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

function formatNumberPattern(n: number, format: string, li: LocaleInfo): string {
  const sections = format.split(';');
  let section = sections[0]!;
  let value = n;
  if (n < 0 && sections[1] !== undefined) {
    section = sections[1];
    value = -n;
  } else if (n === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  const m = /([#0,]*0[#0,]*|[#,]+)(\.([0#]+))?/.exec(section);
  if (!m) return section.replace(/"([^"]*)"/g, '$1');
  const percent = section.includes('%');
  if (percent) value *= 100;
  const decimals = m[3] ?? '';
  const minDecimals = (decimals.match(/0/g) ?? []).length;
  const maxDecimals = decimals.length;
  let text = Math.abs(value).toFixed(maxDecimals);
  if (maxDecimals > minDecimals) {
    const [i, f = ''] = text.split('.');
    let frac = f;
    while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
    text = frac ? `${i}.${frac}` : i!;
  }
  const [whole, fracPart] = text.split('.') as [string, string | undefined];
  let intPart = whole;
  const minInt = (m[1]!.match(/0/g) ?? []).length;
  if (minInt === 0 && intPart === '0') intPart = '';
  intPart = intPart.padStart(minInt, '0');
  if (m[1]!.includes(',')) intPart = groupDigits(intPart, li.group);
  const body = intPart + (fracPart !== undefined ? li.decimal + fracPart : '');
  const sign = value < 0 && sections.length < 2 ? '-' : '';
  const before = section.slice(0, m.index).replace(/"([^"]*)"/g, '$1');
  const after = section.slice(m.index + m[0].length).replace(/"([^"]*)"/g, '$1');
  return sign + before + body + after;
}

function automaticNumber(n: number, li: LocaleInfo): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const s = String(Number(n.toPrecision(15)));
  if (/e/.test(s)) return s.replace('e', 'E').replace('.', li.decimal);
  return s.replace('.', li.decimal);
}

/** The text Sheets shows for a value under a number format. */
export function displayText(v: Stored | '', format: string, locale: string, timeZone: string) {
  const li = localeInfo(locale);
  if (v === '') return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const f = format === '' ? AUTOMATIC_FORMAT : format;
  if (isDate(v)) {
    if (isDateFormat(f)) return formatDateLike(v, f, timeZone, li);
    if (f === AUTOMATIC_FORMAT || f === '@') {
      const w = wallClock(v.getTime(), timeZone);
      const midnight = w.hour === 0 && w.minute === 0 && w.second === 0;
      return formatDateLike(v, midnight ? li.dateFormat : li.dateTimeFormat, timeZone, li);
    }
    return formatNumberPattern(serialOf(v, timeZone), f, li);
  }
  if (f === AUTOMATIC_FORMAT || f === '@' || f.toLowerCase() === 'general') {
    return automaticNumber(v, li);
  }
  if (isDateFormat(f)) return formatDateLike(v, f, timeZone, li);
  return formatNumberPattern(v, f, li);
}
