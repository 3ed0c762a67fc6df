/**
 * Browser mode: the workbook lives in the page as .xlsx bytes (read and written with exceljs), so
 * an office without the add-in (an old Office, no rights to install) can still do the job with
 * files. Every change gives a new file to download.
 */
import type { Book } from '../../../shared/book/model';
import { error } from '../../../shared/errors/problem';
import type { Problem } from '../../../shared/errors/problem';
import { hasBook } from '../../../shared/app/book';
import { readBook } from '../../../shared/read/book';
import type { SheetGrid } from '../../../shared/workbook/spec';
import { writeBookXlsx } from '../../../shared/xlsx/book-io';
import { readXlsx, XlsxReadError } from '../../../shared/files/read-xlsx';
import type { BookIO, Bridge, Download } from './bridge';

function bookFileName(book: Book): string {
  const year = book.plan.document.year;
  return year ? `so-theo-doi-${year}.xlsx` : 'so-theo-doi.xlsx';
}

export class FileBridge implements Bridge {
  readonly mode = 'browser' as const;
  /** The open workbook's file name, or null before one is built or opened. */
  name: string | null = null;
  private sheets: SheetGrid[] = [];
  private downloads: Download[] = [];

  /** Opens a tracking workbook the user chose; problems when it is not one. */
  async open(bytes: Uint8Array, name: string): Promise<Problem[]> {
    let sheets: SheetGrid[];
    try {
      sheets = (await readXlsx(bytes, [], { file: name })).sheets;
    } catch (e) {
      if (e instanceof XlsxReadError) return e.problems;
      throw e;
    }
    if (!hasBook(sheets)) return [error('notOurWorkbook', { file: name })];
    // a unit's file is not the office's book: say so now, not at the first action
    const read = readBook(sheets, { strict: false, expect: 'book', file: name });
    const unit = !read.ok ? read.problems.filter((p) => p.code === 'unitFileAsBook') : [];
    if (unit.length > 0) return unit;
    this.sheets = sheets;
    this.name = name;
    return [];
  }

  run<T>(work: (io: BookIO) => Promise<T>): Promise<T> {
    const io: BookIO = {
      read: async (requests) => {
        const wanted = new Set(requests.map((r) => r.name.toLowerCase()));
        return this.sheets.filter((s) => wanted.has(s.name.toLowerCase()));
      },
      draw: async (_spec, book) => {
        // the whole book again: a file has no "other sheets" to keep
        const written = await writeBookXlsx(book);
        if (!written.ok) throw new ProblemsError(written.problems);
        this.sheets = (await readXlsx(written.value)).sheets;
        this.name ??= bookFileName(book);
        this.downloads.push({ name: this.name, bytes: written.value });
        return { skipped: [] };
      },
      writeMarks: async () => {
        throw new NeedsExcelError();
      },
      selection: async () => null,
      selectedTable: async () => null,
    };
    return work(io);
  }

  takeDownloads(): Download[] {
    const out = this.downloads;
    this.downloads = [];
    return out;
  }
}

/** Problems from the core that stop a command half-way (e.g. a cell over Excel's limit). */
export class ProblemsError extends Error {
  override name = 'ProblemsError' as const;
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.en).join('\n'));
  }
}

/** A command that reads the selection, asked for in browser mode. */
export class NeedsExcelError extends Error {
  override name = 'NeedsExcelError' as const;
}
