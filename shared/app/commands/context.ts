/** Who is here and what the book holds; and the protections set again as the sheets are now. */
import * as z from 'zod';
import { SHEET } from '../../i18n/workbook-vi';
import type { Status } from '../../tracking/status';
import { readUnitsGrid } from '../../units/read-units';
import { hasBook, loadBook } from '../book';
import type { CommandContext, CommandSpec, Who } from '../command';
import { answered } from '../command';
import { say } from '../message';

/** One row of a unit's own work, as its home view lists it. */
interface WorkRow {
  /** The row on `Theo dõi`, 0-based. */
  row: number;
  taskId: string;
  content: string;
  deadline: string | null;
  status: Status;
}

/**
 * The user's work on `Theo dõi` as of today: a unit's own rows (every row for the office), how
 * many are done, still to do within their deadline (`due`), and past it undone (`overdue`).
 * Skipped rows count in `rows` only.
 */
interface Work {
  today: string;
  rows: number;
  done: number;
  due: number;
  overdue: number;
  /** A unit's own rows, in sheet order; the office gets none (its view is the report). */
  list: WorkRow[];
}

export interface Context {
  who: Who;
  /** The user's own units (code and name), as `Đơn vị` lists their e-mail. */
  units: { code: string; name: string }[];
  email: string | null;
  hasBook: boolean;
  /** Null where there is no book, or it cannot be read (its problems come as warnings). */
  work: Work | null;
}

function workOf(ctx: CommandContext<unknown>, loaded: ReturnType<typeof loadBook>): Work | null {
  if (!loaded.ok) return null;
  const { read } = loaded;
  const today = ctx.clock.today;
  const content = new Map(
    read.book.plan.periods.flatMap((p) => p.tasks.map((t) => [t.id, t.content] as const)),
  );
  const mine =
    ctx.user.who === 'office'
      ? read.tracking
      : read.tracking.filter((r) => r.unitCode !== null && ctx.user.units.includes(r.unitCode));
  const work: Work = { today, rows: mine.length, done: 0, due: 0, overdue: 0, list: [] };
  for (const r of mine) {
    // a cell that could not be read as a status is still work to do
    const status = r.status.value ?? 'todo';
    if (status === 'done') work.done++;
    else if (status !== 'skipped') {
      if (r.deadline !== null && r.deadline < today) work.overdue++;
      else work.due++;
    }
    if (ctx.user.who === 'unit') {
      const c = content.get(r.taskId) ?? '';
      work.list.push({ row: r.row, taskId: r.taskId, content: c, deadline: r.deadline, status });
    }
  }
  return work;
}

/** For the page's header and home view: who is here, and their work on `Theo dõi`. */
export const context: CommandSpec<Record<string, never>, Context> = {
  id: 'context',
  input: z.object({}).strict(),
  who: ['office', 'unit'],
  reads: ['meta', 'tracking', 'units', 'mappings'],
  selection: 'none',
  changes: [],
  run(ctx) {
    const grid = ctx.sheets.find((g) => g.name === SHEET.units);
    const read = grid ? readUnitsGrid(grid) : null;
    const all = read?.ok ? read.value : [];
    const book = hasBook(ctx.sheets);
    const loaded = book ? loadBook(ctx, false) : null;
    const warnings = loaded ? (loaded.ok ? loaded.warnings : loaded.problems) : [];
    return answered(null, warnings, {
      who: ctx.user.who,
      units: all
        .filter((u) => ctx.user.units.includes(u.code))
        .map((u) => ({ code: u.code, name: u.name })),
      email: ctx.user.email ?? null,
      hasBook: book,
      work: loaded ? workOf(ctx, loaded) : null,
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
