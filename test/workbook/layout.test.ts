/** The built .xlsx as an office would check it: print setup, fonts, dropdowns, dates, protection. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unitsToCsv } from '../../shared/units/read-units';
import { CAO_BANG_2014 } from '../../shared/units/cao-bang-2014';
import { runCli } from '../helpers/cli';
import { outputDir, SAMPLE } from '../helpers/paths';

const dir = outputDir('layout');
const book = path.join(dir, 'book.xlsx');
const wb = new ExcelJS.Workbook();

beforeAll(async () => {
  expect((await runCli(['build', SAMPLE, '-o', book, '--as-of', '15/07/2014'])).code).toBe(0);
  await wb.xlsx.readFile(book);
}, 60_000);

const sheet = (name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;

describe('every visible sheet', () => {
  it('prints on A4 landscape, fitted to the page width', () => {
    const visible = wb.worksheets.filter((ws) => ws.state === 'visible');
    expect(visible.map((ws) => ws.name)).toEqual([
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
    for (const ws of visible) {
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
    }
  });

  it('repeats its header row on every printed page, and is set in Times New Roman', () => {
    expect(sheet('Theo dõi').pageSetup.printTitlesRow).toBe('1:1');
    expect(sheet('Kế hoạch').pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    expect(sheet('Theo dõi').getCell('D2').font).toMatchObject({
      name: 'Times New Roman',
      size: 12,
    });
    expect(sheet('Kế hoạch').getCell('A1').font).toMatchObject({
      name: 'Times New Roman',
      bold: true,
    });
  });

  it('keeps the identity sheet very hidden', () => {
    expect(sheet('_ThiDua').state).toBe('veryHidden');
  });
});

describe('the tracking sheet', () => {
  const ws = () => sheet('Theo dõi');

  it('has exactly the headers units fill in by, frozen at the top', () => {
    expect((ws().getRow(1).values as unknown[]).slice(1)).toEqual([
      'Mã CV',
      'Kỳ',
      'STT',
      'Nội dung công việc',
      'Đơn vị',
      'Vai trò',
      'Hạn',
      'Trạng thái',
      'Ngày hoàn thành',
      'Minh chứng',
      'Ghi chú',
    ]);
    expect(ws().views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws().autoFilter).toBe('A1:K411');
  });

  it('offers the four statuses as a dropdown over explicit ranges, and checks dates', () => {
    const v = (
      ws() as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    expect(v['H2']).toMatchObject({
      type: 'list',
      formulae: ['"Chưa thực hiện,Đang thực hiện,Hoàn thành,Không thực hiện"'],
      showErrorMessage: true,
    });
    expect(v['H411']).toEqual(v['H2']);
    expect(v['H412']).toBeUndefined();
    expect(v['I2']).toMatchObject({ type: 'date', operator: 'greaterThan' });
  });

  it('stores deadlines as real dates shown dd/mm/yyyy', () => {
    const c = ws().getCell('G2');
    expect(c.value).toEqual(new Date('2014-03-31T00:00:00.000Z'));
    expect(c.numFmt).toBe('dd/mm/yyyy');
    expect(ws().getCell('I2').numFmt).toBe('dd/mm/yyyy');
  });

  it('is protected, with only the four input columns unlocked', () => {
    expect((ws() as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(
      true,
    );
    for (const col of ['H', 'I', 'J', 'K'])
      expect(ws().getCell(`${col}2`).protection).toMatchObject({ locked: false });
    for (const col of ['A', 'D', 'E', 'G'])
      expect(ws().getCell(`${col}2`).protection?.locked).not.toBe(false);
  });
});

describe('the report sheet', () => {
  it('holds live formulas written with their values', () => {
    const ws = sheet('Báo cáo');
    let formulas = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) {
          formulas++;
          expect(cell.formula).toMatch(
            /'Theo dõi'!\$[A-K]\$2:\$[A-K]\$411|'Chấm điểm'!\$[A-Z]+\$\d+|IF\(/,
          );
        }
      }),
    );
    // 8 counts per period and the year, and per unit; the 19 ranked units' score, rank,
    // classification and proposal
    expect(formulas).toBe(5 * 8 + 24 * 8 + 19 * 4);
  });

  it('classifies units by thresholds the office can change', async () => {
    const changed = path.join(dir, 'thresholds.xlsx');
    const w = new ExcelJS.Workbook();
    await w.xlsx.readFile(book);
    const ws = w.getWorksheet('Báo cáo') as ExcelJS.Worksheet;
    let excellent = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === 'Hoàn thành xuất sắc nhiệm vụ') excellent = r;
    });
    expect(ws.getCell(`C${excellent}`).protection).toMatchObject({ locked: false });
    ws.getCell(`C${excellent}`).value = 0;
    ws.getCell(`C${excellent + 1}`).value = 0;
    ws.getCell(`C${excellent + 2}`).value = 0;
    await w.xlsx.writeFile(changed);
    const r = await runCli(['report', changed, '--json']);
    const report = JSON.parse(r.out);
    expect(report.thresholds).toEqual({ excellent: 0, good: 0, pass: 0 });
    expect(
      report.units.filter(
        (u: { classification: string | null }) => u.classification === 'excellent',
      ),
      // every unit ranked in a bloc; the office's own departments are not classified
    ).toHaveLength(19);
  });
});

describe('thidua build --units', () => {
  it('uses the directory the office gives as CSV', async () => {
    const csv = path.join(dir, 'don-vi.csv');
    const units = CAO_BANG_2014.filter((u) => !['TN', 'TL', 'QU', 'PH'].includes(u.code)).concat([
      {
        code: 'QH',
        name: 'Huyện Đoàn Quảng Hòa',
        group: 'district',
        emails: ['quanghoa@example.org'],
        aliases: ['Quảng Hòa'],
      },
    ]);
    fs.writeFileSync(csv, unitsToCsv(units));
    const out = path.join(dir, 'book-2020.xlsx');
    const r = await runCli(['build', SAMPLE, '-o', out, '--units', csv]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/cho 19 đơn vị/);
    const w = new ExcelJS.Workbook();
    await w.xlsx.readFile(out);
    const names = new Set<string>();
    (w.getWorksheet('Theo dõi') as ExcelJS.Worksheet).eachRow((row, i) => {
      if (i > 1) names.add(String(row.getCell(5).value));
    });
    expect(names.has('Huyện Đoàn Quảng Hòa')).toBe(true);
    expect(names.has('Huyện Đoàn Phục Hòa')).toBe(false);
  });

  it('names the line of a bad CSV', async () => {
    const csv = path.join(dir, 'sai.csv');
    fs.writeFileSync(csv, 'Mã,Tên đơn vị,Nhóm\nX,Đơn vị X,Cấp tỉnh\n');
    const r = await runCli([
      '--lang',
      'vi',
      'build',
      SAMPLE,
      '-o',
      path.join(dir, 'x.xlsx'),
      '--units',
      csv,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'Lỗi (tệp sai.csv, trang tính "sai.csv", ô C2): Nhóm "Cấp tỉnh" không hợp lệ',
    );
  });
});

describe('thidua report -o', () => {
  it('writes a values-only summary for bloc meetings, units by rank, A4 landscape', async () => {
    const out = path.join(dir, 'tong-hop.xlsx');
    expect((await runCli(['report', book, '-o', out])).code).toBe(0);
    const w = new ExcelJS.Workbook();
    await w.xlsx.readFile(out);
    expect(w.worksheets.map((s) => s.name)).toEqual(['Tổng hợp']);
    const ws = w.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    ws.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
    );
    expect(ws.getCell('A1').value).toMatch(/^BẢNG TỔNG HỢP KẾT QUẢ THI ĐUA NĂM 2014/);
  });
});
