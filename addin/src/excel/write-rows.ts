/// <reference types="office-js" />
/**
 * Writing a few columns of chosen rows (marking progress on `Theo dõi`): consecutive rows as one
 * block, the sheet unprotected and protected again in the same round trips.
 */
import { rangeAddress } from '../../../shared/workbook/a1';
import type { Cell } from '../../../shared/workbook/spec';
import { Batcher } from './batcher';
import { inputOf, jsonBytes } from './cells';
import { PROTECTION } from './draw';
import type { Support } from './support';

export interface RowWrite {
  /** 0-based sheet row. */
  row: number;
  cells: Cell[];
}

export interface WriteRowsOptions {
  /** Columns (counted from `firstCol`) that hold text as typed ("@"): evidence, note. */
  textColumns: readonly number[];
  /** Protect the sheet again afterwards, as the layout has it. */
  protect: boolean;
}

/** Writes `writes` from column `firstCol`; returns the round trips made. */
export async function writeRows(
  context: Excel.RequestContext,
  sheetName: string,
  firstCol: number,
  writes: readonly RowWrite[],
  options: WriteRowsOptions,
  support: Support,
): Promise<number> {
  const sorted = [...writes].sort((a, b) => a.row - b.row);
  const groups: RowWrite[][] = [];
  for (const w of sorted) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev.row + 1 === w.row) last.push(w);
    else groups.push([w]);
  }
  const ws = context.workbook.worksheets.getItem(sheetName);
  const batch = new Batcher(context);
  const guard = support.has('protection');
  if (guard) await batch.add(0, 2, () => ws.protection.unprotect());
  try {
    await writeGroups(batch, ws, groups, firstCol, options);
    if (guard && options.protect) {
      await batch.add(0, 2, () => ws.protection.protect(PROTECTION));
    }
    await batch.flush();
  } catch (e) {
    // a failed batch must not leave the sheet open to edits by anyone
    if (guard && options.protect) await reprotect(context, ws);
    throw e;
  }
  return batch.sent.length;
}

async function reprotect(context: Excel.RequestContext, ws: Excel.Worksheet): Promise<void> {
  try {
    ws.protection.protect(PROTECTION);
    await context.sync();
  } catch {
    // the error being reported matters more; the message says the workbook may be part-written
  }
}

async function writeGroups(
  batch: Batcher,
  ws: Excel.Worksheet,
  groups: RowWrite[][],
  firstCol: number,
  options: WriteRowsOptions,
): Promise<void> {
  for (const group of groups) {
    const width = Math.max(...group.map((w) => w.cells.length));
    const text = new Set(options.textColumns);
    const values = group.map((w) =>
      Array.from({ length: width }, (_, c) => inputOf(w.cells[c] ?? null, text.has(c))),
    );
    const formats = group.map(() =>
      Array.from({ length: width }, (_, c) => (text.has(c) ? '@' : null)),
    );
    const at = rangeAddress({ row: group[0]!.row, col: firstCol, rows: group.length, cols: width });
    await batch.add(jsonBytes(values) + jsonBytes(formats), 3, () => {
      const range = ws.getRange(at);
      range.numberFormat = formats;
      range.values = values;
    });
  }
}
