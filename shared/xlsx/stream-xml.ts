/**
 * The two largest parts of a streamed package written as the XML exceljs itself writes for them,
 * without its model of every row, cell and string: at province scale that model was most of the
 * write (a merged book's 200,000 rows; fifty unit files' shared strings). The styles and the
 * rest of the package stay exceljs's; `test/workbook/streamed.test.ts` holds the result to the
 * in-memory writer's book cell by cell.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../workbook/a1';
import type { Range } from '../workbook/spec';
import { xmlEscape } from './xml-text';

/** exceljs's value types, as its style collection takes them (its `ValueType` enum). */
const TYPE = { number: 2, string: 3, boolean: 9 } as const;

/** What the streaming writer's workbook has and its types leave out. */
interface StreamingBook {
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, type: number): number };
  sharedStrings: { add(text: string): number; values: string[] };
  zip: { append(data: string, options: { name: string }): void };
  addSharedStrings(): Promise<void>;
}
interface StreamingSheet {
  stream: { write(chunk: string): unknown };
  startedData?: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  /** Written as `<mergeCell ref="…"/>` when the sheet is committed. */
  _merges: unknown[];
}

/** A value as the drawing code hands it to exceljs. */
export type RowValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | { formula: string; result?: string | number | boolean | null };

/** The rows of one sheet to write: cell by cell, what to show and in which shared style. */
export interface SheetRows {
  rows: number;
  width: number;
  /** The cell's style; undefined: the cell is not drawn. */
  style(r: number, c: number): ExcelJS.Style | undefined;
  value(r: number, c: number): RowValue;
  height(r: number): number | undefined;
  merges: readonly Range[];
}

/** Bytes of XML gathered before a write: one write per row cost as much as the row. */
const CHUNK = 64 * 1024;

export function streamRows(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, sheet: SheetRows): void {
  const book = wb as unknown as StreamingBook;
  const out = ws as unknown as StreamingSheet;
  if (!out.startedData) {
    out._writeColumns();
    out._writeOpenSheetData();
    out.startedData = true;
  }
  const letters = Array.from({ length: sheet.width }, (_, c) => columnLetter(c));
  const starting = new Map<number, Range[]>();
  for (const m of sheet.merges) starting.set(m.row, [...(starting.get(m.row) ?? []), m]);
  const masters = new Set(sheet.merges.map((m) => m.row * sheet.width + m.col));
  // each cell a merge covers, but its first, shows the first's style and nothing else
  const covered = new Map<number, Map<number, number>>();
  const masterStyle = new Map<number, number>();
  let chunk = '';
  const end = Math.max(sheet.rows, ...sheet.merges.map((m) => m.row + m.rows));
  for (let r = 0; r < end; r++) {
    for (const m of starting.get(r) ?? []) {
      for (let i = m.row; i < m.row + m.rows; i++) {
        let row = covered.get(i);
        if (!row) covered.set(i, (row = new Map()));
        for (let j = m.col; j < m.col + m.cols; j++) {
          if (i !== m.row || j !== m.col) row.set(j, m.row * sheet.width + m.col);
        }
      }
      out._merges.push(
        `${columnLetter(m.col)}${m.row + 1}:${columnLetter(m.col + m.cols - 1)}${m.row + m.rows}`,
      );
    }
    const under = covered.get(r);
    covered.delete(r);
    let cells = '';
    let min = 0;
    let max = 0;
    for (let c = 0; c < sheet.width; c++) {
      const ref = `${letters[c]}${r + 1}`;
      const master = under?.get(c);
      let xml: string;
      if (master !== undefined) {
        const id = masterStyle.get(master) ?? 0;
        xml = `<c r="${ref}"${id ? ` s="${id}"` : ''}/>`;
      } else {
        const style = sheet.style(r, c);
        if (!style) continue;
        const value = sheet.value(r, c);
        const id = book.styles.addStyleModel(style, typeOf(value));
        if (masters.has(r * sheet.width + c)) masterStyle.set(r * sheet.width + c, id);
        xml = cellXml(ref, id, value, book);
      }
      cells += xml;
      if (!min) min = c + 1;
      max = c + 1;
    }
    const height = sheet.height(r);
    if (!cells && height === undefined) continue;
    chunk +=
      `<row r="${r + 1}"` +
      (height !== undefined ? ` ht="${height}" customHeight="1"` : '') +
      (min ? ` spans="${min}:${max}"` : '') +
      ` x14ac:dyDescent="0.25">${cells}</row>`;
    if (chunk.length >= CHUNK) {
      out.stream.write(chunk);
      chunk = '';
    }
  }
  if (chunk) out.stream.write(chunk);
}

/** The type exceljs gives a cell's style when the style names no number format. */
function typeOf(value: RowValue): number {
  const v = value !== null && typeof value === 'object' ? value.result : value;
  if (typeof v === 'string') return TYPE.string;
  if (typeof v === 'boolean') return TYPE.boolean;
  return TYPE.number;
}

function cellXml(ref: string, id: number, value: RowValue, book: StreamingBook): string {
  const open = `<c r="${ref}"${id ? ` s="${id}"` : ''}`;
  if (value === null || value === undefined) return `${open}/>`;
  if (typeof value === 'string') return `${open} t="s"><v>${book.sharedStrings.add(value)}</v></c>`;
  if (typeof value === 'number') return `${open}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `${open} t="b"><v>${value ? 1 : 0}</v></c>`;
  const f = `<f>${xmlEscape(value.formula)}</f>`;
  const result = value.result;
  if (typeof result === 'string') return `${open} t="str">${f}<v>${xmlEscape(result)}</v></c>`;
  if (typeof result === 'number') return `${open}>${f}<v>${result}</v></c>`;
  if (typeof result === 'boolean') return `${open} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  return `${open}>${f}</c>`;
}

/** Text XML keeps as it is only when told: leading or trailing spaces, line breaks. */
const SPACED = /^\s|\n|\s$/;

/** The shared strings part, written by the workbook when it is committed, made in one go. */
export function streamSharedStrings(wb: ExcelJS.Workbook): void {
  const book = wb as unknown as StreamingBook;
  book.addSharedStrings = () => {
    const values = book.sharedStrings.values;
    if (values.length === 0) return Promise.resolve();
    const parts = [
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${values.length}" uniqueCount="${values.length}">`,
    ];
    for (const v of values) {
      parts.push(
        SPACED.test(v) ? `<si><t xml:space="preserve">` : '<si><t>',
        xmlEscape(v),
        '</t></si>',
      );
    }
    parts.push('</sst>');
    book.zip.append(parts.join(''), { name: '/xl/sharedStrings.xml' });
    return Promise.resolve();
  };
}
