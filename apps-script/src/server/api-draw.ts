/// <reference types="google-apps-script" />
/**
 * The `--sheets-api` build's draw: a WorkbookSpec as requests of `Spreadsheets.batchUpdate` (the
 * sheets added or cleared and sized, every cell format, borders, merges, validations, conditional
 * formats, filters, frozen rows, widths, heights, tab colours, visibility and notes) and the
 * values as ranges of `Spreadsheets.Values.batchUpdate`, typed as setValues types them. Nothing
 * is sent here: the port sends the requests with the protections', then the values. The cells end
 * as the default build's SpreadsheetApp draw leaves them: the same style ranges are applied in
 * the layout's order, each setting only the properties it names, over one font for every cell.
 */
import { columnLetter } from '../../../shared/workbook/a1';
import type { Cell, CellStyle, SheetSpec, WorkbookSpec } from '../../../shared/workbook/spec';
import { styleGrid } from '../../../shared/workbook/style-grid';
import {
  color,
  gridRange,
  jsonBytes,
  MAX_PAYLOAD_BYTES,
  mergeRequest,
  numberFormat,
  quotedTitle,
  sizeRequest,
  validationRequest,
  type SpreadsheetMeta,
  type ValueRange,
} from './sheets-api';
import { borderRanges, clip } from './sheet-styles';
import { keyColumns, notesColumn, runs, toSheetsValue } from './sheets-adapter';

/** What a draw sends, and what the port needs to know of it afterwards. */
export interface ApiDraw {
  requests: unknown[];
  values: ValueRange[];
  /** Each value range's size in bytes, measured once. */
  valueBytes: number[];
  /** Sheet ids by name, those the draw adds included. */
  ids: Map<string, number>;
  inserted: Set<string>;
  /** Sheets whose charts SpreadsheetApp draws once the values are in (see charts.ts). */
  charted: SheetSpec[];
}

export interface ApiDrawOptions {
  separator: ',' | ';';
  trackingNotes?: Map<string, string>;
}

const H_ALIGN = { left: 'LEFT', center: 'CENTER', right: 'RIGHT' } as const;
const V_ALIGN = { top: 'TOP', middle: 'MIDDLE', bottom: 'BOTTOM' } as const;

/** The cell format of a style range, and the fields it sets: only what the range names. */
function formatOf(style: CellStyle): { format: Record<string, unknown>; fields: string[] } {
  const format: Record<string, unknown> = {};
  const fields: string[] = [];
  if (style.numberFormat !== undefined) {
    format.numberFormat = numberFormat(style.numberFormat);
    fields.push('userEnteredFormat.numberFormat');
  }
  if (style.fill !== undefined) {
    format.backgroundColor = color(style.fill);
    fields.push('userEnteredFormat.backgroundColor');
  }
  if (style.hAlign !== undefined) {
    format.horizontalAlignment = H_ALIGN[style.hAlign];
    fields.push('userEnteredFormat.horizontalAlignment');
  }
  if (style.vAlign !== undefined) {
    format.verticalAlignment = V_ALIGN[style.vAlign];
    fields.push('userEnteredFormat.verticalAlignment');
  }
  if (style.wrap !== undefined) {
    format.wrapStrategy = style.wrap ? 'WRAP' : 'OVERFLOW_CELL';
    fields.push('userEnteredFormat.wrapStrategy');
  }
  const text: Record<string, unknown> = {};
  if (style.bold !== undefined) text.bold = style.bold;
  if (style.italic !== undefined) text.italic = style.italic;
  if (style.fontSize !== undefined) text.fontSize = style.fontSize;
  if (style.fontColor !== undefined) text.foregroundColor = color(style.fontColor);
  if (Object.keys(text).length > 0) {
    format.textFormat = text;
    for (const k of Object.keys(text)) fields.push(`userEnteredFormat.textFormat.${k}`);
  }
  return { format, fields };
}

/** Row blocks of a sheet's values, each under the payload limit, with their sizes. */
function valueBlocks(
  title: string,
  width: number,
  rows: unknown[][],
): { blocks: ValueRange[]; bytes: number[] } {
  const out: ValueRange[] = [];
  const sizes: number[] = [];
  const last = columnLetter(Math.max(width, 1) - 1);
  let start = 0;
  let bytes = 0;
  // room for the range and the other ranges of one call
  const max = MAX_PAYLOAD_BYTES - 4096;
  const block = (end: number) => {
    const range = `${quotedTitle(title)}!A${start + 1}:${last}${end}`;
    out.push({ range, values: rows.slice(start, end) });
    // the rows, their commas and brackets, and the range with its quotes and key names
    sizes.push(bytes + jsonBytes(range) + 30);
  };
  rows.forEach((row, r) => {
    const n = jsonBytes(row) + 1;
    if (r > start && bytes + n > max) {
      block(r);
      start = r;
      bytes = 0;
    }
    bytes += n;
  });
  if (rows.length > start) block(rows.length);
  return { blocks: out, bytes: sizes };
}

/** Ids the draw gives the sheets it adds: past every id the spreadsheet has. */
function idMaker(meta: SpreadsheetMeta): () => number {
  let next = Math.max(0, ...meta.sheets.map((s) => s.id)) + 1;
  return () => next++;
}

/** The requests and values that draw every sheet of `spec` (other sheets stay as they are). */
export function planDraw(meta: SpreadsheetMeta, spec: WorkbookSpec, opts: ApiDrawOptions): ApiDraw {
  const draw: ApiDraw = {
    requests: [],
    values: [],
    valueBytes: [],
    ids: new Map(meta.sheets.map((s) => [s.title, s.id])),
    inserted: new Set(),
    charted: [],
  };
  const newId = idMaker(meta);
  let index = meta.sheets.length;
  for (const sheet of spec.sheets) {
    const existing = meta.sheets.find((s) => s.title === sheet.name);
    const id = existing ? existing.id : newId();
    if (!existing) draw.inserted.add(sheet.name);
    draw.ids.set(sheet.name, id);
    sheetRequests(
      draw,
      sheet,
      id,
      existing ? existing : null,
      existing ? 0 : index++,
      spec.font,
      opts,
    );
  }
  // every sheet is written: the identity sheet may now say the workbook is complete
  const f = spec.finish;
  if (f && draw.ids.has(f.sheet)) {
    const cell = `${columnLetter(f.col)}${f.row + 1}`;
    const last: ValueRange = {
      range: `${quotedTitle(f.sheet)}!${cell}:${cell}`,
      values: [[f.value]],
    };
    draw.values.push(last);
    draw.valueBytes.push(jsonBytes(last));
  }
  return draw;
}

function sheetRequests(
  draw: ApiDraw,
  spec: SheetSpec,
  id: number,
  existing: SpreadsheetMeta['sheets'][number] | null,
  index: number,
  font: WorkbookSpec['font'],
  opts: ApiDrawOptions,
): void {
  const out = draw.requests;
  const width = Math.max(spec.columns.length, 1);
  const height = Math.max(spec.rows.length, 1);
  const grid = {
    rowCount: height,
    columnCount: width,
    frozenRowCount: spec.freeze && spec.freeze.rows < height ? spec.freeze.rows : 0,
    frozenColumnCount: spec.freeze && spec.freeze.cols < width ? spec.freeze.cols : 0,
  };
  const tab = spec.tabColor ? { tabColor: color(spec.tabColor) } : {};
  const hidden = spec.visibility !== 'visible';
  if (existing) {
    // Start clean: no filter, merges, values, formats, validations, notes, rules or charts.
    if (existing.basicFilter) out.push({ clearBasicFilter: { sheetId: id } });
    out.push({ unmergeCells: { range: { sheetId: id } } });
    out.push({
      updateCells: {
        range: { sheetId: id },
        fields: 'userEnteredValue,userEnteredFormat,dataValidation,note',
      },
    });
    for (let i = existing.conditionalFormats - 1; i >= 0; i--) {
      out.push({ deleteConditionalFormatRule: { sheetId: id, index: i } });
    }
    if (spec.charts !== undefined) {
      for (const chartId of existing.charts)
        out.push({ deleteEmbeddedObject: { objectId: chartId } });
    }
    out.push({
      updateSheetProperties: {
        properties: { sheetId: id, gridProperties: grid, hidden, ...tab },
        fields: [
          ...Object.keys(grid).map((k) => `gridProperties.${k}`),
          'hidden',
          ...(spec.tabColor ? ['tabColor'] : []),
        ].join(','),
      },
    });
  } else {
    out.push({
      addSheet: {
        properties: {
          sheetId: id,
          title: spec.name,
          index,
          gridProperties: grid,
          ...(hidden ? { hidden } : {}),
          ...tab,
        },
      },
    });
  }

  // one font for every cell, then each style range's own properties in the layout's order
  out.push({
    repeatCell: {
      range: {
        sheetId: id,
        startRowIndex: 0,
        endRowIndex: height,
        startColumnIndex: 0,
        endColumnIndex: width,
      },
      cell: {
        userEnteredFormat: {
          textFormat: {
            fontFamily: font.name,
            fontSize: font.size,
            bold: false,
            italic: false,
            foregroundColor: color('#000000'),
          },
        },
      },
      fields: 'userEnteredFormat.textFormat',
    },
  });
  for (const sr of spec.styles) {
    const r = clip(sr.range, spec.rows.length, spec.columns.length);
    if (!r) continue;
    const { format, fields } = formatOf(sr.style);
    if (fields.length === 0) continue;
    out.push({
      repeatCell: {
        range: gridRange(id, r),
        cell: { userEnteredFormat: format },
        fields: fields.join(','),
      },
    });
  }
  const solid = { style: 'SOLID' };
  for (const r of borderRanges(spec)) {
    out.push({
      updateBorders: {
        range: gridRange(id, r),
        top: solid,
        bottom: solid,
        left: solid,
        right: solid,
        innerHorizontal: solid,
        innerVertical: solid,
      },
    });
  }
  for (const m of spec.merges) out.push(mergeRequest(id, m));
  for (const v of spec.validations) {
    const r = clip(v.range, spec.rows.length, spec.columns.length);
    if (r) out.push(validationRequest(id, r, v));
  }
  let rule = 0;
  for (const cf of spec.conditionalFormats) {
    const r = clip(cf.range, spec.rows.length, spec.columns.length);
    if (!r) continue;
    out.push({
      addConditionalFormatRule: {
        rule: {
          ranges: [gridRange(id, r)],
          booleanRule: {
            condition: { type: 'TEXT_EQ', values: [{ userEnteredValue: cf.equals }] },
            format: {
              backgroundColor: color(cf.fill),
              ...(cf.fontColor ? { textFormat: { foregroundColor: color(cf.fontColor) } } : {}),
            },
          },
        },
        index: rule++,
      },
    });
  }
  // Column widths in characters of the default font: about 7 pixels each.
  for (const [start, count, chars] of runs(spec.columns)) {
    out.push(sizeRequest(id, 'COLUMNS', start, count, Math.round(chars * 7 + 5)));
  }
  // Sheets fits wrapped rows itself; only the layout's fixed heights are set (points → pixels).
  const heights = new Array<number | undefined>(spec.rows.length);
  for (const h of spec.rowHeights ?? []) heights[h.row] = Math.round((h.height * 4) / 3);
  for (const [start, count, px] of runs(heights)) {
    if (px !== undefined) out.push(sizeRequest(id, 'ROWS', start, count, px));
  }
  if (spec.autoFilter && spec.rows.length > 1) {
    const r = clip(spec.autoFilter, spec.rows.length, spec.columns.length);
    if (r) out.push({ setBasicFilter: { filter: { range: gridRange(id, r) } } });
  }
  if (spec.role === 'tracking' && opts.trackingNotes && opts.trackingNotes.size > 0) {
    const notes = notesColumn(spec, opts.trackingNotes);
    if (notes.length > 0) {
      const col = keyColumns(spec.rows[0] as Cell[] | undefined).status;
      out.push({
        updateCells: {
          rows: notes.map(([note]) => ({ values: [note ? { note } : {}] })),
          fields: 'note',
          start: { sheetId: id, rowIndex: 1, columnIndex: col },
        },
      });
    }
  }
  if (spec.charts && spec.charts.length > 0) draw.charted.push(spec);

  if (spec.rows.length > 0) {
    const styles = styleGrid(spec);
    const cols = spec.columns.length;
    const textAt = (r: number, c: number) =>
      styles.styles[styles.ids[r * cols + c] as number]?.numberFormat === '@';
    const rows = spec.rows.map((row: Cell[], r) =>
      row.map((cell, c) => toSheetsValue(cell, textAt(r, c), opts.separator)),
    );
    const { blocks, bytes } = valueBlocks(spec.name, cols, rows);
    draw.values.push(...blocks);
    draw.valueBytes.push(...bytes);
  }
}
