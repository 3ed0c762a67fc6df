import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import { outputDir, PLANS, ROOT, SAMPLE } from '../helpers/paths';

describe('thidua parse', () => {
  it('prints the model as JSON with --json', async () => {
    const r = await runCli(['parse', SAMPLE, '--json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out);
    expect(plan.document.number).toBe('73-KH/TĐTN-VP');
    expect(plan.document.date).toBe('2014-04-07');
    expect(plan.bases).toHaveLength(6);
    expect(
      plan.periods.map((p: { label: string; tasks: unknown[] }) => [p.label, p.tasks.length]),
    ).toEqual([
      ['Quý I/2014', 10],
      ['Quý II/2014', 9],
      ['Quý III/2014', 5],
      ['Quý IV/2014', 6],
    ]);
    expect(plan.recipients).toHaveLength(7);
    expect(plan.signature.name).toBe('Bế Đăng Khoa');
  });

  it('prints a readable table without --json', async () => {
    const r = await runCli(['parse', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('KẾ HOẠCH, số 73-KH/TĐTN-VP, Cao Bằng, 07/04/2014');
    expect(r.out).toContain('Quý III/2014  (01/07/2014 – 30/09/2014)  5 công việc');
    expect(r.out).toContain('Văn phòng Tỉnh Đoàn Cao Bằng; phối hợp: Ban TTN – TH');
  });

  it('says at the end how each row of the task tables was used, the skipped ones by reason', async () => {
    const file = path.join(PLANS, 'ke-hoach-2024-dong-thap-bo-qua.txt');
    const vi = await runCli(['parse', file]);
    expect(vi.code).toBe(0);
    expect(
      vi.out.endsWith(
        '\nBảng công việc: đã đọc 24 hàng của 5 bảng.\n' +
          '  6 công việc; 5 hàng tiêu đề kỳ; 1 hàng tiêu đề; 3 hàng tiêu đề lặp lại; 1 hàng đánh số cột; ' +
          '1 hàng tiếp theo của công việc phía trên; 1 hàng tiêu đề nhóm; 6 hàng bỏ qua ' +
          '(không có công việc phía trên để ghép vào: 1; không có nội dung công việc: 1; ' +
          'đoạn văn giữa các bảng, không phải tiêu đề kỳ: 1; thuộc bảng ở mục khác: 3), xem các lưu ý ở trên.\n',
      ),
    ).toBe(true);
    // each skipped row is a note with its place and reason
    expect(vi.err).toContain(
      'Lưu ý (tệp ke-hoach-2024-dong-thap-bo-qua.txt, dòng 57): Hàng có số thứ tự "3" nhưng không có nội dung công việc; đã bỏ qua hàng này.',
    );
    const en = await runCli(['--lang', 'en', 'parse', file]);
    expect(en.out).toContain(
      'Task tables: 24 rows read from 5 tables.\n  6 tasks; 5 period headings; 1 header row;',
    );
    expect(en.err).toContain(
      'Note (file ke-hoach-2024-dong-thap-bo-qua.txt, line 73): The paragraph "Ghi chú: kinh phí theo dự toán được Ban Thường vụ phê duyệt." (after task table 1) stands between task tables but is not a period heading; it was not read.',
    );
  });

  it("keeps standard output the plan's JSON alone with --json, the account going to standard error", async () => {
    const r = await runCli([
      '--lang',
      'en',
      'parse',
      path.join(PLANS, 'ke-hoach-tron-2023-hoa-tien.txt'),
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).periods.map((p: { key: string }) => p.key)).toEqual([
      '2023-H1',
      '2023-H2',
      '2023',
    ]);
    expect(r.err).toBe(
      'Task section: 32 lines read.\n  6 tasks; 3 period headings; 20 lines continuing the task above; 3 blank lines.\n',
    );
  });

  it('splits parties with the names of a units directory given with --units', async () => {
    const file = path.join(PLANS, 'ke-hoach-2024-ha-tinh-don-vi.txt');
    const owners = async (args: string[]) => {
      const r = await runCli(['parse', file, '--json', ...args]);
      expect(r.code).toBe(0);
      return JSON.parse(r.out).periods[3].tasks[0].owners;
    };
    expect(await owners([])).toEqual(['Nghi Xuân, Can Lộc và Lộc Hà']);
    expect(
      await owners(['--units', path.join(PLANS, 'ke-hoach-2024-ha-tinh-don-vi.units.csv')]),
    ).toEqual(['Nghi Xuân', 'Can Lộc', 'Lộc Hà']);
  });

  it('exits 2 with the message in Vietnamese and English on standard error', async () => {
    const r = await runCli(['parse', path.join(PLANS, 'cong-van-khong-co-bang.txt')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatchInlineSnapshot(`
     "Lỗi (tệp cong-van-khong-co-bang.txt): Văn bản này là một công văn, không phải kế hoạch: không đọc công việc từ đó. Hãy chọn văn bản kế hoạch ("KẾ HOẠCH") hoặc chương trình công tác ("CHƯƠNG TRÌNH").
       Error (file cong-van-khong-co-bang.txt): This document is an official letter ("công văn"), not a plan: no tasks are read from it. Choose the plan ("KẾ HOẠCH") or the work programme ("CHƯƠNG TRÌNH").
     "
    `);
  });

  it('exits 2 when the file does not exist, with one language when asked', async () => {
    const r = await runCli(['--lang', 'en', 'parse', 'khong-co.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Error (file khong-co.txt): The file cannot be opened: it does not exist or cannot be read.\n',
    );
  });

  it('prints the JSON Schema of the model', async () => {
    const r = await runCli(['schema']);
    const schema = JSON.parse(r.out);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'document',
        'bases',
        'periods',
        'sections',
        'recipients',
        'signature',
      ]),
    );
    expect(schema.properties.periods.items.properties.tasks.items.required).toEqual(
      expect.arrayContaining(['id', 'no', 'content', 'owners', 'support', 'when', 'note']),
    );
  });
});

describe('the built thidua command', () => {
  const bin = path.join(ROOT, 'bin/thidua.js');
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
  });

  it('runs as npx would run it, with no stack trace on bad input', () => {
    const ok = spawnSync(process.execPath, [bin, 'parse', SAMPLE, '--json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).periods).toHaveLength(4);
    const dir = outputDir('cli-bad');
    fs.writeFileSync(
      path.join(dir, 'x.doc'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    const bad = spawnSync(process.execPath, [bin, 'parse', path.join(dir, 'x.doc')], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('.docx');
    expect(bad.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
