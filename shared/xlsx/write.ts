/** The exceljs renderer: a WorkbookSpec drawn into an .xlsx file. */
import ExcelJS from 'exceljs';
import { isoToSerial, rangeAddress } from '../workbook/a1';
import type { Cell, SheetSpec, WorkbookSpec } from '../workbook/spec';
import { estimatedRowHeights, styleGrid } from '../workbook/style-grid';
import { addCharts } from './charts';
import { toExcelStyle } from './style';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

type ExcelValue = ExcelJS.CellValue;

function toValue(cell: Cell): ExcelValue {
  if (cell === null || typeof cell !== 'object') return cell;
  if (cell.kind === 'date') return isoToSerial(cell.iso);
  const result = cell.value;
  return result === null
    ? { formula: cell.formula }
    : ({ formula: cell.formula, result } as ExcelValue);
}

async function drawSheet(
  wb: ExcelJS.Workbook,
  sheet: SheetSpec,
  font: WorkbookSpec['font'],
): Promise<void> {
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
  ws.addRows(sheet.rows.map((row) => row.map(toValue)));

  const width = sheet.columns.length;
  const grid = styleGrid(sheet);
  const { ids, styles } = grid;
  const shared = styles.map((s) => toExcelStyle(s, font) as ExcelJS.Style);
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = ws.getRow(r + 1);
    const cells = sheet.rows[r] as Cell[];
    for (let c = 0; c < width; c++) {
      const id = ids[r * width + c] as number;
      if (id === 0 && cells[c] === null) continue;
      row.getCell(c + 1).style = shared[id] as ExcelJS.Style;
    }
  }
  for (const h of sheet.rowHeights ?? []) ws.getRow(h.row + 1).height = h.height;
  for (const [r, height] of estimatedRowHeights(sheet, grid)) ws.getRow(r + 1).height = height;
  for (const m of sheet.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
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
}

/** The .xlsx bytes of a workbook description. */
export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.properties.creator;
  wb.title = spec.properties.title;
  for (const sheet of spec.sheets) await drawSheet(wb, sheet, spec.font);
  if (spec.finish) {
    const f = spec.finish;
    const ws = wb.getWorksheet(f.sheet);
    if (ws) ws.getCell(f.row + 1, f.col + 1).value = f.value;
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
  const out = await wb.xlsx.writeBuffer();
  return addCharts(new Uint8Array(out as ArrayBuffer), spec);
}
