/** Reading and writing books for the commands, turning problems into a failed command. */
import * as path from 'path';
import type { Book } from '../shared/book/model';
import { error } from '../shared/errors/problem';
import type { Result } from '../shared/errors/result';
import type { ReadBook } from '../shared/read/book';
import { readUnitsCsv } from '../shared/units/read-units';
import { CAO_BANG_2014 } from '../shared/units/cao-bang-2014';
import type { Unit } from '../shared/units/model';
import { readBookXlsx } from '../shared/xlsx/book-io';
import type { Ctx } from './context';
import { today } from './context';
import { CommandFailed } from './errors';
import { formatProblems } from './problems-out';

export async function readBytes(ctx: Ctx, file: string): Promise<Uint8Array> {
  try {
    return await ctx.io.readFile(file);
  } catch {
    throw new CommandFailed([error('fileNotFound', { file })]);
  }
}

export function unwrap<T>(ctx: Ctx, result: Result<T>, file?: string): T {
  if (!result.ok) throw new CommandFailed(result.problems, file);
  ctx.io.err(formatProblems(result.warnings, ctx.lang(), file));
  return result.value;
}

export async function loadBook(ctx: Ctx, file: string, strict: boolean): Promise<ReadBook> {
  const name = path.basename(file);
  const bytes = await readBytes(ctx, file);
  const read = await readBookXlsx(bytes, {
    file: name,
    strict,
    today: today(ctx),
    now: nowIso(ctx),
    expect: 'book',
  });
  return unwrap(ctx, read, name);
}

export async function saveBytes(ctx: Ctx, file: string, result: Result<Uint8Array>): Promise<void> {
  const bytes = unwrap(ctx, result, path.basename(file));
  try {
    await ctx.io.writeFile(file, bytes);
  } catch (e) {
    throw new CommandFailed([], undefined, { key: 'cannotWrite', file, reason: reasonOf(e) });
  }
}

/** Creates a folder for output, or says why it cannot. */
export async function makeDir(ctx: Ctx, dir: string): Promise<void> {
  try {
    await ctx.io.mkdir(dir);
  } catch (e) {
    throw new CommandFailed([], undefined, { key: 'cannotWrite', file: dir, reason: reasonOf(e) });
  }
}

function reasonOf(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' ? code : String((e as Error)?.message ?? e);
}

export async function loadUnits(ctx: Ctx, file: string | undefined): Promise<Unit[]> {
  if (!file) return [...CAO_BANG_2014];
  const bytes = await readBytes(ctx, file);
  const text = new TextDecoder('utf-8').decode(bytes);
  return unwrap(ctx, readUnitsCsv(text, path.basename(file)), path.basename(file));
}

export function nowIso(ctx: Ctx): string {
  return ctx.now().toISOString();
}

export type { Book };
