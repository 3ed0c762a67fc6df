/** An .xlsx file read back as grids of values (dates as serials, formulas as their results). */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../workbook/spec';

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

export class XlsxReadError extends Error {
  override name = 'XlsxReadError' as const;
  constructor(readonly detail: string) {
    super(detail);
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
  /** Merged ranges ("H2:K2") of the same sheets: a merge hides the values of all but one cell. */
  merges: { sheet: string; range: string }[];
}

/** Reads every sheet's values. Validation and formatting nodes are skipped: they are slow to read and not needed. */
export async function readXlsx(
  bytes: Uint8Array,
  formulaSheets: readonly string[] = [],
): Promise<ReadSheets> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      bytes as unknown as ArrayBuffer,
      {
        ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'picture'],
      } as unknown as ExcelJS.XlsxReadOptions,
    );
  } catch (e) {
    throw new XlsxReadError((e as Error)?.message ?? 'unreadable');
  }
  const sheets: ReadSheets['sheets'] = [];
  const formulas: ReadSheets['formulas'] = [];
  const merges: ReadSheets['merges'] = [];
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
        if (watch && cell.type === ExcelJS.ValueType.Formula) {
          formulas.push({ sheet: ws.name, row: r - 1, col: c - 1, formula: String(cell.formula) });
        }
      });
      values[r - 1] = out;
    });
    for (let r = 0; r < values.length; r++) values[r] ??= new Array(width).fill(null);
    if (watch) {
      // exceljs keeps a sheet's merges by their top-left cell, without a public accessor
      const kept = (ws as unknown as { _merges?: Record<string, { shortRange?: string }> })._merges;
      for (const m of Object.values(kept ?? {}))
        if (m?.shortRange) merges.push({ sheet: ws.name, range: m.shortRange });
    }
    sheets.push({ name: ws.name, values, hidden: ws.state !== 'visible' });
  });
  return { sheets, formulas, merges };
}
