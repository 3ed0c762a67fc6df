/**
 * The Office.js adapter against the strict Excel fake: what it writes (values, formats,
 * validation, protection, print), how many round trips it takes for 30 tasks and for 50,000 rows
 * (the same bound), and what it leaves out where the host's ExcelApi is older.
 */
import { contextOf } from '../../shared/app/command';
import { COMMANDS } from '../../shared/app/table';
import { isoToSerial, rangeAddress } from '../../shared/workbook/a1';
import type { Cell, WorkbookSpec } from '../../shared/workbook/spec';
import { styleGrid } from '../../shared/workbook/style-grid';
import { DrawError, drawSyncBound, drawWorkbook } from '../../addin/src/excel/draw';
import { readSheets, readSyncBound } from '../../addin/src/excel/read';
import { detectSupport, FULL_SUPPORT } from '../../addin/src/excel/support';
import { writeRows } from '../../addin/src/excel/write-rows';
import { asContext, createExcelFake, type ExcelFake } from '../fakes/excel-fake';
import { CLOCK, largeSpec, sampleSpec } from './helpers/books';

const MB = 1024 * 1024;

function supportOf(fake: ExcelFake) {
  return detectSupport((name, v) => fake.Office.context.requirements.isSetSupported(name, v));
}

async function draw(fake: ExcelFake, spec = sampleSpec()) {
  return fake.Excel.run((context) => drawWorkbook(asContext(context), spec, supportOf(fake)));
}

/** What a cell of the layout reads as in Excel: its value (a formula's computed one) or formula. */
function expected(cell: Cell): { value: unknown; formula: unknown } {
  if (cell === null) return { value: '', formula: '' };
  if (typeof cell !== 'object') return { value: cell, formula: cell };
  if (cell.kind === 'date') return { value: isoToSerial(cell.iso), formula: isoToSerial(cell.iso) };
  // the fake does not calculate: a formula keeps what the cell held, and "" leaves it empty
  const value = cell.value === '' ? null : expected(cell.value).value;
  return { value, formula: `=${cell.formula}` };
}

/** Every cell of every sheet of `spec` as drawn: value, formula and number format. */
function expectDrawn(fake: ExcelFake, spec: WorkbookSpec): void {
  for (const sheet of spec.sheets) {
    const width = sheet.columns.length;
    if (sheet.rows.length === 0 || width === 0) continue;
    const all = rangeAddress({ row: 0, col: 0, rows: sheet.rows.length, cols: width });
    const grid = styleGrid(sheet);
    const formats = sheet.rows.map((row, r) =>
      row.map((_, c) => grid.styles[grid.ids[r * width + c]!]!.numberFormat ?? 'General'),
    );
    const cells = sheet.rows.map((row) => row.map(expected));
    expect([sheet.name, fake.workbook.getValues(sheet.name, all)]).toEqual([
      sheet.name,
      cells.map((row) => row.map((c) => c.value)),
    ]);
    expect([sheet.name, fake.workbook.getFormulas(sheet.name, all)]).toEqual([
      sheet.name,
      cells.map((row) => row.map((c) => c.formula)),
    ]);
    expect([sheet.name, fake.workbook.getNumberFormats(sheet.name, all)]).toEqual([
      sheet.name,
      formats,
    ]);
  }
}

const BOOK_SHEETS = [
  '_ThiDua',
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
];

describe('drawWorkbook', () => {
  describe('with the sample plan on Microsoft 365 (ExcelApi 1.17)', () => {
    const fake = createExcelFake();
    const spec = sampleSpec();
    let result: Awaited<ReturnType<typeof draw>>;
    beforeAll(async () => {
      result = await draw(fake, spec);
    });

    it('adds every sheet of the book after the sheets already there', () => {
      expect(fake.workbook.sheetNames()).toEqual(['Sheet1', ...BOOK_SHEETS]);
      expect(result.sheets).toEqual(BOOK_SHEETS);
      expect(result.skipped).toEqual([]);
    });

    it('writes every cell as the layout has it: value, formula, number format', () => {
      // the identity sheet says "complete" once drawn; the layout has it "drawing" until then
      const meta = spec.sheets.find((s) => s.name === '_ThiDua')!;
      meta.rows[spec.finish!.row]![spec.finish!.col] = spec.finish!.value;
      expectDrawn(fake, spec);
    });

    it('marks the identity sheet complete only after every sheet is written', () => {
      expect(fake.workbook.getValues('_ThiDua', 'A1:B1')).toEqual([['state', 'complete']]);
    });

    it('writes the values of `Theo dõi`, dates as serial numbers with the date format', () => {
      const wb = fake.workbook;
      expect(wb.getValues('Theo dõi', 'A1:K1')[0]).toEqual([
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
      const [row] = wb.getValues('Theo dõi', 'A2:K2') as unknown[][];
      expect(row!.slice(0, 3)).toEqual(['2014-Q1-01', 'Quý I/2014', 1]);
      expect(row![6]).toBe(isoToSerial('2014-03-31'));
      expect(row![7]).toBe('Chưa thực hiện');
      expect(wb.getCell('Theo dõi', 'G2').numberFormat).toBe('dd/mm/yyyy');
      expect(wb.getText('Theo dõi', 'G2')).toEqual([['31/03/2014']]);
      expect(wb.sheet('Theo dõi').usedRange(true)).toBe('A1:K411');
    });

    it('keeps text that Excel would read as a formula as text ("- BTV Tỉnh Đoàn.")', () => {
      const plan = fake.workbook.getValues('Kế hoạch', 'A1:D68').flat();
      const dashed = plan.filter((v) => typeof v === 'string' && v.startsWith('-'));
      expect(dashed.length).toBeGreaterThan(0);
      for (const sheet of fake.workbook.sheets) {
        const used = sheet.usedRange();
        if (!used) continue;
        const formulas = fake.workbook
          .getFormulas(sheet.name, used)
          .flat()
          .filter((f) => typeof f === 'string' && f.startsWith('='));
        // the report and the scoring count live; every other cell holds the text as it is
        if (!['Báo cáo', 'Tiêu chí', 'Chấm điểm'].includes(sheet.name))
          expect(formulas).toEqual([]);
      }
    });

    it('writes the report as live formulas that read right before any recalculation', () => {
      const cell = fake.workbook.getCell('Báo cáo', 'D12');
      expect(cell.formula).toBe("=SUMPRODUCT(('Theo dõi'!$B$2:$B$411=$A$12))");
      expect(cell.value).toBe(161);
    });

    it('applies styles as ranges: font, header fill, borders, wrapping, column widths', () => {
      const header = fake.workbook.getCell('Theo dõi', 'B1');
      expect(header.format).toMatchObject({
        fontName: 'Times New Roman',
        fontSize: 12,
        bold: true,
        fill: '#D9E1F2',
        horizontalAlignment: 'Center',
        wrapText: true,
      });
      expect(header.format.borders.top).toEqual({
        style: 'Continuous',
        color: '#808080',
        weight: 'Thin',
      });
      expect(fake.workbook.getCell('Theo dõi', 'D2').format.wrapText).toBe(true);
      expect(fake.workbook.sheet('Theo dõi').columnWidth('D')).toBeGreaterThan(
        fake.workbook.sheet('Theo dõi').columnWidth('C'),
      );
      expect(fake.workbook.sheet('Kế hoạch').merges.length).toBe(43);
    });

    it('adds the status list and the date check to the input columns', () => {
      const validations = fake.workbook.sheet('Theo dõi').dataValidations;
      expect(validations.map((v) => [v.address, v.type])).toEqual([
        ['H2:H411', 'List'],
        ['I2:I411', 'Date'],
      ]);
      expect(validations[0]!.rule).toEqual({
        list: {
          inCellDropDown: true,
          source: 'Chưa thực hiện,Đang thực hiện,Hoàn thành,Không thực hiện',
        },
      });
      expect(validations[0]!.errorAlert.style).toBe('Stop');
      expect(validations[0]!.prompt).toMatchObject({ showPrompt: true, title: 'Trạng thái' });
      const cf = fake.workbook.sheet('Theo dõi').conditionalFormats;
      expect(cf).toHaveLength(3);
      expect(cf.map((c) => c.address)).toEqual(['H2:H411', 'H2:H411', 'H2:H411']);
    });

    it('protects the sheets, leaving only the four input columns editable', () => {
      const sheet = fake.workbook.sheet('Theo dõi');
      expect(sheet.protection.protected).toBe(true);
      expect(sheet.protection.options).toMatchObject({
        allowAutoFilter: true,
        allowFormatColumns: true,
        allowFormatCells: false,
      });
      expect(fake.workbook.getCell('Theo dõi', 'H2').format.locked).toBe(false);
      expect(fake.workbook.getCell('Theo dõi', 'K411').format.locked).toBe(false);
      expect(fake.workbook.getCell('Theo dõi', 'D2').format.locked).toBe(true);
      expect(fake.workbook.sheet('Đơn vị').protection.protected).toBe(false);
    });

    it('freezes the headers, adds the filter, sets up A4 landscape printing, hides the data sheet', () => {
      const sheet = fake.workbook.sheet('Theo dõi');
      expect(sheet.freeze).toEqual({ rows: 1, columns: 1 });
      expect(sheet.autoFilter).toBe('A1:K411');
      expect(sheet.pageLayout).toMatchObject({
        orientation: 'Landscape',
        paperSize: 'A4',
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printTitleRows: '$1:$1',
      });
      expect(sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader).toContain(
        'THEO DÕI THỰC HIỆN',
      );
      expect(fake.workbook.sheet('Tổng quan').freeze).toEqual({ rows: 3, columns: 4 });
      expect(fake.workbook.sheet('_ThiDua').visibility).toBe('VeryHidden');
    });

    it('takes two round trips: one to look at the workbook, one to write', () => {
      expect(result.syncs).toBe(2);
      expect(fake.stats.syncs).toBe(2);
      expect(result.syncs).toBeLessThanOrEqual(drawSyncBound(result.payloadBytes));
      expect(fake.workbook.screenUpdatingSuspensions).toBe(1);
    });

    it('reads the book back so that the core accepts it', async () => {
      const read = await fake.Excel.run((context) =>
        readSheets(
          asContext(context),
          BOOK_SHEETS.map((name) => ({ name })),
          FULL_SUPPORT,
        ),
      );
      expect(read.syncs).toBeLessThanOrEqual(readSyncBound(read.responseBytes, BOOK_SHEETS.length));
      const tracking = read.sheets.find((s) => s.name === 'Theo dõi')!;
      expect(tracking.values).toHaveLength(411);
      expect(tracking.values[1]![8]).toBeNull();
      const refreshed = COMMANDS.refresh.run(contextOf({}, read.sheets, CLOCK));
      expect(refreshed.ok).toBe(true);
    });
  });

  describe('redrawing a book that is there already', () => {
    it('clears the old sheets in place, protected or not, and leaves no old rows behind', async () => {
      const fake = createExcelFake();
      await draw(fake);
      fake.workbook.setValues('Theo dõi', 'A500:B500', [['stray', 'row']]);
      const small = sampleSpec();
      const tracking = small.sheets.find((s) => s.name === 'Theo dõi')!;
      tracking.rows = tracking.rows.slice(0, 11);
      tracking.validations = [];
      tracking.conditionalFormats = [];
      tracking.autoFilter = { row: 0, col: 0, rows: 11, cols: 11 };
      const again = await draw(fake, small);
      // the look at the workbook, the look at the report's old charts (to replace them), the write
      expect(again.chartLooks).toBe(1);
      expect(again.syncs).toBe(3);
      expect(fake.workbook.sheet('Theo dõi').usedRange(true)).toBe('A1:K11');
      expect(fake.workbook.sheet('Theo dõi').dataValidations).toEqual([]);
      expect(fake.workbook.sheet('Theo dõi').conditionalFormats).toEqual([]);
      expect(fake.workbook.sheetNames()).toEqual(['Sheet1', ...BOOK_SHEETS]);
    });

    it('stops with a DrawError naming the sheet when Excel refuses (a password on the sheet)', async () => {
      const fake = createExcelFake();
      await draw(fake);
      await fake.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Nhật ký');
        ws.protection.unprotect();
        ws.protection.protect(null, 'secret');
        await context.sync();
      });
      const error = await draw(fake).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DrawError);
      expect((error as DrawError).touched).toContain('Nhật ký');
      expect((error as DrawError & { cause: { code: string } }).cause.code).toBe('BadPassword');
    });
  });

  describe('with 1,000 tasks × 50 units (50,000 rows of `Theo dõi`)', () => {
    const fake = createExcelFake();
    let result: Awaited<ReturnType<typeof draw>>;
    beforeAll(async () => {
      result = await draw(fake, largeSpec());
    }, 120_000);

    it('writes every row, keeping each request under the 5 MB limit', () => {
      expect(fake.workbook.sheet('Theo dõi').usedRange(true)).toBe('A1:K50001');
      expect(fake.workbook.getValues('Theo dõi', 'A50001:A50001')[0]![0]).toMatch(/^2014-Q4-/);
      expect(fake.stats.maxRequestBytes).toBeLessThan(5 * MB);
      expect(result.largestBatchBytes).toBeLessThanOrEqual(4 * MB);
      expect(fake.stats.log.every((s) => s.error === null)).toBe(true);
    });

    it('writes every cell as the layout has it, in under 50 MB', () => {
      const spec = largeSpec();
      const meta = spec.sheets.find((s) => s.name === '_ThiDua')!;
      const before = meta.rows[spec.finish!.row]![spec.finish!.col]!;
      meta.rows[spec.finish!.row]![spec.finish!.col] = spec.finish!.value;
      try {
        expectDrawn(fake, spec);
      } finally {
        meta.rows[spec.finish!.row]![spec.finish!.col] = before;
      }
      // number formats go one a block, long runs of one value one a run (was 67 MB)
      const sent = fake.stats.requestBytes.reduce((a, b) => a + b, 0);
      expect(sent).toBeLessThan(50 * MB);
      expect(result.payloadBytes).toBeLessThan(50 * MB);
    });

    it('stays within the same bound of round trips as the sample: 2 + one per 3.5 MB', () => {
      expect(result.syncs).toBe(fake.stats.syncs);
      expect(result.syncs).toBeLessThanOrEqual(drawSyncBound(result.payloadBytes));
      // what the bound allows beyond the payload's batches is the same constant for both books
      expect(result.syncs - Math.floor(result.payloadBytes / (3.5 * MB))).toBeLessThanOrEqual(2);
    });

    it('suspends calculation and screen updating for each batch, never for the application', () => {
      // (the product never sets Application.calculationMode: test/fakes/surface.test.ts)
      expect(fake.workbook.calculationSuspensions).toBe(result.syncs - 1);
      expect(fake.workbook.screenUpdatingSuspensions).toBe(result.syncs - 1);
    });

    it('reads 50,000 rows back in blocks under the 5 MB response limit', async () => {
      fake.stats.reset();
      const read = await fake.Excel.run((context) =>
        readSheets(asContext(context), [{ name: 'Theo dõi' }], FULL_SUPPORT),
      );
      expect(read.sheets[0]!.values).toHaveLength(50_001);
      expect(Math.max(...fake.stats.responseBytes)).toBeLessThan(5 * MB);
      expect(read.syncs).toBeLessThanOrEqual(readSyncBound(read.responseBytes, 1));
    }, 60_000);
  });

  describe('on Office 2019 (ExcelApi 1.7)', () => {
    const fake = createExcelFake({ apiVersion: '1.7' });
    let result: Awaited<ReturnType<typeof draw>>;
    beforeAll(async () => {
      result = await draw(fake);
    });

    it('still builds the workbook: values, formats, merges, protection, freeze panes', () => {
      expect(fake.workbook.sheetNames()).toEqual(['Sheet1', ...BOOK_SHEETS]);
      expect(fake.workbook.sheet('Theo dõi').usedRange(true)).toBe('A1:K411');
      expect(fake.workbook.getCell('Theo dõi', 'B1').format.bold).toBe(true);
      expect(fake.workbook.sheet('Kế hoạch').merges.length).toBe(43);
      expect(fake.workbook.sheet('Theo dõi').protection.protected).toBe(true);
      expect(fake.workbook.sheet('Theo dõi').freeze).toEqual({ rows: 1, columns: 1 });
      expect(fake.stats.log.every((s) => s.error === null)).toBe(true);
    });

    it('leaves out what needs ExcelApi 1.8 and 1.9, and says so', () => {
      expect(result.skipped).toEqual(['validation', 'print', 'autoFilter']);
      expect(fake.workbook.sheet('Theo dõi').dataValidations).toEqual([]);
      expect(fake.workbook.sheet('Theo dõi').autoFilter).toBeNull();
    });

    it('keeps the same bound of round trips', () => {
      expect(result.syncs).toBe(2);
    });
  });

  describe('on Office 2016 (ExcelApi 1.1)', () => {
    it('writes values and formats, and names everything else it could not do', async () => {
      const fake = createExcelFake({ apiVersion: '1.1' });
      const result = await draw(fake);
      expect(fake.workbook.getValues('Theo dõi', 'A2:A2')).toEqual([['2014-Q1-01']]);
      expect(result.skipped).toEqual(
        [
          'validation',
          'print',
          'autoFilter',
          'freeze',
          'conditionalFormats',
          'protection',
          'merges',
          'hiddenSheets',
          'columnWidths',
          'tabColor',
          'charts',
        ].filter((f) => f !== 'tabColor' || sampleSpec().sheets.some((s) => s.tabColor)),
      );
    });
  });
});

describe('writeRows', () => {
  it('writes the four input columns of chosen rows on the protected sheet, and protects it again', async () => {
    const fake = createExcelFake();
    await draw(fake);
    fake.stats.reset();
    const syncs = await fake.Excel.run((context) =>
      writeRows(
        asContext(context),
        'Theo dõi',
        7,
        [
          { row: 1, cells: ['Hoàn thành', { kind: 'date', iso: '2014-03-20' }, '=Số 5/BC', ''] },
          { row: 2, cells: ['Đang thực hiện', null, '', 'ghi chú'] },
          { row: 9, cells: ['Hoàn thành', null, '12', ''] },
        ],
        { textColumns: [2, 3], protect: true },
        FULL_SUPPORT,
      ),
    );
    expect(syncs).toBe(1);
    expect(fake.workbook.getValues('Theo dõi', 'H2:K3')).toEqual([
      ['Hoàn thành', isoToSerial('2014-03-20'), '=Số 5/BC', ''],
      ['Đang thực hiện', '', '', 'ghi chú'],
    ]);
    expect(fake.workbook.getValues('Theo dõi', 'J10:J10')).toEqual([['12']]);
    expect(fake.workbook.sheet('Theo dõi').protection.protected).toBe(true);
  });
});
