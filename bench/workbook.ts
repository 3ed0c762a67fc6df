/**
 * The tracking workbook at province scale (issue 12): our writer against exceljs's streaming
 * writer writing the same cells with the same shared style objects (the floor), measured turn
 * about after a warm-up; the cost of adding the charts to the written package; a growth table
 * (100 / 300 / 1,000 tasks × 50 units) of `thidua build` as a process, time and peak memory;
 * `build` and `split` at 1,000 × 50 as the command line runs them, against their goals; and
 * consolidating 50 returned files in memory (issue 3).
 */
import { spawnSync } from 'child_process';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Returned } from '../shared/book/consolidate';
import { consolidate } from '../shared/book/consolidate';
import { createBook } from '../shared/book/create';
import type { Book } from '../shared/book/model';
import { splitBook } from '../shared/book/split';
import { describeBook } from '../shared/layout/describe';
import { readPlanText } from '../shared/plan/read';
import type { Unit } from '../shared/units/model';
import { GROUP_LABELS } from '../shared/units/model';
import { isoToSerial } from '../shared/workbook/a1';
import type { Cell, WorkbookSpec } from '../shared/workbook/spec';
import { styleGrid } from '../shared/workbook/style-grid';
import { addCharts } from '../shared/xlsx/charts';
import { readBookXlsx, writeUnitXlsx } from '../shared/xlsx/book-io';
import { toExcelStyle } from '../shared/xlsx/style';
import { writeXlsxStreamed } from '../shared/xlsx/write';
import { generatePlanText } from './generate';
import type { Measured } from './lib';
import { line, mb, measure, measureInterleaved, printTable } from './lib';
import { generateUnits } from './units';

const NOW = '2014-07-15T03:00:00.000Z';
const GOALS = { buildMs: 5000, buildMb: 300, splitMs: 6000 };

/**
 * The floor: exceljs's streaming writer given the same cell values and, per cell, the same
 * shared style object; none of the book's other features (widths, heights, merges, validations,
 * conditional formats, protection, print setup, charts).
 */
async function bareStreamed(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: true });
  const plain = (c: Cell): ExcelJS.CellValue => {
    if (c === null || typeof c !== 'object') return c;
    if (c.kind === 'date') return isoToSerial(c.iso);
    return { formula: c.formula, result: c.value } as ExcelJS.CellValue;
  };
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const width = sheet.columns.length;
    const { ids, styles } = styleGrid(sheet);
    const shared = styles.map((s) => toExcelStyle(s, spec.font) as ExcelJS.Style);
    sheet.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((c, k) => {
        const id = ids[r * width + k] as number;
        if (c === null && id === 0) return;
        const cell = row.getCell(k + 1);
        if (c !== null) cell.value = plain(c);
        cell.style = shared[id] as ExcelJS.Style;
      });
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
  return (wb as unknown as { stream: { read(): Uint8Array } }).stream.read();
}

export function bigBook(tasks: number, unitCount: number): Book {
  const plan = readPlanText(generatePlanText(tasks));
  if (!plan.ok) throw new Error('plan');
  return createBook(plan.value, { units: generateUnits(unitCount), asOf: '2014-07-15', now: NOW })
    .book;
}

function unitsCsv(units: readonly Unit[]): string {
  const rows = units.map((u) =>
    [u.code, u.name, GROUP_LABELS[u.group].vi, u.emails.join(';'), u.aliases.join(';')].join(','),
  );
  return ['Mã,Tên đơn vị,Nhóm,Email,Tên gọi khác', ...rows].join('\n') + '\n';
}

interface Run {
  ms: number;
  peakKb: number;
}

/** `thidua ARGS` as a user runs it: a fresh process, its wall-clock time and its peak memory. */
function thidua(preload: string, args: string[]): Run {
  const peakFile = path.join(os.tmpdir(), `thidua-peak-${process.pid}.txt`);
  const bin = path.join(__dirname, '..', 'bin', 'thidua.js');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, THIDUA_PEAK_FILE: peakFile },
    maxBuffer: 1 << 24,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`thidua ${args[0]}: exit ${r.status}\n${r.stderr}`);
  const peakKb = Number(fs.readFileSync(peakFile, 'utf8'));
  fs.rmSync(peakFile, { force: true });
  return { ms, peakKb };
}

async function preloadScript(): Promise<string> {
  const out = path.join(os.tmpdir(), 'thidua-memory-child.js');
  await build({
    entryPoints: [path.join(__dirname, 'memory-child.ts')],
    bundle: true,
    platform: 'node',
    outfile: out,
    logLevel: 'error',
  });
  return out;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function runs(name: string, all: Run[], note?: string): Measured {
  const ms = all.map((r) => r.ms).sort((a, b) => a - b);
  return {
    name,
    runs: ms.length,
    medianMs: median(ms),
    minMs: ms[0]!,
    maxMs: ms[ms.length - 1]!,
    ...(note ? { note } : {}),
  };
}

async function benchWriter(spec: WorkbookSpec): Promise<void> {
  const cells = spec.sheets.reduce((n, s) => n + s.rows.length * s.columns.length, 0);
  line(`${cells.toLocaleString('en')} cells in all sheets`);
  let size = 0;
  const noCharts = { ...spec, sheets: spec.sheets.map((s) => ({ ...s, charts: [] })) };
  const [ours, uncharted, bare] = await measureInterleaved(
    [
      {
        name: 'ours: the book through the streaming writer',
        fn: async () => void (size = (await writeXlsxStreamed(spec)).length),
      },
      { name: 'ours, the same book without its charts', fn: () => writeXlsxStreamed(noCharts) },
      { name: 'floor: streaming writer, same cells, shared styles', fn: () => bareStreamed(spec) },
    ],
    3,
  );
  const written = await writeXlsxStreamed(noCharts);
  const charts = spec.sheets.reduce((n, s) => n + (s.charts ?? []).length, 0);
  // the sheets already hold their drawing: what is left is adding the parts, sheets copied as they are
  const post = await measure(`after the write: adding the ${charts} charts' parts`, () =>
    addCharts(written, spec, true),
  );
  // the in-memory writer's way, for comparison: the charted sheet inflated, changed, deflated again
  const whole = await measure('the same, inflating the charted sheet again (pages)', () =>
    addCharts(written, spec),
  );
  printTable('Writing the book (1,000 tasks × 50 units)', [ours!, uncharted!, bare!, post, whole]);
  line(
    `ratio ours / floor: ${(ours!.medianMs / bare!.medianMs).toFixed(2)}×; the charts cost ` +
      `${(ours!.medianMs - uncharted!.medianMs).toFixed(0)} ms of our write (with vs without), ` +
      `the step after the write ${post.medianMs.toFixed(0)} ms; file ${mb(size)}`,
  );
}

async function benchCommandLine(floorMs: (tasks: number) => Promise<number>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-workbook-'));
  const preload = await preloadScript();
  const units = path.join(dir, 'units.csv');
  fs.writeFileSync(units, unitsCsv(generateUnits(50)));
  const buildAt = (tasks: number): Run => {
    const plan = path.join(dir, `plan-${tasks}.txt`);
    if (!fs.existsSync(plan)) fs.writeFileSync(plan, generatePlanText(tasks));
    const out = path.join(dir, `so-${tasks}.xlsx`);
    fs.rmSync(out, { force: true });
    return thidua(preload, ['build', plan, '--units', units, '-o', out, '--as-of', '15/07/2014']);
  };

  process.stdout.write('\nGrowth: `thidua build` as a process (one run each), and the floor\n');
  line('tasks   rows     build      per 1k rows   peak memory   floor write (in process)');
  for (const tasks of [100, 300, 1000]) {
    const r = buildAt(tasks);
    const rows = tasks * 50;
    const floor = await floorMs(tasks);
    line(
      `${String(tasks).padStart(5)} ${String(rows).padStart(7)} ${(r.ms / 1000).toFixed(2).padStart(7)} s ${(r.ms / (rows / 1000)).toFixed(0).padStart(9)} ms ${mb(r.peakKb * 1024).padStart(13)} ${(floor / 1000).toFixed(2).padStart(9)} s`,
    );
  }

  const book = path.join(dir, 'so-1000.xlsx');
  const builds: Run[] = [];
  const splits: Run[] = [];
  // turn about: build, split, build, split…
  for (let i = 0; i < 3; i++) {
    builds.push(buildAt(1000));
    const out = path.join(dir, 'don-vi');
    fs.rmSync(out, { recursive: true, force: true });
    splits.push(thidua(preload, ['split', book, '-o', out]));
  }
  const floor = await floorMs(1000);
  const buildPeak = median(builds.map((r) => r.peakKb)) * 1024;
  const splitPeak = median(splits.map((r) => r.peakKb)) * 1024;
  printTable('The command line at 1,000 tasks × 50 units, as processes', [
    runs('thidua build PLAN -o BOOK', builds, `peak ${mb(buildPeak)}`),
    runs('thidua split BOOK -o DIR (50 unit files)', splits, `peak ${mb(splitPeak)}`),
  ]);
  const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  const b = median(builds.map((r) => r.ms));
  const s = median(splits.map((r) => r.ms));
  line(
    `build: ${(b / 1000).toFixed(2)} s (goal ≤ ${GOALS.buildMs / 1000} s, ${verdict(b <= GOALS.buildMs)}), ` +
      `${mb(buildPeak)} (goal ≤ ${GOALS.buildMb} MB, ${verdict(buildPeak <= GOALS.buildMb * 1024 * 1024)}); ` +
      `${(b / floor).toFixed(2)}× the floor's write of the same book (${(floor / 1000).toFixed(2)} s)`,
  );
  line(
    `split: ${(s / 1000).toFixed(2)} s (goal ≤ ${GOALS.splitMs / 1000} s, ${verdict(s <= GOALS.splitMs)}); ` +
      `${(s / floor).toFixed(2)}× the floor's write of the book`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

async function benchConsolidation(book: Book): Promise<void> {
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
  const merge = await measure(
    `consolidate ${returned.length} returned files (${book.rows.length} rows)`,
    () => {
      const r = consolidate(book, returned, NOW);
      if (r.book.rows.filter((x) => x.status === 'done').length !== book.rows.length)
        throw new Error('merge');
    },
    5,
  );
  printTable('Consolidation in memory', [merge]);
}

export async function benchWorkbook(): Promise<void> {
  const book = bigBook(1000, 50);
  const spec = describeBook(book).spec;
  process.stdout.write(`\nWorkbook: ${book.rows.length} rows on "Theo dõi"\n`);
  await benchWriter(spec);
  const specs = new Map<number, WorkbookSpec>([[1000, spec]]);
  await benchCommandLine(async (tasks) => {
    const s = specs.get(tasks) ?? describeBook(bigBook(tasks, 50)).spec;
    specs.set(tasks, s);
    return (await measure('floor', () => bareStreamed(s), 1)).medianMs;
  });
  await benchConsolidation(book);
}
