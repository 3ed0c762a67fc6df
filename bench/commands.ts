/**
 * The commands as an office runs them, each a fresh `node bin/thidua.js` process, on the
 * province-scale book (1,000 tasks × 50 units): `report --json` on a filled book, `consolidate`
 * of 50 filled returned files, `split`. Time and peak memory of each run, interleaved after a
 * warm-up; the baseline of the same run is a fresh process that only unpacks the same files.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Book, LogEntry } from '../shared/book/model';
import { splitBook } from '../shared/book/split';
import { SHEET, WB } from '../shared/i18n/workbook-vi';
import { readBookXlsx, writeBookXlsx, writeUnitXlsx } from '../shared/xlsx/book-io';
import { line } from './lib';
import type { ProcessCase } from './processes';
import { measureProcesses, printProcesses } from './processes';
import { bigBook } from './workbook';

const NOW = '2014-07-15T03:00:00.000Z';
/** The fields a unit fills on each of its rows: the log should have one line for each. */
const FILLED = {
  status: 'done',
  doneDate: '2014-07-01',
  evidence: 'Báo cáo số 123/BC-ĐTN',
} as const;

async function write(file: string, bytes: Promise<{ ok: boolean; value?: Uint8Array }>) {
  const r = await bytes;
  if (!r.ok || !r.value) throw new Error(`cannot write ${file}`);
  fs.writeFileSync(file, r.value);
}

const UNZIP =
  "const f=require('fflate'),fs=require('fs');for(const p of process.argv.slice(1))f.unzipSync(fs.readFileSync(p));";

/**
 * The filled book as one round of consolidation leaves it: a log line for each field each unit
 * filled in (150,000 for the province), written as the merge writes them.
 */
function afterConsolidation(filled: Book): Book {
  const shown = { status: 'Hoàn thành', doneDate: '01/07/2014', evidence: FILLED.evidence };
  const log: LogEntry[] = filled.rows.flatMap((r) =>
    (Object.keys(shown) as (keyof typeof shown)[]).map((f) => ({
      at: NOW,
      source: `${r.unitCode}.xlsx`,
      unitCode: r.unitCode,
      taskId: r.taskId,
      field: WB.fields[f],
      old: '',
      new: shown[f],
      outcome: 'applied' as const,
    })),
  );
  return { ...filled, log };
}

/**
 * `npm run bench -- report`: `thidua report --json` as a process on the filled province book, and
 * on the same book after a round of consolidation (its log 150,000 lines, which report never
 * reads), against a process that only unpacks the same file.
 */
export async function benchReport(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-report-'));
  const book = bigBook(1000, 50);
  const filledBook: Book = { ...book, rows: book.rows.map((r) => ({ ...r, ...FILLED })) };
  const filled = path.join(dir, 'so-da-dien.xlsx');
  await write(filled, writeBookXlsx(filledBook));
  const merged = path.join(dir, 'so-da-gop.xlsx');
  await write(merged, writeBookXlsx(afterConsolidation(filledBook)));
  const thidua = path.join('bin', 'thidua.js');
  const cases: ProcessCase[] = [
    { name: 'baseline: unpack the book', args: ['-e', UNZIP, filled] },
    { name: 'thidua report BOOK --json', args: [thidua, 'report', filled, '--json'] },
    { name: 'baseline: unpack the consolidated book', args: ['-e', UNZIP, merged] },
    {
      name: 'thidua report CONSOLIDATED --json',
      args: [thidua, 'report', merged, '--json'],
    },
  ];
  const kb = (f: string) => `${(fs.statSync(f).size / 1024 / 1024).toFixed(1)} MB`;
  line(
    `book: ${book.rows.length} rows on "${SHEET.tracking}", ${kb(filled)}; consolidated: ${
      book.rows.length * 3
    } lines on "${SHEET.log}", ${kb(merged)}`,
  );
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const [unpack, report, unpackMerged, reportMerged] = measureProcesses(
    cases,
    runs,
    process.env.BENCH_WARMUP !== '0',
  );
  if (!unpack || !report || !unpackMerged || !reportMerged) throw new Error('bench');
  const goal = { ms: 3000 };
  printProcesses('report --json as a process (1,000 tasks × 50 units)', [unpack, report], unpack, {
    [report.name]: goal,
  });
  printProcesses('', [unpackMerged, reportMerged], unpackMerged, { [reportMerged.name]: goal });
  fs.rmSync(dir, { recursive: true, force: true });
}

export async function benchCommands(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-commands-'));
  const book = bigBook(1000, 50);
  const office = path.join(dir, 'so.xlsx');
  await write(office, writeBookXlsx(book));
  const filled = path.join(dir, 'so-da-dien.xlsx');
  await write(
    filled,
    writeBookXlsx({ ...book, rows: book.rows.map((r) => ({ ...r, ...FILLED })) }),
  );
  const returned: string[] = [];
  let changed = 0;
  for (const part of splitBook(book, NOW).slice(0, 50)) {
    changed += part.rows.length * Object.keys(FILLED).length;
    const file = path.join(dir, `${part.meta.unitCode}.xlsx`);
    const unit: Book = { ...part, rows: part.rows.map((r) => ({ ...r, ...FILLED })) };
    await write(file, writeUnitXlsx(unit));
    returned.push(file);
  }
  const merged = path.join(dir, 'so-da-gop.xlsx');
  const units = path.join(dir, 'don-vi');
  const thidua = path.join('bin', 'thidua.js');
  const cases: ProcessCase[] = [
    { name: 'baseline: unpack the book', args: ['-e', UNZIP, filled] },
    { name: 'baseline: unpack the book and 50 files', args: ['-e', UNZIP, office, ...returned] },
    { name: 'thidua report BOOK --json > FILE', args: [thidua, 'report', filled, '--json'] },
    {
      name: 'thidua consolidate BOOK 50 FILES -o OUT',
      args: [thidua, 'consolidate', office, ...returned, '-o', merged],
      // a new output each time: a file already there is read first, to keep its entries
      before: () => fs.rmSync(merged, { force: true }),
    },
    {
      name: 'thidua split BOOK -o DIR (50 unit files)',
      args: [thidua, 'split', filled, '-o', units],
      before: () => fs.rmSync(units, { recursive: true, force: true }),
    },
    {
      // the folder holds the last split's files: each is read, to be sure none holds entries
      // not yet merged, before it is replaced
      name: 'thidua split again into the same DIR',
      args: [thidua, 'split', filled, '-o', units],
    },
  ];
  line(`book: ${book.rows.length} rows on "${SHEET.tracking}"; ${returned.length} returned files`);
  // BENCH_RUNS=1 BENCH_WARMUP=0 for a first look on a busy machine (a consolidate takes minutes)
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const [unpackBook, unpackAll, report, consolidate, split, again] = measureProcesses(
    cases,
    runs,
    process.env.BENCH_WARMUP !== '0',
  );
  if (!unpackBook || !unpackAll || !report || !consolidate || !split || !again)
    throw new Error('bench');
  printProcesses(
    'Commands as processes (1,000 tasks × 50 units)',
    [unpackBook, report, split, again],
    unpackBook,
    {
      [report.name]: { ms: 3000 },
      [split.name]: { ms: 6000 },
    },
  );
  printProcesses('', [unpackAll, consolidate], unpackAll, {
    [consolidate.name]: { ms: 10_000, mb: 600 },
  });

  // the log at the grain of a field: one line for each field a unit changed
  const read = await readBookXlsx(new Uint8Array(fs.readFileSync(merged)), { strict: false });
  if (!read.ok) throw new Error('merged book');
  line(
    `"${SHEET.log}" of the consolidated book: ${read.value.book.log.length} lines for ${changed} fields changed`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}
