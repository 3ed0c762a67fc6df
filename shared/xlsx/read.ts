/** An .xlsx file read back as grids of values (dates as serials, formulas as their results). */
import ExcelJS from 'exceljs';
import { displayText } from '../read/cells';
import type { CellValue, Range, SheetGrid } from '../workbook/spec';

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
}

/**
 * The workbook in the bytes, for every reader of .xlsx files (limits on what is read belong
 * here). Validation and formatting nodes are skipped: they are slow to read and not needed.
 */
async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
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
  return wb;
}

/** Reads every sheet's values. */
export async function readXlsx(
  bytes: Uint8Array,
  formulaSheets: readonly string[] = [],
): Promise<ReadSheets> {
  const wb = await loadWorkbook(bytes);
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

/** A sheet as its user sees it: each cell's text, and the merged areas. */
export interface SheetText {
  name: string;
  hidden: boolean;
  /** Each cell as displayed (see `displayText`): a date as dd/mm/yyyy; '' where empty or covered by a merge. */
  text: string[][];
  /** The merged areas, 0-based. */
  merges: Range[];
}

/** What a cell shows: a formula's result, a rich text's runs, a date as dd/mm/yyyy. */
function shown(cell: ExcelJS.Cell): string {
  let v: unknown = cell.value;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    v = (cell as unknown as { result: unknown }).result;
  }
  const format = cell.numFmt ?? '';
  if (v instanceof Date)
    return displayText(dateToSerial(v), /[dmy]/i.test(format) ? format : 'dd/mm/yyyy');
  if (typeof v === 'number') return displayText(v, format);
  return displayText(plain(v));
}

/** Reads every sheet as displayed, with its merged areas (for plans kept in a spreadsheet). */
export async function readXlsxText(bytes: Uint8Array): Promise<SheetText[]> {
  const wb = await loadWorkbook(bytes);
  const sheets: SheetText[] = [];
  wb.eachSheet((ws) => {
    const text: string[][] = [];
    const width = ws.columnCount;
    // a merge's cells name its top-left cell as their master: the areas from the masters
    const areas = new Map<string, { r0: number; c0: number; r1: number; c1: number }>();
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const out: string[] = new Array<string>(width).fill('');
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c - 1 >= out.length) out.length = c;
        if (cell.isMerged) {
          const master = cell.master;
          const key = master.address;
          const area = areas.get(key) ?? {
            r0: Number(master.row) - 1,
            c0: Number(master.col) - 1,
            r1: r - 1,
            c1: c - 1,
          };
          area.r1 = Math.max(area.r1, r - 1);
          area.c1 = Math.max(area.c1, c - 1);
          areas.set(key, area);
          if (master !== cell) return;
        }
        out[c - 1] = shown(cell);
      });
      text[r - 1] = Array.from(out, (t) => t ?? '');
    });
    for (let r = 0; r < text.length; r++) text[r] ??= new Array<string>(width).fill('');
    const merges = [...areas.values()]
      .map((a) => ({ row: a.r0, col: a.c0, rows: a.r1 - a.r0 + 1, cols: a.c1 - a.c0 + 1 }))
      .filter((m) => m.rows * m.cols > 1);
    sheets.push({ name: ws.name, hidden: ws.state !== 'visible', text, merges });
  });
  return sheets;
}
