/**
 * "Build from the selected range": a plan table pasted into a sheet with merged owner, time and
 * period cells reads the same in the Excel pane (Office fake, merged areas of ExcelApi 1.13), in
 * the Google Sheets sidebar (the built bundle on the Apps Script fake, merged ranges) and from
 * the same table saved as an .xlsx file.
 */
import ExcelJS from 'exceljs';
import { readSelectedTable } from '../../addin/src/excel/read';
import { detectSupport, FULL_SUPPORT } from '../../addin/src/excel/support';
import { ExcelBridge } from '../../addin/src/host/excel-bridge';
import { ExcelPort } from '../../addin/src/host/excel-port';
import type { Plan } from '../../shared/plan/model';
import { readPlanBytes } from '../../shared/plan/read';
import { readBook } from '../../shared/read/book';
import { readXlsxText } from '../../shared/files/read-xlsx';
import { buildBundle, gridsOf, load, type Built } from '../apps-script/helpers';
import { BOOK_ROLES } from '../../shared/workbook/spec';
import { asContext, asExcel, createExcelFake, type ExcelFake } from '../fakes/excel-fake';
import {
  fillSheet,
  PLAN_SHEET_MERGES,
  PLAN_SHEET_ROWS,
  PROGRAMME_SHEET_MERGES,
  PROGRAMME_SHEET_ROWS,
} from '../helpers/format-fixtures';

type Cell = (typeof PLAN_SHEET_ROWS)[number][number];

/** A table as a user lays it out in a sheet: its cells from A1, and the areas merged. */
interface Laid {
  rows: Cell[][];
  merges: readonly string[];
}

const PLAN: Laid = { rows: PLAN_SHEET_ROWS, merges: PLAN_SHEET_MERGES };
/** A work programme: the month column merged down over its tasks, a time merged over two. */
const PROGRAMME: Laid = { rows: PROGRAMME_SHEET_ROWS, merges: PROGRAMME_SHEET_MERGES };

const CLOCK = { now: '2024-07-01T02:00:00.000Z', today: '2024-07-01' };
const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** What a user pastes: the plan's sheet (title rows, header, merged cells, a date). */
const TABLE = 'A1:E13';

/** A cell as typed into Excel (a date as its serial, rich text as its text). */
function excelValue(v: Cell): unknown {
  if (v === null) return '';
  if (v instanceof Date) return (v.getTime() - EPOCH_MS) / DAY_MS;
  if (typeof v === 'object') return v.richText.map((r) => r.text).join('');
  return v;
}

/** The plan's sheet typed into the Excel fake, with its merges and date format, and selected. */
async function excelWithTable(apiVersion = '1.17', table: Laid = PLAN): Promise<ExcelFake> {
  const fake = createExcelFake({ apiVersion, sheets: [{ name: 'Sheet1' }] });
  await fake.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    table.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        const cell = sheet.getCell(r, c);
        cell.values = [[excelValue(v)]];
        if (v instanceof Date) cell.numberFormat = [['dd/mm/yyyy']];
      });
    });
    // merged as a user merges them, after typing: the covered cells are emptied
    for (const m of table.merges) sheet.getRange(m).merge();
    await context.sync();
  });
  return fake;
}

function excelPane(fake: ExcelFake): ExcelBridge {
  const support = detectSupport((n, v) => fake.Office.context.requirements.isSetSupported(n, v));
  return new ExcelBridge(asExcel(fake), support, () => CLOCK);
}

/** The plan kept in the book the Excel fake holds, read through the Excel port. */
async function excelBookPlan(fake: ExcelFake): Promise<Plan> {
  const sheets = await fake.Excel.run(async (context) =>
    new ExcelPort(asContext(context), FULL_SUPPORT).readSheets(BOOK_ROLES),
  );
  const read = readBook(sheets, { strict: true });
  if (!read.ok) throw new Error(read.problems[0]!.en);
  return read.value.book.plan;
}

/** The same sheet as an .xlsx file. */
async function xlsxOfTable(table: Laid = PLAN): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fillSheet(wb.addWorksheet('Sheet1'), table.rows, table.merges);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The expected cells: as shown, merged cells empty below and right of their first cell. */
const SHOWN = [
  ['KẾ HOẠCH', '', '', '', ''],
  ['Thực hiện công tác Thi đua, Khen thưởng năm 2024', '', '', '', ''],
  ['', '', '', '', ''],
  ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện', 'Thời gian', 'Ghi chú'],
  ['I', 'Quý I/2024', '', '', ''],
  [
    '1',
    'Tổng kết công tác thi đua, khen thưởng năm 2023.',
    'Văn phòng Tỉnh Đoàn',
    '15/01/2024',
    '',
  ],
  [
    '2',
    'Phát động thi đua chào mừng 93 năm Ngày thành lập Đoàn:\na) Hội thi tìm hiểu lịch sử Đoàn;\nb) Diễn đàn thanh niên.',
    '',
    'Tháng 3/2024',
    '',
  ],
  [
    '3',
    'Kiểm tra công tác thi đua tại các huyện.',
    'Ban Tổ chức - Kiểm tra\nThành Đoàn Cao Bằng',
    '',
    'Báo cáo trước ngày 25/3',
  ],
  ['II', 'Quý II/2024', '', '', ''],
  [
    '1',
    'Sơ kết công tác thi đua 6 tháng đầu năm.',
    'BTV Tỉnh Đoàn',
    'Tháng 6/2024',
    'Tổ chức tại Thành phố',
  ],
  ['2', 'Xét, đề nghị khen thưởng chuyên đề.', 'Ban Tổ chức - Kiểm tra', 'Tháng 5, 6/2024', ''],
  ['III', 'Quý III/2024', '', '', ''],
  ['1', 'Hướng dẫn đăng ký thi đua năm học mới.', 'Ban Thanh thiếu nhi trường học', '', ''],
];
const MERGED = [
  { row: 0, col: 0, rows: 1, cols: 5 },
  { row: 1, col: 0, rows: 1, cols: 5 },
  { row: 4, col: 1, rows: 1, cols: 4 },
  { row: 5, col: 2, rows: 2, cols: 1 },
  { row: 6, col: 3, rows: 2, cols: 1 },
  { row: 8, col: 1, rows: 1, cols: 4 },
  { row: 9, col: 4, rows: 2, cols: 1 },
  { row: 11, col: 1, rows: 1, cols: 4 },
];

describe('the Excel pane reading the selected range', () => {
  it('reads the cells as shown and the merged areas, in three round trips', async () => {
    const fake = await excelWithTable();
    fake.workbook.select('Sheet1', TABLE);
    fake.stats.reset();
    const read = await fake.Excel.run((context) =>
      readSelectedTable(asContext(context), FULL_SUPPORT),
    );
    expect(read.cells).toEqual({ sheet: 'Sheet1', row: 0, col: 0, text: SHOWN, merges: MERGED });
    expect(read.mergesUnread).toBeUndefined();
    expect(read.syncs).toBe(3);
    expect(fake.stats.syncs).toBe(3);
  });

  it('reads the same cells and merged areas as the .xlsx file of the same sheet', async () => {
    const [sheet] = await readXlsxText(await xlsxOfTable());
    expect(sheet!.text).toEqual(SHOWN);
    expect([...sheet!.merges].sort((a, b) => a.row - b.row || a.col - b.col)).toEqual(MERGED);
  });

  it('takes a single selected cell for the whole table, and cuts whole columns to it', async () => {
    const fake = await excelWithTable();
    for (const address of ['C3', 'A:E']) {
      fake.workbook.select('Sheet1', address);
      const read = await fake.Excel.run((context) =>
        readSelectedTable(asContext(context), FULL_SUPPORT),
      );
      expect(read.cells.text).toEqual(SHOWN);
      expect(read.cells.merges).toEqual(MERGED);
    }
  });

  it('builds the plan the .xlsx file gives, owners and times taken from their merged cells', async () => {
    const fake = await excelWithTable();
    fake.workbook.select('Sheet1', TABLE);
    const done = await excelPane(fake).run('buildFromSelection', { asOf: '2024-07-01' });
    expect(done.ok).toBe(true);
    expect(done.notes).toEqual([]);
    const fromFile = await readPlanBytes(await xlsxOfTable(), 'Sheet1.xlsx');
    if (!fromFile.ok) throw new Error(fromFile.problems[0]!.en);
    const plan = await excelBookPlan(fake);
    expect(plan).toEqual(fromFile.value);
    expect(plan.periods[0]!.tasks.map((t) => [t.no, t.owners, t.when])).toEqual([
      [1, ['Văn phòng Tỉnh Đoàn'], '15/01/2024'],
      [2, ['Văn phòng Tỉnh Đoàn'], 'Tháng 3/2024'],
      [3, ['Ban Tổ chức - Kiểm tra', 'Thành Đoàn Cao Bằng'], 'Tháng 3/2024'],
    ]);
    expect(plan.periods[1]!.tasks.map((t) => t.note)).toEqual([
      'Tổ chức tại Thành phố',
      'Tổ chức tại Thành phố',
    ]);
  });

  it('on Excel before ExcelApi 1.13 reads the cells without merges, and says so', async () => {
    const fake = await excelWithTable('1.12');
    fake.workbook.select('Sheet1', TABLE);
    const read = await fake.Excel.run((context) =>
      readSelectedTable(
        asContext(context),
        detectSupport((n, v) => fake.Office.context.requirements.isSetSupported(n, v)),
      ),
    );
    expect(read.cells.merges).toBeNull();
    expect(read.mergesUnread).toBe('version');
    expect(read.cells.text).toEqual(SHOWN);
    const done = await excelPane(fake).run('buildFromSelection', { asOf: '2024-07-01' });
    expect(done.ok).toBe(true);
    expect(done.notes[0]).toEqual({
      vi: 'Phiên bản Excel này không cho biết ô nào được gộp trong vùng đã chọn, nên ô trống dưới một ô gộp có thể bị hiểu sai. Hãy kiểm tra đơn vị và thời gian của các công việc, hoặc bỏ gộp ô, điền đủ từng hàng rồi đọc lại.',
      en: 'This version of Excel cannot tell which cells of the selection are merged, so an empty cell under a merged one may be misread. Check the units and times of the tasks, or unmerge the cells, fill in every row and read again.',
    });
  });

  it('reads without merges, and says why, when the selection has more than 512 merged areas', async () => {
    const fake = await excelWithTable();
    await fake.Excel.run(async (context) => {
      // a long list beside the table, each row merged across two columns
      const list = context.workbook.worksheets.getItem('Sheet1').getRange('G1:H520');
      list.values = Array.from({ length: 520 }, (_, i) => [`Chi đoàn ${i + 1}`, '']);
      list.merge(true);
      await context.sync();
    });
    fake.workbook.select('Sheet1', 'A1:H520');
    const done = await excelPane(fake).run('buildFromSelection', { asOf: '2024-07-01' });
    expect(done.notes[0]!.en).toBe(
      'The selection has more than 512 merged areas, more than Excel reads at once, so an empty cell under a merged one may be misread. Select the table a part at a time, or unmerge the cells, fill in every row and read again.',
    );
  });

  it('names the sheet and row of a problem', async () => {
    const fake = await excelWithTable();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B11').values = [['']];
      await context.sync();
    });
    fake.workbook.select('Sheet1', TABLE);
    const done = await excelPane(fake).run('buildFromSelection', { asOf: '2024-07-01' });
    expect(done.ok).toBe(true);
    expect(done.problems.find((p) => p.code === 'emptyTaskContent')?.at).toEqual({
      sheet: 'Sheet1',
      line: 11,
    });
  });
});

describe('the Google Sheets sidebar reading the selected range', () => {
  let built: Built;
  beforeAll(() => {
    built = buildBundle();
  });

  /** The plan's sheet in the Apps Script fake, merged and selected as a user leaves it. */
  function sheetsWithTable(selection: string, table: Laid = PLAN) {
    const values = table.rows.map((row) =>
      Array.from({ length: 5 }, (_, c) => {
        const v = row[c] ?? null;
        if (v === null) return '';
        if (v instanceof Date) return new Date(v.getTime() - 7 * 3_600_000); // midnight in Việt Nam
        return typeof v === 'object' ? v.richText.map((r) => r.text).join('') : v;
      }),
    );
    const loaded = load(built, { sheets: [{ name: 'Trang tính1', values }] });
    const ss = loaded.fake._spreadsheet;
    table.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v instanceof Date)
          ss.getSheetByName('Trang tính1')!
            .getRange(r + 1, c + 1)
            .setNumberFormat('dd/mm/yyyy');
      }),
    );
    for (const m of table.merges) ss.getRange(`'Trang tính1'!${m}`).merge();
    ss.setActiveRange(ss.getRange(`'Trang tính1'!${selection}`));
    return loaded;
  }

  function sheetsBookPlan(fake: ReturnType<typeof sheetsWithTable>['fake']): Plan {
    const read = readBook(gridsOf(fake), { strict: true });
    if (!read.ok) throw new Error(read.problems[0]!.en);
    return read.value.book.plan;
  }

  it('builds the same plan as the Excel pane and the .xlsx file', async () => {
    const { fake, bundle } = sheetsWithTable(TABLE);
    const reply = bundle.callFromClient('rpc', {
      command: 'buildFromSelection',
      input: { asOf: '2024-07-01' },
    }) as { ok: boolean; problems: unknown[] };
    expect(reply.ok).toBe(true);
    expect(reply.problems).toEqual([]);
    const excel = await excelWithTable();
    excel.workbook.select('Sheet1', TABLE);
    await excelPane(excel).run('buildFromSelection', { asOf: '2024-07-01' });
    expect(sheetsBookPlan(fake)).toEqual(await excelBookPlan(excel));
    const fromFile = await readPlanBytes(await xlsxOfTable(), 'Sheet1.xlsx');
    expect(fromFile.ok && sheetsBookPlan(fake)).toEqual(fromFile.ok && fromFile.value);
  });

  it('takes a single selected cell for the whole table', () => {
    const { fake, bundle } = sheetsWithTable('B2');
    const reply = bundle.callFromClient('rpc', { command: 'buildFromSelection', input: {} }) as {
      ok: boolean;
    };
    expect(reply.ok).toBe(true);
    expect(sheetsBookPlan(fake).periods.map((p) => p.tasks.length)).toEqual([3, 2, 1]);
  });

  it('refuses a selection with no task table, with the same message as the pane', async () => {
    const { bundle } = sheetsWithTable('A1:E3');
    const reply = bundle.callFromClient('rpc', { command: 'buildFromSelection', input: {} }) as {
      ok: boolean;
      problems: { code: string; en: string; at: unknown }[];
    };
    expect(reply.ok).toBe(false);
    const excel = await excelWithTable();
    excel.workbook.select('Sheet1', 'A1:E3');
    const done = await excelPane(excel).run('buildFromSelection', {});
    expect(done.ok).toBe(false);
    expect(reply.problems.map((p) => [p.code, p.en])).toEqual(
      done.problems.map((p) => [p.code, p.en]),
    );
    expect(reply.problems[0]!.code).toBe('noTaskTable');
  });

  it('reads a work programme with its month column merged down the same as Excel and the .xlsx', async () => {
    const { fake, bundle } = sheetsWithTable('A1:E5', PROGRAMME);
    const reply = bundle.callFromClient('rpc', {
      command: 'buildFromSelection',
      input: { asOf: '2024-07-01' },
    }) as { ok: boolean; problems: { code: string; en: string }[] };
    const excel = await excelWithTable('1.17', PROGRAMME);
    excel.workbook.select('Sheet1', 'A1:E5');
    const read = await excel.Excel.run((context) =>
      readSelectedTable(asContext(context), FULL_SUPPORT),
    );
    const [sheet] = await readXlsxText(await xlsxOfTable(PROGRAMME));
    // the cells and merged areas: the same from Excel and from the file
    expect(read.cells.text).toEqual([
      ['Tháng', 'TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian'],
      ['Tháng 01/2024', '1', 'Tổng kết công tác năm 2023.', 'Văn phòng Tỉnh Đoàn', '10/01/2024'],
      ['', '2', 'Gặp mặt đầu xuân.', 'BTV Tỉnh Đoàn', ''],
      ['Tháng 02/2024', '3', 'Ra quân Tháng Thanh niên.', 'Ban Tuyên giáo', ''],
      ['', '4', 'Kiểm tra cơ sở.', 'Ban Tổ chức - Kiểm tra', ''],
    ]);
    expect(read.cells.merges).toEqual([
      { row: 1, col: 0, rows: 2, cols: 1 },
      { row: 1, col: 4, rows: 2, cols: 1 },
      { row: 3, col: 0, rows: 2, cols: 1 },
    ]);
    expect(sheet!.text).toEqual(read.cells.text);
    expect([...sheet!.merges].sort((a, b) => a.row - b.row || a.col - b.col)).toEqual(
      read.cells.merges,
    );
    // the plan (whatever the interpreter makes of the month column): the same from all three
    const done = await excelPane(excel).run('buildFromSelection', { asOf: '2024-07-01' });
    const fromFile = await readPlanBytes(await xlsxOfTable(PROGRAMME), 'Sheet1.xlsx');
    expect(reply.ok).toBe(done.ok);
    expect(fromFile.ok).toBe(done.ok);
    if (done.ok && fromFile.ok) {
      expect(sheetsBookPlan(fake)).toEqual(await excelBookPlan(excel));
      expect(sheetsBookPlan(fake)).toEqual(fromFile.value);
      // a success's warnings are its outcome's problems
      expect(reply.problems.map((w) => [w.code, w.en])).toEqual(
        done.problems.map((p) => [p.code, p.en]),
      );
    } else {
      expect(reply.problems.map((p) => p.code)).toEqual(done.problems.map((p) => p.code));
    }
  });
});
