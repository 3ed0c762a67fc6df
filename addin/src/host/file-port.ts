/**
 * Browser mode's port: the book's sheets held in the page between commands. A draw changes the
 * sheets in memory as Excel would show them (values, dates as serials); nothing is written to
 * or read from an .xlsx file until the user opens or downloads one (see kept-book.ts).
 */
import type { OfferedFile, User } from '../../../shared/app/command';
import { OFFICE } from '../../../shared/app/command';
import type { DrawFeature, HostPort } from '../../../shared/app/port';
import type { Book } from '../../../shared/book/model';
import { SHEET } from '../../../shared/i18n/workbook-vi';
import { sheetsNamed } from '../../../shared/read/book';
import { drawOnto } from '../../../shared/workbook/drawn-grids';
import type { BookRole, SheetGrid, WorkbookSpec } from '../../../shared/workbook/spec';

export class SheetsInPage implements HostPort {
  readonly host = 'file' as const;
  /** The book's file name (problems name it); none before a book is built or opened. */
  file?: string;
  /** The book's sheets, as a host reads them. */
  sheets: readonly SheetGrid[] = [];
  /** The whole book the sheets show, when a command drew it (null for a file as opened). */
  book: Book | null = null;
  /** Counts the draws: a command that drew changed the book. */
  draws = 0;

  /** Holds other sheets: a file opened, a book kept from an earlier visit, or none. */
  hold(sheets: readonly SheetGrid[], file: string | null, book: Book | null = null): void {
    this.sheets = sheets;
    this.book = book;
    if (file === null) delete this.file;
    else this.file = file;
  }

  /** In browser mode the book is the office's. */
  who(): Promise<User> {
    return Promise.resolve(OFFICE);
  }

  readSheets(roles: readonly BookRole[]): Promise<SheetGrid[]> {
    // the sheets of those roles, and copies of them, which the reader names
    return Promise.resolve(
      sheetsNamed(
        this.sheets,
        roles.map((r) => SHEET[r]),
      ),
    );
  }

  /** A file in the page has no selected cells. */
  readSelection(): Promise<null> {
    return Promise.resolve(null);
  }

  readSelectedTable(): Promise<null> {
    return Promise.resolve(null);
  }

  draw(spec: WorkbookSpec, book: Book): Promise<{ skipped: DrawFeature[] }> {
    this.sheets = drawOnto(this.sheets, spec);
    this.book = book;
    this.draws += 1;
    // the file is written whole from the book when downloaded: nothing of the layout is lost
    return Promise.resolve({ skipped: [] });
  }

  /** Marks are written to selected rows, and there is no selection here. */
  writeMarks(): Promise<void> {
    return Promise.reject(new Error('browser mode marks no rows: it has no selection'));
  }

  select(): Promise<void> {
    return Promise.resolve();
  }

  /** A file's protections come with its sheets: each sheet's description says whether it is locked. */
  protect(): Promise<[]> {
    return Promise.resolve([]);
  }

  /** The files go out in the Outcome: the UI renders them for download. */
  offer(_files: readonly OfferedFile[]): Promise<void> {
    return Promise.resolve();
  }
}
