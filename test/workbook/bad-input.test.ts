/**
 * Workbooks and returned files that are not as the product wrote them: each gets a message that
 * names file, sheet and cell, and nothing the office has is lost or changed.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';
import { fillTracking } from '../helpers/fill';
import { outputDir, PLANS, SAMPLE } from '../helpers/paths';

const dir = outputDir('bad-input');
const book = path.join(dir, 'book.xlsx');
const units = path.join(dir, 'units');

const hash = (f: string): string => createHash('sha256').update(fs.readFileSync(f)).digest('hex');

async function edit(
  src: string,
  dst: string,
  change: (wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  change(wb);
  await wb.xlsx.writeFile(dst);
  return dst;
}

async function readEntry(file: string, taskId: string, unit: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
  let found: { status: unknown; evidence: unknown; done: unknown } | null = null;
  ws.eachRow((row) => {
    if (row.getCell(1).value === taskId && row.getCell(5).value === unit) {
      found = {
        status: row.getCell(8).value,
        done: row.getCell(9).value,
        evidence: row.getCell(10).value,
      };
    }
  });
  return found;
}

let bookHash: string;

beforeAll(async () => {
  expect((await runCli(['build', SAMPLE, '-o', book, '--as-of', '15/07/2014'])).code).toBe(0);
  expect((await runCli(['split', book, '-o', units])).code).toBe(0);
  bookHash = hash(book);
}, 60_000);

afterEach(() => {
  expect(hash(book)).toBe(bookHash);
});

describe('a workbook that is not a tracking book', () => {
  it('is refused by report with a message naming the file', async () => {
    const other = path.join(dir, 'bang-luong.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Lương').addRow(['Họ tên', 'Lương']);
    await wb.xlsx.writeFile(other);
    const r = await runCli(['--lang', 'vi', 'report', other]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Lỗi (tệp bang-luong.xlsx): Đây không phải sổ theo dõi do Sổ Thi Đua tạo (thiếu trang ẩn ghi thông tin nhận dạng của sổ). Hãy dùng sổ theo dõi, hoặc tệp đơn vị, do Sổ Thi Đua tạo.\n',
    );
  });

  it('is refused when it is not an .xlsx at all', async () => {
    const r = await runCli(['--lang', 'en', 'report', SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Error (file ke-hoach-tdkt-2014-cao-bang.txt): This file is a text file, not an Excel workbook (.xlsx). Use the right .xlsx file; if this is a spreadsheet, open it in Excel and save it as .xlsx.\n',
    );
  });
});

describe('a book whose sheets or columns were changed', () => {
  it('names the renamed sheet, and writes nothing', async () => {
    const renamed = await edit(book, path.join(dir, 'renamed.xlsx'), (wb) => {
      (wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet).name = 'Theo doi';
    });
    const out = path.join(dir, 'renamed-out.xlsx');
    const r = await runCli(['--lang', 'vi', 'update', renamed, SAMPLE, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Lỗi (tệp renamed.xlsx): Thiếu trang tính "Theo dõi" (có thể đã bị đổi tên hoặc xoá). Hãy khôi phục đúng tên trang.\n',
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it('names the missing column by sheet and cell', async () => {
    const cut = await edit(book, path.join(dir, 'no-evidence.xlsx'), (wb) => {
      (wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet).getCell('J1').value = 'Tài liệu';
    });
    const r = await runCli([
      '--lang',
      'en',
      'split',
      cut,
      '-o',
      path.join(dir, 'no-evidence-units'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Error (file no-evidence.xlsx, sheet "Theo dõi", cell A1): Columns missing: "Minh chứng". Do not rename or delete the book\'s columns (columns of your own may be added).\n',
    );
  });

  it('stops a rewrite when a status cell holds something it cannot read, naming the cell', async () => {
    const odd = await edit(book, path.join(dir, 'odd-status.xlsx'), (wb) => {
      (wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet).getCell('H5').value = 'gần xong';
    });
    const out = path.join(dir, 'odd-out.xlsx');
    const r = await runCli(['--lang', 'vi', 'update', odd, SAMPLE, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      '(tệp odd-status.xlsx, trang tính "Theo dõi", ô H5): Trạng thái "gần xong" không hợp lệ',
    );
    expect(fs.existsSync(out)).toBe(false);
    // a report only reads: it goes on, and says which cell it could not read
    const rep = await runCli(['--lang', 'vi', 'report', odd, '--json']);
    expect(rep.code).toBe(0);
    expect(rep.err).toContain('ô H5');
  });
});

describe('returned files', () => {
  it('refuses a file of another plan, and writes nothing', async () => {
    const other = path.join(dir, 'other');
    expect(
      (
        await runCli([
          'build',
          path.join(PLANS, 'ke-hoach-thang-2015.txt'),
          '-o',
          path.join(other, 'b.xlsx'),
        ])
      ).code,
    ).toBe(0);
    expect((await runCli(['split', path.join(other, 'b.xlsx'), '-o', other])).code).toBe(0);
    const foreign = fs.readdirSync(other).find((f) => f.startsWith('BTV-')) as string;
    const out = path.join(dir, 'foreign-out.xlsx');
    const r = await runCli([
      '--lang',
      'vi',
      'consolidate',
      book,
      path.join(other, foreign),
      '-o',
      out,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^Lỗi \(tệp BTV-ban-thuong-vu-tinh-doan\.xlsx\): Tệp gửi lại thuộc kế hoạch khác \(KH-[0-9a-f]{8}\), không phải kế hoạch của sổ này \(KH-[0-9a-f]{8}\); không gộp\./m,
    );
    expect(r.err).toContain('Không gộp được tệp nào; không ghi tệp kết quả.');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a whole book sent back as if it were a unit file', async () => {
    const out = path.join(dir, 'book-as-unit.xlsx');
    const r = await runCli(['--lang', 'en', 'consolidate', book, book, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'This file is a whole tracking workbook, not a file the office sent to one unit; it was not merged.',
    );
  });

  it("rejects a row whose unit was changed to another unit's, and keeps that unit's entry", async () => {
    const f = path.join(dir, 'units-tamper');
    fs.cpSync(units, f, { recursive: true });
    const file = path.join(f, 'HQ-huyen-doan-ha-quang.xlsx');
    await fillTracking(file, (row) =>
      row.index === 0 ? { unit: 'Huyện Đoàn Hạ Lang', status: 'Hoàn thành' } : null,
    );
    const out = path.join(dir, 'tamper-out.xlsx');
    const r = await runCli(['--lang', 'vi', 'consolidate', book, file, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      '(tệp HQ-huyen-doan-ha-quang.xlsx, trang tính "Theo dõi", ô A2): Hàng của đơn vị "Huyện Đoàn Hạ Lang" trong tệp của "Huyện Đoàn Hà Quảng": mỗi đơn vị chỉ được sửa hàng của mình; hàng này bị từ chối.',
    );
    expect(await readEntry(out, '2014-Q1-01', 'Huyện Đoàn Hạ Lang')).toMatchObject({
      status: 'Chưa thực hiện',
    });
  });

  it('rejects an invalid date and a cell over 32,767 characters, keeping the old values', async () => {
    const f = path.join(dir, 'units-bad-cells');
    fs.cpSync(units, f, { recursive: true });
    const file = path.join(f, 'TA-huyen-doan-thach-an.xlsx');
    await fillTracking(file, (row) =>
      row.index === 0
        ? { status: 'Hoàn thành', doneDate: '32/13/2014' }
        : row.index === 1
          ? { status: 'Đang thực hiện', evidence: 'x'.repeat(40_000) }
          : null,
    );
    const out = path.join(dir, 'bad-cells-out.xlsx');
    const r = await runCli(['--lang', 'vi', 'consolidate', book, file, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      '(tệp TA-huyen-doan-thach-an.xlsx, trang tính "Theo dõi", ô I2): Ngày "32/13/2014" không hợp lệ (cần dạng dd/mm/yyyy); giữ nguyên giá trị cũ.',
    );
    expect(r.err).toContain(
      '(tệp TA-huyen-doan-thach-an.xlsx, trang tính "Theo dõi", ô J3): Ô có 40000 ký tự, vượt giới hạn 32767 ký tự một ô của Excel',
    );
    // status and date go together: a done row with a date that cannot be read is not taken
    const first = await readEntry(out, '2014-Q1-01', 'Huyện Đoàn Thạch An');
    expect(first).toMatchObject({ status: 'Chưa thực hiện', done: null });
    const second = await readEntry(out, '2014-Q1-02', 'Huyện Đoàn Thạch An');
    expect(second).toMatchObject({ status: 'Đang thực hiện', evidence: null });
  });

  it('takes the result of a formula typed in a cell, and says so', async () => {
    const f = path.join(dir, 'units-formula');
    fs.cpSync(units, f, { recursive: true });
    const file = path.join(f, 'NB-huyen-doan-nguyen-binh.xlsx');
    await fillTracking(file, () => null);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    (wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet).getCell('J2').value = {
      formula: '"Số "&"12-BC"',
      result: 'Số 12-BC',
    };
    await wb.xlsx.writeFile(file);
    const out = path.join(dir, 'formula-out.xlsx');
    const r = await runCli(['--lang', 'vi', 'consolidate', book, file, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'ô J2): Ô chứa công thức "="Số "&"12-BC""; chỉ lấy kết quả, không lấy công thức.',
    );
    expect(await readEntry(out, '2014-Q1-01', 'Huyện Đoàn Nguyên Bình')).toMatchObject({
      evidence: 'Số 12-BC',
    });
  });
});

describe('text that looks like a formula', () => {
  it('is written as text, from a plan and from a returned file', async () => {
    const text = fs
      .readFileSync(SAMPLE, 'utf8')
      .replace('Tổng kết công tác thi đua, khen thưởng năm 2013.', '=SUM(A1:A9) tổng kết')
      .replace(
        'Xây dựng kế hoạch thực hiện công tác Thi đua, Khen thưởng năm 2014.',
        '+84 912 345 678 @đầu mối',
      );
    const plan = path.join(dir, 'formula-plan.txt');
    fs.writeFileSync(plan, text);
    const out = path.join(dir, 'formula-plan.xlsx');
    expect((await runCli(['build', plan, '-o', out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let seen = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (
            typeof v === 'string' &&
            (v.startsWith('=SUM') || v.startsWith('+84') || v.startsWith('- '))
          )
            seen++;
          if (ws.name === 'Theo dõi' || ws.name === 'Kế hoạch')
            expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        }),
      ),
    );
    expect(seen).toBeGreaterThan(20);
  });
});

describe('a plan cell over the limit of a spreadsheet cell', () => {
  it('is refused before anything is written, naming sheet and cell', async () => {
    const text = fs
      .readFileSync(SAMPLE, 'utf8')
      .replace('Tổng kết công tác thi đua, khen thưởng năm 2013.', 'a'.repeat(33_000));
    const plan = path.join(dir, 'long-plan.txt');
    fs.writeFileSync(plan, text);
    const out = path.join(dir, 'long-plan.xlsx');
    const r = await runCli(['--lang', 'en', 'build', plan, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /Error \(file long-plan\.xlsx, sheet "Kế hoạch", cell B16\): The cell holds 33000 characters, over Excel's limit of 32767 a cell; it was not written\./,
    );
    expect(r.err.match(/sheet "Theo dõi"/g)).toHaveLength(3);
    expect(fs.existsSync(out)).toBe(false);
  });
});
