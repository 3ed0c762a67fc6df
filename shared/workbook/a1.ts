/** A1 addresses and date serials, shared by the layout and the renderers. */
import type { Cell, Range } from './spec';

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

export function rangeAddress(r: Range, absolute = false): string {
  const a = cellAddress(r.row, r.col, absolute);
  if (r.rows === 1 && r.cols === 1) return a;
  return `${a}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1, absolute)}`;
}

/** 'Theo dõi'!$B$2:$B$41 */
export function sheetRef(sheet: string, r: Range, absolute = true): string {
  return `'${sheet.replace(/'/g, "''")}'!${rangeAddress(r, absolute)}`;
}

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug makes every later serial line up). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH_MS) / DAY_MS);
}

export function serialToIso(serial: number): string {
  const ms = EPOCH_MS + Math.floor(serial) * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/** "dd/mm/yyyy" as Vietnamese users write dates. */
export function isoToDmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** An ISO date as a cell (written as a date serial with a dd/mm/yyyy format); blank for none. */
export const dateCell = (iso: string | null): Cell => (iso ? { kind: 'date', iso } : null);

/** The column (0-based) of an A1 address ("H12" → 7). */
export function columnOf(address: string): number {
  let col = 0;
  for (const ch of /^[A-Z]+/.exec(address)?.[0] ?? 'A') col = col * 26 + ch.charCodeAt(0) - 64;
  return col - 1;
}
