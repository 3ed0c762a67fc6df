/**
 * Issue 9 in Google Sheets, through the sidebar's bridge, the built bundle and the strict fake: the rebuild question
 * says that agreeing deletes the entries, a unit list with a code used twice is refused naming
 * both rows (and can be mended), copied rows, a column the office inserted, another plan, and a
 * returned file whose identity was edited to pose as another unit.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Returned } from '../../shared/book/consolidate';
import { returnedOf } from '../../shared/book/consolidate';
import { splitBook } from '../../shared/book/split';
import { en } from '../../shared/i18n/en';
import { vi } from '../../shared/i18n/vi';
import type { Plan } from '../../shared/plan/model';
import { readPlanText } from '../../shared/plan/read-plan-text';
import { readBook } from '../../shared/read/book';
import { readBookXlsx, writeUnitXlsx } from '../../shared/xlsx/book-io';
import { type AppsScriptFake, type LoadedBundle } from '../fakes/apps-script';
import { PLANS, SAMPLE } from '../helpers/paths';
import type { SheetsBridge } from '../../apps-script/src/client/bridge';
import { buildBundle, gridsOf, load, OFFICE, selectRows, sidebarBridge } from './helpers';

let fake: AppsScriptFake;
let bundle: LoadedBundle;
let sidebar: SheetsBridge;

function planOf(file: string): Plan {
  const r = readPlanText(fs.readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error('plan');
  return JSON.parse(JSON.stringify(r.value)) as Plan;
}

const tracking = () => fake.sheet('Theo dõi').values();

beforeEach(async () => {
  ({ fake, bundle } = load(buildBundle(), { editors: [OFFICE] }));
  sidebar = sidebarBridge(bundle);
  bundle.trigger('onOpen');
  expect((await sidebar.run('build', { plan: planOf(SAMPLE), asOf: '2014-06-30' })).ok).toBe(true);
  fake.seed('Theo dõi', 'H2:J3', [
    ['Hoàn thành', 41739, 'QĐ 1'],
    ['Đang thực hiện', '', 'BC 2'],
  ]);
});

describe('rebuilding over entries from the sidebar', () => {
  it('asks the one question every host asks: agreeing deletes the entries, with their count', async () => {
    const r = await sidebar.run('build', { plan: planOf(SAMPLE), replace: false });
    expect(r.ok).toBe(false);
    expect(r.confirm?.question).toEqual({
      vi: 'Sổ hiện có 2 mục đã nhập. Tạo lại sẽ xoá các mục này. Tiếp tục?',
      en: 'The workbook holds 2 entries. Building again deletes them. Continue?',
    });
    expect(r.confirm?.question).toEqual({
      vi: vi.ui.confirmReplace({ entries: 2 }),
      en: en.ui.confirmReplace({ entries: 2 }),
    });
    // agreeing is the same command with its consent
    expect(r.confirm?.consent).toBe('replace');
    expect(tracking()[1]!.slice(7, 10)).toEqual(['Hoàn thành', 41739, 'QĐ 1']);
  });
});

describe('saving the units sheet', () => {
  it('refuses a code used twice, naming both rows, and saves once it is mended', async () => {
    const code = fake.sheet('Đơn vị').values('A4')[0]![0] as string;
    const own = fake.sheet('Đơn vị').values('A7')[0]![0] as string;
    fake.seed('Đơn vị', 'A7', [[code]]);
    const r = await sidebar.run('saveUnits', {});
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.at?.sheet, p.at?.cell, p.vi])).toEqual([
      [
        'Đơn vị',
        'A7',
        `Mã, tên hoặc tên gọi khác "${code}" dùng cho hai đơn vị (hàng 4 và 7); mỗi cái chỉ được chỉ một đơn vị.`,
      ],
    ]);
    fake.seed('Đơn vị', 'A7', [[own]]);
    expect((await sidebar.run('saveUnits', {})).ok).toBe(true);
    expect(tracking()[1]!.slice(7, 10)).toEqual(['Hoàn thành', 41739, 'QĐ 1']);
  });
});

describe('a row the office copied', () => {
  it('stops a rewrite, naming both rows, and nothing is written', async () => {
    const copy = [...tracking()[1]!];
    copy[7] = 'Chưa thực hiện';
    copy[8] = '';
    fake.seed('Theo dõi', 'A412:K412', [copy]);
    const r = await sidebar.run('amend', { plan: planOf(SAMPLE), force: false });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.at?.cell, p.en])).toEqual([
      [
        'A2',
        'Task 2014-Q1-01 of "Thành Đoàn Cao Bằng" is on 2 rows (rows 2, 412) that differ ("Trạng thái", "Ngày hoàn thành"). Delete the extra row; until then the book is not rewritten and the report counts row 2 only.',
      ],
    ]);
    expect(tracking()).toHaveLength(412);
  });
});

describe('a column the office inserted in Theo dõi', () => {
  it('is kept with its values by a rewrite, and marking writes around it', async () => {
    const sheet = fake._spreadsheet.getSheetByName('Theo dõi')!;
    sheet.insertColumnsAfter(8, 1);
    fake.seed('Theo dõi', 'I1:I3', [['Người nhắc'], ['Đ/c Lan'], ['']]);
    const r = await sidebar.run('amend', { plan: planOf(SAMPLE), force: false });
    expect(r.ok).toBe(true);
    const rows = tracking();
    expect(rows[0]!.slice(7, 12)).toEqual([
      'Trạng thái',
      'Người nhắc',
      'Ngày hoàn thành',
      'Minh chứng',
      'Ghi chú',
    ]);
    expect(rows[1]!.slice(7, 11)).toEqual(['Hoàn thành', 'Đ/c Lan', 41739, 'QĐ 1']);
    // each unit may edit its input cells on either side of the office's column, not the column
    const own = (p: { type: string; description: string }) =>
      p.type === 'RANGE' && p.description === 'Sổ Thi Đua: TPCB';
    expect(
      fake
        .protections()
        .filter(own)
        .map((p) => p.range),
    ).toEqual(["'Theo dõi'!H2:H21", "'Theo dõi'!J2:L21"]);
    expect((await sidebar.run('protect', {})).ok).toBe(true);
    expect(
      fake
        .protections()
        .filter(own)
        .map((p) => p.range),
    ).toEqual(["'Theo dõi'!H2:H21", "'Theo dõi'!J2:L21"]);
    selectRows(fake, 'Theo dõi', 3, 3);
    const marked = await sidebar.run('mark', { status: 'done', doneDate: '2014-05-02' });
    expect(marked.ok).toBe(true);
    const after = tracking()[2]!;
    expect(after.slice(7, 11)).toEqual(['Hoàn thành', '', 41761, 'BC 2']);
  });
});

describe('another plan applied as an amendment', () => {
  it('is asked about first, and applied when the office agrees', async () => {
    const other = planOf(path.join(PLANS, 'ke-hoach-thang-2015.txt'));
    const r = await sidebar.run('amend', { plan: other, force: false });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['planIdentity']);
    expect(r.confirm?.consent).toBe('force');
    expect(r.confirm?.question.en).toMatch(
      /^The new plan \(.+\) is not the book's plan \(73-KH\/TĐTN-VP · BCH ĐOÀN TỈNH CAO BẰNG · 2014\)\. Applying it moves the entries onto this plan's tasks\. Apply it anyway\?$/,
    );
    expect((await sidebar.run('amend', { plan: other, force: true })).ok).toBe(true);
  });
});

describe('a returned file whose identity was edited', () => {
  it('is refused: it says another unit, but was issued to this one', async () => {
    const read = readBook(gridsOf(fake), { strict: true, today: '2014-06-30' });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const part = splitBook(read.value.book, '2014-07-01T03:00:00.000Z').find(
      (b) => b.meta.unitCode === 'TA',
    )!;
    const written = await writeUnitXlsx(part);
    if (!written.ok) throw new Error('unit file');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(written.value as unknown as ArrayBuffer);
    wb.getWorksheet('_ThiDua')!.eachRow((row) => {
      if (row.getCell(1).value === 'unitCode') row.getCell(2).value = 'HA';
    });
    wb.getWorksheet('Đơn vị')!.getCell('A2').value = 'HA';
    wb.getWorksheet('Đơn vị')!.getCell('B2').value = 'Huyện Đoàn Hòa An';
    const t = wb.getWorksheet('Theo dõi')!;
    for (let r = 2; r <= t.rowCount; r++) t.getCell(r, 5).value = 'Huyện Đoàn Hòa An';
    const back = await readBookXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), {
      file: 'TA.xlsx',
      strict: false,
    });
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    const returned = returnedOf('TA.xlsx', back.value, back.warnings);
    const before = tracking();
    const r = await sidebar.run('merge', {
      returned: JSON.parse(JSON.stringify([returned])) as Returned[],
    });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.vi)).toEqual([
      'Thông tin nhận dạng của tệp đã bị sửa: tệp ghi là của "Huyện Đoàn Hòa An" nhưng văn phòng đã gửi tệp này cho "Huyện Đoàn Thạch An"; không gộp.',
    ]);
    expect(tracking()).toEqual(before);
  });
});
