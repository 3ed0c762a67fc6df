/// <reference types="office-js" />
/** The pane's work in the open workbook, each command in one Excel.run. */
import { columnRuns } from '../../../shared/layout/tracking-columns';
import { SHEET } from '../../../shared/i18n/workbook-vi';
import { drawWorkbook } from '../excel/draw';
import { readSelectedTable, readSelection, readSheets } from '../excel/read';
import type { Support } from '../excel/support';
import { writeRows } from '../excel/write-rows';
import type { BookIO, Bridge, Download } from './bridge';

/** The part of the `Excel` namespace the bridge uses (the real one, or the fake in tests). */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** ExcelApi 1.8: opens a new workbook from an .xlsx file's base64. */
  createWorkbook?(base64: string): Promise<void>;
}

export class ExcelBridge implements Bridge {
  readonly mode = 'excel' as const;
  /** Round trips of the last command, for the curious (and the tests). */
  lastSyncs = 0;
  private readonly excel: ExcelHost;
  readonly support: Support;

  constructor(excel: ExcelHost, support: Support) {
    this.excel = excel;
    this.support = support;
  }

  run<T>(work: (io: BookIO) => Promise<T>): Promise<T> {
    const support = this.support;
    let syncs = 0;
    return this.excel
      .run(async (context) => {
        const io: BookIO = {
          read: async (sheets) => {
            const r = await readSheets(context, sheets, support);
            syncs += r.syncs;
            return r.sheets;
          },
          draw: async (spec, _book, activate) => {
            const r = await drawWorkbook(context, spec, support, activate ? { activate } : {});
            syncs += r.syncs;
            return { skipped: r.skipped };
          },
          writeMarks: async (writes) => {
            // the four input cells, where the sheet has them (the office may have added columns)
            const cols = writes[0]?.cols ?? [];
            for (const run of columnRuns(cols)) {
              const slice = (cells: readonly unknown[]) =>
                cells.slice(run.from, run.from + run.cols);
              syncs += await writeRows(
                context,
                SHEET.tracking,
                run.col,
                writes.map((w) => ({ row: w.row, cells: slice(w.cells) as typeof w.cells })),
                // evidence and note are text cells ("@"), written as typed
                {
                  textColumns: [2, 3]
                    .map((i) => i - run.from)
                    .filter((i) => i >= 0 && i < run.cols),
                  protect: true,
                },
                support,
              );
            }
          },
          openWorkbook: async (bytes) => {
            // createWorkbook arrived with the data validation API (ExcelApi 1.8)
            const create = this.excel.createWorkbook;
            if (!support.has('validation') || typeof create !== 'function') return false;
            await create.call(this.excel, base64(bytes));
            return true;
          },
          selectedTable: async () => {
            const { syncs: used, ...table } = await readSelectedTable(context, support);
            syncs += used;
            return table;
          },
          selection: async () => {
            const sel = await readSelection(context, support);
            syncs += sel.rows > 1 && support.has('hiddenRows') ? 2 : 1;
            return sel;
          },
        };
        return work(io);
      })
      .finally(() => {
        this.lastSyncs = syncs;
      });
  }

  takeDownloads(): Download[] {
    return [];
  }
}

/** Bytes as base64, in pieces (a whole file through String.fromCharCode would overflow the stack). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
