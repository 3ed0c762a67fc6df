/**
 * `Báo cáo`: the consolidated report as live formulas over `Theo dõi`, each written with the
 * value the core computed. Counting is done with SUMPRODUCT and exact comparisons, which Excel,
 * LibreOffice and Google Sheets evaluate alike (COUNTIF would read "*" and "?" as wildcards).
 */
import type { Book } from '../book/model';
import { SHEET, WB } from '../i18n/workbook-vi';
import type { Report } from '../report/compute';
import { CLASSIFICATION_LABELS } from '../report/compute';
import { STATUS_LABELS } from '../tracking/status';
import { GROUP_LABELS } from '../units/model';
import { cellAddress, sheetRef, dateCell } from '../workbook/a1';
import type { Cell, CellValue, SheetSpec } from '../workbook/spec';
import { DATE_FORMAT, FILL, PERCENT_FORMAT, SheetBuilder } from './builder';
import { periodLabels } from './period-labels';
import { trackingColumns } from './tracking-columns';
import { unitRateChart } from './unit-chart';

export interface ReportPositions {
  asOf: { row: number; col: number };
  thresholds: { excellent: number; good: number; pass: number };
  /** Row of each period, and of the overall line. */
  periods: { key: string; row: number }[];
  overall: number;
  units: { code: string; row: number }[];
  /** Columns of the counts, shared by the period and unit tables. */
  cols: {
    tasks: number;
    assigned: number;
    done: number;
    late: number;
    overdue: number;
    rate: number;
    rank: number;
    classification: number;
  };
}

const WIDTH = 10;
const C = {
  tasks: 2,
  assigned: 3,
  done: 4,
  late: 5,
  overdue: 6,
  rate: 7,
  rank: 8,
  classification: 9,
};

const f = (formula: string, value: CellValue): Cell => ({ kind: 'formula', formula, value });
const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export function reportSheet(
  book: Book,
  report: Report,
): { sheet: SheetSpec; positions: ReportPositions } {
  const b = new SheetBuilder(WIDTH);
  const labels = periodLabels(book.plan);
  const n = Math.max(book.rows.length, 1);
  const COL = trackingColumns(book.extraColumns).at;
  const col = (c: number): string => sheetRef(SHEET.tracking, { row: 1, col: c, rows: n, cols: 1 });
  const [K, U, G, H, I] = [COL.period, COL.unit, COL.deadline, COL.status, COL.doneDate].map(
    col,
  ) as [string, string, string, string, string];
  const id = col(COL.taskId);
  const DONE = quote(STATUS_LABELS.done.vi);
  const SKIPPED = quote(STATUS_LABELS.skipped.vi);

  b.paragraph(WB.reportTitle(book.plan.document.year, book.plan.document.schoolYear), {
    bold: true,
    hAlign: 'center',
    fontSize: 13,
  });
  b.paragraph(WB.reportPlan(book.plan.document.number, book.plan.document.title), {
    italic: true,
    hAlign: 'center',
  });
  b.add();
  const asOfRow = b.add([WB.asOf, null, dateCell(report.asOf)]);
  b.merge({ row: asOfRow, col: 0, rows: 1, cols: 2 });
  b.style({ row: asOfRow, col: 0, rows: 1, cols: 2 }, { bold: true });
  b.style(
    { row: asOfRow, col: 2, rows: 1, cols: 1 },
    { numberFormat: DATE_FORMAT, unlocked: true, border: true, hAlign: 'center' },
  );
  const asOf = cellAddress(asOfRow, 2, true);

  b.paragraph(WB.thresholds, { bold: true });
  const thresholdRow = (label: string, value: number): number => {
    const r = b.add([label, null, value]);
    b.merge({ row: r, col: 0, rows: 1, cols: 2 });
    b.style(
      { row: r, col: 2, rows: 1, cols: 1 },
      { numberFormat: '0%', unlocked: true, border: true, hAlign: 'center' },
    );
    return r;
  };
  const t = report.thresholds;
  const tEx = thresholdRow(CLASSIFICATION_LABELS.excellent.vi, t.excellent);
  const tGood = thresholdRow(CLASSIFICATION_LABELS.good.vi, t.good);
  const tPass = thresholdRow(CLASSIFICATION_LABELS.pass.vi, t.pass);
  b.add();

  const header = (cells: (string | null)[]): number => {
    const r = b.add(cells);
    b.style(
      { row: r, col: 0, rows: 1, cols: cells.length },
      {
        bold: true,
        fill: FILL.header,
        border: true,
        hAlign: 'center',
        vAlign: 'middle',
        wrap: true,
      },
    );
    return r;
  };
  const counts = (
    r: number,
    where: string,
    c: { assigned: number; done: number; late: number; overdue: number; rate: number | null },
  ): Cell[] => {
    const w = where ? `${where}*` : '';
    const A = cellAddress(r, C.assigned);
    const D = cellAddress(r, C.done);
    return [
      f(`SUMPRODUCT(${where ? where : `--(${id}<>"")`})`, c.assigned),
      f(`SUMPRODUCT(${w}(${H}=${DONE}))`, c.done),
      f(`SUMPRODUCT(${w}(${H}=${DONE})*(${I}<>"")*(${G}<>"")*(${I}>${G}))`, c.late),
      f(`SUMPRODUCT(${w}(${H}<>${DONE})*(${H}<>${SKIPPED})*(${G}<>"")*(${G}<${asOf}))`, c.overdue),
      f(`IF(${A}=0,"",${D}/${A})`, c.rate ?? ''),
    ];
  };

  b.paragraph(WB.byPeriod, { bold: true });
  const ph = WB.periodHeaders;
  const periodHeader = header([ph[0], null, ph[1], ph[2], ph[3], ph[4], ph[5], ph[6]]);
  b.merge({ row: periodHeader, col: 0, rows: 1, cols: 2 });
  const periods: ReportPositions['periods'] = [];
  for (const p of report.periods) {
    const r = b.next;
    const label = cellAddress(r, 0, true);
    b.add([labels.get(p.key) ?? p.label, null, p.tasks, ...counts(r, `(${K}=${label})`, p)]);
    b.merge({ row: r, col: 0, rows: 1, cols: 2 });
    periods.push({ key: p.key, row: r });
  }
  const overall = b.next;
  b.add([WB.overall, null, report.overall.tasks, ...counts(overall, '', report.overall)]);
  b.merge({ row: overall, col: 0, rows: 1, cols: 2 });
  b.style({ row: overall, col: 0, rows: 1, cols: 8 }, { bold: true, fill: FILL.total });
  b.style(
    { row: periodHeader + 1, col: 0, rows: overall - periodHeader, cols: 8 },
    { border: true },
  );
  b.style(
    { row: periodHeader + 1, col: C.tasks, rows: overall - periodHeader, cols: 5 },
    { hAlign: 'center' },
  );
  b.style(
    { row: periodHeader + 1, col: C.rate, rows: overall - periodHeader, cols: 1 },
    { numberFormat: PERCENT_FORMAT, hAlign: 'center' },
  );
  b.add();

  b.paragraph(WB.byUnit, { bold: true });
  const unitHeader = header([...WB.unitHeaders]);
  const units: ReportPositions['units'] = [];
  const first = b.next;
  const last = first + Math.max(report.units.length, 1) - 1;
  const rates = `${cellAddress(first, C.rate, true)}:${cellAddress(last, C.rate, true)}`;
  const [ex, good, pass] = [tEx, tGood, tPass].map((r) => cellAddress(r, 2, true)) as [
    string,
    string,
    string,
  ];
  report.units.forEach((u, k) => {
    const r = b.next;
    const name = cellAddress(r, 1, true);
    const A = cellAddress(r, C.assigned);
    const R = cellAddress(r, C.rate);
    const cls = u.classification ? CLASSIFICATION_LABELS[u.classification].vi : '';
    const L = CLASSIFICATION_LABELS;
    b.add([
      k + 1,
      u.name,
      GROUP_LABELS[u.group].vi,
      ...counts(r, `(${U}=${name})`, u),
      f(`IF(${A}=0,"",RANK(${R},${rates}))`, u.rank ?? ''),
      f(
        `IF(${A}=0,"",IF(${R}>=${ex},${quote(L.excellent.vi)},IF(${R}>=${good},${quote(L.good.vi)},IF(${R}>=${pass},${quote(L.pass.vi)},${quote(L.fail.vi)}))))`,
        cls,
      ),
    ]);
    units.push({ code: u.code, row: r });
  });
  const unitRows = Math.max(report.units.length, 1);
  b.style(
    { row: unitHeader + 1, col: 0, rows: unitRows, cols: WIDTH },
    { border: true, vAlign: 'top' },
  );
  b.style({ row: unitHeader + 1, col: 0, rows: unitRows, cols: 1 }, { hAlign: 'center' });
  b.style({ row: unitHeader + 1, col: C.assigned, rows: unitRows, cols: 6 }, { hAlign: 'center' });
  b.style(
    { row: unitHeader + 1, col: C.rate, rows: unitRows, cols: 1 },
    { numberFormat: PERCENT_FORMAT },
  );
  b.style({ row: unitHeader + 1, col: 1, rows: unitRows, cols: 1 }, { wrap: true });
  // the chart of the rates sits on rows left empty below the table
  const chart = unitRateChart({ units, cols: C }, { row: b.next + 1, col: 1, cols: 9 });
  if (chart) for (let k = 0; k <= chart.anchor.rows; k++) b.add();
  b.add();

  const list = (title: string, headers: readonly string[], rows: Cell[][]): void => {
    b.paragraph(title, { bold: true });
    const hr = header([...headers]);
    if (rows.length === 0) {
      b.add([WB.none]);
      return;
    }
    for (const cells of rows) b.add(cells);
    b.style(
      { row: hr + 1, col: 0, rows: rows.length, cols: headers.length },
      { border: true, vAlign: 'top' },
    );
    b.style({ row: hr + 1, col: 1, rows: rows.length, cols: 2 }, { wrap: true });
    b.style(
      { row: hr + 1, col: 4, rows: rows.length, cols: 2 },
      { numberFormat: DATE_FORMAT, hAlign: 'center' },
    );
  };
  list(
    WB.overdue,
    WB.listHeaders,
    report.overdue.map((o) => [
      o.taskId,
      o.content,
      o.unitName,
      o.periodLabel,
      dateCell(o.deadline),
      STATUS_LABELS[o.status].vi,
      o.days,
    ]),
  );
  b.add();
  list(
    WB.late,
    WB.lateListHeaders,
    report.late.map((o) => [
      o.taskId,
      o.content,
      o.unitName,
      o.periodLabel,
      dateCell(o.deadline),
      dateCell(o.doneDate),
      o.days,
    ]),
  );

  const sheet = b.build({
    name: SHEET.report,
    role: 'report',
    visibility: 'visible',
    columns: [14, 30, 16, 11, 11, 10, 10, 12, 9, 28],
    freeze: { rows: 0, cols: 0 },
    protect: true,
    print: { orientation: 'landscape' },
    ...(chart ? { charts: [chart] } : {}),
  });
  return {
    sheet,
    positions: {
      asOf: { row: asOfRow, col: 2 },
      thresholds: { excellent: tEx, good: tGood, pass: tPass },
      periods,
      overall,
      units,
      cols: { ...C },
    },
  };
}
