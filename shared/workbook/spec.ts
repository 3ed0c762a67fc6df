/**
 * The host-neutral description of a workbook. The core lays every sheet out once as a
 * WorkbookSpec; three renderers (exceljs for .xlsx, Office.js, SpreadsheetApp) only draw it,
 * in bulk, so the same workbook comes out of every host.
 */

export type CellValue = string | number | boolean | null;

/** A calendar date, drawn as a date serial with the column's date format. */
interface DateCell {
  kind: 'date';
  iso: string;
}

/**
 * A live formula (A1 style, English function names, comma separators, no leading "=") with the
 * value the core computed, so a file reads right before any recalculation.
 */
interface FormulaCell {
  kind: 'formula';
  formula: string;
  value: CellValue;
}

export type Cell = CellValue | DateCell | FormulaCell;

/** Zero-based top-left corner and size. */
export interface Range {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  fill?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  border?: boolean;
  numberFormat?: string;
  /** Cells users may edit on a protected sheet. */
  unlocked?: boolean;
}

interface StyledRange {
  range: Range;
  style: CellStyle;
}

export type Validation =
  | {
      kind: 'list';
      range: Range;
      values: string[];
      allowInvalid: boolean;
      prompt?: { title: string; message: string };
    }
  | {
      kind: 'date';
      range: Range;
      allowInvalid: boolean;
      prompt?: { title: string; message: string };
    };

/** Text-equality highlighting, the one kind every host draws the same. */
export interface ConditionalFormat {
  range: Range;
  equals: string;
  fill: string;
  fontColor?: string;
}

/**
 * A chart over cells of its own sheet, so that it follows their live values (formulas included).
 * Bars grow from the value axis; categories read top to bottom in the order of their cells.
 */
export interface ChartSpec {
  /** `bar`: horizontal bars, one row of bars per category; `column`: vertical bars. */
  kind: 'bar' | 'column';
  title: string;
  /** One column of the sheet: the category labels (unit names). */
  categories: Range;
  /**
   * One column each, as tall as `categories`; bars of one category side by side (clustered).
   * `color`: "#RRGGBB", the series' bars.
   */
  series: { name: string; values: Range; color?: string }[];
  /** The value axis: from `min`, to `max` when given (1 for rates), its labels in `numberFormat`. */
  axis: { min: number; max?: number; numberFormat: string };
  /** Each bar's value written at its end, in the axis's number format. */
  labels: boolean;
  /** The cells the chart covers (it sits over them): top-left cell and size in cells. */
  anchor: Range;
}

interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  /** Rows (0-based, inclusive) repeated at the top of every printed page. */
  repeatRows?: { first: number; last: number };
  /** Centered page header text. */
  header?: string;
}

/** The sheets of the office's book, by what they hold. */
export const BOOK_ROLES = [
  'meta',
  'plan',
  'tracking',
  'overview',
  'report',
  'criteria',
  'scores',
  'units',
  'mappings',
  'log',
  'archive',
] as const;
export type BookRole = (typeof BOOK_ROLES)[number];

/** A book's sheets, and the sheets of the other workbooks (the summary, a unit's guide). */
type SheetRole = BookRole | 'summary' | 'guide';

export interface SheetSpec {
  name: string;
  role: SheetRole;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Column widths in characters of the default font, as Excel counts them. */
  columns: number[];
  /** Rectangular: every row has `columns.length` cells. */
  rows: Cell[][];
  styles: StyledRange[];
  merges: Range[];
  freeze?: { rows: number; cols: number };
  validations: Validation[];
  conditionalFormats: ConditionalFormat[];
  /** Protected without a password: only cells styled `unlocked` can be edited. */
  protect: boolean;
  autoFilter?: Range;
  print?: PrintSetup;
  tabColor?: string;
  /** Blocks of rows that belong to one unit, for hosts that can let each unit edit only its own. */
  unitRanges?: { unitCode: string; emails: string[]; range: Range }[];
  /** Heights in points of rows that cannot fit themselves (merged, wrapped paragraphs). */
  rowHeights?: { row: number; height: number }[];
  /** Charts over the sheet's own cells; a redraw of the sheet replaces them. */
  charts?: ChartSpec[];
}

export interface WorkbookSpec {
  /** The font of every cell, e.g. Times New Roman 12, as Vietnamese offices print. */
  font: { name: string; size: number };
  /** Drawn in this order; the tabs keep it too. */
  sheets: SheetSpec[];
  /**
   * One cell to write once every sheet is drawn. The identity sheet, drawn first, says the
   * workbook is being written; this cell says it is complete, so a draw that stopped half-way
   * (a lost connection, a time limit) is never taken for a whole workbook.
   */
  finish?: { sheet: string; row: number; col: number; value: string };
  properties: { title: string; creator: string };
}

/** What a host reads back: the sheet's values, dates as date serials, formulas as their results. */
export interface SheetGrid {
  name: string;
  values: CellValue[][];
  /**
   * The formulas of the cells that hold one, by A1 address, where the host reads them (the .xlsx
   * reader does, for `Theo dõi`): a formula typed where a value was expected is said, not taken.
   */
  formulas?: ReadonlyMap<string, string>;
  /** Merged ranges ("H2:K2"), where the host reads them: a merge hides all but one cell's value. */
  merges?: readonly string[];
}
