/**
 * A workbook's sheets checked when they are read: what its directory declares is checked for
 * every part up front (a zip bomb is refused whether or not its sheet is ever read), and a
 * worksheet's actual size, rows and cells when a reader first asks for it, in the same words as
 * the whole check (`checkWorkbookBytes`). A sheet that is never read is never unpacked.
 */
import ExcelJS from 'exceljs';
import type { Problem } from '../../shared/errors/problem';
import { checkWorkbookBytes } from '../../shared/files/check-workbook';
import { openXlsx, XlsxReadError } from '../../shared/files/read-xlsx';
import { lyingAbout, withStreamedPart } from '../helpers/bad-files';

const at = { file: 'so.xlsx' };
const LOG_PART = 'xl/worksheets/sheet2.xml';

/** A book-like workbook: "Theo dõi" with two rows, then "Nhật ký" (its part is `LOG_PART`). */
async function twoSheets(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const tracking = wb.addWorksheet('Theo dõi');
  tracking.addRow(['Mã CV', 'Đơn vị', 'Trạng thái']);
  tracking.addRow(['2014-Q1-01', 'BTV', 'Hoàn thành']);
  wb.addWorksheet('Nhật ký').addRow(['Lúc', 'Đơn vị']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const TAIL = '</sheetData></worksheet>';

/** The book with its log's part streamed from `pieces` (between the sheet's head and tail). */
async function withLog(pieces: () => Iterable<string>): Promise<Uint8Array> {
  return withStreamedPart(await twoSheets(), LOG_PART, function* () {
    yield HEAD;
    yield* pieces();
    yield TAIL;
  });
}

/** A log of `rows` rows of two cells. */
const logRows = (rows: number) =>
  function* (): Iterable<string> {
    let batch = '';
    for (let r = 1; r <= rows; r++) {
      batch += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>BTV</t></is></c></row>`;
      if (r % 10_000 === 0) {
        yield batch;
        batch = '';
      }
    }
    yield batch;
  };

/** The one problem an XlsxReadError thrown by `read` carries. */
function refusal(read: () => unknown): Problem {
  try {
    read();
  } catch (e) {
    if (e instanceof XlsxReadError && e.problems.length === 1) return e.problems[0] as Problem;
    throw e;
  }
  throw new Error('expected a refusal');
}

const TRACKING_VALUES = [
  ['Mã CV', 'Đơn vị', 'Trạng thái'],
  ['2014-Q1-01', 'BTV', 'Hoàn thành'],
];

describe('a sheet checked when it is read', () => {
  it('a log of 300,000 rows: the other sheets are read; the log is refused, by name, when read', async () => {
    const bytes = await withLog(logRows(300_000));
    // the whole check refuses the file; the reader refuses the sheet only when it reads it
    expect(checkWorkbookBytes(bytes, at).map((p) => p.code)).toEqual(['tooManyRows']);
    const pkg = openXlsx(bytes, at);
    expect(pkg.sheetNames).toEqual(['Theo dõi', 'Nhật ký']);
    expect(pkg.read({ only: ['Theo dõi'] }).sheets.map((s) => s.values)).toEqual([TRACKING_VALUES]);
    const p = refusal(() => pkg.read({ only: ['Nhật ký'] }));
    expect(p).toEqual({
      ...checkWorkbookBytes(bytes, at)[0],
      at: { file: 'so.xlsx', sheet: 'Nhật ký' },
    });
    expect(p.en).toBe(
      "The sheet has data beyond row 250,000 (Sổ Thi Đua's limit; a province's book has about 50,000 rows): it is not read. Check that this is the right file, or delete the extra rows.",
    );
  }, 60_000);

  it('a log whose directory understates its size: refused as forged when read, not before', async () => {
    const bytes = lyingAbout(await withLog(logRows(20_000)), LOG_PART, 4096);
    expect(checkWorkbookBytes(bytes, at).map((p) => p.code)).toEqual(['sizeMismatch']);
    const pkg = openXlsx(bytes, at);
    expect(pkg.read({ only: ['Theo dõi'] }).sheets.map((s) => s.values)).toEqual([TRACKING_VALUES]);
    expect(refusal(() => pkg.read({ only: ['Nhật ký'] }))).toEqual({
      severity: 'error',
      code: 'sizeMismatch',
      vi: 'Kích thước ghi bên trong tệp không khớp với nội dung: tệp bị hỏng hoặc bị làm giả; không đọc.',
      en: 'The sizes recorded inside the file do not match its content: it is damaged or forged, and it is not read.',
      at,
    });
  });

  it('a log that is a zip bomb by what it declares: the file is refused at once, unread', async () => {
    const megabyte = ' '.repeat(1024 * 1024);
    const bytes = await withLog(function* () {
      for (let i = 0; i < 300; i++) yield megabyte;
    });
    const p = refusal(() => openXlsx(bytes, at));
    expect(p.code).toBe('compressionTooHigh');
    expect(p.at).toEqual(at);
  }, 60_000);

  it('a sheet of a million cells by its data area, read: refused with the area', async () => {
    const bytes = await withLog(function* () {
      for (let r = 1; r <= 20_000; r++) yield `<row r="${r}"><c r="KN${r}"><v>1</v></c></row>`;
    });
    const pkg = openXlsx(bytes, at);
    expect(pkg.read({ only: ['Theo dõi'] }).sheets).toHaveLength(1);
    expect(refusal(() => pkg.read())).toEqual({
      severity: 'error',
      code: 'tooManyCells',
      vi: 'Vùng dữ liệu của trang tính quá lớn (5.000.100 ô, tính theo hàng × cột; giới hạn 5.000.000 ô): không đọc. Hãy xoá các hàng, cột thừa.',
      en: "The sheet's data area is too large (5,000,100 cells, rows × columns; the limit is 5,000,000): it is not read. Delete the extra rows and columns.",
      at: { file: 'so.xlsx', sheet: 'Nhật ký' },
    });
  });
});

describe('a sheet read for its first rows only', () => {
  const heads = new Map([['Nhật ký', 2]]);

  it('is unpacked up to the row past them: a forged remainder is never reached', async () => {
    const bytes = lyingAbout(await withLog(logRows(20_000)), LOG_PART, 200_000);
    const [log] = openXlsx(bytes, at).read({ only: ['Nhật ký'], heads }).sheets;
    expect(log?.values).toEqual([
      [1, 'BTV'],
      [2, 'BTV'],
    ]);
    // read whole, the same sheet is refused
    expect(refusal(() => openXlsx(bytes, at).read({ only: ['Nhật ký'] })).code).toBe(
      'sizeMismatch',
    );
  });

  it('a sheet shorter than the rows asked for is read whole', async () => {
    const bytes = await withLog(logRows(1));
    const [log] = openXlsx(bytes, at).read({ only: ['Nhật ký'], heads }).sheets;
    expect(log?.values).toEqual([[1, 'BTV']]);
  });

  it('rows told only by their cells (no row numbers): the same first rows as the whole sheet gives', async () => {
    const bytes = await withLog(function* () {
      yield '<row><c r="A1"><v>1</v></c></row><row><c r="A7"><v>7</v></c><c r="B9"><v>9</v></c></row>';
      yield '<row r="12"><c r="A12"><v>12</v></c></row>';
      for (let r = 13; r < 20_000; r++) yield `<row><c><v>${r}</v></c></row>`;
    });
    const whole = openXlsx(bytes, at).read({ only: ['Nhật ký'] }).sheets[0]?.values;
    const [log] = openXlsx(bytes, at).read({ only: ['Nhật ký'], heads }).sheets;
    expect(log?.values).toEqual(whole?.slice(0, log?.values.length));
    expect(log?.values[0]).toEqual([1, null]);
  });

  it('is refused when its top passes the limits', async () => {
    const bytes = await withLog(function* () {
      yield '<row r="1"><c r="A1"><v>1</v></c></row><row r="300000"><c r="A300000"><v>1</v></c></row>';
    });
    expect(refusal(() => openXlsx(bytes, at).read({ only: ['Nhật ký'], heads }))).toEqual({
      ...checkWorkbookBytes(bytes, at)[0],
      at: { file: 'so.xlsx', sheet: 'Nhật ký' },
    });
  });
});
