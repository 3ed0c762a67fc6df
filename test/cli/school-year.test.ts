/**
 * A plan of a school year and a plan laid out by topic, through the whole job on real files:
 * `thidua build`, a unit's entries typed into the book, `thidua report`. The semesters and the
 * summer have their dates, a month written without its year falls in the school year, the report
 * counts overdue and late work by them and names the school year, a completion date is checked
 * against the school year; the plan's sheet shows the topic headings the tasks stand under.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import { day, fillTracking } from '../helpers/fill';
import { fixtureSource, unitsCsvOf } from '../helpers/fixture-plans';
import { outputDir } from '../helpers/paths';

const dir = outputDir('school-year');

async function build(name: string, asOf: string): Promise<string> {
  const { bytes, file } = await fixtureSource(name);
  const source = path.join(dir, file);
  fs.writeFileSync(source, bytes);
  const units = path.join(dir, `${name}.units.csv`);
  fs.writeFileSync(units, unitsCsvOf(name) as string);
  const out = path.join(dir, `${name}.xlsx`);
  const run = await runCli(['build', source, '--units', units, '-o', out, '--as-of', asOf]);
  expect(run.code).toBe(0);
  return out;
}

async function sheetRows(file: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no ${sheet}`);
  const out: string[] = [];
  ws.eachRow((row) => {
    const texts = (row.values as unknown[])
      .slice(1)
      .filter((v) => v !== null && v !== undefined && v !== '')
      .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
      // a merged cell gives its value in each cell it covers
      .filter((v, k, all) => k === 0 || v !== all[k - 1]);
    out.push(texts.join(' | '));
  });
  return out;
}

describe('a plan of the school year 2023 – 2024 (THPT Nguyễn Du)', () => {
  const name = 'ke-hoach-nam-hoc-2023-2024-thpt-nguyen-du';

  it('counts overdue and late work by its semesters, and checks completion dates against the school year', async () => {
    const book = await build(name, '15/02/2024');
    const deadlines = new Map<string, string>();
    await fillTracking(book, ({ taskId, unit, deadline }) => {
      deadlines.set(`${taskId} ${unit}`, deadline?.toISOString().slice(0, 10) ?? '');
      // done in September and in January of the school year, and once late, after it
      if (taskId === '2023-2024-S1-01')
        return { status: 'Hoàn thành', doneDate: day('2023-09-20') };
      if (taskId === '2023-2024-S1-04')
        return { status: 'Hoàn thành', doneDate: day('2024-01-10') };
      if (taskId === '2023-2024-S1-02' && unit === 'Chi đoàn 10A1')
        return { status: 'Hoàn thành', doneDate: day('2024-11-05') };
      return null;
    });
    expect(Object.fromEntries(deadlines)).toEqual({
      '2023-2024-S1-01 Ban Chấp hành Đoàn trường': '2023-09-30',
      '2023-2024-S1-02 Chi đoàn 10A1': '2023-10-31',
      '2023-2024-S1-02 Chi đoàn 10A2': '2023-10-31',
      '2023-2024-S1-02 Chi đoàn 11A1': '2023-10-31',
      '2023-2024-S1-02 Chi đoàn 12A1': '2023-10-31',
      '2023-2024-S1-03 Bí thư Đoàn trường': '2023-11-30',
      '2023-2024-S1-04 Ban Chấp hành Đoàn trường': '2024-01-31',
      '2023-2024-S2-05 Phó Bí thư Đoàn trường': '2024-02-29',
      '2023-2024-S2-06 Ban Chấp hành Đoàn trường': '2024-03-31',
      '2023-2024-S2-06 Chi đoàn 10A1': '2024-03-31',
      '2023-2024-S2-06 Chi đoàn 10A2': '2024-03-31',
      '2023-2024-S2-06 Chi đoàn 11A1': '2024-03-31',
      '2023-2024-S2-06 Chi đoàn 12A1': '2024-03-31',
      '2023-2024-S2-07 Ban Chấp hành Đoàn trường': '2024-05-31',
    });

    const report = await runCli(['report', book, '--json', '--as-of', '15/02/2024']);
    expect(report.code).toBe(0);
    const r = JSON.parse(report.out) as {
      overall: Record<string, number>;
      periods: { key: string; label: string; assigned: number; overdue: number; done: number }[];
    };
    expect(r.overall).toMatchObject({ assigned: 14, done: 3, late: 1, overdue: 4 });
    expect(r.periods.map((p) => [p.key, p.label, p.assigned, p.done, p.overdue])).toEqual([
      ['2023-2024-S1', 'HỌC KỲ I', 7, 3, 4],
      ['2023-2024-S2', 'HỌC KỲ II', 7, 0, 0],
      ['2024-SU', 'HÈ 2024', 0, 0, 0],
    ]);
    // a completion in November 2024 is outside the school year and its summer; the others are in it
    expect(report.err).toContain(
      'Ngày hoàn thành 05/11/2024 không thuộc năm học của kế hoạch (2023 – 2024, kể cả dịp hè); hãy kiểm tra lại.',
    );
    expect(report.err).not.toContain('20/09/2023');
    expect(report.err).not.toContain('10/01/2024');

    const summary = path.join(dir, `${name}-tong-hop.xlsx`);
    const s = await runCli(['report', book, '-o', summary, '--as-of', '15/02/2024']);
    expect(s.code).toBe(0);
    expect((await sheetRows(summary, 'Tổng hợp'))[0]).toBe(
      'BẢNG TỔNG HỢP KẾT QUẢ THI ĐUA NĂM HỌC 2023 – 2024 (dùng cho họp khối thi đua)',
    );
    expect((await sheetRows(book, 'Báo cáo'))[0]).toBe(
      'BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH THI ĐUA, KHEN THƯỞNG NĂM HỌC 2023 – 2024',
    );
  });
});

describe('a plan laid out by topic (Quảng Trị, 2024)', () => {
  it('shows each topic heading on the plan’s sheet above its tasks, in the periods their times end in', async () => {
    const book = await build('ke-hoach-2024-quang-tri-chu-de', '15/07/2024');
    const rows = await sheetRows(book, 'Kế hoạch');
    const table = rows.slice(rows.findIndex((r) => r.startsWith('Stt')));
    // the number and the first words of each row
    const shown = (r: string): string =>
      r
        .split(' | ')
        .slice(0, 2)
        .map((c) => c.split(' ').slice(0, 4).join(' '))
        .join(' | ');
    expect(table.slice(0, 22).map(shown)).toEqual([
      'Stt | Nội dung công việc',
      'I | Quý I/2024',
      'CÔNG TÁC TUYÊN TRUYỀN',
      '1 | Tuyên truyền Luật Thi',
      'CÔNG TÁC THI ĐUA',
      '3 | Phát động thi đua',
      '4 | Đăng ký thi đua,',
      'CÔNG TÁC KHEN THƯỞNG',
      '7 | Xét tặng Giải thưởng',
      'II | Quý III/2024',
      'CÔNG TÁC THI ĐUA',
      '5 | Sơ kết 6 tháng',
      'CÔNG TÁC KHEN THƯỞNG',
      '8 | Khen thưởng các tập',
      'III | Quý IV/2024',
      'CÔNG TÁC THI ĐUA',
      '6 | Kiểm tra, chấm điểm',
      'CÔNG TÁC KHEN THƯỞNG',
      '9 | Tổng hợp, thẩm định',
      'IV | Cả năm 2024',
      'CÔNG TÁC TUYÊN TRUYỀN',
      '2 | Xây dựng chuyên mục',
    ]);
  });
});
