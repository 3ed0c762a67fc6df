/** A sheet whose first row holds column headers, read by header name rather than by position. */
import { error } from '../errors/problem';
import type { Problem } from '../errors/problem';
import { foldKey } from '../text/normalize';
import type { CellValue, SheetGrid } from './spec';
import { text } from './cells';

export interface HeaderedTable {
  columns: Map<string, number>;
  /** Data rows with their 0-based sheet row; fully empty rows are skipped. */
  rows: { row: number; cells: CellValue[] }[];
}

export function readHeadered(
  grid: SheetGrid,
  required: readonly string[],
  optional: readonly string[] = [],
  file?: string,
): { table: HeaderedTable } | { problems: Problem[] } {
  const header = (grid.values[0] ?? []).map((v) => foldKey(text(v)));
  const columns = new Map<string, number>();
  for (const name of [...required, ...optional]) {
    const at = header.indexOf(foldKey(name));
    if (at >= 0) columns.set(name, at);
  }
  const missing = required.filter((n) => !columns.has(n));
  if (missing.length > 0) {
    const where = file ? { file, sheet: grid.name, cell: 'A1' } : { sheet: grid.name, cell: 'A1' };
    return {
      problems: [
        error('missingColumns', where, { names: missing.map((m) => `"${m}"`).join(', ') }),
      ],
    };
  }
  const rows: HeaderedTable['rows'] = [];
  for (let r = 1; r < grid.values.length; r++) {
    const cells = grid.values[r] ?? [];
    if (cells.every((c) => c === null || c === '')) continue;
    rows.push({ row: r, cells });
  }
  return { table: { columns, rows } };
}

export function get(table: HeaderedTable, cells: CellValue[], name: string): CellValue {
  const c = table.columns.get(name);
  return c === undefined ? null : (cells[c] ?? null);
}
