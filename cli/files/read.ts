/**
 * Reading the command's input files: looked at before they are opened (a folder, a named pipe
 * or a device such as /dev/zero is refused, not read: a pipe would wait for ever, a device fill
 * the memory), refused at once when larger than what that kind of input may be, and remembered,
 * so that no output is ever written over one of them.
 */
import * as path from 'path';
import { error } from '../../shared/errors/problem';
import type { InputRole } from '../../shared/i18n/catalog';
import type { Ctx } from '../context';
import { CommandFailed } from '../errors';
import { reasonOf } from './write';

export interface InputFile {
  file: string;
  id: string;
  role: InputRole;
}

/** Reads an input whole, or fails the command saying why, in both languages. */
export async function readInput(
  ctx: Ctx,
  file: string,
  role: InputRole,
  limit: number,
): Promise<Uint8Array> {
  const at = { file: path.basename(file) };
  const refuse = (p: ReturnType<typeof error>): never => {
    throw new CommandFailed([p]);
  };
  let info;
  try {
    info = await ctx.io.stat(file);
  } catch (e) {
    return refuse(reasonOf(e) === 'EACCES' ? error('fileNoAccess', at) : error('fileNotFound', at));
  }
  if (!info) return refuse(error('fileNotFound', at));
  if (info.kind !== 'file') return refuse(error('notAFile', at, { kind: info.kind }));
  ctx.inputs.push({ file, id: info.id, role });
  if (info.size > limit) return refuse(error('fileTooLarge', at, { size: info.size, limit }));
  try {
    return await ctx.io.readFile(file);
  } catch (e) {
    const code = reasonOf(e);
    return refuse(
      code === 'EACCES' || code === 'EPERM' ? error('fileNoAccess', at) : error('fileNotFound', at),
    );
  }
}
