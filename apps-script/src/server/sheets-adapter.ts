/// <reference types="google-apps-script" />
/**
 * The SpreadsheetApp adapter: draws the core's WorkbookSpec and reads sheets back as SheetGrids.
 * Every write is a batch over a range, so the number of service calls per command grows with
 * sheets, styled ranges and units, not with rows (Google measured ~70 s cell by cell against ~1 s
 * batched for a 100×100 grid).
 */
import type { SelectedCells } from '../../../shared/plan/read-sheets';
import { displayText } from '../../../shared/workbook/cells';
import { isoToSerial } from '../../../shared/workbook/a1';
import type {
  Cell,
  CellStyle,
  CellValue,
  Range as SpecRange,
  SheetGrid,
  SheetSpec,
  WorkbookSpec,
} from '../../../shared/workbook/spec';
import { styleGrid } from '../../../shared/workbook/style-grid';
import { drawCharts } from './charts';
import {
  clip,
  drawBorders,
  drawCellProps,
  drawFonts,
  drawNumberFormats,
  type TextStyles,
} from './sheet-styles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * Characters per setValues call. Sheets takes at most 50,000 characters a cell and refuses very
 * large requests; a sheet bigger than this is written in several row chunks.
 */
const CHUNK_CHARS = 4_000_000;

/**
 * Turns the Dates getValues gives (midnight in the spreadsheet's time zone) into date serials.
 * When the spreadsheet and the script share a time zone (appsscript.json says Asia/Ho_Chi_Minh),
 * the script's local calendar is the spreadsheet's: no service call. Otherwise the zone's offset is
 * asked once per distinct time of day (Utilities.formatDate), which for dates is once or twice.
 */
export function dateConverter(ss: Spreadsheet): (d: Date) => number {
  const tz = ss.getSpreadsheetTimeZone();
  if (tz === Session.getScriptTimeZone()) {
    return (d) =>
      (Date.UTC(
        d.getFullYear(),
        d.getMonth(),
        d.getDate(),
        d.getHours(),
        d.getMinutes(),
        d.getSeconds(),
      ) -
        EPOCH_MS) /
      DAY_MS;
  }
  const offsets = new Map<number, number>();
  return (d) => {
    const t = d.getTime();
    const key = ((t % DAY_MS) + DAY_MS) % DAY_MS;
    let offset = offsets.get(key);
    if (offset === undefined) {
      const wall = Utilities.formatDate(d, tz, "yyyy-MM-dd'T'HH:mm:ss");
      offset = Date.parse(`${wall}Z`) - Math.floor(t / 1000) * 1000;
      offsets.set(key, offset);
    }
    return (t + offset - EPOCH_MS) / DAY_MS;
  };
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * A sheet as the core reads it: values only (formulas as their results), dates as serials, empty
 * cells as null. One getDataRange().getValues().
 */
export function readGrid(sheet: Sheet, name: string, toSerial: (d: Date) => number): SheetGrid {
  const raw = sheet.getDataRange().getValues() as unknown[][];
  const values: CellValue[][] = raw.map((row) =>
    row.map((v): CellValue => {
      if (v === '' || v === null || v === undefined) return null;
      if (isDate(v)) return toSerial(v);
      if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
      return String(v);
    }),
  );
  // An untouched sheet reads as one empty cell.
  const empty = values.length === 1 && values[0]!.length === 1 && values[0]![0] === null;
  return { name, values: empty ? [] : values };
}

/**
 * The selected block of cells as its user sees them (a date as dd/mm/yyyy), with its merged
 * areas, for reading a plan table pasted into the sheet: one batched read of values, number
 * formats and merged ranges. A single selected cell stands for the sheet's data range. Merged
 * ranges that start outside the block are left out, as Excel's merged areas are, so the same
 * selection reads the same in both.
 */
export function readSelectedCells(ss: Spreadsheet): SelectedCells {
  const active = ss.getActiveRange();
  const sheet = active ? active.getSheet() : ss.getActiveSheet();
  const single = !active || (active.getNumRows() === 1 && active.getNumColumns() === 1);
  const range = single ? sheet.getDataRange() : (active as GRange);
  const row = range.getRow() - 1;
  const col = range.getColumn() - 1;
  const rows = range.getNumRows();
  const cols = range.getNumColumns();
  const values = range.getValues() as unknown[][];
  const formats = range.getNumberFormats();
  const toSerial = dateConverter(ss);
  const text = values.map((line, r) =>
    line.map((v, c) => {
      const format = formats[r]?.[c] ?? '';
      if (isDate(v)) return displayText(toSerial(v), /[dmy]/i.test(format) ? format : 'dd/mm/yyyy');
      if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') {
        return displayText(v, format);
      }
      return v === null || v === undefined ? '' : String(v);
    }),
  );
  const merges = range
    .getMergedRanges()
    .map((m) => ({
      row: m.getRow() - 1 - row,
      col: m.getColumn() - 1 - col,
      rows: m.getNumRows(),
      cols: m.getNumColumns(),
    }))
    .filter((m) => m.row >= 0 && m.row < rows && m.col >= 0 && m.col < cols);
  // An untouched sheet reads as one empty cell.
  const empty = text.length === 1 && text[0]!.length === 1 && text[0]![0] === '';
  return { sheet: sheet.getName(), row, col, text: empty ? [] : text, merges };
}

/** Languages whose locales write decimals with a comma, and so separate arguments with ";". */
const DECIMAL_COMMA = new Set(
  'vi de fr es it pt ru pl nl tr id da fi sv nb nn no cs sk hu ro uk el bg hr sl lt lv et sr ca gl eu is az kk be mk sq bs ka hy mn uz ky tg af'.split(
    ' ',
  ),
);

/** The argument separator formulas typed into a spreadsheet of this locale use ("vi_VN" → ";"). */
export function formulaSeparator(locale: string): ',' | ';' {
  const language = locale.toLowerCase().split(/[_-]/)[0] ?? '';
  return DECIMAL_COMMA.has(language) ? ';' : ',';
}

/**
 * A formula as Sheets parses it in the spreadsheet's locale: `setValues` takes a formula as if
 * typed, so its argument separators follow the locale (outside string literals). Our formulas
 * hold no decimal numbers and no array literals, where the separators would differ otherwise.
 */
export function sheetsFormula(formula: string, separator: ',' | ';' = ';'): string {
  if (separator === ',') return formula;
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/,/g, ';')))
    .join('"');
}

/** What setValues gets for a cell: text as text whatever the locale would read into it. */
export function toSheetsValue(
  cell: Cell,
  textFormat: boolean,
  separator: ',' | ';',
): string | number | boolean {
  if (cell === null) return '';
  if (typeof cell === 'string') {
    // A typed string is read as a number, date or formula where it looks like one ("007",
    // "05/01/2024", "=x"); a leading apostrophe keeps it text and is not stored.
    return cell === '' || textFormat ? cell : `'${cell}`;
  }
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (cell.kind === 'date') return isoToSerial(cell.iso);
  return `=${sheetsFormula(cell.formula, separator)}`;
}

/** Row ranges [start, end) of a sheet whose values stay under CHUNK_CHARS each. */
function rowChunks(rows: readonly Cell[][]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let chars = 0;
  rows.forEach((row, r) => {
    let n = 0;
    for (const c of row) {
      if (typeof c === 'string') n += c.length + 1;
      else if (c !== null && typeof c === 'object' && c.kind === 'formula')
        n += c.formula.length + 1;
      else n += 8;
    }
    if (chars + n > CHUNK_CHARS && r > start) {
      out.push([start, r]);
      start = r;
      chars = 0;
    }
    chars += n;
  });
  out.push([start, Math.max(rows.length, start + 1)]);
  return out;
}

function rangeOf(sheet: Sheet, r: SpecRange): GRange {
  return sheet.getRange(r.row + 1, r.col + 1, r.rows, r.cols);
}

/** Runs of equal values, as [start, count, value]. */
export function runs<T>(values: readonly T[]): [number, number, T][] {
  const out: [number, number, T][] = [];
  values.forEach((v, i) => {
    const last = out[out.length - 1];
    if (last && last[2] === v && last[0] + last[1] === i) last[1]++;
    else out.push([i, 1, v]);
  });
  return out;
}

export interface DrawOptions {
  /** What the sheets held before (readSheets), to keep each tracking row's last-updated note. */
  before?: readonly SheetGrid[];
  /** Called before and after each sheet: the caller can say what was written when one fails. */
  onStart?: (name: string) => void;
  onSheet?: (name: string) => void;
  /** Row notes to restore on the tracking sheet, by "taskId|unit text". */
  trackingNotes?: Map<string, string>;
  /** The formulas' argument separator, from the spreadsheet's locale. */
  separator?: ',' | ';';
}

/** The sheets a draw wrote, by name, and those it inserted (they started blank). */
export interface Drawn {
  sheets: Map<string, Sheet>;
  inserted: Set<string>;
}

/** Draws every sheet of `spec` (other sheets of the spreadsheet stay as they are). */
export function drawWorkbook(ss: Spreadsheet, spec: WorkbookSpec, opts: DrawOptions = {}): Drawn {
  const withLocale: DrawOptions = {
    ...opts,
    separator: opts.separator ?? formulaSeparator(ss.getSpreadsheetLocale()),
  };
  const existing = ss.getSheets();
  const byName = new Map(existing.map((s) => [s.getName(), s]));
  let count = existing.length;
  const drawn: Drawn = { sheets: new Map(), inserted: new Set() };
  const textStyles: TextStyles = new Map();
  for (const sheetSpec of spec.sheets) {
    opts.onStart?.(sheetSpec.name);
    let sheet = byName.get(sheetSpec.name);
    // a sheet just inserted is blank: nothing of an earlier draw to clear
    const fresh = !sheet;
    if (!sheet) {
      sheet = ss.insertSheet(sheetSpec.name, count++);
      byName.set(sheetSpec.name, sheet);
      drawn.inserted.add(sheetSpec.name);
    }
    drawSheet(sheet, sheetSpec, spec.font, withLocale, fresh, textStyles);
    drawn.sheets.set(sheetSpec.name, sheet);
    opts.onSheet?.(sheetSpec.name);
  }
  // every sheet is written: the identity sheet may now say the workbook is complete
  const f = spec.finish;
  if (f) {
    byName
      .get(f.sheet)
      ?.getRange(f.row + 1, f.col + 1)
      .setValue(f.value);
  }
  return drawn;
}

/**
 * The last-updated notes of `Theo dõi` by row key, read before the sheet is redrawn (rows move
 * when the book is rebuilt): one getNotes call.
 */
export function readTrackingNotes(sheet: Sheet, grid: SheetGrid | undefined): Map<string, string> {
  const notes = new Map<string, string>();
  const rows = grid?.values.length ?? 0;
  if (!grid || rows < 2) return notes;
  const k = keyColumns(grid.values[0]);
  const read = sheet.getRange(2, k.status + 1, rows - 1, 1).getNotes();
  read.forEach((line, i) => {
    const note = line[0];
    const values = grid.values[i + 1] ?? [];
    if (note) notes.set(`${String(values[k.id] ?? '')}|${String(values[k.unit] ?? '')}`, note);
  });
  return notes;
}

/** Columns of `Theo dõi` the stamp needs, as the product lays them out. */
export const STATUS_COL = 7;
const UNIT_COL = 4;
const ID_COL = 0;

/** The column of a header on a header row (the office may have added columns before it). */
function headerCol(header: readonly unknown[] | undefined, name: string, fallback: number): number {
  const at = (header ?? []).findIndex((v) => String(v ?? '').trim() === name);
  return at >= 0 ? at : fallback;
}

const HEADER = { id: 'Mã CV', unit: 'Đơn vị', status: 'Trạng thái' } as const;

/** Where `Mã CV`, `Đơn vị` and `Trạng thái` are on a header row of `Theo dõi`. */
export function keyColumns(header: readonly unknown[] | undefined): {
  id: number;
  unit: number;
  status: number;
} {
  return {
    id: headerCol(header, HEADER.id, ID_COL),
    unit: headerCol(header, HEADER.unit, UNIT_COL),
    status: headerCol(header, HEADER.status, STATUS_COL),
  };
}

function drawSheet(
  sheet: Sheet,
  spec: SheetSpec,
  font: WorkbookSpec['font'],
  opts: DrawOptions,
  fresh: boolean,
  textStyles: TextStyles,
): void {
  const width = Math.max(spec.columns.length, 1);
  const height = Math.max(spec.rows.length, 1);

  if (!fresh) {
    // Start clean: no filter, merges, values, formats, validations, notes or rules (the rules
    // are replaced in one call below when the layout has some).
    const filter = sheet.getFilter();
    if (filter) filter.remove();
  }
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (!fresh) {
    const whole = sheet.getRange(1, 1, maxRows, maxCols);
    whole.breakApart();
    whole.clear({
      contentsOnly: true,
      formatOnly: true,
      validationsOnly: true,
      commentsOnly: true,
    });
    if (spec.conditionalFormats.length === 0) sheet.setConditionalFormatRules([]);
    sheet.setFrozenRows(0);
    sheet.setFrozenColumns(0);
  }

  // Exactly the rows and columns the layout has (a trimmed sheet prints and protects cleanly).
  if (maxRows < height) sheet.insertRowsAfter(maxRows, height - maxRows);
  else if (maxRows > height) sheet.deleteRows(height + 1, maxRows - height);
  if (maxCols < width) sheet.insertColumnsAfter(maxCols, width - maxCols);
  else if (maxCols > width) sheet.deleteColumns(width + 1, maxCols - width);

  const grid = styleGrid(spec);
  const styleAt = (r: number, c: number): CellStyle =>
    grid.styles[grid.ids[r * spec.columns.length + c] as number] as CellStyle;

  const chunks = rowChunks(spec.rows);
  drawNumberFormats(sheet, spec, styleAt, chunks);
  if (spec.rows.length > 0) {
    for (const [start, end] of chunks) {
      const values = spec.rows
        .slice(start, end)
        .map((row, i) =>
          row.map((cell, c) =>
            toSheetsValue(cell, styleAt(start + i, c).numberFormat === '@', opts.separator ?? ';'),
          ),
        );
      sheet.getRange(start + 1, 1, end - start, spec.columns.length).setValues(values);
    }
  }
  drawFonts(sheet, spec, styleAt, font, chunks, textStyles);
  drawCellProps(sheet, spec, styleAt, chunks);
  drawBorders(sheet, spec);

  drawMerges(sheet, spec);
  drawValidations(sheet, spec);
  drawConditionalFormats(sheet, spec);
  drawCharts(sheet, spec, fresh);

  if (spec.freeze) {
    if (spec.freeze.rows > 0 && spec.freeze.rows < height) sheet.setFrozenRows(spec.freeze.rows);
    if (spec.freeze.cols > 0 && spec.freeze.cols < width) sheet.setFrozenColumns(spec.freeze.cols);
  }
  // Column widths in characters of the default font: about 7 pixels each.
  for (const [start, count, chars] of runs(spec.columns)) {
    const px = Math.round(chars * 7 + 5);
    sheet.setColumnWidths(start + 1, count, px);
  }
  // Sheets fits wrapped rows itself; only the layout's fixed heights are set (points → pixels).
  const heights = new Array<number | undefined>(spec.rows.length);
  for (const h of spec.rowHeights ?? []) heights[h.row] = Math.round((h.height * 4) / 3);
  for (const [start, count, px] of runs(heights)) {
    if (px !== undefined) sheet.setRowHeights(start + 1, count, px);
  }
  if (spec.tabColor) sheet.setTabColor(spec.tabColor);
  if (spec.autoFilter && spec.rows.length > 1) {
    const r = clip(spec.autoFilter, spec.rows.length, spec.columns.length);
    if (r) rangeOf(sheet, r).createFilter();
  }
  if (spec.role === 'tracking' && opts.trackingNotes && opts.trackingNotes.size > 0) {
    restoreNotes(sheet, spec, opts.trackingNotes);
  }
  // Sheets has no "very hidden": both become hidden. A sheet just inserted is shown.
  if (spec.visibility === 'visible') {
    if (!fresh && sheet.isSheetHidden()) sheet.showSheet();
  } else {
    sheet.hideSheet();
  }
}

/** Merges; single-row merges of the same columns on consecutive rows go in one mergeAcross. */
function drawMerges(sheet: Sheet, spec: SheetSpec): void {
  const across = spec.merges
    .filter((m) => m.rows === 1)
    .sort((a, b) => a.col - b.col || a.cols - b.cols || a.row - b.row);
  const groups: SpecRange[] = [];
  for (const m of across) {
    const last = groups[groups.length - 1];
    if (last && last.col === m.col && last.cols === m.cols && last.row + last.rows === m.row) {
      last.rows++;
    } else groups.push({ ...m });
  }
  for (const g of groups) {
    const r = rangeOf(sheet, g);
    if (g.rows === 1) r.merge();
    else r.mergeAcross();
  }
  for (const m of spec.merges) if (m.rows > 1) rangeOf(sheet, m).merge();
}

function drawValidations(sheet: Sheet, spec: SheetSpec): void {
  for (const v of spec.validations) {
    const r = clip(v.range, spec.rows.length, spec.columns.length);
    if (!r) continue;
    let b = SpreadsheetApp.newDataValidation();
    b = v.kind === 'list' ? b.requireValueInList(v.values, true) : b.requireDate();
    b = b.setAllowInvalid(v.allowInvalid);
    if (v.prompt) b = b.setHelpText(`${v.prompt.title}: ${v.prompt.message}`);
    rangeOf(sheet, r).setDataValidation(b.build());
  }
}

function drawConditionalFormats(sheet: Sheet, spec: SheetSpec): void {
  if (spec.conditionalFormats.length === 0) return;
  const rules = [];
  for (const cf of spec.conditionalFormats) {
    const r = clip(cf.range, spec.rows.length, spec.columns.length);
    if (!r) continue;
    let b = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(cf.equals)
      .setBackground(cf.fill);
    if (cf.fontColor) b = b.setFontColor(cf.fontColor);
    rules.push(b.setRanges([rangeOf(sheet, r)]).build());
  }
  // Replaces every rule of the sheet (documented), so all go in one call.
  sheet.setConditionalFormatRules(rules);
}

/** Puts the last-updated notes back on the status cells of the rows they belong to. */
function restoreNotes(sheet: Sheet, spec: SheetSpec, notes: Map<string, string>): void {
  const col = notesColumn(spec, notes);
  const k = keyColumns(spec.rows[0] as Cell[] | undefined);
  if (col.length > 0) sheet.getRange(2, k.status + 1, col.length, 1).setNotes(col);
}

export function notesColumn(spec: SheetSpec, notes: Map<string, string>): string[][] {
  const out: string[][] = [];
  let any = false;
  const k = keyColumns(spec.rows[0] as Cell[] | undefined);
  for (let r = 1; r < spec.rows.length; r++) {
    const row = spec.rows[r] as Cell[];
    const note = notes.get(`${String(row[k.id] ?? '')}|${String(row[k.unit] ?? '')}`) ?? '';
    if (note) any = true;
    out.push([note]);
  }
  return any ? out : [];
}
