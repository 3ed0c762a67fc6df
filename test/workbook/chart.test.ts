/**
 * The report's chart in the .xlsx: a chart part per chart, tied to its sheet, over the unit
 * table's own cells (with their values cached), read back by the project's reader and by
 * exceljs without a cell lost, and rendered by LibreOffice.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../shared/files/read-xlsx';
import { describeBook } from '../../shared/layout/describe';
import { columnOf } from '../../shared/workbook/a1';
import type { CellValue, SheetGrid, WorkbookSpec } from '../../shared/workbook/spec';
import { readBookXlsx } from '../../shared/xlsx/book-io';
import { writeXlsx } from '../../shared/xlsx/write';
import { runCli } from '../helpers/cli';
import { day, fillTracking } from '../helpers/fill';
import { outputDir, SAMPLE } from '../helpers/paths';
import { describeWithPdfTools, libreOfficePdf } from '../helpers/libreoffice';
import type { XlsxChart } from '../helpers/xlsx-charts';
import { xlsxCharts } from '../helpers/xlsx-charts';

const title = (bloc: string): string => `Tỉ lệ hoàn thành việc đến hạn – ${bloc}`;
const AS_OF = '15/07/2014';
const DISTRICTS = 'Khối huyện, thành phố';

interface UnitFigures {
  code: string;
  name: string;
  bloc: string;
  rate: number | null;
}

let dir: string;
let book: string;
let summary: string;
let units: UnitFigures[];
let blocs: { name: string; units: string[] }[];

/** Each bloc's units in the order of a table: the directory's (the book) or by rank (the summary). */
function blocUnits(bloc: string, byRank: boolean): UnitFigures[] {
  if (byRank) {
    const codes = blocs.find((b) => b.name === bloc)!.units;
    return codes.map((c) => units.find((u) => u.code === c)!);
  }
  return units.filter((u) => u.bloc === bloc);
}

beforeAll(async () => {
  dir = outputDir('chart');
  // Huyện Đoàn Hòa An has done its first three tasks: its bar is drawn among the districts'
  const empty = path.join(dir, 'so-trong.xlsx');
  const unitsDir = path.join(dir, 'don-vi');
  book = path.join(dir, 'so.xlsx');
  for (const args of [
    ['build', SAMPLE, '-o', empty, '--as-of', AS_OF, '--force'],
    ['split', empty, '-o', unitsDir],
  ]) {
    const r = await runCli(args);
    if (r.code !== 0) throw new Error(r.err);
  }
  const ha = path.join(unitsDir, 'HA-huyen-doan-hoa-an.xlsx');
  await fillTracking(ha, ({ index }) =>
    index < 3 ? { status: 'Hoàn thành', doneDate: day('2014-03-10') } : null,
  );
  const merged = await runCli(['consolidate', empty, ha, '-o', book, '--force']);
  if (merged.code !== 0) throw new Error(merged.err);
  summary = path.join(dir, 'tong-hop.xlsx');
  const s = await runCli(['report', book, '-o', summary, '--as-of', AS_OF, '--force']);
  if (s.code !== 0) throw new Error(s.err);
  const json = await runCli(['report', book, '--json', '--as-of', AS_OF]);
  ({ units, blocs } = JSON.parse(json.out) as {
    units: UnitFigures[];
    blocs: { name: string; units: string[] }[];
  });
}, 180_000);

const bytesOf = (file: string): Uint8Array => new Uint8Array(fs.readFileSync(file));

/** The cells of a chart range ("'Báo cáo'!$B$20:$B$43") on the grids read back. */
function rangeCells(
  formula: string,
  grids: SheetGrid[],
): { sheet: string; col: number; rows: number[]; values: CellValue[] } {
  // a bloc of one unit is one cell: "'Báo cáo'!$B$38"
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(formula);
  if (!m) throw new Error(`not a one-column range: ${formula}`);
  m[4] ??= m[2]!;
  m[5] ??= m[3]!;
  const [, quoted, c1, r1, c2, r2] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  expect(c2).toBe(c1);
  const sheet = quoted.replace(/''/g, "'");
  const grid = grids.find((g) => g.name === sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  const col = columnOf(c1);
  const rows: number[] = [];
  for (let r = Number(r1) - 1; r <= Number(r2) - 1; r++) rows.push(r);
  return { sheet, col, rows, values: rows.map((r) => grid.values[r]?.[col] ?? null) };
}

function checkChart(
  chart: XlsxChart,
  grids: SheetGrid[],
  sheet: string,
  shown: UnitFigures[],
  name: string,
): void {
  expect(chart.sheet).toBe(sheet);
  expect(chart.title).toBe(name);
  expect([chart.barDir, chart.grouping]).toEqual(['bar', 'clustered']);
  expect(chart.axis).toEqual({ min: 0, max: 1, numberFormat: '0%' });
  expect(chart.series).toHaveLength(1);
  const [series] = chart.series as [XlsxChart['series'][number]];
  expect(series.name).toBe('Tỉ lệ hoàn thành');

  // the categories are the unit table's names, the values its rates: cells of the sheet itself
  const cat = rangeCells(series.catFormula, grids);
  const val = rangeCells(series.valFormula, grids);
  expect([cat.sheet, val.sheet]).toEqual([sheet, sheet]);
  expect(val.rows).toEqual(cat.rows);
  expect(cat.values).toEqual(shown.map((u) => u.name));
  // the unit table's header, above the bloc's rows
  const rowsAbove = grids.find((g) => g.name === sheet)!.values.slice(0, cat.rows[0]!);
  const header = rowsAbove.reverse().find((r) => r[cat.col] === 'Đơn vị')!;
  expect([header[cat.col], header[val.col]]).toEqual(['Đơn vị', 'Tỉ lệ hoàn thành việc đến hạn']);
  // what a reader shows before recalculating: the same names and rates, a gap for no rate
  expect(series.catCache).toEqual(shown.map((u) => u.name));
  expect(series.valCache).toEqual(shown.map((u) => u.rate));
  expect(val.values).toEqual(shown.map((u) => u.rate));

  // below the table, over cells the sheet leaves empty
  const grid = grids.find((g) => g.name === sheet)!;
  expect(chart.from.row).toBeGreaterThan(cat.rows.at(-1)!);
  expect(chart.to.row - chart.from.row).toBeGreaterThanOrEqual(shown.length);
  for (let r = chart.from.row; r < chart.to.row; r++) {
    for (let c = chart.from.col; c < chart.to.col; c++) {
      expect([r, c, grid.values[r]?.[c] ?? null]).toEqual([r, c, null]);
    }
  }
}

describe('the chart parts of the .xlsx', () => {
  it("draws each bloc's rates by unit on `Báo cáo`, over the unit table's cells", async () => {
    const charts = xlsxCharts(bytesOf(book));
    expect(charts.map((c) => c.title)).toEqual(blocs.map((b) => title(b.name)));
    const grids = (await readXlsx(bytesOf(book))).sheets;
    blocs.forEach((b, i) => {
      checkChart(charts[i]!, grids, 'Báo cáo', blocUnits(b.name, false), title(b.name));
    });
    // a book rewritten (the merge rewrote the built one) keeps its charts: drawn from the spec
    expect(units.some((u) => (u.rate ?? 0) > 0)).toBe(true);
  });

  it("draws the summary's charts over the summary's own cells, units by rank", async () => {
    const charts = xlsxCharts(bytesOf(summary));
    expect(charts.map((c) => c.title)).toEqual(blocs.map((b) => title(b.name)));
    const grids = (await readXlsx(bytesOf(summary))).sheets;
    expect(grids[0]!.name).toBe('Tổng hợp');
    blocs.forEach((b, i) => {
      checkChart(charts[i]!, grids, 'Tổng hợp', blocUnits(b.name, true), title(b.name));
    });
  });

  it('loses no cell: the same sheets read back with the chart as without it', async () => {
    const read = await readBookXlsx(bytesOf(book), { strict: true });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const spec: WorkbookSpec = describeBook(read.value.book).spec;
    expect(spec.sheets.filter((s) => s.charts?.length).map((s) => s.name)).toEqual(['Báo cáo']);
    const withChart = await writeXlsx(spec);
    const without = await writeXlsx({
      ...spec,
      sheets: spec.sheets.map(({ charts: _charts, ...s }) => s),
    });
    expect(xlsxCharts(without)).toEqual([]);
    expect((await readXlsx(withChart)).sheets).toEqual((await readXlsx(without)).sheets);
    // and exceljs reads it too, every value of the report as written
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(withChart) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Báo cáo')!;
    const report = spec.sheets.find((s) => s.name === 'Báo cáo')!;
    expect(ws.rowCount).toBe(report.rows.length);
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(Buffer.from(without) as unknown as ArrayBuffer);
    const values = (w: ExcelJS.Worksheet) =>
      (w.getSheetValues() as unknown[][]).map((r) => JSON.stringify(r ?? null));
    expect(values(ws)).toEqual(values(plain.getWorksheet('Báo cáo')!));
  });
});

/** Words of a PDF page with their boxes, as pdftotext -bbox gives them (points). */
function pageWords(
  pdf: string,
  page: number,
): { text: string; x: number; y: number; x2: number; y2: number }[] {
  const html = execFileSync('pdftotext', ['-f', `${page}`, '-l', `${page}`, '-bbox', pdf, '-'], {
    encoding: 'utf8',
  });
  const words = [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ];
  return words.map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    x2: Number(m[3]),
    y2: Number(m[4]),
    text: (m[5] as string).replace(/&amp;/g, '&'),
  }));
}

const squeeze = (s: string): string => s.replace(/\s+/g, '').normalize('NFC');

describeWithPdfTools('the chart printed by LibreOffice', () => {
  it.each([
    ['the summary', () => summary, 'Tổng hợp'],
    ['the book', () => book, 'Báo cáo'],
  ])(
    "renders %s's chart: its title, every unit named beside a bar, the bars drawn",
    async (_, file, sheet) => {
      const work = outputDir(`chart-lo-${sheet === 'Tổng hợp' ? 'summary' : 'book'}`);
      const pdf = libreOfficePdf(file(), work);
      const charts = xlsxCharts(bytesOf(file()));
      const TITLE = title(DISTRICTS);
      const names = charts.find((c) => c.title === TITLE)!.series[0]!.catCache as string[];
      const pages = Number(
        /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1],
      );
      // the page where the chart stands whole: its title above every unit name
      let found: { page: number; top: number; bottom: number } | null = null;
      for (let p = 1; p <= pages && !found; p++) {
        const words = pageWords(pdf, p);
        // pdftotext splits some Vietnamese words in pieces: the title is found in the words run
        // together, without spaces
        const owner: number[] = [];
        const text = words
          .map((w, i) => {
            const t = squeeze(w.text);
            owner.push(...Array<number>(t.length).fill(i));
            return t;
          })
          .join('');
        const at = text.indexOf(squeeze(TITLE));
        if (at < 0) continue;
        const titleWords = words.slice(owner[at], owner[at + squeeze(TITLE).length - 1]! + 1);
        const left = Math.min(...titleWords.map((w) => w.x));
        const top = Math.max(...titleWords.map((w) => w.y2));
        // the category labels: left of the centred title, below it
        const labels = words.filter((w) => w.y > top && w.x2 < left);
        const labelText = squeeze(labels.map((w) => w.text).join(''));
        if (names.every((n) => labelText.includes(squeeze(n)))) {
          found = { page: p, top, bottom: Math.max(...labels.map((w) => w.y2)) };
        }
      }
      expect(found).not.toBeNull();
      // the page rendered: bars in the series' colour (#4472C4) inside the chart's area
      const dpi = 72;
      execFileSync('pdftoppm', [
        '-f',
        `${found!.page}`,
        '-l',
        `${found!.page}`,
        '-r',
        `${dpi}`,
        pdf,
        path.join(work, 'page'),
      ]);
      const ppm = fs.readdirSync(work).find((f) => f.startsWith('page') && f.endsWith('.ppm'))!;
      const image = fs.readFileSync(path.join(work, ppm));
      const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 40).toString('latin1'))!;
      const [width, offset] = [Number(header[1]), header[0].length];
      let blue = 0;
      for (let y = Math.floor(found!.top); y < Math.ceil(found!.bottom); y++) {
        for (let x = 0; x < width; x++) {
          const i = offset + (y * width + x) * 3;
          const [r, g, b] = [image[i]!, image[i + 1]!, image[i + 2]!];
          if (Math.abs(r - 0x44) < 40 && Math.abs(g - 0x72) < 40 && Math.abs(b - 0xc4) < 40) blue++;
        }
      }
      // Hòa An's bar at 3 of 14 due: a few hundred pixels at 72 dpi
      expect(blue).toBeGreaterThan(100);
    },
    240_000,
  );
});
