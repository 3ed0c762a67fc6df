/**
 * How a sheet's values travel to Excel. A column whose cells come in long runs of one value (the
 * period, the unit, the role, the status of `Theo dõi`; the task repeated for each of its units in
 * the report; a column still empty) goes as one value per run: Office.js fills every cell of a
 * range given a single value ("Update all cells in a range", Excel JavaScript API advanced
 * concepts). The other columns go as 2D grids, neighbours together, in blocks of rows.
 */
import { ACTION_BYTES } from './batcher';
import { type ExcelInput, jsonBytes } from './cells';

/** Rows [from, to) of one column, all holding `value`. */
interface ValueRun {
  col: number;
  from: number;
  to: number;
  value: ExcelInput;
}

export interface ValuePlan {
  /** Columns [first, last] written as grids. */
  grids: [number, number][];
  /** Runs of the other columns; runs of empty cells are left out (the sheet starts empty). */
  runs: ValueRun[];
}

/**
 * A single value that starts with "=" is taken as a formula and shifted cell by cell, as a
 * formula copied down would be: text cells ("@") may hold such text, so their runs stay in grids.
 */
function fillable(v: ExcelInput): boolean {
  return typeof v !== 'string' || !v.startsWith('=');
}

function runsOf(inputs: readonly (readonly ExcelInput[])[], col: number): ValueRun[] {
  const runs: ValueRun[] = [];
  let run: ValueRun | null = null;
  inputs.forEach((row, r) => {
    const v = row[col] as ExcelInput;
    if (run && run.value === v) run.to = r + 1;
    else {
      run = { col, from: r, to: r + 1, value: v };
      runs.push(run);
    }
  });
  return runs;
}

/** Bytes of each cell's JSON, row by row (`width` a row), measured once for the plan and the grids. */
export function cellBytes(inputs: readonly (readonly ExcelInput[])[], width: number): Uint32Array {
  const bytes = new Uint32Array(inputs.length * width);
  inputs.forEach((row, r) => {
    for (let c = 0; c < width; c++) bytes[r * width + c] = jsonBytes(row[c]);
  });
  return bytes;
}

/**
 * Each column goes the cheaper way, by the bytes it sends: in a grid every cell costs its JSON
 * and a comma; as runs, every run not empty costs one action and its value once.
 */
export function planValues(
  inputs: readonly (readonly ExcelInput[])[],
  width: number,
  bytes: Uint32Array = cellBytes(inputs, width),
): ValuePlan {
  const runs: ValueRun[] = [];
  const byRuns: boolean[] = [];
  for (let c = 0; c < width; c++) {
    const column = runsOf(inputs, c);
    let gridBytes = 0;
    for (let r = 0; r < inputs.length; r++) gridBytes += (bytes[r * width + c] as number) + 1;
    let runBytes = 0;
    let ok = true;
    for (const run of column) {
      if (!fillable(run.value)) ok = false;
      if (run.value !== '') runBytes += ACTION_BYTES + (bytes[run.from * width + c] as number);
    }
    byRuns.push(ok && runBytes < gridBytes);
    if (byRuns[c]) runs.push(...column.filter((run) => run.value !== ''));
  }
  const grids: [number, number][] = [];
  for (let c = 0; c < width; c++) {
    if (byRuns[c]) continue;
    const last = grids[grids.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else grids.push([c, c]);
  }
  return { grids, runs };
}
