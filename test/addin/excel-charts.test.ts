/**
 * The report's chart drawn in Excel through Office.js (on the strict fake): a clustered bar chart
 * over the unit table's own cells, placed over its anchor, replaced (never stacked) when the
 * sheet is drawn again, and said as skipped on an Excel without charts of separate categories.
 */
import { drawSyncBound, drawWorkbook } from '../../addin/src/excel/draw';
import { detectSupport } from '../../addin/src/excel/support';
import { cellAddress, rangeAddress } from '../../shared/workbook/a1';
import type { ChartSpec, WorkbookSpec } from '../../shared/workbook/spec';
import { asContext, createExcelFake, type ExcelFake } from '../fakes/excel-fake';
import { sampleSpec } from './helpers/books';

function supportOf(fake: ExcelFake) {
  return detectSupport((name, v) => fake.Office.context.requirements.isSetSupported(name, v));
}

async function draw(fake: ExcelFake, spec: WorkbookSpec) {
  return fake.Excel.run((context) => drawWorkbook(asContext(context), spec, supportOf(fake)));
}

const reportOf = (spec: WorkbookSpec) => spec.sheets.find((s) => s.name === 'Báo cáo')!;
const chartsOf = (spec: WorkbookSpec): ChartSpec[] => reportOf(spec).charts!;

function expectDrawn(
  fake: ExcelFake,
  spec: WorkbookSpec,
  c: ChartSpec,
  chart: unknown,
  n: number,
): void {
  const a = c.anchor;
  expect(chart).toMatchObject({
    name: `Biểu đồ Sổ Thi Đua ${n}`,
    type: 'BarClustered',
    seriesBy: 'Columns',
    title: c.title,
    legendVisible: false,
    position: {
      start: cellAddress(a.row, a.col),
      end: cellAddress(a.row + a.rows - 1, a.col + a.cols - 1),
    },
    series: [
      {
        name: 'Tỉ lệ hoàn thành',
        values: rangeAddress(c.series[0]!.values),
        xValues: rangeAddress(c.categories),
        fill: '#4472C4',
      },
    ],
    valueAxis: { minimum: 0, maximum: 1, numberFormat: '0%' },
    categoryAxis: { reversePlotOrder: true, position: 'Maximum' },
    dataLabels: { showValue: true, numberFormat: '0%' },
  });
  // the categories and values are the table's names and rates, as drawn
  const names = fake.workbook.getValues('Báo cáo', rangeAddress(c.categories)).map((r) => r[0]);
  expect(names).toEqual(
    reportOf(spec)
      .rows.slice(c.categories.row, c.categories.row + c.categories.rows)
      .map((r) => r[1]),
  );
}

describe('the report chart in Excel', () => {
  it("draws a clustered bar chart of each bloc's unit names and rates, over its anchor", async () => {
    const fake = createExcelFake();
    const spec = sampleSpec();
    await draw(fake, spec);
    const drawn = fake.workbook.sheet('Báo cáo').charts;
    expect(drawn.map((c) => c.title)).toEqual([
      'Tỉ lệ hoàn thành việc đến hạn – Khối huyện, thành phố',
      'Tỉ lệ hoàn thành việc đến hạn – Khối Đoàn trực thuộc',
      'Tỉ lệ hoàn thành việc đến hạn – Khối lực lượng vũ trang',
      'Tỉ lệ hoàn thành việc đến hạn – Khối trường học',
    ]);
    chartsOf(spec).forEach((c, i) => expectDrawn(fake, spec, c, drawn[i], i + 1));
    // and the sheet is protected after the charts went in
    expect(fake.workbook.sheet('Báo cáo').protection.protected).toBe(true);
  });

  it('replaces the chart when the sheet is drawn again, and keeps a chart of the user', async () => {
    const fake = createExcelFake();
    const spec = sampleSpec();
    await draw(fake, spec);
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Báo cáo');
      ws.protection.unprotect();
      ws.charts.add('ColumnClustered', ws.getRange('C20:C25'), 'Columns').name = 'Của tôi';
      ws.protection.protect();
      await context.sync();
    });
    // the report alone drawn again, as `refresh` does
    const { finish: _finish, ...book } = spec;
    const again = await draw(fake, { ...book, sheets: [reportOf(spec)] });
    expect(
      fake.workbook
        .sheet('Báo cáo')
        .charts.map((c) => c.name)
        .sort(),
    ).toEqual([
      'Biểu đồ Sổ Thi Đua 1',
      'Biểu đồ Sổ Thi Đua 2',
      'Biểu đồ Sổ Thi Đua 3',
      'Biểu đồ Sổ Thi Đua 4',
      'Của tôi',
    ]);
    // one more round trip than a sheet without charts: the look at the old ones
    expect(again.chartLooks).toBe(1);
    expect(again.syncs).toBeLessThanOrEqual(drawSyncBound(again.payloadBytes, again.chartLooks));
  });

  it('on Excel 2016 (ExcelApi 1.2) draws no chart and says so', async () => {
    const fake = createExcelFake({ apiVersion: '1.2' });
    const result = await draw(fake, sampleSpec());
    expect(fake.workbook.sheet('Báo cáo').charts).toEqual([]);
    expect(result.skipped).toContain('charts');
  });

  it('on Excel 2019 (ExcelApi 1.7) draws it without the 1.8 formats', async () => {
    const fake = createExcelFake({ apiVersion: '1.7' });
    const result = await draw(fake, sampleSpec());
    expect(result.skipped).not.toContain('charts');
    expect(fake.workbook.sheet('Báo cáo').charts[0]).toMatchObject({
      valueAxis: { minimum: 0, maximum: 1, numberFormat: 'General' },
      categoryAxis: { reversePlotOrder: true, position: 'Automatic' },
      dataLabels: { showValue: true, numberFormat: 'General' },
    });
  });
});
