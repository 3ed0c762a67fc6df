/** A1 addresses: parsing, printing, rectangle arithmetic and relative-reference shifting. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A rectangle of cells, zero-based and inclusive on both ends. */
export interface Bounds {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function colToLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function rows(b: Bounds): number {
  return b.r1 - b.r0 + 1;
}

export function cols(b: Bounds): number {
  return b.c1 - b.c0 + 1;
}

export function area(b: Bounds): number {
  return rows(b) * cols(b);
}

export function isWholeColumns(b: Bounds): boolean {
  return b.r0 === 0 && b.r1 === MAX_ROWS - 1;
}

export function isWholeRows(b: Bounds): boolean {
  return b.c0 === 0 && b.c1 === MAX_COLS - 1;
}

export function inGrid(b: Bounds): boolean {
  return (
    b.r0 >= 0 && b.c0 >= 0 && b.r1 < MAX_ROWS && b.c1 < MAX_COLS && b.r0 <= b.r1 && b.c0 <= b.c1
  );
}

export function intersect(a: Bounds, b: Bounds): Bounds | null {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r1, b.r1);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : null;
}

export function contains(outer: Bounds, inner: Bounds): boolean {
  return (
    inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1
  );
}

export function sameBounds(a: Bounds, b: Bounds): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

/** `a` minus `cut`, as up to four rectangles. */
export function subtract(a: Bounds, cut: Bounds): Bounds[] {
  const x = intersect(a, cut);
  if (!x) return [a];
  const out: Bounds[] = [];
  if (a.r0 < x.r0) out.push({ r0: a.r0, c0: a.c0, r1: x.r0 - 1, c1: a.c1 });
  if (x.r1 < a.r1) out.push({ r0: x.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (a.c0 < x.c0) out.push({ r0: x.r0, c0: a.c0, r1: x.r1, c1: x.c0 - 1 });
  if (x.c1 < a.c1) out.push({ r0: x.r0, c0: x.c1 + 1, r1: x.r1, c1: a.c1 });
  return out;
}

/** "A1", "A1:K20", "A:C" (whole columns) or "1:3" (whole rows); `$` signs when absolute. */
export function formatBounds(b: Bounds, absolute = false): string {
  const d = absolute ? '$' : '';
  if (isWholeColumns(b) && !isWholeRows(b)) {
    return `${d}${colToLetters(b.c0)}:${d}${colToLetters(b.c1)}`;
  }
  if (isWholeRows(b) && !isWholeColumns(b)) return `${d}${b.r0 + 1}:${d}${b.r1 + 1}`;
  const first = `${d}${colToLetters(b.c0)}${d}${b.r0 + 1}`;
  if (b.r0 === b.r1 && b.c0 === b.c1) return first;
  return `${first}:${d}${colToLetters(b.c1)}${d}${b.r1 + 1}`;
}

/**
 * A sheet name as Excel prints it in an address: quoted ('Kế hoạch'!A1) when it holds anything
 * but letters, digits, underscores and periods, starts with a digit, or reads like a cell
 * reference; an apostrophe inside is doubled.
 */
export function formatSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, b: Bounds, absolute = false): string {
  return `${formatSheetName(sheetName)}!${formatBounds(b, absolute)}`;
}

export interface ParsedAddress {
  sheet?: string;
  bounds: Bounds;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parseSheetPrefix(address: string): { sheet?: string; rest: string } | null {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { rest: address };
  let sheet = address.slice(0, bang);
  const rest = address.slice(bang + 1);
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 2) return null;
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  if (sheet === '') return null;
  return { sheet, rest };
}

/** One part of an A1 reference: a cell, a column or a row, as partial bounds. */
function parsePart(part: string): { r?: number; c?: number } | null {
  let m = CELL.exec(part);
  if (m) return { c: lettersToCol(m[1]!), r: Number(m[2]) - 1 };
  m = COL.exec(part);
  if (m) return { c: lettersToCol(m[1]!) };
  m = ROW.exec(part);
  if (m) return { r: Number(m[1]) - 1 };
  return null;
}

/**
 * Parses "A1", "$A$1:K20", "A:A", "A:C", "1:3", "Sheet1!A1:B2", "'Kế hoạch'!A1". Returns null
 * for anything else (named ranges are not modelled) or for a reference outside the grid.
 */
export function parseAddress(address: string): ParsedAddress | null {
  const prefixed = parseSheetPrefix(address.trim());
  if (!prefixed) return null;
  const parts = prefixed.rest.split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parsePart(parts[0]!);
  const b = parts.length === 2 ? parsePart(parts[1]!) : a;
  if (!a || !b) return null;
  let bounds: Bounds;
  if (a.r !== undefined && a.c !== undefined && b.r !== undefined && b.c !== undefined) {
    bounds = { r0: a.r, c0: a.c, r1: b.r, c1: b.c };
  } else if (a.r === undefined && b.r === undefined && a.c !== undefined && b.c !== undefined) {
    if (parts.length !== 2) return null; // "A" alone is a name, not a column
    bounds = { r0: 0, c0: a.c, r1: MAX_ROWS - 1, c1: b.c };
  } else if (a.c === undefined && b.c === undefined && a.r !== undefined && b.r !== undefined) {
    if (parts.length !== 2) return null;
    bounds = { r0: a.r, c0: 0, r1: b.r, c1: MAX_COLS - 1 };
  } else {
    return null;
  }
  const norm: Bounds = {
    r0: Math.min(bounds.r0, bounds.r1),
    r1: Math.max(bounds.r0, bounds.r1),
    c0: Math.min(bounds.c0, bounds.c1),
    c1: Math.max(bounds.c0, bounds.c1),
  };
  if (!inGrid(norm)) return null;
  return prefixed.sheet === undefined ? { bounds: norm } : { sheet: prefixed.sheet, bounds: norm };
}

/**
 * Moves the relative A1 references of a formula by (dRow, dCol), as Excel does when one formula
 * is entered into many cells. String literals and quoted sheet names are left alone; a
 * reference followed by "(" is a function name (LOG10) and is left alone too.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      const end = findClosingQuote(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/.exec(formula.slice(i));
    const prev = i > 0 ? formula[i - 1]! : '';
    if (m && !/[\p{L}\p{N}_.]/u.test(prev)) {
      const after = formula[i + m[0].length] ?? '';
      if (!/[\p{L}\p{N}_.(]/u.test(after)) {
        const [, colAbs, letters, rowAbs, digits] = m as unknown as [
          string,
          string,
          string,
          string,
          string,
        ];
        const col = colAbs ? lettersToCol(letters) : lettersToCol(letters) + dCol;
        const row = rowAbs ? Number(digits) - 1 : Number(digits) - 1 + dRow;
        if (col < 0 || row < 0 || col >= MAX_COLS || row >= MAX_ROWS) out += '#REF!';
        else out += `${colAbs}${colToLetters(col)}${rowAbs}${row + 1}`;
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}

function findClosingQuote(s: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < s.length) {
    if (s[i] === quote) {
      if (s[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i += 1;
  }
  return s.length;
}
