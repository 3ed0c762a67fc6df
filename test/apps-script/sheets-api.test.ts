/**
 * The `--sheets-api` build (advanced Sheets service): the whole draw goes as requests of
 * `Spreadsheets.batchUpdate` (sheets added or cleared and sized, every cell format, borders,
 * merges, notes, validations, conditional formats, filters, frozen rows, widths, heights, tab
 * colours, visibility, protections, filter views) and the values by `Values.batchUpdate`, after
 * one read of the spreadsheet's metadata; and the spreadsheet ends exactly as the default build
 * leaves it: the same cells, formats, notes, merges, sizes, validations, rules, charts, and the
 * same protections with the same editors.
 */
import * as fs from 'fs';
import { readPlanText } from '../../shared/plan/read-plan-text';
import type { Plan } from '../../shared/plan/model';
import {
  jsonBytes,
  MAX_PAYLOAD_BYTES,
  sendValues,
  type SheetsApi,
  type ValueRange,
} from '../../apps-script/src/server/sheets-api';
import { createAppsScriptFake, type AppsScriptFake } from '../fakes/apps-script';
import { SAMPLE } from '../helpers/paths';
import {
  buildBundle,
  expectOk,
  load,
  OFFICE,
  rowsOfUnit,
  selectRows,
  sidebarBridge,
  unitRows,
} from './helpers';
import { directory } from './scenario';

const units = directory(6);
const emails = units.flatMap((u) => u.emails);

function plan(): Plan {
  const read = readPlanText(fs.readFileSync(SAMPLE, 'utf8'));
  if (!read.ok) throw new Error('sample plan unreadable');
  return JSON.parse(JSON.stringify(read.value)) as Plan;
}

/** A build on a spreadsheet holding `Đơn vị` (or, `blank`, only its own empty first sheet). */
async function built(flags: string[], advancedSheets: boolean, blank = false) {
  const { fake, bundle } = load(buildBundle(`apps-script-api-${flags.join('')}`, flags), {
    editors: [OFFICE, ...emails],
    sheets: blank ? [{ name: 'Trang tính1' }] : [{ name: 'Đơn vị', values: unitRows(units) }],
    advancedSheets,
  });
  const sidebar = sidebarBridge(bundle);
  fake.calls.reset();
  expectOk(await sidebar.run('build', { plan: plan(), asOf: '2014-07-15' }));
  return { fake, sidebar, calls: { ...fake.calls.byName }, roundTrips: fake.calls.roundTrips };
}

/** Everything a person sees of the spreadsheet and its protections. */
function look(fake: AppsScriptFake) {
  return {
    sheets: fake.sheetNames().map((name) => {
      const v = fake.sheet(name);
      return {
        name,
        size: [v.maxRows, v.maxColumns],
        // the identity sheet's stamp and secret are made anew by each build
        values: name === '_ThiDua' ? v.values().length : v.values(),
        formulas: v.formulas(),
        numberFormats: v.numberFormats(),
        backgrounds: v.backgrounds(),
        fontFamilies: v.fontFamilies(),
        fontSizes: v.fontSizes(),
        fontWeights: v.fontWeights(),
        fontStyles: v.fontStyles(),
        fontColors: v.fontColors(),
        horizontalAlignments: v.horizontalAlignments(),
        verticalAlignments: v.verticalAlignments(),
        wraps: v.wraps(),
        borders: v.borders,
        notes: v.notes(),
        merges: [...v.merges].sort(),
        widths: v.columnWidths,
        heights: v.rowHeights,
        validations: v.validations(),
        conditionalFormats: v.conditionalFormats,
        filter: v.filter,
        charts: v.charts,
        frozen: [v.frozenRows, v.frozenColumns],
        hidden: v.hidden,
        tabColor: v.tabColor,
      };
    }),
    protections: fake
      .protections()
      .map((p) => ({
        ...p,
        editors: p.editors.map((e) => e.toLowerCase()).sort(),
        unprotected: [...p.unprotected].sort(),
      }))
      .sort((a, b) => (a.range < b.range ? -1 : a.range > b.range ? 1 : 0)),
  };
}

/** The sheets look the same, sheet by sheet and property by property (a readable failure). */
function expectSame(got: ReturnType<typeof look>, want: ReturnType<typeof look>): void {
  expect(got.sheets.map((s) => s.name)).toEqual(want.sheets.map((s) => s.name));
  got.sheets.forEach((s, i) => {
    const w = want.sheets[i]!;
    for (const key of Object.keys(w) as (keyof typeof w)[]) {
      expect([s.name, key, s[key]]).toEqual([w.name, key, w[key]]);
    }
  });
  expect(got.protections).toEqual(want.protections);
}

/** SpreadsheetApp calls that draw: the `--sheets-api` build makes none but the charts'. */
const DRAWING_CALLS = [
  'Spreadsheet.insertSheet',
  'Spreadsheet.deleteSheet',
  'Sheet.insertRowsAfter',
  'Sheet.deleteRows',
  'Sheet.deleteColumns',
  'Range.setValues',
  'Range.setTextStyles',
  'Range.setBackgrounds',
  'Range.setVerticalAlignments',
  'RangeList.setBackground',
  'RangeList.setHorizontalAlignment',
  'RangeList.setWrap',
  'RangeList.setNumberFormat',
  'Range.setBorder',
  'RangeList.setBorder',
  'Range.merge',
  'Range.mergeAcross',
  'Range.setDataValidation',
  'Range.setNotes',
  'Range.createFilter',
  'Sheet.setColumnWidths',
  'Sheet.setRowHeights',
  'Sheet.setFrozenRows',
  'Sheet.setConditionalFormatRules',
  'Sheet.hideSheet',
  'Range.protect',
  'Sheet.protect',
  'Protection.addEditors',
];

describe('the --sheets-api build', () => {
  let byDefault: Awaited<ReturnType<typeof built>>;
  let byApi: Awaited<ReturnType<typeof built>>;
  beforeAll(async () => {
    byDefault = await built([], false);
    byApi = await built(['--sheets-api'], true);
  }, 300_000);

  it('leaves the spreadsheet and its protections exactly as the default build does', () => {
    expectSame(look(byApi.fake), look(byDefault.fake));
    const got = look(byApi.fake);
    expect(got.protections.filter((p) => p.type === 'RANGE').length).toBe(units.length);
    expect(got.protections.every((p) => !p.mirrorsFilePermissions)).toBe(true);
    // what the comparison covers is there to compare
    expect(got.sheets.some((s) => Object.keys(s.heights).length > 0)).toBe(true);
    expect(got.sheets.some((s) => s.hidden)).toBe(true);
    const tracking = got.sheets.find((s) => s.name === 'Theo dõi')!;
    expect(tracking.filter).not.toBeNull();
    expect(tracking.conditionalFormats.length).toBeGreaterThan(0);
    expect(tracking.borders.length).toBeGreaterThan(0);
  });

  it('builds with the metadata read once, one batchUpdate and the values, and no SpreadsheetApp draw call', () => {
    expect(byApi.calls['Sheets.Spreadsheets.get']).toBe(1);
    // `Đơn vị`, read to know who is running the command
    expect(byApi.calls['Sheets.Spreadsheets.Values.batchGet']).toBe(1);
    // the draw's requests with the protections' and the filter views'
    expect(byApi.calls['Sheets.Spreadsheets.batchUpdate']).toBe(1);
    expect(byApi.calls['Sheets.Spreadsheets.Values.batchUpdate']).toBe(1);
    for (const name of [...DRAWING_CALLS, 'Sheet.insertChart']) {
      expect([name, byApi.calls[name] ?? 0]).toEqual([name, 0]);
    }
    expect(byApi.roundTrips).toBeLessThanOrEqual(16);
    expect(byDefault.roundTrips).toBeGreaterThan(150);
  });

  it('draws again over its own sheets, keeping the notes of marked rows, replacing their protections in the same batch', async () => {
    for (const b of [byDefault, byApi]) {
      // a district marks three of its rows: each gets a last-updated note
      const unit = units.find((u) => u.group === 'district')!;
      const rows = rowsOfUnit(b.fake, unit.name);
      b.fake.setUser(unit.emails[0]!);
      selectRows(b.fake, 'Theo dõi', rows[0]!, rows[2]!);
      expectOk(await b.sidebar.run('mark', { status: 'done', doneDate: '2014-06-01' }));
      b.fake.setUser(OFFICE);
      b.fake.calls.reset();
      expectOk(await b.sidebar.run('build', { plan: plan(), asOf: '2014-07-15', replace: true }));
    }
    const want = look(byDefault.fake);
    expectSame(look(byApi.fake), want);
    const notes = want.sheets
      .find((s) => s.name === 'Theo dõi')!
      .notes.flat()
      .filter(Boolean);
    expect(notes).toHaveLength(3);
    expect(byApi.fake.calls.get('Protection.remove')).toBe(0);
    expect(byDefault.fake.calls.get('Protection.remove')).toBe(want.protections.length);
    expect(byApi.fake.calls.get('Sheets.Spreadsheets.get')).toBe(1);
    expect(byApi.fake.calls.get('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    expect(byApi.fake.calls.get('Sheet.removeChart')).toBe(0);
    expect(byApi.fake.calls.get('Range.setValues')).toBe(0);
  });

  it('makes one filter view per unit with the same service', () => {
    const views = (byApi.fake._sheetsApi?._filterViews ?? []).map((v) => v.title);
    expect(views).toEqual(units.map((u) => `Thi đua · ${u.name}`));
  });
});

describe('the --sheets-api build on a new spreadsheet (the directory of 22 units, its four bloc charts)', () => {
  let byDefault: Awaited<ReturnType<typeof built>>;
  let byApi: Awaited<ReturnType<typeof built>>;
  beforeAll(async () => {
    byDefault = await built([], false, true);
    byApi = await built(['--sheets-api'], true, true);
  }, 300_000);

  it('ends as the default build: the blank first sheet removed, the charts drawn', () => {
    const want = look(byDefault.fake);
    expectSame(look(byApi.fake), want);
    expect(want.sheets.map((s) => s.name)).not.toContain('Trang tính1');
    expect(want.sheets.find((s) => s.name === 'Báo cáo')!.charts).toHaveLength(4);
  });

  it('takes at most 20 round trips: the charts alone through SpreadsheetApp', () => {
    // the blank first sheet, read to know it is blank; deleted in the batch
    expect(byApi.calls['Sheets.Spreadsheets.Values.batchGet']).toBe(1);
    expect(byApi.calls['Sheets.Spreadsheets.batchUpdate']).toBe(1);
    expect(byApi.calls['Sheets.Spreadsheets.Values.batchUpdate']).toBe(1);
    expect(byApi.calls['Sheet.insertChart']).toBe(4);
    expect(byApi.calls['Spreadsheet.deleteSheet'] ?? 0).toBe(0);
    expect(byApi.roundTrips).toBeLessThanOrEqual(20);
  });
});

describe('a call to the Sheets API', () => {
  it('holds at most 8 MB: the values go in order, in as few calls as that allows', () => {
    const fake = createAppsScriptFake({
      owner: OFFICE,
      sheets: [{ name: 'Theo dõi', maxRows: 210, maxColumns: 2 }],
      advancedSheets: true,
    });
    // the service's objects themselves, called from here rather than from a script
    const raw = fake._sheetsApi!;
    const values = fake._core.boundary.unwrap(raw.Values!);
    const api = {
      Spreadsheets: { Values: { batchUpdate: values.batchUpdate.bind(values) } },
    } as unknown as SheetsApi;
    // three blocks of 3.7 MB of Vietnamese text (each letter two or three bytes in UTF-8)
    const text = 'Công việc số 1: triển khai, đôn đốc. '.repeat(1_000);
    const block = (row: number): ValueRange => ({
      range: `'Theo dõi'!A${row}:B${row + 69}`,
      values: Array.from({ length: 70 }, () => [text.slice(0, 40_000), 'Chưa thực hiện']),
    });
    const data = [block(1), block(71), block(141)];
    expect(jsonBytes(data[0])).toBeGreaterThan(MAX_PAYLOAD_BYTES / 3);
    sendValues(api, fake._spreadsheet._init.id, data);
    const sent = fake._sheetsApi!._sent;
    expect(sent.map((c) => c.items)).toEqual([2, 1]);
    expect(sent.every((c) => c.bytes <= MAX_PAYLOAD_BYTES)).toBe(true);
    expect(fake.sheet('Theo dõi').values('B210')).toEqual([['Chưa thực hiện']]);
  });
});
