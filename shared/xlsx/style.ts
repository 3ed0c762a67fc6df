/** CellStyle → exceljs style objects, shared by every cell of the same composed style. */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../workbook/spec';

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
