/**
 * Who a row belongs to, and what a unit already sent, must survive what offices do: a unit
 * sending its file back twice, a unit renamed on `Đơn vị`, a unit editing its own file's
 * `Đơn vị` sheet, an alias that reads like another unit's name.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readUnitsCsv } from '../../shared/units/read-units';
import { readBookXlsx } from '../../shared/xlsx/book-io';
import { runCli } from '../helpers/cli';
import { day, fillTracking } from '../helpers/fill';
import { outputDir, SAMPLE } from '../helpers/paths';

const dir = outputDir('identity');
const book = path.join(dir, 'book.xlsx');
const units = path.join(dir, 'units');
const HA = () => path.join(units, 'HA-huyen-doan-hoa-an.xlsx');

async function entries(file: string, unitName: string) {
  const r = await readBookXlsx(new Uint8Array(fs.readFileSync(file)), { strict: false });
  if (!r.ok) throw new Error(r.problems[0]?.en);
  const code = r.value.book.units.find((u) => u.name === unitName)?.code;
  return r.value.book.rows.filter((row) => row.unitCode === code);
}

beforeAll(async () => {
  expect((await runCli(['build', SAMPLE, '-o', book, '--as-of', '30/06/2014'])).code).toBe(0);
  expect((await runCli(['split', book, '-o', units])).code).toBe(0);
}, 60_000);

describe('a unit sending its file back a second time', () => {
  it('has its new values taken, not reported as conflicts with the office', async () => {
    await fillTracking(HA(), (row) => (row.index === 1 ? { status: 'Đang thực hiện' } : null));
    const first = path.join(dir, 'after-first.xlsx');
    expect((await runCli(['consolidate', book, HA(), '-o', first])).code).toBe(0);
    await fillTracking(HA(), (row) =>
      row.index === 1
        ? { status: 'Hoàn thành', doneDate: day('2014-05-20'), evidence: 'QĐ 45' }
        : null,
    );
    const second = path.join(dir, 'after-second.xlsx');
    const r = await runCli(['consolidate', first, HA(), '-o', second]);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('Xung đột');
    const row = (await entries(second, 'Huyện Đoàn Hòa An')).find((x) => x.taskId === '2014-Q1-02');
    expect(row).toMatchObject({ status: 'done', doneDate: '2014-05-20', evidence: 'QĐ 45' });
  });
});

describe('a unit renamed on the units sheet', () => {
  it('keeps its rows, in the report and when the book is rewritten', async () => {
    const renamed = path.join(dir, 'renamed.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const ws = wb.getWorksheet('Đơn vị') as ExcelJS.Worksheet;
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'BLAC') row.getCell(2).value = 'Huyện Đoàn Bảo Lạc (mới)';
    });
    await wb.xlsx.writeFile(renamed);
    const report = await runCli(['report', renamed, '--json']);
    expect(report.err).toBe('');
    const blac = JSON.parse(report.out).units.find((u: { code: string }) => u.code === 'BLAC');
    expect(blac).toMatchObject({ name: 'Huyện Đoàn Bảo Lạc (mới)', assigned: 20 });
    const out = path.join(dir, 'renamed-updated.xlsx');
    expect((await runCli(['update', renamed, SAMPLE, '-o', out])).code).toBe(0);
    expect(await entries(out, 'Huyện Đoàn Bảo Lạc (mới)')).toHaveLength(20);
  });
});

describe("a unit editing its own file's units sheet", () => {
  it('still has its rows merged: the file says whose it is', async () => {
    const f = path.join(dir, 'TA-edited.xlsx');
    fs.copyFileSync(path.join(units, 'TA-huyen-doan-thach-an.xlsx'), f);
    await fillTracking(f, (row) =>
      row.index === 0 ? { status: 'Hoàn thành', doneDate: day('2014-03-20') } : null,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    const ws = wb.getWorksheet('Đơn vị') as ExcelJS.Worksheet;
    ws.getCell('B2').value = 'Huyện Đoàn Thạch An (tự sửa)';
    await wb.xlsx.writeFile(f);
    const out = path.join(dir, 'ta-merged.xlsx');
    const r = await runCli(['consolidate', book, f, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 thay đổi, 0 xung đột, 0 bị từ chối/);
  });
});

describe('a units list whose alias reads like another unit', () => {
  it('is refused, naming the duplicate', () => {
    const csv = [
      'Mã,Tên đơn vị,Nhóm,Email,Tên gọi khác',
      'QH,Huyện Đoàn Quảng Hòa,Cấp huyện,,Huyện Đoàn Phục Hòa; Quảng Hòa',
      'PH,Huyện Đoàn Phục Hòa,Cấp huyện,,Phục Hòa',
    ].join('\n');
    const r = readUnitsCsv(csv, 'dv.csv');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => [p.code, p.at?.cell, p.vi])).toEqual([
        [
          'duplicateUnit',
          'A3',
          'Mã, tên hoặc tên gọi khác "Huyện Đoàn Phục Hòa" dùng cho hai đơn vị (hàng 2 và 3); mỗi cái chỉ được chỉ một đơn vị.',
        ],
      ]);
  });

  it('accepts a unit whose code is also its name', () => {
    expect(readUnitsCsv('Mã,Tên đơn vị,Nhóm\nBTV,BTV,Ban Thường vụ\n').ok).toBe(true);
  });
});
