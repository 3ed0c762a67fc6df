/**
 * No entry is ever lost (issue 9), on real files through the command line: rows the office
 * copied, columns it added, returned files with merged cells, error values or formulas without
 * results, another plan, a unit's file given as the book, a unit posing as another, odd dates,
 * swapped codes and deleted rows. Each case: the exact message in Vietnamese and English, the
 * exit code, every input file unchanged, and every earlier entry still in `Theo dõi` or `Lưu trữ`.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import ExcelJS from 'exceljs';
import { edit, entriesOf, hash, lostEntries, rowsByHeader } from '../helpers/book-files';
import { runCli } from '../helpers/cli';
import { day, fillTracking } from '../helpers/fill';
import { outputDir, PLANS, SAMPLE } from '../helpers/paths';

const dir = outputDir('entries-kept');
const built = path.join(dir, 'built.xlsx');
const book = path.join(dir, 'book.xlsx');
const firstUnits = path.join(dir, 'units-1');
const units = path.join(dir, 'units');
const HA_FILE = 'HA-huyen-doan-hoa-an.xlsx';
const HA = 'Huyện Đoàn Hòa An';

/** Every input of a command, with its hash before it ran. */
function inputs(...files: string[]): () => void {
  const before = files.map((f) => [f, hash(f)] as const);
  return () => {
    for (const [f, h] of before) expect([f, hash(f)]).toEqual([f, h]);
  };
}

/** The rows of `Theo dõi` of a file, with their sheet row numbers. */
async function tracking(file: string): Promise<(Record<string, unknown> & { row: number })[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return rowsByHeader(wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet).map((o, i) => ({
    ...o,
    row: i + 2,
  }));
}

async function haRows(file: string) {
  return (await tracking(file)).filter((r) => r['Đơn vị'] === HA);
}

function copyOf(name: string, src: string = path.join(units, HA_FILE)): string {
  const f = path.join(dir, name);
  fs.copyFileSync(src, f);
  return f;
}

beforeAll(async () => {
  expect((await runCli(['build', SAMPLE, '-o', built, '--as-of', '30/06/2014'])).code).toBe(0);
  expect((await runCli(['split', built, '-o', firstUnits])).code).toBe(0);
  await fillTracking(path.join(firstUnits, HA_FILE), (row) =>
    row.index === 0
      ? { status: 'Hoàn thành', doneDate: day('2014-03-20'), evidence: 'QĐ 12' }
      : row.index === 1
        ? { status: 'Đang thực hiện', note: 'đang tổng hợp' }
        : row.index === 2
          ? { status: 'Hoàn thành', doneDate: day('2014-05-02') }
          : null,
  );
  const merged = await runCli(['consolidate', built, path.join(firstUnits, HA_FILE), '-o', book]);
  expect(merged.code).toBe(0);
  expect((await runCli(['split', book, '-o', units])).code).toBe(0);
}, 120_000);

describe('a row the office copied in Theo dõi', () => {
  it('is merged when the copy is the same, logged, and counted once by the report', async () => {
    const dup = await edit(book, path.join(dir, 'dup-same.xlsx'), (wb) => {
      const ws = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
      const at = (ws.getColumn(5).values as unknown[]).findIndex((v) => v === HA);
      ws.addRow((ws.getRow(at).values as unknown[]).slice(1));
    });
    const unchanged = inputs(dup, SAMPLE);
    const report = await runCli(['report', dup, '--json']);
    expect(report.code).toBe(0);
    const ha = JSON.parse(report.out).units.find((u: { code: string }) => u.code === 'HA');
    expect(ha).toMatchObject({ assigned: 20, done: 2 });
    expect(report.err).toBe(
      'Lưu ý (tệp dup-same.xlsx, trang tính "Theo dõi", ô A202): Công việc 2014-Q1-01 của "Huyện Đoàn Hòa An" có ở 2 hàng giống nhau (hàng 202, 412); chỉ tính một lần và gộp thành hàng 202 khi ghi lại sổ (ghi vào "Nhật ký").\n' +
        '  Note (file dup-same.xlsx, sheet "Theo dõi", cell A202): Task 2014-Q1-01 of "Huyện Đoàn Hòa An" is on 2 identical rows (rows 202, 412); counted once, and merged into row 202 when the book is rewritten (logged on "Nhật ký").\n',
    );
    const out = path.join(dir, 'dup-same-out.xlsx');
    const r = await runCli(['update', dup, SAMPLE, '-o', out]);
    expect(r.code).toBe(0);
    expect((await haRows(out)).filter((x) => x['Mã CV'] === '2014-Q1-01')).toHaveLength(1);
    const log = new ExcelJS.Workbook();
    await log.xlsx.readFile(out);
    const merges = rowsByHeader(log.getWorksheet('Nhật ký') as ExcelJS.Worksheet).filter(
      (e) => e['Nguồn'] === 'Theo dõi',
    );
    expect(merges).toEqual([
      expect.objectContaining({
        'Đơn vị': 'HA',
        'Mã CV': '2014-Q1-01',
        'Nội dung': 'Hàng theo dõi',
        'Giá trị cũ': 'hàng 202, 412',
        'Giá trị mới': 'hàng 202',
      }),
    ]);
    expect(await lostEntries(dup, out)).toEqual([]);
    unchanged();
  });

  it('is refused by every rewrite when the copies differ, naming both rows and the fields', async () => {
    const dup = await edit(book, path.join(dir, 'dup-differ.xlsx'), (wb) => {
      const ws = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
      const at = (ws.getColumn(5).values as unknown[]).findIndex((v) => v === HA);
      const copy = ws.addRow((ws.getRow(at).values as unknown[]).slice(1));
      copy.getCell(8).value = 'Đang thực hiện';
      copy.getCell(9).value = null;
    });
    const unchanged = inputs(dup, SAMPLE);
    const out = path.join(dir, 'dup-differ-out.xlsx');
    const vi =
      'Lỗi (tệp dup-differ.xlsx, trang tính "Theo dõi", ô A202): Công việc 2014-Q1-01 của "Huyện Đoàn Hòa An" có ở 2 hàng (hàng 202, 412) với nội dung khác nhau ("Trạng thái", "Ngày hoàn thành"). Hãy xoá hàng thừa; trong lúc chờ, sổ không được ghi lại và báo cáo chỉ tính hàng 202.\n';
    const en =
      'Error (file dup-differ.xlsx, sheet "Theo dõi", cell A202): Task 2014-Q1-01 of "Huyện Đoàn Hòa An" is on 2 rows (rows 202, 412) that differ ("Trạng thái", "Ngày hoàn thành"). Delete the extra row; until then the book is not rewritten and the report counts row 202 only.\n';
    for (const args of [
      ['update', dup, SAMPLE, '-o', out],
      ['consolidate', dup, path.join(units, HA_FILE), '-o', out],
      ['split', dup, '-o', path.join(dir, 'dup-differ-units')],
    ]) {
      const vr = await runCli(['--lang', 'vi', ...args]);
      expect([vr.code, vr.err]).toEqual([2, vi]);
      const er = await runCli(['--lang', 'en', ...args]);
      expect([er.code, er.err]).toEqual([2, en]);
    }
    expect(fs.existsSync(out)).toBe(false);
    // reading only: the first row is counted, once
    const report = await runCli(['report', dup, '--json']);
    expect(report.code).toBe(0);
    const ha = JSON.parse(report.out).units.find((u: { code: string }) => u.code === 'HA');
    expect(ha).toMatchObject({ assigned: 20, done: 2 });
    unchanged();
  });
});

describe('columns the office added to Theo dõi', () => {
  let extra: string;
  beforeAll(async () => {
    extra = await edit(book, path.join(dir, 'extra-columns.xlsx'), (wb) => {
      const ws = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
      // between "Đơn vị" and "Vai trò", and after the last column
      ws.spliceColumns(6, 0, ['Người phụ trách']);
      for (let r = 2; r <= ws.rowCount; r++) {
        ws.getRow(r).getCell(6).value = r % 2 === 0 ? `Cán bộ ${r}` : null;
        ws.getRow(r).getCell(13).value = r === 202 ? 'Đã nhắc' : null;
      }
      ws.getCell('M1').value = 'Ghi chú VP';
    });
  });

  it('keeps them, in place and with their values, through update, consolidate and split', async () => {
    const unchanged = inputs(extra, SAMPLE);
    const before = await tracking(extra);
    const updated = path.join(dir, 'extra-updated.xlsx');
    expect((await runCli(['update', extra, SAMPLE, '-o', updated])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(updated);
    const header = (wb.getWorksheet('Theo dõi')!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
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
      'Ghi chú VP',
    ]);
    const key = (o: Record<string, unknown>) => `${o['Mã CV']}|${o['Đơn vị']}`;
    const extrasOf = (rows: Record<string, unknown>[]) =>
      new Map(rows.map((o) => [key(o), [o['Người phụ trách'], o['Ghi chú VP']]]));
    expect(extrasOf(await tracking(updated))).toEqual(extrasOf(before));
    // the report's formulas count the status column where it now is
    const report = wb.getWorksheet('Báo cáo')!;
    const formulas: string[] = [];
    report.eachRow((row) => row.eachCell((c) => c.formula && formulas.push(c.formula)));
    expect(formulas.some((f) => f.includes(`'Theo dõi'!$I$2:$I$411="Hoàn thành"`))).toBe(true);
    expect(formulas.some((f) => f.includes(`'Theo dõi'!$H$2:$H$411="Hoàn thành"`))).toBe(false);
    expect((await runCli(['report', updated, '--json'])).out).toBe(
      (await runCli(['report', book, '--json'])).out,
    );

    const ret = copyOf('extra-HA.xlsx');
    await fillTracking(ret, (row) =>
      row.index === 4 ? { status: 'Hoàn thành', doneDate: day('2014-06-01') } : null,
    );
    const merged = path.join(dir, 'extra-merged.xlsx');
    expect((await runCli(['consolidate', updated, ret, '-o', merged])).code).toBe(0);
    expect(extrasOf(await tracking(merged))).toEqual(extrasOf(before));
    expect(await lostEntries(extra, merged)).toEqual([]);

    const split = path.join(dir, 'extra-units');
    expect((await runCli(['split', merged, '-o', split])).code).toBe(0);
    const unit = new ExcelJS.Workbook();
    await unit.xlsx.readFile(path.join(split, HA_FILE));
    expect(unit.getWorksheet('Theo dõi')!.getRow(1).cellCount).toBe(11);
    unchanged();
  });
});

describe('a returned file whose input cells cannot be taken', () => {
  it('refuses merged cells, error values and formulas without results, by cell, and the book keeps its values', async () => {
    const f = copyOf('bad-cells-HA.xlsx');
    await edit(f, f, (wb) => {
      const ws = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
      ws.getCell('H2').value = 'Chưa thực hiện';
      ws.mergeCells('H2:I2');
      ws.getCell('J3').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      ws.getCell('H4').value = { formula: 'IF(1,"Hoàn thành","")' } as ExcelJS.CellFormulaValue;
      ws.getCell('K5').value = '#N/A';
    });
    const unchanged = inputs(book, f);
    const before = await haRows(book);
    const out = path.join(dir, 'bad-cells-out.xlsx');
    const r = await runCli(['consolidate', book, f, '-o', out]);
    expect(r.code).toBe(0);
    const at = (cell: string) => `(tệp bad-cells-HA.xlsx, trang tính "Theo dõi", ô ${cell})`;
    const atEn = (cell: string) => `(file bad-cells-HA.xlsx, sheet "Theo dõi", cell ${cell})`;
    expect(r.err).toContain(
      `Lưu ý ${at('H2')}: Ô nằm trong vùng gộp ô H2:I2: không lấy được giá trị; sổ giữ giá trị cũ. Hãy bỏ gộp ô (Unmerge) rồi gửi lại.\n` +
        `  Note ${atEn('H2')}: The cell is part of the merged cells H2:I2: its value cannot be taken, and the book keeps its own. Unmerge the cells and send the file again.\n`,
    );
    expect(r.err).toContain(
      `Lưu ý ${at('J3')}: Ô chứa lỗi #REF!: không lấy giá trị này; sổ giữ giá trị cũ.\n` +
        `  Note ${atEn('J3')}: The cell holds the error #REF!: it is not taken, and the book keeps its own value.\n`,
    );
    expect(r.err).toContain(
      `Lưu ý ${at('H4')}: Ô chứa công thức "=IF(1,"Hoàn thành","")" nhưng chưa có kết quả (tệp chưa được tính lại): không lấy giá trị; sổ giữ giá trị cũ. Hãy nhập giá trị thay cho công thức.\n`,
    );
    expect(r.err).toContain(`Note ${atEn('K5')}: The cell holds the error #N/A`);
    const after = await haRows(out);
    expect(after.slice(0, 4)).toEqual(before.slice(0, 4));
    expect(await lostEntries(book, out)).toEqual([]);
    unchanged();
  });
});

describe('an amended plan of another year or office', () => {
  it('is refused, naming both plans, unless --force', async () => {
    const other = path.join(PLANS, 'ke-hoach-thang-2015.txt');
    const unchanged = inputs(book, other);
    const out = path.join(dir, 'other-plan.xlsx');
    const vr = await runCli(['--lang', 'vi', 'update', book, other, '-o', out]);
    expect(vr.code).toBe(2);
    expect(vr.err).toMatch(
      /^Lỗi \(tệp ke-hoach-thang-2015\.txt\): Kế hoạch mới \((.+)\) không phải kế hoạch của sổ \(73-KH\/TĐTN-VP · BCH ĐOÀN TỈNH CAO BẰNG · 2014\): khác số, năm hoặc cơ quan ban hành\. Áp dụng sẽ chuyển các mục đã nhập sang kế hoạch khác; không áp dụng\. Nếu đây đúng là kế hoạch sửa đổi của sổ, hãy dùng --force \(hoặc xác nhận\)\.\n$/,
    );
    const er = await runCli(['--lang', 'en', 'update', book, other, '-o', out]);
    expect(er.code).toBe(2);
    expect(er.err).toContain(
      "is not the book's plan (73-KH/TĐTN-VP · BCH ĐOÀN TỈNH CAO BẰNG · 2014): its number, year or issuer differs. Applying it would move the entries onto another plan's tasks; it was not applied. If it really amends the book's plan, use --force (or confirm).",
    );
    expect(fs.existsSync(out)).toBe(false);
    const forced = await runCli(['update', book, other, '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(await lostEntries(book, out)).toEqual([]);
    unchanged();
  });

  it('goes ahead when only the content changed', async () => {
    const amended = path.join(dir, 'amended.txt');
    fs.writeFileSync(
      amended,
      fs
        .readFileSync(SAMPLE, 'utf8')
        .replace('Tổng kết công tác thi đua', 'Tổng kết công tác Thi đua'),
    );
    const r = await runCli(['update', book, amended, '-o', path.join(dir, 'amended.xlsx')]);
    expect(r.code).toBe(0);
  });
});

describe("a unit's file given where the book is expected", () => {
  it('is refused by every command, naming the unit', async () => {
    const f = path.join(units, HA_FILE);
    const unchanged = inputs(f);
    const vi =
      'Lỗi (tệp HA-huyen-doan-hoa-an.xlsx): Tệp này là tệp của đơn vị "Huyện Đoàn Hòa An" (văn phòng gửi cho đơn vị), không phải sổ theo dõi của văn phòng. Hãy dùng sổ theo dõi; tệp đơn vị gửi lại thì gộp vào sổ.\n';
    const en =
      'Error (file HA-huyen-doan-hoa-an.xlsx): This file is the unit file of "Huyện Đoàn Hòa An" (sent by the office to the unit), not the office\'s tracking book. Use the tracking book; merge returned unit files into it.\n';
    const out = path.join(dir, 'unit-as-book.xlsx');
    for (const args of [
      ['report', f],
      ['update', f, SAMPLE, '-o', out],
      ['split', f, '-o', path.join(dir, 'unit-as-book')],
      ['consolidate', f, f, '-o', out],
    ]) {
      const r = await runCli(args);
      expect([r.code, r.err]).toEqual([2, vi + '  ' + en]);
    }
    expect(fs.existsSync(out)).toBe(false);
    unchanged();
  });
});

/** Sets keys of a file's hidden `_ThiDua` sheet; a value of null removes the key. */
async function editIdentity(file: string, keys: Record<string, string | null>): Promise<void> {
  await edit(file, file, (wb) => {
    const ws = wb.getWorksheet('_ThiDua') as ExcelJS.Worksheet;
    for (let r = ws.rowCount; r >= 1; r--) {
      const k = String(ws.getCell(r, 1).value ?? '');
      if (!(k in keys)) continue;
      if (keys[k] === null) ws.spliceRows(r, 1);
      else ws.getCell(r, 2).value = keys[k];
    }
  });
}

/** A unit's file made over to look like another unit's: its identity, units sheet and rows. */
async function poseAs(file: string, code: string, name: string): Promise<void> {
  await editIdentity(file, { unitCode: code });
  await edit(file, file, (wb) => {
    const u = wb.getWorksheet('Đơn vị') as ExcelJS.Worksheet;
    u.getCell('A2').value = code;
    u.getCell('B2').value = name;
    const t = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
    for (let r = 2; r <= t.rowCount; r++) if (t.getCell(r, 5).value) t.getCell(r, 5).value = name;
  });
  await fillTracking(file, (row) =>
    row.index === 0 ? { status: 'Không thực hiện', note: 'sửa hộ' } : null,
  );
}

describe("a unit editing its file's identity to pose as another unit", () => {
  it("is refused: the file says it is the other unit's, but was issued to this one", async () => {
    const f = copyOf('forged.xlsx');
    await poseAs(f, 'TA', 'Huyện Đoàn Thạch An');
    const unchanged = inputs(book, f);
    const out = path.join(dir, 'forged-out.xlsx');
    const r = await runCli(['consolidate', book, f, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Lỗi (tệp forged.xlsx): Thông tin nhận dạng của tệp đã bị sửa: tệp ghi là của "Huyện Đoàn Thạch An" nhưng văn phòng đã gửi tệp này cho "Huyện Đoàn Hòa An"; không gộp.\n' +
        '  Error (file forged.xlsx): The file\'s identity was altered: it says it is the file of "Huyện Đoàn Thạch An", but the office issued it to "Huyện Đoàn Hòa An"; it was not merged.\n' +
        'Không gộp được tệp nào; không ghi tệp kết quả.\n  No file could be merged; no output was written.\n',
    );
    expect(fs.existsSync(out)).toBe(false);
    unchanged();
  });

  it('is refused when the seal was removed or cannot be verified', async () => {
    const f = copyOf('unsealed.xlsx');
    await poseAs(f, 'TA', 'Huyện Đoàn Thạch An');
    await editIdentity(f, { seal: null });
    const r = await runCli([
      '--lang',
      'en',
      'consolidate',
      book,
      f,
      '-o',
      path.join(dir, 'x.xlsx'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'Error (file unsealed.xlsx): The file\'s identity was altered or cannot be verified: it says it is the file of "Huyện Đoàn Thạch An", but it is not a file the office issued to that unit; it was not merged.',
    );
  });

  it('accepts, with a warning, files of a book made before books had a key; the book gets one', async () => {
    const legacy = copyOf('legacy.xlsx', book);
    await editIdentity(legacy, { secret: null, secretSince: null });
    const legacyUnits = path.join(dir, 'legacy-units');
    expect((await runCli(['split', legacy, '-o', legacyUnits])).code).toBe(0);
    const f = path.join(legacyUnits, HA_FILE);
    await fillTracking(f, (row) => (row.index === 5 ? { status: 'Đang thực hiện' } : null));
    const out = path.join(dir, 'legacy-out.xlsx');
    const r = await runCli(['--lang', 'vi', 'consolidate', legacy, f, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'Lưu ý (tệp HA-huyen-doan-hoa-an.xlsx): Tệp của "Huyện Đoàn Hòa An" được tạo trước khi sổ có khoá xác thực nên không kiểm tra được đơn vị gửi; vẫn gộp. Hãy chắc chắn tệp do đúng đơn vị này gửi.',
    );
    // the book has a key now: a forged file of its next split is refused
    const next = path.join(dir, 'legacy-next');
    expect((await runCli(['split', out, '-o', next])).code).toBe(0);
    const forged = copyOf('legacy-forged.xlsx', path.join(next, HA_FILE));
    await poseAs(forged, 'TA', 'Huyện Đoàn Thạch An');
    expect((await runCli(['consolidate', out, forged, '-o', path.join(dir, 'y.xlsx')])).code).toBe(
      2,
    );
  });
});

describe('odd dates and statuses in a returned file', () => {
  it('are named by cell; a blank status never undoes a done row', async () => {
    const f = copyOf('dates-HA.xlsx');
    await fillTracking(f, (row) =>
      row.index === 0
        ? { status: '', doneDate: '' }
        : row.index === 3
          ? { status: 'Hoàn thành', doneDate: day('2099-01-01') }
          : row.index === 4
            ? { status: 'Chưa thực hiện', doneDate: day('2014-04-01') }
            : row.index === 5
              ? { status: 'Hoàn thành', doneDate: '45321' }
              : row.index === 6
                ? { status: 'Hoàn thành', doneDate: day('1990-05-05') }
                : row.index === 7
                  ? { status: 'Hoàn thành', doneDate: day('2014-12-20') }
                  : null,
    );
    const unchanged = inputs(book, f);
    const out = path.join(dir, 'dates-out.xlsx');
    const r = await runCli(['--lang', 'vi', 'consolidate', book, f, '-o', out]);
    expect(r.code).toBe(0);
    const at = (cell: string) => `Lưu ý (tệp dates-HA.xlsx, trang tính "Theo dõi", ô ${cell}): `;
    const lines = r.err.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        `${at('I5')}Ngày hoàn thành 01/01/2099 không thuộc năm của kế hoạch (2014); hãy kiểm tra lại.`,
        `${at('I6')}Trạng thái "Chưa thực hiện" nhưng có ngày hoàn thành 01/04/2014; chỉ hàng "Hoàn thành" mới có ngày hoàn thành.`,
        `${at('I7')}Ngày "45321" là một số (số sê-ri 30/01/2024?), không phải ngày dạng dd/mm/yyyy; giữ nguyên giá trị cũ. Hãy gõ lại ngày.`,
        `${at('I8')}Ngày hoàn thành 05/05/1990 không thuộc năm của kế hoạch (2014); hãy kiểm tra lại.`,
        `${at('I9')}Ngày hoàn thành 20/12/2014 chưa tới (sau cả ngày báo cáo và hôm nay, 15/07/2014); hãy kiểm tra lại.`,
        `${at('H2')}Ô trạng thái để trống trên hàng sổ đã ghi "Hoàn thành" (ngày 20/03/2014); sổ giữ "Hoàn thành". Nếu công việc chưa xong, hãy chọn "Chưa thực hiện".`,
      ]),
    );
    const rows = await haRows(out);
    expect(rows[0]).toMatchObject({ 'Trạng thái': 'Hoàn thành', 'Ngày hoàn thành': '2014-03-20' });
    // the typed serial is refused with its status: the row stays as it was
    expect(rows[5]).toMatchObject({ 'Trạng thái': 'Chưa thực hiện', 'Ngày hoàn thành': null });
    expect(await lostEntries(book, out)).toEqual([]);
    unchanged();
  });
});

describe('codes of Theo dõi swapped between rows', () => {
  it('are refused in the book, by cell, before anything is rewritten', async () => {
    const swapped = await edit(book, path.join(dir, 'swapped.xlsx'), (wb) => {
      const ws = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
      const a = ws.getCell('A202').value;
      ws.getCell('A202').value = ws.getCell('A203').value;
      ws.getCell('A203').value = a;
    });
    const unchanged = inputs(swapped, SAMPLE);
    const r = await runCli(['update', swapped, SAMPLE, '-o', path.join(dir, 'swapped-out.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').slice(0, 2)).toEqual([
      'Lỗi (tệp swapped.xlsx, trang tính "Theo dõi", ô A202): Mã CV 2014-Q1-02 không khớp với hàng: cột "Nội dung công việc" ghi "Tổng kết công tác thi đua, khen thưởng năm 2013.", trong khi công việc 2014-Q1-02 là "Chỉ đạo đẩy mạnh các phong trào thi đua thực hiện các chủ đề công tác tháng 01, 02, 3/2014 theo kế hoạch thực hiện Năm thanh niên tình nguyện 2014.". Có thể mã đã bị đổi hoặc tráo với hàng khác; hãy sửa lại đúng mã.',
      '  Error (file swapped.xlsx, sheet "Theo dõi", cell A202): The task code 2014-Q1-02 does not match its row: the "Nội dung công việc" column says "Tổng kết công tác thi đua, khen thưởng năm 2013.", while task 2014-Q1-02 is "Chỉ đạo đẩy mạnh các phong trào thi đua thực hiện các chủ đề công tác tháng 01, 02, 3/2014 theo kế hoạch thực hiện Năm thanh niên tình nguyện 2014.". The code may have been changed or swapped with another row\'s; correct it.',
    ]);
    unchanged();
  });

  it('in a returned file, have those rows refused and the book keeps their entries', async () => {
    const f = copyOf('swapped-HA.xlsx');
    await edit(f, f, (wb) => {
      const ws = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
      const a = ws.getCell('A2').value;
      ws.getCell('A2').value = ws.getCell('A3').value;
      ws.getCell('A3').value = a;
    });
    const out = path.join(dir, 'swapped-HA-out.xlsx');
    const r = await runCli(['--lang', 'en', 'consolidate', book, f, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'Note (file swapped-HA.xlsx, sheet "Theo dõi", cell A2): The task code 2014-Q1-02 does not match its row',
    );
    expect((await haRows(out)).slice(0, 3)).toEqual((await haRows(book)).slice(0, 3));
  });
});

describe('a row deleted from Theo dõi by hand', () => {
  it('has its entry kept on Lưu trữ at the next rewrite, with a note', async () => {
    const cut = await edit(book, path.join(dir, 'deleted.xlsx'), (wb) => {
      (wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet).spliceRows(202, 1);
    });
    // a rewrite that does not bring the row back (update does, with its entry: returns-misused)
    const other = path.join(units, 'BLAC-huyen-doan-bao-lac.xlsx');
    const unchanged = inputs(cut, other);
    const out = path.join(dir, 'deleted-out.xlsx');
    const r = await runCli(['consolidate', cut, other, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'Lưu ý (tệp deleted.xlsx, trang tính "Theo dõi"): Hàng của công việc 2014-Q1-01, đơn vị "Huyện Đoàn Hòa An" (đã nhập: Hoàn thành, 20/03/2014, QĐ 12) không còn ở trang "Theo dõi" (bị xoá?); mục đã nhập được giữ ở trang "Lưu trữ" khi ghi lại sổ.\n',
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
    expect(await lostEntries(book, out)).toEqual([]);
    unchanged();
  });
});

describe('a book whose hidden identity sheet was damaged', () => {
  it('says which cell of which sheet to restore', async () => {
    const broken = copyOf('broken-meta.xlsx', book);
    await editIdentity(broken, { 'plan.0': '{"document": ' });
    const r = await runCli(['report', broken]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^Lỗi \(tệp broken-meta\.xlsx, trang tính "_ThiDua", ô B\d+\): Thông tin ẩn của sổ bị hỏng \(plan\.0\)\. Hãy dùng bản sao gốc của tệp\.\n {2}Error \(file broken-meta\.xlsx, sheet "_ThiDua", cell B\d+\): /,
    );
  });
});

/**
 * The JSON on `_ThiDua` as versions before packing wrote it: each packed value of `file`
 * replaced by its plain JSON, in one cell (the reader joins pieces the same either way).
 */
async function unpackIdentity(file: string, out: string): Promise<void> {
  await edit(file, out, (wb) => {
    const ws = wb.getWorksheet('_ThiDua') as ExcelJS.Worksheet;
    const groups = new Map<string, { rows: number[]; text: string }>();
    for (let r = 1; r <= ws.rowCount; r++) {
      const m = /^([a-z]+)\.(\d+)$/.exec(String(ws.getCell(r, 1).value ?? ''));
      if (!m) continue;
      const g = groups.get(m[1]!) ?? { rows: [], text: '' };
      g.rows.push(r);
      g.text += String(ws.getCell(r, 2).value ?? '');
      groups.set(m[1]!, g);
    }
    expect(groups.has('plan')).toBe(true);
    for (const { rows, text } of groups.values()) {
      const [, length, data] = /^deflate;(\d+);(.*)$/s.exec(text) ?? [];
      expect(length).toBeDefined();
      // fflate's deflateSync writes raw DEFLATE
      const json = zlib.inflateRawSync(Buffer.from(data!, 'base64'));
      expect(json.length).toBe(Number(length));
      ws.getCell(rows[0]!, 2).value = json.toString('utf8');
      for (const r of rows.slice(1).reverse()) ws.spliceRows(r, 1);
    }
  });
}

describe('books and unit files written before the identity was packed', () => {
  it('read as they did: the book reports the same, and its unit file merges', async () => {
    const oldBook = path.join(dir, 'old-book.xlsx');
    const oldUnit = path.join(dir, 'old-unit.xlsx');
    await unpackIdentity(book, oldBook);
    await unpackIdentity(path.join(units, HA_FILE), oldUnit);
    await fillTracking(oldUnit, (row) =>
      row.index === 3 ? { status: 'Hoàn thành', doneDate: day('2014-06-01') } : null,
    );
    const asOf = ['--as-of', '30/06/2014'];
    const report = (f: string) => runCli(['report', f, '--json', ...asOf]);
    const [before, after] = [await report(book), await report(oldBook)];
    expect(after.code).toBe(0);
    expect(after.out).toBe(before.out);
    const out = path.join(dir, 'old-merged.xlsx');
    const merged = await runCli(['consolidate', oldBook, oldUnit, '-o', out]);
    expect(merged.err).toBe('');
    expect(merged.code).toBe(0);
    expect(await lostEntries(oldBook, out)).toEqual([]);
  });

  it('a packed value that does not unpack to its stated length is named, like damaged JSON', async () => {
    const broken = copyOf('broken-packed.xlsx', book);
    await editIdentity(broken, { 'plan.0': 'deflate;999999;S0lNSwQA' });
    const r = await runCli(['report', broken]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^Lỗi \(tệp broken-packed\.xlsx, trang tính "_ThiDua", ô B\d+\): Thông tin ẩn của sổ bị hỏng \(plan\.0\)\./,
    );
  });
});

describe('a copy of Theo dõi made by the office ("Theo dõi (2)")', () => {
  /** The book with a copy of `Theo dõi`, values only, as Excel's "Move or Copy" names it. */
  const withCopy = (name: string, dropOriginal: boolean) =>
    edit(book, path.join(dir, name), (wb) => {
      const ws = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
      const copy = wb.addWorksheet('Theo dõi (2)');
      ws.eachRow((row, r) => {
        copy.getRow(r).values = row.values as ExcelJS.CellValue[];
      });
      if (dropOriginal) wb.removeWorksheet(ws.id);
    });

  it('is never read in its place: the report says which sheet it read', async () => {
    const file = await withCopy('copy-beside.xlsx', false);
    const unchanged = inputs(file);
    const r = await runCli(['report', file, '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'Lưu ý (tệp copy-beside.xlsx): Trang tính "Theo dõi (2)" là bản sao của "Theo dõi": sổ chỉ đọc trang "Theo dõi", những gì nhập vào bản sao không được tính. Hãy chép các mục cần giữ sang "Theo dõi" rồi xoá bản sao.\n' +
        '  Note (file copy-beside.xlsx): The sheet "Theo dõi (2)" is a copy of "Theo dõi": the book reads "Theo dõi" only, and what is typed in the copy is not counted. Copy the entries to keep into "Theo dõi", then delete the copy.\n',
    );
    const ha = JSON.parse(r.out).units.find((u: { code: string }) => u.code === 'HA');
    expect(ha).toMatchObject({ assigned: 20, done: 2 });
    unchanged();
  });

  it('alone, with the original gone, is refused: rename it, nothing is written', async () => {
    const file = await withCopy('copy-only.xlsx', true);
    const unchanged = inputs(file, SAMPLE);
    const out = path.join(dir, 'copy-only-out.xlsx');
    const r = await runCli(['update', file, SAMPLE, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Lỗi (tệp copy-only.xlsx): Không có trang tính "Theo dõi", chỉ có bản sao "Theo dõi (2)". Hãy đổi tên bản sao đúng muốn giữ thành "Theo dõi" rồi làm lại.\n' +
        '  Error (file copy-only.xlsx): There is no sheet "Theo dõi", only its copy "Theo dõi (2)". Rename the copy you mean to keep to "Theo dõi", then try again.\n',
    );
    expect(fs.existsSync(out)).toBe(false);
    unchanged();
  });
});
