/** Reading typed values back out of cells: text, dates (serials or typed text), numbers. */
import { serialToIso } from '../workbook/a1';
import type { CellValue } from '../workbook/spec';

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
