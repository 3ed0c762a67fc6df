/**
 * The SpreadsheetApp port on the strict fake, for what the season's tests do not reach: the
 * selection's rule (visible rows only, up to 5,000 rows asked, as in Excel; within the sheet's
 * rows), and who the user is (the office by the sheet protections, a unit by its e-mail).
 */
import { SheetsPort } from '../../apps-script/src/server/sheets-port';
import { vietnamClock } from '../../shared/app/clock';
import { UNIT_HEADERS } from '../../shared/i18n/workbook-vi';
import { createAppsScriptFake, type AppsScriptFake } from '../fakes/apps-script';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const OFFICE = 'vanphong@gmail.com';
const HQ = 'huyendoan.haquang@gmail.com';

/** The fake's services as the port's globals (the port runs in Node here, not built). */
function portOn(fake: AppsScriptFake): SheetsPort {
  const g = globalThis as Record<string, unknown>;
  for (const name of ['Session', 'SpreadsheetApp', 'Utilities']) g[name] = fake.globals[name];
  const app = fake.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return new SheetsPort(app.getActiveSpreadsheet() as Spreadsheet, vietnamClock());
}

afterAll(() => {
  const g = globalThis as Record<string, unknown>;
  for (const name of ['Session', 'SpreadsheetApp', 'Utilities']) delete g[name];
});

function bookOf(rows: number): AppsScriptFake {
  return createAppsScriptFake({
    owner: OFFICE,
    editors: [OFFICE, HQ],
    sheets: [
      {
        name: 'Theo dõi',
        maxRows: rows + 500,
        values: Array.from({ length: rows }, (_, i) => [i === 0 ? 'Mã CV' : `T${i}`]),
      },
      {
        name: 'Đơn vị',
        values: [
          [...UNIT_HEADERS],
          ['VP', 'Văn phòng Tỉnh Đoàn', 'Ban, Văn phòng', OFFICE, ''],
          ['HQ', 'Huyện Đoàn Hà Quảng', 'Cấp huyện', `${HQ}, bithu.hq@gmail.com`, ''],
        ],
      },
      { name: 'Ghi chép' },
    ],
  });
}

function select(fake: AppsScriptFake, a1: string): void {
  fake._spreadsheet.setActiveRange(fake._spreadsheet.getRange(a1));
}

describe('the selected rows', () => {
  it('leave out rows a filter or the user hides, and rows past the sheet’s last', () => {
    const fake = bookOf(3000);
    const sheet = fake._spreadsheet.getSheetByName('Theo dõi')!;
    sheet._filterHiddenRows.add(12);
    sheet.hideRows(2500, 2);
    select(fake, "'Theo dõi'!A10:K3200");
    const sel = portOn(fake).readSelection();
    expect(sel?.role).toBe('tracking');
    // 0-based rows 9…2999: the sheet has 3,000 rows, then 500 blank ones
    const expected = Array.from({ length: 2991 }, (_, i) => 9 + i).filter(
      (r) => r !== 11 && r !== 2499 && r !== 2500,
    );
    expect(sel?.rows).toEqual(expected);
  });

  it('are taken as shown past 5,000 rows, as in Excel (each row asked is two calls)', () => {
    const fake = bookOf(6000);
    fake._spreadsheet.getSheetByName('Theo dõi')!._filterHiddenRows.add(12);
    select(fake, "'Theo dõi'!A2:K5002");
    fake.calls.reset();
    const sel = portOn(fake).readSelection();
    expect(sel?.rows).toHaveLength(5001);
    expect(fake.calls.get('Sheet.isRowHiddenByFilter')).toBe(0);
  });

  it('name no role on a sheet that is not the book’s', () => {
    const fake = bookOf(10);
    select(fake, "'Ghi chép'!A1:B2");
    expect(portOn(fake).readSelection()?.role).toBeNull();
  });
});

describe('who is using the book', () => {
  it('is the office where the sheets are not protected against the user', () => {
    const fake = bookOf(10);
    expect(portOn(fake).who()).toEqual({ who: 'office', units: ['VP'], email: OFFICE });
  });

  it('is a unit, by its e-mail on Đơn vị, where the office protected the sheet', () => {
    const fake = bookOf(10);
    const p = fake._spreadsheet.getSheetByName('Theo dõi')!.protect();
    p.removeEditors([HQ]);
    fake.setUser(HQ);
    expect(portOn(fake).who()).toEqual({ who: 'unit', units: ['HQ'], email: HQ });
    fake.setUser('nguoila@gmail.com');
    expect(portOn(fake).who()).toEqual({ who: 'unit', units: [], email: 'nguoila@gmail.com' });
  });
});
