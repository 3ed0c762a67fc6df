/**
 * What the .xlsx reader is given, checked before it unpacks anything, on real files: the right
 * format, whole, and within the size limits, declared and actual. Every host reads workbooks
 * through `readXlsx`, so these are the words the office sees in the command line, the Excel
 * pane and the Sheets sidebar.
 */
import { randomBytes } from 'crypto';
import { unzipSync, zipSync } from 'fflate';
import { checkWorkbookBytes } from '../../shared/files/check-workbook';
import { sniffFile } from '../../shared/files/format';
import { WORKBOOK_LIMITS } from '../../shared/files/limits';
import type { Problem } from '../../shared/errors/problem';
import { readXlsx, XlsxReadError } from '../../shared/files/read-xlsx';
import { buildPlanDocx, samplePlanDescription } from '../helpers/docx-builder';
import {
  compoundFile,
  fixture,
  lyingAbout,
  manyParts,
  manyRows,
  smallXlsx,
  withPart,
  xlsxWithSheet,
  zipBomb,
} from '../helpers/bad-files';

const at = { file: 'tep.xlsx' };

function only(problems: Problem[]): Omit<Problem, 'severity'> {
  expect(problems).toHaveLength(1);
  const { severity, ...rest } = problems[0] as Problem;
  expect(severity).toBe('error');
  return rest;
}

async function readProblem(bytes: Uint8Array): Promise<Omit<Problem, 'severity'>> {
  try {
    await readXlsx(bytes, [], at);
  } catch (e) {
    if (e instanceof XlsxReadError) return only(e.problems);
    throw e;
  }
  throw new Error('expected the file to be refused');
}

describe('checkWorkbookBytes', () => {
  it('passes a real workbook', async () => {
    expect(checkWorkbookBytes(await smallXlsx(), at)).toEqual([]);
  });

  it('asks for an .xls (saved by LibreOffice as Excel 97–2003) to be saved as .xlsx', () => {
    expect(only(checkWorkbookBytes(fixture('btv.xls'), at))).toEqual({
      code: 'legacyXls',
      vi: 'Đây là tệp Excel cũ (.xls, Excel 97–2003). Hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx (Tệp → Lưu thành → Sổ làm việc Excel (*.xlsx)), rồi dùng tệp .xlsx đó.',
      en: 'This is an old Excel file (.xls, Excel 97–2003). Open it in Excel and save it as .xlsx (File → Save As → Excel Workbook (*.xlsx)), then use the .xlsx file.',
      at,
    });
    // any compound file holding a Workbook stream, whatever else it holds
    expect(
      checkWorkbookBytes(compoundFile(['\u0005SummaryInformation', 'Workbook']))[0]?.code,
    ).toBe('legacyXls');
  });

  it('asks for the password to be removed from an encrypted workbook', () => {
    const expected = {
      code: 'encryptedFile',
      vi: 'Tệp được đặt mật khẩu (mã hoá) nên không đọc được. Hãy mở tệp, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ → Mã hoá bằng mật khẩu, xoá mật khẩu rồi bấm OK), lưu lại, rồi dùng tệp đó.',
      en: 'The file is password-protected (encrypted), so it cannot be read. Open it, remove the password (File → Info → Protect → Encrypt with Password, clear the password, OK), save it, then use that file.',
      at,
    };
    expect(only(checkWorkbookBytes(fixture('btv-mat-khau.xlsx'), at))).toEqual(expected);
    // the streams of [MS-OFFCRYPTO] in any order, with or without the others Office adds
    expect(
      only(checkWorkbookBytes(compoundFile(['EncryptedPackage', 'EncryptionInfo']), at)),
    ).toEqual(expected);
    expect(only(checkWorkbookBytes(compoundFile(['EncryptionInfo']), at))).toEqual(expected);
  });

  it('asks for an OpenDocument spreadsheet to be saved as .xlsx', () => {
    expect(only(checkWorkbookBytes(fixture('btv.ods'), at))).toEqual({
      code: 'odsFile',
      vi: 'Đây là bảng tính OpenDocument (.ods, của LibreOffice hoặc OpenOffice). Hãy lưu lại dưới dạng .xlsx (Tệp → Lưu thành, kiểu "Excel 2007-365 (.xlsx)"), rồi dùng tệp .xlsx đó.',
      en: 'This is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice). Save it as .xlsx (File → Save As, type "Excel 2007-365 (.xlsx)"), then use the .xlsx file.',
      at,
    });
  });

  it('names what a file is when it is no workbook at all', async () => {
    const kinds: [Uint8Array, string, string][] = [
      [
        new TextEncoder().encode('Mã CV,Đơn vị,Trạng thái\n2014-Q1-01,BTV,Hoàn thành\n'),
        'một tệp văn bản CSV',
        'a CSV text file',
      ],
      [
        new TextEncoder().encode('<html><body><table><tr><td>1</td></tr></table></body></html>'),
        'một trang web (HTML; phần mềm khác thường xuất ra kiểu này với đuôi .xls)',
        'a web page (HTML, which other software often exports with an .xls name)',
      ],
      [
        new TextEncoder().encode(
          '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
        ),
        'một bảng tính XML của Excel 2003',
        'an Excel 2003 XML spreadsheet',
      ],
      [
        await buildPlanDocx(samplePlanDescription()),
        'một văn bản Word (.docx)',
        'a Word document (.docx)',
      ],
      [new TextEncoder().encode('%PDF-1.4\n'), 'một tệp PDF', 'a PDF file'],
      [compoundFile(['WordDocument']), 'một văn bản Word cũ (.doc)', 'an old Word document (.doc)'],
      [zipSync({ 'a.txt': new Uint8Array([1, 2]) }), 'một tệp nén (.zip)', 'a .zip archive'],
      [
        new Uint8Array(randomBytes(2000)),
        'một tệp nhị phân không rõ loại',
        'a binary file of unknown kind',
      ],
    ];
    for (const [bytes, vi, en] of kinds) {
      expect(only(checkWorkbookBytes(bytes, at))).toEqual({
        code: 'notAWorkbook',
        vi: `Tệp này là ${vi}, không phải sổ Excel (.xlsx). Hãy dùng đúng tệp .xlsx; nếu đây là một bảng tính, hãy mở trong Excel và lưu lại dưới dạng .xlsx.`,
        en: `This file is ${en}, not an Excel workbook (.xlsx). Use the right .xlsx file; if this is a spreadsheet, open it in Excel and save it as .xlsx.`,
        at,
      });
    }
  });

  it('says an empty file is empty', () => {
    expect(only(checkWorkbookBytes(new Uint8Array(0), at))).toEqual({
      code: 'emptyInput',
      vi: 'Tệp hoặc nội dung trống: không có gì để đọc.',
      en: 'The file or text is empty: there is nothing to read.',
      at,
    });
  });

  it('says a file cut short (a download that did not finish) is cut short', async () => {
    const whole = await smallXlsx();
    for (const cut of [whole.length - 10, Math.floor(whole.length / 2), 100]) {
      expect(only(checkWorkbookBytes(whole.slice(0, cut), at))).toEqual({
        code: 'damagedFile',
        vi: 'Tệp bị cắt cụt (không đầy đủ): có thể tải về hoặc sao chép chưa xong. Hãy lấy lại tệp gốc.',
        en: 'The file is cut short (incomplete): a download or a copy may not have finished. Get the original file again.',
        at,
      });
    }
  });

  it('refuses a zip bomb from what its directory declares, before unpacking', async () => {
    const bomb = await zipBomb(300);
    expect(sniffFile(bomb).format).toBe('xlsx');
    const p = only(checkWorkbookBytes(bomb, at));
    expect(p.code).toBe('compressionTooHigh');
    expect(p.vi).toMatch(
      /^Một phần của tệp được nén tới 1\.\d{3}:1, bất thường \(giới hạn 500:1\): có thể là tệp độc hại kiểu "zip bomb"; không đọc\.$/,
    );
    expect(p.en).toMatch(
      /^A part of the file is compressed 1,\d{3}:1, which is abnormal \(the limit is 500:1\): it may be a malicious "zip bomb", and it is not read\.$/,
    );
  }, 60_000);

  it('refuses a bomb whose directory lies about its size, after unpacking no more than it declared', async () => {
    const liar = lyingAbout(await zipBomb(300), 'xl/worksheets/sheet1.xml', 5_000);
    expect(only(checkWorkbookBytes(liar, at))).toEqual({
      code: 'sizeMismatch',
      vi: 'Kích thước ghi bên trong tệp không khớp với nội dung: tệp bị hỏng hoặc bị làm giả; không đọc.',
      en: 'The sizes recorded inside the file do not match its content: it is damaged or forged, and it is not read.',
      at,
    });
  }, 60_000);

  it('refuses a file that declares more unpacked bytes than the limit', async () => {
    const parts = unzipSync(await smallXlsx());
    parts['xl/media/image1.png'] = new Uint8Array(randomBytes(1024 * 1024));
    const big = lyingAbout(zipSync(parts, { level: 0 }), 'xl/media/image1.png', 300 * 1024 * 1024);
    expect(only(checkWorkbookBytes(big, at))).toEqual({
      code: 'unpackedTooLarge',
      vi: 'Tệp khi giải nén lên tới 300,0 MB, quá giới hạn 256,0 MB: không đọc (có thể là tệp độc hại kiểu "zip bomb", hoặc không phải sổ theo dõi).',
      en: 'The file unpacks to 300.0 MB, over the limit of 256.0 MB: it is not read (it may be a malicious "zip bomb", or not a tracking workbook).',
      at,
    });
  });

  it('refuses a zip of thousands of parts', async () => {
    expect(only(checkWorkbookBytes(await manyParts(6_000), at))).toEqual({
      code: 'tooManyParts',
      vi: 'Tệp có 6.016 phần bên trong, quá giới hạn 5.000: không phải một sổ theo dõi bình thường, không đọc.',
      en: 'The file has 6,016 parts inside, over the limit of 5,000: it is not an ordinary tracking workbook, and it is not read.',
      at,
    });
  });

  it('refuses a sheet of a million rows, naming the sheet', async () => {
    expect(only(checkWorkbookBytes(await manyRows(1_000_000), at))).toEqual({
      code: 'tooManyRows',
      vi: 'Trang tính có dữ liệu quá hàng 250.000 (giới hạn của Sổ Thi Đua; sổ của một tỉnh khoảng 50.000 hàng): không đọc. Hãy kiểm tra đã chọn đúng tệp, hoặc xoá các hàng thừa.',
      en: "The sheet has data beyond row 250,000 (Sổ Thi Đua's limit; a province's book has about 50,000 rows): it is not read. Check that this is the right file, or delete the extra rows.",
      at: { file: 'tep.xlsx', sheet: 'Theo dõi' },
    });
  }, 60_000);

  it('refuses one cell typed at the last row of a sheet, which would make a million empty rows', async () => {
    const far = await xlsxWithSheet(() => [
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
    ]);
    expect(only(checkWorkbookBytes(far, at)).code).toBe('tooManyRows');
  });

  it('refuses a sheet whose rows × columns pass five million cells', async () => {
    const wide = await xlsxWithSheet(function* () {
      for (let r = 1; r <= 20_000; r++) yield `<row r="${r}"><c r="KN${r}"><v>1</v></c></row>`;
    });
    expect(only(checkWorkbookBytes(wide, at))).toEqual({
      code: 'tooManyCells',
      vi: 'Vùng dữ liệu của trang tính quá lớn (5.000.100 ô, tính theo hàng × cột; giới hạn 5.000.000 ô): không đọc. Hãy xoá các hàng, cột thừa.',
      en: "The sheet's data area is too large (5,000,100 cells, rows × columns; the limit is 5,000,000): it is not read. Delete the extra rows and columns.",
      at: { file: 'tep.xlsx', sheet: 'Theo dõi' },
    });
  });

  it('counts rows written without their numbers, as the format allows', async () => {
    const bare = await xlsxWithSheet(function* () {
      for (let r = 0; r < WORKBOOK_LIMITS.rows + 1; r += 10_000) {
        yield '<row><c><v>1</v></c></row>'.repeat(Math.min(10_000, WORKBOOK_LIMITS.rows + 1 - r));
      }
    });
    expect(only(checkWorkbookBytes(bare, at)).code).toBe('tooManyRows');
  }, 60_000);

  it('refuses a part compressed in a way Excel does not write', async () => {
    const bytes = (await smallXlsx()).slice();
    // method 14 (LZMA) in the directory entry of the first part
    const p = bytes.findIndex(
      (_, i) =>
        bytes[i] === 0x50 &&
        bytes[i + 1] === 0x4b &&
        bytes[i + 2] === 0x01 &&
        bytes[i + 3] === 0x02,
    );
    bytes[p + 10] = 14;
    expect(only(checkWorkbookBytes(bytes, at)).code).toBe('unusualCompression');
  });
});

describe('readXlsx on damaged sheets', () => {
  const damage: [string, (xml: string) => string][] = [
    ['cut in the middle', (x) => x.slice(0, Math.floor(x.length / 2))],
    ['with a closing tag that does not match', (x) => x.replace('</sheetData>', '</sheetDat>')],
    ['with binary garbage', () => '\u0000\u0001garbage<<<>>>'],
    ['with an unknown entity', (x) => x.replace('<sheetData>', '<sheetData>&bogus;')],
    ['with another root element', () => '<?xml version="1.0"?><foo/>'],
    ['empty', () => ''],
  ];
  it.each(damage)('names the sheet whose XML is %s, in its own words', async (_, change) => {
    const bytes = await withPart(await smallXlsx(), 'xl/worksheets/sheet1.xml', change);
    expect(await readProblem(bytes)).toEqual({
      code: 'damagedSheet',
      vi: 'Nội dung trang tính này bị hỏng nên không đọc được tệp. Hãy mở tệp trong Excel (Excel sẽ đề nghị sửa) rồi lưu lại, hoặc lấy lại tệp gốc.',
      en: "This sheet's content is damaged, so the file cannot be read. Open the file in Excel (which offers to repair it) and save it, or get the original file again.",
      at: { file: 'tep.xlsx', sheet: 'Theo dõi' },
    });
  });

  it('says a damaged part that is no sheet is a damaged part', async () => {
    const bytes = await withPart(await smallXlsx(), 'xl/workbook.xml', (x) => x.slice(0, 80));
    expect(await readProblem(bytes)).toEqual({
      code: 'damagedPart',
      vi: 'Một phần bên trong tệp bị hỏng nên không đọc được tệp. Hãy mở tệp trong Excel (Excel sẽ đề nghị sửa) rồi lưu lại, hoặc lấy lại tệp gốc.',
      en: 'A part inside the file is damaged, so the file cannot be read. Open the file in Excel (which offers to repair it) and save it, or get the original file again.',
      at,
    });
  });
});
