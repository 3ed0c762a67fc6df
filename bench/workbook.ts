/**
 * The tracking workbook (issue 3): building and writing 1,000 tasks × 50 units (50,000 rows)
 * against bare exceljs writing the same cell values in the same process; consolidating 50
 * returned files; peak memory.
 */
import { spawnSync } from 'child_process';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import * as os from 'os';
import * as path from 'path';
import type { Returned } from '../shared/book/consolidate';
import { consolidate } from '../shared/book/consolidate';
import { createBook } from '../shared/book/create';
import type { Book } from '../shared/book/model';
import { splitBook } from '../shared/book/split';
import { describeBook } from '../shared/layout/describe';
import { readPlanText } from '../shared/plan/read';
import { isoToSerial } from '../shared/workbook/a1';
import type { Cell, WorkbookSpec } from '../shared/workbook/spec';
import { writeUnitXlsx, readBookXlsx } from '../shared/xlsx/book-io';
import { writeXlsx } from '../shared/xlsx/write';
import { generatePlanText } from './generate';
import type { Measured } from './lib';
import { line, mb, measure, printTable } from './lib';
import { generateUnits } from './units';

const NOW = '2014-07-15T03:00:00.000Z';

async function bareExcelJs(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const plain = (c: Cell): ExcelJS.CellValue => {
    if (c === null || typeof c !== 'object') return c;
    if (c.kind === 'date') return isoToSerial(c.iso);
    return { formula: c.formula, result: c.value } as ExcelJS.CellValue;
  };
  for (const sheet of spec.sheets)
    wb.addWorksheet(sheet.name).addRows(sheet.rows.map((r) => r.map(plain)));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Peak resident memory of building and writing the big book, measured in a fresh process. */
async function peakMemory(): Promise<{ peakKb: number; baselineKb: number }> {
  const out = path.join(os.tmpdir(), 'thidua-memory-child.js');
  await build({
    entryPoints: [path.join(__dirname, 'memory-child.ts')],
    bundle: true,
    platform: 'node',
    outfile: out,
    logLevel: 'error',
  });
  const r = spawnSync(process.execPath, [out], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(r.stdout) as { peakKb: number; baselineKb: number };
}

export function bigBook(tasks: number, unitCount: number): Book {
  const plan = readPlanText(generatePlanText(tasks));
  if (!plan.ok) throw new Error('plan');
  return createBook(plan.value, { units: generateUnits(unitCount), asOf: '2014-07-15', now: NOW })
    .book;
}

export async function benchWorkbook(): Promise<void> {
  const rows: Measured[] = [];
  const planText = generatePlanText(1000);
  const plan = readPlanText(planText);
  if (!plan.ok) throw new Error('plan');
  const units = generateUnits(50);
  const book = createBook(plan.value, { units, asOf: '2014-07-15', now: NOW }).book;
  const spec = describeBook(book).spec;
  const cells = spec.sheets.reduce((n, s) => n + s.rows.length * s.columns.length, 0);
  line(
    `book: ${book.rows.length} rows on "Theo dõi", ${cells.toLocaleString('en')} cells in all sheets`,
  );

  let size = 0;
  const ours = await measure(
    'build + write the book (1,000 tasks × 50 units)',
    async () => {
      const b = createBook(plan.value, { units, asOf: '2014-07-15', now: NOW }).book;
      size = (await writeXlsx(describeBook(b).spec)).length;
    },
    3,
  );
  const bare = await measure(
    'bare exceljs writing the same cell values',
    async () => {
      await bareExcelJs(spec);
    },
    3,
  );
  rows.push(ours, bare);
  printTable('Workbook (issue 3)', rows);
  line(
    `ratio ours / bare exceljs: ${(ours.medianMs / bare.medianMs).toFixed(2)}× (goal ≤ 1.5×); file ${mb(size)}`,
  );

  // 50 returned files: each unit marks every row done
  const parts = splitBook(book, NOW);
  const returned: Returned[] = [];
  for (const part of parts.slice(0, 50)) {
    const filled: Book = {
      ...part,
      rows: part.rows.map((r) => ({
        ...r,
        status: 'done',
        doneDate: '2014-07-01',
        evidence: 'BC',
      })),
    };
    const bytes = await writeUnitXlsx(filled);
    if (!bytes.ok) throw new Error('unit');
    const read = await readBookXlsx(bytes.value, {
      file: `${part.meta.unitCode}.xlsx`,
      strict: false,
    });
    if (!read.ok) throw new Error('read');
    returned.push({
      file: `${part.meta.unitCode}.xlsx`,
      book: { ...read.value.book, base: part.base },
      rows: read.value.tracking,
      problems: [],
    });
  }
  const files = returned.length;
  const merge = await measure(
    `consolidate ${files} returned files (${book.rows.length} rows)`,
    () => {
      const r = consolidate(book, returned, NOW);
      if (r.book.rows.filter((x) => x.status === 'done').length !== book.rows.length)
        throw new Error('merge');
    },
    5,
  );
  const unitFiles: Uint8Array[] = [];
  for (const part of parts.slice(0, 50)) {
    const bytes = await writeUnitXlsx(part);
    if (bytes.ok) unitFiles.push(bytes.value);
  }
  const whole = await measure(
    `read ${unitFiles.length} returned .xlsx files and merge them`,
    async () => {
      const ret: Returned[] = [];
      for (const [i, bytes] of unitFiles.entries()) {
        const read = await readBookXlsx(bytes, { file: `${i}.xlsx`, strict: false });
        if (read.ok)
          ret.push({
            file: `${i}.xlsx`,
            book: read.value.book,
            rows: read.value.tracking,
            problems: [],
          });
      }
      consolidate(book, ret, NOW);
    },
    1,
  );
  printTable('Consolidation', [merge, whole]);

  const mem = await peakMemory();
  line(
    `peak memory building + writing 50,000 rows, in a fresh process: ${mb(mem.peakKb * 1024)} resident (${mb(mem.baselineKb * 1024)} after loading)`,
  );
}
