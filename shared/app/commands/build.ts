/**
 * Building the book from a plan (read by the host from text or a file), or from the plan table
 * selected in a sheet. A book that holds entries, or sheets of the user's own that bear the
 * book's names, are not built over unless the office says so.
 */
import * as z from 'zod';
import { assignmentNotes } from '../../book/assignment-notes';
import { createBook } from '../../book/create';
import type { Book } from '../../book/model';
import { entryCount, rowKey } from '../../book/model';
import { error } from '../../errors/problem';
import { SHEET } from '../../i18n/workbook-vi';
import type { Plan } from '../../plan/model';
import { planOf } from '../../plan/read-plan-text';
import { readPlanCells } from '../../plan/read-sheets';
import { readBook } from '../../read/book';
import { looseEntryCount } from '../../read/loose-entries';
import { CAO_BANG_2014 } from '../../units/cao-bang-2014';
import type { Mapping, Unit } from '../../units/model';
import { readUnitsGrid } from '../../units/read-units';
import { BOOK_ROLES } from '../../workbook/spec';
import { hasBook, redrawn } from '../book';
import type { CommandContext, CommandResult, CommandSpec } from '../command';
import { refused } from '../command';
import type { Message } from '../message';
import { ask, say, words } from '../message';
import { IsoDateSchema, PlanSchema, UnitSchema } from '../schemas';

export interface Built {
  rows: number;
  units: number;
}

/** The office's own columns of `Theo dõi` carried onto a rebuilt book's rows, by task and unit. */
function withOfficeColumns(book: Book, previous: Book): Book {
  const columns = previous.extraColumns ?? [];
  if (columns.length === 0) return book;
  const extras = new Map(previous.rows.map((r) => [rowKey(r.taskId, r.unitCode), r.extras]));
  return {
    ...book,
    extraColumns: columns,
    rows: book.rows.map((r) => {
      const kept = extras.get(rowKey(r.taskId, r.unitCode));
      return kept ? { ...r, extras: kept } : r;
    }),
  };
}

const replaceQuestion = (entries: number) => ({
  question: ask('confirmReplace', { entries }),
  yes: words((ui) => ui.buildAgain),
});

interface BuildOptions {
  asOf?: string | undefined;
  replace?: boolean | undefined;
  units?: Unit[] | undefined;
}

/** The book from `plan` over the sheets there are: what every host's build does. */
function buildFrom(
  plan: Plan,
  ctx: CommandContext<unknown>,
  opts: BuildOptions,
): CommandResult<Built> {
  const existing = ctx.sheets;
  const { clock } = ctx;
  let units: Unit[] = opts.units ?? [...CAO_BANG_2014];
  let mappings: Mapping[] = [];
  let previous: Book | null = null;
  if (hasBook(existing)) {
    const read = readBook(existing, { strict: false, today: clock.today, expect: 'book' });
    // a unit's own file is never rebuilt into a book, asked or not
    const unitFile = !read.ok ? read.problems.filter((p) => p.code === 'unitFileAsBook') : [];
    if (unitFile.length > 0) return refused(unitFile);
    const cut = read.ok && read.warnings.some((w) => w.code === 'incompleteDraw');
    if (cut && !opts.replace) return refused([error('incompleteDraw')]);
    // a book that cannot be read may still hold entries: never rebuilt over without asking
    if (!read.ok && !opts.replace)
      return refused(read.problems, replaceQuestion(looseEntryCount(existing)));
    if (read.ok) {
      const entries = entryCount(read.value.book);
      const d = read.value.book.plan.document;
      if (entries > 0 && !opts.replace) {
        const plan = [d.kind, d.number].filter(Boolean).join(' ');
        return refused(
          [error('bookExists', undefined, { plan, entries })],
          replaceQuestion(entries),
        );
      }
      if (!opts.units) units = read.value.book.units;
      mappings = read.value.book.mappings;
      previous = read.value.book;
    }
  } else {
    // sheets of the user's own that happen to bear the book's names ("Báo cáo" is common)
    const names = new Set<string>(BOOK_ROLES.map((r) => SHEET[r]));
    const inTheWay = existing.filter(
      (g) =>
        names.has(g.name) &&
        g.name !== SHEET.units &&
        g.values.some((row) => row.some((v) => v !== null && v !== '')),
    );
    if (inTheWay.length > 0 && !opts.replace) {
      const list = inTheWay.map((g) => `"${g.name}"`).join(', ');
      return refused([error('sheetsInTheWay', undefined, { names: list })], {
        question: ask('confirmOverwriteSheets', { names: list }),
        yes: words((ui) => ui.overwriteSheets),
      });
    }
    const unitSheet = existing.find((s) => s.name === SHEET.units);
    if (unitSheet && !opts.units) {
      const read = readUnitsGrid(unitSheet);
      if (read.ok) units = read.value;
    }
  }
  const created = createBook(plan, {
    units,
    mappings,
    asOf: opts.asOf ?? clock.today,
    now: clock.now,
    ...(clock.entropy ? { entropy: clock.entropy } : {}),
  });
  // rebuilding deletes the entries (the office agreed), not the columns the office added
  const rebuilt = previous ? withOfficeColumns(created.book, previous) : created.book;
  // the office's criteria are settings, kept like its units; the points given go with the entries
  const book = previous?.scoring ? { ...rebuilt, scoring: previous.scoring } : rebuilt;
  const message = say('built', {
    periods: plan.periods.length,
    tasks: plan.periods.reduce((n, p) => n + p.tasks.length, 0),
    rows: book.rows.length,
    units: new Set(book.rows.map((r) => r.unitCode)).size,
  });
  return redrawn(book, BOOK_ROLES, message, assignmentNotes(book.plan, created.assignment), {
    rows: book.rows.length,
    units: new Set(book.rows.map((r) => r.unitCode)).size,
  });
}

const BuildOptionsShape = {
  /** The report date, ISO; today by default. */
  asOf: IsoDateSchema.exactOptional(),
  /** Yes to building over a book that holds entries, or over sheets of the user's own. */
  replace: z.boolean().exactOptional(),
};

const BuildInput = z
  .object({
    plan: PlanSchema,
    ...BuildOptionsShape,
    /** The unit directory to build with (the CLI's --units); else the book's, or the sample's. */
    units: z.array(UnitSchema).exactOptional(),
  })
  .strict();

export const build: CommandSpec<z.infer<typeof BuildInput>, Built> = {
  id: 'build',
  input: BuildInput,
  who: ['office'],
  // every sheet: a sheet of the user's own named like one of the book's is not overwritten unasked
  reads: BOOK_ROLES,
  selection: 'none',
  changes: BOOK_ROLES,
  consent: 'replace',
  run: (ctx) => buildFrom(ctx.input.plan, ctx, ctx.input),
};

const BuildFromSelectionInput = z.object(BuildOptionsShape).strict();

/**
 * The plan table selected in the sheet (or the whole sheet for a single cell), read as its user
 * sees it, merged cells included where the host can tell them.
 */
export const buildFromSelection: CommandSpec<z.infer<typeof BuildFromSelectionInput>, Built> = {
  id: 'buildFromSelection',
  input: BuildFromSelectionInput,
  who: ['office'],
  reads: BOOK_ROLES,
  selection: 'table',
  changes: BOOK_ROLES,
  consent: 'replace',
  run(ctx) {
    if (!ctx.table) return refused([error('needsSpreadsheet')]);
    const notes: Message[] = [];
    if (ctx.table.mergesUnread === 'version') notes.push(words((ui) => ui.plan.mergesUnknown));
    if (ctx.table.mergesUnread === 'tooMany') notes.push(words((ui) => ui.plan.mergesTooMany));
    const plan = planOf(readPlanCells(ctx.table.cells));
    if (!plan.ok) return { ok: false, problems: plan.problems, notes };
    const r = buildFrom(plan.value, ctx, ctx.input);
    if (!r.ok) return { ...r, notes };
    return { ...r, warnings: [...plan.warnings, ...r.warnings], notes };
  },
};
