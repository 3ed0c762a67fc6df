/**
 * The unit directory, what the plan's phrases stand for, and assigning units to tasks by hand:
 * each brings the rows in line (new rows added, every entry kept, rows no longer wanted archived
 * with their entries). The plan sheet is never redrawn for them.
 */
import * as z from 'zod';
import { assignmentNotes } from '../../book/assignment-notes';
import { assignUnits, resyncBook } from '../../book/resync';
import type { Book } from '../../book/model';
import { error } from '../../errors/problem';
import { SHEET, TRACKING_HEADERS } from '../../i18n/workbook-vi';
import type { ReadBook } from '../../read/book';
import { Directory } from '../../units/directory';
import type { Unit } from '../../units/model';
import { UnitSchema } from '../../units/model';
import { duplicateUnits, readUnitsGrid } from '../../units/read-units';
import { Resolver } from '../../units/resolve';
import type { BookRole, SheetGrid } from '../../workbook/spec';
import type { Problem } from '../../errors/problem';
import type { Resynced } from '../../book/resync';
import type { Clock } from '../clock';
import { keyed, loadBook, redrawn, rowRoles, REPORT_SHEETS } from '../book';
import type { CommandResult, CommandSpec } from '../command';
import { answered, refused } from '../command';
import { say } from '../message';
import { MappingSchema } from '../schemas';

/** What a rewrite of the rows needs: the book whole, but never the plan or the overview. */
const ROWS_READS: readonly BookRole[] = [
  'meta',
  'tracking',
  'units',
  'mappings',
  ...REPORT_SHEETS,
  'log',
  'archive',
];

/** The sheets a resync redraws: its rows and what counts them, the mappings, the identity. */
const RESYNC_DRAWS: readonly BookRole[] = [
  'meta',
  'tracking',
  'overview',
  ...REPORT_SHEETS,
  'mappings',
];
const RESYNC_CHANGES: readonly BookRole[] = [...RESYNC_DRAWS, 'log', 'archive'];

function resynced(
  read: ReadBook,
  r: Resynced,
  clock: Clock,
  draws: readonly BookRole[],
  warnings: Problem[],
  message: ReturnType<typeof say>,
): CommandResult<{ added: number; archived: number }> {
  const book: Book = keyed(r.book, clock);
  // an entry brought back from the archive leaves `Lưu trữ` and is logged (one note each)
  const restored = r.problems.length;
  const roles = rowRoles(read, draws, { archive: r.archived.length + restored, log: restored });
  return redrawn(book, roles, message, [...warnings, ...r.problems], {
    added: r.added.length,
    archived: r.archived.length,
  });
}

const SaveUnitsInput = z
  .object({
    /** The list as the pane edited it; without it, the `Đơn vị` sheet as the office edited it. */
    units: z.array(UnitSchema).exactOptional(),
  })
  .strict();

/** The office edited the unit directory: save it and bring the rows in line. */
export const saveUnits: CommandSpec<
  z.infer<typeof SaveUnitsInput>,
  { added: number; archived: number }
> = {
  id: 'saveUnits',
  input: SaveUnitsInput,
  who: ['office'],
  reads: ROWS_READS,
  selection: 'none',
  changes: [...RESYNC_CHANGES, 'units'],
  run(ctx) {
    let units: Unit[];
    if (ctx.input.units) units = ctx.input.units;
    else {
      const grid = ctx.sheets.find((g) => g.name === SHEET.units);
      if (!grid || !ctx.sheets.some((g) => g.name === SHEET.meta))
        return refused([error('noBook')]);
      const read = readUnitsGrid(grid, ctx.file);
      if (!read.ok) return read;
      units = read.value;
    }
    const bad = units.filter((u) => !UnitSchema.safeParse(u).success);
    if (bad.length > 0)
      return refused(bad.map((u) => error('badUnitCode', undefined, { code: u.code })));
    // the list as it will stand on `Đơn vị` (row 2 onwards): a code, name or alias used twice is
    // refused here, naming both rows, rather than breaking every later command
    const twice = duplicateUnits(
      units.map((u, i) => ({ unit: u, row: i + 1 })),
      (row) => ({ sheet: SHEET.units, cell: `A${row + 1}` }),
    );
    if (twice.length > 0) return refused(twice);
    // the new list stands in for the sheet's: a list saved broken can always be saved right
    const l = loadBook(ctx, true, units);
    if (!l.ok) return l;
    const r = resyncBook({ ...l.read.book, units }, ctx.clock.now);
    return resynced(
      l.read,
      r,
      ctx.clock,
      [...RESYNC_DRAWS, 'units'],
      [...l.warnings, ...assignmentNotes(r.book.plan, r.assignment)],
      say('unitsSaved', { units: units.length }),
    );
  },
};

const SaveMappingsInput = z.object({ mappings: z.array(MappingSchema) }).strict();

/** The office mapped phrases of the plan to units or groups. */
export const saveMappings: CommandSpec<
  z.infer<typeof SaveMappingsInput>,
  { added: number; archived: number }
> = {
  id: 'saveMappings',
  input: SaveMappingsInput,
  who: ['office'],
  reads: ROWS_READS,
  selection: 'none',
  changes: RESYNC_CHANGES,
  run(ctx) {
    const l = loadBook(ctx, true);
    if (!l.ok) return l;
    const byPhrase = new Map(l.read.book.mappings.map((m) => [m.phrase, m]));
    for (const m of ctx.input.mappings) byPhrase.set(m.phrase, m);
    const r = resyncBook({ ...l.read.book, mappings: [...byPhrase.values()] }, ctx.clock.now);
    return resynced(
      l.read,
      r,
      ctx.clock,
      RESYNC_DRAWS,
      [...l.warnings, ...assignmentNotes(r.book.plan, r.assignment)],
      say('resynced', { added: r.added.length, archived: r.archived.length }),
    );
  },
};

export interface Unresolved {
  phrases: { phrase: string; tasks: string[] }[];
  units: Unit[];
}

/** Phrases that resolve to no unit, with their tasks: what the units tab offers to map. */
export const unresolved: CommandSpec<Record<string, never>, Unresolved> = {
  id: 'unresolved',
  input: z.object({}).strict(),
  who: ['office'],
  reads: ['meta', 'tracking', 'units', 'mappings'],
  selection: 'none',
  changes: [],
  run(ctx) {
    const l = loadBook(ctx, false);
    if (!l.ok) return l;
    const book = l.read.book;
    const r = resyncBook(book, ctx.clock.now);
    const tasks = book.plan.periods.flatMap((p) => p.tasks);
    const phrases = r.assignment.resolutions
      .filter((x) => x.units.length === 0)
      .map((x) => ({
        phrase: x.phrase,
        tasks: tasks
          .filter((t) => t.owners.includes(x.phrase) || t.support.includes(x.phrase))
          .map((t) => t.id),
      }));
    return answered(say('unresolved', { count: phrases.length }), l.warnings, {
      phrases,
      units: book.units,
    });
  },
};

/** Task ids in the given rows of a sheet whose `Mã CV` column holds them (`Theo dõi`, `Tổng quan`). */
function taskIdsInRows(grid: SheetGrid, rows: readonly number[]): string[] {
  const ids = new Set<string>();
  // the office may have put a column of its own before `Mã CV`
  const header = grid.values.slice(0, 5).find((row) => row.some((v) => v === TRACKING_HEADERS[0]));
  const col = Math.max(0, header?.indexOf(TRACKING_HEADERS[0]) ?? 0);
  for (const r of rows) {
    const v = grid.values[r]?.[col];
    if (typeof v === 'string' && v) ids.add(v);
  }
  return [...ids];
}

const AssignInput = z
  .object({
    /** Unit codes or names, or group names, as on `Đơn vị`. */
    targets: z.array(z.string()),
  })
  .strict();

/** Assigns more units (codes or group names) to the tasks of the selected rows. */
export const assign: CommandSpec<
  z.infer<typeof AssignInput>,
  { tasks: string[]; added: number; archived: number }
> = {
  id: 'assign',
  input: AssignInput,
  who: ['office'],
  reads: ROWS_READS,
  selection: 'rows',
  rowsOn: ['tracking', 'overview'],
  changes: RESYNC_CHANGES,
  run(ctx) {
    const sel = ctx.selection;
    if (!sel) return refused([error('needsSpreadsheet')]);
    if (sel.role !== 'tracking' && sel.role !== 'overview')
      return refused([notOn(['tracking', 'overview'])]);
    const grid = ctx.sheets.find((g) => g.name === SHEET[sel.role as 'tracking' | 'overview']);
    const taskIds = grid ? taskIdsInRows(grid, sel.rows) : [];
    if (taskIds.length === 0) return refused([error('noSelection')]);
    const targets = ctx.input.targets.map((t) => t.trim()).filter((t) => t !== '');
    if (targets.length === 0) return refused([error('noTargets')]);
    const l = loadBook(ctx, true);
    if (!l.ok) return l;
    const unknown = new Resolver(new Directory(l.read.book.units), []).unknownTargets(targets);
    if (unknown.length > 0) {
      const list = unknown.map((t) => `"${t}"`).join(', ');
      return refused([error('unknownTarget', undefined, { targets: list })]);
    }
    const r = assignUnits(l.read.book, taskIds, targets, ctx.clock.now);
    // every target already has every selected task: said, and nothing written
    if (r.added.length === 0 && r.archived.length === 0) {
      const named = { targets: targets.map((t) => `"${t}"`).join(', '), tasks: taskIds.join(', ') };
      return answered(say('alreadyAssigned', named), l.warnings, {
        tasks: taskIds,
        added: 0,
        archived: 0,
      });
    }
    const done = resynced(
      l.read,
      r,
      ctx.clock,
      RESYNC_DRAWS,
      l.warnings,
      say('resynced', { added: r.added.length, archived: r.archived.length }),
    );
    return done.ok ? { ...done, data: { ...done.data, tasks: taskIds } } : done;
  },
};

/** "Select rows on the sheet …", naming the sheets the command takes rows from. */
export function notOn(roles: readonly ('tracking' | 'overview')[]): Problem {
  return error('notOnSheet', undefined, { sheets: roles.map((r) => `"${SHEET[r]}"`).join(' / ') });
}
