/**
 * createAppsScriptFake: an in-memory Google Sheets document and the Apps Script services a
 * container-bound script uses, ready to be installed as globals (see harness.ts), plus the record
 * of what the script did and helpers to look at the document without going through the API.
 */
import type { ChartPosition } from './charts';
import { parseA1, quoteSheetName, rectA1 } from './a1';
import { FakeCore, type CallCounter, type FakeState } from './core';
import {
  HtmlService,
  LockService,
  Logger,
  PropertiesService,
  ScriptApp,
  Session,
  SpreadsheetApp,
  Ui,
  Utilities,
  makeConsole,
} from './services';
import {
  Spreadsheet,
  type ConditionalFormatRule,
  type Range,
  type ReadValue,
  type Sheet,
} from './spreadsheet';
import { SheetsSpreadsheets, SheetsValues } from './sheets-api';
import { isDate, type Stored } from './values';

export interface SheetSeed {
  name: string;
  /** Written as stored values (no typed-input parsing); a string starting with "=" is a formula. */
  values?: unknown[][];
  maxRows?: number;
  maxColumns?: number;
  hidden?: boolean;
}

export interface AppsScriptFakeOptions {
  /** The spreadsheet owner's email; the owner can always edit. */
  owner: string;
  /** Who runs the script; default the owner. */
  user?: string;
  /** People the file is shared with as editors; default: whoever runs the script may edit. */
  editors?: string[];
  timeZone?: string;
  locale?: string;
  sheets?: SheetSeed[];
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Owned by a consumer (gmail.com) account: no domain-wide protection. Default true. */
  consumerAccount?: boolean;
  /** HTML files of the project, by name ('Sidebar' or 'Sidebar.html'). */
  files?: Record<string, string>;
  documentProperties?: Record<string, string>;
  scriptProperties?: Record<string, string>;
  /**
   * The advanced Sheets service is enabled (`Sheets.Spreadsheets`, as with the `--sheets-api` and
   * `--filter-views` builds). Default false: the script sees no `Sheets` global.
   */
  advancedSheets?: boolean;
  /** The caption Ui.createAddonMenu() gets. */
  addonName?: string;
  /** What getValues returns for a formula cell; default ''. The fake has no calculation engine. */
  formulaResult?: (
    formula: string,
    where: { sheet: string; row: number; column: number },
  ) => Stored | '';
}

/** A read-only look at one sheet, for assertions. Not counted as service calls. */
export interface SheetView {
  name: string;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  /** Stored values of `a1` (default: the data range), Dates as Dates, '' for empty. */
  values(a1?: string): (Stored | '')[][];
  displayValues(a1?: string): string[][];
  formulas(a1?: string): string[][];
  numberFormats(a1?: string): string[][];
  backgrounds(a1?: string): string[][];
  fontWeights(a1?: string): string[][];
  fontFamilies(a1?: string): string[][];
  fontSizes(a1?: string): number[][];
  fontStyles(a1?: string): string[][];
  fontColors(a1?: string): string[][];
  verticalAlignments(a1?: string): string[][];
  /** The borders set, in order: the range and which sides ("top left bottom right vertical horizontal"). */
  borders: { range: string; sides: string }[];
  horizontalAlignments(a1?: string): string[][];
  wraps(a1?: string): boolean[][];
  notes(a1?: string): string[][];
  validations(
    a1?: string,
  ): ({ criteria: string; values: unknown[]; allowInvalid: boolean } | null)[][];
  merges: string[];
  columnWidths: Record<number, number>;
  /** Rows (1-based) given a height, in pixels. */
  rowHeights: Record<number, number>;
  /** The range of the sheet's filter, if it has one. */
  filter: string | null;
  conditionalFormats: ReturnType<ConditionalFormatRule['_describe']>[];
  /** The embedded charts, in order: type, ranges ("Báo cáo!B20:B43"), position and options. */
  charts: {
    type: 'BAR' | 'COLUMN';
    ranges: string[];
    position: ChartPosition;
    options: Readonly<Record<string, unknown>>;
  }[];
}

export interface ProtectionView {
  type: 'RANGE' | 'SHEET';
  sheet: string;
  range: string;
  description: string;
  editors: string[];
  /** True until the script changes the editors: then it protects nothing (Range.protect docs). */
  mirrorsFilePermissions: boolean;
  unprotected: string[];
  warningOnly: boolean;
  domainEdit: boolean;
}

export interface AppsScriptFake {
  /** Install these as the script's globals (the harness does it). */
  globals: Record<string, unknown>;
  state: FakeState;
  calls: CallCounter;
  /** Runs the next calls as another user (another person opening the sidebar). */
  setUser(email: string): void;
  readonly user: string;
  /** Adds or replaces HTML files of the project. */
  addFiles(files: Record<string, string>): void;
  /** Simulates another execution holding the document lock. */
  holdLockElsewhere(held: boolean): void;
  /** Shares the file with more editors. */
  shareWith(...emails: string[]): void;
  sheetNames(): string[];
  sheet(name: string): SheetView;
  protections(): ProtectionView[];
  documentProperties(): Record<string, string>;
  /** Writes stored values as test set-up: no permission check, not counted, no lock needed. */
  seed(sheetName: string, a1: string, values: unknown[][]): void;
  /** The fake's own objects, for the harness. */
  readonly _core: FakeCore;
  readonly _spreadsheet: Spreadsheet;
  /** The advanced Sheets service, when enabled. */
  readonly _sheetsApi: SheetsSpreadsheets | null;
}

/**
 * An Apps Script environment for a container-bound script on one spreadsheet.
 *
 * @example
 * const fake = createAppsScriptFake({ owner: 'bt@gmail.com', sheets: [{ name: 'Kế hoạch' }] });
 * const bundle = loadAppsScriptBundle(code, fake, { files: { Sidebar: html } });
 * bundle.trigger('onOpen');
 * expect(fake.state.menus[0]!.caption).toBe('Thi đua');
 */
export function createAppsScriptFake(options: AppsScriptFakeOptions): AppsScriptFake {
  const timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
  const locale = options.locale ?? 'vi_VN';
  const core = new FakeCore({
    owner: options.owner,
    user: options.user ?? options.owner,
    editors: options.editors ? [...options.editors] : null,
    consumerAccount: options.consumerAccount ?? true,
    timeZone,
    locale,
  });
  for (const [name, content] of Object.entries(options.files ?? {})) core.files.set(name, content);

  const ss = new Spreadsheet(core, {
    id: options.spreadsheetId ?? '1FakeSpreadsheetId0000000000000000000000000',
    name: options.spreadsheetName ?? 'Sổ Thi Đua',
    timeZone,
    locale,
    ...(options.formulaResult ? { formulaResult: options.formulaResult } : {}),
  });
  const seeds = options.sheets?.length ? options.sheets : [{ name: `${ss._defaultSheetBase()}1` }];
  for (const seed of seeds) {
    const rows = Math.max(seed.maxRows ?? 1000, seed.values?.length ?? 0);
    const columns = Math.max(seed.maxColumns ?? 26, ...(seed.values ?? []).map((r) => r.length));
    const sheet = ss._addSheet(seed.name, ss._sheets.length, rows, columns);
    sheet._hidden = seed.hidden ?? false;
    if (seed.values) writeStored(sheet, 1, 1, seed.values);
  }
  ss._assertCellBudget(0);

  const documentProps = new Map(Object.entries(options.documentProperties ?? {}));
  const scriptProps = new Map(Object.entries(options.scriptProperties ?? {}));
  const userProps = new Map<string, Map<string, string>>();
  const ui = new Ui(core, options.addonName ?? 'Sổ Thi Đua');
  const wrap = <T extends { _apiName: string }>(o: T): T => core.boundary.wrap(o);

  const globals: Record<string, unknown> = {
    SpreadsheetApp: wrap(new SpreadsheetApp(core, ss, ui)),
    Session: wrap(new Session(core)),
    LockService: wrap(new LockService(core)),
    HtmlService: wrap(new HtmlService(core)),
    PropertiesService: wrap(new PropertiesService(documentProps, scriptProps, userProps, core)),
    Utilities: wrap(new Utilities(core)),
    Logger: wrap(new Logger(core)),
    ScriptApp: wrap(new ScriptApp('1FakeScriptId')),
    console: makeConsole(core),
  };
  const sheetsApi = new SheetsSpreadsheets(core, ss);
  sheetsApi.Values = wrap(new SheetsValues(sheetsApi, ss));
  // `Sheets` is a plain namespace; its `Spreadsheets` collection makes the calls
  if (options.advancedSheets) globals.Sheets = { Spreadsheets: wrap(sheetsApi) };

  const sheetByName = (name: string): Sheet => {
    const s = ss._sheetByNameExact(name);
    if (!s)
      throw new Error(
        `No sheet named ${JSON.stringify(name)}; sheets: ${ss._sheets.map((x) => x._name).join(', ')}`,
      );
    return s;
  };

  const rangeOf = (sheet: Sheet, a1?: string): Range => {
    if (a1 === undefined) return sheet.getDataRange();
    const parsed = parseA1(a1);
    if (!parsed) throw new Error(`Not an A1 reference: ${a1}`);
    return sheet._rangeFromParsed(parsed);
  };

  const view = (name: string): SheetView => {
    const sheet = sheetByName(name);
    const read =
      <T>(fn: (r: Range) => T) =>
      (a1?: string) =>
        fn(rangeOf(sheet, a1));
    return {
      name: sheet._name,
      maxRows: sheet._maxRows,
      maxColumns: sheet._maxColumns,
      lastRow: sheet.getLastRow(),
      lastColumn: sheet.getLastColumn(),
      frozenRows: sheet._frozenRows,
      frozenColumns: sheet._frozenColumns,
      hidden: sheet._hidden,
      tabColor: sheet._tabColor,
      values: read((r) => r.getValues()),
      displayValues: read((r) => r.getDisplayValues()),
      formulas: read((r) => r.getFormulas()),
      numberFormats: read((r) => r.getNumberFormats()),
      backgrounds: read((r) => r.getBackgrounds()),
      fontWeights: read((r) => r.getFontWeights()),
      fontFamilies: read((r) => r.getFontFamilies()),
      fontSizes: read((r) => r.getFontSizes()),
      fontStyles: read((r) => r.getFontStyles()),
      fontColors: read((r) => r.getFontColors()),
      verticalAlignments: read((r) => r.getVerticalAlignments()),
      borders: sheet._borders.map((b) => ({
        range: rectA1(b.rect),
        sides: (['top', 'left', 'bottom', 'right', 'vertical', 'horizontal'] as const)
          .filter((k) => b.border[k])
          .join(' '),
      })),
      horizontalAlignments: read((r) => r.getHorizontalAlignments()),
      wraps: read((r) => r.getWraps()),
      notes: read((r) => r.getNotes()),
      validations: read((r) =>
        r
          .getDataValidations()
          .map((line) =>
            line.map((v) =>
              v
                ? { criteria: v._criteria, values: [...v._values], allowInvalid: v._allowInvalid }
                : null,
            ),
          ),
      ),
      merges: sheet._merges.map(rectA1),
      columnWidths: Object.fromEntries(sheet._columnWidths),
      rowHeights: Object.fromEntries(sheet._rowHeights),
      filter: sheet._filter ? rectA1(sheet._filter._rect) : null,
      conditionalFormats: sheet._conditionalRules.map((r) => r._describe()),
      charts: sheet._charts.map((c) => ({
        type: c._type,
        ranges: c._rangeNames,
        position: c._position,
        options: c._options,
      })),
    };
  };

  return {
    globals,
    state: core.state,
    calls: core.calls,
    setUser(email: string) {
      core.user = email;
    },
    get user() {
      return core.user;
    },
    addFiles(files) {
      for (const [name, content] of Object.entries(files)) core.files.set(name, content);
    },
    holdLockElsewhere(held) {
      core.lockHeldElsewhere = held;
    },
    shareWith(...emails) {
      core.editors ??= [];
      core.editors.push(...emails);
    },
    sheetNames: () => ss._sheets.map((s) => s._name),
    sheet: view,
    protections: () =>
      ss._protections.map((p) => ({
        type: p._type,
        sheet: p._sheet._name,
        range: `${quoteSheetName(p._sheet._name)}!${rectA1(p.getRange()._rect())}`,
        description: p._description,
        editors: p.getEditors().map((u) => u._email),
        mirrorsFilePermissions: p._mirrorsFile,
        unprotected: p._unprotected.map(rectA1),
        warningOnly: p._warningOnly,
        domainEdit: p._domainEdit && !core.consumerAccount,
      })),
    documentProperties: () => Object.fromEntries(documentProps),
    seed(sheetName, a1, values) {
      const sheet = sheetByName(sheetName);
      const parsed = parseA1(a1);
      if (!parsed) throw new Error(`Not an A1 reference: ${a1}`);
      writeStored(sheet, parsed.startRow ?? 1, parsed.startColumn ?? 1, values);
    },
    _core: core,
    _spreadsheet: ss,
    _sheetsApi: options.advancedSheets ? sheetsApi : null,
  };
}

/** Stores values as given (set-up data): no parsing, no checks, the grid grows to fit. */
function writeStored(sheet: Sheet, row: number, column: number, values: unknown[][]): void {
  values.forEach((line, i) =>
    line.forEach((v, j) => {
      const cell = sheet._cellForWrite(row + i, column + j);
      if (typeof v === 'string' && v.startsWith('=') && v.length > 1) {
        cell.formula = v;
        cell.value = '';
      } else {
        cell.formula = '';
        cell.value =
          v === null || v === undefined ? '' : isDate(v) ? new Date(v.getTime()) : (v as ReadValue);
      }
    }),
  );
  sheet._maxRows = Math.max(sheet._maxRows, row + values.length - 1);
  sheet._maxColumns = Math.max(
    sheet._maxColumns,
    column - 1 + Math.max(0, ...values.map((l) => l.length)),
  );
}
