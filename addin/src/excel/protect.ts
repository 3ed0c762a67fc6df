/// <reference types="office-js" />
/**
 * The protections set again as the layout has them, without drawing anything (the office may
 * have unprotected a sheet by hand): each protected sheet of the book locked, its input cells
 * left open. One round trip to find the sheets, one to protect them.
 */
import type { WorkbookSpec } from '../../../shared/workbook/spec';
import { clipped, PROTECTION } from './draw';
import type { Support } from './support';

/** Round trips made; none where this Excel cannot protect sheets (ExcelApi 1.1). */
export async function protectAgain(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  support: Support,
): Promise<number> {
  if (!support.has('protection')) return 0;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const there = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
  for (const sheet of spec.sheets) {
    const name = there.get(sheet.name.toLowerCase());
    if (!sheet.protect || name === undefined) continue;
    const ws = sheets.getItem(name);
    ws.protection.unprotect();
    for (const { range, style } of sheet.styles) {
      const address = style.unlocked === undefined ? null : clipped(range, sheet.rows.length);
      if (address) ws.getRange(address).format.protection.locked = !style.unlocked;
    }
    ws.protection.protect(PROTECTION);
  }
  await context.sync();
  return 2;
}
