/**
 * `thidua parse` and `thidua build` on plans kept as tables in a workbook (.xlsx, --sheet) or a
 * .csv/.tsv file: the plan read is the fixture's expected one, and the book built from it has
 * the periods, deadlines and unit assignments that plan implies.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { readBookXlsx } from '../../shared/xlsx/book-io';
import { runCli } from '../helpers/cli';
import { numberedPlanDocx, planWorkbook, tcvn3PlanDocx } from '../helpers/format-fixtures';
import { FORMATS } from '../helpers/format-cases';
import { outputDir } from '../helpers/paths';

const dir = outputDir('cli-formats');
const xlsx = path.join(dir, 'ke-hoach-gop-o.xlsx');
const docx = path.join(dir, 'ke-hoach-danh-so-word.docx');
const tcvn3 = path.join(dir, 'ke-hoach-tcvn3.docx');
const csv = path.join(FORMATS, 'ke-hoach-2024.csv');
const tsv = path.join(FORMATS, 'ke-hoach-2024.tsv');

const expectedPlan = (name: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(FORMATS, `${name}.expected.json`), 'utf8')).plan;

beforeAll(async () => {
  fs.writeFileSync(xlsx, await planWorkbook());
  fs.writeFileSync(docx, await numberedPlanDocx());
  fs.writeFileSync(tcvn3, await tcvn3PlanDocx());
}, 30_000);

describe('thidua parse on a workbook or a table file', () => {
  it.each([
    ['an .xlsx (the first sheet with the task header)', [xlsx], 'ke-hoach-gop-o'],
    ['an .xlsx with --sheet', [xlsx, '--sheet', 'Kế hoạch 2024'], 'ke-hoach-gop-o'],
    ['a .csv', [csv], 'ke-hoach-2024-csv'],
    ['a .tsv', [tsv], 'ke-hoach-2024-tsv'],
    ['a .docx with Word numbering', [docx], 'ke-hoach-danh-so-word'],
  ])('prints the plan of %s', async (_what, args, expected) => {
    const r = await runCli(['parse', ...args, '--json']);
    // standard error holds the account of the table's rows; standard output the plan alone
    expect(r.err).toBe(
      'Bảng công việc: đã đọc 10 hàng của 1 bảng.\n  6 công việc; 3 hàng tiêu đề kỳ; 1 hàng tiêu đề.\n',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(expectedPlan(expected));
  });

  it('refuses a sheet the workbook does not have, listing those it has', async () => {
    const r = await runCli(['--lang', 'en', 'parse', xlsx, '--sheet', 'Quý I']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'Error (file ke-hoach-gop-o.xlsx): The file has no sheet "Quý I". The file\'s sheets: "Hướng dẫn", "Kế hoạch 2024".\n',
    );
  });

  it('refuses --sheet for a file that has no sheets', async () => {
    const r = await runCli(['--lang', 'vi', 'parse', csv, '--sheet', 'Kế hoạch']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Lỗi (tệp ke-hoach-2024.csv): Đã chỉ định trang tính "Kế hoạch", nhưng tệp này không phải bảng tính .xlsx nên không có trang tính để chọn.\n',
    );
  });

  it('names the sheet and row of a problem in a workbook', async () => {
    const file = path.join(dir, 'thieu-noi-dung.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KH');
    ws.addRows([
      ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện'],
      ['I', 'Quý I/2024'],
      [1, 'Tổng kết', 'Văn phòng'],
      [2, null, 'BTV Tỉnh Đoàn'],
    ]);
    fs.writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await runCli(['--lang', 'en', 'parse', file]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'Note (file thieu-noi-dung.xlsx, sheet "KH", row 4): The row numbered "2" has no task content; the row was skipped.\n',
    );
  });
});

describe('thidua build from a workbook or a table file', () => {
  /** The book's periods, and its rows as [task, unit, role, deadline] in task order. */
  async function built(plan: string, args: string[] = []) {
    const out = path.join(dir, `${path.basename(plan)}.book.xlsx`);
    const r = await runCli(['build', plan, '-o', out, '--as-of', '01/07/2024', ...args]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const read = await readBookXlsx(new Uint8Array(fs.readFileSync(out)), { strict: true });
    if (!read.ok) throw new Error(read.problems[0]!.en);
    const book = read.value.book;
    return {
      periods: book.plan.periods.map((p) => [p.key, p.start, p.end, p.tasks.length]),
      rows: book.rows
        .map((r) => [r.taskId, r.unitCode, r.role, r.deadline])
        .sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`)),
    };
  }

  const PERIODS = [
    ['2024-Q1', '2024-01-01', '2024-03-31', 3],
    ['2024-Q2', '2024-04-01', '2024-06-30', 2],
    ['2024-Q3', '2024-07-01', '2024-09-30', 1],
  ];

  it('builds from the .xlsx: merged owners and times apply to each task they cover', async () => {
    expect(await built(xlsx, ['--sheet', 'Kế hoạch 2024'])).toEqual({
      periods: PERIODS,
      rows: [
        ['2024-Q1-01', 'VP', 'lead', '2024-01-15'],
        // owners merged down from the first task, time merged down over the third
        ['2024-Q1-02', 'VP', 'lead', '2024-03-31'],
        ['2024-Q1-03', 'TCKT', 'lead', '2024-03-31'],
        ['2024-Q1-03', 'TPCB', 'lead', '2024-03-31'],
        ['2024-Q2-01', 'BTV', 'lead', '2024-06-30'],
        ['2024-Q2-02', 'TCKT', 'lead', '2024-06-30'],
        // no time given: the end of its quarter
        ['2024-Q3-01', 'TTNTH', 'lead', '2024-09-30'],
      ],
    });
  });

  it.each([
    ['the .csv', csv],
    ['the .tsv', tsv],
  ])('builds from %s', async (_what, file) => {
    expect(await built(file)).toEqual({
      periods: PERIODS,
      rows: [
        ['2024-Q1-01', 'VP', 'lead', '2024-01-15'],
        ['2024-Q1-02', 'BTV', 'lead', '2024-03-31'],
        ['2024-Q1-03', 'TCKT', 'lead', '2024-03-31'],
        ['2024-Q1-03', 'TPCB', 'lead', '2024-03-31'],
        ['2024-Q2-01', 'BTV', 'lead', '2024-06-30'],
        ['2024-Q2-02', 'TCKT', 'lead', '2024-06-30'],
        ['2024-Q3-01', 'TTNTH', 'lead', '2024-08-31'],
      ],
    });
  });

  it('builds from the Word plan, with its printed task numbers and its merged cells', async () => {
    expect(await built(docx)).toEqual({
      periods: PERIODS,
      rows: [
        ['2024-Q1-01', 'VP', 'lead', '2024-01-15'],
        ['2024-Q1-02', 'VP', 'lead', '2024-03-31'],
        ['2024-Q1-03', 'TCKT', 'lead', '2024-03-31'],
        ['2024-Q1-03', 'TPCB', 'lead', '2024-03-31'],
        // Word's list goes on from Quý I: tasks 4 and 5
        ['2024-Q2-04', 'BTV', 'lead', '2024-06-30'],
        ['2024-Q2-05', 'TCKT', 'lead', '2024-06-30'],
        // and restarts in Quý III
        ['2024-Q3-01', 'TTNTH', 'lead', '2024-09-30'],
      ],
    });
  });

  it('builds from the converted TCVN3 .docx, its merged owner cell going to both tasks', async () => {
    const out = path.join(dir, 'tcvn3.book.xlsx');
    const r = await runCli(['--lang', 'en', 'build', tcvn3, '-o', out, '--as-of', '01/04/2014']);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'Note (file ke-hoach-tcvn3.docx): The text was typed in the TCVN3 (ABC, phông .VnTime) encoding and has been converted to Unicode. Check proper names.\n',
    );
    const read = await readBookXlsx(new Uint8Array(fs.readFileSync(out)), { strict: true });
    if (!read.ok) throw new Error(read.problems[0]!.en);
    expect(read.value.book.rows.map((x) => [x.taskId, x.unitCode, x.deadline])).toEqual([
      ['2014-Q1-01', 'VP', '2014-03-31'],
      ['2014-Q1-02', 'VP', '2014-03-31'],
      ['2014-Q1-03', 'TCKT', '2014-03-31'],
    ]);
  });
});
