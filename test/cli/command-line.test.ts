/**
 * The command line's own words: its errors (a missing argument, an unknown command or option, a
 * bad value) in Vietnamese and English with what to do, its help, a reader that goes away early
 * (`| head -1`), many notes of one kind grouped, and every one of them kept by --log; a long
 * change log said in short, and kept whole by the book and --log.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { readBookXlsx } from '../../shared/xlsx/book-io';
import { builtCli } from '../helpers/built-cli';
import { runCli } from '../helpers/cli';
import { fillTracking } from '../helpers/fill';
import { outputDir, SAMPLE } from '../helpers/paths';

const dir = outputDir('command-line');
const book = path.join(dir, 'so.xlsx');

beforeAll(async () => {
  expect((await runCli(['build', SAMPLE, '-o', book, '--as-of', '15/07/2014'])).code).toBe(0);
}, 60_000);

describe('errors in the command line', () => {
  const cases: [string, string[], string, string][] = [
    [
      'a missing argument',
      ['build', '-o', 'x.xlsx'],
      'Lệnh "build" thiếu tham số <plan> (tệp kế hoạch (.docx, .txt, .xlsx, .csv, .tsv)). Xem: thidua build --help',
      'The command "build" needs <plan> (the plan file). See: thidua build --help',
    ],
    [
      'a missing option',
      ['update', 'so.xlsx', 'ke-hoach.txt'],
      'Lệnh "update" cần tuỳ chọn -o, --output <file> (sổ sau khi cập nhật). Xem: thidua update --help',
      'The command "update" needs the option -o, --output <file> (the updated workbook). See: thidua update --help',
    ],
    [
      'an option without its value',
      ['report', 'so.xlsx', '--as-of'],
      'Tuỳ chọn --as-of <date> cần một giá trị (tính đến ngày (dd/mm/yyyy)). Xem: thidua report --help',
      'The option --as-of <date> needs a value (as of date). See: thidua report --help',
    ],
    [
      'an unknown command',
      ['bulid', 'ke-hoach.txt'],
      'Không có lệnh "bulid" (có phải "build"?). Các lệnh: parse, schema, build, split, consolidate, update, report. Xem: thidua --help',
      'There is no command "bulid" (did you mean "build"?). Commands: parse, schema, build, split, consolidate, update, report. See: thidua --help',
    ],
    [
      'an unknown option',
      ['report', 'so.xlsx', '--outptu', 'x.xlsx'],
      'Không có tuỳ chọn --outptu (có phải --output?). Xem: thidua report --help',
      'There is no option --outptu (did you mean --output?). See: thidua report --help',
    ],
    [
      'too many arguments (a file name with a space, unquoted)',
      ['report', 'so', 'theo doi.xlsx'],
      'Lệnh "report" nhận 1 tham số nhưng được 2. Tên tệp có dấu cách cần đặt trong ngoặc kép. Xem: thidua report --help',
      'The command "report" takes 1 argument but was given 2. A file name with spaces must be in quotes. See: thidua report --help',
    ],
    [
      'a value not among the choices',
      ['--lang', 'fr', 'report', 'so.xlsx'],
      'Giá trị "fr" không hợp lệ cho --lang (chọn: vi, en, both).',
      '"fr" is not a valid value for --lang (choose: vi, en, both).',
    ],
  ];

  it.each(cases)('%s: said in both languages, exit 2', async (_, args, vi, en) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Lỗi: ${vi}\n  Error: ${en}\n`);
    expect(r.out).toBe('');
  });

  it('in one language when one is asked for, even before the command runs', async () => {
    const r = await runCli(['--lang', 'en', 'bulid']);
    expect(r.err).toBe(`Error: ${cases[3]![3]}\n`);
  });
});

describe('--help', () => {
  it('lists the commands and options with their titles in both languages', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Cách dùng \/ Usage: thidua \[options\] \[command\]\n/);
    expect(r.out).toContain('Tuỳ chọn / Options:');
    expect(r.out).toContain('Lệnh / Commands:');
    expect(r.out).toContain(
      'consolidate [options] <book> <returned...>  Gộp các tệp đơn vị gửi lại / merge returned unit files',
    );
    const build = await runCli(['build', '--help']);
    expect(build.out).toContain('Tham số / Arguments:');
    expect(build.out).toContain('--force');
    const update = await runCli(['update', '--help']);
    expect(update.out).toContain('--in-place');
  });
});

describe('a reader that stops early', () => {
  it('`thidua report BOOK --json | head -1` ends quietly, exit 0, no stack trace', () => {
    const bin = builtCli('command-line-bin');
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${bin}" report "${book}" --json | head -1; echo "codes=\${PIPESTATUS[*]}"`,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stdout).toBe('{\ncodes=0 0\n');
    expect(r.stderr).toBe('');
  });
});

describe('many notes of one kind', () => {
  it('are grouped on screen, and all kept in the --log file', async () => {
    const units = path.join(dir, 'don-vi');
    expect((await runCli(['split', book, '-o', units])).code).toBe(0);
    const btv = path.join(units, 'BTV-ban-thuong-vu-tinh-doan.xlsx');
    // every row marked done, the date typed as text
    await fillTracking(btv, () => ({ status: 'Hoàn thành', doneDate: '05/03/2014' }));
    const log = path.join(dir, 'nhat-ky.txt');
    const r = await runCli([
      '--log',
      log,
      '--lang',
      'en',
      'consolidate',
      book,
      btv,
      '-o',
      path.join(dir, 'gop.xlsx'),
    ]);
    expect(r.code).toBe(0);
    // 28 notes, two lines
    expect(r.err).toBe(
      'Note (file BTV-ban-thuong-vu-tinh-doan.xlsx, sheet "Theo dõi", cell I2): A date typed as text "05/03/2014" was read as 05/03/2014.\n' +
        '  … and 27 more of the same kind: cell I3, cell I4, cell I5, cell I6, cell I7, cell I8, cell I9, cell I10, cell I11, cell I12 (and 17 more).\n',
    );
    const kept = fs.readFileSync(log, 'utf8').split('\n');
    expect(kept.filter((l) => l.startsWith('  Note') && l.includes('typed as text'))).toHaveLength(
      28,
    );
    expect(kept).toContain(
      'Lưu ý (tệp BTV-ban-thuong-vu-tinh-doan.xlsx, trang tính "Theo dõi", ô I29): Ngày được gõ dưới dạng chữ "05/03/2014"; đã hiểu là 05/03/2014.',
    );
  });
});

describe('a long change log', () => {
  it('is said per unit with its first 20 lines on screen; the book and --log keep every line', async () => {
    const units = path.join(dir, 'don-vi-nhat-ky');
    expect((await runCli(['split', book, '-o', units])).code).toBe(0);
    const btv = path.join(units, 'BTV-ban-thuong-vu-tinh-doan.xlsx');
    // 28 rows, two fields each: one log line a field
    await fillTracking(btv, () => ({ status: 'Hoàn thành', evidence: 'Báo cáo số 12' }));
    const log = path.join(dir, 'nhat-ky-day-du.txt');
    const out = path.join(dir, 'gop-nhat-ky.xlsx');
    const r = await runCli(['--log', log, '--lang', 'en', 'consolidate', book, btv, '-o', out]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '  Ban Thường vụ Tỉnh Đoàn: 56 changes, 0 conflicts, 0 rejected',
      'Merge log: 56 lines; the first 20:',
    ]);
    const first = lines.slice(2, 22);
    expect(first.filter((l) => l.startsWith('  [Applied] Ban Thường vụ Tỉnh Đoàn '))).toHaveLength(
      20,
    );
    expect(lines.slice(22)).toEqual([
      '  … and 36 more: all of them are on the "Nhật ký" sheet of gop-nhat-ky.xlsx and in nhat-ky-day-du.txt.',
      'Wrote gop-nhat-ky.xlsx: merged 1 file (refused 0); 56 changes, 0 conflicts, 0 rejected.',
      '',
    ]);
    const kept = fs.readFileSync(log, 'utf8').split('\n');
    const logged = kept.filter((l) => l.startsWith('  [Applied] Ban Thường vụ Tỉnh Đoàn '));
    expect(logged).toHaveLength(56);
    expect(logged.slice(0, 20)).toEqual(first);
    const merged = await readBookXlsx(new Uint8Array(fs.readFileSync(out)), { strict: false });
    expect(merged.ok && merged.value.book.log.length).toBe(56);
  });
});
