/// <reference types="office-js" />
/**
 * The sheet's charts drawn with Office.js: a clustered bar (or column) chart over the sheet's own
 * cells, placed over its anchor. A sheet drawn again loses the charts the book drew before (known
 * by their names), never a chart of the user's own, so a redraw replaces them and never stacks.
 */
import { WB } from '../../../shared/i18n/workbook-vi';
import { cellAddress, rangeAddress } from '../../../shared/workbook/a1';
import type { ChartSpec } from '../../../shared/workbook/spec';
import type { Support } from './support';

/** Whether a chart is one the book drew (and a redraw replaces). */
export const isBookChart = (name: string): boolean => name.startsWith(WB.chartNamePrefix);

/** Queues the charts of a sheet (ExcelApi 1.7; its formats and axis crossing with 1.8). */
export function queueCharts(
  ws: Excel.Worksheet,
  charts: readonly ChartSpec[],
  support: Support,
): void {
  charts.forEach((c, k) => {
    const [first, ...more] = c.series;
    if (!first) return;
    const chart = ws.charts.add(
      c.kind === 'bar' ? 'BarClustered' : 'ColumnClustered',
      ws.getRange(rangeAddress(first.values)),
      'Columns',
    );
    chart.name = WB.chartName(k);
    chart.title.text = c.title;
    chart.legend.visible = c.series.length > 1;
    const a = c.anchor;
    chart.setPosition(
      cellAddress(a.row, a.col),
      cellAddress(a.row + a.rows - 1, a.col + a.cols - 1),
    );
    const categories = ws.getRange(rangeAddress(c.categories));
    const series = [chart.series.getItemAt(0), ...more.map((s) => chart.series.add(s.name))];
    c.series.forEach((s, i) => {
      const target = series[i] as Excel.ChartSeries;
      target.name = s.name;
      if (i > 0) target.setValues(ws.getRange(rangeAddress(s.values)));
      target.setXAxisValues(categories);
      if (s.color) target.format.fill.setSolidColor(s.color);
    });
    const value = chart.axes.valueAxis;
    value.minimum = c.axis.min;
    if (c.axis.max !== undefined) value.maximum = c.axis.max;
    if (c.labels) chart.dataLabels.showValue = true;
    // a bar chart counts categories from the axis up: reversed, they read top to bottom as the
    // table does, and the value axis is kept below them by crossing at the last category
    if (c.kind === 'bar') chart.axes.categoryAxis.reversePlotOrder = true;
    if (support.has('chartFormats')) {
      value.numberFormat = c.axis.numberFormat;
      if (c.labels) chart.dataLabels.numberFormat = c.axis.numberFormat;
      if (c.kind === 'bar') chart.axes.categoryAxis.position = 'Maximum';
    }
  });
}

/** Actions queued per chart, for the batcher's budget. */
export const CHART_ACTIONS = 30;
