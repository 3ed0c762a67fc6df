/** Reading and writing books for the commands, turning problems into a failed command. */
import * as path from 'path';
import type { Result } from '../shared/errors/result';
import { WORKBOOK_LIMITS, UNITS_CSV_BYTES } from '../shared/files/limits';
import type { InputRole } from '../shared/i18n/catalog';
import type { ReadBook } from '../shared/read/book';
import { CAO_BANG_2014 } from '../shared/units/cao-bang-2014';
import type { Unit } from '../shared/units/model';
import type { WorkbookSpec } from '../shared/workbook/spec';
import { readUnitsCsvBytes } from '../shared/units/read-units-csv';
import { readBookXlsx, writeSpecXlsx } from '../shared/xlsx/book-io';
import type { Ctx } from './context';
import { showProblems, today } from './context';
import { CommandFailed } from './errors';
import type { FilePort } from './file-port';
import { readInput } from './files/read';
import type { Output } from './files/output';
import { writeOutput } from './files/output';
import { reasonOf } from './files/write';

/**
 * A workbook as the command line writes every .xlsx: through exceljs's streaming writer. Its zip
 * library calls `new Buffer(text)`; bundled, Node cannot tell that call is a dependency's and
 * would print a deprecation warning to the user, so warnings are off for the write (Node warns
 * of it once a process: it is then spent).
 */
export async function xlsxBytes(spec: WorkbookSpec): Promise<Result<Uint8Array>> {
  // a documented property of `process` that @types/node does not declare
  const proc = process as { noDeprecation?: boolean | undefined };
  const quiet = proc.noDeprecation;
  proc.noDeprecation = true;
  try {
    return await writeSpecXlsx(spec, { streamed: true });
  } finally {
    proc.noDeprecation = quiet;
  }
}

export function unwrap<T>(ctx: Ctx, result: Result<T>, file?: string): T {
  if (!result.ok) throw new CommandFailed(result.problems, file);
  showProblems(ctx, result.warnings, file);
  return result.value;
}

/** An .xlsx input (the book, or a returned file) read as a book, or its problems. */
export async function readBookFile(
  ctx: Ctx,
  file: string,
  role: InputRole,
  strict: boolean,
): Promise<Result<ReadBook>> {
  const name = path.basename(file);
  const bytes = await readInput(ctx, file, role, WORKBOOK_LIMITS.fileBytes);
  return readBookXlsx(bytes, {
    file: name,
    strict,
    today: today(ctx),
    now: nowIso(ctx),
    expect: role === 'returned' ? 'any' : 'book',
  });
}

/** Writes the book a command of the table made, whole, as `checkOutput` decided. */
export async function saveBook(ctx: Ctx, out: Output, port: FilePort): Promise<void> {
  const spec = port.whole();
  if (!spec) throw new Error('the command made no book to write');
  await saveBytes(ctx, out, await xlsxBytes(spec));
}

/** Writes an output's bytes as `checkOutput` decided, or stops on the core's problems. */
export async function saveBytes(ctx: Ctx, out: Output, result: Result<Uint8Array>): Promise<void> {
  const bytes = unwrap(ctx, result, path.basename(out.file));
  await writeOutput(ctx, out, bytes);
}

/** Creates a folder for output, or says why it cannot. */
export async function makeDir(ctx: Ctx, dir: string): Promise<void> {
  try {
    await ctx.io.mkdir(dir);
  } catch (e) {
    throw new CommandFailed([], undefined, { key: 'cannotWrite', file: dir, reason: reasonOf(e) });
  }
}

export async function loadUnits(ctx: Ctx, file: string | undefined): Promise<Unit[]> {
  if (!file) return [...CAO_BANG_2014];
  const bytes = await readInput(ctx, file, 'units', UNITS_CSV_BYTES);
  return unwrap(ctx, readUnitsCsvBytes(bytes, path.basename(file)), path.basename(file));
}

function nowIso(ctx: Ctx): string {
  return ctx.now().toISOString();
}
