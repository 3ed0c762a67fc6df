/**
 * `Báo cáo`: the consolidated report as live formulas over `Theo dõi`, each written with the
 * value the core computed. Counting is done with SUMPRODUCT and exact comparisons, which Excel,
 * LibreOffice and Google Sheets evaluate alike (COUNTIF would read "*" and "?" as wildcards).
 */
import type { Book } from '../book/model';
import { SHEET, WB } from '../i18n/workbook-vi';
import type { Counts, Report } from '../report/compute';
import type { CriteriaCells } from './criteria-sheet';
import type { ScoreCells, UnitFigureCells } from './scores-sheet';
import { CLASSIFICATION_LABELS } from '../book/classification';
import { STATUS_LABELS } from '../tracking/status';
import { cellAddress, sheetRef, dateCell } from '../workbook/a1';
import type { Cell, CellValue, SheetSpec } from '../workbook/spec';
import { DATE_FORMAT, FILL, PERCENT_FORMAT, SheetBuilder } from './builder';
import { periodLabels } from './period-labels';
import { trackingColumns } from './tracking-columns';
import { unitRateChart } from './unit-chart';
import type { ChartSpec } from '../workbook/spec';

export interface ReportPositions {
  asOf: { row: number; col: number };
  thresholds: { excellent: number; good: number; pass: number };
  /** Row of each period, and of the overall line. */
  periods: { key: string; row: number }[];
  overall: number;
  units: { code: string; row: number }[];
  /** Columns of the counts, shared by the period and unit tables. */
  cols: typeof C;
}

const WIDTH = 15;
const C = {
  tasks: 2,
  bloc: 2,
  assigned: 3,
  due: 4,
  doneOfDue: 5,
  late: 6,
  overdue: 7,
  rate: 8,
  done: 9,
  progress: 10,
  score: 11,
  rank: 12,
  classification: 13,
  proposal: 14,
};

/** Where the scoring lives on the other sheets, for the unit table's score and proposal. */
export interface ScoringRefs {
  criteria: CriteriaCells;
  scores: ScoreCells;
}

const f = (formula: string, value: CellValue): Cell => ({ kind: 'formula', formula, value });
const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/**
 * The commendation a unit is proposed for: the first whose count, added to the ones above it,
 * reaches the unit's rank and whose least classification the unit meets (levels 3, 2, 1 for
 * excellent, good, completed; an unknown label asks nothing).
 */
function proposalFormula(rank: string, level: string, cells: CriteriaCells): string {
  const L = CLASSIFICATION_LABELS;
  const crit = (a: string): string => `${quoteSheet(SHEET.criteria)}!${a}`;
  let within = '';
  let out = '""';
  const steps = cells.commendations.map((k) => {
    within = within ? `${within}+${crit(k.perBloc)}` : crit(k.perBloc);
    const least = crit(k.least);
    const needs = `((${least}=${quote(L.excellent.vi)})*3+(${least}=${quote(L.good.vi)})*2+(${least}=${quote(L.pass.vi)}))`;
    return { test: `AND(${rank}<=${within},${level}>=${needs})`, name: crit(k.name) };
  });
  for (const s of steps.reverse()) out = `IF(${s.test},${s.name},${out})`;
  return `IF(${rank}="","",${out})`;
}

/**
 * The unit table's order: each bloc's units together (in the order given), so that a bloc's
 * chart reads one block of rows; the units in no bloc last.
 */
function byBloc(report: Report): Report['units'] {
  const blocs = [...new Set(report.units.map((u) => u.bloc).filter((b) => b !== ''))];
  return [
    ...blocs.flatMap((b) => report.units.filter((u) => u.bloc === b)),
    ...report.units.filter((u) => u.bloc === ''),
  ];
}

export function reportSheet(
  book: Book,
  report: Report,
  refs: ScoringRefs,
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
  const counts = (r: number, where: string, c: Counts): Cell[] => {
    const w = where ? `${where}*` : '';
    const A = cellAddress(r, C.assigned);
    const E = cellAddress(r, C.due);
    const D = cellAddress(r, C.doneOfDue);
    const Dall = cellAddress(r, C.done);
    const due = `(${G}<>"")*(${G}<=${asOf})`;
    return [
      f(`SUMPRODUCT(${where ? where : `--(${id}<>"")`})`, c.assigned),
      f(`SUMPRODUCT(${w}${due})`, c.due),
      f(`SUMPRODUCT(${w}(${H}=${DONE})*${due})`, c.doneOfDue),
      f(`SUMPRODUCT(${w}(${H}=${DONE})*(${I}<>"")*(${G}<>"")*(${I}>${G}))`, c.late),
      f(`SUMPRODUCT(${w}(${H}<>${DONE})*(${H}<>${SKIPPED})*(${G}<>"")*(${G}<${asOf}))`, c.overdue),
      f(`IF(${E}=0,"",${D}/${E})`, c.rate ?? ''),
      f(`SUMPRODUCT(${w}(${H}=${DONE}))`, c.done),
      f(`IF(${A}=0,"",${Dall}/${A})`, c.progress ?? ''),
    ];
  };

  b.paragraph(WB.byPeriod, { bold: true });
  const ph = WB.periodHeaders;
  const periodHeader = header([ph[0], null, ...ph.slice(1)]);
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
  const periodCols = C.progress + 1;
  b.style({ row: overall, col: 0, rows: 1, cols: periodCols }, { bold: true, fill: FILL.total });
  b.style(
    { row: periodHeader + 1, col: 0, rows: overall - periodHeader, cols: periodCols },
    { border: true },
  );
  b.style(
    { row: periodHeader + 1, col: C.tasks, rows: overall - periodHeader, cols: periodCols - 2 },
    { hAlign: 'center' },
  );
  for (const col of [C.rate, C.progress]) {
    b.style(
      { row: periodHeader + 1, col, rows: overall - periodHeader, cols: 1 },
      { numberFormat: PERCENT_FORMAT },
    );
  }
  b.add();

  b.paragraph(WB.byUnit, { bold: true });
  const unitHeader = header([...WB.unitHeaders]);
  const units: ReportPositions['units'] = [];
  const first = b.next;
  const last = first + Math.max(report.units.length, 1) - 1;
  const column = (c: number): string =>
    `${cellAddress(first, c, true)}:${cellAddress(last, c, true)}`;
  const [blocs, scores] = [column(C.bloc), column(C.score)];
  const [ex, good, pass] = [tEx, tGood, tPass].map((r) => cellAddress(r, 2, true)) as [
    string,
    string,
    string,
  ];
  const L = CLASSIFICATION_LABELS;
  const crit = (a: string): string => `${quoteSheet(SHEET.criteria)}!${a}`;
  const max = crit(refs.criteria.total);
  byBloc(report).forEach((u, k) => {
    const r = b.next;
    const bloc = cellAddress(r, C.bloc);
    const S = cellAddress(r, C.score);
    const R = cellAddress(r, C.rank);
    const ratio = `${S}/${max}`;
    const level = `((${ratio}>=${ex})+(${ratio}>=${good})+(${ratio}>=${pass}))`;
    const cls = u.classification ? L[u.classification].vi : '';
    const total = refs.scores.total.get(u.code);
    const ranked: Cell[] =
      u.bloc === '' || !total
        ? [null, null, WB.notRanked, null]
        : [
            f(`${quoteSheet(SHEET.scores)}!${total}`, u.score ?? ''),
            f(
              `IF(${S}="","",1+SUMPRODUCT((${blocs}=${bloc})*ISNUMBER(${scores})*(${scores}>${S})))`,
              u.rank ?? '',
            ),
            f(
              `IF(${S}="",${quote(L.notDue.vi)},IF(${ratio}>=${ex},${quote(L.excellent.vi)},IF(${ratio}>=${good},${quote(L.good.vi)},IF(${ratio}>=${pass},${quote(L.pass.vi)},${quote(L.fail.vi)}))))`,
              cls,
            ),
            f(proposalFormula(R, level, refs.criteria), u.proposal ?? ''),
          ];
    b.add([k + 1, u.name, u.bloc, ...counts(r, `(${U}=${cellAddress(r, 1, true)})`, u), ...ranked]);
    units.push({ code: u.code, row: r });
  });
  const unitRows = Math.max(report.units.length, 1);
  b.style(
    { row: unitHeader + 1, col: 0, rows: unitRows, cols: WIDTH },
    { border: true, vAlign: 'top' },
  );
  b.style({ row: unitHeader + 1, col: 0, rows: unitRows, cols: 1 }, { hAlign: 'center' });
  b.style(
    { row: unitHeader + 1, col: C.assigned, rows: unitRows, cols: C.rank - C.assigned + 1 },
    { hAlign: 'center' },
  );
  for (const col of [C.rate, C.progress]) {
    b.style(
      { row: unitHeader + 1, col, rows: unitRows, cols: 1 },
      { numberFormat: PERCENT_FORMAT },
    );
  }
  b.style({ row: unitHeader + 1, col: C.score, rows: unitRows, cols: 1 }, { numberFormat: '0.00' });
  b.style({ row: unitHeader + 1, col: 1, rows: unitRows, cols: 2 }, { wrap: true });
  b.style({ row: unitHeader + 1, col: C.classification, rows: unitRows, cols: 2 }, { wrap: true });
  // each bloc's chart of its rates sits on rows left empty below the table, one under another
  const charts: ChartSpec[] = [];
  for (const bloc of report.blocs) {
    const members = new Set(bloc.units);
    const chart = unitRateChart(
      { units: units.filter((u) => members.has(u.code)), cols: C },
      { row: b.next + 1, col: 1, cols: 9 },
      WB.blocRateChart(bloc.name),
    );
    if (!chart) continue;
    charts.push(chart);
    for (let k = 0; k <= chart.anchor.rows; k++) b.add();
  }
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
    columns: [14, 30, 18, 9, 9, 11, 8, 8, 11, 11, 9, 8, 9, 20, 14],
    freeze: { rows: 0, cols: 0 },
    protect: true,
    print: { orientation: 'landscape' },
    charts,
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

/** Each unit's figures on `Báo cáo` that `Chấm điểm` scores from, as absolute addresses. */
export function unitFigures(p: ReportPositions): Map<string, UnitFigureCells> {
  return new Map(
    p.units.map((u) => [
      u.code,
      {
        due: cellAddress(u.row, p.cols.due, true),
        doneOfDue: cellAddress(u.row, p.cols.doneOfDue, true),
        overdue: cellAddress(u.row, p.cols.overdue, true),
        late: cellAddress(u.row, p.cols.late, true),
      },
    ]),
  );
}
