/**
 * The fake's in-memory workbook: what the proxies change at `context.sync()` and what tests
 * assert on. Cells live in one Map per sheet keyed by row * 16384 + column; formats are shared
 * (interned) style objects, so 50,000 rows × 11 columns stay small. Whole-row and whole-column
 * formats are kept per row / per column, as Excel does.
 */
import type { ChartState } from './charts';
import {
  area,
  type Bounds,
  cols,
  colToLetters,
  contains,
  formatAddress,
  formatBounds,
  intersect,
  isWholeColumns,
  isWholeRows,
  lettersToCol,
  MAX_COLS,
  parseAddress,
  rows,
  sameBounds,
  shiftFormula,
  subtract,
} from './address';
import { ErrorCodes, officeError, SHAPE_MISMATCH } from './errors';
import { type CellValue, formatText, interpretInput } from './values';

// ---------------------------------------------------------------------------------------------
// Styles

export interface BorderSide {
  style: string;
  color: string;
  weight: string;
}

export type BorderKey = 'top' | 'bottom' | 'left' | 'right' | 'diagonalDown' | 'diagonalUp';

export interface Style {
  numberFormat: string;
  fontName: string;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  underline: string;
  strikethrough: boolean;
  fontColor: string;
  /** null: no fill. */
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  textOrientation: number;
  shrinkToFit: boolean;
  locked: boolean;
  formulaHidden: boolean;
  borders: Partial<Record<BorderKey, BorderSide>>;
}

export const DEFAULT_STYLE: Style = Object.freeze({
  numberFormat: 'General',
  fontName: 'Calibri',
  fontSize: 11,
  bold: false,
  italic: false,
  underline: 'None',
  strikethrough: false,
  fontColor: '#000000',
  fill: null,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
  indentLevel: 0,
  textOrientation: 0,
  shrinkToFit: false,
  locked: true,
  formulaHidden: false,
  borders: Object.freeze({}),
}) as Style;

const BORDER_ORDER: BorderKey[] = ['top', 'bottom', 'left', 'right', 'diagonalDown', 'diagonalUp'];
const styles = new Map<string, Style>([[styleKey(DEFAULT_STYLE), DEFAULT_STYLE]]);

function styleKey(s: Style): string {
  const b = BORDER_ORDER.filter((k) => s.borders[k]).map((k) => {
    const side = s.borders[k]!;
    return `${k}:${side.style}/${side.color}/${side.weight}`;
  });
  return JSON.stringify([
    s.numberFormat,
    s.fontName,
    s.fontSize,
    s.bold,
    s.italic,
    s.underline,
    s.strikethrough,
    s.fontColor,
    s.fill,
    s.horizontalAlignment,
    s.verticalAlignment,
    s.wrapText,
    s.indentLevel,
    s.textOrientation,
    s.shrinkToFit,
    s.locked,
    s.formulaHidden,
    b,
  ]);
}

/** One shared frozen object per distinct style. */
export function intern(s: Style): Style {
  const key = styleKey(s);
  let found = styles.get(key);
  if (!found) {
    found = Object.freeze({ ...s, borders: Object.freeze({ ...s.borders }) }) as Style;
    styles.set(key, found);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Cells and sheet parts

export interface Cell {
  /** A constant, or for a formula cell its cached result (null when unknown). */
  value: CellValue | null;
  formula: string | null;
  /** null: the row's, else the column's, else the default style. */
  style: Style | null;
  /** Typed with a leading apostrophe. */
  quotePrefix: boolean;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface ProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: 'Normal' | 'Unlocked' | 'None';
}

export const DEFAULT_PROTECTION_OPTIONS: ProtectionOptions = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: 'Normal',
};

export interface ErrorAlert {
  message: string;
  showAlert: boolean;
  style: 'Stop' | 'Warning' | 'Information';
  title: string;
}

export interface Prompt {
  message: string;
  showPrompt: boolean;
  title: string;
}

/** A data validation rule as stored: exactly one key, list sources as text. */
export type StoredRule = Record<string, Record<string, unknown>>;

export interface ValidationEntry {
  bounds: Bounds;
  rule: StoredRule | null;
  errorAlert: ErrorAlert;
  prompt: Prompt;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatStyle {
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
  fill?: string;
  numberFormat?: string;
}

export interface ConditionalFormatEntry {
  id: string;
  bounds: Bounds;
  type: string;
  /** cellValue: { formula1, formula2?, operator }; containsText: { operator, text }; custom: { formula }. */
  rule: Record<string, unknown> | null;
  format: ConditionalFormatStyle;
  stopIfTrue: boolean;
}

export interface HeaderFooter {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface PageLayoutState {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  firstPageNumber: number | '';
  printOrder: 'DownThenOver' | 'OverThenDown';
  printComments: string;
  printErrors: string;
  /** Points. The defaults are Excel's "Normal" margins. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Addresses as set ("$1:$3"), or null. */
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
  headersFooters: {
    state: 'Default' | 'FirstAndDefault' | 'OddAndEven' | 'FirstOddAndEven';
    useSheetMargins: boolean;
    useSheetScale: boolean;
    defaultForAllPages: HeaderFooter;
    firstPage: HeaderFooter;
    evenPages: HeaderFooter;
    oddPages: HeaderFooter;
  };
}

function emptyHeaderFooter(): HeaderFooter {
  return {
    leftHeader: '',
    centerHeader: '',
    rightHeader: '',
    leftFooter: '',
    centerFooter: '',
    rightFooter: '',
  };
}

function defaultPageLayout(): PageLayoutState {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    firstPageNumber: '',
    printOrder: 'DownThenOver',
    printComments: 'NoComments',
    printErrors: 'AsDisplayed',
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    zoom: { scale: 100 },
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    headersFooters: {
      state: 'Default',
      useSheetMargins: true,
      useSheetScale: true,
      defaultForAllPages: emptyHeaderFooter(),
      firstPage: emptyHeaderFooter(),
      evenPages: emptyHeaderFooter(),
      oddPages: emptyHeaderFooter(),
    },
  };
}

/** Excel's default column width (8.43 characters of Calibri 11) and row height, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/** What a protected sheet still lets an operation do; 'never' is refused whatever the options. */
export type Permission =
  | 'content'
  | 'formatCells'
  | 'formatColumns'
  | 'formatRows'
  | 'insertRows'
  | 'insertColumns'
  | 'deleteRows'
  | 'deleteColumns'
  | 'autoFilter'
  | 'never';

export interface CellSnapshot {
  address: string;
  value: CellValue | null;
  formula: string | null;
  numberFormat: string;
  text: string;
  quotePrefix: boolean;
  format: {
    fontName: string;
    fontSize: number;
    bold: boolean;
    italic: boolean;
    underline: string;
    fontColor: string;
    fill: string | null;
    horizontalAlignment: string;
    verticalAlignment: string;
    wrapText: boolean;
    locked: boolean;
    borders: Partial<Record<BorderKey, BorderSide>>;
  };
}

const key = (r: number, c: number) => r * MAX_COLS + c;

let sheetCounter = 0;

function newSheetId(): string {
  sheetCounter += 1;
  const hex = sheetCounter.toString(16).toUpperCase().padStart(4, '0');
  return `{00000000-${hex}-0000-C000-000000000046}`;
}

// ---------------------------------------------------------------------------------------------
// One sheet

export class FakeSheetState {
  readonly id: string;
  name: string;
  visibility: Visibility = 'Visible';
  tabColor = '';
  showGridlines = true;
  readonly cells = new Map<number, Cell>();
  readonly rowStyles = new Map<number, Style>();
  readonly colStyles = new Map<number, Style>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  /** Columns and rows an autofit was asked for (zero-based). */
  readonly autofittedColumns = new Set<number>();
  readonly autofittedRows = new Set<number>();
  mergeAreas: Bounds[] = [];
  validationEntries: ValidationEntry[] = [];
  /** In priority order: index 0 is evaluated first. */
  conditionalFormatEntries: ConditionalFormatEntry[] = [];
  protection: { protected: boolean; options: ProtectionOptions; password: string | null } = {
    protected: false,
    options: { ...DEFAULT_PROTECTION_OPTIONS },
    password: null,
  };
  freeze = { rows: 0, columns: 0 };
  pageLayout: PageLayoutState = defaultPageLayout();
  autoFilterBounds: Bounds | null = null;
  /** Charts added through `Worksheet.charts`, in order. */
  charts: ChartState[] = [];
  private cfCounter = 0;

  constructor(name: string) {
    this.id = newSheetId();
    this.name = name;
  }

  // --- assertion helpers -------------------------------------------------------------------

  /** Merged areas as addresses ("A1:K1"). */
  get merges(): string[] {
    return this.mergeAreas.map((b) => formatBounds(b));
  }

  get dataValidations(): {
    address: string;
    type: string;
    rule: StoredRule | null;
    errorAlert: ErrorAlert;
    prompt: Prompt;
    ignoreBlanks: boolean;
  }[] {
    return this.validationEntries.map((v) => ({
      address: formatBounds(v.bounds),
      type: validationType(v.rule),
      rule: v.rule,
      errorAlert: v.errorAlert,
      prompt: v.prompt,
      ignoreBlanks: v.ignoreBlanks,
    }));
  }

  get conditionalFormats(): {
    address: string;
    type: string;
    rule: Record<string, unknown> | null;
    format: ConditionalFormatStyle;
    priority: number;
    stopIfTrue: boolean;
  }[] {
    return this.conditionalFormatEntries.map((c, priority) => ({
      address: formatBounds(c.bounds),
      type: c.type,
      rule: c.rule,
      format: c.format,
      priority,
      stopIfTrue: c.stopIfTrue,
    }));
  }

  get autoFilter(): string | null {
    return this.autoFilterBounds ? formatBounds(this.autoFilterBounds) : null;
  }

  /** Width in points of a column given by letters ("B") or zero-based index. */
  columnWidth(column: string | number): number {
    const c = typeof column === 'number' ? column : lettersToCol(column);
    return this.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Height in points of a row given by its one-based number. */
  rowHeight(rowNumber: number): number {
    return this.rowHeights.get(rowNumber - 1) ?? DEFAULT_ROW_HEIGHT;
  }

  /** The used range's address, or null for an empty sheet. */
  usedRange(valuesOnly = false): string | null {
    const b = this.usedBounds(valuesOnly);
    return b ? formatBounds(b) : null;
  }

  cell(address: string): CellSnapshot {
    const b = this.parse(address);
    const cell = this.cells.get(key(b.r0, b.c0));
    const s = this.styleAt(b.r0, b.c0, cell);
    return {
      address: formatBounds({ r0: b.r0, c0: b.c0, r1: b.r0, c1: b.c0 }),
      value: cell?.value ?? null,
      formula: cell?.formula ?? null,
      numberFormat: s.numberFormat,
      text: formatText(cell?.value ?? null, s.numberFormat),
      quotePrefix: cell?.quotePrefix ?? false,
      format: {
        fontName: s.fontName,
        fontSize: s.fontSize,
        bold: s.bold,
        italic: s.italic,
        underline: s.underline,
        fontColor: s.fontColor,
        fill: s.fill,
        horizontalAlignment: s.horizontalAlignment,
        verticalAlignment: s.verticalAlignment,
        wrapText: s.wrapText,
        locked: s.locked,
        borders: s.borders,
      },
    };
  }

  parse(address: string): Bounds {
    const parsed = parseAddress(address);
    if (
      !parsed ||
      (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== this.name.toLowerCase())
    ) {
      throw new Error(`Not an address on sheet ${this.name}: ${address}`);
    }
    return parsed.bounds;
  }

  // --- styles --------------------------------------------------------------------------------

  styleAt(r: number, c: number, cell = this.cells.get(key(r, c))): Style {
    return cell?.style ?? this.rowStyles.get(r) ?? this.colStyles.get(c) ?? DEFAULT_STYLE;
  }

  /** Distinct values of `pick` over a range, stopping at two. Exact up to 200,000 cells. */
  distinct<T>(b: Bounds, pick: (s: Style, r: number, c: number) => T): T[] {
    const seen: T[] = [];
    const add = (v: T) => {
      if (!seen.some((x) => Object.is(x, v) || JSON.stringify(x) === JSON.stringify(v)))
        seen.push(v);
    };
    if (area(b) <= 200_000) {
      for (let r = b.r0; r <= b.r1 && seen.length < 2; r += 1) {
        for (let c = b.c0; c <= b.c1 && seen.length < 2; c += 1)
          add(pick(this.styleAt(r, c), r, c));
      }
      return seen;
    }
    let explicit = 0;
    for (const [k, cell] of this.cells) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (r < b.r0 || r > b.r1 || c < b.c0 || c > b.c1) continue;
      explicit += 1;
      add(pick(this.styleAt(r, c, cell), r, c));
      if (seen.length > 1) return seen;
    }
    if (explicit < area(b)) {
      for (let c = b.c0; c <= b.c1 && seen.length < 2; c += 1) {
        add(pick(this.colStyles.get(c) ?? DEFAULT_STYLE, b.r1, c));
      }
      for (const [r, s] of this.rowStyles) if (r >= b.r0 && r <= b.r1) add(pick(s, r, b.c0));
    }
    return seen;
  }

  /** Applies `mutate` to every cell of `b`; whole rows and columns keep their own styles. */
  applyStyle(b: Bounds, mutate: (s: Style) => Style): void {
    const memo = new Map<Style, Style>();
    const m = (s: Style): Style => {
      let out = memo.get(s);
      if (!out) {
        out = intern(mutate(s));
        memo.set(s, out);
      }
      return out;
    };
    if (isWholeColumns(b) || isWholeRows(b)) {
      const byColumn = isWholeColumns(b);
      const wholeSheet = byColumn && isWholeRows(b);
      // 1. cells that exist already
      for (const [k, cell] of this.cells) {
        const r = Math.floor(k / MAX_COLS);
        const c = k % MAX_COLS;
        if (r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1)
          cell.style = m(this.styleAt(r, c, cell));
      }
      // 2. where a styled row crosses a styled column Excel keeps a cell record: so does the fake
      //    (a row's style wins over a column's, so the crossing takes what it showed before)
      if (byColumn && !wholeSheet) {
        for (const [r, rowStyle] of this.rowStyles) {
          for (let c = b.c0; c <= b.c1; c += 1) {
            if (!this.cells.has(key(r, c))) this.cells.set(key(r, c), newCell(m(rowStyle)));
          }
        }
      } else if (!byColumn && this.colStyles.size > 0) {
        for (let r = b.r0; r <= b.r1; r += 1) {
          if (this.rowStyles.has(r)) continue;
          for (const [c, colStyle] of this.colStyles) {
            if (!this.cells.has(key(r, c))) this.cells.set(key(r, c), newCell(m(colStyle)));
          }
        }
      }
      // 3. the row or column styles; the whole sheet is kept as 16,384 columns, not a million rows
      if (byColumn) {
        for (let c = b.c0; c <= b.c1; c += 1)
          this.colStyles.set(c, m(this.colStyles.get(c) ?? DEFAULT_STYLE));
        if (wholeSheet) for (const [r, rs] of this.rowStyles) this.rowStyles.set(r, m(rs));
      } else {
        for (let r = b.r0; r <= b.r1; r += 1)
          this.rowStyles.set(r, m(this.rowStyles.get(r) ?? DEFAULT_STYLE));
      }
      return;
    }
    for (let r = b.r0; r <= b.r1; r += 1) {
      for (let c = b.c0; c <= b.c1; c += 1) {
        const k = key(r, c);
        const cell = this.cells.get(k);
        if (cell) cell.style = m(this.styleAt(r, c, cell));
        else this.cells.set(k, newCell(m(this.styleAt(r, c))));
      }
    }
  }

  /** Resets formats to the default (Range.clear('Formats')). */
  clearFormats(b: Bounds): void {
    for (const [k, cell] of [...this.cells]) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (r < b.r0 || r > b.r1 || c < b.c0 || c > b.c1) continue;
      cell.style = null;
      cell.quotePrefix = false;
      if (cell.value === null && cell.formula === null) this.cells.delete(k);
    }
    if (isWholeColumns(b)) for (let c = b.c0; c <= b.c1; c += 1) this.colStyles.delete(c);
    if (isWholeRows(b)) for (let r = b.r0; r <= b.r1; r += 1) this.rowStyles.delete(r);
    if (
      !isWholeColumns(b) &&
      !isWholeRows(b) &&
      (this.rowStyles.size > 0 || this.colStyles.size > 0)
    ) {
      // The cells keep an explicit default style so row or column formats do not show through.
      this.applyStyle(b, () => DEFAULT_STYLE);
    }
    this.mergeAreas = this.mergeAreas.filter((m) => !intersect(m, b));
  }

  // --- protection ----------------------------------------------------------------------------

  /** Throws AccessDenied when the sheet's protection forbids the operation on `b`. */
  assertAllowed(permission: Permission, b: Bounds | null, location: string): void {
    if (!this.protection.protected) return;
    const o = this.protection.options;
    const allowed: Record<Permission, boolean> = {
      content: b !== null && this.distinct(b, (s) => s.locked).every((locked) => !locked),
      formatCells: o.allowFormatCells,
      formatColumns: o.allowFormatColumns,
      formatRows: o.allowFormatRows,
      insertRows: o.allowInsertRows,
      insertColumns: o.allowInsertColumns,
      deleteRows: o.allowDeleteRows,
      deleteColumns: o.allowDeleteColumns,
      autoFilter: o.allowAutoFilter,
      never: false,
    };
    if (!allowed[permission]) throw officeError(ErrorCodes.accessDenied, undefined, location);
  }

  // --- contents ------------------------------------------------------------------------------

  /**
   * Writes `Range.values` or `Range.formulas` input (a 2D array of the range's shape, or one
   * value for every cell). All-or-nothing: an invalid entry fails the whole write.
   */
  writeEntries(b: Bounds, input: unknown, location: string): void {
    assertBounded(b, location);
    const scalar = !Array.isArray(input);
    if (!scalar) assertShape(input as unknown[], b, location);
    if (scalar && (input === null || input === undefined)) {
      throw officeError(ErrorCodes.invalidArgument, undefined, location);
    }
    if (area(b) > 33_554_000)
      throw officeError(ErrorCodes.operationCellsExceedLimit, undefined, location);
    this.assertAllowed('content', b, location);
    if (scalar && input === '') {
      this.clearContents(b);
      return;
    }
    const grid = input as unknown[][];
    const plan: { r: number; c: number; entry: ReturnType<typeof interpretInput> }[] = [];
    for (let r = b.r0; r <= b.r1; r += 1) {
      for (let c = b.c0; c <= b.c1; c += 1) {
        let raw = scalar ? input : grid[r - b.r0]![c - b.c0];
        if (scalar && typeof raw === 'string' && raw.startsWith('=')) {
          raw = shiftFormula(raw, r - b.r0, c - b.c0);
        }
        const isText = this.styleAt(r, c).numberFormat === '@';
        const entry = interpretInput(raw, isText);
        if (entry.kind === 'invalid') {
          throw officeError(
            ErrorCodes.invalidArgument,
            undefined,
            `${location} (${formatBounds({ r0: r, c0: c, r1: r, c1: c })}: ${entry.reason})`,
          );
        }
        if (entry.kind !== 'skip') plan.push({ r, c, entry });
      }
    }
    for (const { r, c, entry } of plan) {
      const k = key(r, c);
      const cell = this.cells.get(k);
      if (entry.kind === 'clear') {
        if (!cell) continue;
        cell.value = null;
        cell.formula = null;
        cell.quotePrefix = false;
        if (cell.style === null) this.cells.delete(k);
        continue;
      }
      const target = cell ?? newCell(null);
      if (!cell) this.cells.set(k, target);
      if (entry.kind === 'value') {
        target.value = entry.value;
        target.formula = null;
        target.quotePrefix = entry.quotePrefix;
      } else if (entry.kind === 'formula') {
        // No calculation engine: the formula keeps the cell's last value as its cached result.
        target.formula = entry.formula;
        target.quotePrefix = false;
      }
    }
  }

  clearContents(b: Bounds): void {
    const clearOne = (k: number, cell: Cell) => {
      cell.value = null;
      cell.formula = null;
      cell.quotePrefix = false;
      if (cell.style === null) this.cells.delete(k);
    };
    if (area(b) <= this.cells.size) {
      for (let r = b.r0; r <= b.r1; r += 1) {
        for (let c = b.c0; c <= b.c1; c += 1) {
          const cell = this.cells.get(key(r, c));
          if (cell) clearOne(key(r, c), cell);
        }
      }
      return;
    }
    for (const [k, cell] of [...this.cells]) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1) clearOne(k, cell);
    }
  }

  writeNumberFormat(b: Bounds, input: unknown, location: string): void {
    assertBounded(b, location);
    const scalar = !Array.isArray(input);
    if (!scalar) assertShape(input as unknown[], b, location);
    const check = (v: unknown) => {
      if (v !== null && v !== undefined && typeof v !== 'string') {
        throw officeError(ErrorCodes.invalidArgument, undefined, location);
      }
    };
    if (scalar) {
      if (input === null || input === undefined)
        throw officeError(ErrorCodes.invalidArgument, undefined, location);
      check(input);
    } else for (const row of input as unknown[][]) row.forEach(check);
    this.assertAllowed('formatCells', b, location);
    const fmt = (v: string) => (v === '' ? 'General' : v);
    if (scalar) {
      const f = fmt(input as string);
      this.applyStyle(b, (s) => ({ ...s, numberFormat: f }));
      return;
    }
    const grid = input as (string | null | undefined)[][];
    const memo = new Map<string, Map<Style, Style>>();
    const restyle = (s: Style, f: string): Style => {
      let byStyle = memo.get(f);
      if (!byStyle) {
        byStyle = new Map();
        memo.set(f, byStyle);
      }
      let out = byStyle.get(s);
      if (!out) {
        out = intern({ ...s, numberFormat: f });
        byStyle.set(s, out);
      }
      return out;
    };
    for (let r = b.r0; r <= b.r1; r += 1) {
      for (let c = b.c0; c <= b.c1; c += 1) {
        const v = grid[r - b.r0]![c - b.c0];
        if (v === null || v === undefined) continue;
        const k = key(r, c);
        const cell = this.cells.get(k);
        const next = restyle(this.styleAt(r, c, cell), fmt(v));
        if (cell) cell.style = next;
        else this.cells.set(k, newCell(next));
      }
    }
  }

  /** Values as `Range.values` returns them: '' for an empty cell, a formula's cached result. */
  readGrid(
    b: Bounds,
    pick: (cell: Cell | undefined, r: number, c: number) => unknown,
  ): unknown[][] {
    const out: unknown[][] = [];
    for (let r = b.r0; r <= b.r1; r += 1) {
      const row: unknown[] = [];
      for (let c = b.c0; c <= b.c1; c += 1) row.push(pick(this.cells.get(key(r, c)), r, c));
      out.push(row);
    }
    return out;
  }

  /** A formula cell reads its cached result: null when the fake does not know it. */
  readValues(b: Bounds): unknown[][] {
    return this.readGrid(b, (cell) =>
      cell ? (cell.formula !== null ? cell.value : (cell.value ?? '')) : '',
    );
  }

  readFormulas(b: Bounds): unknown[][] {
    return this.readGrid(b, (cell) => cell?.formula ?? cell?.value ?? '');
  }

  readNumberFormats(b: Bounds): unknown[][] {
    return this.readGrid(b, (cell, r, c) => this.styleAt(r, c, cell).numberFormat);
  }

  readText(b: Bounds): unknown[][] {
    return this.readGrid(b, (cell, r, c) =>
      formatText(cell?.value ?? null, this.styleAt(r, c, cell).numberFormat),
    );
  }

  usedBounds(valuesOnly: boolean, within?: Bounds): Bounds | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of this.cells) {
      if (cell.value === null && cell.formula === null && (valuesOnly || cell.style === null))
        continue;
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (within && (r < within.r0 || r > within.r1 || c < within.c0 || c > within.c1)) continue;
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  // --- merges --------------------------------------------------------------------------------

  /**
   * Merges `b` (or each of its rows, `across`). Merged areas inside it are absorbed; one that
   * sticks out of it fails with InvalidOperation (the docs are silent; Excel's UI refuses too).
   * Only the top-left value of each new area is kept, as Excel warns when merging by hand.
   */
  merge(b: Bounds, across: boolean, location: string): void {
    const areas: Bounds[] = [];
    if (across) {
      for (let r = b.r0; r <= b.r1; r += 1) areas.push({ r0: r, c0: b.c0, r1: r, c1: b.c1 });
    } else areas.push(b);
    for (const a of areas) {
      if (area(a) === 1) continue;
      for (const m of this.mergeAreas) {
        if (intersect(m, a) && !contains(a, m)) {
          throw officeError(ErrorCodes.invalidOperation, undefined, location);
        }
      }
    }
    for (const a of areas) {
      if (area(a) === 1) continue;
      this.mergeAreas = this.mergeAreas.filter((m) => !contains(a, m));
      this.mergeAreas.push(a);
      for (let r = a.r0; r <= a.r1; r += 1) {
        for (let c = a.c0; c <= a.c1; c += 1) {
          if (r === a.r0 && c === a.c0) continue;
          const cell = this.cells.get(key(r, c));
          if (cell) {
            cell.value = null;
            cell.formula = null;
            if (cell.style === null) this.cells.delete(key(r, c));
          }
        }
      }
    }
  }

  // --- data validation -----------------------------------------------------------------------

  /** Sets one part of the validation of exactly `b`, replacing any other validation there. */
  setValidation(b: Bounds, patch: Partial<Omit<ValidationEntry, 'bounds'>>): void {
    const same = this.validationEntries.find((v) => sameBounds(v.bounds, b));
    if (same) {
      Object.assign(same, patch);
      return;
    }
    this.clearValidation(b);
    this.validationEntries.push({
      bounds: b,
      rule: null,
      errorAlert: { message: '', showAlert: true, style: 'Stop', title: '' },
      prompt: { message: '', showPrompt: false, title: '' },
      ignoreBlanks: true,
      ...patch,
    });
  }

  clearValidation(b: Bounds): void {
    const next: ValidationEntry[] = [];
    for (const v of this.validationEntries) {
      for (const piece of subtract(v.bounds, b)) next.push({ ...v, bounds: piece });
    }
    this.validationEntries = next;
  }

  /** The validation covering all of `b`, 'none', or 'mixed'. */
  validationAt(b: Bounds): ValidationEntry | 'none' | 'mixed' {
    const hits = this.validationEntries.filter((v) => intersect(v.bounds, b));
    if (hits.length === 0) return 'none';
    if (hits.length === 1 && contains(hits[0]!.bounds, b)) return hits[0]!;
    return 'mixed';
  }

  // --- conditional formats -------------------------------------------------------------------

  addConditionalFormat(b: Bounds, type: string): ConditionalFormatEntry {
    this.cfCounter += 1;
    const entry: ConditionalFormatEntry = {
      id: `{CF-${this.id.slice(10, 14)}-${this.cfCounter}}`,
      bounds: b,
      type,
      rule: null,
      format: {},
      stopIfTrue: false,
    };
    this.conditionalFormatEntries.unshift(entry);
    return entry;
  }

  // --- sizes ---------------------------------------------------------------------------------

  /** Cells of `b` that exist, with their coordinates; walks the smaller of the range and the map. */
  private *cellsIn(b: Bounds): Generator<[number, number, Cell]> {
    if (area(b) <= this.cells.size) {
      for (let r = b.r0; r <= b.r1; r += 1) {
        for (let c = b.c0; c <= b.c1; c += 1) {
          const cell = this.cells.get(key(r, c));
          if (cell) yield [r, c, cell];
        }
      }
      return;
    }
    for (const [k, cell] of this.cells) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1) yield [r, c, cell];
    }
  }

  private inMerge(r: number, c: number): boolean {
    return this.mergeAreas.some((m) => m.r0 <= r && r <= m.r1 && m.c0 <= c && c <= m.c1);
  }

  /**
   * Autofit rows, approximated: 15 points a line, counting explicit line breaks and, in wrapped
   * cells, about 7 pixels a character of the column's width. Rows without content get 15 points.
   */
  autofitRows(b: Bounds): void {
    const lines = new Map<number, number>();
    for (const [r, c, cell] of this.cellsIn(b)) {
      if (cell.value === null || this.inMerge(r, c)) continue;
      const s = this.styleAt(r, c, cell);
      const parts = formatText(cell.value, s.numberFormat).split('\n');
      const widthChars = Math.max(1, Math.floor((this.columnWidth(c) / 0.75 - 5) / 7));
      const n = s.wrapText
        ? parts.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / widthChars)), 0)
        : parts.length;
      lines.set(r, Math.max(lines.get(r) ?? 1, n));
    }
    for (const r of [...this.rowHeights.keys()]) {
      if (r >= b.r0 && r <= b.r1 && !lines.has(r)) this.rowHeights.delete(r);
    }
    for (const [r, n] of lines) this.rowHeights.set(r, n * DEFAULT_ROW_HEIGHT);
    if (rows(b) <= 100_000) for (let r = b.r0; r <= b.r1; r += 1) this.autofittedRows.add(r);
  }

  // --- insert and delete ---------------------------------------------------------------------

  toJSON(): Record<string, unknown> {
    const cellsOut: Record<string, unknown> = {};
    const keys = [...this.cells.keys()].sort((a, b) => a - b);
    for (const k of keys) {
      const cell = this.cells.get(k)!;
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      const entry: Record<string, unknown> = {};
      if (cell.value !== null) entry.value = cell.value;
      if (cell.formula !== null) entry.formula = cell.formula;
      if (cell.quotePrefix) entry.quotePrefix = true;
      if (cell.style !== null && cell.style !== DEFAULT_STYLE) entry.style = styleDiff(cell.style);
      cellsOut[`${colToLetters(c)}${r + 1}`] = entry;
    }
    const sizes = (m: Map<number, number>, name: (i: number) => string) =>
      Object.fromEntries([...m].sort((a, b) => a[0] - b[0]).map(([i, v]) => [name(i), v]));
    return {
      name: this.name,
      id: this.id,
      visibility: this.visibility,
      tabColor: this.tabColor,
      freeze: this.freeze,
      protection: { protected: this.protection.protected, options: this.protection.options },
      pageLayout: this.pageLayout,
      merges: this.merges,
      dataValidations: this.dataValidations,
      conditionalFormats: this.conditionalFormats,
      autoFilter: this.autoFilter,
      columnWidths: sizes(this.columnWidths, colToLetters),
      rowHeights: sizes(this.rowHeights, (i) => String(i + 1)),
      hiddenColumns: [...this.hiddenColumns].sort((a, b) => a - b).map(colToLetters),
      hiddenRows: [...this.hiddenRows].sort((a, b) => a - b).map((i) => i + 1),
      columnStyles: Object.fromEntries(
        [...this.colStyles].map(([c, s]) => [colToLetters(c), styleDiff(s)]),
      ),
      rowStyles: Object.fromEntries(
        [...this.rowStyles].map(([r, s]) => [String(r + 1), styleDiff(s)]),
      ),
      cells: cellsOut,
    };
  }
}

function newCell(style: Style | null): Cell {
  return { value: null, formula: null, style, quotePrefix: false };
}

function styleDiff(s: Style): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    const d = (DEFAULT_STYLE as unknown as Record<string, unknown>)[k];
    if (k === 'borders') {
      if (Object.keys(v as object).length > 0) out[k] = v;
    } else if (v !== d) out[k] = v;
  }
  return out;
}

/**
 * Cell-level properties (values, formulas, number formats) cannot be set on whole columns or rows,
 * not even to one value: "The API returns an error if you attempt to set cell-level properties
 * for an unbounded range" (Read or write to an unbounded range, Office Add-ins documentation).
 */
function assertBounded(b: Bounds, location: string): void {
  if (isWholeColumns(b) || isWholeRows(b)) {
    throw officeError(ErrorCodes.invalidArgument, undefined, location);
  }
}

function assertShape(input: unknown[], b: Bounds, location: string): void {
  if (
    input.length !== rows(b) ||
    input.some((row) => !Array.isArray(row) || row.length !== cols(b))
  ) {
    throw officeError(ErrorCodes.invalidArgument, SHAPE_MISMATCH, location);
  }
}

export function validationType(rule: StoredRule | null): string {
  if (!rule) return 'None';
  const k = Object.keys(rule)[0];
  const names: Record<string, string> = {
    wholeNumber: 'WholeNumber',
    decimal: 'Decimal',
    list: 'List',
    date: 'Date',
    time: 'Time',
    textLength: 'TextLength',
    custom: 'Custom',
  };
  return k ? (names[k] ?? 'None') : 'None';
}

// ---------------------------------------------------------------------------------------------
// The workbook

export interface InitialSheet {
  name: string;
  visibility?: Visibility;
  /** Values written from A1, like `Range.values` (formulas with "=", text with "'"). */
  values?: unknown[][];
}

/**
 * The workbook behind the fake, for assertions and set-up. Nothing here goes through the
 * queue: it is the "document" itself.
 */
export class FakeWorkbookState {
  readonly sheets: FakeSheetState[] = [];
  activeSheetId: string | null = null;
  /** The cells selected on each sheet (by id), as Excel keeps one selection per sheet; A1 else. */
  private readonly selections = new Map<string, Bounds>();
  /** How many times screen updating was suspended (Application.suspendScreenUpdatingUntilNextSync). */
  screenUpdatingSuspensions = 0;
  /** How many times calculation was suspended (Application.suspendApiCalculationUntilNextSync). */
  calculationSuspensions = 0;
  readonly properties = { title: '' };
  /** The .xlsx files (base64) opened as new workbooks with Excel.createWorkbook, in order. */
  readonly createdWorkbooks: string[] = [];

  get activeSheet(): FakeSheetState | undefined {
    return this.sheets.find((s) => s.id === this.activeSheetId) ?? this.sheets[0];
  }

  /** Selects cells as the user would: the sheet becomes the active one. */
  select(sheet: string, address: string): void {
    const { s, b } = this.at(sheet, address);
    this.activeSheetId = s.id;
    this.selections.set(s.id, b);
  }

  /** Selects cells of a sheet by id (Range.select): the sheet becomes the active one. */
  selectBounds(sheetId: string, b: Bounds): void {
    this.activeSheetId = sheetId;
    this.selections.set(sheetId, b);
  }

  /** The selection of the active sheet, for Workbook.getSelectedRange; null without sheets. */
  selectedBounds(): { sheetId: string; b: Bounds } | null {
    const s = this.activeSheet;
    if (!s) return null;
    return { sheetId: s.id, b: this.selections.get(s.id) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
  }

  /** The sheets by name, for assertions: `workbook.byName['Kế hoạch']`. */
  get byName(): Record<string, FakeSheetState> {
    return Object.fromEntries(this.sheets.map((s) => [s.name, s]));
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  findSheet(nameOrId: string): FakeSheetState | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === nameOrId);
  }

  /** The sheet of that name (case-insensitive); throws a plain Error when there is none. */
  sheet(name: string): FakeSheetState {
    const s = this.findSheet(name);
    if (!s) throw new Error(`No sheet named ${name}; sheets: ${this.sheetNames().join(', ')}`);
    return s;
  }

  /** Adds a sheet directly (test set-up), with optional values from A1. */
  addSheet(init: InitialSheet | string): FakeSheetState {
    const spec = typeof init === 'string' ? { name: init } : init;
    if (this.findSheet(spec.name)) throw new Error(`Sheet ${spec.name} exists`);
    const s = new FakeSheetState(spec.name);
    if (spec.visibility) s.visibility = spec.visibility;
    this.sheets.push(s);
    if (this.activeSheetId === null) this.activeSheetId = s.id;
    if (spec.values && spec.values.length > 0) {
      const width = Math.max(...spec.values.map((r) => r.length));
      const grid = spec.values.map((r) => [...r, ...Array<unknown>(width - r.length).fill(null)]);
      s.writeEntries({ r0: 0, c0: 0, r1: grid.length - 1, c1: width - 1 }, grid, 'setup');
    }
    return s;
  }

  private at(sheet: string, address: string): { s: FakeSheetState; b: Bounds } {
    const s = this.sheet(sheet);
    return { s, b: s.parse(address) };
  }

  /** Values as Range.values would read them ('' for empty; a formula's cached result or null). */
  getValues(sheet: string, address: string): unknown[][] {
    const { s, b } = this.at(sheet, address);
    return s.readValues(b);
  }

  getFormulas(sheet: string, address: string): unknown[][] {
    const { s, b } = this.at(sheet, address);
    return s.readFormulas(b);
  }

  getNumberFormats(sheet: string, address: string): unknown[][] {
    const { s, b } = this.at(sheet, address);
    return s.readNumberFormats(b);
  }

  getText(sheet: string, address: string): unknown[][] {
    const { s, b } = this.at(sheet, address);
    return s.readText(b);
  }

  getCell(sheet: string, address: string): CellSnapshot {
    return this.sheet(sheet).cell(address);
  }

  /** Writes values directly, as set-up (no queue, no protection check). */
  setValues(sheet: string, address: string, values: unknown[][]): void {
    const { s, b } = this.at(sheet, address);
    const saved = s.protection.protected;
    s.protection.protected = false;
    try {
      s.writeEntries(b, values, 'setup');
    } finally {
      s.protection.protected = saved;
    }
  }

  /**
   * Sets the cached result of a formula cell (the fake has no calculation engine), so that
   * reading `values` returns it. Throws when the cell holds no formula.
   */
  setCachedValue(sheet: string, address: string, value: CellValue | null): void {
    const { s, b } = this.at(sheet, address);
    const cell = s.cells.get(key(b.r0, b.c0));
    if (!cell || cell.formula === null) throw new Error(`${sheet}!${address} holds no formula`);
    cell.value = value;
  }

  toJSON(): Record<string, unknown> {
    return {
      activeSheet: this.activeSheet?.name ?? null,
      properties: this.properties,
      sheets: this.sheets.map((s) => s.toJSON()),
    };
  }
}

export { formatAddress };
