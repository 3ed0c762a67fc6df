/// <reference types="office-js" />
/**
 * The Office.js renderer: draws the core's WorkbookSpec into the open workbook. Everything is
 * queued through a Batcher, so a draw makes one round trip to learn which sheets exist, then as
 * many as the payload needs at 4 MB each (DRAW_SYNC_BOUND), whatever the number of rows. Features
 * the host's ExcelApi lacks are skipped and reported (see support.ts).
 */
import { cellAddress, columnLetter, rangeAddress } from '../../../shared/workbook/a1';
import type {
  Cell,
  CellStyle,
  Range,
  SheetSpec,
  WorkbookSpec,
} from '../../../shared/workbook/spec';
import { styleGrid } from '../../../shared/workbook/style-grid';
import { Batcher, PIECE_BYTES, REQUEST_BUDGET_BYTES } from './batcher';
import { CHART_ACTIONS, isBookChart, queueCharts } from './charts';
import { type ExcelInput, fillRange, inputOf, jsonBytes, utf8Length } from './cells';
import { type Feature, missing, type Support, type VisibleFeature } from './support';
import { cellBytes, planValues } from './value-plan';

/**
 * Round trips of one draw: the look at the workbook, one look at the charts of each sheet with
 * charts drawn again (`chartLooks`), and one batch per (budget − piece) bytes of payload at most,
 * the last batch included. Tests assert this for 30 tasks and for 50,000 rows.
 */
export function drawSyncBound(payloadBytes: number, chartLooks = 0): number {
  return 2 + chartLooks + Math.floor(payloadBytes / (REQUEST_BUDGET_BYTES - PIECE_BYTES));
}

export interface DrawResult {
  /** Sheets drawn, in order. */
  sheets: string[];
  /** Round trips (`context.sync()` calls) the draw made. */
  syncs: number;
  /** Of those, the looks at the charts of sheets drawn again (to replace the book's own). */
  chartLooks: number;
  /** Estimated bytes sent, in total and in the largest batch. */
  payloadBytes: number;
  largestBatchBytes: number;
  /** What the workbook needed and this Excel cannot do, for the pane to say. */
  skipped: VisibleFeature[];
}

/** A draw that stopped part-way: which sheets may be partly written, and why. */
export class DrawError extends Error {
  override name = 'DrawError' as const;
  constructor(
    override readonly cause: unknown,
    /** Sheets that had been cleared or added when the error came. */
    readonly touched: string[],
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

export function isDrawError(e: unknown): e is DrawError {
  return e instanceof DrawError || (e as { name?: unknown } | null)?.name === 'DrawError';
}

export interface DrawOptions {
  /** The sheet to show when done. */
  activate?: string;
}

type Ctx = Excel.RequestContext;

/** Column width in points for a width in characters of the default font (7 px a character). */
function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Units edit only unlocked cells; columns, rows and the filter stay usable (no password).
 * (`selectionMode` is left to its default, "Normal": it needs ExcelApi 1.7, protection only 1.2.)
 */
export const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
};

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
] as const;

/** Draws `spec`'s sheets (others stay as they are) in a bounded number of round trips. */
export async function drawWorkbook(
  context: Ctx,
  spec: WorkbookSpec,
  support: Support,
  options: DrawOptions = {},
): Promise<DrawResult> {
  const wanted = new Set<Feature>();
  const touched: string[] = [];
  const looks = { charts: 0 };
  const app = context.workbook.application;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));

  // calculation is held per request, never switched to Manual for the whole application: a pane
  // closed half-way must not leave every open workbook's formulas stopped
  const batch = new Batcher(context, () => {
    if (support.has('screenUpdating')) app.suspendScreenUpdatingUntilNextSync();
    if (support.has('suspendCalculation')) app.suspendApiCalculationUntilNextSync();
  });
  try {
    for (const sheet of spec.sheets) {
      const known = existing.get(sheet.name.toLowerCase());
      touched.push(sheet.name);
      await drawSheet(
        batch,
        context,
        sheet,
        spec.font,
        support,
        known !== undefined,
        wanted,
        looks,
      );
    }
    // queued after every sheet's writes: Office applies a request in order and stops at the
    // first failure, so the identity sheet says "complete" only once all the rest is written
    const f = spec.finish;
    if (f) {
      const protectedMeta =
        spec.sheets.find((x) => x.name === f.sheet)?.protect === true && support.has('protection');
      await batch.add(jsonBytes(f.value), 3, () => {
        const meta = sheets.getItem(f.sheet);
        if (protectedMeta) meta.protection.unprotect();
        meta.getCell(f.row, f.col).values = [[f.value]];
        if (protectedMeta) meta.protection.protect(PROTECTION);
      });
    }
    await batch.add(jsonBytes(spec.properties.title), 2, () => {
      if (support.has('documentProperties'))
        context.workbook.properties.title = spec.properties.title.slice(0, 255);
      if (options.activate) sheets.getItem(options.activate).activate();
    });
    await batch.flush();
  } catch (e) {
    throw new DrawError(e, touched);
  }
  return {
    sheets: spec.sheets.map((s) => s.name),
    syncs: 1 + batch.sent.length,
    chartLooks: looks.charts,
    payloadBytes: batch.bytes,
    largestBatchBytes: Math.max(0, ...batch.sent),
    skipped: missing(support, wanted),
  };
}

/** The address of a range clipped to the sheet's rows (layouts may style a little beyond). */
export function clipped(r: Range, height: number): string | null {
  const rows = Math.min(r.rows, height - r.row);
  if (rows <= 0 || r.cols <= 0) return null;
  return rangeAddress({ ...r, rows });
}

/** Rows [from, to) split into blocks of at most PIECE_BYTES by `bytesOf(row)`. */
function blocks(from: number, to: number, bytesOf: (row: number) => number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  let size = 0;
  for (let r = from; r < to; r++) {
    const b = bytesOf(r);
    if (r > start && size + b > PIECE_BYTES) {
      out.push([start, r]);
      start = r;
      size = 0;
    }
    size += b;
  }
  if (to > start) out.push([start, to]);
  return out;
}

async function drawSheet(
  batch: Batcher,
  context: Ctx,
  sheet: SheetSpec,
  font: WorkbookSpec['font'],
  support: Support,
  exists: boolean,
  wanted: Set<Feature>,
  looks: { charts: number },
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const height = sheet.rows.length;
  const width = sheet.columns.length;
  let ws!: Excel.Worksheet;
  // a sheet that carries charts, drawn again: the book's charts on it are looked up, to go
  const charts = sheet.charts !== undefined && support.has('charts');
  let old: Excel.ChartCollection | null = null;

  // 1. the sheet, empty: cleared in place (formulas elsewhere that point at it keep working)
  await batch.add(jsonBytes(sheet.name), 8, () => {
    if (exists) {
      ws = sheets.getItem(sheet.name);
      if (support.has('protection')) ws.protection.unprotect();
      const all = ws.getRange();
      all.clear('All');
      if (support.has('validation')) all.dataValidation.clear();
      if (support.has('conditionalFormats')) all.conditionalFormats.clearAll();
      if (support.has('freeze')) ws.freezePanes.unfreeze();
      if (support.has('autoFilter')) ws.autoFilter.remove();
      if (charts) old = ws.charts.load('items/name');
    } else {
      ws = sheets.add(sheet.name);
    }
    const f = ws.getRange().format.font;
    f.name = font.name;
    f.size = font.size;
  });
  const looked = old as Excel.ChartCollection | null;
  if (looked) {
    await batch.flush();
    looks.charts += 1;
    const stale = looked.items.filter((c) => isBookChart(c.name));
    if (stale.length > 0) await batch.add(0, stale.length, () => stale.forEach((c) => c.delete()));
  }

  // 2. column widths
  wanted.add('columnWidths');
  if (support.has('columnWidths')) {
    await batch.add(0, 2 * width, () => {
      sheet.columns.forEach((w, c) => {
        const letter = columnLetter(c);
        ws.getRange(`${letter}:${letter}`).format.columnWidth = widthPoints(w);
      });
    });
  }

  // 3. formats, range by range in the layout's order (a later range overrides property by
  //    property, as setting a property on an Office.js range does); number formats before values,
  //    so that text cells ("@") take text as it is
  for (const sr of sheet.styles) {
    const address = clipped(sr.range, height);
    if (!address) continue;
    await applyStyle(batch, ws, address, sr.style, support, wanted);
  }

  // 4. values: grids in blocks of rows, and columns of long runs one value a run (value-plan.ts);
  //    then formulas over the values the core computed
  if (height > 0 && width > 0) {
    const grid = styleGrid(sheet);
    const textCell = (r: number, c: number) =>
      grid.styles[grid.ids[r * width + c] as number]?.numberFormat === '@';
    const inputs: ExcelInput[][] = sheet.rows.map((row, r) =>
      row.map((cell, c) => inputOf(cell, textCell(r, c))),
    );
    const sizes = cellBytes(inputs, width);
    const plan = planValues(inputs, width, sizes);
    for (const [first, last] of plan.grids) {
      const cols = last - first + 1;
      const part = (r: number) => (cols === width ? inputs[r]! : inputs[r]!.slice(first, last + 1));
      // a row's JSON: its cells, a comma between each two, and the brackets
      const rowBytes = inputs.map((_, r) => {
        let n = cols + 1;
        for (let c = first; c <= last; c++) n += sizes[r * width + c] as number;
        return n;
      });
      for (const [from, to] of blocks(0, height, (r) => rowBytes[r] as number)) {
        const block = Array.from({ length: to - from }, (_, i) => part(from + i));
        const size = rowBytes.slice(from, to).reduce((a, b) => a + b, 0);
        await batch.add(size, 2, () => {
          ws.getRange(rangeAddress({ row: from, col: first, rows: to - from, cols })).values =
            block;
        });
      }
    }
    for (const run of plan.runs) {
      await batch.add(jsonBytes(run.value), 2, () => {
        const at = rangeAddress({ row: run.from, col: run.col, rows: run.to - run.from, cols: 1 });
        fillRange(ws.getRange(at), 'values', run.value);
      });
    }
    for (const run of formulaRuns(sheet.rows)) {
      const bytes = jsonBytes(run.formulas);
      await batch.add(bytes, 2, () => {
        ws.getRange(
          rangeAddress({ row: run.row, col: run.col, rows: 1, cols: run.formulas.length }),
        ).formulas = [run.formulas];
      });
    }
  }

  // 5. merges, row heights
  if (sheet.merges.length > 0) wanted.add('merges');
  if (support.has('merges')) {
    for (const m of sheet.merges) {
      await batch.add(0, 2, () => ws.getRange(rangeAddress(m)).merge(false));
    }
  }
  if (support.has('autofitRows') && height > 0 && width > 0) {
    // Excel fits wrapped text itself; rows it cannot fit (merged paragraphs) have their heights
    await batch.add(0, 2, () => {
      ws.getRange(`A1:${cellAddress(height - 1, width - 1)}`).format.autofitRows();
    });
    for (const h of sheet.rowHeights ?? []) {
      await batch.add(0, 2, () => {
        ws.getRange(`${h.row + 1}:${h.row + 1}`).format.rowHeight = h.height;
      });
    }
  }

  // 6. data validation, conditional formats
  if (sheet.validations.length > 0) wanted.add('validation');
  if (support.has('validation')) {
    for (const v of sheet.validations) {
      const address = clipped(v.range, height);
      if (!address) continue;
      const text = `${v.prompt?.title ?? ''}${v.prompt?.message ?? ''}`;
      const source = v.kind === 'list' ? v.values.join(',') : '';
      await batch.add(utf8Length(text) * 2 + utf8Length(source), 6, () => {
        const dv = ws.getRange(address).dataValidation;
        dv.rule =
          v.kind === 'list'
            ? { list: { inCellDropDown: true, source } }
            : { date: { formula1: '2000-01-01', operator: 'GreaterThan' } };
        dv.ignoreBlanks = true;
        dv.errorAlert = {
          showAlert: true,
          style: v.allowInvalid ? 'Warning' : 'Stop',
          title: (v.prompt?.title ?? '').slice(0, 32),
          message: (v.prompt?.message ?? '').slice(0, 225),
        };
        if (v.prompt) {
          dv.prompt = {
            showPrompt: true,
            title: v.prompt.title.slice(0, 32),
            message: v.prompt.message.slice(0, 255),
          };
        }
      });
    }
  }
  if (sheet.conditionalFormats.length > 0) wanted.add('conditionalFormats');
  if (support.has('conditionalFormats')) {
    for (const cf of sheet.conditionalFormats) {
      const address = clipped(cf.range, height);
      if (!address) continue;
      await batch.add(utf8Length(cf.equals) + 40, 6, () => {
        const added = ws.getRange(address).conditionalFormats.add('CellValue');
        added.cellValue.format.fill.color = cf.fill;
        if (cf.fontColor) added.cellValue.format.font.color = cf.fontColor;
        added.cellValue.rule = {
          formula1: `="${cf.equals.replace(/"/g, '""')}"`,
          operator: 'EqualTo',
        };
      });
    }
  }

  // 7. charts, before the sheet is protected (a protected sheet takes no new chart)
  const drawn = sheet.charts ?? [];
  if (drawn.length > 0) {
    wanted.add('charts');
    if (support.has('charts')) {
      const text = drawn.reduce(
        (n, c) => n + utf8Length(c.title + c.series.map((x) => x.name).join('')),
        0,
      );
      await batch.add(text, CHART_ACTIONS * drawn.length, () => queueCharts(ws, drawn, support));
    }
  }

  // 8. the sheet's settings: freeze panes, filter, print, tab colour, visibility, protection
  const freeze =
    sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0) ? sheet.freeze : null;
  if (freeze) wanted.add('freeze');
  if (sheet.autoFilter) wanted.add('autoFilter');
  if (sheet.print) wanted.add('print');
  if (sheet.tabColor) wanted.add('tabColor');
  if (sheet.visibility !== 'visible') wanted.add('hiddenSheets');
  if (sheet.protect) wanted.add('protection');
  const header = sheet.print?.header ?? '';
  await batch.add(utf8Length(header) + 200, 24, () => {
    if (freeze && support.has('freeze')) {
      if (freeze.rows > 0 && freeze.cols > 0) {
        ws.freezePanes.freezeAt(
          ws.getRange(rangeAddress({ row: 0, col: 0, rows: freeze.rows, cols: freeze.cols })),
        );
      } else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
      else ws.freezePanes.freezeColumns(freeze.cols);
    }
    if (sheet.autoFilter && support.has('autoFilter')) {
      const address = clipped(sheet.autoFilter, height);
      if (address) ws.autoFilter.apply(ws.getRange(address));
    }
    if (sheet.print && support.has('print')) printSetup(ws, sheet.print, font.name);
    if (sheet.tabColor && support.has('tabColor')) ws.tabColor = sheet.tabColor;
    if (sheet.visibility !== 'visible' && support.has('hiddenSheets')) {
      ws.visibility = sheet.visibility === 'hidden' ? 'Hidden' : 'VeryHidden';
    }
    if (sheet.protect && support.has('protection')) {
      ws.protection.protect(PROTECTION);
    }
  });
}

function printSetup(
  ws: Excel.Worksheet,
  print: NonNullable<SheetSpec['print']>,
  font: string,
): void {
  const page = ws.pageLayout;
  page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = 'A4';
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.setPrintMargins('Inches', {
    left: 0.5,
    right: 0.5,
    top: 0.6,
    bottom: 0.6,
    header: 0.3,
    footer: 0.3,
  });
  if (print.repeatRows) {
    page.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
  }
  const hf = page.headersFooters.defaultForAllPages;
  if (print.header) {
    hf.centerHeader = `&"${font},Bold"${print.header.replace(/&/g, '&&')}`.slice(0, 255);
  }
  hf.centerFooter = `&"${font},Regular"Trang &P / &N`;
}

async function applyStyle(
  batch: Batcher,
  ws: Excel.Worksheet,
  address: string,
  style: CellStyle,
  support: Support,
  wanted: Set<Feature>,
): Promise<void> {
  let actions = 2;
  const count = (k: keyof CellStyle) => {
    if (style[k] !== undefined) actions += k === 'border' ? 24 : 2;
  };
  (Object.keys(style) as (keyof CellStyle)[]).forEach(count);
  const bytes = style.numberFormat === undefined ? 0 : jsonBytes(style.numberFormat);
  await batch.add(bytes, actions, () => {
    const f = ws.getRange(address).format;
    if (style.bold !== undefined) f.font.bold = style.bold;
    if (style.italic !== undefined) f.font.italic = style.italic;
    if (style.fontSize !== undefined) f.font.size = style.fontSize;
    if (style.fontColor !== undefined) f.font.color = style.fontColor;
    if (style.fill !== undefined) f.fill.color = style.fill;
    if (style.hAlign !== undefined) f.horizontalAlignment = H_ALIGN[style.hAlign];
    if (style.vAlign !== undefined) f.verticalAlignment = V_ALIGN[style.vAlign];
    if (style.wrap !== undefined) f.wrapText = style.wrap;
    if (style.border) {
      for (const edge of EDGES) {
        const b = f.borders.getItem(edge);
        b.style = 'Continuous';
        b.color = '#808080';
        b.weight = 'Thin';
      }
    }
    if (style.unlocked !== undefined && support.has('protection')) {
      f.protection.locked = !style.unlocked;
    }
    // one format for the whole block, not a 2D array of its shape
    if (style.numberFormat !== undefined) {
      fillRange(ws.getRange(address), 'numberFormat', style.numberFormat);
    }
  });
  if (style.unlocked) wanted.add('protection');
}

interface FormulaRun {
  row: number;
  col: number;
  formulas: string[];
}

/** Formula cells, as runs of neighbours on a row (one write each). */
function formulaRuns(rows: readonly (readonly Cell[])[]): FormulaRun[] {
  const runs: FormulaRun[] = [];
  rows.forEach((row, r) => {
    let run: FormulaRun | null = null;
    row.forEach((cell, c) => {
      if (cell !== null && typeof cell === 'object' && cell.kind === 'formula') {
        if (run && run.col + run.formulas.length === c) run.formulas.push(`=${cell.formula}`);
        else {
          run = { row: r, col: c, formulas: [`=${cell.formula}`] };
          runs.push(run);
        }
      } else run = null;
    });
  });
  return runs;
}
