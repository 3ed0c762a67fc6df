/// <reference types="office-js" />
/** The pane's bridge in Excel: each command in one Excel.run, through the Office.js port. */
import type { Clock } from '../../../shared/app/clock';
import { vietnamClock } from '../../../shared/app/clock';
import type { CommandId } from '../../../shared/app/command';
import type { Outcome } from '../../../shared/app/outcome';
import { runCommand } from '../../../shared/app/run';
import type { DataOf, InputOf } from '../../../shared/app/table';
import type { FileBytes, UiBridge } from '../../../shared/ui/bridge';
import type { Support } from '../excel/support';
import { ExcelPort } from './excel-port';
import { thrown } from './explain';

/** The part of the `Excel` namespace the bridge uses (the real one, or the fake in tests). */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** ExcelApi 1.8: opens a new workbook from an .xlsx file's base64. */
  createWorkbook?(base64: string): Promise<void>;
}

export class ExcelBridge implements UiBridge {
  readonly host = 'excel' as const;
  /** Round trips of the last command, for the curious (and the tests). */
  lastSyncs = 0;

  constructor(
    private readonly excel: ExcelHost,
    readonly support: Support,
    private readonly clock: () => Clock = () => vietnamClock(),
  ) {}

  async run<K extends CommandId>(id: K, input: InputOf<K>): Promise<Outcome<DataOf<K>>> {
    let port: ExcelPort | null = null;
    try {
      return await this.excel.run((context) => {
        port = new ExcelPort(context, this.support);
        return runCommand(port, id, input, this.clock());
      });
    } catch (e) {
      return thrown(e);
    } finally {
      this.lastSyncs = (port as ExcelPort | null)?.syncs ?? 0;
    }
  }

  /** Opens the file as a new workbook where this Excel can (ExcelApi 1.8); false elsewhere. */
  async open(file: FileBytes): Promise<boolean> {
    const create = this.excel.createWorkbook;
    // createWorkbook arrived with the data validation API (ExcelApi 1.8)
    if (!this.support.has('validation') || typeof create !== 'function') return false;
    try {
      await create.call(this.excel, base64(file.bytes));
      return true;
    } catch {
      return false;
    }
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
