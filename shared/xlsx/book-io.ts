/** Books to and from .xlsx bytes: what the CLI, the pane's browser mode and the sidebar share. */
import type { Result } from '../errors/result';
import { fail, ok } from '../errors/result';
import type { Book } from '../book/model';
import { SHEET } from '../i18n/workbook-vi';
import { describeBook, describeUnitFile } from '../layout/describe';
import type { ReadBook } from '../read/book';
import { readBook } from '../read/book';
import { looseEntryCount } from '../read/loose-entries';
import { cellAddress } from '../workbook/a1';
import { checkSpec } from '../workbook/check';
import type { SheetGrid, WorkbookSpec } from '../workbook/spec';
import { XlsxReadError, readXlsx } from '../files/read-xlsx';
import { writeXlsx, writeXlsxStreamed } from './write';

/**
 * The sheets of an .xlsx workbook as a host reads them, `Theo dõi` with its formulas and merged
 * ranges (which its reader names, never takes as values), or why the bytes cannot be read.
 */
export async function readBookSheets(
  bytes: Uint8Array,
  file?: string,
): Promise<Result<SheetGrid[]>> {
  let read;
  try {
    read = await readXlsx(bytes, [SHEET.tracking], file ? { file } : undefined);
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
  return ok(
    read.sheets.map(({ name, values }) => {
      const sheetFormulas = formulas.get(name);
      const sheetMerges = merges.get(name);
      return {
        name,
        values,
        ...(sheetFormulas ? { formulas: sheetFormulas } : {}),
        ...(sheetMerges ? { merges: sheetMerges } : {}),
      };
    }),
  );
}

export async function readBookXlsx(
  bytes: Uint8Array,
  opts: { file?: string; strict: boolean; today?: string; now?: string; expect?: 'book' | 'any' },
): Promise<Result<ReadBook>> {
  const sheets = await readBookSheets(bytes, opts.file);
  if (!sheets.ok) return sheets;
  return readBook(sheets.value, {
    strict: opts.strict,
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

/**
 * A workbook description as .xlsx bytes, or the cells Excel could not hold. `streamed`: through
 * exceljs's streaming writer (the command line's province-scale books), the same content.
 */
export async function writeSpecXlsx(
  spec: WorkbookSpec,
  how: { streamed: boolean } = { streamed: false },
): Promise<Result<Uint8Array>> {
  const problems = checkSpec(spec);
  if (problems.length > 0) return fail(problems);
  return ok(await (how.streamed ? writeXlsxStreamed(spec) : writeXlsx(spec)));
}

export async function writeBookXlsx(book: Book): Promise<Result<Uint8Array>> {
  return writeSpecXlsx(describeBook(book).spec);
}

export async function writeUnitXlsx(unitBook: Book): Promise<Result<Uint8Array>> {
  return writeSpecXlsx(describeUnitFile(unitBook));
}
