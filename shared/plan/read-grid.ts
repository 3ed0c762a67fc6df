/** A grid of cells (the plan's table pasted into a sheet) into blocks. */
import { squeeze } from '../text/normalize';
import type { Block, TableRow } from './blocks';
import { columnRole } from './table-cues';

export type GridValue = string | number | boolean | null | undefined;

function cellString(v: GridValue): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/\r\n?/g, '\n');
}

function isHeaderRow(row: string[]): boolean {
  const roles = row.map((c) => columnRole(c));
  return roles.includes('content') && (roles.includes('no') || roles.includes('owners'));
}

export function gridToBlocks(grid: readonly (readonly GridValue[])[]): Block[] {
  const rows = grid.map((r) => r.map(cellString));
  const header = rows.findIndex(isHeaderRow);
  const blocks: Block[] = [];
  const upTo = header < 0 ? rows.length : header;
  for (let r = 0; r < upTo; r++) {
    for (const cell of rows[r] as string[]) {
      for (const line of cell.split('\n')) {
        const t = squeeze(line);
        if (t) blocks.push({ kind: 'paragraph', text: t, line: r + 1 });
      }
    }
  }
  if (header < 0) return blocks;
  const width = (rows[header] as string[]).length;
  const tableRows: TableRow[] = [];
  for (let r = header; r < rows.length; r++) {
    const row = rows[r] as string[];
    const cells = [];
    for (let c = 0; c < Math.max(width, row.length); c++) {
      const paragraphs = (row[c] ?? '')
        .split('\n')
        .map(squeeze)
        .filter((p) => p.length > 0);
      cells.push({ paragraphs, span: 1, line: r + 1 });
    }
    tableRows.push({ cells, line: r + 1 });
  }
  blocks.push({ kind: 'table', rows: tableRows });
  return blocks;
}
