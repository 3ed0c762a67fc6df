/** The exceljs renderer: a WorkbookSpec drawn into an .xlsx file. */
import ExcelJS from 'exceljs';
import { isoToSerial, rangeAddress } from '../workbook/a1';
import type { Cell, SheetSpec, WorkbookSpec } from '../workbook/spec';
import { estimatedRowHeights, styleGrid } from '../workbook/style-grid';
import { addCharts, chartsTail } from './charts';
import type { RowValue } from './stream-xml';
import { streamRows, streamSharedStrings } from './stream-xml';
import { toExcelStyle } from './style';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

type ExcelValue = ExcelJS.CellValue;

/** Date serials by ISO date: a deadline comes back on each of its units' rows. */
type Serials = Map<string, number>;

function toValue(cell: Cell, serials: Serials): ExcelValue {
  if (cell === null || typeof cell !== 'object') return cell;
  if (cell.kind === 'date') {
    let serial = serials.get(cell.iso);
    if (serial === undefined) serials.set(cell.iso, (serial = isoToSerial(cell.iso)));
    return serial;
  }
  const result = cell.value;
  return result === null
    ? { formula: cell.formula }
    : ({ formula: cell.formula, result } as ExcelValue);
}

/**
 * What the in-memory workbook and exceljs's streaming writer both offer; the streaming writer's
 * type is the same class to TypeScript, but only rows not yet committed can be changed there.
 */
type Target = ExcelJS.Workbook;

/** Rows 0-based → what starts or is set on them, so each row is drawn whole, then committed. */
function byRow<T>(items: readonly T[], rowOf: (t: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const r = rowOf(item);
    const list = out.get(r);
    if (list) list.push(item);
    else out.set(r, [item]);
  }
  return out;
}

/**
 * Draws one sheet row by row, top to bottom, committing each row once it is whole: the
 * streaming writer then writes it out and forgets it (the in-memory workbook's commit does
 * nothing). A merge is made just before its first row is drawn, never all up front: the
 * streaming writer holds every row a merge touches until it is committed, and holding them all
 * made each commit walk them. `finish` is the workbook's last cell when it is on this sheet.
 */
async function drawSheet(
  wb: Target,
  streaming: boolean,
  sheet: SheetSpec,
  font: WorkbookSpec['font'],
  finish: WorkbookSpec['finish'] | undefined,
): Promise<ExcelJS.Worksheet> {
  const print = sheet.print;
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.visibility,
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    views:
      sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)
        ? [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }]
        : [{}],
    pageSetup: {
      paperSize: 9,
      orientation: print?.orientation ?? 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(print?.repeatRows
        ? { printTitlesRow: `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}` }
        : {}),
    },
    headerFooter: {
      ...(print?.header
        ? { oddHeader: `&C&"${font.name},Bold"${print.header.replace(/&/g, '&&')}` }
        : {}),
      oddFooter: `&C&"${font.name},Regular"Trang &P / &N`,
    },
  });
  ws.columns = sheet.columns.map((width) => ({ width }));

  const width = sheet.columns.length;
  const grid = styleGrid(sheet);
  const { ids, styles } = grid;
  // one exceljs style object per composed style, shared by all its cells
  const shared = styles.map((s) => toExcelStyle(s, font) as ExcelJS.Style);
  const heights = new Map<number, number>();
  for (const h of sheet.rowHeights ?? []) heights.set(h.row, h.height);
  for (const [r, height] of estimatedRowHeights(sheet, grid)) heights.set(r, height);
  const merges = byRow(sheet.merges, (m) => m.row);
  const serials: Serials = new Map();
  let last = sheet.rows.length;
  for (const r of [...heights.keys(), ...merges.keys()]) last = Math.max(last, r + 1);
  const cellValue = (r: number, c: number): Cell | undefined =>
    finish && finish.row === r && finish.col === c ? finish.value : sheet.rows[r]?.[c];
  // told, not tested by class: the browser's exceljs has no streaming writer to test against
  if (streaming) {
    streamRows(wb, ws, {
      rows: last,
      width,
      style: (r, c) => {
        const id = r < sheet.rows.length ? (ids[r * width + c] as number) : 0;
        const value = cellValue(r, c);
        return id === 0 && (value === null || value === undefined) ? undefined : shared[id];
      },
      value: (r, c) => {
        const value = cellValue(r, c);
        return value === null || value === undefined
          ? value
          : (toValue(value, serials) as RowValue);
      },
      height: (r) => heights.get(r),
      merges: sheet.merges,
    });
  } else {
    for (let r = 0; r < last; r++) {
      const row = ws.getRow(r + 1);
      let styled = false;
      for (let c = 0; c < width; c++) {
        const id = r < sheet.rows.length ? (ids[r * width + c] as number) : 0;
        const value = cellValue(r, c);
        if (id === 0 && (value === null || value === undefined)) continue;
        const cell = row.getCell(c + 1);
        // a cell under a merge made on an earlier row: its master's value and style stand
        if (cell.type === ExcelJS.ValueType.Merge) continue;
        if (value !== null && value !== undefined) cell.value = toValue(value, serials);
        cell.style = shared[id] as ExcelJS.Style;
        styled = true;
      }
      // a row of empty styled cells (cells waiting for entries, bordered and unlocked) is
      // written all the same
      if (styled && !row.hasValues) Object.defineProperty(row, 'hasValues', { value: true });
      for (const m of merges.get(r) ?? []) {
        ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
      }
      const height = heights.get(r);
      if (height !== undefined) row.height = height;
      row.commit();
    }
  }
  // exceljs has the collection but not its type
  const validations = (
    ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const v of sheet.validations) {
    const prompt = v.prompt
      ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message }
      : {};
    const strict = v.allowInvalid ? { errorStyle: 'warning' } : { errorStyle: 'stop' };
    if (v.kind === 'list') {
      validations.add(rangeAddress(v.range), {
        type: 'list',
        allowBlank: true,
        formulae: [`"${v.values.join(',')}"`],
        showErrorMessage: true,
        ...strict,
        ...prompt,
      } as ExcelJS.DataValidation);
    } else {
      validations.add(rangeAddress(v.range), {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1))],
        showErrorMessage: true,
        ...strict,
        ...prompt,
      } as ExcelJS.DataValidation);
    }
  }
  sheet.conditionalFormats.forEach((cf, k) => {
    ws.addConditionalFormatting({
      ref: rangeAddress(cf.range),
      rules: [
        {
          type: 'cellIs',
          operator: 'equal',
          priority: k + 1,
          formulae: [`"${cf.equals.replace(/"/g, '""')}"`],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } },
            ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
          },
        },
      ],
    });
  });
  if (sheet.autoFilter) ws.autoFilter = rangeAddress(sheet.autoFilter);
  if (sheet.protect) {
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: false,
    });
  }
  return ws;
}

/**
 * Every sheet of `spec` drawn into `wb`, in order; `drawn` is told of each sheet once it is
 * whole (the streaming writer then writes it out). The finish cell is drawn with its sheet: a
 * file is written whole or not at all, so the cell saying "complete" cannot outrun the others.
 */
async function drawWorkbook(
  wb: Target,
  streaming: boolean,
  spec: WorkbookSpec,
  drawn: (ws: ExcelJS.Worksheet, sheet: SheetSpec) => void,
): Promise<void> {
  wb.creator = spec.properties.creator;
  wb.title = spec.properties.title;
  for (const sheet of spec.sheets) {
    const finish = spec.finish?.sheet === sheet.name ? spec.finish : undefined;
    drawn(await drawSheet(wb, streaming, sheet, spec.font, finish), sheet);
  }
  // the file opens on its first visible sheet, not on the hidden identity sheet
  const first = spec.sheets.findIndex((s) => s.visibility === 'visible');
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: Math.max(0, first),
      activeTab: Math.max(0, first),
      visibility: 'visible',
    },
  ];
}

/** The .xlsx bytes of a workbook description, built in memory (the pages: small books). */
export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await drawWorkbook(wb, false, spec, () => undefined);
  const out = await wb.xlsx.writeBuffer();
  return addCharts(new Uint8Array(out as ArrayBuffer), spec);
}

/**
 * The same bytes' content through exceljs's streaming writer (the command line: province-scale
 * books): each row is written out and dropped once drawn, so memory holds one sheet's style
 * grid and the compressed file, not a model of every cell.
 */
export async function writeXlsxStreamed(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: true });
  streamSharedStrings(wb);
  await drawWorkbook(wb, true, spec, (ws, sheet) => {
    const tail = chartsTail(sheet);
    if (tail) rewriteTail(ws, tail);
    ws.commit();
  });
  await wb.commit();
  // with no stream given, exceljs collects the package in its own buffer
  const out = (wb as unknown as { stream: { read(): Uint8Array | null } }).stream.read();
  return addCharts(out ?? new Uint8Array(), spec, true);
}

/** A chunk the streaming writer writes: text, or its reusable text buffer. */
type Chunk = string | { toBuffer(): Uint8Array };
interface SheetStream {
  write(chunk: Chunk): unknown;
  end(): unknown;
}

/**
 * On the streaming writer, a sheet's end (everything after its rows: merges, validations, page
 * setup…) is written in one go when the sheet is committed; it goes through `transform` whole,
 * so the charts' drawing is written into the sheet, not spliced in by inflating it again.
 */
function rewriteTail(ws: ExcelJS.Worksheet, transform: (xml: string) => string): void {
  const stream = (ws as unknown as { stream: SheetStream }).stream;
  const { write, end } = stream;
  const tail: string[] = [];
  const utf8 = new TextDecoder();
  stream.write = (chunk) => {
    tail.push(typeof chunk === 'string' ? chunk : utf8.decode(chunk.toBuffer()));
    return true;
  };
  stream.end = () => {
    stream.write = write;
    stream.end = end;
    stream.write(transform(tail.join('')));
    return stream.end();
  };
}
