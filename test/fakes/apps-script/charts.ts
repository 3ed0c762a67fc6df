/// <reference types="google-apps-script" />
/**
 * Embedded charts: `Sheet.newChart()` and the builder the product uses, `insertChart`,
 * `getCharts`, `removeChart`. A chart keeps its type, its ranges (A1, on their sheets), its
 * position and its options, for tests to look at; as in Sheets, a chart's ranges are of one
 * spreadsheet, and a chart built once is inserted once.
 */
import type { AppsScriptView } from './api';
import { exception } from './errors';
import type { Range, Sheet } from './spreadsheet';

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export class EmbeddedChart implements AppsScriptView<'GoogleAppsScript.Spreadsheet.EmbeddedChart'> {
  readonly _apiName = 'EmbeddedChart';
  _inserted = false;

  constructor(
    readonly _type: 'BAR' | 'COLUMN',
    readonly _ranges: readonly Range[],
    readonly _position: ChartPosition,
    readonly _options: Readonly<Record<string, unknown>>,
  ) {}

  /** The chart's ranges as "'Sheet'!A1:B2". */
  get _rangeNames(): string[] {
    return this._ranges.map((r) => `${r._sheet._name}!${r.getA1Notation()}`);
  }
}

/** `newChart()`'s builder; `asBarChart()`/`asColumnChart()` give the same object typed. */
export class EmbeddedChartBuilder
  implements
    AppsScriptView<'GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder'>,
    AppsScriptView<'GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder'>,
    AppsScriptView<'GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder'>
{
  readonly _apiName = 'EmbeddedChartBuilder';
  _type: 'BAR' | 'COLUMN' | null = null;
  _ranges: Range[] = [];
  _position: ChartPosition | null = null;
  _options: Record<string, unknown> = {};

  constructor(readonly _sheet: Sheet) {}

  asBarChart(): this {
    this._type = 'BAR';
    return this;
  }

  asColumnChart(): this {
    this._type = 'COLUMN';
    return this;
  }

  addRange(range: Range): this {
    if (range._sheet._ss !== this._sheet._ss) throw exception('Invalid argument: range');
    this._ranges.push(range);
    return this;
  }

  /** 1-based anchor cell, offsets in pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    for (const n of [anchorRowPos, anchorColPos]) {
      if (!Number.isInteger(n) || n < 1) throw exception('Invalid argument: position');
    }
    this._position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as declared
  setOption(option: string, value: any): this {
    if (typeof option !== 'string' || option === '') throw exception('Invalid argument: option');
    this._options[option] = JSON.parse(JSON.stringify(value)) as unknown;
    return this;
  }

  build(): EmbeddedChart {
    if (!this._type) throw exception('Chart type is not set.');
    if (this._ranges.length === 0) throw exception('The chart has no data.');
    return new EmbeddedChart(
      this._type,
      [...this._ranges],
      this._position ?? { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
      { ...this._options },
    );
  }
}
