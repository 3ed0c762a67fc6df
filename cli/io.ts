/**
 * What a command may touch outside the core: files and the two output streams. The primitives
 * are small so that a test can fail any of them (a disk that fills half way through a write);
 * writing whole-or-nothing is built on them in files/write.ts.
 */
import type { BigIntStats } from 'fs';
import { constants, promises as fs } from 'fs';
import * as path from 'path';

/** What stands at a path. Only regular files are ever read. */
type EntryKind = 'file' | 'folder' | 'pipe' | 'device' | 'socket' | 'other';

interface FileInfo {
  kind: EntryKind;
  size: number;
  /** Device and inode: the same file under any name (a link, another case, another path). */
  id: string;
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** What is at a path, following links; null when nothing is. Other failures throw (EACCES…). */
  stat: (file: string) => Promise<FileInfo | null>;
  readFile: (file: string) => Promise<Uint8Array>;
  /** Writes a file that must not exist yet, whole, synced to disk before it resolves. */
  writeNew: (file: string, data: Uint8Array | string) => Promise<void>;
  /** Replaces `to` by `from` in one step (both in one folder). */
  rename: (from: string, to: string) => Promise<void>;
  remove: (file: string) => Promise<void>;
  mkdir: (dir: string) => Promise<void>;
  /** The path with links resolved; for a path that does not exist, its folder's. */
  realpath: (file: string) => Promise<string>;
  list: (dir: string) => Promise<string[]>;
}

function kindOf(s: BigIntStats): EntryKind {
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'folder';
  if (s.isFIFO()) return 'pipe';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  if (s.isSocket()) return 'socket';
  return 'other';
}

/**
 * Standard output and error, quiet once the reader has gone: `thidua report --json | head -1`
 * closes the pipe early, and the command should finish its work (and its files) without a
 * stack trace, not die in the middle of a write.
 */
const closed = { out: false, err: false };
let guarded = false;
function guardStreams(): void {
  if (guarded) return;
  guarded = true;
  const quiet = (which: 'out' | 'err') => (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed[which] = true;
    else throw e;
  };
  process.stdout.on('error', quiet('out'));
  process.stderr.on('error', quiet('err'));
}

/**
 * Device and inode; where a file system has no inode numbers (FAT and exFAT memory sticks on
 * Windows give 0), the real path, in lower case where the system ignores case.
 */
async function idOf(file: string, s: BigIntStats): Promise<string> {
  if (s.ino !== 0n) return `${s.dev}:${s.ino}`;
  const real = await fs.realpath(file);
  const folds = process.platform === 'win32' || process.platform === 'darwin';
  return `path:${folds ? real.toLowerCase() : real}`;
}

export const nodeIo: Io = {
  out: (t) => {
    guardStreams();
    if (!closed.out && t) process.stdout.write(t);
  },
  err: (t) => {
    guardStreams();
    if (!closed.err && t) process.stderr.write(t);
  },
  stat: async (f) => {
    try {
      const s = await fs.stat(f, { bigint: true });
      return { kind: kindOf(s), size: Number(s.size), id: await idOf(f, s) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw e;
    }
  },
  readFile: async (f) => new Uint8Array(await fs.readFile(f)),
  writeNew: async (f, d) => {
    const handle = await fs.open(f, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL);
    try {
      await handle.writeFile(d);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fs.rename(from, to),
  remove: (f) => fs.rm(f, { force: true }),
  mkdir: async (d) => void (await fs.mkdir(d, { recursive: true })),
  realpath: async (f) => {
    try {
      return await fs.realpath(f);
    } catch {
      return path.join(await fs.realpath(path.dirname(path.resolve(f))), path.basename(f));
    }
  },
  list: (d) => fs.readdir(d),
};
