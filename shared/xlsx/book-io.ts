/** Books to and from .xlsx bytes: what the CLI, the pane's browser mode and the sidebar share. */
import type { Result } from '../errors/result';
import { fail, ok } from '../errors/result';
import type { Book } from '../book/model';
import { SHEET } from '../i18n/workbook-vi';
import { describeBook, describeUnitFile } from '../layout/describe';
import { describeSummary } from '../layout/summary';
import type { ReadBook } from '../read/book';
import { readBook } from '../read/book';
import { looseEntryCount } from '../read/loose-entries';
import { computeReport } from '../report/compute';
import { cellAddress } from '../workbook/a1';
import { checkSpec } from '../workbook/check';
import type { WorkbookSpec } from '../workbook/spec';
import { XlsxReadError, readXlsx } from './read';
import { writeXlsx } from './write';

export async function readBookXlsx(
  bytes: Uint8Array,
  opts: { file?: string; strict: boolean; today?: string; now?: string; expect?: 'book' | 'any' },
): Promise<Result<ReadBook>> {
  const at = opts.file ? { file: opts.file } : undefined;
  let read;
  try {
    read = await readXlsx(bytes, [SHEET.tracking], at);
  } catch (e) {
    if (e instanceof XlsxReadError) return fail(e.problems);
    throw e;
  }
  const formulas = new Map<string, Map<string, string>>();
  for (const f of read.formulas) {
    const m = formulas.get(f.sheet) ?? new Map<string, string>();
    m.set(cellAddress(f.row, f.col), f.formula);
    formulas.set(f.sheet, m);
  }
  const merges = new Map<string, string[]>();
  for (const m of read.merges) merges.set(m.sheet, [...(merges.get(m.sheet) ?? []), m.range]);
  return readBook(read.sheets, {
    strict: opts.strict,
    formulas,
    merges,
    ...(opts.expect ? { expect: opts.expect } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.file ? { file: opts.file } : {}),
    ...(opts.today ? { today: opts.today } : {}),
  });
}

/** Entries on `Theo dõi` and `Lưu trữ` of a workbook that cannot be read as a book. */
export async function looseEntriesXlsx(bytes: Uint8Array): Promise<number> {
  try {
    return looseEntryCount((await readXlsx(bytes)).sheets);
  } catch (e) {
    if (e instanceof XlsxReadError) return 0;
    throw e;
  }
}

async function write(spec: WorkbookSpec): Promise<Result<Uint8Array>> {
  const problems = checkSpec(spec);
  if (problems.length > 0) return fail(problems);
  return ok(await writeXlsx(spec));
}

export async function writeBookXlsx(book: Book): Promise<Result<Uint8Array>> {
  return write(describeBook(book).spec);
}

export async function writeUnitXlsx(unitBook: Book): Promise<Result<Uint8Array>> {
  return write(describeUnitFile(unitBook));
}

export async function writeSummaryXlsx(
  book: Book,
  asOf: string = book.asOf,
): Promise<Result<Uint8Array>> {
  return write(describeSummary(book, computeReport(book, asOf)));
}
