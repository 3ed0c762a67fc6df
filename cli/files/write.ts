/**
 * Files written whole or not at all: into a temporary file in the same folder, synced, then
 * renamed over the target in one step. A write that fails half way (a full disk, a pulled USB
 * stick) leaves the earlier file as it was and removes its temporary file.
 */
import * as path from 'path';
import type { Ctx } from '../context';
import { CommandFailed } from '../errors';

/** The system's code for a failure (ENOSPC, EACCES…), or its message. */
export function reasonOf(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' ? code : String((e as Error)?.message ?? e);
}

function cannotWrite(file: string, e: unknown): CommandFailed {
  return new CommandFailed([], undefined, { key: 'cannotWrite', file, reason: reasonOf(e) });
}

let counter = 0;

/** Writes `data` to `file` atomically; the message names `file` as the user gave it. */
export async function writeWhole(ctx: Ctx, file: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  try {
    await ctx.io.mkdir(dir);
  } catch (e) {
    throw cannotWrite(file, e);
  }
  // through a link to the file it points at, so that the link stays a link
  const info = await ctx.io.stat(file).catch(() => null);
  const target = info ? await ctx.io.realpath(file) : path.resolve(file);
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${++counter}.tmp`,
  );
  try {
    await ctx.io.writeNew(temp, data);
    await ctx.io.rename(temp, target);
  } catch (e) {
    await ctx.io.remove(temp).catch(() => undefined);
    throw cannotWrite(file, e);
  }
}

/** `book.xlsx` → `book.bak.xlsx`, then `book.bak-2.xlsx`, `book.bak-3.xlsx`…: never an older one. */
function backupName(file: string, n: number): string {
  const ext = path.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  return `${stem}.bak${n > 1 ? `-${n}` : ''}${ext}`;
}

/**
 * Keeps a copy of `file` beside it under the first free backup name, written exclusively (an
 * older backup is never replaced); returns that name.
 */
export async function keepBackup(ctx: Ctx, file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await ctx.io.readFile(file);
  } catch (e) {
    throw cannotWrite(backupName(file, 1), e);
  }
  for (let n = 1; ; n++) {
    const name = backupName(file, n);
    if (await ctx.io.stat(name).catch(() => null)) continue;
    try {
      await ctx.io.writeNew(name, bytes);
      return name;
    } catch (e) {
      if (reasonOf(e) === 'EEXIST') continue;
      // a backup cut short is no backup: it goes, and nothing else is written
      await ctx.io.remove(name).catch(() => undefined);
      throw cannotWrite(name, e);
    }
  }
}
