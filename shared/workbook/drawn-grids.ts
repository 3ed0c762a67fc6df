/**
 * What a host reads back from what it drew: values only, dates as serials, formulas as their
 * results. A host that keeps a workbook in memory (browser mode) draws onto its grids so.
 */
import { isoToSerial } from './a1';
import type { Cell, CellValue, SheetGrid, WorkbookSpec } from './spec';

export function cellValue(c: Cell): CellValue {
  if (c === null || typeof c !== 'object') return c;
  if (c.kind === 'date') return isoToSerial(c.iso);
  return c.value;
}

/**
 * Draws a spec over existing grids the way a host does: named sheets replaced, others kept, the
 * finish cell last. `stopAfter` stops after that many sheets, as a draw cut off half-way.
 */
export function drawOnto(
  existing: readonly SheetGrid[],
  spec: WorkbookSpec | null,
  stopAfter?: number,
): SheetGrid[] {
  if (!spec) return [...existing];
  const drawn = new Map(
    spec.sheets.map((s) => [s.name, { name: s.name, values: s.rows.map((r) => r.map(cellValue)) }]),
  );
  const out = existing.map((g) => drawn.get(g.name) ?? g);
  for (const [name, g] of drawn) if (!existing.some((e) => e.name === name)) out.push(g);
  // a host writes the finish cell last, once every sheet is drawn (on a copy: the grids drawn
  // onto are the host's, and stay as they were)
  const f = stopAfter === undefined ? spec.finish : undefined;
  const at = f ? out.findIndex((g) => g.name === f.sheet) : -1;
  const target = out[at];
  if (f && target) {
    const values = [...target.values];
    const row = [...(values[f.row] ?? [])];
    row[f.col] = f.value;
    values[f.row] = row;
    out[at] = { ...target, values };
  }
  return out;
}
