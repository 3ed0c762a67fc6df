/// <reference types="office-js" />
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
  FakeExcelStats,
  FakeHost,
  type FakePlatform,
  FakeRequestContext,
  type SyncRecord,
} from './core';
import { ErrorCodes, FakeOfficeError, isFakeOfficeError, officeError } from './errors';
import type { ExcelView } from './api';
import { FakeOffice } from './office';
import { FakeRange, FakeRangeAreas, FakeRangeCollection } from './range';
import { FakeSheetState, FakeWorkbookState, type InitialSheet } from './state';
import { dateToSerial, serialToDate } from './values';
import { FakeWorkbook, FakeWorksheet } from './workbook';

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

export type BatchFunction<T> = (context: FakeRequestContext) => Promise<T>;

/**
 * The `Excel` namespace as the product uses it: `run`, and `createWorkbook` (ExcelApi 1.8, which
 * opens an .xlsx file as a new workbook: the fake records it in `workbook.createdWorkbooks`).
 */
export class FakeExcel implements ExcelView<'Excel'> {
  constructor(private readonly host: FakeHost) {
    // the real ones are namespace functions: they work taken off the namespace
    this.run = this.run.bind(this);
    this.createWorkbook = this.createWorkbook.bind(this);
  }

  /**
   * Runs a batch with a new request context (or the context of `object`), then flushes what is
   * still queued. The batch function must return a promise (RunMustReturnPromise otherwise).
   */
  run<T>(batch: BatchFunction<T>): Promise<T>;
  run<T>(
    object: FakeClientObject | FakeClientObject[] | { delayForCellEdit?: boolean },
    batch: BatchFunction<T>,
  ): Promise<T>;
  async run<T>(first: unknown, second?: BatchFunction<T>): Promise<T> {
    const host = this.host;
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

  /** ExcelApi 1.8: the file (base64 of an .xlsx) opened as a new workbook, here recorded. */
  async createWorkbook(base64?: string): Promise<void> {
    await Promise.resolve();
    if (!this.host.supports('1.8')) {
      throw officeError(ErrorCodes.apiNotFound, undefined, 'Excel.createWorkbook');
    }
    this.host.state.createdWorkbooks.push(base64 ?? '');
  }
}

export interface ExcelFake {
  Excel: FakeExcel;
  Office: FakeOffice;
  /** The workbook itself, for assertions and set-up. */
  workbook: FakeWorkbookState;
  stats: FakeExcelStats;
  /** Installs Excel and Office on a global object (globalThis by default). */
  install(target?: object): () => void;
}

/**
 * The fake `Excel` where the product takes the real one. The cast is sound for what the product
 * uses: the fakes implement exactly those members, checked against @types/office-js (./api.ts),
 * and test/fakes/surface.test.ts keeps that list equal to the product's calls.
 */
export function asExcel(fake: ExcelFake): typeof Excel {
  return fake.Excel as unknown as typeof Excel;
}

/** A fake request context where the product takes a real one (see `asExcel`). */
export function asContext(context: FakeRequestContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}

function newContext(host: FakeHost): FakeRequestContext {
  const context = new FakeRequestContext(host);
  context.workbook = new FakeWorkbook(context);
  return context;
}

/**
 * Makes a fake Excel host: `Excel` and `Office` to hand to the adapter (or to
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

  const Excel = new FakeExcel(host);
  const Office = new FakeOffice(host, options.displayLanguage ?? 'vi-VN');

  return {
    Excel,
    Office,
    workbook: state,
    stats: host.stats,
    install(target: object = globalThis) {
      const t = target as Record<string, unknown>;
      const saved = { Excel: t.Excel, Office: t.Office };
      t.Excel = Excel;
      t.Office = Office;
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
export { FakeOffice } from './office';
export type { CellSnapshot } from './state';
