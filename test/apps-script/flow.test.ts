/**
 * The office and the districts working in one shared Google Sheet, through the sidebar's bridge,
 * the built bundle's one RPC and the strict fake: build from the sample plan, set unit e-mails, assign, a district marks its own
 * rows and is refused on another's, a returned unit file is merged, and the report read back from
 * the sheet equals `thidua report --json` on the same data.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Returned } from '../../shared/book/consolidate';
import { returnedOf } from '../../shared/book/consolidate';
import { splitBook } from '../../shared/book/split';
import { readBook } from '../../shared/read/book';
import { readPlanText } from '../../shared/plan/read-plan-text';
import type { Plan } from '../../shared/plan/model';
import { computeReport } from '../../shared/report/compute';
import type { Report } from '../../shared/report/compute';
import { TRACKING_HEADERS } from '../../shared/i18n/workbook-vi';
import { readBookXlsx, writeBookXlsx, writeUnitXlsx } from '../../shared/xlsx/book-io';
import { MESSAGES, type AppsScriptFake, type LoadedBundle } from '../fakes/apps-script';
import { runCli } from '../helpers/cli';
import { day, fillTracking } from '../helpers/fill';
import { describeWithLibreOffice, libreOfficeRecalculated } from '../helpers/libreoffice';
import { outputDir, SAMPLE } from '../helpers/paths';
import type { SheetsBridge } from '../../apps-script/src/client/bridge';
import {
  buildBundle,
  expectOk,
  gridsOf,
  load,
  OFFICE,
  rowsOfUnit,
  selectRows,
  sidebarBridge,
  type Built,
} from './helpers';

const HQ = 'huyendoan.haquang@gmail.com';
const TK = 'huyendoan.trungkhanh@gmail.com';
const HQ_NAME = 'Huyện Đoàn Hà Quảng';
const TK_NAME = 'Huyện Đoàn Trùng Khánh';
const AS_OF = '2014-07-15';

let built: Built;
let fake: AppsScriptFake;
let bundle: LoadedBundle;
let sidebar: SheetsBridge;
let plan: Plan;
const dir = outputDir('apps-script-flow');

beforeAll(() => {
  built = buildBundle();
  ({ fake, bundle } = load(built, { editors: [OFFICE, HQ, TK] }));
  sidebar = sidebarBridge(bundle);
  bundle.trigger('onOpen');
  const read = readPlanText(fs.readFileSync(SAMPLE, 'utf8'));
  if (!read.ok) throw new Error('sample plan unreadable');
  // What crosses google.script.run: JSON.
  plan = JSON.parse(JSON.stringify(read.value)) as Plan;
});

describe('building the sample from the sidebar', () => {
  it('draws every sheet of the book', async () => {
    const r = expectOk(await sidebar.run('build', { plan, asOf: AS_OF }));
    expect(r.message?.vi).toMatch(/30 công việc/);
    expect(fake.sheetNames()).toEqual([
      '_ThiDua',
      'Kế hoạch',
      'Theo dõi',
      'Tổng quan',
      'Báo cáo',
      'Tiêu chí',
      'Chấm điểm',
      'Đơn vị',
      'Ánh xạ',
      'Nhật ký',
      'Lưu trữ',
    ]);
    expect(fake.sheet('_ThiDua').hidden).toBe(true);
    expect(fake.sheet('_ThiDua').values('A1:B1')).toEqual([['state', 'complete']]);
    expect(fake.state.writesWithoutLock).toBe(0);
    expect(fake.state.releasesWithPendingWrites).toBe(0);
    expect(fake.state.unimplemented).toEqual([]);
  });

  it('writes Theo dõi with its headers, one row per task and unit, dates as dates', () => {
    const t = fake.sheet('Theo dõi');
    const values = t.values();
    expect(values[0]).toEqual([...TRACKING_HEADERS]);
    expect(values.length).toBe(411);
    expect(t.frozenRows).toBe(1);
    // Every data row has a task id, a unit and a status written as text.
    for (const row of values.slice(1)) {
      expect(typeof row[0]).toBe('string');
      expect(row[7]).toBe('Chưa thực hiện');
    }
    const deadlines = t.numberFormats('G2:G3').flat();
    expect(deadlines).toEqual(['dd/mm/yyyy', 'dd/mm/yyyy']);
    expect(t.validations('H2')[0]![0]!.criteria).toBe('VALUE_IN_LIST');
    expect(t.conditionalFormats.length).toBe(3);
  });

  it('writes live formulas on Báo cáo over the rows of Theo dõi, in every locale syntax', () => {
    const formulas = fake.sheet('Báo cáo').formulas().flat().filter(Boolean);
    expect(formulas.length).toBeGreaterThan(100);
    expect(formulas.some((f) => f.startsWith('=SUMPRODUCT('))).toBe(true);
    expect(formulas.some((f) => f.includes("'Theo dõi'!$H$2:$H$411"))).toBe(true);
    // No formula reaches past the table or stops short of it.
    for (const f of formulas) {
      for (const m of f.matchAll(/'Theo dõi'!\$[A-Z]\$(\d+):\$[A-Z]\$(\d+)/g)) {
        expect([m[1], m[2]]).toEqual(['2', '411']);
      }
    }
    // Arguments separated by ";", which Sheets takes in vi_VN and corrects in comma locales.
    const rank = formulas.find((f) => f.includes('1+SUMPRODUCT('))!;
    expect(rank).toMatch(
      /^=IF\(L\d+="";"";1\+SUMPRODUCT\(\(\$C\$\d+:\$C\$\d+=C\d+\)\*ISNUMBER\(\$L\$\d+:\$L\$\d+\)\*\(\$L\$\d+:\$L\$\d+>L\d+\)\)\)$/,
    );
  });

  it('protects every sheet for the office, and each unit block of Theo dõi on its own', () => {
    const sheets = fake.protections().filter((p) => p.type === 'SHEET');
    expect(sheets.map((p) => p.sheet).sort()).toEqual(fake.sheetNames().sort());
    for (const p of sheets) {
      expect(p.mirrorsFilePermissions).toBe(false);
      expect(p.editors).toEqual([OFFICE]);
    }
    const tracking = sheets.find((p) => p.sheet === 'Theo dõi')!;
    expect(tracking.unprotected.length).toBe(22);
    expect(fake.protections().filter((p) => p.type === 'RANGE').length).toBe(22);
  });

  it('builds again over a book that holds no entries yet (with entries it refuses: below)', async () => {
    const again = expectOk(await sidebar.run('build', { plan, asOf: AS_OF }));
    expect(again.ok).toBe(true);
  });
});

describe('unit e-mails and assignment', () => {
  it('takes the unit list the office edited on Đơn vị and gives each district its rows', async () => {
    const units = fake.sheet('Đơn vị').values();
    const rowOf = (name: string) => units.findIndex((r) => r[1] === name) + 1;
    fake.seed('Đơn vị', `D${rowOf(HQ_NAME)}`, [[HQ]]);
    fake.seed('Đơn vị', `D${rowOf(TK_NAME)}`, [[TK]]);
    const r = expectOk(await sidebar.run('saveUnits', {}));
    expect(r.notes.map((n) => n.vi).join(' ')).toMatch(/Đã phân quyền cho 22 đơn vị/);
    const hq = fake.protections().find((p) => p.description === 'Sổ Thi Đua: HQ')!;
    expect(hq.editors.sort()).toEqual([HQ, OFFICE].sort());
    const [first] = rowsOfUnit(fake, HQ_NAME);
    expect(hq.range).toBe(`'Theo dõi'!H${first}:K${first! + rowsOfUnit(fake, HQ_NAME).length - 1}`);
  });

  it('assigns another unit to the selected task', async () => {
    const before = fake.sheet('Theo dõi').lastRow;
    const rows = fake.sheet('Theo dõi').values();
    const task = rows.findIndex((r) => r[0] === '2014-Q1-01') + 1;
    selectRows(fake, 'Theo dõi', task, task);
    const r = expectOk(await sidebar.run('assign', { targets: ['VP'] }));
    expect(r.data.tasks).toEqual(['2014-Q1-01']);
    expect(fake.sheet('Theo dõi').lastRow).toBe(before + 1);
  });
});

describe('a district marking its own rows', () => {
  it('marks them, with a last-updated note saying who and when', async () => {
    fake.setUser(HQ);
    const rows = rowsOfUnit(fake, HQ_NAME);
    selectRows(fake, 'Theo dõi', rows[0]!, rows[2]!);
    fake.calls.reset();
    const r = expectOk(
      await sidebar.run('mark', { status: 'done', doneDate: '2014-03-20', evidence: '12-BC/HĐ' }),
    );
    expect(r.message?.vi).toMatch(/3/);
    const t = fake.sheet('Theo dõi');
    const written = t.values(`H${rows[0]}:K${rows[2]}`);
    for (const line of written) {
      expect(line[0]).toBe('Hoàn thành');
      expect(line[1]).toBe(41718); // 20/03/2014 as a serial in a date-formatted cell
      expect(line[2]).toBe('12-BC/HĐ');
    }
    expect(t.displayValues(`I${rows[0]}`)).toEqual([['20/03/2014']]);
    expect(t.notes(`H${rows[0]}`)[0]![0]).toMatch(
      new RegExp(`^Cập nhật: ${HQ}, \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d$`),
    );
    expect(fake.calls.get('Range.setValues')).toBe(1);
    expect(fake.state.writesWithoutLock).toBe(0);
  });

  it('leaves alone rows a filter hides inside the selection', async () => {
    const rows = rowsOfUnit(fake, HQ_NAME);
    const sheet = fake._spreadsheet.getSheetByName('Theo dõi')! as unknown as {
      _filterHiddenRows: Set<number>;
    };
    sheet._filterHiddenRows.add(rows[4]!);
    selectRows(fake, 'Theo dõi', rows[3]!, rows[5]!);
    try {
      expectOk(await sidebar.run('mark', { status: 'doing' }));
      const t = fake.sheet('Theo dõi');
      expect(t.values(`H${rows[3]}:H${rows[5]}`)).toEqual([
        ['Đang thực hiện'],
        ['Chưa thực hiện'],
        ['Đang thực hiện'],
      ]);
    } finally {
      sheet._filterHiddenRows.clear();
    }
  });

  it("is refused on another district's rows by its e-mail, before anything is written", async () => {
    const tk = rowsOfUnit(fake, TK_NAME);
    selectRows(fake, 'Theo dõi', tk[0]!, tk[1]!);
    const before = fake.sheet('Theo dõi').values(`H${tk[0]}:K${tk[1]}`);
    const r = await sidebar.run('mark', { status: 'done' });
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.vi).toMatch(/đơn vị khác \(Huyện Đoàn Trùng Khánh\)/);
    expect(r.problems[0]!.en).toMatch(/other units/);
    expect(fake.sheet('Theo dõi').values(`H${tk[0]}:K${tk[1]}`)).toEqual(before);
  });

  it("is refused by the protection too: Sheets will not let it type into another's rows", () => {
    const tk = rowsOfUnit(fake, TK_NAME);
    const sheet = fake._spreadsheet.getSheetByName('Theo dõi')!;
    expect(() => sheet.getRange(tk[0]!, 8).setValue('Hoàn thành')).toThrow(MESSAGES.protectedCell);
    // nor change the formulas, the task columns or the unit list
    expect(() => fake._spreadsheet.getSheetByName('Báo cáo')!.getRange('C12').setValue(1)).toThrow(
      MESSAGES.protectedCell,
    );
    expect(() => sheet.getRange(tk[0]!, 5).setValue('x')).toThrow(MESSAGES.protectedCell);
    expect(() => fake._spreadsheet.getSheetByName('Đơn vị')!.getRange('D2').setValue(HQ)).toThrow(
      MESSAGES.protectedCell,
    );
  });

  it('explains a protection error when its e-mail was listed but the protection not yet set', async () => {
    // The office typed a second e-mail for Hà Quảng but has not saved the list yet.
    fake.setUser(OFFICE);
    const units = fake.sheet('Đơn vị').values();
    const at = units.findIndex((r) => r[1] === HQ_NAME) + 1;
    fake.seed('Đơn vị', `D${at}`, [[`${HQ}, bithu.hq@gmail.com`]]);
    fake.shareWith('bithu.hq@gmail.com');
    fake.setUser('bithu.hq@gmail.com');
    const rows = rowsOfUnit(fake, HQ_NAME);
    selectRows(fake, 'Theo dõi', rows[3]!, rows[3]!);
    const r = await sidebar.run('mark', { status: 'doing' });
    expect(r.ok).toBe(false);
    expect(r.notes[0]!.vi).toMatch(/không có quyền sửa các ô này/);
  });

  it('may not rebuild, merge or re-protect the book', async () => {
    fake.setUser(HQ);
    const r = await sidebar.run('refresh', { asOf: AS_OF });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.vi)).toEqual([
      'Chỉ Văn phòng (người quản lý sổ) được thực hiện việc này.',
    ]);
  });

  it('waits for the document lock, and says so when another writer holds it', async () => {
    fake.holdLockElsewhere(true);
    const r = await sidebar.run('mark', { status: 'done' });
    fake.holdLockElsewhere(false);
    expect(r.ok).toBe(false);
    expect(r.notes[0]!.en).toMatch(/Someone else is writing/);
  });

  it('finds its own rows from the menu', () => {
    bundle.clickMenu('Thi đua > Đến các hàng của đơn vị tôi');
    expect(fake.state.toasts.at(-1)!.message).toMatch(/Đã chọn \d+ hàng của Huyện Đoàn Hà Quảng/);
    const active = fake._spreadsheet.getActiveRange();
    expect(active.getRow()).toBe(rowsOfUnit(fake, HQ_NAME)[0]);
  });
});

describe('a date typed by a district', () => {
  it('is read back as its calendar day (the Date Sheets gives is midnight in Việt Nam)', async () => {
    fake.setUser(HQ);
    const row = rowsOfUnit(fake, HQ_NAME)[4]!;
    fake._spreadsheet.getSheetByName('Theo dõi')!.getRange(row, 9).setValue('20/03/2014');
    expect(fake.sheet('Theo dõi').values(`I${row}`)[0]![0]).toBeInstanceOf(Date);
    fake.setUser(OFFICE);
    expectOk(await sidebar.run('saveUnits', {}));
    // redrawn from what the server read: the same day, as a serial in a date-formatted cell
    const again = rowsOfUnit(fake, HQ_NAME)[4]!;
    expect(fake.sheet('Theo dõi').values(`I${again}`)).toEqual([[41718]]);
    expect(fake.sheet('Theo dõi').displayValues(`I${again}`)).toEqual([['20/03/2014']]);
  });
});

describe('merging a returned unit file and the report', () => {
  let report: Report;

  it("merges Trùng Khánh's file, read in the sidebar and sent as JSON", async () => {
    fake.setUser(OFFICE);
    const read = readBook(gridsOf(fake), { strict: true, today: AS_OF });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const part = splitBook(read.value.book, '2014-07-15T03:00:00.000Z').find(
      (b) => b.meta.unitCode === 'TK',
    )!;
    const bytes = await writeUnitXlsx(part);
    if (!bytes.ok) throw new Error('unit file');
    const file = path.join(dir, 'TK.xlsx');
    fs.writeFileSync(file, bytes.value);
    await fillTracking(file, (row) =>
      row.index < 4
        ? { status: 'Hoàn thành', doneDate: day('2014-06-30'), evidence: 'BC 5' }
        : null,
    );
    const back = await readBookXlsx(new Uint8Array(fs.readFileSync(file)), {
      file: 'TK.xlsx',
      strict: false,
    });
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    const returned = returnedOf('TK.xlsx', back.value, back.warnings);
    const r = expectOk(
      await sidebar.run('merge', {
        returned: JSON.parse(JSON.stringify([returned])) as Returned[],
      }),
    );
    expect(r.data.merged).toEqual(['TK.xlsx']);
    const tk = rowsOfUnit(fake, TK_NAME);
    expect(fake.sheet('Theo dõi').values(`H${tk[0]}:H${tk[0]}`)).toEqual([['Hoàn thành']]);
    // the district's own marks and their stamps survive the redraw
    const hq = rowsOfUnit(fake, HQ_NAME);
    expect(fake.sheet('Theo dõi').values(`H${hq[0]}`)).toEqual([['Hoàn thành']]);
    expect(fake.sheet('Theo dõi').notes(`H${hq[0]}`)[0]![0]).toMatch(/^Cập nhật: /);
  });

  it('refuses to build over the entries now in the book', async () => {
    const r = await sidebar.run('build', { plan, asOf: AS_OF });
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.code).toBe('bookExists');
  });

  it('refreshes the report from the menu', () => {
    bundle.clickMenu('Thi đua > Làm mới báo cáo');
    expect(fake.state.toasts.at(-1)!.message).toMatch(/báo cáo/i);
  });

  it('reads back a report equal to `thidua report --json` on the same data', async () => {
    const read = readBook(gridsOf(fake), { strict: true, today: AS_OF });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    report = computeReport(read.value.book, AS_OF);
    expect(report.overall.done).toBe(7);
    const xlsx = await writeBookXlsx(read.value.book);
    if (!xlsx.ok) throw new Error('book');
    const file = path.join(dir, 'book.xlsx');
    fs.writeFileSync(file, xlsx.value);
    const cli = await runCli(['report', file, '--json', '--as-of', '15/07/2014']);
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.out)).toEqual(JSON.parse(JSON.stringify(report)));
  });
});

describe('a district typing straight into the sheet', () => {
  it('gets a last-updated note from the onEdit trigger; Apps Script hides a Gmail editor', () => {
    fake.setUser(HQ);
    const row = rowsOfUnit(fake, HQ_NAME)[5]!;
    const sheet = fake._spreadsheet.getSheetByName('Theo dõi')!;
    sheet.getRange(row, 10).setValue('CV 99');
    bundle.trigger('onEdit', { range: fake._core.boundary.wrap(sheet.getRange(row, 10)) });
    expect(fake.sheet('Theo dõi').notes(`H${row}`)[0]![0]).toMatch(
      /^Cập nhật: không rõ, \d\d\/\d\d\/\d{4} \d\d:\d\d$/,
    );
    fake.setUser(OFFICE);
  });
});

describeWithLibreOffice('Báo cáo as written to Sheets, recalculated by LibreOffice', () => {
  it('equals `thidua report --json`', async () => {
    const grids = gridsOf(fake);
    const wb = new ExcelJS.Workbook();
    for (const name of ['Theo dõi', 'Báo cáo', 'Tiêu chí', 'Chấm điểm']) {
      const ws = wb.addWorksheet(name);
      const formulas = fake.sheet(name).formulas();
      const values = grids.find((g) => g.name === name)!.values;
      values.forEach((line, r) =>
        line.forEach((v, c) => {
          const f = formulas[r]?.[c];
          // Back from the locale-proof ";" to the file format's ",".
          if (f) ws.getCell(r + 1, c + 1).value = { formula: toComma(f.slice(1)) };
          else if (v !== null) ws.getCell(r + 1, c + 1).value = v;
        }),
      );
    }
    const file = path.join(dir, 'as-written.xlsx');
    await wb.xlsx.writeFile(file);
    const sheets = await libreOfficeRecalculated(file, dir);
    const report = sheets.find((s) => s.name === 'Báo cáo')!;
    const read = readBook(gridsOf(fake), { strict: true, today: AS_OF });
    if (!read.ok) throw new Error('book');
    const expected = computeReport(read.value.book, AS_OF);
    const overall = report.values.find((r) => r[0] === 'Tổng cộng')!;
    const o = expected.overall;
    expect(overall.slice(2, 8)).toEqual([
      o.tasks,
      o.assigned,
      o.due,
      o.doneOfDue,
      o.late,
      o.overdue,
    ]);
    expect(overall[9]).toBe(o.done);
    for (const u of expected.units) {
      const line = report.values.find((r) => typeof r[0] === 'number' && r[1] === u.name)!;
      expect(line.slice(3, 8)).toEqual([u.assigned, u.due, u.doneOfDue, u.late, u.overdue]);
      expect(line[9]).toBe(u.done);
      expect(line[12] === '' ? null : (line[12] ?? null)).toEqual(u.rank);
    }
    expect(expected.units.filter((u) => u.rank !== null)).toHaveLength(19);
  }, 180_000);
});

function toComma(formula: string): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/;/g, ',')))
    .join('"');
}
