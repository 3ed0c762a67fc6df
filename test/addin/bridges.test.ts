/**
 * The pane's two bridges running the command table: in Excel (the strict Office fake) each
 * command reads, draws and says what happened, including what an older Excel cannot draw and
 * what Excel refused; in browser mode on the book kept in the page.
 */
import { SHEET } from '../../shared/i18n/workbook-vi';
import { readBookXlsx } from '../../shared/xlsx/book-io';
import { drawSyncBound } from '../../addin/src/excel/draw';
import { createExcelFake } from '../fakes/excel-fake';
import { samplePlan } from './helpers/books';
import { excelBridge, fileBridge, rendered } from './helpers/bridges';

describe('the Excel bridge', () => {
  it('builds the workbook from pasted text in a bounded number of round trips', async () => {
    const fake = createExcelFake();
    const bridge = excelBridge(fake);
    const done = await bridge.run('build', { plan: samplePlan() });
    expect(done.ok).toBe(true);
    expect(done.message?.vi).toContain('30 công việc');
    expect(done.message?.en).toContain('30 tasks');
    expect(done.notes).toEqual([]);
    // reading (names: the sheets do not exist yet) + drawing; the draw protected the sheets
    expect(bridge.lastSyncs).toBe(fake.stats.syncs);
    expect(bridge.lastSyncs).toBeLessThanOrEqual(1 + drawSyncBound(0));
    expect(fake.workbook.sheet(SHEET.tracking).protection.protected).toBe(true);
  });

  it('on Office 2019 builds it too, and says which features were skipped', async () => {
    const fake = createExcelFake({ apiVersion: '1.7' });
    const done = await excelBridge(fake).run('build', { plan: samplePlan() });
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
    fake.workbook.select('Sheet1', 'A1:D6');
    const done = await excelBridge(fake).run('buildFromSelection', {});
    expect(done.ok).toBe(true);
    expect(done.message?.en).toContain('2 periods, 2 tasks');
    expect(fake.workbook.getValues(SHEET.tracking, 'A2:B2')).toEqual([
      ['2014-Q1-01', 'Quý I/2014'],
    ]);
  });

  it('marks only the rows a filter shows, not those it hides inside the selection', async () => {
    const fake = createExcelFake();
    const bridge = excelBridge(fake);
    await bridge.run('build', { plan: samplePlan() });
    fake.workbook.sheet(SHEET.tracking).hiddenRows.add(2); // row 3 of the sheet
    fake.workbook.select(SHEET.tracking, 'A2:K4');
    fake.stats.reset();
    const marked = await bridge.run('mark', { status: 'doing' });
    expect(marked.ok).toBe(true);
    expect(marked.message?.en).toBe('2 rows updated.');
    expect(fake.workbook.getValues(SHEET.tracking, 'H2:H4')).toEqual([
      ['Đang thực hiện'],
      ['Chưa thực hiện'],
      ['Đang thực hiện'],
    ]);
    // the selection (and, some of it hidden, each row's state), the sheets, the write
    expect(bridge.lastSyncs).toBe(fake.stats.syncs);
  });

  it('takes a selection of whole columns for the rows the sheet has, and leaves out every hidden one', async () => {
    const fake = createExcelFake();
    const bridge = excelBridge(fake);
    await bridge.run('build', { plan: samplePlan() });
    // a filter hiding all but rows 2 and 411 (more than the rows whose state was once asked)
    for (let r = 2; r < 410; r++) fake.workbook.sheet(SHEET.tracking).hiddenRows.add(r);
    fake.workbook.select(SHEET.tracking, 'H:H');
    const marked = await bridge.run('mark', { status: 'doing' });
    expect(marked.message?.en).toBe('2 rows updated.');
    expect(fake.workbook.getValues(SHEET.tracking, 'H2:H3')).toEqual([
      ['Đang thực hiện'],
      ['Chưa thực hiện'],
    ]);
    expect(fake.workbook.getValues(SHEET.tracking, 'H411:H411')).toEqual([['Đang thực hiện']]);
  });

  it('offers the summary, and opens it as a new workbook where Excel can (ExcelApi 1.8)', async () => {
    const fake = createExcelFake();
    const opened = fake.workbook.createdWorkbooks;
    const bridge = excelBridge(fake);
    await bridge.run('build', { plan: samplePlan() });
    const done = await bridge.run('summary', {});
    expect(done.ok).toBe(true);
    expect(done.files.map((f) => f.name)).toEqual(['tong-hop-hop-khoi.xlsx']);
    const [file] = await rendered(done);
    expect(await bridge.open(file!)).toBe(true);
    expect(opened).toHaveLength(1);
    expect(atob(opened[0]!).slice(0, 2)).toBe('PK');
  });

  it('does not open a file where Excel cannot (Office 2019), so the page offers a link', async () => {
    const fake = createExcelFake({ apiVersion: '1.7' });
    const bridge = excelBridge(fake);
    expect(await bridge.open({ name: 'x.xlsx', bytes: new Uint8Array([80, 75]) })).toBe(false);
    expect(fake.workbook.createdWorkbooks).toEqual([]);
  });

  it("asks before building over a sheet of the user's own named like one of the book's", async () => {
    const fake = createExcelFake({
      sheets: [{ name: 'Kế hoạch', values: [['Kế hoạch riêng của tôi']] }],
    });
    const bridge = excelBridge(fake);
    const first = await bridge.run('build', { plan: samplePlan() });
    expect(first.ok).toBe(false);
    expect(first.confirm?.question.en).toContain('"Kế hoạch"');
    expect(first.confirm?.consent).toBe('replace');
    expect(fake.workbook.getValues('Kế hoạch', 'A1:A1')).toEqual([['Kế hoạch riêng của tôi']]);
    expect((await bridge.run('build', { plan: samplePlan(), replace: true })).ok).toBe(true);
  });

  it("asks before building over a sheet of the user's own with its content below the first rows", async () => {
    const fake = createExcelFake({ sheets: ['Tổng quan'] });
    fake.workbook.setValues('Tổng quan', 'C40:C40', [['ghi chép riêng']]);
    const first = await excelBridge(fake).run('build', { plan: samplePlan() });
    expect(first.ok).toBe(false);
    expect(first.confirm?.question.en).toContain('"Tổng quan"');
    expect(fake.workbook.getValues('Tổng quan', 'C40:C40')).toEqual([['ghi chép riêng']]);
  });

  it('refuses to build over entries until told to replace them', async () => {
    const fake = createExcelFake();
    const bridge = excelBridge(fake);
    await bridge.run('build', { plan: samplePlan() });
    fake.workbook.select(SHEET.tracking, 'A2:K3');
    const marked = await bridge.run('mark', { status: 'done', evidence: '=1+1' });
    expect(marked.ok).toBe(true);
    expect(fake.workbook.getValues(SHEET.tracking, 'H2:J3')).toEqual([
      ['Hoàn thành', 41739, '=1+1'],
      ['Hoàn thành', 41739, '=1+1'],
    ]);
    const again = await bridge.run('build', { plan: samplePlan() });
    expect(again.ok).toBe(false);
    expect(again.problems.map((p) => p.code)).toEqual(['bookExists']);
    expect(again.confirm?.question.en).toContain('2 entries');
    const replaced = await bridge.run('build', { plan: samplePlan(), replace: true });
    expect(replaced.ok).toBe(true);
    expect(fake.workbook.getValues(SHEET.tracking, 'H2:H2')).toEqual([['Chưa thực hiện']]);
  });

  it('asks for rows of `Theo dõi` when marking elsewhere', async () => {
    const fake = createExcelFake();
    const bridge = excelBridge(fake);
    await bridge.run('build', { plan: samplePlan() });
    fake.workbook.select(SHEET.plan, 'A1:A3');
    const done = await bridge.run('mark', { status: 'done' });
    expect(done.ok).toBe(false);
    expect(done.problems.map((p) => p.en)).toEqual(['Select rows on the "Theo dõi" sheet.']);
  });

  it('sets the protections again as the book has them, input cells left open', async () => {
    const fake = createExcelFake();
    const bridge = excelBridge(fake);
    await bridge.run('build', { plan: samplePlan() });
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(SHEET.tracking);
      ws.protection.unprotect();
      ws.getRange('A1:K411').format.protection.locked = true;
      await context.sync();
    });
    const done = await bridge.run('protect', {});
    expect(done.ok).toBe(true);
    expect(done.notes).toEqual([]);
    expect(fake.workbook.sheet(SHEET.tracking).protection.protected).toBe(true);
    expect(fake.workbook.getCell(SHEET.tracking, 'H2').format.locked).toBe(false);
    expect(fake.workbook.getCell(SHEET.tracking, 'K411').format.locked).toBe(false);
    expect(fake.workbook.getCell(SHEET.tracking, 'D2').format.locked).toBe(true);
  });

  it('says where Excel cannot protect sheets (Office 2016)', async () => {
    const fake = createExcelFake({ apiVersion: '1.1' });
    const bridge = excelBridge(fake);
    await bridge.run('build', { plan: samplePlan() });
    const done = await bridge.run('protect', {});
    expect(done.notes.map((n) => n.en)).toEqual([
      'This version of Excel does not support: locking the cells that must not change (needs Excel 2019 or later). The workbook was built without them.',
    ]);
  });

  it('explains what Excel refused, and that the workbook may be partly written', async () => {
    const fake = createExcelFake();
    const bridge = excelBridge(fake);
    await bridge.run('build', { plan: samplePlan() });
    fake.workbook.sheet(SHEET.report).protection.password = 'secret';
    const done = await bridge.run('refresh', {});
    expect(done.ok).toBe(false);
    expect(done.notes.map((n) => n.en)).toEqual([
      'A sheet of the workbook is protected with a password. Unprotect it (Review → Unprotect Sheet) and try again.',
      'The workbook may be partly written (sheets: Tổng quan, Báo cáo) and is marked incomplete. Restore the previous version (File › Info › Version History), then run the command again, so no entry is lost.',
    ]);
  });
});

describe('the browser-mode bridge', () => {
  it('builds a workbook to download, and works on it afterwards', async () => {
    const files = await fileBridge();
    const built = await files.run('build', { plan: samplePlan() });
    expect(built.ok).toBe(true);
    expect(files.book.name()).toBe('so-theo-doi-2014.xlsx');
    expect(files.book.unsaved()).toBe(true);
    const refreshed = await files.run('refresh', { asOf: '2014-06-30' });
    expect(refreshed.message?.en).toBe('Report and overview refreshed, as of 30/06/2014.');
    const units = await files.run('unitFiles', {});
    expect(units.files.map((f) => f.name)).toContain('BTV-ban-thuong-vu-tinh-doan.xlsx');
    const saved = await files.book.save();
    expect(saved?.name).toBe('so-theo-doi-2014.xlsx');
    const read = await readBookXlsx(saved!.bytes, { strict: true });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.value.book.rows).toHaveLength(410);
    expect(read.value.book.asOf).toBe('2014-06-30');
  });

  it('says that marking needs the selected cells, which browser mode has not', async () => {
    const files = await fileBridge();
    await files.run('build', { plan: samplePlan() });
    for (const done of [
      await files.run('mark', { status: 'done' }),
      await files.run('assign', { targets: ['VP'] }),
      await files.run('buildFromSelection', {}),
    ]) {
      expect(done.ok).toBe(false);
      expect(done.notes.map((n) => n.en)).toEqual([
        'In browser mode no cells are selected, so this cannot be done here. Open the workbook in Excel, or type into the .xlsx file itself and open it again.',
      ]);
    }
  });

  it('refuses a file that is not a tracking workbook', async () => {
    const files = await fileBridge();
    const bad = await files.book.open({ name: 'x.xlsx', bytes: new Uint8Array([1, 2, 3]) });
    expect(bad.map((p) => p.code)).toEqual(['notAWorkbook']);
    expect(files.book.name()).toBeNull();
  });
});
