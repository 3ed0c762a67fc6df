/// <reference types="office-js" />
/**
 * Reading sheets back as the core wants them (values only: dates as serials, formulas as their
 * results). Excel on the web caps a response at 5 MB and a read at 5,000,000 cells, so values
 * come in blocks of rows sized from what earlier blocks weighed: one round trip for the sheet
 * names, one for their sizes, then one per 4 MB of values (READ_SYNC_BOUND).
 */
import type { SelectedTable } from '../../../shared/app/command';
import type { SelectedCells } from '../../../shared/plan/read-sheets';
import { sheetsNamed } from '../../../shared/read/book';
import { foldKey } from '../../../shared/text/normalize';
import { displayText } from '../../../shared/workbook/cells';
import type { CellValue, SheetGrid } from '../../../shared/workbook/spec';
import { rangeAddress } from '../../../shared/workbook/a1';
import { jsonBytes } from './cells';
import type { Support } from './support';

/** What one read round trip may bring back: 4 MB, under Excel on the web's 5 MB. */
const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;
/** Cells of one round trip, well under the 5,000,000 cells Excel reads at once. */
const MAX_READ_CELLS = 1_000_000;
/** A first guess of a cell's weight, before any row of the sheet has been read. */
const FIRST_GUESS_CELL_BYTES = 200;

/**
 * Round trips of one read, given the bytes that came back: the names, the sizes, then blocks
 * sized from the heaviest row seen so far with a margin of 1.25 (and the first guess of 200 bytes
 * a cell, so a sheet's first block may be light). Blocks whose rows turn out heavier than any
 * before are read again at half the size, which the bound does not count.
 */
export function readSyncBound(responseBytes: number, sheets: number): number {
  return 2 + sheets + Math.ceil((responseBytes * 1.25) / RESPONSE_BUDGET_BYTES);
}

export interface SheetRequest {
  name: string;
  /**
   * Read at most this many rows of the sheet's used range, and the empty rows above it (the
   * settings at the top of the report; enough of a sheet to tell whether it holds anything).
   */
  maxRows?: number;
}

export interface ReadResult {
  sheets: SheetGrid[];
  syncs: number;
  /** Bytes of values read (JSON, UTF-8). */
  responseBytes: number;
}

interface Piece {
  sheet: number;
  from: number;
  to: number;
}

function isPayloadTooLarge(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Reads the sheets asked for that exist (matched as the book's reader matches names: without
 * regard to case or accents), values only. Copies of them ("Theo dõi (2)") come by name only,
 * unread, so that the reader can name them.
 */
export async function readSheets(
  context: Excel.RequestContext,
  requests: readonly SheetRequest[],
  support: Support,
): Promise<ReadResult> {
  const all = context.workbook.worksheets;
  all.load('items/name');
  await context.sync();
  let syncs = 1;
  const named = sheetsNamed(
    all.items.map((s) => ({ name: s.name, values: [] })),
    requests.map((r) => r.name),
  ).map((s) => s.name);
  const wanted = new Map(requests.map((r) => [foldKey(r.name), r]));
  const copies = named.filter((n) => !wanted.has(foldKey(n)));
  const found = named.flatMap((actual) => {
    const r = wanted.get(foldKey(actual));
    return r ? [{ ...r, actual }] : [];
  });
  const unread = copies.map((name) => ({ name, values: [] }));
  if (found.length === 0) return { sheets: unread, syncs, responseBytes: 0 };

  const used = found.map((r) => {
    const ws = all.getItem(r.actual);
    const range = support.has('usedRangeValuesOnly') ? ws.getUsedRange(true) : ws.getUsedRange();
    return range.load('rowIndex,columnIndex,rowCount,columnCount');
  });
  await context.sync();
  syncs += 1;

  const grids: CellValue[][][] = [];
  const widths: number[] = [];
  const rowBytes: number[] = [];
  const queue: Piece[] = [];
  found.forEach((r, k) => {
    const u = used[k] as Excel.Range;
    const height = Math.min(u.rowIndex + u.rowCount, u.rowIndex + (r.maxRows ?? Infinity));
    const width = u.columnIndex + u.columnCount;
    grids.push([]);
    widths.push(width);
    rowBytes.push(width * FIRST_GUESS_CELL_BYTES);
    if (height > 0) queue.push({ sheet: k, from: 0, to: height });
  });

  let responseBytes = 0;
  let retries = 0;
  while (queue.length > 0) {
    // one round trip: blocks of rows from the queue's head, up to the budget
    const round: { piece: Piece; range: Excel.Range }[] = [];
    let bytes = 0;
    let cells = 0;
    while (queue.length > 0) {
      const head = queue[0] as Piece;
      const weight = rowBytes[head.sheet] as number;
      const width = widths[head.sheet] as number;
      const fit = Math.min(
        Math.floor((RESPONSE_BUDGET_BYTES - bytes) / weight),
        Math.floor((MAX_READ_CELLS - cells) / width),
      );
      if (fit < 1 && round.length > 0) break;
      const rows = Math.max(1, Math.min(fit, head.to - head.from));
      const piece = { sheet: head.sheet, from: head.from, to: head.from + rows };
      if (piece.to === head.to) queue.shift();
      else head.from = piece.to;
      const ws = all.getItem((found[piece.sheet] as { actual: string }).actual);
      const range = ws.getRange(rangeAddress({ row: piece.from, col: 0, rows, cols: width }));
      round.push({ piece, range: range.load('values') });
      bytes += rows * weight;
      cells += rows * width;
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per 4 MB of values: the bound above
      await context.sync();
      syncs += 1;
    } catch (e) {
      syncs += 1;
      if (!isPayloadTooLarge(e) || retries >= 8) throw e;
      // heavier rows than any seen: read the same blocks again, half as many rows at a time
      retries += 1;
      for (const { piece } of round) rowBytes[piece.sheet] = (rowBytes[piece.sheet] as number) * 2;
      queue.unshift(...round.map((x) => x.piece));
      continue;
    }
    for (const { piece, range } of round) {
      const values = range.values as unknown[][];
      const grid = grids[piece.sheet] as CellValue[][];
      let heaviest = 0;
      values.forEach((row, i) => {
        const b = jsonBytes(row);
        responseBytes += b;
        if (b > heaviest) heaviest = b;
        grid[piece.from + i] = row.map(plain);
      });
      // later blocks are sized from the heaviest row read so far, with a margin
      const seen = Math.ceil(heaviest * 1.25) + 16;
      const guess = rowBytes[piece.sheet] as number;
      rowBytes[piece.sheet] = piece.from === 0 ? seen : Math.max(guess, seen);
    }
  }
  return {
    sheets: [
      ...found.map((r, k) => ({ name: r.actual, values: grids[k] as CellValue[][] })),
      ...unread,
    ],
    syncs,
    responseBytes,
  };
}

/** Excel's empty cell is ''; the core's is null. */
function plain(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

export interface Selection {
  /** The active sheet, where the selection is. */
  sheet: string;
  /** 0-based sheet rows of the selection within the sheet's used rows, hidden rows left out. */
  rows: number[];
  syncs: number;
}

/** Rows whose hidden state one round trip asks. */
const ROWS_CHECKED_AT_ONCE = 5000;

/**
 * The selected rows that the user sees: a selection made on a filtered sheet still spans the
 * rows the filter hides, which must not be marked, however many rows are selected. One round
 * trip when no row of the selection is hidden (Excel says so of the whole range), one more per
 * 5,000 rows when some are. Where this Excel cannot tell (ExcelApi 1.1), every row counts.
 */
export async function readSelection(
  context: Excel.RequestContext,
  support: Support,
  /** Whether rows of this sheet are wanted at all (none are read on another). */
  wanted: (sheet: string) => boolean = () => true,
): Promise<Selection> {
  const hiddenKnown = support.has('hiddenRows');
  const range = context.workbook.getSelectedRange();
  range.load('rowIndex,rowCount');
  if (hiddenKnown) range.load('rowHidden');
  // the selection is always on the active sheet; its used rows bound a selection of whole columns
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  const used = sheet.getUsedRange().load('rowIndex,rowCount');
  await context.sync();
  let syncs = 1;
  const from = range.rowIndex;
  const to = Math.min(range.rowIndex + range.rowCount, used.rowIndex + used.rowCount);
  if (!wanted(sheet.name)) return { sheet: sheet.name, rows: [], syncs };
  const span = Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
  if (!hiddenKnown || range.rowHidden === false || span.length === 0) {
    return { sheet: sheet.name, rows: span, syncs };
  }
  if (range.rowHidden === true) return { sheet: sheet.name, rows: [], syncs };
  // some rows hidden, some not: each row's state, a block of rows a round trip
  const rows: number[] = [];
  for (let at = 0; at < span.length; at += ROWS_CHECKED_AT_ONCE) {
    const block = span.slice(at, at + ROWS_CHECKED_AT_ONCE).map((r) => {
      const row = range.getRow(r - from);
      row.load('rowHidden');
      return { r, row };
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per 5,000 rows
    await context.sync();
    syncs += 1;
    for (const { r, row } of block) if (!row.rowHidden) rows.push(r);
  }
  return { sheet: sheet.name, rows, syncs };
}

type MergesUnread = NonNullable<SelectedTable['mergesUnread']>;

function isCode(e: unknown, code: string): boolean {
  return (e as { code?: unknown } | null)?.code === code;
}

/**
 * The selected block of cells as its user sees them (a date as dd/mm/yyyy), with its merged
 * areas: the plan table pasted into a sheet. A single selected cell stands for the sheet's used
 * range, and a selection of whole columns is cut to it. Merged areas need ExcelApi 1.13
 * (Range.getMergedAreasOrNullObject, at most 512 areas); without them the cells come with
 * `merges: null`, and `mergesUnread` says why.
 */
export async function readSelectedTable(
  context: Excel.RequestContext,
  support: Support,
): Promise<SelectedTable & { syncs: number }> {
  const selected = context.workbook.getSelectedRange();
  selected.load('rowIndex,columnIndex,rowCount,columnCount');
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  const used = support.has('usedRangeValuesOnly') ? sheet.getUsedRange(true) : sheet.getUsedRange();
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  let syncs = 1;
  let bounds: { row: number; col: number; rows: number; cols: number } | null;
  try {
    await context.sync();
    const single = selected.rowCount === 1 && selected.columnCount === 1;
    const from = single ? used : selected;
    const row = Math.max(from.rowIndex, used.rowIndex);
    const col = Math.max(from.columnIndex, used.columnIndex);
    const rows = Math.min(from.rowIndex + from.rowCount, used.rowIndex + used.rowCount) - row;
    const cols =
      Math.min(from.columnIndex + from.columnCount, used.columnIndex + used.columnCount) - col;
    bounds = rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
  } catch (e) {
    // an empty sheet has no used range
    if (!isCode(e, 'ItemNotFound')) throw e;
    sheet.load('name');
    await context.sync();
    syncs += 1;
    bounds = null;
  }
  if (!bounds) {
    return { cells: { sheet: sheet.name, row: 0, col: 0, text: [], merges: [] }, syncs };
  }

  const ws = context.workbook.worksheets.getItem(sheet.name);
  let merges: SelectedCells['merges'] = null;
  let mergesUnread: MergesUnread | undefined = support.has('mergedAreas') ? undefined : 'version';
  if (!mergesUnread) {
    const areas = ws.getRange(rangeAddress(bounds)).getMergedAreasOrNullObject();
    areas.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
    try {
      await context.sync();
      syncs += 1;
      merges = areas.isNullObject
        ? []
        : areas.areas.items.map((a) => ({
            row: a.rowIndex - bounds.row,
            col: a.columnIndex - bounds.col,
            rows: a.rowCount,
            cols: a.columnCount,
          }));
    } catch (e) {
      syncs += 1;
      // more than 512 merged areas: Excel gives none of them
      if (!isCode(e, 'GeneralException')) throw e;
      mergesUnread = 'tooMany';
    }
  }
  const read = await readShown(context, ws, bounds);
  return {
    cells: { sheet: sheet.name, row: bounds.row, col: bounds.col, text: read.text, merges },
    ...(mergesUnread ? { mergesUnread } : {}),
    syncs: syncs + read.syncs,
  };
}

/**
 * The cells of a block as shown: values and number formats, in blocks of rows sized to stay
 * under the response budget (a block found too heavy is read again at half the size).
 */
async function readShown(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  b: { row: number; col: number; rows: number; cols: number },
): Promise<{ text: string[][]; syncs: number }> {
  const text: string[][] = [];
  // values and formats: two arrays of the first guess's weight a cell
  let step = Math.max(
    1,
    Math.min(
      Math.floor(RESPONSE_BUDGET_BYTES / (b.cols * 2 * FIRST_GUESS_CELL_BYTES)),
      Math.floor(MAX_READ_CELLS / b.cols),
    ),
  );
  let syncs = 0;
  let retries = 0;
  for (let from = 0; from < b.rows;) {
    const rows = Math.min(step, b.rows - from);
    const range = ws.getRange(rangeAddress({ row: b.row + from, col: b.col, rows, cols: b.cols }));
    range.load('values,numberFormat');
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per 4 MB of cells
      await context.sync();
      syncs += 1;
    } catch (e) {
      syncs += 1;
      if (!isPayloadTooLarge(e) || retries >= 8 || step === 1) throw e;
      retries += 1;
      step = Math.max(1, Math.floor(step / 2));
      continue;
    }
    const values = range.values as unknown[][];
    const formats = range.numberFormat as unknown[][];
    values.forEach((row, r) =>
      text.push(row.map((v, c) => displayText(plain(v), String(formats[r]?.[c] ?? '')))),
    );
    from += rows;
  }
  return { text, syncs };
}
