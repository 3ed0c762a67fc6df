/**
 * Clear words for every bad file the command line is given, as the book, as a returned file, as
 * the plan or as the unit list: what it is and what to do, in Vietnamese and English, with its
 * name, exit code 2, no library text and no stack trace. Nothing is written, every input keeps
 * its hash, and the book keeps every entry. Files that are not regular files (a folder, a named
 * pipe, a device) are refused before they are opened.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { entriesOf, runCli, sha256 } from '../helpers/cli';
import type { FilledBook } from '../helpers/filled-book';
import { filledBook } from '../helpers/filled-book';
import {
  declaredSizes,
  docxBomb,
  FILES,
  lyingAbout,
  manyRows,
  withPart,
  withStreamedPart,
  zipBomb,
} from '../helpers/bad-files';
import { buildPlanDocx, samplePlanDescription } from '../helpers/docx-builder';
import { outputDir, SAMPLE } from '../helpers/paths';
import { toWindows1258 } from '../helpers/legacy-encoders';

const dir = outputDir('bad-files');
let f: FilledBook;
const bad: Record<string, string> = {};

/** The part of an .xlsx that holds a sheet, found from its workbook and relationships. */
function partOf(bytes: Uint8Array, sheet: string): string {
  const parts = unzipSync(bytes);
  const text = (n: string) => new TextDecoder().decode(parts[n]);
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="(\\w+)"`).exec(
    text('xl/workbook.xml'),
  )?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(
    text('xl/_rels/workbook.xml.rels'),
  )?.[1];
  return `xl/${target?.replace(/^\/?xl\//, '')}`;
}

beforeAll(async () => {
  f = await filledBook(dir);
  const put = (name: string, bytes: Uint8Array | string): void => {
    bad[name] = path.join(dir, name);
    fs.writeFileSync(bad[name], bytes);
  };
  for (const name of ['btv.xls', 'btv.ods', 'btv-mat-khau.xlsx']) {
    put(name, fs.readFileSync(path.join(FILES, name)));
  }
  put('btv.csv', 'Mã CV,Đơn vị,Trạng thái\n2014-Q1-01,BTV,Hoàn thành\n');
  put('trong.xlsx', '');
  const btv = new Uint8Array(fs.readFileSync(f.btv));
  put('hong.xlsx', await withPart(btv, partOf(btv, 'Theo dõi'), (x) => x.slice(0, x.length >> 1)));
  put('bom.xlsx', await zipBomb(300));
  const { size, packed } = declaredSizes(
    fs.readFileSync(bad['bom.xlsx']!),
    'xl/worksheets/sheet1.xml',
  );
  const ratio = Math.round(size / packed);
  const said = SAID['bom.xlsx']!;
  said[0] = said[0].replace('RATIO_VI', ratio.toLocaleString('de-DE'));
  said[1] = said[1].replace('RATIO_EN', ratio.toLocaleString('en-US'));
  put(
    'bom-gia.xlsx',
    lyingAbout(fs.readFileSync(bad['bom.xlsx']!), 'xl/worksheets/sheet1.xml', 4096),
  );
  put('trieu-hang.xlsx', await manyRows(1_000_000));
  put('bom.docx', await docxBomb(await buildPlanDocx(samplePlanDescription()), 300));
  bad['thu-muc.xlsx'] = path.join(dir, 'thu-muc.xlsx');
  fs.mkdirSync(bad['thu-muc.xlsx']);
  bad['ong.xlsx'] = path.join(dir, 'ong.xlsx');
  expect(spawnSync('mkfifo', [bad['ong.xlsx']]).status).toBe(0);
  bad['lon.xlsx'] = path.join(dir, 'lon.xlsx');
  fs.writeFileSync(bad['lon.xlsx'], '');
  fs.truncateSync(bad['lon.xlsx'], 65 * 1024 * 1024);
}, 180_000);

/** What is said about each bad file, in both languages. */
const SAID: Record<string, [string, string]> = {
  'btv.xls': [
    'Đây là tệp Excel cũ (.xls, Excel 97–2003). Hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx (Tệp → Lưu thành → Sổ làm việc Excel (*.xlsx)), rồi dùng tệp .xlsx đó.',
    'This is an old Excel file (.xls, Excel 97–2003). Open it in Excel and save it as .xlsx (File → Save As → Excel Workbook (*.xlsx)), then use the .xlsx file.',
  ],
  'btv.ods': [
    'Đây là bảng tính OpenDocument (.ods, của LibreOffice hoặc OpenOffice). Hãy lưu lại dưới dạng .xlsx (Tệp → Lưu thành, kiểu "Excel 2007-365 (.xlsx)"), rồi dùng tệp .xlsx đó.',
    'This is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice). Save it as .xlsx (File → Save As, type "Excel 2007-365 (.xlsx)"), then use the .xlsx file.',
  ],
  'btv.csv': [
    'Tệp này là một tệp văn bản CSV, không phải sổ Excel (.xlsx). Hãy dùng đúng tệp .xlsx; nếu đây là một bảng tính, hãy mở trong Excel và lưu lại dưới dạng .xlsx.',
    'This file is a CSV text file, not an Excel workbook (.xlsx). Use the right .xlsx file; if this is a spreadsheet, open it in Excel and save it as .xlsx.',
  ],
  'btv-mat-khau.xlsx': [
    'Tệp được đặt mật khẩu (mã hoá) nên không đọc được. Hãy mở tệp, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ → Mã hoá bằng mật khẩu, xoá mật khẩu rồi bấm OK), lưu lại, rồi dùng tệp đó.',
    'The file is password-protected (encrypted), so it cannot be read. Open it, remove the password (File → Info → Protect → Encrypt with Password, clear the password, OK), save it, then use that file.',
  ],
  'trong.xlsx': [
    'Tệp hoặc nội dung trống: không có gì để đọc.',
    'The file or text is empty: there is nothing to read.',
  ],
  'bom.xlsx': [
    'Một phần của tệp được nén tới RATIO_VI:1, bất thường (giới hạn 500:1): có thể là tệp độc hại kiểu "zip bomb"; không đọc.',
    'A part of the file is compressed RATIO_EN:1, which is abnormal (the limit is 500:1): it may be a malicious "zip bomb", and it is not read.',
  ],
  'bom-gia.xlsx': [
    'Kích thước ghi bên trong tệp không khớp với nội dung: tệp bị hỏng hoặc bị làm giả; không đọc.',
    'The sizes recorded inside the file do not match its content: it is damaged or forged, and it is not read.',
  ],
  'thu-muc.xlsx': [
    'Đây là một thư mục, không phải một tệp, nên không đọc. Hãy chỉ ra đúng tệp cần dùng.',
    'This is a folder, not a file, so it is not read. Give the file to use.',
  ],
  'ong.xlsx': [
    'Đây là một đường ống dữ liệu (named pipe), không phải một tệp, nên không đọc. Hãy chỉ ra đúng tệp cần dùng.',
    'This is a named pipe, not a file, so it is not read. Give the file to use.',
  ],
  zero: [
    'Đây là một thiết bị (như /dev/zero), không phải một tệp, nên không đọc. Hãy chỉ ra đúng tệp cần dùng.',
    'This is a device (such as /dev/zero), not a file, so it is not read. Give the file to use.',
  ],
  'lon.xlsx': [
    'Tệp quá lớn (65,0 MB); giới hạn là 64,0 MB. Hãy kiểm tra đã chọn đúng tệp.',
    'The file is too large (65.0 MB); the limit is 64.0 MB. Check that this is the right file.',
  ],
  'khong-co.xlsx': [
    'Không mở được tệp: tệp không tồn tại hoặc không có quyền đọc.',
    'The file cannot be opened: it does not exist or cannot be read.',
  ],
};

const ROWS_SAID: [string, string] = [
  'Trang tính có dữ liệu quá hàng 250.000 (giới hạn của Sổ Thi Đua; sổ của một tỉnh khoảng 50.000 hàng): không đọc. Hãy kiểm tra đã chọn đúng tệp, hoặc xoá các hàng thừa.',
  "The sheet has data beyond row 250,000 (Sổ Thi Đua's limit; a province's book has about 50,000 rows): it is not read. Check that this is the right file, or delete the extra rows.",
];
const DAMAGED_SAID: [string, string] = [
  'Nội dung trang tính này bị hỏng nên không đọc được tệp. Hãy mở tệp trong Excel (Excel sẽ đề nghị sửa) rồi lưu lại, hoặc lấy lại tệp gốc.',
  "This sheet's content is damaged, so the file cannot be read. Open the file in Excel (which offers to repair it) and save it, or get the original file again.",
];

function pathOf(name: string): string {
  if (name === 'zero') return '/dev/zero';
  if (name === 'khong-co.xlsx') return path.join(dir, name);
  return bad[name] ?? path.join(dir, name);
}

function message(name: string, [vi, en]: [string, string], where = `${name}`): string {
  return `Lỗi (tệp ${where}): ${vi}\n  Error (file ${where}): ${en}\n`;
}

const kinds = Object.keys(SAID);

describe('a bad file given as the book', () => {
  it.each(kinds)('%s is refused with clear words, and nothing changes', async (name) => {
    const before = sha256(f.book);
    const r = await runCli(['report', pathOf(name)]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(message(name, SAID[name]!));
    expect(r.out).toBe('');
    expect(sha256(f.book)).toBe(before);
  });

  it('a sheet of a million rows, or a damaged sheet, is named by its sheet', async () => {
    const rows = await runCli(['report', bad['trieu-hang.xlsx']!]);
    expect(rows.code).toBe(2);
    expect(rows.err).toBe(
      message('', ROWS_SAID, 'trieu-hang.xlsx, trang tính "Theo dõi"').replace(
        'Error (file trieu-hang.xlsx, trang tính "Theo dõi")',
        'Error (file trieu-hang.xlsx, sheet "Theo dõi")',
      ),
    );
    const damaged = await runCli([
      '--lang',
      'vi',
      'update',
      bad['hong.xlsx']!,
      SAMPLE,
      '-o',
      path.join(dir, 'x.xlsx'),
    ]);
    expect(damaged.code).toBe(2);
    expect(damaged.err).toBe(`Lỗi (tệp hong.xlsx, trang tính "Theo dõi"): ${DAMAGED_SAID[0]}\n`);
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });
});

describe('a book whose log is too long: read only by the commands that need it', () => {
  // the log is checked when read: `report` never reads it; a command that writes the log
  // refuses the book before it merges or writes anything; a log that is a zip bomb by what it
  // declares is refused by every command, read or not
  let book: string;
  let bomb: string;
  beforeAll(async () => {
    const bytes = new Uint8Array(fs.readFileSync(f.book));
    const part = partOf(bytes, 'Nhật ký');
    const xml = new TextDecoder().decode(unzipSync(bytes)[part]);
    const head = xml.slice(0, xml.indexOf('<sheetData>') + '<sheetData>'.length);
    const tail = xml.slice(xml.indexOf('</sheetData>'));
    book = path.join(dir, 'nhat-ky-dai.xlsx');
    fs.writeFileSync(
      book,
      await withStreamedPart(bytes, part, function* () {
        yield head;
        for (let r = 1; r <= 260_000; r += 10_000) {
          let batch = '';
          for (let k = r; k < r + 10_000; k++)
            batch += `<row r="${k}"><c r="A${k}"><v>${k}</v></c></row>`;
          yield batch;
        }
        yield tail;
      }),
    );
    bomb = path.join(dir, 'nhat-ky-bom.xlsx');
    const megabyte = ' '.repeat(1024 * 1024);
    fs.writeFileSync(
      bomb,
      await withStreamedPart(bytes, part, function* () {
        yield head;
        for (let i = 0; i < 300; i++) yield megabyte;
        yield tail;
      }),
    );
  }, 120_000);

  it('report reads the book as if the log were not there', async () => {
    const r = await runCli(['report', book, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe((await runCli(['report', f.book, '--json'])).out);
  });

  it('consolidate refuses it, naming the log, and writes nothing', async () => {
    const out = path.join(dir, 'gop-nhat-ky-dai.xlsx');
    const before = sha256(book);
    const r = await runCli(['consolidate', book, f.btv, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      message('', ROWS_SAID, 'nhat-ky-dai.xlsx, trang tính "Nhật ký"').replace(
        'Error (file nhat-ky-dai.xlsx, trang tính "Nhật ký")',
        'Error (file nhat-ky-dai.xlsx, sheet "Nhật ký")',
      ),
    );
    expect(fs.existsSync(out)).toBe(false);
    expect(sha256(book)).toBe(before);
  });

  it('a log that is a zip bomb by what it declares is refused by report too', async () => {
    const r = await runCli(['--lang', 'en', 'report', bomb, '--json']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      /^Error \(file nhat-ky-bom\.xlsx\): A part of the file is compressed [\d,]+:1, which is abnormal \(the limit is 500:1\): it may be a malicious "zip bomb", and it is not read\.\n$/,
    );
  });
});

describe('a bad file given as a returned file', () => {
  const NOTHING = 'Không gộp được tệp nào; không ghi tệp kết quả.\n';

  it.each([
    ...kinds.filter(
      (k) => !['zero', 'thu-muc.xlsx', 'ong.xlsx', 'lon.xlsx', 'khong-co.xlsx'].includes(k),
    ),
  ])('%s is refused, the others are merged, and the book keeps every entry', async (name) => {
    const out = path.join(dir, `gop-${name}.xlsx`);
    const hashes = [f.book, f.btv, pathOf(name)].map(sha256);
    const r = await runCli(['--lang', 'vi', 'consolidate', f.book, pathOf(name), f.btv, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`Lỗi (tệp ${name}): ${SAID[name]![0]}\n`);
    expect(r.out).toMatch(/gộp 1 tệp \(từ chối 1\)/);
    expect([f.book, f.btv, pathOf(name)].map(sha256)).toEqual(hashes);
    expect(await entriesOf(out)).toEqual(f.entries);
    // given alone, nothing is merged and nothing written
    const alone = await runCli([
      '--lang',
      'vi',
      'consolidate',
      f.book,
      pathOf(name),
      '-o',
      `${out}.alone.xlsx`,
    ]);
    expect(alone.code).toBe(2);
    expect(alone.err).toBe(`Lỗi (tệp ${name}): ${SAID[name]![0]}\n${NOTHING}`);
    expect(fs.existsSync(`${out}.alone.xlsx`)).toBe(false);
  });

  it.each(['zero', 'thu-muc.xlsx', 'ong.xlsx', 'lon.xlsx', 'khong-co.xlsx'])(
    '%s (no regular file, or too large) stops the command before anything is read or written',
    async (name) => {
      const out = path.join(dir, `gop-${name}.xlsx`);
      const r = await runCli(['consolidate', f.book, f.btv, pathOf(name), '-o', out]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(message(name, SAID[name]!));
      expect(fs.existsSync(out)).toBe(false);
    },
  );
});

describe('a bad file given as the plan or the unit list', () => {
  it('a named pipe, a device, a folder are refused as the plan before they are opened', async () => {
    for (const name of ['ong.xlsx', 'zero', 'thu-muc.xlsx']) {
      const r = await runCli(['parse', pathOf(name)]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(message(name, SAID[name]!));
    }
  });

  it('a .docx plan that is a zip bomb is refused before it is unpacked', async () => {
    const r = await runCli(['--lang', 'en', 'parse', bad['bom.docx']!]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^Error \(file bom\.docx\): A part of the file is compressed 1,\d{3}:1, which is abnormal \(the limit is 500:1\): it may be a malicious "zip bomb", and it is not read\.\n$/,
    );
  });

  it('a unit list that is a pipe or a workbook is refused; one in Windows-1258 is read', async () => {
    const out = path.join(dir, 'so-dv.xlsx');
    const pipe = await runCli(['build', SAMPLE, '--units', pathOf('ong.xlsx'), '-o', out]);
    expect(pipe.code).toBe(2);
    expect(pipe.err).toBe(message('ong.xlsx', SAID['ong.xlsx']!));
    const xls = await runCli([
      '--lang',
      'en',
      'build',
      SAMPLE,
      '--units',
      bad['btv.xls']!,
      '-o',
      out,
    ]);
    expect(xls.err).toBe(
      'Error (file btv.xls): The unit list must be a CSV (text) file; this file is an old Excel file (.xls). In Excel: File → Save As → "CSV UTF-8 (Comma delimited)".\n',
    );
    expect(fs.existsSync(out)).toBe(false);
    const csv = path.join(dir, 'don-vi-1258.csv');
    fs.writeFileSync(
      csv,
      toWindows1258(
        'Mã,Tên đơn vị,Nhóm,Email,Tên gọi khác\r\nBTV,Ban Thường vụ Tỉnh Đoàn,Ban Thường vụ,,BTV Tỉnh Đoàn\r\nVP,Văn phòng Tỉnh Đoàn,"Ban, Văn phòng",,\r\n',
      ),
    );
    const ok = await runCli(['--lang', 'en', 'build', SAMPLE, '--units', csv, '-o', out]);
    expect(ok.code).toBe(0);
    expect(ok.err).toContain(
      'Note (file don-vi-1258.csv): The CSV file is not in UTF-8; it was read as Windows-1258.',
    );
    expect(ok.out).toMatch(/for 2 units\.\n$/);
  });
});
