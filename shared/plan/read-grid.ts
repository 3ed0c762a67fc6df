/**
 * A grid of cells into blocks: the one path every spreadsheet source takes (an .xlsx sheet, a
 * .csv/.tsv file, the Excel selection, the Google Sheets selection), so a table reads the same
 * from each. Rows above the task header are paragraphs; the header and every row below it are
 * one table. Merged areas, when the source knows them, become what the .docx reader gives for
 * Word's merges: the top-left cell spans the area's columns, and in each lower row of the area
 * the cell carries `mergedFrom` (the top-left cell's paragraphs).
 *
 * The table ends at a row that starts the document's closing ("Nơi nhận:", "TM. BAN THƯỜNG VỤ",
 * "Trên đây là …"), as an office that keeps the whole plan on a sheet writes it under the table:
 * the rows from there are paragraphs again, column by column (the recipients on the left, the
 * signature on the right, as in Word's closing table).
 */
import { squeeze } from '../text/normalize';
import type { Range } from '../workbook/spec';
import type { Block, TableCell, TableRow } from './blocks';
import { columnRole, isClosingSentence, isRecipientsHeading, isSignatureLead } from './table-cues';

export type GridValue = string | number | boolean | null | undefined;

export interface GridOptions {
  /**
   * The merged areas, 0-based within the grid (an area reaching outside it is cut to it); null
   * or absent when the source has no merge information (.csv, an old Excel), which the blocks
   * then say with `mergesKnown: false`.
   */
  merges?: readonly Range[] | null;
  /** The 0-based sheet row of the grid's first row, so that lines name the sheet's rows. */
  firstRow?: number;
}

function cellString(v: GridValue): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/\r\n?/g, '\n');
}

function paragraphsOf(text: string): string[] {
  return text
    .split('\n')
    .map(squeeze)
    .filter((p) => p.length > 0);
}

function isHeaderRow(row: readonly string[]): boolean {
  const roles = row.map((c) => columnRole(c));
  return roles.includes('content') && (roles.includes('no') || roles.includes('owners'));
}

/** The 0-based row of the task header ("Stt | Nội dung công việc | …"), or -1. */
export function findHeaderRow(grid: readonly (readonly GridValue[])[]): number {
  return grid.findIndex((row) => isHeaderRow(row.map(cellString)));
}

/** How many of the task header's cells name a column the plan uses; -1 without a header. */
export function headerColumns(grid: readonly (readonly GridValue[])[]): number {
  const header = findHeaderRow(grid);
  if (header < 0) return -1;
  return (grid[header] as readonly GridValue[]).filter((c) => columnRole(cellString(c)) !== null)
    .length;
}

/** More columns than a sheet has (Excel: 16,384; Google Sheets: 18,278). */
const KEY_ROW = 1 << 15;

/** Where each merged area starts, and which area covers each other cell of it. */
class MergeMap {
  /** Keyed by row × KEY_ROW + column. */
  private readonly starts = new Map<number, Range>();
  private readonly covered = new Map<number, Range>();

  constructor(merges: readonly Range[], height: number) {
    for (const m of merges) {
      // cut to the grid: a selection may start inside a merge
      const row = Math.max(0, m.row);
      const col = Math.max(0, m.col);
      const rows = Math.min(m.row + m.rows, height) - row;
      const cols = m.col + m.cols - col;
      if (rows < 1 || cols < 1 || rows * cols === 1) continue;
      const area = { row, col, rows, cols };
      this.starts.set(row * KEY_ROW + col, area);
      for (let r = row + 1; r < row + rows; r++) this.covered.set(r * KEY_ROW + col, area);
    }
  }

  /** The area starting at this cell. */
  startAt(r: number, c: number): Range | undefined {
    return this.starts.get(r * KEY_ROW + c);
  }

  /** The area whose lower part begins at this cell (its left column, below its top row). */
  lowerAt(r: number, c: number): Range | undefined {
    return this.covered.get(r * KEY_ROW + c);
  }
}

export function gridToBlocks(
  grid: readonly (readonly GridValue[])[],
  options: GridOptions = {},
): Block[] {
  const rows = grid.map((r) => r.map(cellString));
  const firstRow = options.firstRow ?? 0;
  const line = (r: number): number => firstRow + r + 1;
  const header = rows.findIndex(isHeaderRow);
  const blocks: Block[] = [];
  const upTo = header < 0 ? rows.length : header;
  for (let r = 0; r < upTo; r++) {
    for (const cell of rows[r] as string[]) {
      for (const text of paragraphsOf(cell))
        blocks.push({ kind: 'paragraph', text, line: line(r) });
    }
  }
  if (header < 0) return blocks;

  const closing = rows.findIndex((row, r) => r > header && startsClosing(row));
  const end = closing < 0 ? rows.length : closing;
  const merges = options.merges ? new MergeMap(options.merges, end) : null;
  const width = (rows[header] as string[]).length;
  const tableRows: TableRow[] = [];
  for (let r = header; r < end; r++) {
    const row = rows[r] as string[];
    const end = Math.max(width, row.length);
    const cells: TableCell[] = [];
    for (let c = 0; c < end;) {
      const start = merges?.startAt(r, c);
      const lower = start ? undefined : merges?.lowerAt(r, c);
      const span = Math.max(1, Math.min((start ?? lower)?.cols ?? 1, end - c));
      const cell: TableCell = { paragraphs: paragraphsOf(row[c] ?? ''), span, line: line(r) };
      if (lower) {
        cell.paragraphs = [];
        cell.mergedFrom = paragraphsOf(rows[lower.row]?.[lower.col] ?? '');
      }
      cells.push(cell);
      c += span;
    }
    tableRows.push({ cells, line: line(r) });
  }
  blocks.push({ kind: 'table', rows: tableRows, mergesKnown: merges !== null });
  const columns = rows.slice(end).reduce((n, row) => Math.max(n, row.length), 0);
  for (let c = 0; c < columns; c++) {
    for (let r = end; r < rows.length; r++) {
      for (const text of paragraphsOf((rows[r] as string[])[c] ?? ''))
        blocks.push({ kind: 'paragraph', text, line: line(r) });
    }
  }
  return blocks;
}

/** The first text of the row starts the closing: the recipients, the signature, "Trên đây là". */
function startsClosing(row: readonly string[]): boolean {
  const first = row.find((c) => c.trim() !== '');
  if (first === undefined) return false;
  const text = squeeze(first);
  return isRecipientsHeading(text) || isSignatureLead(text) || isClosingSentence(text);
}
