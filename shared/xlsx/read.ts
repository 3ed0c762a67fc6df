/** An .xlsx file read back as grids of values (dates as serials, formulas as their results). */
import ExcelJS from 'exceljs';
import type { Location } from '../errors/location';
import type { Problem } from '../errors/problem';
import { checkWorkbookBytes, locateDamage } from '../files/check-workbook';
import type { CellValue, SheetGrid } from '../workbook/spec';

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** The bytes are not a workbook that can be read: what and where, in both languages. */
export class XlsxReadError extends Error {
  override name = 'XlsxReadError' as const;
  constructor(
    readonly problems: Problem[],
    options?: { cause?: unknown },
  ) {
    super(problems[0]?.en ?? 'unreadable', options);
  }
}

function dateToSerial(d: Date): number {
  return (d.getTime() - EPOCH_MS) / DAY_MS;
}

function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) return plain(o.result);
    if (Array.isArray(o.richText))
      return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('hyperlink' in o) {
      const text = plain(o.text);
      const link = String(o.hyperlink ?? '');
      if (text === null || text === '' || text === link) return link;
      return `${String(text)} (${link})`;
    }
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

export interface ReadSheets {
  sheets: (SheetGrid & { hidden: boolean })[];
  /** Formulas found in cells of sheets named here (a user typing "=…" where text was expected). */
  formulas: { sheet: string; row: number; col: number; formula: string }[];
}

/**
 * Reads every sheet's values. Validation and formatting nodes are skipped: they are slow to read
 * and not needed. Bytes that are not an .xlsx, or are damaged, or are over the size limits, throw
 * an XlsxReadError saying so (`at` names the file), before exceljs unpacks anything.
 */
export async function readXlsx(
  bytes: Uint8Array,
  formulaSheets: readonly string[] = [],
  at?: Location,
): Promise<ReadSheets> {
  const refused = checkWorkbookBytes(bytes, at);
  if (refused.length > 0) throw new XlsxReadError(refused);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      bytes as unknown as ArrayBuffer,
      {
        ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'picture'],
      } as unknown as ExcelJS.XlsxReadOptions,
    );
  } catch (e) {
    // the reader's own words mean nothing to the office: say which part is damaged instead
    throw new XlsxReadError([locateDamage(bytes, at)], { cause: e });
  }
  const sheets: ReadSheets['sheets'] = [];
  const formulas: ReadSheets['formulas'] = [];
  wb.eachSheet((ws) => {
    const values: CellValue[][] = [];
    const width = ws.columnCount;
    const watch = formulaSheets.includes(ws.name);
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const out: CellValue[] = new Array(width).fill(null);
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c - 1 >= out.length) out.length = c;
        // the covered cells of a merge echo the top-left cell's value in exceljs; a sheet has it once
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value;
        // a formula's cached result of 0 is lost through `value`; `result` keeps it
        out[c - 1] =
          cell.type === ExcelJS.ValueType.Formula
            ? plain((cell as unknown as { result: unknown }).result)
            : plain(v);
        if (watch && v !== null && typeof v === 'object' && 'formula' in (v as object)) {
          formulas.push({
            sheet: ws.name,
            row: r - 1,
            col: c - 1,
            formula: String((v as { formula: unknown }).formula),
          });
        }
      });
      values[r - 1] = out;
    });
    for (let r = 0; r < values.length; r++) values[r] ??= new Array(width).fill(null);
    sheets.push({ name: ws.name, values, hidden: ws.state !== 'visible' });
  });
  return { sheets, formulas };
}
