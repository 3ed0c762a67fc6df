/**
 * RangeList: several ranges of one sheet changed by one call (Sheet.getRangeList). Each change is
 * the change of every range in turn, with the same checks and messages as Range's own.
 */
import type { AppsScriptView } from './api';
import { exception, signatureMismatch } from './errors';
import type { Range } from './spreadsheet';

export class RangeList implements AppsScriptView<'GoogleAppsScript.Spreadsheet.RangeList'> {
  readonly _apiName = 'RangeList';

  constructor(readonly _ranges: readonly Range[]) {
    // the documented "one or more" ranges: an empty list names no sheet to work on
    if (_ranges.length === 0) throw exception('Range not found');
  }

  private _each(fn: (r: Range) => void): this {
    for (const r of this._ranges) fn(r);
    return this;
  }

  getRanges(): Range[] {
    return [...this._ranges];
  }
  setBorder(...args: unknown[]): this {
    if (args.length !== 6 && args.length !== 8)
      throw signatureMismatch('SpreadsheetApp.RangeList.setBorder', args);
    return this._each((r) => r.setBorder(...args));
  }
  setNumberFormat(numberFormat: unknown): this {
    if (typeof numberFormat !== 'string')
      throw signatureMismatch('SpreadsheetApp.RangeList.setNumberFormat', [numberFormat]);
    return this._each((r) => r.setNumberFormat(numberFormat));
  }
  setBackground(color: unknown): this {
    return this._each((r) => r.setBackground(color));
  }
  setHorizontalAlignment(alignment: unknown): this {
    return this._each((r) => r.setHorizontalAlignment(alignment));
  }
  setVerticalAlignment(alignment: unknown): this {
    return this._each((r) => r.setVerticalAlignment(alignment));
  }
  setWrap(isWrapEnabled: unknown): this {
    return this._each((r) => r.setWrap(isWrapEnabled));
  }
}
