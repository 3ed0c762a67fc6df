/**
 * The advanced Sheets service (`Sheets.Spreadsheets`, Sheets API v4) over the fake spreadsheet,
 * for the requests the product sends: get (sheets, their protected ranges and filter views) and
 * batchUpdate with repeatCell (number formats), mergeCells, updateDimensionProperties,
 * setDataValidation, addProtectedRange, deleteProtectedRange, addFilterView and
 * deleteFilterView. As strict as the API about shape: every request is checked against its
 * message before any is applied (a name the message lacks, a value of the wrong type, an enum
 * value it does not have, two kinds in one request, a fields mask naming nothing), with the
 * API's wording, as a GoogleJsonResponseException; grid ids and ranges are checked against the
 * sheets. A field of the real API the product does not send is refused as unknown.
 */
import { exception } from './errors';
import type { FakeCore } from './core';
import {
  DataValidationBuilder,
  Protection,
  Range,
  type Sheet,
  type Spreadsheet,
} from './spreadsheet';

type Schema =
  | 'int'
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

const REQUESTS: Record<string, Schema> = {
  repeatCell: {
    range: GRID_RANGE,
    cell: {
      userEnteredFormat: {
        numberFormat: {
          type: {
            enum: [
              'TEXT',
              'NUMBER',
              'PERCENT',
              'CURRENCY',
              'DATE',
              'TIME',
              'DATE_TIME',
              'SCIENTIFIC',
            ],
          },
          pattern: 'string',
        },
      },
    },
    fields: 'string',
  },
  mergeCells: {
    range: GRID_RANGE,
    mergeType: { enum: ['MERGE_ALL', 'MERGE_COLUMNS', 'MERGE_ROWS'] },
  },
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
  setDataValidation: {
    range: GRID_RANGE,
    rule: {
      condition: CONDITION(['ONE_OF_LIST', 'DATE_IS_VALID']),
      inputMessage: 'string',
      strict: 'bool',
      showCustomUi: 'bool',
    },
  },
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

interface FilterView {
  filterViewId: number;
  sheetId: number;
  title: string;
  range: GridRange;
  filterSpecs: unknown[];
}

export class SheetsSpreadsheets {
  readonly _apiName = 'Sheets.Spreadsheets';
  private readonly ids = new WeakMap<Protection, number>();
  private nextId = 1_000_001;
  readonly _filterViews: FilterView[] = [];

  constructor(
    readonly _core: FakeCore,
    readonly _ss: Spreadsheet,
  ) {}

  private idOf(p: Protection): number {
    let id = this.ids.get(p);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(p, id);
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
    void optionalArgs;
    return {
      spreadsheetId,
      sheets: this._ss._sheets.map((sheet, index) => ({
        properties: { sheetId: sheet._id, title: sheet._name, index },
        protectedRanges: this._ss._protections
          .filter((p) => p._sheet === sheet)
          .map((p) => ({
            protectedRangeId: this.idOf(p),
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
          })),
        filterViews: this._filterViews
          .filter((v) => v.sheetId === sheet._id)
          .map((v) => ({ filterViewId: v.filterViewId, title: v.title })),
      })),
    };
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
      const fields = (req[kind] as { fields?: string }).fields;
      if (
        kind === 'repeatCell' &&
        (fields === undefined || !maskOk(fields, (schema as Record<string, Schema>).cell!))
      ) {
        throw apiError(method, `Invalid ${at}.repeatCell: fields mask names no field of the cell`);
      }
      if (
        kind === 'updateDimensionProperties' &&
        (fields === undefined || !maskOk(fields, (schema as Record<string, Schema>).properties!))
      ) {
        throw apiError(
          method,
          `Invalid ${at}.updateDimensionProperties: fields mask names no property`,
        );
      }
    });
    this._core.recordWrite('Sheets.Spreadsheets.batchUpdate');
    const replies = requests.map((req, i) => this.apply(req, `requests[${i}]`));
    return { spreadsheetId, replies };
  }

  private apply(req: Record<string, unknown>, at: string): unknown {
    const m = 'batchUpdate';
    const [kind, body] = Object.entries(req)[0] as [string, unknown];
    switch (kind) {
      case 'repeatCell': {
        const b = body as {
          range: GridRange;
          cell: { userEnteredFormat?: { numberFormat?: { pattern?: string } } };
        };
        const pattern = b.cell.userEnteredFormat?.numberFormat?.pattern ?? '';
        this.rangeOf(b.range, m, `${at}.repeatCell`).setNumberFormat(pattern);
        return {};
      }
      case 'mergeCells': {
        const b = body as { range: GridRange; mergeType?: string };
        const r = this.rangeOf(b.range, m, `${at}.mergeCells`);
        if (b.mergeType === 'MERGE_ROWS') r.mergeAcross();
        else if (b.mergeType === 'MERGE_COLUMNS') r.mergeVertically();
        else r.merge();
        return {};
      }
      case 'updateDimensionProperties': {
        const b = body as {
          range: { sheetId?: number; dimension?: string; startIndex?: number; endIndex?: number };
          properties: { pixelSize?: number };
        };
        const sheet = this.sheetOf(b.range.sheetId, m, `${at}.updateDimensionProperties`);
        const start = b.range.startIndex ?? 0;
        const rows = b.range.dimension === 'ROWS';
        const end = b.range.endIndex ?? (rows ? sheet._maxRows : sheet._maxColumns);
        const px = b.properties.pixelSize ?? 0;
        if (b.range.dimension === undefined) {
          throw apiError(m, `Invalid ${at}.updateDimensionProperties: dimension must be set`);
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
        const r = this.rangeOf(b.range, m, `${at}.setDataValidation`);
        if (!b.rule) {
          r.setDataValidation(null);
          return {};
        }
        const c = b.rule.condition;
        let builder = new DataValidationBuilder();
        if (c?.type === 'ONE_OF_LIST') {
          const values = (c.values ?? []).map((v) => v.userEnteredValue ?? '');
          if (values.length === 0) {
            throw apiError(
              m,
              `Invalid ${at}.setDataValidation: ONE_OF_LIST needs at least one value`,
            );
          }
          builder = builder.requireValueInList(values, b.rule.showCustomUi ?? false);
        } else if (c?.type === 'DATE_IS_VALID') builder = builder.requireDate();
        else throw apiError(m, `Invalid ${at}.setDataValidation: the rule has no condition`);
        builder = builder.setAllowInvalid(!(b.rule.strict ?? false));
        if (b.rule.inputMessage) builder = builder.setHelpText(b.rule.inputMessage);
        r.setDataValidation(builder.build());
        return {};
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
        const where = `${at}.addProtectedRange`;
        if (!pr.range) throw apiError(m, `Invalid ${where}: protectedRange.range must be set`);
        const sheet = this.sheetOf(pr.range.sheetId, m, where);
        const whole =
          pr.range.startRowIndex === undefined &&
          pr.range.endRowIndex === undefined &&
          pr.range.startColumnIndex === undefined &&
          pr.range.endColumnIndex === undefined;
        if (whole && this._ss._protections.some((p) => p._type === 'SHEET' && p._sheet === sheet)) {
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
        return { addProtectedRange: { protectedRange: { protectedRangeId: this.idOf(p) } } };
      }
      case 'deleteProtectedRange': {
        const id = (body as { protectedRangeId: number }).protectedRangeId;
        const p = this._ss._protections.find((x) => this.ids.get(x) === id);
        if (!p)
          throw apiError(
            m,
            `Invalid ${at}.deleteProtectedRange: No protected range with id: ${id}`,
          );
        p.remove();
        return {};
      }
      case 'addFilterView': {
        const f = (
          body as { filter: { title?: string; range?: GridRange; filterSpecs?: unknown[] } }
        ).filter;
        const range = f.range ?? {};
        const sheet = this.rangeOf(range, m, `${at}.addFilterView`)._sheet;
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
        if (i < 0)
          throw apiError(m, `Invalid ${at}.deleteFilterView: No filter view with id: ${id}`);
        this._filterViews.splice(i, 1);
        return {};
      }
      default:
        throw apiError(m, `Invalid ${at}: unsupported request`);
    }
  }
}
