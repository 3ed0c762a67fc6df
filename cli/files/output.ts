/**
 * Where a command may write its output. Never over one of its inputs (unless --in-place, for
 * the book, which keeps a copy first); never over a workbook holding entries (unless --force,
 * which keeps a copy first); over anything else only saying so.
 */
import * as path from 'path';
import { entryCount } from '../../shared/book/model';
import { error } from '../../shared/errors/problem';
import { looseEntriesXlsx, readBookXlsx } from '../../shared/xlsx/book-io';
import { sniffFile } from '../../shared/files/format';
import { WORKBOOK_LIMITS } from '../../shared/files/limits';
import type { Ctx } from '../context';
import { say } from '../context';
import { CommandFailed } from '../errors';
import { keepBackup, writeWhole } from './write';

export interface OutputOptions {
  /**
   * The output may be the input book: it is then replaced, after a copy is kept. Undefined for a
   * command that cannot write in place (its refusal then offers no --in-place).
   */
  inPlace?: boolean;
  /** A workbook holding entries may be replaced, after a copy is kept. */
  force?: boolean;
  /** A text output (the --log file): only the input and not-a-file checks apply. */
  text?: boolean;
}

export interface Output {
  file: string;
  /** Keep a copy of what is there before writing. */
  backup: boolean;
  /** Say that the file there is replaced, and why that is safe. */
  replacing: 'notBook' | 'noEntries' | 'empty' | null;
}

/** Decides how `file` may be written, or fails the command saying why nothing is written. */
export async function checkOutput(
  ctx: Ctx,
  file: string,
  opts: OutputOptions = {},
): Promise<Output> {
  const at = { file: path.basename(file) };
  const refuse = (p: ReturnType<typeof error>): never => {
    throw new CommandFailed([p]);
  };
  const info = await ctx.io.stat(file).catch(() => null);
  if (!info) return { file, backup: false, replacing: null };
  if (info.kind !== 'file') return refuse(error('outputNotAFile', at, { kind: info.kind }));
  const input = ctx.inputs.find((i) => i.id === info.id);
  if (input) {
    const inPlace = input.role === 'book' && opts.inPlace !== undefined;
    if (inPlace && opts.inPlace) return { file, backup: true, replacing: null };
    return refuse(error('outputIsInput', at, { role: input.role, inPlace }));
  }
  if (opts.text || info.size === 0) {
    return { file, backup: false, replacing: info.size === 0 ? 'empty' : null };
  }
  if (info.size > WORKBOOK_LIMITS.fileBytes) {
    return opts.force
      ? { file, backup: true, replacing: null }
      : refuse(error('outputUnreadable', at));
  }
  const bytes = await ctx.io.readFile(file);
  if (sniffFile(bytes).format !== 'xlsx') return { file, backup: false, replacing: 'notBook' };
  const read = await readBookXlsx(bytes, { file: at.file, strict: false });
  if (!read.ok) {
    if (read.problems.some((p) => p.code === 'identityLost')) {
      // its identity sheet is gone, but what the office typed is still there
      if (opts.force) return { file, backup: true, replacing: null };
      const entries = await looseEntriesXlsx(bytes);
      return refuse(error('outputHoldsEntries', at, { entries, unit: false }));
    }
    if (read.problems.some((p) => p.code === 'notOurWorkbook')) {
      return { file, backup: false, replacing: 'notBook' };
    }
    // an .xlsx that cannot be read could be a book with entries: not replaced unasked
    return opts.force
      ? { file, backup: true, replacing: null }
      : refuse(error('outputUnreadable', at));
  }
  const entries = entryCount(read.value.book);
  if (entries === 0) return { file, backup: false, replacing: 'noEntries' };
  if (opts.force) return { file, backup: true, replacing: null };
  return refuse(
    error('outputHoldsEntries', at, { entries, unit: read.value.book.meta.kind === 'unit' }),
  );
}

/** Writes an output as `checkOutput` decided: the copy first, then the file, whole. */
export async function writeOutput(ctx: Ctx, out: Output, data: Uint8Array | string): Promise<void> {
  const name = path.basename(out.file);
  if (out.backup) {
    const backup = await keepBackup(ctx, out.file);
    say(ctx, 'backupKept', { file: name, backup: path.basename(backup) });
  }
  if (out.replacing) say(ctx, 'replacing', { file: name, why: out.replacing });
  await writeWhole(ctx, out.file, data);
}
