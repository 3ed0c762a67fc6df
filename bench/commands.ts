/**
 * The commands as the `thidua` command line runs them, on the province-scale book (1,000 tasks ×
 * 50 units, every entry filled): `report --json` and `split`, beside reading the whole book and
 * computing the report directly (the baseline, in this process).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../cli/main';
import type { Io } from '../cli/io';
import { nodeIo } from '../cli/io';
import { computeReport } from '../shared/report/compute';
import { readBookXlsx, writeBookXlsx } from '../shared/xlsx/book-io';
import type { Measured } from './lib';
import { line, measure, printTable } from './lib';
import { bigBook } from './workbook';

const quiet: Io = { ...nodeIo, out: () => undefined, err: () => undefined };

async function cli(args: string[]): Promise<void> {
  const code = await main(
    ['node', 'thidua', ...args],
    quiet,
    () => new Date(Date.UTC(2014, 6, 15)),
  );
  if (code !== 0) throw new Error(`thidua ${args[0]}: exit ${code}`);
}

export async function benchCommands(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-commands-'));
  const book = bigBook(1000, 50);
  for (const r of book.rows) {
    r.status = 'done';
    r.doneDate = '2014-05-01';
    r.evidence = 'Báo cáo số 123/BC-ĐTN ngày 01/05/2014';
  }
  const written = await writeBookXlsx(book);
  if (!written.ok) throw new Error('book');
  const file = path.join(dir, 'so.xlsx');
  fs.writeFileSync(file, written.value);
  const rows: Measured[] = [];
  const baseline = await measure(
    'baseline: read the whole book + compute the report',
    async () => {
      const r = await readBookXlsx(new Uint8Array(fs.readFileSync(file)), { strict: false });
      if (!r.ok) throw new Error('read');
      computeReport(r.value.book);
    },
    3,
  );
  const report = await measure(
    'thidua report BOOK --json',
    () => cli(['report', file, '--json']),
    3,
  );
  const split = await measure(
    'thidua split BOOK -o DIR (50 unit files)',
    async () => {
      const out = path.join(dir, 'don-vi');
      fs.rmSync(out, { recursive: true, force: true });
      await cli(['split', file, '-o', out]);
    },
    1,
  );
  rows.push(baseline, report, split);
  printTable('Commands on the province book (1,000 tasks × 50 units, filled)', rows);
  line(`ratio report / baseline: ${(report.medianMs / baseline.medianMs).toFixed(2)}×`);
  fs.rmSync(dir, { recursive: true, force: true });
}
