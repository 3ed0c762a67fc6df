/** Reading typed values back out of cells: text, dates (serials or typed text), numbers. */
import { isoToDmy, serialToIso } from './a1';
import type { CellValue } from './spec';

export function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  return String(v).replace(/\r\n?/g, '\n').trim();
}

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** "15/03/2014", "15-3-2014", "15.03.2014", "2014-03-15" → ISO; anything else → null. */
export function parseDateText(s: string): string | null {
  const t = s.trim();
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

export type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string; typed: boolean }
  | { kind: 'invalid'; text: string };

export function readDate(v: CellValue | undefined): DateReading {
  if (v === null || v === undefined || v === '') return { kind: 'empty' };
  if (typeof v === 'number') {
    if (v < 1 || v > 120_000) return { kind: 'invalid', text: String(v) };
    return { kind: 'date', iso: serialToIso(v), typed: false };
  }
  const s = String(v).trim();
  if (s === '') return { kind: 'empty' };
  const iso = parseDateText(s);
  return iso ? { kind: 'date', iso, typed: true } : { kind: 'invalid', text: s };
}

/** The error values Excel and Google Sheets show in a cell ("#REF!", "#N/A", …). */
const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|ERROR!|EXTERNAL!|PYTHON!)$/i;

export function isErrorValue(v: CellValue | undefined): v is string {
  return typeof v === 'string' && ERROR_VALUE.test(v.trim());
}

/** A whole number typed as text where a date belongs ("45321"): Excel's serial of a date. */
export function serialTypedAsText(v: CellValue | undefined): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  if (!/^\d{4,6}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= 120_000 ? serialToIso(n) : null;
}

// ---------------------------------------------------------------------------------------------
// A cell as the user sees it

/**
 * The date and time parts a number format shows. Quoted text, escaped characters, fill and
 * padding marks and bracketed sections ("[$-42A]", "[Red]") are left out first; "m" is minutes
 * next to an hour or a second, a month otherwise.
 */
function formatParts(numberFormat: string): {
  day: boolean;
  month: boolean;
  year: boolean;
  time: boolean;
} {
  // "[h]:mm" is a duration
  if (/\[(h+|m+|s+)\]/i.test(numberFormat)) {
    return { day: false, month: false, year: false, time: true };
  }
  const f = numberFormat
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  if (f === 'general' || f === '@' || f === '') {
    return { day: false, month: false, year: false, time: false };
  }
  const time = /[hs]/.test(f);
  const minutesOnly = time && /(h[^dmy]*m|m[^dy]*s)/.test(f) && !/[dy]/.test(f);
  return {
    day: /d/.test(f),
    month: /m/.test(f) && !minutesOnly,
    year: /y/.test(f),
    time,
  };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A number as Excel's General format writes it: no float noise, no thousands separator. */
function general(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/**
 * A cell's value as the user reads it, in the project's convention: text as typed (line ends as
 * LF), a date as dd/mm/yyyy (mm/yyyy or dd/mm when its format shows no day or no year, with
 * hh:mm when it shows a time), a percentage with its sign, another number as written. `value`
 * is what the hosts give: a date is a serial (exceljs's and Apps Script's Date objects are turned
 * into serials by their readers), and `numberFormat` tells a date from a number.
 */
export function displayText(value: CellValue | undefined, numberFormat = ''): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (!Number.isFinite(value)) return String(value);
  const parts = formatParts(numberFormat);
  if ((parts.day || parts.month || parts.year) && value >= 0 && value < 2_958_466) {
    const [y, m, d] = serialToIso(value).split('-') as [string, string, string];
    const date =
      parts.day && parts.month && parts.year
        ? isoToDmy(`${y}-${m}-${d}`)
        : [parts.day ? d : null, parts.month ? m : null, parts.year ? y : null]
            .filter((p) => p !== null)
            .join('/');
    return parts.time ? `${date} ${clock(value)}` : date;
  }
  if (parts.time && value >= 0) return clock(value);
  if (/%/.test(numberFormat.replace(/"[^"]*"/g, ''))) return `${general(value * 100)}%`;
  return general(value);
}

/** hh:mm of a serial's fraction of a day. */
function clock(serial: number): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 24 * 60) % (24 * 60);
  return `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}
