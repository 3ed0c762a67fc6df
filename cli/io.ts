/** What a command may touch outside the core: files and the two output streams. */
import { promises as fs } from 'fs';
import * as path from 'path';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (file: string) => Promise<Uint8Array>;
  writeFile: (file: string, data: Uint8Array | string) => Promise<void>;
  mkdir: (dir: string) => Promise<void>;
}

export const nodeIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  readFile: async (f) => new Uint8Array(await fs.readFile(f)),
  writeFile: async (f, d) => {
    await fs.mkdir(path.dirname(path.resolve(f)), { recursive: true });
    await fs.writeFile(f, d);
  },
  mkdir: async (d) => void (await fs.mkdir(d, { recursive: true })),
};
