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
import type { ReadSheets, XlsxPackage } from '../files/read-xlsx';
import { XlsxReadError, openXlsx, readXlsx } from '../files/read-xlsx';
import { writeXlsx, writeXlsxStreamed } from './write';

/** A book's .xlsx opened for reading: each sheet read once, when a command first asks for it. */
export interface BookSheets {
  /** The names of the sheets holding cells, in the workbook's order. */
  readonly names: readonly string[];
  /**
   * The sheets of these names, read as a host reads them (see `readBookSheets`); throws an
   * XlsxReadError when one of them is damaged.
   */
  read(names: readonly string[]): Promise<SheetGrid[]>;
}

/**
 * Opens the book in the bytes: checks the file and reads what every sheet shares, or says why
 * the bytes cannot be read. `headsOf` names, among the workbook's sheets, those to read only for
 * their first rows (and how many).
 */
export function openBookSheets(
  bytes: Uint8Array,
  file?: string,
  headsOf: (names: readonly string[]) => ReadonlyMap<string, number> = () => new Map(),
): Result<BookSheets> {
  const at = file ? { file } : undefined;
  let pkg: XlsxPackage;
  try {
    pkg = openXlsx(bytes, at);
  } catch (e) {
    if (e instanceof XlsxReadError) return fail(e.problems);
    throw e;
  }
  const kept = new Map<string, SheetGrid>();
  const heads = headsOf(pkg.sheetNames);
  return ok({
    names: pkg.sheetNames,
    async read(names) {
      const missing = names.filter((n) => !kept.has(n));
      if (missing.length > 0) {
        const read = await readXlsx(bytes, [SHEET.tracking], at, { only: missing, heads });
        for (const grid of gridsOf(read)) kept.set(grid.name, grid);
      }
      return pkg.sheetNames.filter((n) => names.includes(n)).map((n) => kept.get(n) as SheetGrid);
    },
  });
}

/** Each sheet read with its formulas and merged ranges, where its reader asked for them. */
function gridsOf(read: ReadSheets): SheetGrid[] {
  const formulas = new Map<string, Map<string, string>>();
  for (const f of read.formulas) {
    const m = formulas.get(f.sheet) ?? new Map<string, string>();
    m.set(cellAddress(f.row, f.col), f.formula);
    formulas.set(f.sheet, m);
  }
  const merges = new Map<string, string[]>();
  for (const m of read.merges) merges.set(m.sheet, [...(merges.get(m.sheet) ?? []), m.range]);
  return read.sheets.map(({ name, values }) => {
    const sheetFormulas = formulas.get(name);
    const sheetMerges = merges.get(name);
    return {
      name,
      values,
      ...(sheetFormulas ? { formulas: sheetFormulas } : {}),
      ...(sheetMerges ? { merges: sheetMerges } : {}),
    };
  });
}

/**
 * The sheets of an .xlsx workbook as a host reads them, `Theo dõi` with its formulas and merged
 * ranges (which its reader names, never takes as values), or why the bytes cannot be read.
 */
export async function readBookSheets(
  bytes: Uint8Array,
  file?: string,
): Promise<Result<SheetGrid[]>> {
  try {
    return ok(gridsOf(await readXlsx(bytes, [SHEET.tracking], file ? { file } : undefined)));
  } catch (e) {
    if (e instanceof XlsxReadError) return fail(e.problems);
    throw e;
  }
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
