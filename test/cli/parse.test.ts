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
