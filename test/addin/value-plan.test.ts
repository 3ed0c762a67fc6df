/**
 * How a sheet's values travel: columns of long runs one value a run, the others as grids of
 * neighbouring columns (what each choice writes is checked cell by cell in excel-adapter.test.ts).
 */
import { planValues } from '../../addin/src/excel/value-plan';
import type { ExcelInput } from '../../addin/src/excel/cells';

const LONG = `'${'Nội dung công việc '.repeat(20)}`;

function rows(n: number, make: (r: number) => ExcelInput[]): ExcelInput[][] {
  return Array.from({ length: n }, (_, r) => make(r));
}

describe('planValues', () => {
  it('sends columns of long runs one value a run, leaving empty runs out', () => {
    // id (distinct), unit (runs of 100), content (distinct), status (one run), note (empty)
    const inputs = rows(300, (r) => [
      `'ID-${r}`,
      `'Đơn vị ${Math.floor(r / 100)}`,
      `${LONG}${r}`,
      "'Chưa",
      '',
    ]);
    const plan = planValues(inputs, 5);
    expect(plan.grids).toEqual([
      [0, 0],
      [2, 2],
    ]);
    expect(plan.runs).toEqual([
      { col: 1, from: 0, to: 100, value: "'Đơn vị 0" },
      { col: 1, from: 100, to: 200, value: "'Đơn vị 1" },
      { col: 1, from: 200, to: 300, value: "'Đơn vị 2" },
      { col: 3, from: 0, to: 300, value: "'Chưa" },
    ]);
  });

  it('keeps neighbouring grid columns together, and a sheet of distinct values one grid', () => {
    const inputs = rows(50, (r) => [r, `'a${r}`, r * 2]);
    expect(planValues(inputs, 3)).toEqual({ grids: [[0, 2]], runs: [] });
  });

  it('keeps in a grid a column with text starting with "=" (one such value would be a formula)', () => {
    const inputs = rows(200, () => ['=A1 là văn bản', 'x']);
    const plan = planValues(inputs, 2);
    expect(plan.grids).toEqual([[0, 0]]);
    expect(plan.runs).toEqual([{ col: 1, from: 0, to: 200, value: 'x' }]);
  });

  it('writes nothing for a sheet of empty cells', () => {
    expect(
      planValues(
        rows(10, () => ['', '']),
        2,
      ),
    ).toEqual({ grids: [], runs: [] });
  });
});
