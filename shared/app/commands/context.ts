/** Who is here and what the book holds; and the protections set again as the sheets are now. */
import { z } from 'zod';
import { readUnitsGrid } from '../../units/read-units';
import { SHEET } from '../../i18n/workbook-vi';
import { hasBook, loadBook } from '../book';
import type { CommandSpec, Who } from '../command';
import { answered } from '../command';
import { say } from '../message';

export interface Context {
  who: Who;
  /** The user's own units (code and name), as `Đơn vị` lists their e-mail. */
  units: { code: string; name: string }[];
  email: string | null;
  hasBook: boolean;
}

/** For the pane's header: reads only the identity and `Đơn vị`. */
export const context: CommandSpec<Record<string, never>, Context> = {
  id: 'context',
  input: z.object({}).strict(),
  who: ['office', 'unit'],
  reads: ['meta', 'units'],
  selection: 'none',
  changes: [],
  run(ctx) {
    const grid = ctx.sheets.find((g) => g.name === SHEET.units);
    const read = grid ? readUnitsGrid(grid) : null;
    const all = read?.ok ? read.value : [];
    return answered(null, [], {
      who: ctx.user.who,
      units: all
        .filter((u) => ctx.user.units.includes(u.code))
        .map((u) => ({ code: u.code, name: u.name })),
      email: ctx.user.email ?? null,
      hasBook: hasBook(ctx.sheets),
    });
  },
};

/** Sets the protections of every sheet and of each unit's rows again, as the sheets are now. */
export const protect: CommandSpec<Record<string, never>, null> = {
  id: 'protect',
  input: z.object({}).strict(),
  who: ['office'],
  reads: ['meta', 'tracking', 'units', 'mappings'],
  selection: 'none',
  changes: [],
  run(ctx) {
    const l = loadBook(ctx, false);
    if (!l.ok) return l;
    return {
      ...answered(say('protectedAgain'), l.warnings, null),
      book: l.read.book,
      protect: true,
    };
  },
};
