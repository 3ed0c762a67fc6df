/**
 * No entry is lost by a write: files are written whole or not at all (a disk that fills half way
 * leaves the earlier file and no temporary file), an input is never the output unasked (whatever
 * path, link or case names it), a book holding entries is never replaced unasked, and `split`
 * never overwrites unit files that were returned and not yet merged. Every refusal exits 2 with
 * its message in both languages, every input keeps its hash, and the book keeps every entry.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { entriesOf, runCli, sha256 } from '../helpers/cli';
import type { FilledBook } from '../helpers/filled-book';
import { BTV_FILE, HA_FILE, filledBook } from '../helpers/filled-book';
import { fillTracking } from '../helpers/fill';
import { builtCli } from '../helpers/built-cli';
import { outputDir, SAMPLE } from '../helpers/paths';

const dir = outputDir('safe-writes');
let f: FilledBook;

beforeAll(async () => {
  f = await filledBook(dir);
  expect(f.entries).toHaveLength(7);
}, 120_000);

/** The files of a folder and their hashes: what must be there unchanged after a refusal. */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(folder)) {
    const p = path.join(folder, name);
    if (fs.statSync(p).isFile()) out[name] = sha256(p);
  }
  return out;
}

/** A copy of the filled book for one test, so that tests do not see each other's writes. */
function copyOfBook(name: string): string {
  const p = path.join(dir, name);
  fs.copyFileSync(f.book, p);
  return p;
}

const noStack = (text: string): void => expect(text).not.toMatch(/\bat .*\.(js|ts):\d+/);

describe('a write that fails half way', () => {
  /** Writes half of a temporary file, then fails as a full disk does. */
  const diskFillsUp = {
    writeNew: async (file: string, data: Uint8Array | string) => {
      if (!file.endsWith('.tmp')) return fs.promises.writeFile(file, data, { flag: 'wx' });
      const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
      await fs.promises.writeFile(file, bytes.subarray(0, bytes.length >> 1), { flag: 'wx' });
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  };

  it('leaves the book as it was and no temporary file, and says so', async () => {
    const book = copyOfBook('het-cho.xlsx');
    const before = snapshot(dir);
    const r = await runCli(
      ['update', book, SAMPLE, '-o', book, '--in-place'],
      undefined,
      diskFillsUp,
    );
    expect(r.code).toBe(2);
    // after the notes on the plan, the refusal
    expect(r.err.slice(r.err.indexOf('Không ghi'))).toBe(
      `Không ghi được tệp ${book} (ổ đĩa đã đầy). Tệp cũ (nếu có) vẫn giữ nguyên, không có tệp ghi dở nào để lại.\n` +
        `  The file ${book} cannot be written (the disk is full). The earlier file, if any, is unchanged, and no partly written file is left.\n`,
    );
    noStack(r.err);
    expect(sha256(book)).toBe(before['het-cho.xlsx']);
    expect(await entriesOf(book)).toEqual(f.entries);
    // the copy kept first is whole; nothing else is new
    const after = snapshot(dir);
    expect(after['het-cho.bak.xlsx']).toBe(before['het-cho.xlsx']);
    delete after['het-cho.bak.xlsx'];
    expect(after).toEqual(before);
  });

  it('leaves no file at all when there was none, nor a temporary one', async () => {
    const out = path.join(dir, 'moi', 'so-moi.xlsx');
    const r = await runCli(['build', SAMPLE, '-o', out], undefined, diskFillsUp);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`The file ${out} cannot be written (the disk is full).`);
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);
  });

  it('removes the temporary file when the last step, the rename, is refused', async () => {
    const book = copyOfBook('doi-ten.xlsx');
    const before = snapshot(dir);
    const r = await runCli(['consolidate', book, f.btv, '-o', book, '--in-place'], undefined, {
      rename: async () => {
        throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
      },
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `  The file ${book} cannot be written (another program, such as Excel, has it open).`,
    );
    const after = snapshot(dir);
    delete after['doi-ten.bak.xlsx'];
    expect(after).toEqual(before);
  });

  const unshare = spawnSync('unshare', ['-rm', 'true']).status === 0;
  (unshare ? it : it.skip)(
    'on a real disk that fills up (a small tmpfs), leaves the book whole and no temporary file',
    () => {
      const bin = builtCli('safe-writes-bin');
      const mnt = path.join(dir, 'tmpfs');
      fs.mkdirSync(mnt, { recursive: true });
      const size = fs.statSync(f.book).size;
      // room for the book and its copy, not for the new book beside them
      const room = Math.ceil((2.4 * size) / 4096) * 4096;
      const script = [
        'set -e',
        `mount -t tmpfs -o size=${room} tmpfs "${mnt}"`,
        `cp "${f.book}" "${mnt}/so.xlsx"`,
        `sha256sum "${mnt}/so.xlsx" > "${dir}/tmpfs-before.txt"`,
        'set +e',
        `"${process.execPath}" "${bin}" --lang en consolidate "${mnt}/so.xlsx" "${f.btv}" -o "${mnt}/so.xlsx" --in-place`,
        'echo "exit=$?"',
        `sha256sum "${mnt}/so.xlsx" > "${dir}/tmpfs-after.txt"`,
        `ls -A "${mnt}"`,
      ].join('\n');
      const r = spawnSync('unshare', ['-rm', 'sh', '-c', script], { encoding: 'utf8' });
      expect(r.stdout).toContain('exit=2');
      expect(r.stderr).toContain(`The file ${mnt}/so.xlsx cannot be written (the disk is full).`);
      noStack(r.stderr);
      expect(r.stdout.trim().split('\n').slice(-2)).toEqual(['so.bak.xlsx', 'so.xlsx']);
      expect(fs.readFileSync(path.join(dir, 'tmpfs-after.txt'), 'utf8')).toBe(
        fs.readFileSync(path.join(dir, 'tmpfs-before.txt'), 'utf8'),
      );
    },
  );
});

describe('-o naming an input', () => {
  const refusedAsBook = (file: string) =>
    `Lỗi (tệp ${file}): Tệp kết quả (-o) chính là sổ theo dõi đầu vào: không ghi đè lên tệp đầu vào. Hãy chọn tên khác, hoặc thêm --in-place để ghi vào chính sổ (giữ bản sao .bak.xlsx trước).\n` +
    `  Error (file ${file}): The output file (-o) is the tracking workbook given as input: an input is not overwritten. Choose another name, or add --in-place to write into the workbook itself (a .bak.xlsx copy is kept first).\n`;

  it('is refused for the book, by the same path, another spelling, a link or a hard link', async () => {
    const book = copyOfBook('so-goc.xlsx');
    fs.symlinkSync(book, path.join(dir, 'lien-ket.xlsx'));
    fs.linkSync(book, path.join(dir, 'cung-tep.xlsx'));
    const before = snapshot(dir);
    const names: [string, string][] = [
      [book, 'so-goc.xlsx'],
      [path.join(dir, '..', 'safe-writes', '.', 'so-goc.xlsx'), 'so-goc.xlsx'],
      [path.join(dir, 'lien-ket.xlsx'), 'lien-ket.xlsx'],
      [path.join(dir, 'cung-tep.xlsx'), 'cung-tep.xlsx'],
    ];
    for (const [out, shown] of names) {
      const r = await runCli(['consolidate', book, f.btv, '-o', out]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(refusedAsBook(shown));
      const u = await runCli(['update', book, SAMPLE, '-o', out]);
      expect(u.err).toBe(refusedAsBook(shown));
    }
    expect(snapshot(dir)).toEqual(before);
    expect(await entriesOf(book)).toEqual(f.entries);
  });

  it('is refused for a returned file, the plan, the unit list and the log, with no --in-place offered', async () => {
    const book = copyOfBook('so-vao.xlsx');
    const plan = path.join(dir, 'ke-hoach.txt');
    fs.copyFileSync(SAMPLE, plan);
    const csv = path.join(dir, 'don-vi.csv');
    fs.writeFileSync(csv, 'Mã,Tên đơn vị,Nhóm\nBTV,Ban Thường vụ Tỉnh Đoàn,Ban Thường vụ\n');
    const before = { ...snapshot(dir), ...snapshot(f.units) };
    const runs: [string[], string, string][] = [
      [['consolidate', book, f.btv, f.ha, '-o', f.ha], HA_FILE, 'a returned unit file'],
      [['update', book, plan, '-o', plan], 'ke-hoach.txt', 'the plan file'],
      [['build', plan, '-o', plan], 'ke-hoach.txt', 'the plan file'],
      [['build', plan, '--units', csv, '-o', csv], 'don-vi.csv', 'the unit list'],
      [['report', book, '-o', book], 'so-vao.xlsx', 'the tracking workbook'],
      [['--log', book, 'report', book], 'so-vao.xlsx', 'the tracking workbook'],
    ];
    for (const [args, shown, role] of runs) {
      const r = await runCli(['--lang', 'en', ...args]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `Error (file ${shown}): The output file (-o) is ${role} given as input: an input is not overwritten. Choose another name.\n`,
      );
    }
    expect({ ...snapshot(dir), ...snapshot(f.units) }).toEqual(before);
  });

  it('is written with --in-place, after keeping a copy; an older copy is never replaced', async () => {
    const book = copyOfBook('tai-cho.xlsx');
    const original = sha256(book);
    await fillTracking(f.btv, ({ index }) => (index === 5 ? { note: 'Thêm một mục' } : null));
    const r = await runCli(['consolidate', book, f.btv, '-o', book, '--in-place']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã giữ bản sao của tai-cho.xlsx trước khi ghi: tai-cho.bak.xlsx.\n');
    expect(sha256(path.join(dir, 'tai-cho.bak.xlsx'))).toBe(original);
    const merged = await entriesOf(book);
    expect(merged).toEqual(expect.arrayContaining(f.entries));
    expect(merged).toHaveLength(f.entries.length + 1);
    const once = sha256(book);
    const again = await runCli(['update', book, SAMPLE, '-o', book, '--in-place']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('tai-cho.bak-2.xlsx');
    expect(sha256(path.join(dir, 'tai-cho.bak.xlsx'))).toBe(original);
    expect(sha256(path.join(dir, 'tai-cho.bak-2.xlsx'))).toBe(once);
    expect(await entriesOf(book)).toEqual(merged);
  });
});

describe('writing over an existing file', () => {
  it('build refuses a book holding entries, saying how many', async () => {
    const book = copyOfBook('co-muc.xlsx');
    const before = sha256(book);
    const r = await runCli(['build', SAMPLE, '-o', book]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'Lỗi (tệp co-muc.xlsx): Tệp này đã là sổ theo dõi có 7 mục đã nhập; ghi đè sẽ làm mất các mục đó nên không ghi. Hãy chọn tên khác, dùng lệnh update hoặc consolidate để giữ các mục, hoặc thêm --force để vẫn ghi đè (giữ bản sao .bak.xlsx trước).\n' +
        '  Error (file co-muc.xlsx): This file is already a tracking workbook with 7 entries; overwriting it would lose them, so it is not written. Choose another name, use update or consolidate to keep the entries, or add --force to overwrite it anyway (a .bak.xlsx copy is kept first).\n',
    );
    expect(sha256(book)).toBe(before);
  });

  it('build --force replaces it after keeping a copy that holds every entry', async () => {
    const book = copyOfBook('ghi-de.xlsx');
    const before = sha256(book);
    const r = await runCli(['build', SAMPLE, '-o', book, '--force']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Đã giữ bản sao của ghi-de\.xlsx trước khi ghi: ghi-de\.bak\.xlsx\.\n/);
    expect(sha256(path.join(dir, 'ghi-de.bak.xlsx'))).toBe(before);
    expect(await entriesOf(path.join(dir, 'ghi-de.bak.xlsx'))).toEqual(f.entries);
    expect(await entriesOf(book)).toEqual([]);
  });

  it('consolidate refuses to write over another book holding entries', async () => {
    const book = copyOfBook('nguon.xlsx');
    const other = copyOfBook('so-khac.xlsx');
    const r = await runCli(['--lang', 'en', 'consolidate', book, f.btv, '-o', other]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'Error (file so-khac.xlsx): This file is already a tracking workbook with 7 entries',
    );
    expect(await entriesOf(other)).toEqual(f.entries);
  });

  it('replaces, saying so, a book with no entries and a file that is no book', async () => {
    const empty = path.join(dir, 'so-rong.xlsx');
    expect((await runCli(['build', SAMPLE, '-o', empty])).code).toBe(0);
    const r = await runCli(['build', SAMPLE, '-o', empty]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Ghi đè so-rong\.xlsx \(sổ chưa có mục nào đã nhập\)\.\n/);
    const other = path.join(dir, 'bang-luong.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Lương').addRow(['Họ tên', 'Lương']);
    await wb.xlsx.writeFile(other);
    const e = await runCli(['--lang', 'en', 'build', SAMPLE, '-o', other]);
    expect(e.code).toBe(0);
    expect(e.out).toMatch(/^Replacing bang-luong\.xlsx \(it is not a tracking workbook\)\.\n/);
  });

  it('refuses an .xlsx that cannot be read to tell whether it holds entries', async () => {
    const cut = path.join(dir, 'so-hong.xlsx');
    const bytes = fs.readFileSync(f.book);
    fs.writeFileSync(cut, bytes.subarray(0, bytes.length - 100));
    const r = await runCli(['--lang', 'en', 'build', SAMPLE, '-o', cut]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Error (file so-hong.xlsx): This file exists and cannot be read to tell whether it holds entries, so it is not overwritten. Choose another name, or add --force to overwrite it anyway (a .bak.xlsx copy is kept first).\n',
    );
  });
});

describe('a book whose hidden "_ThiDua" sheet was deleted or cleared', () => {
  /** The filled book with its identity sheet removed, or its cells emptied. */
  async function withoutIdentity(name: string, how: 'deleted' | 'cleared'): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f.book);
    const meta = wb.getWorksheet('_ThiDua') as ExcelJS.Worksheet;
    if (how === 'deleted') wb.removeWorksheet(meta.id);
    else meta.eachRow((row) => row.eachCell((c) => (c.value = null)));
    const p = path.join(dir, name);
    await wb.xlsx.writeFile(p);
    return p;
  }

  it('is not written over by build, as it still holds the entries; --force keeps a copy', async () => {
    for (const how of ['deleted', 'cleared'] as const) {
      const book = await withoutIdentity(`mat-thidua-${how}.xlsx`, how);
      const before = sha256(book);
      const r = await runCli(['--lang', 'en', 'build', SAMPLE, '-o', book]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(
        `Error (file mat-thidua-${how}.xlsx): This file is already a tracking workbook with 7 entries; overwriting it would lose them, so it is not written.`,
      );
      expect(sha256(book)).toBe(before);
    }
    const book = path.join(dir, 'mat-thidua-cleared.xlsx');
    const before = sha256(book);
    const forced = await runCli(['build', SAMPLE, '-o', book, '--force']);
    expect(forced.code).toBe(0);
    expect(sha256(path.join(dir, 'mat-thidua-cleared.bak.xlsx'))).toBe(before);
  });

  it('is refused as the book, saying the sheet is gone and how many entries are still there', async () => {
    const deleted = await withoutIdentity('mat-thidua-report.xlsx', 'deleted');
    const r = await runCli(['report', deleted]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Lỗi (tệp mat-thidua-report.xlsx, trang tính "_ThiDua"): Trang ẩn ghi thông tin nhận dạng của sổ đã mất, nên không đọc được sổ, dù trang "Theo dõi" và "Lưu trữ" còn 7 mục đã nhập. Hãy mở bản sao (.bak.xlsx) hoặc bản lưu trước của tệp; đừng ghi đè tệp này.\n' +
        '  Error (file mat-thidua-report.xlsx, sheet "_ThiDua"): The workbook\'s hidden sheet with its identity is missing, so it cannot be read as a book, though its "Theo dõi" and "Lưu trữ" sheets still hold 7 entries. Open its .bak.xlsx copy or an earlier saved version; do not overwrite this file.\n',
    );
    const cleared = await withoutIdentity('xoa-thidua-report.xlsx', 'cleared');
    const e = await runCli([
      '--lang',
      'en',
      'consolidate',
      cleared,
      f.btv,
      '-o',
      path.join(dir, 'x.xlsx'),
    ]);
    expect(e.code).toBe(2);
    expect(e.err).toContain(
      'Error (file xoa-thidua-report.xlsx, sheet "_ThiDua"): The workbook\'s hidden sheet with its identity was cleared, so it cannot be read as a book, though its "Theo dõi" and "Lưu trữ" sheets still hold 7 entries.',
    );
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });
});

describe('split into a folder that already holds unit files', () => {
  it('refuses when a returned file is not yet merged, naming it and its entries, and writes nothing', async () => {
    const book = copyOfBook('so-tach.xlsx');
    const folder = path.join(dir, 'tach');
    expect((await runCli(['split', book, '-o', folder])).code).toBe(0);
    // two units fill in their files again; nobody merges them
    await fillTracking(path.join(folder, HA_FILE), ({ index }) =>
      index < 2 ? { status: 'Hoàn thành', doneDate: new Date(Date.UTC(2014, 5, 1)) } : null,
    );
    await fillTracking(path.join(folder, BTV_FILE), ({ index }) =>
      index === 7 ? { evidence: 'Công văn 12' } : null,
    );
    const before = snapshot(folder);
    const r = await runCli(['split', book, '-o', folder]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `Lỗi (tệp tach): Thư mục đã có tệp đơn vị chưa gộp vào sổ: ${HA_FILE} (2 mục chưa gộp), ${BTV_FILE} (1 mục chưa gộp). Không ghi đè tệp nào. Hãy gộp các tệp này vào sổ trước (consolidate), hoặc chọn thư mục khác.\n` +
        `  Error (file tach): The folder already holds unit files not yet merged into the workbook: ${HA_FILE} (2 entries not merged), ${BTV_FILE} (1 entry not merged). No file is overwritten. Merge them into the workbook first (consolidate), or choose another folder.\n`,
    );
    expect(snapshot(folder)).toEqual(before);

    // once merged, the files may be replaced, and each replacement is said
    const merged = await runCli([
      'consolidate',
      book,
      path.join(folder, HA_FILE),
      path.join(folder, BTV_FILE),
      '-o',
      book,
      '--in-place',
    ]);
    expect(merged.code).toBe(0);
    const again = await runCli(['split', book, '-o', folder]);
    expect(again.code).toBe(0);
    expect(again.out).toContain(`  Thay ${HA_FILE}: các mục trong tệp đã có trong sổ.\n`);
    expect(again.out).toContain('  Thay VP-van-phong-tinh-doan.xlsx: tệp chưa có mục nào.\n');
    // the units' work is in the book: two rows done by HA, BTV's new evidence, the rest as before
    expect(await entriesOf(book)).toEqual([
      '2014-Q1-01 | BTV | done | 2014-03-10 | Báo cáo số 1 | ',
      '2014-Q1-01 | HA | done | 2014-06-01 |  | Đang làm 1',
      '2014-Q1-02 | BTV | done | 2014-03-10 | Báo cáo số 2 | ',
      '2014-Q1-02 | HA | done | 2014-06-01 |  | Đang làm 2',
      '2014-Q1-03 | BTV | done | 2014-03-10 | Báo cáo số 3 | ',
      '2014-Q1-03 | HA | doing |  |  | Đang làm 3',
      '2014-Q1-04 | BTV | done | 2014-03-10 | Báo cáo số 4 | ',
      '2014-Q1-09 | BTV | todo |  | Công văn 12 | ',
    ]);
  });

  it('refuses a file of its own that stands where a unit file goes, and a folder that is a file', async () => {
    const book = copyOfBook('so-tach-2.xlsx');
    const folder = path.join(dir, 'tach-2');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, BTV_FILE), 'không phải tệp Excel');
    const r = await runCli(['--lang', 'en', 'split', book, '-o', folder]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${BTV_FILE} (not a unit file of this workbook, or unreadable)`);
    expect(fs.readdirSync(folder)).toEqual([BTV_FILE]);
    const file = await runCli(['--lang', 'en', 'split', book, '-o', f.btv]);
    expect(file.err).toBe(
      `Error (file ${BTV_FILE}): The output folder (-o) is an existing file, not a folder: nothing is written. Choose a folder.\n`,
    );
  });
});
