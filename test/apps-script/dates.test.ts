/**
 * Dates read back from Sheets: getValues gives midnight in the spreadsheet's time zone, which may
 * differ from the script's (Asia/Ho_Chi_Minh); either way the core gets the calendar day. (When
 * the zones agree, the script's local calendar is used: see flow.test.ts, a typed date.)
 */
import { dateConverter } from '../../apps-script/src/server/sheets-adapter';
import { createAppsScriptFake } from '../fakes/apps-script';

function converterFor(spreadsheetZone: string) {
  const fake = createAppsScriptFake({ owner: 'a@gmail.com', timeZone: 'Asia/Ho_Chi_Minh' });
  const g = globalThis as Record<string, unknown>;
  g.Session = fake.globals.Session;
  g.Utilities = fake.globals.Utilities;
  const ss = (
    fake.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  ss.setSpreadsheetTimeZone(spreadsheetZone);
  return { toSerial: dateConverter(ss), fake };
}

afterAll(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.Session;
  delete g.Utilities;
});

describe('dateConverter', () => {
  it('asks the zone once per time of day when they differ (Paris, across daylight saving)', () => {
    const { toSerial, fake } = converterFor('Europe/Paris');
    fake.calls.reset();
    expect(toSerial(new Date(Date.UTC(2014, 2, 19, 23)))).toBe(41718); // 20/03, UTC+1
    expect(toSerial(new Date(Date.UTC(2014, 2, 20, 23)))).toBe(41719);
    expect(toSerial(new Date(Date.UTC(2014, 6, 14, 22)))).toBe(41835); // 15/07, UTC+2
    expect(fake.calls.get('Utilities.formatDate')).toBe(2);
  });
});
