/**
 * `Chấm điểm`: one row per unit ranked in a bloc, one column per criterion of `Tiêu chí`. Plan
 * criteria are formulas over the unit's figures on `Báo cáo`; the others, and the bonus, are
 * entered by the office; the total is what `Báo cáo` ranks and classifies by.
 */
import type { Scoring } from '../book/scoring';
import { SHEET, WB } from '../i18n/workbook-vi';
import type { Report } from '../report/compute';
import { cellAddress } from '../workbook/a1';
import type { Cell, SheetSpec } from '../workbook/spec';
import type { CriteriaCells } from './criteria-sheet';
import { FILL, HEADER_STYLE, SheetBuilder } from './builder';

const FIRST_ROW = 4;
const FIXED = WB.scoresHeaders.length;

/** Where each ranked unit's total is, known before either sheet is drawn. */
export interface ScoreCells {
  /** Absolute A1 address of the unit's total on `Chấm điểm`, by unit code. */
  total: Map<string, string>;
}

/** The units on `Chấm điểm`: each bloc's together, in the directory's order. */
function scoredUnits(report: Report): Report['units'] {
  const blocs = [...new Set(report.units.filter((u) => u.bloc !== '').map((u) => u.bloc))];
  return blocs.flatMap((b) => report.units.filter((u) => u.bloc === b));
}

export function scoreCells(report: Report): ScoreCells {
  const totalCol = FIXED + report.scoring.criteria.length + 1;
  return {
    total: new Map(
      scoredUnits(report).map((u, i) => [u.code, cellAddress(FIRST_ROW + i, totalCol, true)]),
    ),
  };
}

/** A unit's figures on `Báo cáo`, as A1 addresses there. */
export interface UnitFigureCells {
  due: string;
  doneOfDue: string;
  overdue: string;
  late: string;
}

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

export function scoresSheet(
  report: Report,
  criteria: CriteriaCells,
  figures: ReadonlyMap<string, UnitFigureCells>,
): SheetSpec {
  const scoring: Scoring = report.scoring;
  const n = scoring.criteria.length;
  const width = FIXED + n + 2;
  const b = new SheetBuilder(width);
  const rep = (a: string): string => `${quoteSheet(SHEET.report)}!${a}`;
  const crit = (a: string): string => `${quoteSheet(SHEET.criteria)}!${a}`;
  b.paragraph(WB.scoresTitle, { bold: true, hAlign: 'center', fontSize: 13 });
  b.paragraph(WB.scoresNote, { italic: true }, 110);
  b.add();
  const head = b.add([
    ...WB.scoresHeaders,
    ...scoring.criteria.map((c) => c.name),
    WB.bonus,
    WB.total,
  ]);
  b.style({ row: head, col: 0, rows: 1, cols: width }, HEADER_STYLE);
  const units = scoredUnits(report);
  units.forEach((u, i) => {
    const r = b.next;
    const f = figures.get(u.code) as UnitFigureCells;
    const due = rep(f.due);
    const cells: Cell[] = scoring.criteria.map((c, k) => {
      const p = u.points[k] ?? null;
      if (c.method !== 'plan') return p;
      const at = criteria.criteria[k]!;
      return {
        kind: 'formula',
        formula:
          `IF(${due}=0,"",MAX(0,${crit(at.max)}*${rep(f.doneOfDue)}/${due}` +
          `-${crit(at.overduePenalty)}*${rep(f.overdue)}-${crit(at.latePenalty)}*${rep(f.late)}))`,
        value: p ?? '',
      };
    });
    const sum = scoring.criteria.map((_, k) => cellAddress(r, FIXED + k)).join('+');
    const bonus = cellAddress(r, FIXED + n);
    b.add([
      i + 1,
      u.code,
      u.name,
      u.bloc,
      ...cells,
      u.bonus,
      {
        kind: 'formula',
        formula: `IF(${due}=0,"",ROUND(${sum ? `${sum}+` : ''}MIN(0+${bonus},${crit(criteria.bonusCap)}),2))`,
        value: u.score ?? '',
      },
    ]);
  });
  const rows = Math.max(units.length, 1);
  b.style({ row: FIRST_ROW, col: 0, rows, cols: width }, { border: true, vAlign: 'top' });
  b.style({ row: FIRST_ROW, col: 2, rows, cols: 2 }, { wrap: true });
  b.style(
    { row: FIRST_ROW, col: FIXED, rows, cols: n + 2 },
    { hAlign: 'center', numberFormat: '0.00' },
  );
  // the office's own cells: criteria scored by hand, and the bonus
  scoring.criteria.forEach((c, k) => {
    if (c.method === 'manual')
      b.style(
        { row: FIRST_ROW, col: FIXED + k, rows, cols: 1 },
        { unlocked: true, fill: FILL.input },
      );
  });
  b.style({ row: FIRST_ROW, col: FIXED + n, rows, cols: 1 }, { unlocked: true, fill: FILL.input });
  b.style({ row: FIRST_ROW, col: FIXED + n + 1, rows, cols: 1 }, { bold: true, fill: FILL.total });
  return b.build({
    name: SHEET.scores,
    role: 'scores',
    visibility: 'visible',
    columns: [6, 8, 30, 22, ...scoring.criteria.map(() => 14), 11, 11],
    freeze: { rows: FIRST_ROW, cols: 3 },
    protect: true,
    print: { orientation: 'landscape', repeatRows: { first: head, last: head } },
  });
}
