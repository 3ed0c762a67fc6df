/**
 * `split` into a folder that may already hold unit files. A unit file there whose entries are
 * not yet in the book (a unit returned it, nobody merged it) is never overwritten: the command
 * stops, naming each such file and how many entries it would lose. Files holding nothing new
 * are replaced, and said so.
 */
import * as path from 'path';
import { consolidate } from '../../shared/book/consolidate';
import type { Book, LogEntry } from '../../shared/book/model';
import { rowKey } from '../../shared/book/model';
import { error } from '../../shared/errors/problem';
import { WORKBOOK_LIMITS } from '../../shared/files/limits';
import { readBookXlsx } from '../../shared/xlsx/book-io';
import type { Ctx } from '../context';
import { today } from '../context';
import { CommandFailed } from '../errors';
import { entryCount } from '../../shared/book/model';

interface Found {
  /** Entries the file holds. */
  entries: number;
  /** Of those, entries the book does not have; null when this cannot be told. */
  unmerged: number | null;
}

/**
 * What a file found where a unit file is to be written holds that the book does not: what
 * merging it would still apply, or report as a conflict not reported before. Unknown (null) for
 * a file that is not one this can tell (unreadable); for a unit file of another plan, or a whole
 * book, every entry counts.
 */
async function found(
  ctx: Ctx,
  file: string,
  size: number,
  wholeBook: () => Promise<Book>,
): Promise<Found> {
  if (size === 0) return { entries: 0, unmerged: 0 };
  if (size > WORKBOOK_LIMITS.fileBytes) return { entries: 0, unmerged: null };
  const name = path.basename(file);
  const read = await readBookXlsx(await ctx.io.readFile(file), {
    file: name,
    strict: false,
    today: today(ctx),
  });
  if (!read.ok) return { entries: 0, unmerged: null };
  const there = read.value.book;
  const book = await wholeBook();
  const entries = entryCount(there);
  if (there.meta.kind !== 'unit' || there.meta.planId !== book.meta.planId) {
    return { entries, unmerged: entries };
  }
  const merged = consolidate(
    book,
    [{ file: name, book: there, rows: read.value.tracking, problems: [] }],
    ctx.now().toISOString(),
  );
  const key = (e: LogEntry): string => [e.unitCode, e.taskId, e.field, e.new].join('\u0000');
  const reported = new Set(book.log.filter((e) => e.outcome === 'conflict').map(key));
  const rows = new Set<string>();
  for (const e of merged.log) {
    if (e.outcome === 'applied' || (e.outcome === 'conflict' && !reported.has(key(e)))) {
      rows.add(rowKey(e.taskId, e.unitCode));
    }
  }
  return { entries, unmerged: rows.size };
}

export interface UnitTarget {
  file: string;
  /** Said when a file is replaced: it held no entries, or only entries the book has. */
  replacing: 'noEntries' | 'merged' | null;
}

/**
 * Decides how each unit file may be written, or stops the command before any is. The whole book
 * (its log says which conflicts were reported) is read only when a unit file is there.
 */
export async function checkUnitTargets(
  ctx: Ctx,
  dir: string,
  files: readonly string[],
  book: () => Promise<Book>,
): Promise<UnitTarget[]> {
  const targets: UnitTarget[] = [];
  const inTheWay: { name: string; unmerged: number | null }[] = [];
  for (const file of files) {
    const info = await ctx.io.stat(file).catch(() => null);
    const at = { file: path.basename(file) };
    if (!info) {
      targets.push({ file, replacing: null });
      continue;
    }
    if (info.kind !== 'file') {
      throw new CommandFailed([error('outputNotAFile', at, { kind: info.kind })]);
    }
    const input = ctx.inputs.find((i) => i.id === info.id);
    if (input) {
      throw new CommandFailed([error('outputIsInput', at, { role: input.role, inPlace: false })]);
    }
    const there = await found(ctx, file, info.size, book);
    if (there.unmerged === 0) {
      targets.push({ file, replacing: there.entries > 0 ? 'merged' : 'noEntries' });
    } else {
      inTheWay.push({ name: path.basename(file), unmerged: there.unmerged });
    }
  }
  if (inTheWay.length > 0) {
    throw new CommandFailed([
      error('unitFilesInTheWay', { file: path.basename(dir) }, { files: inTheWay }),
    ]);
  }
  return targets;
}
