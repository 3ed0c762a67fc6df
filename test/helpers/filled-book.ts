/**
 * A book holding entries, made as an office would: build it from the sample plan, split it, let
 * two units fill in their files, merge them. What the tests of safe writes must never lose.
 */
import * as fs from 'fs';
import * as path from 'path';
import { entriesOf, runCli } from './cli';
import { day, fillTracking } from './fill';
import { SAMPLE } from './paths';

export const BTV_FILE = 'BTV-ban-thuong-vu-tinh-doan.xlsx';
export const HA_FILE = 'HA-huyen-doan-hoa-an.xlsx';

export interface FilledBook {
  /** The book with the two units' entries merged. */
  book: string;
  /** The unit files as sent out, and the two filled ones, returned. */
  units: string;
  btv: string;
  ha: string;
  /** The entries the book holds. */
  entries: string[];
}

async function ok(args: string[]): Promise<void> {
  const r = await runCli(args);
  if (r.code !== 0) throw new Error(`thidua ${args.join(' ')}: ${r.err}`);
}

export async function filledBook(dir: string): Promise<FilledBook> {
  const empty = path.join(dir, 'so-trong.xlsx');
  const units = path.join(dir, 'don-vi');
  await ok(['build', SAMPLE, '-o', empty, '--as-of', '15/07/2014']);
  await ok(['split', empty, '-o', units]);
  const btv = path.join(units, BTV_FILE);
  const ha = path.join(units, HA_FILE);
  await fillTracking(btv, ({ index }) =>
    index < 4
      ? { status: 'Hoàn thành', doneDate: day('2014-03-10'), evidence: `Báo cáo số ${index + 1}` }
      : null,
  );
  await fillTracking(ha, ({ index }) =>
    index < 3 ? { status: 'Đang thực hiện', note: `Đang làm ${index + 1}` } : null,
  );
  const book = path.join(dir, 'so.xlsx');
  await ok(['consolidate', empty, btv, ha, '-o', book]);
  fs.rmSync(empty);
  return { book, units, btv, ha, entries: await entriesOf(book) };
}
