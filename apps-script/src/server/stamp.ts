/// <reference types="google-apps-script" />
/**
 * The last-updated note on a row's status cell of `Theo dõi`: who changed the row and when, for
 * rows marked from the sidebar and for values typed straight into the sheet.
 */
import { vietnamStamp } from '../../../shared/app/clock';
import { vi } from '../../../shared/i18n/vi';
import { SHEET } from '../../../shared/i18n/workbook-vi';
import { keyColumns } from './sheets-adapter';

/** "Cập nhật: <email>, dd/mm/yyyy hh:mm" (the sheet is Vietnamese, whoever reads it). */
export function stampText(email: string): string {
  return vi.ui.sheets.stamp({ email: email || vi.ui.sheets.someone, at: vietnamStamp() });
}

/**
 * The stamp for edits typed straight into `Theo dõi` (a simple onEdit trigger). Apps Script gives
 * the editor's e-mail only within one Workspace domain; for Gmail accounts the stamp says
 * "không rõ" (unknown) with the time.
 */
export function stampEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e || !e.range) return;
  try {
    const range = e.range;
    const sheet = range.getSheet();
    if (sheet.getName() !== SHEET.tracking) return;
    const row = range.getRow();
    const last = row + range.getNumRows() - 1;
    const col = range.getColumn();
    const lastCol = col + range.getNumColumns() - 1;
    // the input columns as the header row has them (the office may have added columns)
    const width = sheet.getLastColumn();
    const header = width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []) : [];
    const statusCol = keyColumns(header).status;
    if (last < 2 || lastCol < statusCol + 1 || col > statusCol + 4) return;
    const first = Math.max(row, 2);
    let email = '';
    try {
      email = e.user ? e.user.getEmail() : '';
    } catch {
      email = '';
    }
    const stamp = stampText(email);
    sheet
      .getRange(first, statusCol + 1, last - first + 1, 1)
      .setNotes(Array.from({ length: last - first + 1 }, () => [stamp]));
  } catch {
    // A stamp is a courtesy: an edit must never fail because of it.
  }
}
