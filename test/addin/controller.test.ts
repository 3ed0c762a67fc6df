/**
 * The pane's controller on the Excel fake and on files: each job reads, calls the core, draws,
 * and says what happened, including what an older Excel cannot draw and what Excel refused.
 */
import { SHEET } from '../../shared/i18n/workbook-vi';
import { Controller } from '../../addin/src/pane/controller';
import { ExcelBridge } from '../../addin/src/pane/excel-bridge';
import { FileBridge } from '../../addin/src/pane/file-bridge';
import { detectSupport } from '../../addin/src/excel/support';
import { drawSyncBound } from '../../addin/src/excel/draw';
import { asExcel, createExcelFake, type ExcelFake } from '../fakes/excel-fake';
import { CLOCK, samplePlanText } from './helpers/books';

function excelPane(fake: ExcelFake): { controller: Controller; bridge: ExcelBridge } {
  const support = detectSupport((n, v) => fake.Office.context.requirements.isSetSupported(n, v));
  const bridge = new ExcelBridge(asExcel(fake), support);
  return { controller: new Controller(bridge, () => CLOCK), bridge };
}

describe('Controller in Excel', () => {
  it('builds the workbook from pasted text in a bounded number of round trips', async () => {
    const fake = createExcelFake();
    const { controller, bridge } = excelPane(fake);
    const done = await controller.build({ text: samplePlanText() });
    expect(done.ok).toBe(true);
    expect(done.message?.vi).toContain('30 công việc');
    expect(done.message?.en).toContain('30 tasks');
    expect(done.notes).toEqual([]);
    // reading (names, sizes: the sheets do not exist yet) + drawing
    expect(bridge.lastSyncs).toBe(fake.stats.syncs);
    expect(bridge.lastSyncs).toBeLessThanOrEqual(1 + drawSyncBound(0));
  });

  it('on Office 2019 builds it too, and says which features were skipped', async () => {
    const fake = createExcelFake({ apiVersion: '1.7' });
    const { controller } = excelPane(fake);
    const done = await controller.build({ text: samplePlanText() });
    expect(done.ok).toBe(true);
    expect(fake.workbook.sheet(SHEET.tracking).usedRange(true)).toBe('A1:K411');
    expect(done.notes).toHaveLength(1);
    expect(done.notes[0]!.vi).toContain(
      'danh sách chọn trạng thái và kiểm tra ngày (cần Excel 2019 trở lên)',
    );
    expect(done.notes[0]!.en).toContain(
      'status drop-down lists and date checks (needs Excel 2019 or later), A4 landscape print setup (needs Excel 2021 or later), filter buttons (needs Excel 2021 or later)',
    );
  });

  it('builds from a plan table pasted into a sheet and selected', async () => {
    const fake = createExcelFake({
      sheets: [
        {
          name: 'Sheet1',
          values: [
            ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện', 'Ghi chú'],
            ['I', 'Quý I/2014', '', ''],
            [1, 'Tổng kết công tác thi đua, khen thưởng năm 2013.', "'- BTV Tỉnh Đoàn.", ''],
            ['', '', "'- Các huyện, Thành Đoàn và Đoàn trực thuộc.", ''],
            ['II', 'Quý II/2014', '', ''],
            [1, 'Sơ kết 6 tháng.', "'- Văn phòng.", ''],
          ],
        },
      ],
    });
    const { controller } = excelPane(fake);
    fake.workbook.select('Sheet1', 'A1:D6');
    const done = await controller.buildFromSelection();
    expect(done.ok).toBe(true);
    expect(done.message?.en).toContain('2 periods, 2 tasks');
    expect(fake.workbook.getValues(SHEET.tracking, 'A2:B2')).toEqual([
      ['2014-Q1-01', 'Quý I/2014'],
    ]);
  });

  it('marks only the rows a filter shows, not those it hides inside the selection', async () => {
    const fake = createExcelFake();
    const { controller } = excelPane(fake);
    await controller.build({ text: samplePlanText() });
    fake.workbook.sheet(SHEET.tracking)!.hiddenRows.add(2); // row 3 of the sheet
    fake.workbook.select(SHEET.tracking, 'A2:K4');
    const marked = await controller.markSelected({ status: 'doing' });
    expect(marked.ok).toBe(true);
    expect(fake.workbook.getValues(SHEET.tracking, 'H2:H4')).toEqual([
      ['Đang thực hiện'],
      ['Chưa thực hiện'],
      ['Đang thực hiện'],
    ]);
  });

  it('opens the summary as a new workbook where Excel can (ExcelApi 1.8), and still offers the file', async () => {
    const fake = createExcelFake();
    const opened = fake.workbook.createdWorkbooks;
    const { controller } = excelPane(fake);
    await controller.build({ text: samplePlanText() });
    const done = await controller.exportSummary();
    expect(done.ok).toBe(true);
    expect(opened).toHaveLength(1);
    expect(atob(opened[0]!).slice(0, 2)).toBe('PK');
    expect(done.notes.map((n) => n.en)).toContain(
      'The summary was opened as a new Excel workbook (you may need to allow the pop-up).',
    );
    expect(done.downloads.map((d) => d.name)).toEqual(['tong-hop-hop-khoi.xlsx']);
  });

  it("asks before building over a sheet of the user's own named like one of the book's", async () => {
    const fake = createExcelFake({
      sheets: [{ name: 'Kế hoạch', values: [['Kế hoạch riêng của tôi']] }],
    });
    const { controller } = excelPane(fake);
    const first = await controller.build({ text: samplePlanText() });
    expect(first.ok).toBe(false);
    expect(first.confirm?.message.en).toContain('"Kế hoạch"');
    expect(fake.workbook.getValues('Kế hoạch', 'A1:A1')).toEqual([['Kế hoạch riêng của tôi']]);
    expect((await first.confirm!.proceed()).ok).toBe(true);
  });

  it('refuses to build over entries until told to replace them', async () => {
    const fake = createExcelFake();
    const { controller } = excelPane(fake);
    await controller.build({ text: samplePlanText() });
    fake.workbook.select(SHEET.tracking, 'A2:K3');
    const marked = await controller.markSelected({ status: 'done', evidence: '=1+1' });
    expect(marked.ok).toBe(true);
    expect(fake.workbook.getValues(SHEET.tracking, 'H2:J3')).toEqual([
      ['Hoàn thành', 41739, '=1+1'],
      ['Hoàn thành', 41739, '=1+1'],
    ]);
    const again = await controller.build({ text: samplePlanText() });
    expect(again.ok).toBe(false);
    expect(again.problems.map((p) => p.code)).toEqual(['bookExists']);
    expect(again.confirm?.message.en).toContain('2 entries');
    const replaced = await again.confirm!.proceed();
    expect(replaced.ok).toBe(true);
    expect(fake.workbook.getValues(SHEET.tracking, 'H2:H2')).toEqual([['Chưa thực hiện']]);
  });

  it('asks for rows of `Theo dõi` when marking elsewhere', async () => {
    const fake = createExcelFake();
    const { controller } = excelPane(fake);
    await controller.build({ text: samplePlanText() });
    fake.workbook.select(SHEET.plan, 'A1:A3');
    const done = await controller.markSelected({ status: 'done' });
    expect(done.ok).toBe(false);
    expect(done.notes[0]!.en).toBe('Select rows on the "Theo dõi" sheet.');
  });

  it('explains what Excel refused, and that the workbook may be partly written', async () => {
    const fake = createExcelFake();
    const { controller } = excelPane(fake);
    await controller.build({ text: samplePlanText() });
    fake.workbook.sheet(SHEET.report).protection.password = 'secret';
    const done = await controller.refresh();
    expect(done.ok).toBe(false);
    expect(done.notes.map((n) => n.en)).toEqual([
      'A sheet of the workbook is protected with a password. Unprotect it (Review → Unprotect Sheet) and try again.',
      'The workbook may be partly written (sheets: Tổng quan, Báo cáo) and is marked incomplete. Restore the previous version (File › Info › Version History), then run the command again, so no entry is lost.',
    ]);
  });
});

describe('Controller in browser mode', () => {
  it('builds a workbook file to download, and works on it afterwards', async () => {
    const files = new FileBridge();
    const controller = new Controller(files, () => CLOCK);
    const built = await controller.build({ text: samplePlanText() });
    expect(built.ok).toBe(true);
    expect(built.downloads.map((d) => d.name)).toEqual(['so-theo-doi-2014.xlsx']);
    expect(files.name).toBe('so-theo-doi-2014.xlsx');
    const refreshed = await controller.refresh('2014-06-30');
    expect(refreshed.message?.en).toBe('Report and overview refreshed, as of 30/06/2014.');
    expect(refreshed.downloads).toHaveLength(1);
    const units = await controller.unitFiles();
    expect(units.downloads[0]!.name).toBe('don-vi.zip');
    expect(units.downloads.map((d) => d.name)).toContain('BTV-ban-thuong-vu-tinh-doan.xlsx');
  });

  it('says that marking needs Excel', async () => {
    const controller = new Controller(new FileBridge(), () => CLOCK);
    await controller.build({ text: samplePlanText() });
    const done = await controller.markSelected({ status: 'done' });
    expect(done.ok).toBe(false);
    expect(done.notes[0]!.en).toContain('needs Excel');
  });

  it('refuses a file that is not a tracking workbook', async () => {
    const files = new FileBridge();
    expect((await files.open(new Uint8Array([1, 2, 3]), 'x.xlsx')).map((p) => p.code)).toEqual([
      'notAWorkbook',
    ]);
  });
});
