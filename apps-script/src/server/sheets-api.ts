/// <reference types="google-apps-script" />
/**
 * The advanced Sheets service (Sheets API v4), when the deployer enabled it: filter views, which
 * SpreadsheetApp cannot make, and in the `--sheets-api` build the whole draw: the spreadsheet's
 * metadata read once, the sheets' structure, formats, merges, notes, rules and protections sent
 * as requests of `Spreadsheets.batchUpdate`, and the values by `Spreadsheets.Values.batchUpdate`.
 * It needs the broader `spreadsheets` scope (all the user's spreadsheets), which is why it is
 * opt-in.
 */
import type { CellValue, Range as SpecRange, Validation } from '../../../shared/workbook/spec';

/** Set by the build: `--sheets-api` draws through the API where the service is enabled. */
declare const __SHEETS_API__: boolean;

interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

/** A range of values as the Values collection takes and gives them ("'Sheet'!A1:K40"). */
export interface ValueRange {
  range: string;
  values: unknown[][];
}

interface SheetResource {
  properties?: {
    sheetId?: number;
    title?: string;
    index?: number;
    hidden?: boolean;
    gridProperties?: { rowCount?: number; columnCount?: number };
  };
  filterViews?: { filterViewId?: number; title?: string }[];
  protectedRanges?: {
    protectedRangeId?: number;
    range?: GridRange;
    requestingUserCanEdit?: boolean;
  }[];
  conditionalFormats?: unknown[];
  charts?: { chartId?: number }[];
  basicFilter?: unknown;
}

export interface SheetsApi {
  Spreadsheets: {
    get(
      id: string,
      opts: { fields: string },
    ): { properties?: { locale?: string }; sheets?: SheetResource[] };
    batchUpdate(body: { requests: unknown[] }, id: string): unknown;
    Values: {
      batchUpdate(body: { valueInputOption: string; data: ValueRange[] }, id: string): unknown;
      batchGet(
        id: string,
        opts: { ranges: string[]; valueRenderOption: string; dateTimeRenderOption: string },
      ): { valueRanges?: { range?: string; values?: unknown[][] }[] };
    };
  };
}

/** The advanced service, when enabled in this project. */
export function sheetsApi(): SheetsApi | null {
  const g = globalThis as { Sheets?: SheetsApi };
  return g.Sheets && typeof g.Sheets.Spreadsheets?.batchUpdate === 'function' ? g.Sheets : null;
}

/** The service for drawing: in the `--sheets-api` build only. */
export function drawingApi(): SheetsApi | null {
  // the build defines it; code run unbundled (tests of the port) draws as the default build
  return typeof __SHEETS_API__ !== 'undefined' && __SHEETS_API__ ? sheetsApi() : null;
}

/** A protected range as the API lists it: whole sheet, or cells of it. */
interface ProtectedRangeOf {
  id: number;
  sheetId: number;
  whole: boolean;
  /** May the person running the script edit it. */
  canEdit: boolean;
}

/** A sheet as the metadata lists it. */
interface SheetMeta {
  id: number;
  title: string;
  rows: number;
  cols: number;
  hidden: boolean;
  conditionalFormats: number;
  charts: number[];
  basicFilter: boolean;
  protectedRanges: ProtectedRangeOf[];
  filterViews: { id: number; title: string }[];
}

/** What a command needs to know of the spreadsheet before it reads or draws: one call. */
export interface SpreadsheetMeta {
  id: string;
  locale: string;
  sheets: SheetMeta[];
}

const META_FIELDS =
  'properties(locale),sheets(properties(sheetId,title,index,hidden,gridProperties(rowCount,columnCount)),' +
  'protectedRanges(protectedRangeId,range,requestingUserCanEdit),filterViews(filterViewId,title),' +
  'conditionalFormats(ranges(sheetId)),charts(chartId),basicFilter(range(sheetId)))';

/** The spreadsheet's sheets, protections, filter views, rules and charts: one call. */
export function readMeta(api: SheetsApi, spreadsheetId: string): SpreadsheetMeta {
  const got = api.Spreadsheets.get(spreadsheetId, { fields: META_FIELDS });
  const sheets = (got.sheets ?? []).map((s): SheetMeta => {
    const p = s.properties ?? {};
    const id = p.sheetId ?? 0;
    return {
      id,
      title: p.title ?? '',
      rows: p.gridProperties?.rowCount ?? 0,
      cols: p.gridProperties?.columnCount ?? 0,
      hidden: p.hidden ?? false,
      conditionalFormats: (s.conditionalFormats ?? []).length,
      charts: (s.charts ?? []).flatMap((c) => (c.chartId === undefined ? [] : [c.chartId])),
      basicFilter: s.basicFilter !== undefined,
      protectedRanges: (s.protectedRanges ?? []).flatMap((pr) => {
        if (pr.protectedRangeId === undefined) return [];
        const r = pr.range ?? {};
        return [
          {
            id: pr.protectedRangeId,
            sheetId: r.sheetId ?? id,
            whole:
              r.startRowIndex === undefined &&
              r.endRowIndex === undefined &&
              r.startColumnIndex === undefined &&
              r.endColumnIndex === undefined,
            canEdit: pr.requestingUserCanEdit ?? true,
          },
        ];
      }),
      filterViews: (s.filterViews ?? []).flatMap((v) =>
        v.filterViewId === undefined ? [] : [{ id: v.filterViewId, title: v.title ?? '' }],
      ),
    };
  });
  return { id: spreadsheetId, locale: got.properties?.locale ?? '', sheets };
}

/** A sheet's name as A1 notation quotes it. */
export function quotedTitle(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/**
 * The values of whole sheets, as getValues reads them (formulas as their results, dates as
 * serials, empty cells as null), each as wide as its widest row: one call for all of them.
 */
export function readValues(
  api: SheetsApi,
  spreadsheetId: string,
  titles: string[],
): CellValue[][][] {
  if (titles.length === 0) return [];
  const got = api.Spreadsheets.Values.batchGet(spreadsheetId, {
    ranges: titles.map(quotedTitle),
    valueRenderOption: 'UNFORMATTED_VALUE',
    dateTimeRenderOption: 'SERIAL_NUMBER',
  });
  return titles.map((_, i) => {
    // the API leaves out trailing empty cells and rows; getDataRange is a rectangle
    const rows = got.valueRanges?.[i]?.values ?? [];
    const width = Math.max(0, ...rows.map((r) => r.length));
    return rows.map((row) => {
      const out: CellValue[] = [];
      for (let c = 0; c < width; c++) {
        const v = row[c];
        if (v === '' || v === null || v === undefined) out.push(null);
        else if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')
          out.push(v);
        else out.push(String(v));
      }
      return out;
    });
  });
}

export function gridRange(sheetId: number, r: SpecRange): GridRange {
  return {
    sheetId,
    startRowIndex: r.row,
    endRowIndex: r.row + r.rows,
    startColumnIndex: r.col,
    endColumnIndex: r.col + r.cols,
  };
}

/** "#RRGGBB" as the API's Color (0–1 per channel). */
export function color(hex: string): { red: number; green: number; blue: number } {
  const n = parseInt(hex.replace('#', ''), 16);
  const channel = (shift: number) => ((n >> shift) & 255) / 255;
  return { red: channel(16), green: channel(8), blue: channel(0) };
}

/** The API's kind of a number format pattern. */
function formatType(pattern: string): string {
  if (pattern === '@') return 'TEXT';
  if (pattern.includes('%')) return 'PERCENT';
  if (/[dmy]/i.test(pattern)) return 'DATE';
  return 'NUMBER';
}

export function numberFormat(pattern: string): { type: string; pattern: string } {
  return { type: formatType(pattern), pattern };
}

export function mergeRequest(sheetId: number, r: SpecRange): unknown {
  return { mergeCells: { range: gridRange(sheetId, r), mergeType: 'MERGE_ALL' } };
}

/** Columns or rows [start, start + count) `px` pixels wide or high. */
export function sizeRequest(
  sheetId: number,
  dimension: 'ROWS' | 'COLUMNS',
  start: number,
  count: number,
  px: number,
): unknown {
  return {
    updateDimensionProperties: {
      range: { sheetId, dimension, startIndex: start, endIndex: start + count },
      properties: { pixelSize: px },
      fields: 'pixelSize',
    },
  };
}

/** The same rule as SpreadsheetApp's builder makes: a dropdown list or a valid date. */
export function validationRequest(sheetId: number, r: SpecRange, v: Validation): unknown {
  const condition =
    v.kind === 'list'
      ? { type: 'ONE_OF_LIST', values: v.values.map((x) => ({ userEnteredValue: x })) }
      : { type: 'DATE_IS_VALID' };
  return {
    setDataValidation: {
      range: gridRange(sheetId, r),
      rule: {
        condition,
        strict: !v.allowInvalid,
        showCustomUi: v.kind === 'list',
        ...(v.prompt ? { inputMessage: `${v.prompt.title}: ${v.prompt.message}` } : {}),
      },
    },
  };
}

/**
 * A protection editable by `editors` only (the owner always may): the whole sheet, less
 * `unprotected`, when `range` is null.
 */
export function protectRequest(
  sheetId: number,
  range: SpecRange | null,
  description: string,
  editors: readonly string[],
  unprotected: readonly SpecRange[] = [],
): unknown {
  return {
    addProtectedRange: {
      protectedRange: {
        range: range ? gridRange(sheetId, range) : { sheetId },
        description,
        editors: { users: [...editors] },
        ...(unprotected.length > 0
          ? { unprotectedRanges: unprotected.map((u) => gridRange(sheetId, u)) }
          : {}),
      },
    },
  };
}

/**
 * Bytes of one call's payload. The API documents no hard limit, only a recommendation ("To
 * speed up requests, we recommend a 2 MB maximum payload", Sheets API usage limits); its
 * infrastructure refuses larger requests with "Request payload size exceeds the limit: 10485760
 * bytes", a limit Google says is not published and may change. A 1,000-task plan with 50 units
 * carries about 80 MB of values (each task's text on each of its 50 rows): at 2 MB that is 42
 * calls, and as many of the 60 writes a user may make a minute. So a call holds up to 8 MB, under
 * the 10 MiB refusal with room to spare.
 */
export const MAX_PAYLOAD_BYTES = 8_000_000;

/** UTF-8 bytes of a JSON text (Vietnamese letters take two or three). */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value);
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x800 && (c < 0xd800 || c > 0xdfff)) n += 2;
    else if (c >= 0x80) n += 1;
  }
  return n;
}

/** Items in order, in groups of at most `max` bytes (an item larger than that goes alone). */
function bySize<T>(
  items: readonly T[],
  max: number,
  sizeOf: (item: T, i: number) => number = jsonBytes,
): T[][] {
  const out: T[][] = [];
  let group: T[] = [];
  let bytes = 0;
  for (const [i, item] of items.entries()) {
    const n = sizeOf(item, i) + 1;
    if (group.length > 0 && bytes + n > max) {
      out.push(group);
      group = [];
      bytes = 0;
    }
    group.push(item);
    bytes += n;
  }
  if (group.length > 0) out.push(group);
  return out;
}

/**
 * Sends the requests in order, in as few batchUpdates as the payload limit allows. One batch is
 * applied whole or not at all; a later batch is sent only when the one before it was applied.
 */
export function sendRequests(
  api: SheetsApi,
  spreadsheetId: string,
  requests: readonly unknown[],
): void {
  for (const group of bySize(requests, MAX_PAYLOAD_BYTES)) {
    api.Spreadsheets.batchUpdate({ requests: group }, spreadsheetId);
  }
}

/**
 * Writes the values as typed in the spreadsheet (as setValues does), in order, by size.
 * `bytes`: each range's size where the caller measured it already (measuring is a pass over
 * every character).
 */
export function sendValues(
  api: SheetsApi,
  spreadsheetId: string,
  data: readonly ValueRange[],
  onSent: (sent: readonly ValueRange[]) => void = () => undefined,
  bytes?: readonly number[],
): void {
  const sizeOf = (v: ValueRange, i: number) => bytes?.[i] ?? jsonBytes(v);
  for (const group of bySize(data, MAX_PAYLOAD_BYTES, sizeOf)) {
    api.Spreadsheets.Values.batchUpdate(
      { valueInputOption: 'USER_ENTERED', data: group },
      spreadsheetId,
    );
    onSent(group);
  }
}
