/** CellStyle → exceljs style objects, composed once per distinct combination and shared. */
import type ExcelJS from 'exceljs';
import type { CellStyle, SheetSpec } from '../workbook/spec';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };

export function toExcelStyle(
  s: CellStyle,
  font: { name: string; size: number },
): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {
    font: {
      name: font.name,
      size: s.fontSize ?? font.size,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    },
  };
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.hAlign || s.vAlign || s.wrap) {
    out.alignment = {
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign ? { vertical: s.vAlign } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    };
  }
  if (s.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.numberFormat) out.numFmt = s.numberFormat;
  if (s.unlocked) out.protection = { locked: false };
  return out;
}

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
