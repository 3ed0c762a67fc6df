/**
 * Entries a workbook holds when it can no longer be read as a book (its hidden `_ThiDua` sheet
 * deleted or cleared): what the office typed is still on `Theo dõi` and `Lưu trữ`, found by
 * their headers alone, so that nothing writes over them unasked.
 */
import { SHEET, TRACKING_HEADERS } from '../i18n/workbook-vi';
import { foldKey } from '../text/normalize';
import { readStatus } from '../tracking/status';
import type { CellValue, SheetGrid } from '../workbook/spec';
import { text } from '../workbook/cells';

const [, , , , , , , STATUS, DONE, EVIDENCE, NOTE] = TRACKING_HEADERS;

const blank = (v: CellValue | undefined): boolean => text(v).trim() === '';

function sheetNamed(sheets: readonly SheetGrid[], name: string): SheetGrid | undefined {
  return sheets.find((s) => foldKey(s.name) === foldKey(name));
}

/** Rows of `Theo dõi` holding an entry, plus the rows of `Lưu trữ`. */
export function looseEntryCount(sheets: readonly SheetGrid[]): number {
  let count = 0;
  const tracking = sheetNamed(sheets, SHEET.tracking);
  if (tracking) {
    const header = (tracking.values[0] ?? []).map((v) => foldKey(text(v)));
    const col = (name: string): number => header.indexOf(foldKey(name));
    const [status, done, evidence, note] = [STATUS, DONE, EVIDENCE, NOTE].map(col);
    for (const row of tracking.values.slice(1)) {
      const cell = (c: number): CellValue | undefined => (c < 0 ? null : row?.[c]);
      const s = readStatus(cell(status as number));
      const entered =
        (s.kind === 'ok' && s.status !== 'todo') ||
        s.kind === 'unknown' ||
        [done, evidence, note].some((c) => !blank(cell(c as number)));
      if (entered) count++;
    }
  }
  const archive = sheetNamed(sheets, SHEET.archive);
  if (archive) count += archive.values.slice(1).filter((r) => r && r.some((v) => !blank(v))).length;
  return count;
}
