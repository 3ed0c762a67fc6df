/**
 * The report's picture: a bar per unit of the unit table, its completion rate, from 0 to 100 %.
 * The chart reads the table's own cells, so it follows the live rates.
 */
import { WB } from '../i18n/workbook-vi';
import type { ChartSpec } from '../workbook/spec';
import type { ReportPositions } from './report-sheet';

/** The unit table's column of names. */
const NAME_COL = 1;
/**
 * Rows the chart takes: a row and a half per unit (so that every name fits beside its bar), more
 * for the title and the axis; never fewer than a readable chart needs, nor more than a printed
 * A4 landscape page holds (the chart starts a page of its own).
 */
const ROWS_PER_UNIT = 1.5;
const CHART_EXTRA_ROWS = 5;
const CHART_MIN_ROWS = 12;
const CHART_MAX_ROWS = 30;

/**
 * The chart of the rates of `units` (rows of one table, in order), placed at `at` (a cell below
 * or beside the table that the sheet leaves empty), `cols` columns wide. Null for no units.
 */
export function unitRateChart(
  positions: Pick<ReportPositions, 'units' | 'cols'>,
  at: { row: number; col: number; cols: number },
  title: string = WB.unitRateChart,
): ChartSpec | null {
  const rows = positions.units.map((u) => u.row);
  if (rows.length === 0) return null;
  const first = Math.min(...rows);
  const count = Math.max(...rows) - first + 1;
  return {
    kind: 'bar',
    title,
    categories: { row: first, col: NAME_COL, rows: count, cols: 1 },
    series: [
      {
        name: WB.unitRateSeries,
        values: { row: first, col: positions.cols.rate, rows: count, cols: 1 },
        color: '#4472C4',
      },
    ],
    axis: { min: 0, max: 1, numberFormat: '0%' },
    labels: true,
    anchor: {
      row: at.row,
      col: at.col,
      rows: Math.min(
        CHART_MAX_ROWS,
        Math.max(CHART_MIN_ROWS, Math.ceil(count * ROWS_PER_UNIT) + CHART_EXTRA_ROWS),
      ),
      cols: at.cols,
    },
  };
}
