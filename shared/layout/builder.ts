/** Accumulates one sheet's rows, styles, merges and rules, and hands out a SheetSpec. */
import type {
  Cell,
  CellStyle,
  ConditionalFormat,
  Range,
  SheetSpec,
  Validation,
} from '../workbook/spec';

export const FILL = {
  header: '#D9E1F2',
  period: '#FCE4D6',
  total: '#EDEDED',
  done: '#C6EFCE',
  doing: '#FFEB9C',
  skipped: '#D9D9D9',
  overdue: '#FFC7CE',
  input: '#FFFFFF',
} as const;

/** The header row of a table sheet. */
export const HEADER_STYLE = {
  bold: true,
  fill: FILL.header,
  border: true,
  hAlign: 'center',
  wrap: true,
} as const;

export const DATE_FORMAT = 'dd/mm/yyyy';
export const PERCENT_FORMAT = '0.0%';

export class SheetBuilder {
  readonly rows: Cell[][] = [];
  readonly styles: { range: Range; style: CellStyle }[] = [];
  readonly merges: Range[] = [];
  readonly validations: Validation[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];

  constructor(readonly width: number) {}

  get next(): number {
    return this.rows.length;
  }

  /** Appends a row, padded to the sheet's width; returns its index. */
  add(cells: readonly Cell[] = []): number {
    const row: Cell[] = new Array(this.width).fill(null);
    // an empty text is an empty cell, so it stays blank in every host
    for (let c = 0; c < Math.min(cells.length, this.width); c++)
      row[c] = cells[c] === '' ? null : (cells[c] ?? null);
    this.rows.push(row);
    return this.rows.length - 1;
  }

  style(range: Range, style: CellStyle): void {
    if (range.rows > 0 && range.cols > 0) this.styles.push({ range, style });
  }

  merge(range: Range): void {
    if (range.rows * range.cols > 1) this.merges.push(range);
  }

  /** A paragraph across the whole width: merged, wrapped, with a height for its lines. */
  paragraph(text: string, style: CellStyle = {}, charsPerLine = 120): number {
    const r = this.add([text]);
    this.merge({ row: r, col: 0, rows: 1, cols: this.width });
    this.style(
      { row: r, col: 0, rows: 1, cols: this.width },
      { wrap: true, vAlign: 'top', ...style },
    );
    const lines = text
      .split('\n')
      .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
    if (lines > 1) this.rowHeights.push({ row: r, height: Math.ceil(lines * 16.5) });
    return r;
  }

  build(
    spec: Omit<SheetSpec, 'rows' | 'styles' | 'merges' | 'validations' | 'conditionalFormats'>,
  ): SheetSpec {
    return {
      ...spec,
      rows: this.rows,
      styles: this.styles,
      merges: this.merges,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      ...(this.rowHeights.length > 0 ? { rowHeights: this.rowHeights } : {}),
    };
  }
}
