/**
 * Where the pane's work happens: in the open workbook (ExcelBridge, Office.js) or in a workbook
 * kept in the page as .xlsx bytes (FileBridge, browser mode). The controller only talks to this.
 */
import type { Book } from '../../../shared/book/model';
import type { MarkWrite } from '../../../shared/book/mark';
import { SHEET } from '../../../shared/i18n/workbook-vi';
import type { SheetGrid, WorkbookSpec } from '../../../shared/workbook/spec';
import type { Selection, SelectedTable, SheetRequest } from '../excel/read';
import type { VisibleFeature } from '../excel/support';

export type Mode = 'excel' | 'browser';

export interface Download {
  name: string;
  bytes: Uint8Array;
}

interface Drawn {
  /** Features of the workbook this host could not draw. */
  skipped: VisibleFeature[];
}

/** One command's access to the workbook (in Excel: one Excel.run). */
export interface BookIO {
  read(sheets: readonly SheetRequest[]): Promise<SheetGrid[]>;
  /** Draws an action's sheets; `book` is the whole book they come from (browser mode saves it). */
  draw(spec: WorkbookSpec, book: Book, activate?: string): Promise<Drawn>;
  /** Writes marked rows of `Theo dõi` (Excel only). */
  writeMarks(writes: readonly MarkWrite[]): Promise<void>;
  /** The selected block of cells, or null where there is no selection (browser mode). */
  selection(): Promise<Selection | null>;
  /**
   * The selected cells as their user sees them, with their merged areas (a plan table pasted
   * into a sheet); null where there is no selection (browser mode).
   */
  selectedTable(): Promise<Omit<SelectedTable, 'syncs'> | null>;
  /**
   * Opens an .xlsx as a new workbook in Excel (ExcelApi 1.8), where a download link in the pane
   * may do nothing (Excel for Mac); false where it cannot.
   */
  openWorkbook?(bytes: Uint8Array): Promise<boolean>;
}

export interface Bridge {
  readonly mode: Mode;
  run<T>(work: (io: BookIO) => Promise<T>): Promise<T>;
  /** Files the last command produced for the user to keep (browser mode: the workbook). */
  takeDownloads(): Download[];
}

/** What the core reads of a book: not the plan nor the overview, only the report's settings. */
export const BOOK_SHEETS: readonly SheetRequest[] = [
  { name: SHEET.meta },
  { name: SHEET.tracking },
  { name: SHEET.units },
  { name: SHEET.mappings },
  { name: SHEET.log },
  { name: SHEET.archive },
  { name: SHEET.report, maxRows: 20 },
];
