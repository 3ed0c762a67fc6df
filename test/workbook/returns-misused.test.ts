/**
 * What a careless unit or office does with returned files and the book between two merges, on
 * real files through the command line: an older copy sent again after a newer one; two units'
 * files pasted into one; a done row's date cell cleared; a row the office deleted that the plan
 * wants again; the office deleting rows of Lưu trữ, or the sheet. Each case:
 * the exact message, the exit code, every input unchanged, and no earlier entry lost or undone.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { edit, entriesOf, hash, lostEntries, rowsByHeader } from '../helpers/book-files';
import { runCli } from '../helpers/cli';
import { day, fillTracking } from '../helpers/fill';
import { outputDir, SAMPLE } from '../helpers/paths';

const dir = outputDir('returns-misused');
const built = path.join(dir, 'built.xlsx');
const units = path.join(dir, 'units');
const HA_FILE = 'HA-huyen-doan-hoa-an.xlsx';
const HA = 'Huyện Đoàn Hòa An';
/** HA's file as the unit first sent it: 2014-Q1-02 in progress. */
const first = path.join(dir, 'ha-lan-1.xlsx');
/** The same file saved again later: 2014-Q1-02 done. */
const second = path.join(dir, 'ha-lan-2.xlsx');
const afterFirst = path.join(dir, 'so-1.xlsx');
const afterSecond = path.join(dir, 'so-2.xlsx');

async function haRow(file: string, taskId: string): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows = rowsByHeader(wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet);
  return rows.find((r) => r['Đơn vị'] === HA && r['Mã CV'] === taskId) as Record<string, unknown>;
}

beforeAll(async () => {
  expect((await runCli(['build', SAMPLE, '-o', built, '--as-of', '30/06/2014'])).code).toBe(0);
  expect((await runCli(['split', built, '-o', units])).code).toBe(0);
  fs.copyFileSync(path.join(units, HA_FILE), first);
  await fillTracking(first, (row) =>
    row.index === 0
      ? { status: 'Hoàn thành', doneDate: day('2014-03-20'), evidence: 'QĐ 12' }
      : row.index === 1
        ? { status: 'Đang thực hiện', note: 'đang tổng hợp' }
        : null,
  );
  fs.copyFileSync(first, second);
  await fillTracking(second, (row) =>
    row.index === 1
      ? { status: 'Hoàn thành', doneDate: day('2014-04-02'), evidence: 'BC 7' }
      : null,
  );
  expect((await runCli(['consolidate', built, first, '-o', afterFirst])).code).toBe(0);
  expect((await runCli(['consolidate', afterFirst, second, '-o', afterSecond])).code).toBe(0);
}, 120_000);

describe('an older copy of a unit file sent again after a newer one', () => {
  it('does not undo what the newer one brought: the book keeps it, and says why', async () => {
    const before = [hash(afterSecond), hash(first)];
    const out = path.join(dir, 'so-3.xlsx');
    const r = await runCli(['consolidate', afterSecond, first, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'Lưu ý (tệp ha-lan-1.xlsx, trang tính "Theo dõi", ô H3): Tệp này cũ hơn tệp đơn vị đã gửi sau đó: "Trạng thái" ghi "Đang thực hiện", giá trị đơn vị đã gửi trước rồi đổi thành "Hoàn thành"; giữ "Hoàn thành". Nếu đơn vị thật sự muốn đổi lại, hãy sửa trong sổ.\n' +
        '  Note (file ha-lan-1.xlsx, sheet "Theo dõi", cell H3): This file is older than one the unit sent after it: "Trạng thái" says "Đang thực hiện", a value the unit sent before and then changed to "Hoàn thành"; "Hoàn thành" is kept. If the unit really means to change it back, edit it in the book.\n',
    );
    expect(r.out).toContain('0 thay đổi, 1 xung đột, 0 bị từ chối.');
    expect(await haRow(out, '2014-Q1-02')).toMatchObject({
      'Trạng thái': 'Hoàn thành',
      'Ngày hoàn thành': '2014-04-02',
      'Minh chứng': 'BC 7',
      'Ghi chú': 'đang tổng hợp',
    });
    expect(await lostEntries(afterSecond, out)).toEqual([]);
    const report = await runCli(['report', out, '--json']);
    const ha = JSON.parse(report.out).units.find((u: { code: string }) => u.code === 'HA');
    expect(ha).toMatchObject({ assigned: 20, done: 2 });
    expect([hash(afterSecond), hash(first)]).toEqual(before);
  });

  it('still lets a file issued after the newer one change the value back', async () => {
    const units2 = path.join(dir, 'units-2');
    expect((await runCli(['split', afterSecond, '-o', units2])).code).toBe(0);
    const again = path.join(dir, 'ha-lan-3.xlsx');
    fs.copyFileSync(path.join(units2, HA_FILE), again);
    await fillTracking(again, (row) =>
      row.index === 1 ? { status: 'Đang thực hiện', doneDate: '' } : null,
    );
    const out = path.join(dir, 'so-4.xlsx');
    const r = await runCli(['consolidate', afterSecond, again, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(await haRow(out, '2014-Q1-02')).toMatchObject({
      'Trạng thái': 'Đang thực hiện',
      'Ngày hoàn thành': null,
    });
  });
});

describe("two units' files pasted into one", () => {
  it("refuses the other unit's rows as such, not as a unit missing from the directory", async () => {
    const pasted = path.join(dir, 'ha-va-blac.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    const blac = new ExcelJS.Workbook();
    await blac.xlsx.readFile(path.join(units, 'BLAC-huyen-doan-bao-lac.xlsx'));
    const into = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
    const from = blac.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
    for (let r = 2; r <= 3; r++) into.addRow((from.getRow(r).values as unknown[]).slice(1));
    await wb.xlsx.writeFile(pasted);
    const before = hash(pasted);
    const out = path.join(dir, 'so-dan.xlsx');
    const r = await runCli(['--lang', 'en', 'consolidate', afterFirst, pasted, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'Error (file ha-va-blac.xlsx, sheet "Theo dõi", cell A22): A row of "Huyện Đoàn Bảo Lạc" in the file of "Huyện Đoàn Hòa An": a unit may change only its own rows; this row was rejected.\n' +
        'Error (file ha-va-blac.xlsx, sheet "Theo dõi", cell A23): A row of "Huyện Đoàn Bảo Lạc" in the file of "Huyện Đoàn Hòa An": a unit may change only its own rows; this row was rejected.\n',
    );
    expect(await lostEntries(afterFirst, out)).toEqual([]);
    expect(hash(pasted)).toBe(before);
  });
});

describe('a row the office deleted, which update (the plan) brings back', () => {
  it('gets its entry back from Lưu trữ, said and logged, and the report counts it', async () => {
    const deleted = await edit(afterFirst, path.join(dir, 'xoa-hang.xlsx'), (wb) => {
      const ws = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
      const at = (ws.getColumn(5).values as unknown[]).findIndex((v) => v === HA);
      ws.spliceRows(at, 1);
    });
    const before = hash(deleted);
    const out = path.join(dir, 'xoa-hang-update.xlsx');
    const r = await runCli(['--lang', 'en', 'update', deleted, SAMPLE, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'Note (file xoa-hang.xlsx, sheet "Theo dõi"): The row of task 2014-Q1-01 for "Huyện Đoàn Hòa An" (entered: Hoàn thành, 20/03/2014, QĐ 12) is no longer on the "Theo dõi" sheet (deleted?); the entry is kept on the "Lưu trữ" sheet when the book is rewritten.\n' +
        'Note: No unit found for "Các đ/c phụ trách công tác TĐKT" (tasks 2014-Q1-05); fill it in on the "Ánh xạ" sheet.\n' +
        'Note: No unit found for "Hội đồng Thi đua, Khen thưởng cơ quan Tỉnh Đoàn" (tasks 2014-Q1-06); fill it in on the "Ánh xạ" sheet.\n' +
        'Note (sheet "Theo dõi"): Task 2014-Q1-01 has a row for "Huyện Đoàn Hòa An" on the "Theo dõi" sheet again: its entry (Hoàn thành, 20/03/2014, QĐ 12) is moved back onto it from the "Lưu trữ" sheet.\n',
    );
    expect(await haRow(out, '2014-Q1-01')).toMatchObject({
      'Trạng thái': 'Hoàn thành',
      'Ngày hoàn thành': '2014-03-20',
      'Minh chứng': 'QĐ 12',
    });
    expect((await entriesOf(out)).archive).toEqual([]);
    expect(await lostEntries(afterFirst, out)).toEqual([]);
    const report = await runCli(['report', out, '--json']);
    const ha = JSON.parse(report.out).units.find((u: { code: string }) => u.code === 'HA');
    expect(ha).toMatchObject({ assigned: 20, done: 1 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const log = rowsByHeader(wb.getWorksheet('Nhật ký') as ExcelJS.Worksheet);
    expect(log.filter((e) => e['Nguồn'] === 'Lưu trữ')).toEqual([
      expect.objectContaining({
        'Đơn vị': 'HA',
        'Mã CV': '2014-Q1-01',
        'Giá trị cũ': 'Lưu trữ',
        'Giá trị mới': 'Theo dõi',
      }),
    ]);
    expect(hash(deleted)).toBe(before);
  });
});

describe("a done row's completion date cleared in a returned file", () => {
  it('keeps the date the book has, saying so, as a blank status over a done row does', async () => {
    const units1 = path.join(dir, 'units-1');
    expect((await runCli(['split', afterFirst, '-o', units1])).code).toBe(0);
    const cleared = path.join(dir, 'ha-xoa-ngay.xlsx');
    fs.copyFileSync(path.join(units1, HA_FILE), cleared);
    await fillTracking(cleared, (row) => (row.index === 0 ? { doneDate: '' } : null));
    const before = hash(cleared);
    const out = path.join(dir, 'so-xoa-ngay.xlsx');
    const r = await runCli(['consolidate', afterFirst, cleared, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'Lưu ý (tệp ha-xoa-ngay.xlsx, trang tính "Theo dõi", ô I2): Ô ngày hoàn thành để trống trên hàng "Hoàn thành" mà sổ đã ghi ngày 20/03/2014; sổ giữ ngày 20/03/2014. Nếu ngày này sai, hãy gõ ngày đúng.\n' +
        '  Note (file ha-xoa-ngay.xlsx, sheet "Theo dõi", cell I2): The completion date cell is blank on a "Hoàn thành" (done) row the book has as done on 20/03/2014; the book keeps 20/03/2014. If that date is wrong, type the right one.\n',
    );
    expect(await haRow(out, '2014-Q1-01')).toMatchObject({
      'Trạng thái': 'Hoàn thành',
      'Ngày hoàn thành': '2014-03-20',
    });
    expect(await lostEntries(afterFirst, out)).toEqual([]);
    expect(hash(cleared)).toBe(before);
  });
});

describe('cells of a returned file that cannot be taken', () => {
  it('are logged with what they showed, so the office sees what was refused', async () => {
    const odd = path.join(dir, 'ha-la.xlsx');
    fs.copyFileSync(path.join(units, HA_FILE), odd);
    await fillTracking(odd, (row) =>
      row.index === 3
        ? { status: 'chưa rõ' }
        : row.index === 4
          ? { status: 'Hoàn thành', doneDate: 'ngày 5 tháng 3' }
          : null,
    );
    const out = path.join(dir, 'so-la.xlsx');
    const r = await runCli(['consolidate', afterFirst, odd, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter((l) => l.includes('[Từ chối]'))).toEqual([
      '  [Từ chối] Huyện Đoàn Hòa An 2014-Q1-04 Trạng thái: "Chưa thực hiện" → "chưa rõ"',
      '  [Từ chối] Huyện Đoàn Hòa An 2014-Q1-06 Trạng thái: "Chưa thực hiện" → "Hoàn thành"',
      '  [Từ chối] Huyện Đoàn Hòa An 2014-Q1-06 Ngày hoàn thành: "" → "ngày 5 tháng 3"',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const log = rowsByHeader(wb.getWorksheet('Nhật ký') as ExcelJS.Worksheet);
    expect(
      log.filter((e) => e['Nguồn'] === 'ha-la.xlsx').map((e) => [e['Mã CV'], e['Giá trị mới']]),
    ).toEqual([
      ['2014-Q1-04', 'chưa rõ'],
      ['2014-Q1-06', 'Hoàn thành'],
      ['2014-Q1-06', 'ngày 5 tháng 3'],
    ]);
    expect(await lostEntries(afterFirst, out)).toEqual([]);
  });
});

describe('rows of Lưu trữ deleted by the office, or the whole sheet', () => {
  it('are written back at the next rewrite, with a note: an archived entry is never lost', async () => {
    const cut = await edit(afterFirst, path.join(dir, 'xoa-hang-2.xlsx'), (wb) => {
      const ws = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
      ws.spliceRows(
        (ws.getColumn(5).values as unknown[]).findIndex((v) => v === HA),
        1,
      );
    });
    const blac = path.join(units, 'BLAC-huyen-doan-bao-lac.xlsx');
    const archived = path.join(dir, 'co-luu-tru.xlsx');
    expect((await runCli(['consolidate', cut, blac, '-o', archived])).code).toBe(0);
    expect((await entriesOf(archived)).archive).toHaveLength(1);
    const gone = await edit(archived, path.join(dir, 'mat-luu-tru.xlsx'), (wb) => {
      wb.removeWorksheet((wb.getWorksheet('Lưu trữ') as ExcelJS.Worksheet).id);
    });
    const out = path.join(dir, 'mat-luu-tru-out.xlsx');
    const r = await runCli(['--lang', 'en', 'consolidate', gone, blac, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'Note (file mat-luu-tru.xlsx, sheet "Lưu trữ"): The archived row of task 2014-Q1-01 for "Huyện Đoàn Hòa An" (entered: Hoàn thành, 20/03/2014, QĐ 12) is no longer on the "Lưu trữ" sheet (deleted?); it is written back to "Lưu trữ" when the book is rewritten.\n',
    );
    expect((await entriesOf(out)).archive).toEqual([
      {
        taskId: '2014-Q1-01',
        unit: HA,
        status: 'Hoàn thành',
        done: '2014-03-20',
        evidence: 'QĐ 12',
        note: '',
      },
    ]);
    expect(await lostEntries(afterFirst, out)).toEqual([]);
  });
});
