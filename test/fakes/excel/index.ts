/**
 * A strict in-memory fake of the part of the Excel JavaScript API (office.js, `Excel` namespace)
 * that Sổ Thi Đua's Office adapter uses, for jest tests and for the simulated Office host page.
 * Pure TypeScript: no Node-only API, no DOM, bundles with esbuild for the browser.
 *
 * @example
 * const fake = createExcelFake({ apiVersion: '1.7' });
 * await fake.Excel.run(async (context) => {
 *   const sheet = context.workbook.worksheets.getItem('Sheet1');
 *   sheet.getRange('A1:B1').values = [['Stt', 'Nội dung']];
 *   await context.sync();
 * });
 * fake.workbook.getValues('Sheet1', 'A1:B1'); // [['Stt', 'Nội dung']]
 *
 * Semantics kept from the real API (see test/fakes/excel-fake.test.ts for each):
 * - setters and methods only queue; `context.sync()` runs the queue in order and rejects with the
 *   first failure (earlier actions of that batch stay applied, later ones are dropped);
 * - reading a property that was neither loaded (and synced) nor set throws PropertyNotLoaded;
 * - members of an ExcelApi set above `apiVersion` exist (office.js from the CDN is always the
 *   newest) but the host refuses them at sync with ApiNotFound: check `isSetSupported` first;
 * - a request bigger than `maxRequestBytes` fails whole with RequestPayloadSizeLimitExceeded
 *   (Excel on the web, 5 MB), and so does a response (ResponsePayloadSizeLimitExceeded);
 * - Excel.run flushes what is still queued when the batch function resolves.
 */
import {
  type Bounds,
  colToLetters,
  formatAddress,
  formatBounds,
  lettersToCol,
  parseAddress,
} from './address';
import {
  type ExcelApiVersion,
  FakeClientObject,
  FakeClientResult,
  FakeExcelStats,
  FakeHost,
  type FakePlatform,
  FakeRequestContext,
  type SyncRecord,
} from './core';
import { ErrorCodes, FakeOfficeError, isFakeOfficeError, officeError } from './errors';
import { type FakeOffice, makeOffice } from './office';
import { FakeRange, FakeRangeAreas, FakeRangeCollection } from './range';
import { FakeSheetState, FakeWorkbookState, type InitialSheet } from './state';
import { dateToSerial, serialToDate } from './values';
import { FakeWorkbook, FakeWorksheet, FakeWorksheetCollection } from './workbook';

export interface ExcelFakeOptions {
  /** The highest ExcelApi requirement set the host supports; '1.17' by default. */
  apiVersion?: ExcelApiVersion;
  /** Request (and response) limit in bytes; 5 MB by default, Excel on the web's. */
  maxRequestBytes?: number;
  /** The sheets the workbook starts with; one empty "Sheet1" by default. */
  sheets?: (InitialSheet | string)[];
  /** Office.context.displayLanguage; 'vi-VN' by default. */
  displayLanguage?: string;
  /** Office.onReady's platform; 'OfficeOnline' by default. */
  platform?: FakePlatform;
}

/** Excel's enumerations as office.js defines them (string values). */
export const ExcelEnums = {
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  ConditionalFormatType: {
    custom: 'Custom',
    dataBar: 'DataBar',
    colorScale: 'ColorScale',
    iconSet: 'IconSet',
    topBottom: 'TopBottom',
    presetCriteria: 'PresetCriteria',
    containsText: 'ContainsText',
    cellValue: 'CellValue',
  },
  ConditionalCellValueOperator: {
    invalid: 'Invalid',
    between: 'Between',
    notBetween: 'NotBetween',
    equalTo: 'EqualTo',
    notEqualTo: 'NotEqualTo',
    greaterThan: 'GreaterThan',
    lessThan: 'LessThan',
    greaterThanOrEqual: 'GreaterThanOrEqual',
    lessThanOrEqual: 'LessThanOrEqual',
  },
  ConditionalTextOperator: {
    invalid: 'Invalid',
    contains: 'Contains',
    notContains: 'NotContains',
    beginsWith: 'BeginsWith',
    endsWith: 'EndsWith',
  },
  BorderIndex: {
    edgeTop: 'EdgeTop',
    edgeBottom: 'EdgeBottom',
    edgeLeft: 'EdgeLeft',
    edgeRight: 'EdgeRight',
    insideVertical: 'InsideVertical',
    insideHorizontal: 'InsideHorizontal',
    diagonalDown: 'DiagonalDown',
    diagonalUp: 'DiagonalUp',
  },
  BorderLineStyle: {
    none: 'None',
    continuous: 'Continuous',
    dash: 'Dash',
    dashDot: 'DashDot',
    dashDotDot: 'DashDotDot',
    dot: 'Dot',
    double: 'Double',
    slantDashDot: 'SlantDashDot',
  },
  BorderWeight: { hairline: 'Hairline', thin: 'Thin', medium: 'Medium', thick: 'Thick' },
  HorizontalAlignment: {
    general: 'General',
    left: 'Left',
    center: 'Center',
    right: 'Right',
    fill: 'Fill',
    justify: 'Justify',
    centerAcrossSelection: 'CenterAcrossSelection',
    distributed: 'Distributed',
  },
  VerticalAlignment: {
    top: 'Top',
    center: 'Center',
    bottom: 'Bottom',
    justify: 'Justify',
    distributed: 'Distributed',
  },
  DataValidationType: {
    none: 'None',
    wholeNumber: 'WholeNumber',
    decimal: 'Decimal',
    list: 'List',
    date: 'Date',
    time: 'Time',
    textLength: 'TextLength',
    custom: 'Custom',
    inconsistent: 'Inconsistent',
    mixedCriteria: 'MixedCriteria',
  },
  DataValidationOperator: {
    between: 'Between',
    notBetween: 'NotBetween',
    equalTo: 'EqualTo',
    notEqualTo: 'NotEqualTo',
    greaterThan: 'GreaterThan',
    lessThan: 'LessThan',
    greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
    lessThanOrEqualTo: 'LessThanOrEqualTo',
  },
  DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
  PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
  PaperType: { letter: 'Letter', legal: 'Legal', a3: 'A3', a4: 'A4', a5: 'A5', b4: 'B4', b5: 'B5' },
  PrintMarginUnit: { points: 'Points', inches: 'Inches', centimeters: 'Centimeters' },
  CalculationMode: {
    automatic: 'Automatic',
    automaticExceptTables: 'AutomaticExceptTables',
    manual: 'Manual',
  },
  CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
  ClearApplyTo: {
    all: 'All',
    formats: 'Formats',
    contents: 'Contents',
    hyperlinks: 'Hyperlinks',
    removeHyperlinks: 'RemoveHyperlinks',
    resetContents: 'ResetContents',
  },
  DeleteShiftDirection: { up: 'Up', left: 'Left' },
  InsertShiftDirection: { down: 'Down', right: 'Right' },
  ProtectionSelectionMode: { normal: 'Normal', unlocked: 'Unlocked', none: 'None' },
  RangeValueType: {
    unknown: 'Unknown',
    empty: 'Empty',
    string: 'String',
    integer: 'Integer',
    double: 'Double',
    boolean: 'Boolean',
    error: 'Error',
    richValue: 'RichValue',
  },
  RangeUnderlineStyle: {
    none: 'None',
    single: 'Single',
    double: 'Double',
    singleAccountant: 'SingleAccountant',
    doubleAccountant: 'DoubleAccountant',
  },
  ErrorCodes: {
    accessDenied: 'AccessDenied',
    apiNotFound: 'ApiNotFound',
    generalException: 'GeneralException',
    insertDeleteConflict: 'InsertDeleteConflict',
    invalidArgument: 'InvalidArgument',
    invalidOperation: 'InvalidOperation',
    invalidReference: 'InvalidReference',
    itemAlreadyExists: 'ItemAlreadyExists',
    itemNotFound: 'ItemNotFound',
    nonBlankCellOffSheet: 'NonBlankCellOffSheet',
    rangeExceedsLimit: 'RangeExceedsLimit',
    requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
    responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  },
} as const;

export type BatchFunction<T> = (context: FakeRequestContext) => Promise<T>;

export type FakeExcel = typeof ExcelEnums & {
  /**
   * Runs a batch with a new request context (or the context of `object`), then flushes what is
   * still queued. The batch function must return a promise (RunMustReturnPromise otherwise).
   */
  run<T>(batch: BatchFunction<T>): Promise<T>;
  run<T>(
    object: FakeClientObject | FakeClientObject[] | { delayForCellEdit?: boolean },
    batch: BatchFunction<T>,
  ): Promise<T>;
  /** ExcelApi 1.8: `new Excel.RequestContext()`. */
  RequestContext: new () => FakeRequestContext;
  Range: typeof FakeRange;
  Worksheet: typeof FakeWorksheet;
  WorksheetCollection: typeof FakeWorksheetCollection;
  Workbook: typeof FakeWorkbook;
};

export interface FakeOfficeExtension {
  Error: typeof FakeOfficeError;
  ErrorCodes: Record<string, string>;
  ClientResult: typeof FakeClientResult;
}

export interface ExcelFake {
  Excel: FakeExcel;
  Office: FakeOffice;
  OfficeExtension: FakeOfficeExtension;
  /** The workbook itself, for assertions and set-up. */
  workbook: FakeWorkbookState;
  stats: FakeExcelStats;
  /** Installs Excel, Office and OfficeExtension on a global object (globalThis by default). */
  install(target?: object): () => void;
}

function newContext(host: FakeHost): FakeRequestContext {
  const context = new FakeRequestContext(host);
  context.workbook = new FakeWorkbook(context);
  return context;
}

/**
 * Makes a fake Excel host: `Excel`, `Office` and `OfficeExtension` to hand to the adapter (or to
 * install as globals), the workbook state to assert on, and the round-trip statistics.
 */
export function createExcelFake(options: ExcelFakeOptions = {}): ExcelFake {
  const state = new FakeWorkbookState();
  for (const s of options.sheets ?? ['Sheet1']) state.addSheet(s);
  const host = new FakeHost(state, {
    apiVersion: options.apiVersion ?? '1.17',
    maxRequestBytes: options.maxRequestBytes ?? 5 * 1024 * 1024,
    platform: options.platform ?? 'OfficeOnline',
  });

  async function run<T>(first: unknown, second?: BatchFunction<T>): Promise<T> {
    const batch = (typeof first === 'function' ? first : second) as BatchFunction<T> | undefined;
    if (typeof batch !== 'function')
      throw officeError(ErrorCodes.invalidArgument, undefined, 'Excel.run');
    let context: FakeRequestContext;
    if (first instanceof FakeClientObject) context = first.context;
    else if (Array.isArray(first) && first[0] instanceof FakeClientObject)
      context = first[0].context;
    else context = newContext(host);
    host.stats.runs += 1;
    host.stats.syncsPerRun.push(0);
    const outerRun = context._run;
    context._run = host.stats.runs;
    try {
      const pending = batch(context) as unknown;
      if (!pending || typeof (pending as Promise<T>).then !== 'function') {
        throw officeError(ErrorCodes.runMustReturnPromise, undefined, 'Excel.run');
      }
      const value = await (pending as Promise<T>);
      if (context._queue.length > 0) await context._roundTrip(false);
      return value;
    } finally {
      if (outerRun > 0) context._run = outerRun;
    }
  }

  class RequestContext extends FakeRequestContext {
    constructor() {
      super(host);
      this.workbook = new FakeWorkbook(this);
    }
  }

  const Excel = {
    ...ExcelEnums,
    run: run as FakeExcel['run'],
    RequestContext: RequestContext as unknown as new () => FakeRequestContext,
    Range: FakeRange,
    Worksheet: FakeWorksheet,
    WorksheetCollection: FakeWorksheetCollection,
    Workbook: FakeWorkbook,
  } as FakeExcel;

  const OfficeExtension: FakeOfficeExtension = {
    Error: FakeOfficeError,
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      apiNotFound: 'ApiNotFound',
      generalException: 'GeneralException',
      invalidArgument: 'InvalidArgument',
      invalidRequestContext: 'InvalidRequestContext',
      itemNotFound: 'ItemNotFound',
      propertyNotLoaded: 'PropertyNotLoaded',
      runMustReturnPromise: 'RunMustReturnPromise',
      valueNotLoaded: 'ValueNotLoaded',
    },
    ClientResult: FakeClientResult,
  };

  const Office = makeOffice(host, options.displayLanguage ?? 'vi-VN');

  return {
    Excel,
    Office,
    OfficeExtension,
    workbook: state,
    stats: host.stats,
    install(target: object = globalThis) {
      const t = target as Record<string, unknown>;
      const saved = { Excel: t.Excel, Office: t.Office, OfficeExtension: t.OfficeExtension };
      t.Excel = Excel;
      t.Office = Office;
      t.OfficeExtension = OfficeExtension;
      return () => {
        for (const [k, v] of Object.entries(saved)) {
          if (v === undefined) delete t[k];
          else t[k] = v;
        }
      };
    },
  };
}

export {
  type Bounds,
  colToLetters,
  dateToSerial,
  FakeClientObject,
  FakeExcelStats,
  FakeOfficeError,
  FakeRange,
  FakeRangeAreas,
  FakeRangeCollection,
  FakeRequestContext,
  FakeSheetState,
  FakeWorkbook,
  FakeWorkbookState,
  FakeWorksheet,
  formatAddress,
  formatBounds,
  type InitialSheet,
  isFakeOfficeError,
  lettersToCol,
  parseAddress,
  serialToDate,
  type SyncRecord,
};
export type { FakeOffice } from './office';
export type { CellSnapshot } from './state';
