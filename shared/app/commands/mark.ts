/**
 * Marking the selected rows of `Theo dõi` (status, completion date, evidence, note), by the
 * office or by a unit on its own rows only; and taking a unit to its own rows.
 */
import * as z from 'zod';
import type { MarkPatch } from '../../book/mark';
import { markRows } from '../../book/mark';
import type { ReadRow } from '../../book/read-row';
import { error, warning } from '../../errors/problem';
import type { Problem } from '../../errors/problem';
import { SHEET } from '../../i18n/workbook-vi';
import type { Unit } from '../../units/model';
import { loadBook } from '../book';
import type { CommandSpec, User } from '../command';
import { answered, refused } from '../command';
import { say } from '../message';
import { MarkPatchSchema } from '../schemas';
import { notOn } from './units';

/**
 * The units whose rows the user may mark: `any` for the office, and where who it is cannot be
 * told (Google gives no e-mail for most Gmail accounts: the protections alone hold the rows then).
 */
function ownUnits(user: User, units: readonly Unit[]): { own: Unit[] | 'any' } | Problem {
  if (user.who === 'office' || (user.units.length === 0 && !user.email)) return { own: 'any' };
  if (user.units.length > 0) return { own: units.filter((u) => user.units.includes(u.code)) };
  return error('noUnitForUser', undefined, { email: user.email ?? '' });
}

export const mark: CommandSpec<MarkPatch, { rows: number }> = {
  id: 'mark',
  input: MarkPatchSchema,
  who: ['office', 'unit'],
  reads: ['meta', 'tracking', 'units', 'mappings'],
  selection: 'rows',
  rowsOn: ['tracking'],
  changes: ['tracking'],
  run(ctx) {
    const patch = ctx.input;
    const sel = ctx.selection;
    if (!sel) return refused([error('needsSpreadsheet')]);
    if (sel.role !== 'tracking') return refused([notOn(['tracking'])]);
    if (Object.values(patch).every((v) => v === undefined)) return refused([error('emptyMark')]);
    const l = loadBook(ctx, false);
    if (!l.ok) return l;
    const { writes, problems } = markRows(l.read.tracking, sel.rows, patch, ctx.clock.today);
    if (writes.length === 0)
      return refused(problems.length > 0 ? problems : [error('noSelection')]);
    const allowed = ownUnits(ctx.user, l.read.book.units);
    if (!('own' in allowed)) return refused([allowed]);
    const { own } = allowed;
    const notes: Problem[] = [];
    if (own !== 'any') {
      const codes = new Set(own.map((u) => u.code));
      const byRow = new Map<number, ReadRow>(l.read.tracking.map((x) => [x.row, x]));
      const others = new Set<string>();
      for (const w of writes) {
        const row = byRow.get(w.row);
        if (row && !codes.has(row.unitCode ?? '')) others.add(row.unitText);
      }
      if (others.size > 0) {
        const names = { units: [...others].join(', '), own: own.map((u) => u.name).join(', ') };
        return refused([error('otherUnitRows', undefined, names)]);
      }
    } else if (ctx.user.who === 'unit') notes.push(warning('unknownUser'));
    return {
      ...answered(say('marked', { rows: writes.length }), [...notes, ...problems], {
        rows: writes.length,
      }),
      marks: writes,
    };
  },
};

/** Sheet rows (0-based) as the user sees them in the sheet: "5–7, 9". */
function rowRanges(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] as number) + 1) j++;
    const from = (rows[i] as number) + 1;
    const to = (rows[j] as number) + 1;
    parts.push(from === to ? `${from}` : `${from}–${to}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export interface SelectedRowsSeen {
  /** The selected rows of `Theo dõi` that hold a task, 0-based. */
  rows: { row: number; taskId: string; unit: string }[];
  /** The units of those rows, as `Theo dõi` names them. */
  units: string[];
}

/**
 * What marking would write to, before it writes: the selected rows of `Theo dõi` and their
 * units. Changes nothing.
 */
export const selected: CommandSpec<Record<string, never>, SelectedRowsSeen> = {
  id: 'selected',
  input: z.object({}).strict(),
  who: ['office', 'unit'],
  reads: ['meta', 'tracking', 'units', 'mappings'],
  selection: 'rows',
  rowsOn: ['tracking'],
  changes: [],
  run(ctx) {
    const sel = ctx.selection;
    if (!sel) return refused([error('needsSpreadsheet')]);
    if (sel.role !== 'tracking') return refused([notOn(['tracking'])]);
    const l = loadBook(ctx, false);
    if (!l.ok) return l;
    const wanted = new Set(sel.rows);
    const rows = l.read.tracking
      .filter((r) => wanted.has(r.row))
      .map((r) => ({ row: r.row, taskId: r.taskId, unit: r.unitText }));
    if (rows.length === 0) return refused([error('noSelection')]);
    const units = [...new Set(rows.map((r) => r.unit))];
    const message = say('selectedRows', {
      rows: rows.length,
      where: rowRanges(rows.map((r) => r.row)),
      units: units.join(', '),
    });
    return answered(message, l.warnings, { rows, units });
  },
};

/** Selects the rows of the user's own unit on `Theo dõi` (the first block of them). */
export const selectMine: CommandSpec<Record<string, never>, { rows: number }> = {
  id: 'selectMine',
  input: z.object({}).strict(),
  who: ['office', 'unit'],
  reads: ['meta', 'tracking', 'units', 'mappings'],
  selection: 'none',
  changes: [],
  run(ctx) {
    const l = loadBook(ctx, false);
    if (!l.ok) return l;
    const { user } = ctx;
    if (user.units.length === 0) {
      return refused([
        user.email
          ? error('noUnitForUser', undefined, { email: user.email })
          : error('unknownUser'),
      ]);
    }
    const own = l.read.book.units.filter((u) => user.units.includes(u.code));
    const mine = l.read.tracking
      .filter((r) => r.unitCode !== null && user.units.includes(r.unitCode))
      .map((r) => r.row)
      .sort((a, b) => a - b);
    const first = mine[0];
    if (first === undefined) return refused([error('noSelection')]);
    const rows = new Set(mine);
    let last = first;
    while (rows.has(last + 1)) last++;
    const width = ctx.sheets.find((g) => g.name === SHEET.tracking)?.values[0]?.length ?? 11;
    return {
      ...answered(
        say('myRowsSelected', { unit: own.map((u) => u.name).join(', '), rows: mine.length }),
        [],
        { rows: mine.length },
      ),
      select: { role: 'tracking', row: first, rows: last - first + 1, cols: Math.max(width, 1) },
    };
  },
};
