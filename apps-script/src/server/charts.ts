/// <reference types="google-apps-script" />
/**
 * The sheet's charts drawn as embedded charts: a bar (or column) chart over the sheet's own
 * cells, anchored at its cell and sized to the cells it covers. Sheets charts have no name, so a
 * sheet the book draws again loses every chart on it first: a redraw replaces, never stacks. The
 * `--sheets-api` build draws them here too, once its batch is sent: the API's chart has no number
 * format for a value axis and names a series' legend only from a header cell.
 */
import type { ChartSpec, Range as SpecRange, SheetSpec } from '../../../shared/workbook/spec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' default row height in pixels (the layout's empty rows keep it). */
const ROW_PX = 21;

const rangeOf = (sheet: Sheet, r: SpecRange) =>
  sheet.getRange(r.row + 1, r.col + 1, r.rows, r.cols);

/** Pixels of `count` columns from `from`, as the draw sets their widths (7 px a character). */
function widthPx(spec: SheetSpec, from: number, count: number): number {
  let px = 0;
  for (let c = from; c < from + count; c++) px += Math.round((spec.columns[c] ?? 8.43) * 7 + 5);
  return px;
}

function drawChart(sheet: Sheet, spec: SheetSpec, c: ChartSpec): void {
  const start = sheet.newChart();
  const categories = rangeOf(sheet, c.categories);
  let builder =
    c.kind === 'bar'
      ? start.asBarChart().addRange(categories)
      : start.asColumnChart().addRange(categories);
  for (const s of c.series) builder = builder.addRange(rangeOf(sheet, s.values));
  // a bar chart's value axis runs across (hAxis), a column chart's up (vAxis)
  const valueAxis = c.kind === 'bar' ? 'hAxis' : 'vAxis';
  const a = c.anchor;
  const chart = builder
    .setPosition(a.row + 1, a.col + 1, 0, 0)
    .setOption('title', c.title)
    .setOption('legend', { position: c.series.length > 1 ? 'bottom' : 'none' })
    .setOption(valueAxis, {
      viewWindow: { min: c.axis.min, ...(c.axis.max === undefined ? {} : { max: c.axis.max }) },
      format: c.axis.numberFormat,
    })
    .setOption(
      'colors',
      c.series.map((s) => s.color ?? '#4472C4'),
    )
    .setOption(
      'series',
      Object.fromEntries(
        c.series.map((s, i) => [
          i,
          { labelInLegend: s.name, ...(c.labels ? { dataLabel: 'value' } : {}) },
        ]),
      ),
    )
    .setOption('width', widthPx(spec, a.col, a.cols))
    .setOption('height', a.rows * ROW_PX)
    .build();
  sheet.insertChart(chart);
}

/**
 * The sheet's charts replaced by those of `spec`; a sheet that carries none is left as it is, and
 * one just inserted (`fresh`) has none to remove.
 */
export function drawCharts(sheet: Sheet, spec: SheetSpec, fresh: boolean): void {
  if (spec.charts === undefined) return;
  if (!fresh) for (const old of sheet.getCharts()) sheet.removeChart(old);
  for (const c of spec.charts) drawChart(sheet, spec, c);
}
