/**
 * Issue 9 in the Excel pane, on the strict Office fake and in browser mode: rows the office
 * copied, columns it added, another plan, a unit list with a code used twice, returned files
 * whose cells cannot be taken or whose identity was edited, a unit's file opened as the book.
 */
import ExcelJS from 'exceljs';
import type { ExcelBridge } from '../../addin/src/host/excel-bridge';
import { readReturnedBytes } from '../../shared/ui/read-input';
import { SHEET } from '../../shared/i18n/workbook-vi';
import { CAO_BANG_2014 } from '../../shared/units/cao-bang-2014';
import { createExcelFake, type ExcelFake } from '../fakes/excel-fake';
import { CLOCK, planOf, samplePlan } from './helpers/books';
import { excelBridge, fileBridge, rendered } from './helpers/bridges';
import * as fs from 'fs';
import * as path from 'path';
import { PLANS } from '../helpers/paths';

/** A book built in the fake, with its first two rows (Thành Đoàn Cao Bằng's) marked done. */
async function bookWithEntries(): Promise<{ fake: ExcelFake; pane: ExcelBridge }> {
  const fake = createExcelFake();
  const pane = excelBridge(fake);
  expect((await pane.run('build', { plan: samplePlan() })).ok).toBe(true);
  fake.workbook.select(SHEET.tracking, 'A2:K3');
  expect((await pane.run('mark', { status: 'done', evidence: 'QĐ 1' })).ok).toBe(true);
  return { fake, pane };
}

const grid = (fake: ExcelFake, address = 'A1:K411') =>
  fake.workbook.getValues(SHEET.tracking, address) as unknown[][];

describe('the pane on a book whose rows the office copied', () => {
  it('refuses to rewrite when the copies differ, and to refresh a report that would count them twice', async () => {
    const { fake, pane } = await bookWithEntries();
    const copy = [...(grid(fake, 'A2:K2')[0] as unknown[])];
    copy[7] = 'Đang thực hiện';
    fake.workbook.setValues(SHEET.tracking, 'A412:K412', [copy]);
    const amended = await pane.run('amend', { plan: samplePlan() });
    expect(amended.ok).toBe(false);
    expect(amended.problems.map((p) => [p.at?.cell, p.vi, p.en])).toEqual([
      [
        'A2',
        'Công việc 2014-Q1-01 của "Thành Đoàn Cao Bằng" có ở 2 hàng (hàng 2, 412) với nội dung khác nhau ("Trạng thái"). Hãy xoá hàng thừa; trong lúc chờ, sổ không được ghi lại và báo cáo chỉ tính hàng 2.',
        'Task 2014-Q1-01 of "Thành Đoàn Cao Bằng" is on 2 rows (rows 2, 412) that differ ("Trạng thái"). Delete the extra row; until then the book is not rewritten and the report counts row 2 only.',
      ],
    ]);
    expect(grid(fake, 'H412:H412')).toEqual([['Đang thực hiện']]);
    const refreshed = await pane.run('refresh', {});
    expect(refreshed.ok).toBe(false);
    expect(refreshed.problems.map((p) => p.en)).toEqual([
      'The "Theo dõi" sheet has rows repeating a task and unit (rows 2, 412): the report\'s formulas would count them twice. Delete the extra rows, then refresh the report.',
    ]);
  });

  it('merges a copy that is the same, and logs it', async () => {
    const { fake, pane } = await bookWithEntries();
    fake.workbook.setValues(SHEET.tracking, 'A412:K412', grid(fake, 'A2:K2'));
    const amended = await pane.run('amend', { plan: samplePlan() });
    expect(amended.ok).toBe(true);
    expect(amended.problems.map((p) => p.code)).toContain('duplicateRowsMerged');
    const copies = grid(fake, 'A1:K412').filter(
      (r) => r[0] === '2014-Q1-01' && r[4] === 'Thành Đoàn Cao Bằng',
    );
    expect(copies).toHaveLength(1);
    expect(grid(fake, 'A412:A412')).toEqual([['']]);
    expect(grid(fake, 'H2:J2')).toEqual([['Hoàn thành', 41739, 'QĐ 1']]);
  });
});

describe('the pane on a book with a column of the office inserted in Theo dõi', () => {
  it('keeps the column and its values through a rewrite, and marks the right cells', async () => {
    const { fake, pane } = await bookWithEntries();
    const rows = grid(fake).map((r, i) => [
      ...r.slice(0, 5),
      i === 0 ? 'Người phụ trách' : i % 3 === 0 ? `Đ/c ${i}` : '',
      ...r.slice(5),
    ]);
    fake.workbook.setValues(SHEET.tracking, 'A1:L411', rows);
    const amended = await pane.run('amend', { plan: samplePlan() });
    expect(amended.ok).toBe(true);
    expect(grid(fake, 'A1:L1')[0]).toEqual([
      'Mã CV',
      'Kỳ',
      'STT',
      'Nội dung công việc',
      'Đơn vị',
      'Người phụ trách',
      'Vai trò',
      'Hạn',
      'Trạng thái',
      'Ngày hoàn thành',
      'Minh chứng',
      'Ghi chú',
    ]);
    expect(grid(fake, 'F2:F7').map((r) => r[0])).toEqual(['', '', 'Đ/c 3', '', '', 'Đ/c 6']);
    expect(grid(fake, 'I2:K2')).toEqual([['Hoàn thành', 41739, 'QĐ 1']]);
    fake.workbook.select(SHEET.tracking, 'A4:L4');
    expect((await pane.run('mark', { status: 'doing', note: 'đang làm' })).ok).toBe(true);
    expect(grid(fake, 'F4:L4')).toEqual([
      ['Đ/c 3', 'Chủ trì', 41729, 'Đang thực hiện', '', '', 'đang làm'],
    ]);
  });
});

describe('the pane on a book with a column of the office among the input cells', () => {
  it('marks the input cells on either side of it, and leaves it alone', async () => {
    const { fake, pane } = await bookWithEntries();
    const rows = grid(fake).map((r, i) => [
      ...r.slice(0, 8),
      i === 0 ? 'Nhắc việc' : 'đã nhắc',
      ...r.slice(8),
    ]);
    fake.workbook.setValues(SHEET.tracking, 'A1:L411', rows);
    fake.workbook.select(SHEET.tracking, 'A4:L5');
    const marked = await pane.run('mark', {
      status: 'done',
      doneDate: '2014-05-02',
      note: 'xong',
    });
    expect(marked.ok).toBe(true);
    expect(grid(fake, 'H4:L5')).toEqual([
      ['Hoàn thành', 'đã nhắc', 41761, '', 'xong'],
      ['Hoàn thành', 'đã nhắc', 41761, '', 'xong'],
    ]);
    // and a rewrite keeps it there
    expect((await pane.run('amend', { plan: samplePlan() })).ok).toBe(true);
    expect(grid(fake, 'H1:L2')).toEqual([
      ['Trạng thái', 'Nhắc việc', 'Ngày hoàn thành', 'Minh chứng', 'Ghi chú'],
      ['Hoàn thành', 'đã nhắc', 41739, 'QĐ 1', ''],
    ]);
  });
});

describe('the pane rebuilding a book with a column of the office', () => {
  it('deletes the entries it asked about, and keeps the column with its values', async () => {
    const { fake, pane } = await bookWithEntries();
    const rows = grid(fake).map((r, i) => [...r, i === 0 ? 'Người phụ trách' : `Đ/c ${i}`]);
    fake.workbook.setValues(SHEET.tracking, 'A1:L411', rows);
    const asked = await pane.run('build', { plan: samplePlan() });
    expect(asked.confirm?.question.vi).toBe(
      'Sổ hiện có 2 mục đã nhập. Tạo lại sẽ xoá các mục này. Tiếp tục?',
    );
    expect(asked.confirm?.consent).toBe('replace');
    expect((await pane.run('build', { plan: samplePlan(), replace: true })).ok).toBe(true);
    expect(grid(fake, 'H1:L3')).toEqual([
      ['Trạng thái', 'Ngày hoàn thành', 'Minh chứng', 'Ghi chú', 'Người phụ trách'],
      ['Chưa thực hiện', '', '', '', 'Đ/c 1'],
      ['Chưa thực hiện', '', '', '', 'Đ/c 2'],
    ]);
  });
});

describe('the pane given another plan as an amendment', () => {
  it('asks first, with the same words as everywhere, and applies it only when told', async () => {
    const { fake, pane } = await bookWithEntries();
    const other = fs.readFileSync(path.join(PLANS, 'ke-hoach-thang-2015.txt'), 'utf8');
    const asked = await pane.run('amend', { plan: planOf(other) });
    expect(asked.ok).toBe(false);
    expect(asked.problems.map((p) => p.code)).toEqual(['planIdentity']);
    expect(asked.confirm?.question.vi).toMatch(
      /^Kế hoạch mới \(.+\) không phải kế hoạch của sổ \(73-KH\/TĐTN-VP · BCH ĐOÀN TỈNH CAO BẰNG · 2014\)\. Áp dụng sẽ chuyển các mục đã nhập sang công việc của kế hoạch này\. Vẫn áp dụng\?$/,
    );
    expect(asked.confirm?.yes.en).toBe('Apply anyway');
    expect(grid(fake, 'A2:A2')).toEqual([['2014-Q1-01']]);
    expect(asked.confirm?.consent).toBe('force');
    expect((await pane.run('amend', { plan: planOf(other), force: true })).ok).toBe(true);
  });
});

describe('the pane saving a unit list', () => {
  it('refuses a code used twice, naming both rows; and a list saved broken can be saved right', async () => {
    const { fake, pane } = await bookWithEntries();
    const units = CAO_BANG_2014.map((u) => ({ ...u }));
    units[5] = { ...units[5]!, code: units[2]!.code };
    const saved = await pane.run('saveUnits', { units });
    expect(saved.ok).toBe(false);
    expect(saved.problems.map((p) => [p.at?.sheet, p.at?.cell, p.vi])).toEqual([
      [
        'Đơn vị',
        'A7',
        `Mã, tên hoặc tên gọi khác "${units[2]!.code}" dùng cho hai đơn vị (hàng 4 và 7); mỗi cái chỉ được chỉ một đơn vị.`,
      ],
    ]);
    // the sheet itself edited into the same state: every command refuses, saving the list mends it
    fake.workbook.setValues(SHEET.units, 'A7:A7', [[units[2]!.code]]);
    expect((await pane.run('refresh', {})).problems.map((p) => p.code)).toEqual(['duplicateUnit']);
    const mended = await pane.run('saveUnits', { units: CAO_BANG_2014.map((u) => ({ ...u })) });
    expect(mended.ok).toBe(true);
    expect(grid(fake, 'H2:J2')).toEqual([['Hoàn thành', 41739, 'QĐ 1']]);
  });
});

/** A unit's file as the pane makes it, returned edited with exceljs. */
async function returnedFile(
  pane: ExcelBridge,
  name: string,
  change: (wb: ExcelJS.Workbook) => void,
): Promise<{ name: string; bytes: Uint8Array }> {
  const files = await rendered(await pane.run('unitFiles', {}));
  const f = files.find((d) => d.name.startsWith(`${name}-`));
  if (!f) throw new Error(`no file for ${name}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(f.bytes as unknown as ArrayBuffer);
  change(wb);
  return { name: f.name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

/** A returned file read in the page as the pane reads it, then merged. */
async function mergeIn(pane: ExcelBridge, file: { name: string; bytes: Uint8Array }) {
  const { returned, unreadable } = await readReturnedBytes([file], CLOCK.today);
  expect(unreadable).toEqual([]);
  return pane.run('merge', { returned });
}

describe('the pane merging returned files', () => {
  it('refuses cells it cannot take, by cell, and the book keeps its values', async () => {
    const { fake, pane } = await bookWithEntries();
    const file = await returnedFile(pane, 'TPCB', (wb) => {
      const ws = wb.getWorksheet('Theo dõi')!;
      ws.getCell('J2').value = { error: '#VALUE!' } as ExcelJS.CellErrorValue;
      ws.getCell('H3').value = 'Đang thực hiện';
      ws.mergeCells('H3:I3');
    });
    const merged = await mergeIn(pane, file);
    expect(merged.ok).toBe(true);
    expect(merged.problems.map((p) => [p.at?.cell, p.en])).toEqual(
      expect.arrayContaining([
        [
          'J2',
          'The cell holds the error #VALUE!: it is not taken, and the book keeps its own value.',
        ],
        [
          'H3',
          'The cell is part of the merged cells H3:I3: its value cannot be taken, and the book keeps its own. Unmerge the cells and send the file again.',
        ],
      ]),
    );
    expect(grid(fake, 'H2:J3')).toEqual([
      ['Hoàn thành', 41739, 'QĐ 1'],
      ['Hoàn thành', 41739, 'QĐ 1'],
    ]);
  });

  it("refuses a file whose identity was edited to pose as another unit's", async () => {
    const { fake, pane } = await bookWithEntries();
    const file = await returnedFile(pane, 'TA', (wb) => {
      const meta = wb.getWorksheet('_ThiDua')!;
      meta.eachRow((row) => {
        if (row.getCell(1).value === 'unitCode') row.getCell(2).value = 'HA';
      });
      wb.getWorksheet('Đơn vị')!.getCell('A2').value = 'HA';
      wb.getWorksheet('Đơn vị')!.getCell('B2').value = 'Huyện Đoàn Hòa An';
      const t = wb.getWorksheet('Theo dõi')!;
      for (let r = 2; r <= t.rowCount; r++) {
        t.getCell(r, 5).value = 'Huyện Đoàn Hòa An';
        t.getCell(r, 8).value = 'Không thực hiện';
      }
    });
    const before = grid(fake);
    const merged = await mergeIn(pane, file);
    expect(merged.ok).toBe(false);
    expect(merged.problems.map((p) => p.vi)).toEqual([
      'Thông tin nhận dạng của tệp đã bị sửa: tệp ghi là của "Huyện Đoàn Hòa An" nhưng văn phòng đã gửi tệp này cho "Huyện Đoàn Thạch An"; không gộp.',
    ]);
    expect(grid(fake)).toEqual(before);
  });
});

describe('browser mode given a unit file as the book', () => {
  it("says it is a unit's file, naming the unit", async () => {
    const { pane } = await bookWithEntries();
    const file = await returnedFile(pane, 'HA', () => undefined);
    const files = await fileBridge();
    const opened = await files.book.open(file);
    expect(opened.map((p) => [p.at?.file, p.en])).toEqual([
      [
        file.name,
        'This file is the unit file of "Huyện Đoàn Hòa An" (sent by the office to the unit), not the office\'s tracking book. Use the tracking book; merge returned unit files into it.',
      ],
    ]);
    expect(files.book.name()).toBeNull();
    const r = await files.run('refresh', {});
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['noBook']);
    expect(r.files).toEqual([]);
    expect(files.book.unsaved()).toBe(false);
  });
});
