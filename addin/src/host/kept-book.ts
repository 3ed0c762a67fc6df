/**
 * Browser mode's book as the user knows it: the one opened or built, kept in the page and in the
 * browser's storage between visits, downloaded as an .xlsx file when the user asks (the only
 * time it is written as one). Unsaved from a change until the next download.
 */
import { hasBook } from '../../../shared/app/book';
import type { Message } from '../../../shared/app/message';
import { words } from '../../../shared/app/message';
import type { Book } from '../../../shared/book/model';
import { error } from '../../../shared/errors/problem';
import type { Problem } from '../../../shared/errors/problem';
import { readBook } from '../../../shared/read/book';
import type { FileBytes, KeptBook } from '../../../shared/ui/bridge';
import type { BookStore } from './book-store';
import type { SheetsInPage } from './file-port';
import { xlsxFiles } from '../../../shared/ui/file-code';

function bookFileName(book: Book): string {
  const year = book.plan.document.year;
  return year ? `so-theo-doi-${year}.xlsx` : 'so-theo-doi.xlsx';
}

export class PageBook implements KeptBook {
  private origin: Uint8Array | null = null;
  private dirty = false;
  /** That the browser will not keep the book has been said (it is said once). */
  private said = false;

  constructor(
    private readonly port: SheetsInPage,
    private readonly store: BookStore,
  ) {}

  /** The book kept at the last visit, if the browser kept one. */
  async restore(): Promise<void> {
    try {
      const kept = await this.store.load();
      if (!kept) return;
      this.port.hold(kept.sheets, kept.name);
      this.origin = kept.origin;
      this.dirty = kept.unsaved;
    } catch {
      // the browser will not say: start without a book (its refusal is said at the first change)
    }
  }

  name(): string | null {
    return this.port.file ?? null;
  }

  unsaved(): boolean {
    return this.dirty;
  }

  async open(file: FileBytes): Promise<Problem[]> {
    const { readBookSheets } = await xlsxFiles();
    const read = await readBookSheets(file.bytes, file.name);
    if (!read.ok) return read.problems;
    const sheets = read.value;
    if (!hasBook(sheets)) return [error('notOurWorkbook', { file: file.name })];
    // a unit's file is not the office's book: say so now, not at the first command
    const book = readBook(sheets, { strict: false, expect: 'book', file: file.name });
    const unit = book.ok ? [] : book.problems.filter((p) => p.code === 'unitFileAsBook');
    if (unit.length > 0) return unit;
    this.port.hold(sheets, file.name);
    this.origin = file.bytes;
    this.dirty = false;
    await this.keep();
    return [];
  }

  /**
   * After a command that changed the book: kept in the browser's storage, and unsaved. What to
   * say the first time the browser refuses to keep it.
   */
  async changed(): Promise<Message | null> {
    const book = this.port.book;
    if (book && this.port.file === undefined) this.port.file = bookFileName(book);
    this.origin = null;
    this.dirty = true;
    const kept = await this.keep();
    if (kept || this.said) return null;
    this.said = true;
    return words((ui) => ui.excel.notKept);
  }

  async save(): Promise<FileBytes | null> {
    const name = this.port.file;
    if (name === undefined) return null;
    const bytes = this.origin ?? (await this.written(name));
    this.dirty = false;
    await this.keep();
    return { name, bytes };
  }

  async close(): Promise<void> {
    this.port.hold([], null);
    this.origin = null;
    this.dirty = false;
    try {
      await this.store.clear();
    } catch {
      // nothing kept to forget
    }
  }

  /** The book as an .xlsx file: the whole book a command drew, or the one its sheets hold. */
  private async written(name: string): Promise<Uint8Array> {
    let book = this.port.book;
    if (!book) {
      const read = readBook(this.port.sheets, { strict: false, expect: 'book', file: name });
      if (!read.ok) throw new Error(read.problems.map((p) => p.en).join(' '));
      book = read.value.book;
    }
    const { writeBookXlsx } = await xlsxFiles();
    const written = await writeBookXlsx(book);
    // a command refuses a cell Excel cannot hold before it draws: a book drawn can be written
    if (!written.ok) throw new Error(written.problems.map((p) => p.en).join(' '));
    return written.value;
  }

  /** Whether the browser kept the book as it is now. */
  private async keep(): Promise<boolean> {
    const name = this.port.file;
    try {
      if (name === undefined) await this.store.clear();
      else {
        await this.store.save({
          name,
          sheets: this.port.sheets,
          origin: this.origin,
          unsaved: this.dirty,
        });
      }
      return true;
    } catch {
      return false;
    }
  }
}
