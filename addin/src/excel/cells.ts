/**
 * Cells of the core's workbook description as Excel takes them through `Range.values` and
 * `Range.formulas`, which behave like typing: text that looks like a formula, a number, a date or
 * a truth value would be turned into one, so such text gets the apostrophe prefix Excel keeps as
 * "this is text" (except in cells formatted as Text, "@", which store what they are given).
 */
import { isoToSerial } from '../../../shared/workbook/a1';
import type { Cell } from '../../../shared/workbook/spec';

const NUMBER_LIKE = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?%?$/;
const DATE_LIKE = /^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/;
const TIME_LIKE = /^\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp][Mm])?$/;
const BOOLEAN_LIKE = /^(true|false)$/i;
const LEADS = new Set(['=', '+', '-', '@', "'"]);

/** True when Excel would not keep `text`, typed into a General cell, as that text. */
export function needsQuote(text: string): boolean {
  if (text === '') return false;
  if (LEADS.has(text[0] as string)) return true;
  const t = text.trim();
  return NUMBER_LIKE.test(t) || DATE_LIKE.test(t) || TIME_LIKE.test(t) || BOOLEAN_LIKE.test(t);
}

export type ExcelInput = string | number | boolean;

/**
 * The value to write for one cell: dates as serial numbers (the column's style gives the date
 * format), a formula's computed value (the formula itself follows through `Range.formulas`), and
 * null as '' (an empty cell).
 */
export function inputOf(cell: Cell, textCell: boolean): ExcelInput {
  if (cell === null) return '';
  if (typeof cell === 'string') return !textCell && needsQuote(cell) ? `'${cell}` : cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (cell.kind === 'date') return isoToSerial(cell.iso);
  return inputOf(cell.value, textCell);
}

/** UTF-8 length of a string, without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes a value takes in a request: its JSON, in UTF-8. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}
