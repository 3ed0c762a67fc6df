/** A1 notation: column letters, cell and range references, optionally with a sheet name. */

export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetter(column: number): string {
  let s = '';
  let n = column;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function rectA1(r: Rect): string {
  const start = cellA1(r.row, r.column);
  if (r.numRows === 1 && r.numColumns === 1) return start;
  return `${start}:${cellA1(r.row + r.numRows - 1, r.column + r.numColumns - 1)}`;
}

/** Quotes a sheet name the way Sheets does in references: only when needed. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface ParsedA1 {
  sheetName: string | null;
  /** Missing parts mean "to the edge of the grid" (A:A, 1:3, A2:B). */
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Splits `'Sheet name'!A1:B2` into its sheet name and range; null when it is not valid A1. */
export function parseA1(text: string): ParsedA1 | null {
  let rest = text.trim();
  let sheetName: string | null = null;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    let name = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) {
      name = name.slice(1, -1).replace(/''/g, "'");
    }
    if (name === '') return null;
    sheetName = name;
  }
  const pieces = rest.split(':');
  if (pieces.length > 2 || pieces.some((p) => p === '')) return null;
  const parsed = pieces.map((p) => PART.exec(p));
  if (parsed.some((m) => m === null || (m[1] === undefined && m[2] === undefined))) return null;
  const [a, b] = parsed as RegExpExecArray[];
  const first = {
    column: a![1] !== undefined ? columnNumber(a![1]) : null,
    row: a![2] !== undefined ? Number(a![2]) : null,
  };
  if (first.row === 0) return null;
  if (!b) {
    // A single reference must be a cell.
    if (first.row === null || first.column === null) return null;
    return {
      sheetName,
      startRow: first.row,
      startColumn: first.column,
      endRow: first.row,
      endColumn: first.column,
    };
  }
  const second = {
    column: b[1] !== undefined ? columnNumber(b[1]) : null,
    row: b[2] !== undefined ? Number(b[2]) : null,
  };
  if (second.row === 0) return null;
  // A:A (columns), 1:3 (rows), A2:B (open-ended rows), A1:B2.
  if (first.column === null && second.column !== null) return null;
  if (first.row === null && second.row !== null && first.column !== null) return null;
  const r1 = first.row;
  const r2 = second.row;
  const c1 = first.column;
  const c2 = second.column;
  return {
    sheetName,
    startRow: r1 !== null && r2 !== null ? Math.min(r1, r2) : r1,
    endRow: r1 !== null && r2 !== null ? Math.max(r1, r2) : r2,
    startColumn: c1 !== null && c2 !== null ? Math.min(c1, c2) : c1,
    endColumn: c1 !== null && c2 !== null ? Math.max(c1, c2) : c2,
  };
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export function contains(outer: Rect, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.numRows &&
    column >= outer.column &&
    column < outer.column + outer.numColumns
  );
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    contains(outer, inner.row, inner.column) &&
    contains(outer, inner.row + inner.numRows - 1, inner.column + inner.numColumns - 1)
  );
}
