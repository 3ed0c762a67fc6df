import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import { outputDir, SAMPLE } from '../helpers/paths';

const dir = outputDir('cli-commands');
const book = path.join(dir, 'book.xlsx');

beforeAll(async () => {
  expect((await runCli(['build', SAMPLE, '-o', book, '--as-of', '30/06/2014'])).code).toBe(0);
}, 60_000);

describe('thidua --lang', () => {
  it('refuses a language it does not have', async () => {
    const r = await runCli(['--lang', 'fr', 'parse', SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Lỗi: Giá trị "fr" không hợp lệ cho --lang (chọn: vi, en, both).\n' +
        '  Error: "fr" is not a valid value for --lang (choose: vi, en, both).\n',
    );
  });

  it('gives the report in English when asked', async () => {
    const r = await runCli(['--lang', 'en', 'report', book]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^Report as of 30\/06\/2014\nPeriod +Tasks +Assigned +Due +Done\/due +Late +Overdue +Rate +Progress/,
    );
    expect(r.out).toContain('Not completed');
    expect(r.out).toContain('Overdue, not done: 161 · Done late: 0');
  });
});

describe('thidua build and update', () => {
  it('list the phrases that matched no unit, and tasks left with no unit', async () => {
    const plan = path.join(dir, 'no-owner.txt');
    fs.writeFileSync(
      plan,
      // the first task of Quý IV: an empty owner cell under another task's would be read as
      // the lower part of a merged cell
      fs
        .readFileSync(SAMPLE, 'utf8')
        .replace(/(Quý IV\/2014\n\n\t1\n\t[^\n]*\n)\t- BTV Tỉnh Đoàn\.\n/, '$1\t\n'),
    );
    const r = await runCli(['--lang', 'en', 'build', plan, '-o', path.join(dir, 'no-owner.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'Note: No unit found for "Các đ/c phụ trách công tác TĐKT" (tasks 2014-Q1-05)',
    );
    expect(r.err).toContain(
      'Note: Task 2014-Q4-01 is assigned to no unit yet, so it has no tracking rows.',
    );
    const u = await runCli([
      '--lang',
      'en',
      'update',
      book,
      plan,
      '-o',
      path.join(dir, 'updated.xlsx'),
    ]);
    expect(u.code).toBe(0);
    expect(u.err).toContain('Task 2014-Q4-01 is assigned to no unit yet');
  });

  it('say that the output is a folder, without a stack trace', async () => {
    const r = await runCli(['--lang', 'en', 'build', SAMPLE, '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Error (file cli-commands): The output (-o) is a folder, not a file: nothing is written. Give a file name.\n',
    );
    expect(r.err).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });
});
