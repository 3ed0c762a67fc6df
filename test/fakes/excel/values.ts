/**
 * What Excel makes of a value written through `Range.values` / `Range.formulas` (both behave
 * like typing into the cell), and the display text of a value under a number format.
 */

export type CellValue = string | number | boolean;

/** Excel's limits: 32,767 characters in a cell, 8,192 in a formula. */
export const MAX_CELL_CHARS = 32_767;
export const MAX_FORMULA_CHARS = 8_192;

export type Entry =
  | { kind: 'skip' }
  | { kind: 'clear' }
  | { kind: 'value'; value: CellValue; quotePrefix: boolean }
  | { kind: 'formula'; formula: string }
  | { kind: 'invalid'; reason: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;

/**
 * Interprets one input value.
 * - `null` / `undefined` / NaN / ±Infinity leave the cell unchanged (office.js sends them as JSON
 *   `null`, which the documentation defines as "leave this cell as it is");
 * - `''` clears the cell's content;
 * - in a cell formatted as Text ("@"), every string is stored as typed;
 * - `'x` stores the text `x` (the apostrophe is a prefix, not content);
 * - `=…` is a formula; so is a text starting with `+` or `-` that is not a number (the
 *   `Range.values` reference: "If the returned value starts with a plus ("+"), minus ("-"), or
 *   equal sign ("="), Excel interprets this value as a formula");
 * - numeric text becomes a number ("00123" → 123), "12%" → 0.12, "TRUE"/"FALSE" → booleans;
 * - a Date is sent as its JSON (ISO) text and stays text.
 */
export function interpretInput(input: unknown, cellIsText: boolean): Entry {
  if (input === null || input === undefined) return { kind: 'skip' };
  if (typeof input === 'number') {
    return Number.isFinite(input)
      ? { kind: 'value', value: input, quotePrefix: false }
      : { kind: 'skip' };
  }
  if (typeof input === 'boolean') return { kind: 'value', value: input, quotePrefix: false };
  let s: string;
  if (typeof input === 'string') s = input;
  else if (input instanceof Date) s = Number.isNaN(input.getTime()) ? '' : input.toJSON();
  else return { kind: 'invalid', reason: `unsupported value of type ${typeof input}` };
  if (s === '') return { kind: 'clear' };
  if (s.length > MAX_CELL_CHARS)
    return { kind: 'invalid', reason: 'text longer than 32,767 characters' };
  if (cellIsText) return { kind: 'value', value: s, quotePrefix: false };
  if (s.startsWith("'")) return { kind: 'value', value: s.slice(1), quotePrefix: true };
  const trimmed = s.trim();
  if (s.startsWith('=') && s.length > 1) return checkedFormula(s);
  if (NUMBER.test(trimmed)) return { kind: 'value', value: Number(trimmed), quotePrefix: false };
  if (PERCENT.test(trimmed)) {
    return { kind: 'value', value: Number(trimmed.slice(0, -1)) / 100, quotePrefix: false };
  }
  if (/^(true|false)$/i.test(trimmed)) {
    return { kind: 'value', value: trimmed.toUpperCase() === 'TRUE', quotePrefix: false };
  }
  if ((s.startsWith('+') || s.startsWith('-')) && s.length > 1) return checkedFormula(`=${s}`);
  return { kind: 'value', value: s, quotePrefix: false };
}

function checkedFormula(formula: string): Entry {
  if (formula.length > MAX_FORMULA_CHARS) {
    return { kind: 'invalid', reason: 'formula longer than 8,192 characters' };
  }
  const problem = formulaSyntaxProblem(formula);
  return problem ? { kind: 'invalid', reason: problem } : { kind: 'formula', formula };
}

/** A light syntax check: balanced quotes and parentheses, something after "=", no dangling operator. */
export function formulaSyntaxProblem(formula: string): string | null {
  const body = formula.slice(1).trim();
  if (body === '') return 'empty formula';
  let depth = 0;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!;
    if (ch === '"' || ch === "'") {
      const close = body.indexOf(ch, i + 1);
      if (close < 0) return 'unclosed quote';
      i = close;
      while (body[i + 1] === ch) {
        const next = body.indexOf(ch, i + 2);
        if (next < 0) return 'unclosed quote';
        i = next;
      }
      continue;
    }
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (depth < 0) return 'unbalanced parentheses';
  }
  if (depth !== 0) return 'unbalanced parentheses';
  if (/[+\-*/^&=<>,(]$/.test(body)) return 'formula ends with an operator';
  return null;
}

/**
 * Display text of a value, for `Range.text`. Covers General, Text (@), fixed decimals ("0",
 * "0.00", "#,##0", "#,##0.00"), percentages ("0%", "0.0%") and day/month/year dates
 * ("dd/mm/yyyy", "d/m/yyyy", "yyyy-mm-dd", "mm/dd/yyyy"); anything else shows as General.
 * Separators are the en-US ones whatever the display language.
 */
export function formatText(value: CellValue | null, numberFormat: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = numberFormat.split(';')[0]!.trim();
  if (fmt === '@' || fmt === '' || /^general$/i.test(fmt)) return formatGeneral(value);
  if (/[dy]/i.test(fmt.replace(/"[^"]*"/g, ''))) return formatDate(value, fmt);
  const m = /^(#,##)?0(\.(0+))?(%?)$/.exec(fmt);
  if (m) {
    const decimals = m[3]?.length ?? 0;
    const percent = m[4] === '%';
    const n = percent ? value * 100 : value;
    let text = Math.abs(n).toFixed(decimals);
    if (m[1]) {
      const [int, frac] = text.split('.') as [string, string | undefined];
      text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac === undefined ? '' : `.${frac}`);
    }
    return `${n < 0 && Number(text.replace(/,/g, '')) !== 0 ? '-' : ''}${text}${percent ? '%' : ''}`;
  }
  return formatGeneral(value);
}

function formatGeneral(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const s = Number(n.toPrecision(10)).toString();
  return s.length <= 11
    ? s
    : n
        .toExponential(5)
        .replace(/\.?0+e/, 'E')
        .replace('e', 'E');
}

/** Excel's 1900 date system: serial 1 is 1900-01-01, with the phantom 1900-02-29. */
export function serialToDate(serial: number): { y: number; m: number; d: number } {
  const days = Math.floor(serial);
  const offset = days > 59 ? days - 1 : days; // skip the non-existent 29 Feb 1900
  const date = new Date(Date.UTC(1899, 11, 31) + offset * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The serial number of a calendar date, for tests that write dates the way an adapter should. */
export function dateToSerial(y: number, m: number, d: number): number {
  const days = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 31)) / 86_400_000;
  return days >= 60 ? days + 1 : days;
}

function formatDate(serial: number, fmt: string): string {
  const { y, m, d } = serialToDate(serial);
  const pad = (n: number) => String(n).padStart(2, '0');
  return fmt
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/;@$/, '')
    .replace(/yyyy|yy|mm|m|dd|d/gi, (token) => {
      switch (token.toLowerCase()) {
        case 'yyyy':
          return String(y);
        case 'yy':
          return pad(y % 100);
        case 'mm':
          return pad(m);
        case 'm':
          return String(m);
        case 'dd':
          return pad(d);
        default:
          return String(d);
      }
    });
}

/** Size in bytes of a string once UTF-8 encoded (what travels to Excel on the web). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}
