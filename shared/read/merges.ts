/** Merged ranges ("H2:K2") as the cells they cover, each with its range. */
import { cellAddress } from '../workbook/a1';

function parseCell(a: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Every cell of every merge, by A1 address; very large merges are cut at 10,000 cells each. */
export function mergedCells(ranges: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const range of ranges) {
    const [a, b] = range.split(':');
    const tl = parseCell(a ?? '');
    const br = parseCell(b ?? a ?? '');
    if (!tl || !br) continue;
    let n = 0;
    for (let r = tl.row; r <= br.row && n < 10_000; r++)
      for (let c = tl.col; c <= br.col && n < 10_000; c++, n++) out.set(cellAddress(r, c), range);
  }
  return out;
}
