/// <reference types="office-js" />
/**
 * Cells of the core's workbook description as Excel takes them through `Range.values` and
 * `Range.formulas`, which behave like typing: text that looks like a formula, a number, a date or
 * a truth value would be turned into one, so text gets the apostrophe prefix Excel keeps as
 * "this is text" (except in cells formatted as Text, "@", which store what they are given).
 */
import { isoToSerial } from '../../../shared/workbook/a1';
import type { Cell } from '../../../shared/workbook/spec';

/**
 * True when Excel might not keep `text`, typed into a General cell, as that text. What Excel
 * converts depends on the user's regional settings ("1/2014", "(5)", "15-Feb", "$100", "5 %"…),
 * so every non-empty text is quoted: the apostrophe is not part of the value Excel keeps.
 */
function needsQuote(text: string): boolean {
  return text !== '';
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

/**
 * Gives every cell of `range` the same value or number format in one action: Office.js fills a
 * range set to a single value ("Update all cells in a range" in the Excel JavaScript API's
 * advanced concepts), though its types declare only the 2D array. Never an unbounded range
 * ("A:B"): Excel refuses cell-level properties there.
 */
export function fillRange(
  range: Excel.Range,
  property: 'values' | 'numberFormat',
  value: ExcelInput,
): void {
  (range as unknown as Record<typeof property, ExcelInput>)[property] = value;
}
