/**
 * Counting a worksheet's rows and its last row and column as its XML is unpacked, piece by
 * piece, without parsing it: enough to refuse a sheet of a million rows before a library builds
 * a million row objects. One pass over the bytes (the tags looked for are ASCII). Rows and cells
 * without an `r` attribute follow the one before, as the format says.
 */

const LT = 0x3c;
const GT = 0x3e;
/** A tag longer than this is not one a spreadsheet writes: its remainder is dropped. */
const MAX_CARRY = 64 * 1024;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
const isNameByte = (b: number): boolean =>
  (b >= 0x61 && b <= 0x7a) ||
  (b >= 0x41 && b <= 0x5a) ||
  (b >= 0x30 && b <= 0x39) ||
  b === 0x3a ||
  b === 0x5f ||
  b === 0x2d ||
  b === 0x2e;

export interface ScanLimits {
  rows: number;
  cells: number;
}

export class SheetScan {
  /** The first limit passed, with the data area (last row × last column) at that tag. */
  over: { limit: 'rows' } | { limit: 'cells'; cells: number } | null = null;
  /** Row tags seen. */
  rows = 0;
  /** The highest row number, and column number (A = 1), seen so far. */
  lastRow = 0;
  lastColumn = 0;
  private column = 0;
  private carry: Uint8Array | null = null;

  constructor(private readonly limits: ScanLimits) {}

  /** Takes the next piece of the sheet's XML. */
  push(chunk: Uint8Array): void {
    let buf = chunk;
    if (this.carry) {
      buf = new Uint8Array(this.carry.length + chunk.length);
      buf.set(this.carry);
      buf.set(chunk, this.carry.length);
      this.carry = null;
    }
    const n = buf.length;
    for (let i = 0; i < n && !this.over; i++) {
      if (buf[i] !== LT) continue;
      let end = i + 1;
      while (end < n && buf[end] !== GT) end++;
      if (end >= n) {
        if (n - i <= MAX_CARRY) this.carry = buf.slice(i);
        return;
      }
      this.tag(buf, i + 1, end);
      i = end;
    }
  }

  private tag(buf: Uint8Array, start: number, end: number): void {
    let nameEnd = start;
    let local = start;
    while (nameEnd < end && isNameByte(buf[nameEnd] as number)) {
      if (buf[nameEnd] === 0x3a) local = nameEnd + 1;
      nameEnd++;
    }
    const length = nameEnd - local;
    const isRow =
      length === 3 && buf[local] === 0x72 && buf[local + 1] === 0x6f && buf[local + 2] === 0x77;
    const isCell = length === 1 && buf[local] === 0x63;
    if (!isRow && !isCell) return;
    const ref = readRef(buf, nameEnd, end);
    if (isRow) {
      this.lastRow = ref && ref.row > 0 ? ref.row : this.lastRow + 1;
      this.rows++;
      this.column = 0;
    } else {
      this.column = ref && ref.column > 0 ? ref.column : this.column + 1;
      if (this.column > this.lastColumn) this.lastColumn = this.column;
      if (ref && ref.row > this.lastRow) this.lastRow = ref.row;
    }
    if (this.lastRow > this.limits.rows) this.over = { limit: 'rows' };
    else if (this.lastRow * this.lastColumn > this.limits.cells) {
      this.over = { limit: 'cells', cells: this.lastRow * this.lastColumn };
    }
  }
}

/** The `r` attribute between `from` and `to`: "K12" → column 11, row 12; "12" → row 12. */
function readRef(
  buf: Uint8Array,
  from: number,
  to: number,
): { column: number; row: number } | null {
  for (let k = from; k < to - 1; k++) {
    if (buf[k] !== 0x72 || !isSpace(buf[k - 1] as number)) continue;
    let p = k + 1;
    while (p < to && isSpace(buf[p] as number)) p++;
    if (buf[p] !== 0x3d) continue;
    p++;
    while (p < to && isSpace(buf[p] as number)) p++;
    const quote = buf[p];
    if (quote !== 0x22 && quote !== 0x27) continue;
    p++;
    let column = 0;
    let row = 0;
    for (; p < to; p++) {
      const b = buf[p] as number;
      if (b >= 0x41 && b <= 0x5a) column = column * 26 + (b - 0x40);
      else if (b >= 0x61 && b <= 0x7a) column = column * 26 + (b - 0x60);
      else if (b >= 0x30 && b <= 0x39) row = row * 10 + (b - 0x30);
      else break;
    }
    return { column, row };
  }
  return null;
}
