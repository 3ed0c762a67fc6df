/**
 * `Tiêu chí`: the criteria units are scored by, the bonus cap, and the commendations a bloc may
 * propose, in cells the office edits. `Chấm điểm` and `Báo cáo` refer to these cells, so a
 * changed number counts at once; a criterion added or removed counts from the next refresh.
 */
import { CLASSIFICATION_LABELS } from '../book/classification';
import type { Classification } from '../book/classification';
import type { Scoring } from '../book/scoring';
import { CRITERION_METHOD_LABELS } from '../book/scoring';
import type { CriterionMethod } from '../book/scoring';
import { SHEET, WB } from '../i18n/workbook-vi';
import { cellAddress } from '../workbook/a1';
import type { SheetSpec } from '../workbook/spec';
import { HEADER_STYLE, FILL, SheetBuilder } from './builder';

/** Rows left empty under each table for the office to add one. */
const SPARE_ROWS = 6;
const WIDTH = 6;

/** Where each setting sits, as absolute A1 addresses on `Tiêu chí`. */
export interface CriteriaCells {
  /** Per criterion of the scoring, in its order. */
  criteria: { max: string; overduePenalty: string; latePenalty: string }[];
  total: string;
  bonusCap: string;
  /** Per commendation, in its order. */
  commendations: { name: string; perBloc: string; least: string }[];
}

const LEAST: Classification[] = ['excellent', 'good', 'pass'];

export function criteriaSheet(scoring: Scoring): { sheet: SheetSpec; cells: CriteriaCells } {
  const b = new SheetBuilder(WIDTH);
  const input = { unlocked: true, fill: FILL.input } as const;
  b.paragraph(WB.criteriaTitle, { bold: true, hAlign: 'center', fontSize: 13 });
  b.paragraph(WB.criteriaNote, { italic: true }, 90);
  b.add();
  const head = b.add([...WB.criteriaHeaders]);
  b.style({ row: head, col: 0, rows: 1, cols: WIDTH }, HEADER_STYLE);
  const criteria: CriteriaCells['criteria'] = [];
  const first = b.next;
  scoring.criteria.forEach((c, i) => {
    const r = b.add([
      i + 1,
      c.name,
      c.max,
      CRITERION_METHOD_LABELS[c.method].vi,
      c.method === 'plan' ? c.overduePenalty : null,
      c.method === 'plan' ? c.latePenalty : null,
    ]);
    criteria.push({
      max: cellAddress(r, 2, true),
      overduePenalty: cellAddress(r, 4, true),
      latePenalty: cellAddress(r, 5, true),
    });
  });
  for (let k = 0; k < SPARE_ROWS; k++) b.add();
  const last = b.next - 1;
  const rows = last - first + 1;
  b.style({ row: first, col: 0, rows, cols: WIDTH }, { border: true, vAlign: 'top' });
  b.style({ row: first, col: 1, rows, cols: 5 }, input);
  b.style({ row: first, col: 1, rows, cols: 1 }, { wrap: true });
  b.style({ row: first, col: 2, rows, cols: 4 }, { hAlign: 'center' });
  b.validations.push({
    kind: 'list',
    range: { row: first, col: 3, rows, cols: 1 },
    values: (Object.keys(CRITERION_METHOD_LABELS) as CriterionMethod[]).map(
      (m) => CRITERION_METHOD_LABELS[m].vi,
    ),
    allowInvalid: false,
  });
  const totalRow = b.add([
    null,
    WB.criteriaTotal,
    {
      kind: 'formula',
      formula: `SUM(${cellAddress(first, 2)}:${cellAddress(last, 2)})`,
      value: scoring.criteria.reduce((n, c) => n + c.max, 0),
    },
  ]);
  b.style(
    { row: totalRow, col: 0, rows: 1, cols: WIDTH },
    { bold: true, fill: FILL.total, border: true },
  );
  b.style({ row: totalRow, col: 2, rows: 1, cols: 1 }, { hAlign: 'center' });
  b.add();
  const bonusRow = b.add([null, WB.bonusCap, scoring.bonusCap]);
  b.style(
    { row: bonusRow, col: 2, rows: 1, cols: 1 },
    { ...input, border: true, hAlign: 'center' },
  );
  b.add();

  const kHead = b.add([...WB.commendationHeaders]);
  b.style({ row: kHead, col: 0, rows: 1, cols: 4 }, HEADER_STYLE);
  const kFirst = b.next;
  const commendations: CriteriaCells['commendations'] = [];
  scoring.commendations.forEach((k, i) => {
    const r = b.add([i + 1, k.name, k.perBloc, CLASSIFICATION_LABELS[k.least].vi]);
    commendations.push({
      name: cellAddress(r, 1, true),
      perBloc: cellAddress(r, 2, true),
      least: cellAddress(r, 3, true),
    });
  });
  for (let k = 0; k < SPARE_ROWS; k++) b.add();
  const kRows = b.next - kFirst;
  b.style({ row: kFirst, col: 0, rows: kRows, cols: 4 }, { border: true });
  b.style({ row: kFirst, col: 1, rows: kRows, cols: 3 }, input);
  b.style({ row: kFirst, col: 2, rows: kRows, cols: 1 }, { hAlign: 'center' });
  b.validations.push({
    kind: 'list',
    range: { row: kFirst, col: 3, rows: kRows, cols: 1 },
    values: LEAST.map((c) => CLASSIFICATION_LABELS[c].vi),
    allowInvalid: false,
  });
  const sheet = b.build({
    name: SHEET.criteria,
    role: 'criteria',
    visibility: 'visible',
    columns: [6, 46, 12, 22, 14, 14],
    freeze: { rows: 0, cols: 0 },
    protect: true,
    print: { orientation: 'landscape' },
  });
  return {
    sheet,
    cells: {
      criteria,
      total: cellAddress(totalRow, 2, true),
      bonusCap: cellAddress(bonusRow, 2, true),
      commendations,
    },
  };
}
