/** Runs the `thidua` program in-process, with real files, capturing its output and exit code. */
import { createHash } from 'crypto';
import * as fs from 'fs';
import { main } from '../../cli/main';
import type { Io } from '../../cli/io';
import { nodeIo } from '../../cli/io';
import { isEmptyEntry } from '../../shared/book/model';
import { readBookXlsx } from '../../shared/xlsx/book-io';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export const FIXED_NOW = new Date('2014-07-15T03:00:00.000Z');

/** `io` replaces some of the real file operations (a disk that fills up, a rename refused). */
export async function runCli(
  args: string[],
  now: Date = FIXED_NOW,
  io: Partial<Io> = {},
): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(
    ['node', 'thidua', ...args],
    { ...nodeIo, ...io, out: (t) => void (out += t), err: (t) => void (err += t) },
    () => now,
  );
  return { code, out, err };
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * Every entry a book holds, on `Theo dõi` and in `Lưu trữ`, as sorted lines: what must never
 * be lost.
 */
export async function entriesOf(file: string): Promise<string[]> {
  const r = await readBookXlsx(new Uint8Array(fs.readFileSync(file)), { strict: false });
  if (!r.ok) throw new Error(`${file}: ${r.problems.map((p) => p.en).join('; ')}`);
  const line = (e: {
    taskId: string;
    unitCode: string;
    status: string;
    doneDate: string | null;
    evidence: string;
    note: string;
  }) => [e.taskId, e.unitCode, e.status, e.doneDate ?? '', e.evidence, e.note].join(' | ');
  const { book } = r.value;
  return [...book.rows.filter((e) => !isEmptyEntry(e)), ...book.archive].map(line).sort();
}
