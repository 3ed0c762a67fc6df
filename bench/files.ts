/**
 * Refusing bad files (issue 9): how long a zip bomb, a forged bomb and a sheet of a million rows
 * take to be refused, and the peak memory of doing it in a fresh process, beside reading the
 * province-scale book (1,000 tasks × 50 units, every entry filled) that the limits must let
 * through. With BENCH_BASELINE=1, also exceljs alone on the million rows, as before the checks
 * (about a minute and several gigabytes).
 */
import { build } from 'esbuild';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbookBytes } from '../shared/files/check-workbook';
import { writeBookXlsx } from '../shared/xlsx/book-io';
import { lyingAbout, manyRows, zipBomb } from '../test/helpers/bad-files';
import type { Measured } from './lib';
import { line, mb, measure, printTable } from './lib';
import { bigBook } from './workbook';

interface Child {
  ms: number;
  outcome: string;
  baselineKb: number;
  peakKb: number;
}

async function childScript(): Promise<string> {
  const out = path.join(os.tmpdir(), 'thidua-files-child.js');
  await build({
    entryPoints: [path.join(__dirname, 'files-child.ts')],
    bundle: true,
    platform: 'node',
    outfile: out,
    logLevel: 'error',
  });
  return out;
}

function inChild(script: string, file: string, mode = ''): Child {
  const r = spawnSync(process.execPath, [script, file, mode], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0)
    return { ms: NaN, outcome: `failed: ${r.stderr.slice(0, 80)}`, baselineKb: 0, peakKb: 0 };
  return JSON.parse(r.stdout) as Child;
}

export async function benchFiles(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-files-'));
  const book = bigBook(1000, 50);
  for (const r of book.rows) {
    r.status = 'done';
    r.doneDate = '2014-05-01';
    r.evidence = 'Báo cáo số 123/BC-ĐTN ngày 01/05/2014, https://drive.google.com/file/d/abc/view';
    r.note = 'Đã hoàn thành đúng hạn, có minh chứng kèm theo';
  }
  const written = await writeBookXlsx(book);
  if (!written.ok) throw new Error('book');
  const bomb = await zipBomb(1024);
  const files: Record<string, Uint8Array> = {
    'province book, 50,000 rows filled': written.value,
    'zip bomb, 1 GB of spaces in a sheet': bomb,
    'forged bomb, directory says 4 KB': lyingAbout(bomb, 'xl/worksheets/sheet1.xml', 4096),
    'a sheet of 1,000,000 rows': await manyRows(1_000_000),
  };
  const rows: Measured[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    rows.push(
      await measure(`check ${name} (${mb(bytes.length)})`, () => checkWorkbookBytes(bytes), 5),
    );
  }
  printTable('Bad files (issue 9): the checks before exceljs, in this process', rows);
  const script = await childScript();
  line('');
  line('reading each file as a book in a fresh process (time, peak resident memory):');
  for (const [name, bytes] of Object.entries(files)) {
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
    fs.writeFileSync(file, bytes);
    const c = inChild(script, file);
    line(
      `${name.padEnd(40)} ${c.outcome.padEnd(28)} ${c.ms.toFixed(0).padStart(7)} ms  peak ${mb(c.peakKb * 1024)} (${mb(c.baselineKb * 1024)} after loading)`,
    );
    if (process.env.BENCH_BASELINE && name.includes('1,000,000')) {
      const b = inChild(script, file, 'bare');
      line(
        `${'  the same with exceljs alone (before)'.padEnd(40)} ${b.outcome.padEnd(28)} ${b.ms.toFixed(0).padStart(7)} ms  peak ${mb(b.peakKb * 1024)}`,
      );
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
