/**
 * What the one UI needs of the host it runs in, and nothing more: the Excel pane (Office.js, or
 * an .xlsx kept in the page in browser mode) and the Sheets sidebar (google.script.run to the
 * server's one RPC) each implement this once. Everything else (reading a chosen plan or returned
 * files, rendering offered workbooks to .xlsx, tabs, confirmation, results) is the UI's, the same
 * in every host.
 */
import type { Outcome } from '../app/outcome';
import type { CommandId } from '../app/command';
import type { DataOf, InputOf } from '../app/table';
import type { Problem } from '../errors/problem';

/** A file for the user to keep, already rendered. */
export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

/**
 * Browser mode's book: an .xlsx kept in the page (and in the browser's storage between visits)
 * instead of a workbook open in Excel. Present only where the host is a file.
 */
export interface KeptBook {
  /** The book's file name, or null before one is built or opened. */
  name(): string | null;
  /** Opens a book the user chose; its problems when it is not one (nothing kept then). */
  open(file: FileBytes): Promise<Problem[]>;
  /** The book as it is now, to download. */
  save(): Promise<FileBytes | null>;
  /** Whether the book changed since it was last downloaded (closing the page then warns). */
  unsaved(): boolean;
  /** Forgets the kept book (a new plan, another book). */
  close(): Promise<void>;
}

export interface UiBridge {
  readonly host: 'excel' | 'sheets' | 'file';
  /** Runs one command of the table in the host; never throws: a failure is an Outcome that says it. */
  run<K extends CommandId>(id: K, input: InputOf<K>): Promise<Outcome<DataOf<K>>>;
  /**
   * Hands a file to the user where a download link may do nothing (Excel for Mac: opened as a
   * new workbook, ExcelApi 1.8); false where this host cannot, and the UI offers a link.
   */
  open?(file: FileBytes): Promise<boolean>;
  /** Browser mode only: the book kept in the page. */
  readonly book?: KeptBook;
}
