/**
 * Merging units' returned files (read by the host, in the browser or from disk): each may change
 * only its own unit's rows of this plan; every change, conflict and refusal goes on `Nhật ký`.
 */
import * as z from 'zod';
import { consolidate } from '../../book/consolidate';
import type { LogEntry } from '../../book/model';
import { keyed, loadBook, redrawn, rowRoles, REPORT_SHEETS } from '../book';
import type { CommandSpec } from '../command';
import { say } from '../message';
import { ReturnedSchema } from '../schemas';

const MergeInput = z
  .object({
    returned: z.array(ReturnedSchema),
    /** Files the host could not read at all (said by the host), counted in the message. */
    refused: z.number().int().nonnegative().exactOptional(),
  })
  .strict();

/** Said when no file could be merged. */
export const NOTHING_MERGED = say('nothingMerged');

export interface Merged {
  merged: string[];
  refused: string[];
}

export const merge: CommandSpec<z.infer<typeof MergeInput>, Merged> = {
  id: 'merge',
  input: MergeInput,
  who: ['office'],
  reads: ['meta', 'tracking', 'units', 'mappings', ...REPORT_SHEETS, 'log', 'archive'],
  selection: 'none',
  changes: ['meta', 'tracking', 'overview', ...REPORT_SHEETS, 'log', 'archive'],
  run(ctx) {
    const l = loadBook(ctx, true);
    if (!l.ok) return l;
    const r = consolidate(l.read.book, ctx.input.returned, ctx.clock.now);
    // why each file was refused, and that the book stays as it was
    if (r.merged.length === 0) {
      return { ok: false, problems: r.problems, notes: [NOTHING_MERGED] };
    }
    const book = keyed(r.book, ctx.clock);
    const count = (o: LogEntry['outcome']) => r.log.filter((e) => e.outcome === o).length;
    const message = say('consolidated', {
      merged: r.merged.length,
      refused: r.refused.length + (ctx.input.refused ?? 0),
      applied: count('applied'),
      conflicts: count('conflict'),
      rejected: count('rejected'),
    });
    return redrawn(
      book,
      rowRoles(l.read, ['meta', 'tracking', 'overview', ...REPORT_SHEETS, 'log']),
      message,
      [...l.warnings, ...r.problems],
      { merged: r.merged, refused: r.refused },
      r.log,
    );
  },
};
