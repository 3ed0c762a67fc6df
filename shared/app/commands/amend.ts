/**
 * An amended plan applied to the book: tasks matched by content keep their entries, new tasks
 * get rows, rows of removed tasks go to `Lưu trữ`. Another office's or another year's plan is
 * applied only when the office says so.
 */
import * as z from 'zod';
import { assignmentNotes } from '../../book/assignment-notes';
import { comparePlans, planIdentityText } from '../../book/plan-identity';
import { updateBook } from '../../book/update';
import { BOOK_ROLES } from '../../workbook/spec';
import { keyed, loadBook, redrawn, REPORT_SHEETS } from '../book';
import type { CommandSpec } from '../command';
import { refused } from '../command';
import { ask, say, words } from '../message';
import { PlanSchema } from '../schemas';

const AmendInput = z
  .object({
    plan: PlanSchema,
    /** Yes to a plan of another number, year or issuer. */
    force: z.boolean().exactOptional(),
  })
  .strict();

export interface Amended {
  version: number;
  /** Tasks kept, reworded, added and removed; rows moved to `Lưu trữ`. */
  kept: number;
  reworded: number;
  added: number;
  removed: number;
  archived: number;
}

export const amend: CommandSpec<z.infer<typeof AmendInput>, Amended> = {
  id: 'amend',
  input: AmendInput,
  who: ['office'],
  // the plan and overview sheets are drawn from the book, never read back
  reads: ['meta', 'tracking', 'units', 'mappings', ...REPORT_SHEETS, 'log', 'archive'],
  selection: 'none',
  changes: BOOK_ROLES,
  consent: 'force',
  run(ctx) {
    const { plan, force } = ctx.input;
    const l = loadBook(ctx, true);
    if (!l.ok) return l;
    const other = force ? null : comparePlans(l.read.book.plan, plan);
    if (other) {
      return refused([other], {
        question: ask('confirmOtherPlan', {
          book: planIdentityText(l.read.book.plan.document),
          plan: planIdentityText(plan.document),
        }),
        yes: words((ui) => ui.applyAnyway),
      });
    }
    const r = updateBook(l.read.book, plan, ctx.clock.now);
    const book = keyed(r.book, ctx.clock);
    const s = r.summary;
    const message = say('updated', {
      version: book.meta.version,
      kept: s.kept,
      reworded: s.reworded,
      added: s.added,
      removed: s.removed,
      archived: s.archivedRows,
    });
    return redrawn(
      book,
      BOOK_ROLES,
      message,
      [...l.warnings, ...assignmentNotes(book.plan, r.assignment), ...r.problems],
      {
        version: book.meta.version,
        kept: s.kept,
        reworded: s.reworded,
        added: s.added,
        removed: s.removed,
        archived: s.archivedRows,
      },
      r.log,
    );
  },
};
