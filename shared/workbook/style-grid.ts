/** The composed style of every cell of a sheet: overlapping style ranges merged once per combination. */
import type { CellStyle, SheetSpec } from './spec';

/**
 * For each cell, the index of its composed style (0 = none): later ranges override earlier ones
 * property by property, as the layout means them to.
 */
export function styleGrid(sheet: SheetSpec): { ids: Uint32Array; styles: CellStyle[] } {
  const width = sheet.columns.length;
  const ids = new Uint32Array(sheet.rows.length * width);
  const styles: CellStyle[] = [{}];
  const memo = new Map<string, number>();
  sheet.styles.forEach((sr, k) => {
    const { row, col, rows, cols } = sr.range;
    for (let r = row; r < Math.min(row + rows, sheet.rows.length); r++) {
      for (let c = col; c < Math.min(col + cols, width); c++) {
        const at = r * width + c;
        const old = ids[at] as number;
        const key = `${old}|${k}`;
        let id = memo.get(key);
        if (id === undefined) {
          id = styles.length;
          styles.push({ ...styles[old], ...sr.style });
          memo.set(key, id);
        }
        ids[at] = id;
      }
    }
  });
  return { ids, styles };
}

/** Lines a text needs in a column of `width` characters, as Times New Roman 12 sets Vietnamese. */
function linesFor(text: string, width: number): number {
  const perLine = Math.max(4, Math.floor(width * 1.25));
  // most cells are one paragraph: no array made for them (a province's log is 1.2 million cells)
  if (!text.includes('\n')) return Math.max(1, Math.ceil(text.length / perLine));
  let lines = 0;
  for (const para of text.split('\n')) lines += Math.max(1, Math.ceil(para.length / perLine));
  return lines;
}

const LINE_POINTS = 15.75;

/**
 * Heights (points) for rows whose wrapped text needs more than one line, for renderers that
 * cannot fit rows themselves (an .xlsx file is shown as written; Excel and Sheets can autofit).
 * Rows with a height of their own in the layout are left to it.
 */
export function estimatedRowHeights(
  sheet: SheetSpec,
  grid = styleGrid(sheet),
): Map<number, number> {
  const width = sheet.columns.length;
  const merged = new Map<number, number>();
  for (const m of sheet.merges) {
    if (m.rows === 1) {
      let w = 0;
      for (let c = m.col; c < m.col + m.cols; c++) w += sheet.columns[c] ?? 0;
      merged.set(m.row * width + m.col, w);
    }
  }
  const fixed = new Set((sheet.rowHeights ?? []).map((h) => h.row));
  const out = new Map<number, number>();
  for (let r = 0; r < sheet.rows.length; r++) {
    if (fixed.has(r)) continue;
    const row = sheet.rows[r] as SheetSpec['rows'][number];
    let lines = 1;
    let size = 12;
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (typeof cell !== 'string' || cell.length === 0) continue;
      const style = grid.styles[grid.ids[r * width + c] as number] as CellStyle;
      if (style.fontSize) size = Math.max(size, style.fontSize);
      if (!style.wrap && !cell.includes('\n')) continue;
      const w = merged.get(r * width + c) ?? sheet.columns[c] ?? 10;
      lines = Math.max(lines, linesFor(cell, w));
    }
    if (lines > 1) out.set(r, Math.ceil(lines * LINE_POINTS * (size / 12)) + 2);
  }
  return out;
}
