/** The book a command reads from its sheets, and the sheets it draws back. */
import type { Book, LogEntry } from '../book/model';
import { withSecret } from '../book/seal';
import { error } from '../errors/problem';
import type { Problem } from '../errors/problem';
import { SHEET } from '../i18n/workbook-vi';
import { describeBook } from '../layout/describe';
import type { ReadBook } from '../read/book';
import { readBook } from '../read/book';
import { looseEntryCount } from '../read/loose-entries';
import type { Unit } from '../units/model';
import { checkSpec } from '../workbook/check';
import type { BookRole, SheetGrid } from '../workbook/spec';
import type { Clock } from './clock';
import type { CommandContext, CommandResult } from './command';
import type { Message } from './message';

/** `Báo cáo` and the scoring sheets it counts with: read, and drawn, together. */
export const REPORT_SHEETS: readonly BookRole[] = ['report', 'criteria', 'scores'];

export function hasBook(sheets: readonly SheetGrid[]): boolean {
  // a book whose identity sheet was deleted still holds the office's entries: it is not blank
  return sheets.some((s) => s.name === SHEET.meta) || looseEntryCount(sheets) > 0;
}

export type Loaded =
  { ok: true; read: ReadBook; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * The office's book, from the sheets the command read. Strict for a command that rewrites rows:
 * a cell that cannot be taken as it is stops it; lenient for one that only reads.
 */
export function loadBook(
  ctx: Pick<CommandContext<unknown>, 'sheets' | 'clock' | 'file'>,
  strict: boolean,
  units?: readonly Unit[],
): Loaded {
  // an open workbook with no book yet is asked to build one; a file is named as not a book
  if (!hasBook(ctx.sheets) && !ctx.file) return { ok: false, problems: [error('noBook')] };
  const r = readBook(ctx.sheets, {
    strict,
    today: ctx.clock.today,
    now: ctx.clock.now,
    expect: 'book',
    ...(ctx.file ? { file: ctx.file } : {}),
    ...(units ? { units } : {}),
  });
  return r.ok ? { ok: true, read: r.value, warnings: r.warnings } : r;
}

/** A book about to be written: with its key (books made before sealing get one now). */
export function keyed(book: Book, clock: Clock): Book {
  return withSecret(book, clock.now, clock.entropy);
}

/** The sheets a rewrite of the rows changes; the log and the archive where anything joined them. */
export function rowRoles(
  read: ReadBook,
  base: readonly BookRole[],
  joined: { log?: number; archive?: number } = {},
): BookRole[] {
  const roles = [...base];
  if (read.added.log + (joined.log ?? 0) > 0) roles.push('log');
  if (read.added.archive + (joined.archive ?? 0) > 0) roles.push('archive');
  return roles;
}

/** Draws `roles` of `book` (all of them by default), or stops on a cell Excel cannot hold. */
export function redrawn<D>(
  book: Book,
  roles: readonly BookRole[] | undefined,
  message: Message,
  warnings: Problem[],
  data: D,
  log: LogEntry[] = [],
): CommandResult<D> {
  const { spec } = describeBook(book, roles);
  const tooLong = checkSpec(spec);
  if (tooLong.length > 0) return { ok: false, problems: tooLong };
  return { ok: true, draw: spec, book, message, warnings, log, data };
}
