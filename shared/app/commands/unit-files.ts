/** The units' own files to send out: each unit's rows of this plan, sealed with the book's key. */
import * as z from 'zod';
import { splitBook } from '../../book/split';
import { describeUnitFile } from '../../layout/describe';
import { asciiFold } from '../../text/normalize';
import { loadBook } from '../book';
import type { CommandSpec } from '../command';
import { answered } from '../command';
import { say } from '../message';

/** "H01-huyen-doan-so-1.xlsx": the unit's code, then its name in plain letters. */
function unitFileName(code: string, name: string): string {
  const slug = asciiFold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${code}-${slug}.xlsx`;
}

export interface UnitFile {
  name: string;
  unit: string;
  rows: number;
}

export const unitFiles: CommandSpec<Record<string, never>, { files: UnitFile[] }> = {
  id: 'unitFiles',
  input: z.object({}).strict(),
  who: ['office'],
  reads: ['meta', 'tracking', 'units', 'mappings'],
  selection: 'none',
  changes: [],
  run(ctx) {
    const l = loadBook(ctx, true);
    if (!l.ok) return l;
    const parts = splitBook(l.read.book, ctx.clock.now);
    const files = parts.map((part) => {
      const code = part.meta.unitCode ?? '';
      const unit = part.units.find((u) => u.code === code);
      return {
        name: unitFileName(code, unit?.name ?? code),
        unit: unit?.name ?? code,
        rows: part.rows.length,
        spec: describeUnitFile(part),
      };
    });
    return {
      ...answered(say('split', { files: files.length }), l.warnings, {
        files: files.map(({ name, unit, rows }) => ({ name, unit, rows })),
      }),
      book: l.read.book,
      files: files.map(({ name, spec }) => ({ name, spec })),
    };
  },
};
