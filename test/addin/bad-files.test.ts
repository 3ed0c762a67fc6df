/**
 * The Excel pane reads returned files in the browser, and in browser mode the book too: the same
 * checks as the command line, before exceljs unpacks anything, with the same words (the pane
 * shows each problem's Vietnamese or English text). A bad file is refused by name, the good ones
 * are merged, and the book keeps what it had.
 */
import { readReturnedBytes } from '../../shared/ui/read-input';
import { SHEET } from '../../shared/i18n/workbook-vi';
import type { Problem } from '../../shared/errors/problem';
import { createExcelFake } from '../fakes/excel-fake';
import { fixture, manyRows, zipBomb } from '../helpers/bad-files';
import { CLOCK, samplePlan } from './helpers/books';
import { excelBridge, fileBridge, rendered } from './helpers/bridges';

const said = (p: Problem) => ({ code: p.code, at: p.at, en: p.en });

const XLS = {
  code: 'legacyXls',
  at: { file: 'btv.xls' },
  en: 'This is an old Excel file (.xls, Excel 97–2003). Open it in Excel and save it as .xlsx (File → Save As → Excel Workbook (*.xlsx)), then use the .xlsx file.',
};
const ENCRYPTED = {
  code: 'encryptedFile',
  at: { file: 'btv-mat-khau.xlsx' },
  en: 'The file is password-protected (encrypted), so it cannot be read. Open it, remove the password (File → Info → Protect → Encrypt with Password, clear the password, OK), save it, then use that file.',
};
const ROWS = {
  code: 'tooManyRows',
  at: { file: 'trieu-hang.xlsx', sheet: 'Theo dõi' },
  en: "The sheet has data beyond row 250,000 (Sổ Thi Đua's limit; a province's book has about 50,000 rows): it is not read. Check that this is the right file, or delete the extra rows.",
};

let bomb: Uint8Array;
let rows: Uint8Array;
beforeAll(async () => {
  bomb = await zipBomb(300);
  rows = await manyRows(1_000_000);
}, 120_000);

describe('the Excel pane, merging returned files', () => {
  it('refuses each bad file by name, merges the good one, and changes nothing else', async () => {
    const fake = createExcelFake();
    const bridge = excelBridge(fake);
    expect((await bridge.run('build', { plan: samplePlan() })).ok).toBe(true);
    // the unit's file comes from this book: a file sealed by another book is refused
    const btv = (await rendered(await bridge.run('unitFiles', {}))).find(
      (d) => d.name === 'BTV-ban-thuong-vu-tinh-doan.xlsx',
    )!;
    const tracking = () =>
      JSON.stringify([...fake.workbook.sheet(SHEET.tracking).cells].map(([k, c]) => [k, c.value]));
    const before = tracking();
    // read in the page as the pane reads them, then merged
    const { returned, unreadable } = await readReturnedBytes(
      [
        { name: 'btv.xls', bytes: fixture('btv.xls') },
        { name: 'btv-mat-khau.xlsx', bytes: fixture('btv-mat-khau.xlsx') },
        { name: 'bom.xlsx', bytes: bomb },
        { name: 'trieu-hang.xlsx', bytes: rows },
        { name: btv.name, bytes: btv.bytes },
      ],
      CLOCK.today,
    );
    expect(returned.map((r) => r.file)).toEqual([btv.name]);
    const done = await bridge.run('merge', { returned, refused: 4 });
    expect(done.message?.en).toBe('Merged 1 file (refused 4): 0 changes, 0 conflicts, 0 rejected.');
    expect(done.problems).toEqual([]);
    expect(unreadable.map(said)).toEqual([
      XLS,
      ENCRYPTED,
      expect.objectContaining({ code: 'compressionTooHigh', at: { file: 'bom.xlsx' } }),
      ROWS,
    ]);
    // the unit sent nothing new: the book's rows are as they were
    expect(tracking()).toBe(before);
  }, 60_000);
});

describe('browser mode', () => {
  it('refuses to open a bad file as the book, saying what it is', async () => {
    const { book } = await fileBridge();
    const open = (name: string, bytes: Uint8Array) => book.open({ name, bytes });
    expect((await open('btv.xls', fixture('btv.xls'))).map(said)).toEqual([XLS]);
    expect((await open('btv-mat-khau.xlsx', fixture('btv-mat-khau.xlsx'))).map(said)).toEqual([
      ENCRYPTED,
    ]);
    expect((await open('trieu-hang.xlsx', rows)).map(said)).toEqual([ROWS]);
    expect((await open('btv.ods', fixture('btv.ods'))).map((p) => p.code)).toEqual(['odsFile']);
    expect(book.name()).toBeNull();
  });
});
