/**
 * What a host does for the commands, implemented once per host: Office.js, SpreadsheetApp (the
 * Sheets server), the .xlsx file in the browser, the command line's files. The runner (run.ts)
 * is the only caller.
 */
import type { MarkWrite } from '../book/mark';
import type { Book } from '../book/model';
import type { UiLabels } from '../i18n/catalog';
import type { BookRole, SheetGrid, WorkbookSpec } from '../workbook/spec';
import type { OfferedFile, SelectedRows, SelectedTable, Selecting, User } from './command';
import type { Message } from './message';

/** A feature of the workbook a host could not draw (an old Excel without validation…). */
export type DrawFeature = keyof UiLabels['excel']['features'];

/** A port call's answer: at once (Apps Script's services) or later (Office.js, files). */
type Answer<T> = T | Promise<T>;

export interface HostPort {
  readonly host: 'excel' | 'sheets' | 'file';
  /** The book's file name, where the book is a file (problems name it). */
  readonly file?: string;
  /** Who is using the book: the office, or a unit (its codes), decided by the host (Sheets: e-mail on Đơn vị). */
  who(): Answer<User>;
  /** The sheets of these roles that the workbook has (by the names the book gives them). */
  readSheets(roles: readonly BookRole[]): Answer<SheetGrid[]>;
  /** Selected rows, 0-based, VISIBLE rows only (one rule for every host), of the active sheet and its role; null without a selection. */
  readSelection(): Answer<SelectedRows | null>;
  /** The selected block as the user sees it, with merged areas where the host can tell them. */
  readSelectedTable(): Answer<SelectedTable | null>;
  /** Draws the sheets of `spec` (the others stay as they are); `book` is the whole book they come from. */
  draw(spec: WorkbookSpec, book: Book): Answer<{ skipped: DrawFeature[] }>;
  /** Writes marked rows' input cells on `Theo dõi`. */
  writeMarks(writes: readonly MarkWrite[]): Answer<void>;
  /** Selects rows of a sheet for the user (their own unit's rows). */
  select(rows: Selecting): Answer<void>;
  /** Protections after a draw (Excel: sheet protection with input cells unlocked; Sheets: one range per unit); what it says of them. */
  protect(book: Book): Answer<Message[]>;
  /** Files for the user: downloads, or (Excel 1.8+) opened as a new workbook; written, by the command line. */
  offer(files: readonly OfferedFile[]): Answer<void>;
  /** The book a command read or wrote, for a host that keeps it between commands (a file). */
  keep?(book: Book): void;
}

/** A port whose every call answers at once (the Apps Script server): the runner needs no promise. */
export type HostPortNow = {
  [K in keyof HostPort]: HostPort[K] extends (...args: infer A) => infer R
    ? (...args: A) => Awaited<R>
    : HostPort[K];
};
