/**
 * The command line's host for the command table: a book's .xlsx file, whose sheets are read when
 * a command first asks for them (and only those), and what a command draws or offers kept for the
 * command line to write afterwards, each file whole (a file is never written sheet by sheet, and
 * nothing is written when the command fails).
 */
import * as path from 'path';
import type { CommandId, OfferedFile, User } from '../shared/app/command';
import { loadBook } from '../shared/app/book';
import { OFFICE } from '../shared/app/command';
import { vietnamClock } from '../shared/app/clock';
import type { Message } from '../shared/app/message';
import type { Outcome } from '../shared/app/outcome';
import type { DrawFeature, HostPort } from '../shared/app/port';
import { runCommand } from '../shared/app/run';
import type { DataOf, InputOf } from '../shared/app/table';
import type { Book } from '../shared/book/model';
import type { Problem } from '../shared/errors/problem';
import { WORKBOOK_LIMITS } from '../shared/files/limits';
import { SHEET } from '../shared/i18n/workbook-vi';
import { wholeBook } from '../shared/layout/describe';
import { sheetsNamed } from '../shared/read/book';
import type { BookRole, SheetGrid, WorkbookSpec } from '../shared/workbook/spec';
import { BOOK_ROLES } from '../shared/workbook/spec';
import type { BookSheets } from '../shared/xlsx/book-io';
import { openBookSheets } from '../shared/xlsx/book-io';
import { XlsxReadError } from '../shared/files/read-xlsx';
import { HEAD_ROWS } from '../shared/read/heads';
import { unwrap } from './book-files';
import type { Ctx } from './context';
import type { FailureMessage } from './errors';
import { CommandFailed } from './errors';
import { readInput } from './files/read';
import { inFile } from './problems-out';

export class FilePort implements HostPort {
  readonly host = 'file' as const;
  /** The whole book the last command drew (or read), to be written whole. */
  book: Book | null = null;
  /** Files the command offered, to be written by the command line once it succeeded. */
  readonly offered: OfferedFile[] = [];
  /** The book file's name (none for a book about to be made: it has no sheets yet). */
  readonly file?: string;
  private drawn: WorkbookSpec | null = null;

  private readonly sheets: BookSheets;

  /** `sheets`: the opened file, or the sheets at hand (none for a book about to be made). */
  constructor(sheets: BookSheets | readonly SheetGrid[], file?: string) {
    this.sheets = 'read' in sheets ? sheets : sheetsAtHand(sheets);
    if (file !== undefined) this.file = file;
  }

  /** The command line is the office's: a unit works in its own file. */
  who(): Promise<User> {
    return Promise.resolve(OFFICE);
  }

  /** The sheets of `roles` (their copies too, which the reader names), read once each. */
  readSheets(roles: readonly BookRole[]): Promise<SheetGrid[]> {
    const sheets = this.sheets;
    return sheets.read(namesFor(sheets.names, roles)).catch((e: unknown) => {
      // a damaged sheet: named in the file, as any problem of reading it
      throw e instanceof XlsxReadError ? new CommandFailed(e.problems) : e;
    });
  }

  /** A file has no selection: the commands that take one are not the command line's. */
  readSelection(): Promise<null> {
    return Promise.resolve(null);
  }

  readSelectedTable(): Promise<null> {
    return Promise.resolve(null);
  }

  draw(spec: WorkbookSpec, book: Book): Promise<{ skipped: DrawFeature[] }> {
    this.drawn = spec;
    this.book = book;
    return Promise.resolve({ skipped: [] });
  }

  writeMarks(): Promise<void> {
    return Promise.reject(new Error('the command line marks no rows: a unit marks in its file'));
  }

  select(): Promise<void> {
    return Promise.resolve();
  }

  /** A file's protections come with its sheets: each sheet's description says whether it is locked. */
  protect(): Promise<[]> {
    return Promise.resolve([]);
  }

  offer(files: readonly OfferedFile[]): Promise<void> {
    this.offered.push(...files);
    return Promise.resolve();
  }

  keep(book: Book): void {
    this.book = book;
  }

  /** The whole workbook of the book to write: the sheets drawn, and the others described. */
  whole(): WorkbookSpec | null {
    if (!this.book) return null;
    const drawn = this.drawn;
    // not kept twice once handed on (a province's log alone is 150,000 rows)
    this.drawn = null;
    return wholeBook(this.book, drawn);
  }
}

function sheetsAtHand(grids: readonly SheetGrid[]): BookSheets {
  return {
    names: grids.map((g) => g.name),
    read: (names) => Promise.resolve(grids.filter((g) => names.includes(g.name))),
  };
}

/** The sheets of a workbook that the reader takes for `roles`, as `sheetsNamed` matches them. */
function namesFor(names: readonly string[], roles: readonly BookRole[]): string[] {
  const stubs = names.map((name) => ({ name, values: [] }));
  return sheetsNamed(
    stubs,
    roles.map((r) => SHEET[r]),
  ).map((s) => s.name);
}

/** The book in an .xlsx input, as a port for the command table, or the file's problems. */
export async function openBook(ctx: Ctx, file: string): Promise<FilePort> {
  const name = path.basename(file);
  const bytes = await readInput(ctx, file, 'book', WORKBOOK_LIMITS.fileBytes);
  // the sheets read for their first rows only, by every name the reader takes for them
  const heads = (names: readonly string[]): Map<string, number> => {
    const out = new Map<string, number>();
    for (const [role, rows] of Object.entries(HEAD_ROWS) as [BookRole, number][]) {
      for (const sheet of namesFor(names, [role])) out.set(sheet, rows);
    }
    return out;
  };
  return new FilePort(unwrap(ctx, openBookSheets(bytes, name, heads), name), name);
}

/** The outcome of a command that went through. */
export type Done<D> = Outcome<D> & { ok: true; data: D };

/**
 * The book in the port's file, read strictly from the sheets of `roles` (every sheet by default),
 * where the command line needs it besides a command: its directory to read a plan with, its log.
 */
export async function readBookOf(
  ctx: Ctx,
  port: FilePort,
  roles: readonly BookRole[] = BOOK_ROLES,
): Promise<Book> {
  const sheets = await port.readSheets(roles);
  const clock = vietnamClock(ctx.now());
  const read = loadBook({ sheets, clock, ...(port.file ? { file: port.file } : {}) }, true);
  if (!read.ok) throw new CommandFailed(read.problems, port.file);
  return read.read.book;
}

export interface Failing {
  /** The file to name problems of what was to be written (a cell too long for Excel). */
  output?: string;
  /** The file a refusal that asks first is about (another plan: the plan file). */
  asked?: string;
  /** The command line's own line for a refusal that says this note. */
  noted?: { note: Message; line: FailureMessage };
}

/**
 * Runs a command of the table on a file, at the command line's clock: a refusal stops the
 * command line (its problems named by file); the outcome is handed back, its warnings for the
 * command line to show where it said them before any output is checked or written.
 */
export async function runOnFile<K extends CommandId>(
  ctx: Ctx,
  port: FilePort,
  id: K,
  input: InputOf<K>,
  failing: Failing = {},
): Promise<Done<DataOf<K>>> {
  const outcome = await runCommand(port, id, input, vietnamClock(ctx.now()));
  if (!outcome.ok) {
    const noted = failing.noted;
    const said = noted !== undefined && outcome.notes.some((n) => n.en === noted.note.en);
    // each problem named by the file it is about: what was to be written, the file asked about,
    // or the book (the returned files' own problems name them already)
    const fileOf = (p: Problem): string | undefined =>
      p.code === 'cellTooLong'
        ? failing.output
        : outcome.confirm
          ? (failing.asked ?? port.file)
          : said
            ? undefined
            : port.file;
    const problems = outcome.problems.flatMap((p) => inFile([p], fileOf(p)));
    throw new CommandFailed(problems, undefined, said ? noted.line : undefined);
  }
  // a command that went through hands back its data
  return outcome as Done<DataOf<K>>;
}
