/// <reference types="google-apps-script" />
/**
 * The advanced Sheets service (Sheets API v4), when the deployer enabled it: filter views, which
 * SpreadsheetApp cannot make, and in the `--sheets-api` build the parts of a draw that cost one
 * SpreadsheetApp call per range (number formats, merges, widths, validations, protections) sent
 * as requests of one batchUpdate. It needs the broader `spreadsheets` scope (all the user's
 * spreadsheets), which is why it is opt-in.
 */
import type { Range as SpecRange, Validation } from '../../../shared/workbook/spec';

/** Set by the build: `--sheets-api` draws through the API where the service is enabled. */
declare const __SHEETS_API__: boolean;

interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

export interface SheetsApi {
  Spreadsheets: {
    get(
      id: string,
      opts: { fields: string },
    ): {
      sheets?: {
        properties?: { sheetId?: number; title?: string };
        filterViews?: { filterViewId?: number; title?: string }[];
        protectedRanges?: { protectedRangeId?: number; range?: GridRange }[];
      }[];
    };
    batchUpdate(body: { requests: unknown[] }, id: string): unknown;
  };
}

/** The advanced service, when enabled in this project. */
export function sheetsApi(): SheetsApi | null {
  const g = globalThis as { Sheets?: SheetsApi };
  return g.Sheets && typeof g.Sheets.Spreadsheets?.batchUpdate === 'function' ? g.Sheets : null;
}

/** The service for drawing: in the `--sheets-api` build only. */
export function drawingApi(): SheetsApi | null {
  return __SHEETS_API__ ? sheetsApi() : null;
}

/** Requests gathered while drawing, sent together. */
export interface Batch {
  api: SheetsApi;
  requests: unknown[];
}

function gridRange(sheetId: number, r: SpecRange) {
  return {
    sheetId,
    startRowIndex: r.row,
    endRowIndex: r.row + r.rows,
    startColumnIndex: r.col,
    endColumnIndex: r.col + r.cols,
  };
}

/** The API's kind of a number format pattern. */
function formatType(pattern: string): string {
  if (pattern === '@') return 'TEXT';
  if (pattern.includes('%')) return 'PERCENT';
  if (/[dmy]/i.test(pattern)) return 'DATE';
  return 'NUMBER';
}

export function numberFormatRequest(sheetId: number, r: SpecRange, pattern: string): unknown {
  return {
    repeatCell: {
      range: gridRange(sheetId, r),
      cell: { userEnteredFormat: { numberFormat: { type: formatType(pattern), pattern } } },
      fields: 'userEnteredFormat.numberFormat',
    },
  };
}

export function mergeRequest(sheetId: number, r: SpecRange): unknown {
  return { mergeCells: { range: gridRange(sheetId, r), mergeType: 'MERGE_ALL' } };
}

/** Columns [start, start + count) `px` pixels wide. */
export function widthRequest(sheetId: number, start: number, count: number, px: number): unknown {
  return {
    updateDimensionProperties: {
      range: { sheetId, dimension: 'COLUMNS', startIndex: start, endIndex: start + count },
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

/** Sends the gathered requests in one call, after SpreadsheetApp's pending changes. */
export function sendBatch(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, batch: Batch): void {
  if (batch.requests.length === 0) return;
  // the API reads the spreadsheet as saved: the sheets just inserted must be there
  SpreadsheetApp.flush();
  batch.api.Spreadsheets.batchUpdate({ requests: batch.requests }, ss.getId());
  batch.requests = [];
}

/** A protected range as the API lists it: whole sheet, or cells of it. */
export interface ProtectedRangeOf {
  id: number;
  sheetId: number;
  whole: boolean;
}

/** Every protected range of the spreadsheet: one call. */
export function protectedRanges(api: SheetsApi, spreadsheetId: string): ProtectedRangeOf[] {
  const got = api.Spreadsheets.get(spreadsheetId, {
    fields: 'sheets(properties(sheetId),protectedRanges(protectedRangeId,range))',
  });
  const out: ProtectedRangeOf[] = [];
  for (const sheet of got.sheets ?? []) {
    for (const p of sheet.protectedRanges ?? []) {
      const r = p.range ?? {};
      if (p.protectedRangeId === undefined) continue;
      out.push({
        id: p.protectedRangeId,
        sheetId: r.sheetId ?? 0,
        whole:
          r.startRowIndex === undefined &&
          r.endRowIndex === undefined &&
          r.startColumnIndex === undefined &&
          r.endColumnIndex === undefined,
      });
    }
  }
  return out;
}
