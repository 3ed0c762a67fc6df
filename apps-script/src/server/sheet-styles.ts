/// <reference types="google-apps-script" />
/**
 * A sheet's cell styles drawn with the fewest SpreadsheetApp calls: each property either once per
 * distinct value over all its ranges (a RangeList), or once per row chunk as a 2D array, whichever
 * takes fewer calls; fonts (family, size, weight, slant, colour) together in one setTextStyles
 * per chunk; borders in one RangeList. The cells end as the layout composes them (later style
 * ranges override earlier ones), on a sheet that starts unformatted.
 */
import { rangeAddress } from '../../../shared/workbook/a1';
import type {
  CellStyle,
  Range as SpecRange,
  SheetSpec,
  WorkbookSpec,
} from '../../../shared/workbook/spec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type RangeList = GoogleAppsScript.Spreadsheet.RangeList;
type TextStyle = GoogleAppsScript.Spreadsheet.TextStyle;
type HAlign = 'left' | 'center' | 'right' | null;
type VAlign = 'top' | 'middle' | 'bottom' | null;

/** The composed style of each cell, as styleGrid gives it. */
export type StyleAt = (row: number, col: number) => CellStyle;

/**
 * A style property: its RangeList setter (one value for many ranges), and where Sheets has one,
 * its 2D setter with the value of a cell the layout leaves unstyled.
 */
interface Prop {
  key: 'numberFormat' | 'fill' | 'hAlign' | 'vAlign' | 'wrap';
  list: (l: RangeList, v: never) => void;
  grid?: { set: (r: GRange, v: never[][]) => void; value: (s: CellStyle) => unknown };
}

const PROPS: Prop[] = [
  // Sheets names no value for "automatic" that setNumberFormats could write to unstyled cells.
  { key: 'numberFormat', list: (l, v: string) => l.setNumberFormat(v) },
  {
    key: 'fill',
    list: (l, v: string) => l.setBackground(v),
    grid: {
      set: (r, v: (string | null)[][]) => r.setBackgrounds(v as string[][]),
      value: (s) => s.fill ?? null,
    },
  },
  {
    key: 'hAlign',
    list: (l, v: Exclude<HAlign, null>) => l.setHorizontalAlignment(v),
    grid: {
      set: (r, v: HAlign[][]) => r.setHorizontalAlignments(v),
      value: (s) => s.hAlign ?? null,
    },
  },
  {
    key: 'vAlign',
    list: (l, v: Exclude<VAlign, null>) => l.setVerticalAlignment(v),
    grid: {
      set: (r, v: VAlign[][]) => r.setVerticalAlignments(v),
      value: (s) => s.vAlign ?? 'bottom',
    },
  },
  {
    key: 'wrap',
    list: (l, v: boolean) => l.setWrap(v),
    grid: { set: (r, v: boolean[][]) => r.setWraps(v), value: (s) => s.wrap ?? false },
  },
];

/** Clipped to the sheet's rows (styles of an empty table may name one row more than it has). */
export function clip(r: SpecRange, height: number, width: number): SpecRange | null {
  const rows = Math.min(r.rows, height - r.row);
  const cols = Math.min(r.cols, width - r.col);
  return rows > 0 && cols > 0 ? { ...r, rows, cols } : null;
}

function rangeOf(sheet: Sheet, r: SpecRange): GRange {
  return sheet.getRange(r.row + 1, r.col + 1, r.rows, r.cols);
}

/**
 * The ranges of each value of `key`, when the order they are applied in does not matter (no
 * cell's composed value differs from that of a range over it); null otherwise.
 */
function rangesByValue(
  spec: SheetSpec,
  key: Prop['key'],
  styleAt: StyleAt,
): Map<unknown, SpecRange[]> | null {
  const out = new Map<unknown, SpecRange[]>();
  for (const sr of spec.styles) {
    const v = sr.style[key];
    if (v === undefined) continue;
    const r = clip(sr.range, spec.rows.length, spec.columns.length);
    if (!r) continue;
    for (let row = r.row; row < r.row + r.rows; row++) {
      for (let col = r.col; col < r.col + r.cols; col++) {
        if (styleAt(row, col)[key] !== v) return null;
      }
    }
    const list = out.get(v) ?? [];
    if (!out.has(v)) out.set(v, list);
    list.push(r);
  }
  return out;
}

/** One RangeList call for many ranges of a sheet. */
function rangeList(sheet: Sheet, ranges: readonly SpecRange[]): RangeList {
  return sheet.getRangeList(ranges.map((r) => rangeAddress(r)));
}

/** One property over the sheet. `chunks`: the row ranges [start, end) values are written in. */
function drawProp(
  sheet: Sheet,
  spec: SheetSpec,
  styleAt: StyleAt,
  chunks: readonly [number, number][],
  prop: Prop,
): void {
  const width = spec.columns.length;
  const styled = spec.styles.filter((s) => s.style[prop.key] !== undefined);
  if (styled.length === 0) return;
  const byValue = rangesByValue(spec, prop.key, styleAt);
  const grid = prop.grid;
  if (grid && (!byValue || chunks.length < byValue.size)) {
    for (const [start, end] of chunks) {
      const values: unknown[][] = [];
      for (let r = start; r < end; r++) {
        const line: unknown[] = [];
        for (let c = 0; c < width; c++) line.push(grid.value(styleAt(r, c)));
        values.push(line);
      }
      grid.set(sheet.getRange(start + 1, 1, end - start, width), values as never);
    }
  } else if (byValue) {
    for (const [v, ranges] of byValue) prop.list(rangeList(sheet, ranges), v as never);
  } else {
    // overlapping ranges of different values, and no 2D setter: in the layout's order
    for (const sr of styled) {
      const r = clip(sr.range, spec.rows.length, width);
      if (r) prop.list(rangeList(sheet, [r]), sr.style[prop.key] as never);
    }
  }
}

/** Number formats, before the values: text cells ("@") then take strings as they are. */
export function drawNumberFormats(
  sheet: Sheet,
  spec: SheetSpec,
  styleAt: StyleAt,
  chunks: readonly [number, number][],
): void {
  if (spec.rows.length === 0) return;
  for (const p of PROPS) if (p.key === 'numberFormat') drawProp(sheet, spec, styleAt, chunks, p);
}

/** Fills, alignments and wrapping. */
export function drawCellProps(
  sheet: Sheet,
  spec: SheetSpec,
  styleAt: StyleAt,
  chunks: readonly [number, number][],
): void {
  if (spec.rows.length === 0) return;
  for (const p of PROPS) if (p.key !== 'numberFormat') drawProp(sheet, spec, styleAt, chunks, p);
}

/** The text styles built for one draw, by font: each built once for all its sheets. */
export type TextStyles = Map<string, TextStyle>;

/** Every cell's font in one setTextStyles per chunk, one TextStyle per distinct font. */
export function drawFonts(
  sheet: Sheet,
  spec: SheetSpec,
  styleAt: StyleAt,
  font: WorkbookSpec['font'],
  chunks: readonly [number, number][],
  made: TextStyles,
): void {
  const width = Math.max(spec.columns.length, 1);
  const styleOf = (s: CellStyle): TextStyle => {
    const size = s.fontSize ?? font.size;
    const color = s.fontColor ?? '#000000';
    const key = `${size}|${s.bold ? 1 : 0}|${s.italic ? 1 : 0}|${color}`;
    let t = made.get(key);
    if (!t) {
      t = SpreadsheetApp.newTextStyle()
        .setFontFamily(font.name)
        .setFontSize(size)
        .setBold(Boolean(s.bold))
        .setItalic(Boolean(s.italic))
        .setForegroundColor(color)
        .build();
      made.set(key, t);
    }
    return t;
  };
  for (const [start, end] of chunks) {
    const styles: TextStyle[][] = [];
    for (let r = start; r < end; r++) {
      const line: TextStyle[] = [];
      for (let c = 0; c < width; c++) {
        line.push(styleOf(r < spec.rows.length && c < spec.columns.length ? styleAt(r, c) : {}));
      }
      styles.push(line);
    }
    sheet.getRange(start + 1, 1, end - start, width).setTextStyles(styles);
  }
}

/** Border ranges, with vertically adjacent ranges of the same columns joined. */
export function borderRanges(spec: SheetSpec): SpecRange[] {
  const out: SpecRange[] = [];
  for (const sr of spec.styles) {
    if (!sr.style.border) continue;
    const r = clip(sr.range, spec.rows.length, spec.columns.length);
    if (!r) continue;
    const last = out[out.length - 1];
    if (last && last.col === r.col && last.cols === r.cols && last.row + last.rows === r.row) {
      last.rows += r.rows;
    } else if (
      !out.some(
        (o) =>
          o.row <= r.row &&
          o.col <= r.col &&
          o.row + o.rows >= r.row + r.rows &&
          o.col + o.cols >= r.col + r.cols,
      )
    ) {
      out.push({ ...r });
    }
  }
  return out;
}

/** Thin borders around and inside every bordered range: one call. */
export function drawBorders(sheet: Sheet, spec: SheetSpec): void {
  const ranges = borderRanges(spec);
  if (ranges.length === 0) return;
  if (ranges.length === 1) rangeOf(sheet, ranges[0]!).setBorder(true, true, true, true, true, true);
  else rangeList(sheet, ranges).setBorder(true, true, true, true, true, true);
}
