/**
 * The advanced Sheets service (`Sheets.Spreadsheets`, Sheets API v4) over the fake spreadsheet,
 * for what the product sends: `get` (the spreadsheet's locale, its sheets with their size,
 * protected ranges, filter views, conditional formats, charts and basic filter), `batchUpdate`
 * with the requests the `--sheets-api` draw and the protections use, and `Values.batchUpdate` /
 * `Values.batchGet`. As strict as the API about shape: every request is checked against its
 * message before any is applied (a name the message lacks, a value of the wrong type, an enum
 * value it does not have, two kinds in one request, a fields mask naming nothing), with the
 * API's wording, as a GoogleJsonResponseException; grid ids and ranges are checked against the
 * sheets. A field of the real API the product does not send is refused as unknown. As in the
 * API, a batch is applied whole or not at all: an error while applying one request undoes the
 * requests before it. Each call's payload size is kept (`_sent`).
 */
import { containsRect, parseA1, type Rect } from './a1';
import { exception, isAppsScriptException } from './errors';
import type { FakeCore } from './core';
import type { EmbeddedChart } from './charts';
import {
  ConditionalFormatRuleBuilder,
  DataValidationBuilder,
  Protection,
  Range,
  Sheet,
  type Spreadsheet,
} from './spreadsheet';
import { isDate, wallClock } from './values';

type Schema =
  | 'int'
  | 'number'
  | 'scalar'
  | 'string'
  | 'bool'
  | { enum: readonly string[] }
  | { list: Schema }
  | { [field: string]: Schema };

const GRID_RANGE: Schema = {
  sheetId: 'int',
  startRowIndex: 'int',
  endRowIndex: 'int',
  startColumnIndex: 'int',
  endColumnIndex: 'int',
};
const VALUE: Schema = { userEnteredValue: 'string' };
const CONDITION = (types: readonly string[]): Schema => ({
  type: { enum: types },
  values: { list: VALUE },
});
const COLOR: Schema = { red: 'number', green: 'number', blue: 'number', alpha: 'number' };
const TEXT_FORMAT: Schema = {
  foregroundColor: COLOR,
  fontFamily: 'string',
  fontSize: 'int',
  bold: 'bool',
  italic: 'bool',
  strikethrough: 'bool',
  underline: 'bool',
};
const CELL_FORMAT: Schema = {
  numberFormat: {
    type: {
      enum: ['TEXT', 'NUMBER', 'PERCENT', 'CURRENCY', 'DATE', 'TIME', 'DATE_TIME', 'SCIENTIFIC'],
    },
    pattern: 'string',
  },
  backgroundColor: COLOR,
  horizontalAlignment: { enum: ['LEFT', 'CENTER', 'RIGHT'] },
  verticalAlignment: { enum: ['TOP', 'MIDDLE', 'BOTTOM'] },
  wrapStrategy: { enum: ['OVERFLOW_CELL', 'LEGACY_WRAP', 'CLIP', 'WRAP'] },
  textFormat: TEXT_FORMAT,
};
const VALIDATION_RULE: Schema = {
  condition: CONDITION(['ONE_OF_LIST', 'DATE_IS_VALID']),
  inputMessage: 'string',
  strict: 'bool',
  showCustomUi: 'bool',
};
const CELL_DATA: Schema = {
  userEnteredValue: {
    stringValue: 'string',
    numberValue: 'number',
    boolValue: 'bool',
    formulaValue: 'string',
  },
  userEnteredFormat: CELL_FORMAT,
  note: 'string',
  dataValidation: VALIDATION_RULE,
};
const SHEET_PROPERTIES: Schema = {
  sheetId: 'int',
  title: 'string',
  index: 'int',
  gridProperties: {
    rowCount: 'int',
    columnCount: 'int',
    frozenRowCount: 'int',
    frozenColumnCount: 'int',
  },
  hidden: 'bool',
  tabColor: COLOR,
};
const BORDER: Schema = {
  style: { enum: ['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'NONE', 'DOUBLE'] },
  color: COLOR,
};

const REQUESTS: Record<string, Schema> = {
  addSheet: { properties: SHEET_PROPERTIES },
  deleteSheet: { sheetId: 'int' },
  updateSheetProperties: { properties: SHEET_PROPERTIES, fields: 'string' },
  updateCells: {
    rows: { list: { values: { list: CELL_DATA } } },
    fields: 'string',
    start: { sheetId: 'int', rowIndex: 'int', columnIndex: 'int' },
    range: GRID_RANGE,
  },
  repeatCell: { range: GRID_RANGE, cell: CELL_DATA, fields: 'string' },
  updateBorders: {
    range: GRID_RANGE,
    top: BORDER,
    bottom: BORDER,
    left: BORDER,
    right: BORDER,
    innerHorizontal: BORDER,
    innerVertical: BORDER,
  },
  mergeCells: {
    range: GRID_RANGE,
    mergeType: { enum: ['MERGE_ALL', 'MERGE_COLUMNS', 'MERGE_ROWS'] },
  },
  unmergeCells: { range: GRID_RANGE },
  updateDimensionProperties: {
    range: {
      sheetId: 'int',
      dimension: { enum: ['ROWS', 'COLUMNS'] },
      startIndex: 'int',
      endIndex: 'int',
    },
    properties: { pixelSize: 'int' },
    fields: 'string',
  },
  setDataValidation: { range: GRID_RANGE, rule: VALIDATION_RULE },
  addConditionalFormatRule: {
    rule: {
      ranges: { list: GRID_RANGE },
      booleanRule: { condition: CONDITION(['TEXT_EQ']), format: CELL_FORMAT },
    },
    index: 'int',
  },
  deleteConditionalFormatRule: { sheetId: 'int', index: 'int' },
  setBasicFilter: { filter: { range: GRID_RANGE } },
  clearBasicFilter: { sheetId: 'int' },
  deleteEmbeddedObject: { objectId: 'int' },
  addProtectedRange: {
    protectedRange: {
      range: GRID_RANGE,
      description: 'string',
      warningOnly: 'bool',
      editors: { users: { list: 'string' }, domainUsersCanEdit: 'bool' },
      unprotectedRanges: { list: GRID_RANGE },
    },
  },
  deleteProtectedRange: { protectedRangeId: 'int' },
  addFilterView: {
    filter: {
      title: 'string',
      range: GRID_RANGE,
      filterSpecs: {
        list: { columnIndex: 'int', filterCriteria: { condition: CONDITION(['TEXT_EQ']) } },
      },
    },
  },
  deleteFilterView: { filterId: 'int' },
};

/** The requests whose `fields` mask must name fields of a message: that message. */
const MASKED: Record<string, Schema> = {
  repeatCell: CELL_DATA,
  updateCells: CELL_DATA,
  updateDimensionProperties: { pixelSize: 'int' },
  updateSheetProperties: SHEET_PROPERTIES,
};

const VALUE_RANGE: Schema = {
  range: 'string',
  majorDimension: { enum: ['ROWS', 'COLUMNS'] },
  values: { list: { list: 'scalar' } },
};
const VALUES_UPDATE: Schema = {
  valueInputOption: { enum: ['RAW', 'USER_ENTERED'] },
  data: { list: VALUE_RANGE },
  includeValuesInResponse: 'bool',
};
const VALUES_GET: Schema = {
  ranges: { list: 'string' },
  majorDimension: { enum: ['ROWS', 'COLUMNS'] },
  valueRenderOption: { enum: ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'] },
  dateTimeRenderOption: { enum: ['SERIAL_NUMBER', 'FORMATTED_STRING'] },
};
const GET_ARGS: Schema = { fields: 'string', ranges: { list: 'string' }, includeGridData: 'bool' };

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function apiError(method: string, message: string): Error {
  return exception(`API call to sheets.spreadsheets.${method} failed with error: ${message}`);
}

/** The shape of `v` against `schema`, or the API's message for the first thing wrong. */
function check(v: unknown, schema: Schema, at: string): string | null {
  const typeError = (want: string) => `Invalid value at '${at}' (${want}), ${JSON.stringify(v)}`;
  if (schema === 'int') return Number.isInteger(v) ? null : typeError('TYPE_INT32');
  if (schema === 'string') return typeof v === 'string' ? null : typeError('TYPE_STRING');
  if (schema === 'bool') return typeof v === 'boolean' ? null : typeError('TYPE_BOOL');
  if (schema === 'number') {
    return typeof v === 'number' && Number.isFinite(v) ? null : typeError('TYPE_DOUBLE');
  }
  if (schema === 'scalar') {
    return v === null || ['string', 'number', 'boolean'].includes(typeof v)
      ? null
      : `Invalid value at '${at}' (type.googleapis.com/google.protobuf.ListValue), ${JSON.stringify(v)}`;
  }
  if ('enum' in schema && Array.isArray(schema.enum)) {
    return typeof v === 'string' && schema.enum.includes(v) ? null : typeError('TYPE_ENUM');
  }
  if ('list' in schema && Object.keys(schema).length === 1) {
    if (!Array.isArray(v)) return `Invalid value at '${at}', expected a list`;
    for (const [i, x] of v.entries()) {
      const e = check(x, schema.list as Schema, `${at}[${i}]`);
      if (e) return e;
    }
    return null;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return `Invalid value at '${at}', expected a message`;
  }
  const fields = schema as Record<string, Schema>;
  for (const [k, x] of Object.entries(v)) {
    if (!(k in fields))
      return `Invalid JSON payload received. Unknown name "${k}" at '${at}': Cannot find field.`;
    const e = check(x, fields[k]!, `${at}.${snake(k)}`);
    if (e) return e;
  }
  return null;
}

/** Does the fields mask name fields of `schema` ("userEnteredFormat.numberFormat")? */
function maskOk(mask: string, schema: Schema): boolean {
  if (mask === '') return false;
  return mask.split(',').every((path) => {
    let s: Schema | undefined = schema;
    for (const part of path.trim().split('.')) {
      if (!s || typeof s === 'string' || 'enum' in s || 'list' in s) return false;
      s = (s as Record<string, Schema>)[part];
    }
    return s !== undefined;
  });
}

interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

interface Color {
  red?: number;
  green?: number;
  blue?: number;
}

interface TextFormat {
  foregroundColor?: Color;
  fontFamily?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
}

interface CellFormat {
  numberFormat?: { pattern?: string };
  backgroundColor?: Color;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapStrategy?: string;
  textFormat?: TextFormat;
}

interface CellData {
  userEnteredValue?: unknown;
  userEnteredFormat?: CellFormat;
  note?: string;
  dataValidation?: unknown;
}

interface FilterView {
  filterViewId: number;
  sheetId: number;
  title: string;
  range: GridRange;
  filterSpecs: unknown[];
}

/** One call's payload, as sent: what the bench prints of a batch's size. */
export interface SentCall {
  method: string;
  bytes: number;
  items: number;
}

const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function hex(c: Color | undefined): string | null {
  if (!c) return null;
  const byte = (x: number | undefined) =>
    Math.max(0, Math.min(255, Math.round((x ?? 0) * 255)))
      .toString(16)
      .padStart(2, '0');
  return `#${byte(c.red)}${byte(c.green)}${byte(c.blue)}`;
}

/** Bytes of a payload as JSON in UTF-8. */
function payloadBytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v ?? null), 'utf8');
}

/** The cell formats a fields path sets: each writes its part of `cell` (absent: back to default). */
const FORMAT_FIELDS: Record<string, (cell: Record<string, unknown>, f: CellFormat) => void> = {
  numberFormat: (c, f) => set(c, 'format', f.numberFormat?.pattern ?? ''),
  backgroundColor: (c, f) => set(c, 'background', hex(f.backgroundColor)),
  horizontalAlignment: (c, f) => set(c, 'hAlign', f.horizontalAlignment?.toLowerCase()),
  verticalAlignment: (c, f) => set(c, 'vAlign', f.verticalAlignment?.toLowerCase()),
  wrapStrategy: (c, f) =>
    set(
      c,
      'wrapStrategy',
      f.wrapStrategy === undefined
        ? undefined
        : f.wrapStrategy === 'OVERFLOW_CELL'
          ? 'OVERFLOW'
          : f.wrapStrategy === 'LEGACY_WRAP'
            ? 'WRAP'
            : f.wrapStrategy,
    ),
  'textFormat.fontFamily': (c, f) => set(c, 'fontFamily', f.textFormat?.fontFamily),
  'textFormat.fontSize': (c, f) => set(c, 'fontSize', f.textFormat?.fontSize),
  'textFormat.bold': (c, f) =>
    set(
      c,
      'fontWeight',
      f.textFormat?.bold === undefined ? undefined : f.textFormat.bold ? 'bold' : 'normal',
    ),
  'textFormat.italic': (c, f) =>
    set(
      c,
      'fontStyle',
      f.textFormat?.italic === undefined ? undefined : f.textFormat.italic ? 'italic' : 'normal',
    ),
  'textFormat.foregroundColor': (c, f) => set(c, 'fontColor', hex(f.textFormat?.foregroundColor)),
};

function set(cell: Record<string, unknown>, attr: string, v: unknown): void {
  if (v === undefined || v === null || v === '') delete cell[attr];
  else cell[attr] = v;
}

/** What one path of a CellData mask writes to a cell, from the request's CellData. */
function cellWriter(path: string): ((cell: Record<string, unknown>, d: CellData) => void) | null {
  if (path === 'note') return (c, d) => set(c, 'note', d.note);
  if (path === 'userEnteredValue') {
    return (c, d) => {
      if (d.userEnteredValue !== undefined) throw new Error('values go through Values.batchUpdate');
      c.value = '';
      c.formula = '';
    };
  }
  if (path === 'dataValidation') {
    return (c, d) => {
      if (d.dataValidation !== undefined)
        throw new Error('validations go through setDataValidation');
      delete c.validation;
    };
  }
  if (path === 'userEnteredFormat' || path === 'userEnteredFormat.textFormat') {
    const prefix = path === 'userEnteredFormat' ? '' : 'textFormat.';
    const parts = Object.entries(FORMAT_FIELDS).filter(([k]) => k.startsWith(prefix));
    return (c, d) => {
      const f = d.userEnteredFormat ?? {};
      for (const [, write] of parts) write(c, f);
    };
  }
  const write = path.startsWith('userEnteredFormat.')
    ? FORMAT_FIELDS[path.slice('userEnteredFormat.'.length)]
    : undefined;
  return write ? (c, d) => write(c, d.userEnteredFormat ?? {}) : null;
}

/** A copy of an object's own fields (arrays, maps and sets copied one level), to put back later. */
function saved(o: object): () => void {
  const copy = new Map<string, unknown>();
  for (const [k, v] of Object.entries(o)) {
    copy.set(
      k,
      Array.isArray(v) ? [...v] : v instanceof Map ? new Map(v) : v instanceof Set ? new Set(v) : v,
    );
  }
  return () => {
    const target = o as Record<string, unknown>;
    for (const k of Object.keys(target)) if (!copy.has(k)) delete target[k];
    for (const [k, v] of copy) target[k] = v;
  };
}

/** The spreadsheet's state, to undo a batch that failed half-way (the API applies none of it). */
function snapshot(ss: Spreadsheet, views: FilterView[]): () => void {
  const undo: (() => void)[] = [saved(ss)];
  for (const sheet of ss._sheets) {
    undo.push(saved(sheet));
    const rows = sheet._rows.map((line) =>
      line?.map((c) => (c ? { ...c, ...(c.border ? { border: { ...c.border } } : {}) } : c)),
    );
    undo.push(() => {
      sheet._rows = rows.map((line) => line?.map((c) => (c ? { ...c } : c)));
    });
  }
  for (const p of ss._protections) undo.push(saved(p));
  const viewsCopy = views.map((v) => ({ ...v }));
  undo.push(() => views.splice(0, views.length, ...viewsCopy));
  return () => undo.forEach((f) => f());
}

/** The cells of some ranges, to undo a values call that failed half-way (values touch nothing else). */
function cellsSnapshot(areas: { sheet: Sheet; rect: Rect }[]): () => void {
  const saved = areas.map(({ sheet, rect }) => {
    const cells: unknown[][] = [];
    for (let i = 0; i < rect.numRows; i++) {
      const line = sheet._rows[rect.row - 1 + i];
      cells.push(
        Array.from({ length: rect.numColumns }, (_, j) => {
          const c = line?.[rect.column - 1 + j];
          return c ? { ...c } : undefined;
        }),
      );
    }
    return { sheet, rect, cells };
  });
  return () => {
    for (const { sheet, rect, cells } of saved) {
      cells.forEach((line, i) => {
        const row = (sheet._rows[rect.row - 1 + i] ??= []);
        line.forEach((c, j) => {
          row[rect.column - 1 + j] = c as (typeof row)[number];
        });
      });
    }
  };
}

/** A partial-response mask ("sheets(properties(sheetId,title)),properties.locale") as a tree. */
type Mask = Map<string, Mask | null>;

function parseMask(text: string): Mask {
  let i = 0;
  const level = (): Mask => {
    const out: Mask = new Map();
    let name = '';
    const add = (sub: Mask | null) => {
      const path = name.trim().split('.');
      name = '';
      if (path[0] === '') return;
      let at = out;
      path.forEach((part, k) => {
        if (k === path.length - 1) {
          at.set(part, sub);
          return;
        }
        let next = at.get(part);
        if (!next) {
          next = new Map();
          at.set(part, next);
        }
        at = next;
      });
    };
    while (i < text.length) {
      const ch = text[i++]!;
      if (ch === '(') {
        add(level());
      } else if (ch === ')') {
        add(null);
        return out;
      } else if (ch === ',') add(null);
      else name += ch;
    }
    add(null);
    return out;
  };
  return level();
}

/** Only the fields the mask names, as the API answers a request with `fields`. */
function masked(v: unknown, mask: Mask | null): unknown {
  if (mask === null || typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map((x) => masked(x, mask));
  const out: Record<string, unknown> = {};
  for (const [k, sub] of mask) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined) out[k] = masked(x, sub);
  }
  return out;
}

export class SheetsSpreadsheets {
  readonly _apiName = 'Sheets.Spreadsheets';
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1_000_001;
  readonly _filterViews: FilterView[] = [];
  /** Every call's payload, in order. */
  readonly _sent: SentCall[] = [];
  /** `Sheets.Spreadsheets.Values`, set by the fake (a proxy, so that its calls are counted). */
  Values: SheetsValues | null = null;

  constructor(
    readonly _core: FakeCore,
    readonly _ss: Spreadsheet,
  ) {}

  /** A lasting id for a protection or a chart (the API numbers them; the fake's objects are not). */
  _idOf(o: object): number {
    let id = this.ids.get(o);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(o, id);
    }
    return id;
  }

  private sheetOf(id: number | undefined, method: string, at: string): Sheet {
    const sheet = this._ss._sheets.find((s) => s._id === (id ?? 0));
    if (!sheet) throw apiError(method, `Invalid ${at}: No grid with id: ${id ?? 0}`);
    return sheet;
  }

  /** The cells of a GridRange (unbounded sides run to the sheet's edge), checked against the grid. */
  private rangeOf(g: GridRange, method: string, at: string): Range {
    const sheet = this.sheetOf(g.sheetId, method, at);
    const r0 = g.startRowIndex ?? 0;
    const r1 = g.endRowIndex ?? sheet._maxRows;
    const c0 = g.startColumnIndex ?? 0;
    const c1 = g.endColumnIndex ?? sheet._maxColumns;
    if (r0 < 0 || c0 < 0 || r1 <= r0 || c1 <= c0) {
      throw apiError(method, `Invalid ${at}: the range is empty or reversed`);
    }
    if (r1 > sheet._maxRows || c1 > sheet._maxColumns) {
      throw apiError(
        method,
        `Invalid ${at}: Range exceeds grid limits. Max rows: ${sheet._maxRows}, max columns: ${sheet._maxColumns}`,
      );
    }
    return new Range(sheet, { row: r0 + 1, column: c0 + 1, numRows: r1 - r0, numColumns: c1 - c0 });
  }

  get(spreadsheetId: unknown, optionalArgs?: unknown): unknown {
    if (spreadsheetId !== this._ss._init.id) {
      throw apiError('get', 'Requested entity was not found.');
    }
    const e = optionalArgs === undefined ? null : check(optionalArgs, GET_ARGS, 'get');
    if (e) throw apiError('get', e);
    this._sent.push({ method: 'get', bytes: payloadBytes(optionalArgs), items: 1 });
    const me = this._core.user;
    const fields = (optionalArgs as { fields?: string } | undefined)?.fields;
    const all = {
      spreadsheetId,
      properties: { title: this._ss._name, locale: this._ss._locale, timeZone: this._ss._timeZone },
      sheets: this._ss._sheets.map((sheet, index) => ({
        properties: {
          sheetId: sheet._id,
          title: sheet._name,
          index,
          sheetType: 'GRID',
          gridProperties: {
            rowCount: sheet._maxRows,
            columnCount: sheet._maxColumns,
            ...(sheet._frozenRows ? { frozenRowCount: sheet._frozenRows } : {}),
            ...(sheet._frozenColumns ? { frozenColumnCount: sheet._frozenColumns } : {}),
          },
          ...(sheet._hidden ? { hidden: true } : {}),
        },
        protectedRanges: this._ss._protections
          .filter((p) => p._sheet === sheet && !p._removed)
          .map((p) => ({
            protectedRangeId: this._idOf(p),
            range:
              p._type === 'SHEET' || !p._rect
                ? { sheetId: sheet._id }
                : {
                    sheetId: sheet._id,
                    startRowIndex: p._rect.row - 1,
                    endRowIndex: p._rect.row - 1 + p._rect.numRows,
                    startColumnIndex: p._rect.column - 1,
                    endColumnIndex: p._rect.column - 1 + p._rect.numColumns,
                  },
            description: p._description,
            requestingUserCanEdit: p._allows(me),
          })),
        filterViews: this._filterViews
          .filter((v) => v.sheetId === sheet._id)
          .map((v) => ({ filterViewId: v.filterViewId, title: v.title })),
        conditionalFormats: sheet._conditionalRules.map(() => ({
          ranges: [{ sheetId: sheet._id }],
        })),
        charts: sheet._charts.map((c) => ({ chartId: this._idOf(c) })),
        ...(sheet._filter ? { basicFilter: { range: { sheetId: sheet._id } } } : {}),
      })),
    };
    // the product gets only what it asked for, as from the API
    return fields === undefined ? all : masked(all, parseMask(fields));
  }

  batchUpdate(resource: unknown, spreadsheetId: unknown): unknown {
    const method = 'batchUpdate';
    if (spreadsheetId !== this._ss._init.id)
      throw apiError(method, 'Requested entity was not found.');
    const body = JSON.parse(JSON.stringify(resource ?? null)) as { requests?: unknown };
    if (typeof body !== 'object' || body === null || !Array.isArray(body.requests)) {
      throw apiError(method, "Invalid JSON payload received. 'requests' must be a list.");
    }
    const requests = body.requests as Record<string, unknown>[];
    // every request checked before any is applied, as the API refuses the whole batch
    requests.forEach((req, i) => {
      const at = `requests[${i}]`;
      if (typeof req !== 'object' || req === null)
        throw apiError(method, `Invalid value at '${at}'`);
      const kinds = Object.keys(req);
      if (kinds.length !== 1) {
        throw apiError(
          method,
          kinds.length === 0
            ? `Invalid ${at}: request must have one kind`
            : `Invalid value at '${at}' (oneof), oneof field 'kind' is already set. Cannot overwrite with '${snake(kinds[1]!)}'`,
        );
      }
      const kind = kinds[0]!;
      const schema = REQUESTS[kind];
      if (!schema) {
        throw apiError(
          method,
          `Invalid JSON payload received. Unknown name "${kind}" at '${at}': Cannot find field.`,
        );
      }
      const e = check(req[kind], schema, `${at}.${snake(kind)}`);
      if (e) throw apiError(method, e);
      const masked = MASKED[kind];
      const fields = (req[kind] as { fields?: string }).fields;
      if (masked && (fields === undefined || !maskOk(fields, masked))) {
        throw apiError(method, `Invalid ${at}.${kind}: fields mask names no field of the message`);
      }
      if (kind === 'updateCells') {
        const u = req[kind] as { start?: unknown; range?: unknown };
        if ((u.start === undefined) === (u.range === undefined)) {
          throw apiError(
            method,
            `Invalid ${at}.updateCells: exactly one of start and range must be set`,
          );
        }
      }
    });
    this._sent.push({ method, bytes: payloadBytes(resource), items: requests.length });
    this._core.recordWrite('Sheets.Spreadsheets.batchUpdate');
    const undo = snapshot(this._ss, this._filterViews);
    try {
      const replies = requests.map((req, i) => this.applyOne(req, `requests[${i}]`));
      return { spreadsheetId, replies };
    } catch (e) {
      undo();
      throw e;
    }
  }

  /** One request applied; what SpreadsheetApp's own checks refuse is said as the API says it. */
  private applyOne(req: Record<string, unknown>, at: string): unknown {
    try {
      return this.apply(req, at);
    } catch (e) {
      if (isAppsScriptException(e) && !e.message.startsWith('API call to')) {
        throw apiError('batchUpdate', `Invalid ${at}.${Object.keys(req)[0]}: ${e.message}`);
      }
      throw e;
    }
  }

  /** Writes `write` to every cell of `range`, as one change (permission checked once). */
  private cells(
    range: Range,
    what: string,
    write: (cell: Record<string, unknown>, i: number, j: number) => void,
  ): void {
    const sheet = range._sheet;
    const rect = range._rect();
    this._ss._assertCanEdit(sheet, rect, what);
    for (let i = 0; i < rect.numRows; i++) {
      for (let j = 0; j < rect.numColumns; j++) {
        write(
          sheet._cellForWrite(rect.row + i, rect.column + j) as unknown as Record<string, unknown>,
          i,
          j,
        );
      }
    }
  }

  private writers(
    fields: string,
    where: string,
  ): ((c: Record<string, unknown>, d: CellData) => void)[] {
    return fields.split(',').map((path) => {
      const w = cellWriter(path.trim());
      if (!w)
        throw apiError('batchUpdate', `Invalid ${where}: the fake does not apply field ${path}`);
      return w;
    });
  }

  private apply(req: Record<string, unknown>, at: string): unknown {
    const m = 'batchUpdate';
    const [kind, body] = Object.entries(req)[0] as [string, unknown];
    const where = `${at}.${kind}`;
    switch (kind) {
      case 'addSheet': {
        const p = (body as { properties?: SheetProps }).properties ?? {};
        const title = p.title ?? `Sheet${this._ss._sheets.length + 1}`;
        if (this._ss._nameTaken(title)) {
          throw apiError(
            m,
            `Invalid ${where}: A sheet with the name "${title}" already exists. Please enter another name.`,
          );
        }
        if (
          p.sheetId !== undefined &&
          (p.sheetId < 0 || this._ss._sheets.some((s) => s._id === p.sheetId))
        ) {
          throw apiError(m, `Invalid ${where}: sheetId ${p.sheetId} is already in use or negative`);
        }
        const index = p.index ?? this._ss._sheets.length;
        if (index < 0 || index > this._ss._sheets.length) {
          throw apiError(m, `Invalid ${where}: index ${index} is out of range`);
        }
        if (!this._core.userCanEditFile())
          throw exception('You do not have permission to edit this spreadsheet.');
        const rows = p.gridProperties?.rowCount ?? 1000;
        const cols = p.gridProperties?.columnCount ?? 26;
        this._ss._assertCellBudget(rows * cols);
        const id = p.sheetId ?? 1_500_000 + this._ss._sheets.length;
        const sheet = new Sheet(this._ss, id, title, rows, cols);
        this._ss._sheets.splice(index, 0, sheet);
        this._core.recordWrite(`Sheets addSheet ${title}`);
        this.sheetProperties(
          sheet,
          { ...p, gridProperties: { ...p.gridProperties } },
          [
            'gridProperties.frozenRowCount',
            'gridProperties.frozenColumnCount',
            'hidden',
            'tabColor',
          ].filter((f) => has(p, f)),
        );
        return { addSheet: { properties: { sheetId: id, title, index } } };
      }
      case 'deleteSheet': {
        const sheet = this.sheetOf((body as { sheetId: number }).sheetId, m, where);
        this._ss.deleteSheet(sheet);
        return {};
      }
      case 'updateSheetProperties': {
        const b = body as { properties: SheetProps; fields: string };
        const sheet = this.sheetOf(b.properties.sheetId, m, where);
        this.sheetProperties(
          sheet,
          b.properties,
          b.fields.split(',').map((f) => f.trim()),
        );
        return {};
      }
      case 'updateCells': {
        const b = body as {
          rows?: { values?: CellData[] }[];
          fields: string;
          start?: { sheetId?: number; rowIndex?: number; columnIndex?: number };
          range?: GridRange;
        };
        const writers = this.writers(b.fields, where);
        const rows = b.rows ?? [];
        const range = b.range
          ? this.rangeOf(b.range, m, where)
          : this.rangeOf(
              {
                sheetId: b.start?.sheetId ?? 0,
                startRowIndex: b.start?.rowIndex ?? 0,
                endRowIndex: (b.start?.rowIndex ?? 0) + Math.max(1, rows.length),
                startColumnIndex: b.start?.columnIndex ?? 0,
                endColumnIndex:
                  (b.start?.columnIndex ?? 0) +
                  Math.max(1, ...rows.map((r) => r.values?.length ?? 0)),
              },
              m,
              where,
            );
        this.cells(range, 'Sheets updateCells', (cell, i, j) => {
          const d = rows[i]?.values?.[j] ?? {};
          for (const w of writers) w(cell, d);
        });
        if (b.fields.split(',').some((f) => f.trim() === 'userEnteredFormat')) {
          // a cell's borders are part of its format
          const rect = range._rect();
          range._sheet._borders = range._sheet._borders.filter((x) => !containsRect(rect, x.rect));
        }
        return {};
      }
      case 'repeatCell': {
        const b = body as { range: GridRange; cell?: CellData; fields: string };
        const writers = this.writers(b.fields, where);
        const d = b.cell ?? {};
        this.cells(this.rangeOf(b.range, m, where), 'Sheets repeatCell', (cell) => {
          for (const w of writers) w(cell, d);
        });
        return {};
      }
      case 'updateBorders': {
        const b = body as Record<string, { style?: string; color?: Color } | undefined> & {
          range: GridRange;
        };
        const side = (k: string) => {
          const s = b[k];
          return s === undefined ? null : s.style !== 'NONE';
        };
        const args: unknown[] = [
          'top',
          'left',
          'bottom',
          'right',
          'innerVertical',
          'innerHorizontal',
        ].map(side);
        const colored = Object.values(b).find((x) => x && typeof x === 'object' && 'color' in x) as
          { color?: Color; style?: string } | undefined;
        if (colored) args.push(hex(colored.color), colored.style ?? 'SOLID');
        this.rangeOf(b.range, m, where).setBorder(...args);
        return {};
      }
      case 'mergeCells': {
        const b = body as { range: GridRange; mergeType?: string };
        const r = this.rangeOf(b.range, m, where);
        if (b.mergeType === 'MERGE_ROWS') r.mergeAcross();
        else if (b.mergeType === 'MERGE_COLUMNS') r.mergeVertically();
        else r.merge();
        return {};
      }
      case 'unmergeCells': {
        this.rangeOf((body as { range: GridRange }).range, m, where).breakApart();
        return {};
      }
      case 'updateDimensionProperties': {
        const b = body as {
          range: { sheetId?: number; dimension?: string; startIndex?: number; endIndex?: number };
          properties: { pixelSize?: number };
        };
        const sheet = this.sheetOf(b.range.sheetId, m, where);
        const start = b.range.startIndex ?? 0;
        const rows = b.range.dimension === 'ROWS';
        const end = b.range.endIndex ?? (rows ? sheet._maxRows : sheet._maxColumns);
        const px = b.properties.pixelSize ?? 0;
        if (b.range.dimension === undefined) {
          throw apiError(m, `Invalid ${where}: dimension must be set`);
        }
        if (rows) sheet.setRowHeights(start + 1, end - start, px);
        else sheet.setColumnWidths(start + 1, end - start, px);
        return {};
      }
      case 'setDataValidation': {
        const b = body as {
          range: GridRange;
          rule?: {
            condition?: { type?: string; values?: { userEnteredValue?: string }[] };
            inputMessage?: string;
            strict?: boolean;
            showCustomUi?: boolean;
          };
        };
        const r = this.rangeOf(b.range, m, where);
        if (!b.rule) {
          r.setDataValidation(null);
          return {};
        }
        const c = b.rule.condition;
        let builder = new DataValidationBuilder();
        if (c?.type === 'ONE_OF_LIST') {
          const values = (c.values ?? []).map((v) => v.userEnteredValue ?? '');
          if (values.length === 0) {
            throw apiError(m, `Invalid ${where}: ONE_OF_LIST needs at least one value`);
          }
          builder = builder.requireValueInList(values, b.rule.showCustomUi ?? false);
        } else if (c?.type === 'DATE_IS_VALID') builder = builder.requireDate();
        else throw apiError(m, `Invalid ${where}: the rule has no condition`);
        builder = builder.setAllowInvalid(!(b.rule.strict ?? false));
        if (b.rule.inputMessage) builder = builder.setHelpText(b.rule.inputMessage);
        r.setDataValidation(builder.build());
        return {};
      }
      case 'addConditionalFormatRule': {
        const b = body as {
          rule: {
            ranges?: GridRange[];
            booleanRule?: {
              condition?: { type?: string; values?: { userEnteredValue?: string }[] };
              format?: CellFormat;
            };
          };
          index?: number;
        };
        const ranges = (b.rule.ranges ?? []).map((g) => this.rangeOf(g, m, where));
        const sheet = ranges[0]?._sheet;
        if (!sheet || ranges.some((r) => r._sheet !== sheet)) {
          throw apiError(m, `Invalid ${where}: rule ranges must be on one sheet`);
        }
        const rule = b.rule.booleanRule;
        if (!rule?.condition || rule.condition.type !== 'TEXT_EQ') {
          throw apiError(m, `Invalid ${where}: the rule has no condition`);
        }
        let builder = new ConditionalFormatRuleBuilder().whenTextEqualTo(
          rule.condition.values?.[0]?.userEnteredValue ?? '',
        );
        const fill = hex(rule.format?.backgroundColor);
        const font = hex(rule.format?.textFormat?.foregroundColor);
        if (fill) builder = builder.setBackground(fill);
        if (font) builder = builder.setFontColor(font);
        const index = b.index ?? 0;
        if (index < 0 || index > sheet._conditionalRules.length) {
          throw apiError(m, `Invalid ${where}: index ${index} is out of range`);
        }
        this._ss._assertCanEditStructure(sheet, 'Sheets addConditionalFormatRule');
        sheet._conditionalRules.splice(index, 0, builder.setRanges(ranges).build());
        return {};
      }
      case 'deleteConditionalFormatRule': {
        const b = body as { sheetId?: number; index?: number };
        const sheet = this.sheetOf(b.sheetId, m, where);
        const index = b.index ?? 0;
        if (index < 0 || index >= sheet._conditionalRules.length) {
          throw apiError(
            m,
            `Invalid ${where}: No conditional format on sheet: ${sheet._id} at index: ${index}`,
          );
        }
        this._ss._assertCanEditStructure(sheet, 'Sheets deleteConditionalFormatRule');
        sheet._conditionalRules.splice(index, 1);
        return {};
      }
      case 'setBasicFilter': {
        const r = this.rangeOf((body as { filter: { range: GridRange } }).filter.range, m, where);
        // the sheet's basic filter is replaced
        r._sheet._filter = null;
        r.createFilter();
        return {};
      }
      case 'clearBasicFilter': {
        const sheet = this.sheetOf((body as { sheetId: number }).sheetId, m, where);
        sheet._filter?.remove();
        return {};
      }
      case 'deleteEmbeddedObject': {
        const id = (body as { objectId: number }).objectId;
        for (const sheet of this._ss._sheets) {
          const chart = sheet._charts.find((c: EmbeddedChart) => this.ids.get(c) === id);
          if (chart) {
            sheet.removeChart(chart);
            return {};
          }
        }
        throw apiError(m, `Invalid ${where}: No embedded object with id: ${id}`);
      }
      case 'addProtectedRange': {
        const b = body as {
          protectedRange: {
            range?: GridRange;
            description?: string;
            warningOnly?: boolean;
            editors?: { users?: string[]; domainUsersCanEdit?: boolean };
            unprotectedRanges?: GridRange[];
          };
        };
        const pr = b.protectedRange;
        if (!pr.range) throw apiError(m, `Invalid ${where}: protectedRange.range must be set`);
        const sheet = this.sheetOf(pr.range.sheetId, m, where);
        const whole =
          pr.range.startRowIndex === undefined &&
          pr.range.endRowIndex === undefined &&
          pr.range.startColumnIndex === undefined &&
          pr.range.endColumnIndex === undefined;
        if (
          whole &&
          this._ss._protections.some(
            (p) => p._type === 'SHEET' && p._sheet === sheet && !p._removed,
          )
        ) {
          throw apiError(m, `Invalid ${where}: The sheet is already protected.`);
        }
        if (!whole && pr.unprotectedRanges?.length) {
          throw apiError(m, `Invalid ${where}: unprotectedRanges are only for a protected sheet`);
        }
        const rect = whole ? null : this.rangeOf(pr.range, m, where)._rect();
        const unprotected = (pr.unprotectedRanges ?? []).map((u) => {
          const r = this.rangeOf(u, m, where);
          if (r._sheet !== sheet)
            throw apiError(m, `Invalid ${where}: unprotected range on another sheet`);
          return r._rect();
        });
        if (whole) this._ss._assertCanEditStructure(sheet, 'Sheets.Spreadsheets.batchUpdate');
        const p = new Protection(this._ss, whole ? 'SHEET' : 'RANGE', sheet, rect);
        // the owner and whoever made it keep access, as with SpreadsheetApp
        const editors = [this._core.owner, this._core.user, ...(pr.editors?.users ?? [])];
        p._mirrorsFile = false;
        p._editors = editors.filter(
          (e, i) => editors.findIndex((x) => x.toLowerCase() === e.toLowerCase()) === i,
        );
        p._domainEdit = pr.editors?.domainUsersCanEdit ?? false;
        p._description = pr.description ?? '';
        p._warningOnly = pr.warningOnly ?? false;
        p._unprotected = unprotected;
        this._ss._protections.push(p);
        return { addProtectedRange: { protectedRange: { protectedRangeId: this._idOf(p) } } };
      }
      case 'deleteProtectedRange': {
        const id = (body as { protectedRangeId: number }).protectedRangeId;
        const p = this._ss._protections.find((x) => this.ids.get(x) === id && !x._removed);
        if (!p) throw apiError(m, `Invalid ${where}: No protected range with id: ${id}`);
        p.remove();
        return {};
      }
      case 'addFilterView': {
        const f = (
          body as { filter: { title?: string; range?: GridRange; filterSpecs?: unknown[] } }
        ).filter;
        const range = f.range ?? {};
        const sheet = this.rangeOf(range, m, where)._sheet;
        const view: FilterView = {
          filterViewId: this.nextId++,
          sheetId: sheet._id,
          title: f.title ?? '',
          range,
          filterSpecs: f.filterSpecs ?? [],
        };
        this._filterViews.push(view);
        return { addFilterView: { filter: { filterViewId: view.filterViewId } } };
      }
      case 'deleteFilterView': {
        const id = (body as { filterId: number }).filterId;
        const i = this._filterViews.findIndex((v) => v.filterViewId === id);
        if (i < 0) throw apiError(m, `Invalid ${where}: No filter view with id: ${id}`);
        this._filterViews.splice(i, 1);
        return {};
      }
      default:
        throw apiError(m, `Invalid ${at}: unsupported request`);
    }
  }

  /** Sheet properties named by `fields`, through the sheet's own checks. */
  private sheetProperties(sheet: Sheet, p: SheetProps, fields: string[]): void {
    const g = p.gridProperties ?? {};
    const known = new Set([
      'gridProperties.rowCount',
      'gridProperties.columnCount',
      'gridProperties.frozenRowCount',
      'gridProperties.frozenColumnCount',
      'hidden',
      'tabColor',
      'title',
    ]);
    for (const f of fields) {
      if (!known.has(f))
        throw apiError(
          'batchUpdate',
          `Invalid updateSheetProperties: the fake does not apply field ${f}`,
        );
    }
    const want = new Set(fields);
    const resize = (
      count: number | undefined,
      now: number,
      grow: (n: number) => void,
      shrink: (n: number) => void,
    ) => {
      const n = count ?? 0;
      if (n < 1) throw exception('The grid must keep at least one row and one column.');
      if (n > now) grow(n - now);
      else if (n < now) shrink(now - n);
    };
    if (want.has('gridProperties.rowCount')) {
      resize(
        g.rowCount,
        sheet._maxRows,
        (n) => sheet.insertRowsAfter(sheet._maxRows, n),
        (n) => sheet.deleteRows(sheet._maxRows - n + 1, n),
      );
    }
    if (want.has('gridProperties.columnCount')) {
      resize(
        g.columnCount,
        sheet._maxColumns,
        (n) => sheet.insertColumnsAfter(sheet._maxColumns, n),
        (n) => sheet.deleteColumns(sheet._maxColumns - n + 1, n),
      );
    }
    if (want.has('gridProperties.frozenRowCount')) sheet.setFrozenRows(g.frozenRowCount ?? 0);
    if (want.has('gridProperties.frozenColumnCount'))
      sheet.setFrozenColumns(g.frozenColumnCount ?? 0);
    if (want.has('title') && p.title !== undefined) sheet.setName(p.title);
    if (want.has('tabColor')) sheet.setTabColor(hex(p.tabColor));
    if (want.has('hidden')) {
      if (p.hidden) {
        if (!sheet._hidden) sheet.hideSheet();
      } else if (sheet._hidden) sheet.showSheet();
    }
  }
}

interface SheetProps {
  sheetId?: number;
  title?: string;
  index?: number;
  gridProperties?: {
    rowCount?: number;
    columnCount?: number;
    frozenRowCount?: number;
    frozenColumnCount?: number;
  };
  hidden?: boolean;
  tabColor?: Color;
}

/** Is the dotted path set in `o`? */
function has(o: object, path: string): boolean {
  let v: unknown = o;
  for (const part of path.split('.')) {
    if (typeof v !== 'object' || v === null || !(part in v)) return false;
    v = (v as Record<string, unknown>)[part];
  }
  return v !== undefined;
}

/**
 * `Sheets.Spreadsheets.Values`: values written as typed (`USER_ENTERED`, as setValues writes
 * them) or as they are (`RAW`), and whole sheets read as getValues reads them.
 */
export class SheetsValues {
  readonly _apiName = 'Sheets.Spreadsheets.Values';

  constructor(
    private readonly api: SheetsSpreadsheets,
    private readonly ss: Spreadsheet,
  ) {}

  /** The sheet and cells of an A1 range ("'Theo dõi'!A1:K40", or a sheet's name alone). */
  private range(a1: string, method: string): Range {
    const parsed = parseA1(a1.includes('!') ? a1 : `${a1}!A:ZZZ`);
    const sheet = parsed?.sheetName ? this.ss._sheetByNameExact(parsed.sheetName) : null;
    if (!parsed || !sheet) throw apiError(method, `Unable to parse range: ${a1}`);
    return sheet._rangeFromParsed({
      ...parsed,
      endColumn:
        parsed.endColumn === null
          ? sheet._maxColumns
          : Math.min(parsed.endColumn, sheet._maxColumns),
    });
  }

  batchUpdate(resource: unknown, spreadsheetId: unknown): unknown {
    const method = 'values.batchUpdate';
    if (spreadsheetId !== this.ss._init.id)
      throw apiError(method, 'Requested entity was not found.');
    const e = check(resource, VALUES_UPDATE, 'body');
    if (e) throw apiError(method, e);
    const body = resource as {
      valueInputOption?: string;
      data?: { range: string; values?: unknown[][] }[];
    };
    if (!body.valueInputOption) {
      throw apiError(method, "'valueInputOption' is required but not specified");
    }
    const data = body.data ?? [];
    // every range checked before any is written
    const targets = data.map((d) => {
      const r = this.range(d.range, method);
      const values = d.values ?? [];
      const rect = r._rect();
      const width = Math.max(0, ...values.map((line) => line.length));
      if (values.length > rect.numRows || width > rect.numColumns) {
        throw apiError(
          method,
          `Requested writing within range [${d.range}], but tried writing to ${values.length > rect.numRows ? `row [${rect.row + values.length - 1}]` : `column [${width}]`}`,
        );
      }
      return { r, values, rect };
    });
    this.api._sent.push({ method, bytes: payloadBytes(resource), items: data.length });
    const undo = cellsSnapshot(targets.map((t) => ({ sheet: t.r._sheet, rect: t.rect })));
    try {
      for (const { r, values, rect } of targets) {
        if (values.length === 0) continue;
        const width = Math.max(...values.map((line) => line.length));
        const block = new Range(r._sheet, {
          row: rect.row,
          column: rect.column,
          numRows: values.length,
          numColumns: width,
        });
        const typed = values.map((line) => {
          const full = [...line];
          while (full.length < width) full.push(null);
          return body.valueInputOption === 'RAW'
            ? full.map((v) => (typeof v === 'string' ? `'${v}` : v))
            : full;
        });
        // null leaves a cell as it is in the API; the product never sends one
        if (typed.some((line) => line.some((v) => v === null))) {
          throw apiError(method, 'the fake does not write null values');
        }
        block._writeValues(typed, 'Sheets.Spreadsheets.Values.batchUpdate');
      }
    } catch (err) {
      undo();
      if (isAppsScriptException(err) && !err.message.startsWith('API call to')) {
        throw apiError(method, err.message);
      }
      throw err;
    }
    return { spreadsheetId, totalUpdatedCells: targets.reduce((n, t) => n + t.values.length, 0) };
  }

  batchGet(spreadsheetId: unknown, optionalArgs?: unknown): unknown {
    const method = 'values.batchGet';
    if (spreadsheetId !== this.ss._init.id)
      throw apiError(method, 'Requested entity was not found.');
    const e = check(optionalArgs ?? {}, VALUES_GET, 'params');
    if (e) throw apiError(method, e);
    const args = (optionalArgs ?? {}) as {
      ranges?: string[];
      valueRenderOption?: string;
      dateTimeRenderOption?: string;
    };
    if (
      args.valueRenderOption !== 'UNFORMATTED_VALUE' ||
      args.dateTimeRenderOption !== 'SERIAL_NUMBER'
    ) {
      throw apiError(method, 'the fake reads UNFORMATTED_VALUE with SERIAL_NUMBER dates only');
    }
    this.api._sent.push({
      method,
      bytes: payloadBytes(optionalArgs),
      items: args.ranges?.length ?? 0,
    });
    const tz = this.ss._timeZone;
    const valueRanges = (args.ranges ?? []).map((a1) => {
      const r = this.range(a1, method);
      const sheet = r._sheet;
      const rect: Rect = a1.includes('!')
        ? r._rect()
        : {
            row: 1,
            column: 1,
            numRows: sheet.getLastRow() || 1,
            numColumns: sheet.getLastColumn() || 1,
          };
      const rows: unknown[][] = [];
      for (let i = 0; i < rect.numRows; i++) {
        const line: unknown[] = [];
        for (let j = 0; j < rect.numColumns; j++) {
          const v = sheet._readValue(rect.row + i, rect.column + j);
          if (isDate(v)) {
            const w = wallClock(v.getTime(), tz);
            line.push(
              (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond) -
                EPOCH_MS) /
                DAY_MS,
            );
          } else line.push(v);
        }
        // the API leaves out trailing empty cells, and empty rows at the end
        while (line.length > 0 && line[line.length - 1] === '') line.pop();
        rows.push(line);
      }
      while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
      return {
        range: a1,
        majorDimension: 'ROWS',
        ...(rows.length > 0 ? { values: rows } : {}),
      };
    });
    return { spreadsheetId, valueRanges };
  }
}
