/**
 * TextStyle and its builder (SpreadsheetApp.newTextStyle): a cell's font family, size, weight,
 * slant and colour, set together by Range.setTextStyle(s). What the builder was not told stays
 * null and leaves the cell's own setting as it was.
 */
import type { AppsScriptView } from './api';
import { signatureMismatch } from './errors';
import { normalizeColor } from './spreadsheet';

export class TextStyle implements AppsScriptView<'GoogleAppsScript.Spreadsheet.TextStyle'> {
  readonly _apiName = 'TextStyle';
  constructor(
    readonly _fontFamily: string | null,
    readonly _fontSize: number | null,
    readonly _bold: boolean | null,
    readonly _italic: boolean | null,
    readonly _color: string | null,
  ) {}
}

export class TextStyleBuilder implements AppsScriptView<'GoogleAppsScript.Spreadsheet.TextStyleBuilder'> {
  readonly _apiName = 'TextStyleBuilder';
  private _fontFamily: string | null = null;
  private _fontSize: number | null = null;
  private _bold: boolean | null = null;
  private _italic: boolean | null = null;
  private _color: string | null = null;

  private _check(method: string, v: unknown, ok: boolean): void {
    if (!ok) throw signatureMismatch(`SpreadsheetApp.TextStyleBuilder.${method}`, [v]);
  }
  setFontFamily(fontFamily: unknown): this {
    this._check('setFontFamily', fontFamily, typeof fontFamily === 'string');
    this._fontFamily = fontFamily as string;
    return this;
  }
  setFontSize(fontSize: unknown): this {
    this._check('setFontSize', fontSize, Number.isInteger(fontSize));
    this._fontSize = fontSize as number;
    return this;
  }
  setBold(bold: unknown): this {
    this._check('setBold', bold, typeof bold === 'boolean');
    this._bold = bold as boolean;
    return this;
  }
  setItalic(italic: unknown): this {
    this._check('setItalic', italic, typeof italic === 'boolean');
    this._italic = italic as boolean;
    return this;
  }
  setForegroundColor(cssString: unknown): this {
    this._check('setForegroundColor', cssString, typeof cssString === 'string');
    this._color = normalizeColor(cssString as string);
    return this;
  }
  build(): TextStyle {
    return new TextStyle(this._fontFamily, this._fontSize, this._bold, this._italic, this._color);
  }
}
