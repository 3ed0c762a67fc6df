/**
 * Merging a unit's returned file into the book. A file may change only its own unit's rows of
 * this plan. Each field is merged three ways against what was sent: a unit's change is taken
 * when the office has not changed that field since; when both changed it differently, the
 * office's value stays and the conflict is reported. Every change and refusal is logged.
 */
import { error, warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import { WB } from '../i18n/workbook-vi';
import type { ReadRow } from './read-row';
import { Directory } from '../units/directory';
import { STATUS_LABELS } from '../tracking/status';
import { isoToDmy } from '../workbook/a1';
import type { Book, Entry, LogEntry } from './model';
import { rowKey } from './model';
import { checkSeal } from './seal';
import { entryOf } from './split';

/**
 * What a merge needs of a returned file's book: its identity, the entries as sent and the
 * columns its unit added. Only these are kept: fifty files each holding the whole plan came to
 * 320 MB at province scale, and the Sheets sidebar sends them to the server.
 */
export type ReturnedBook = Pick<Book, 'meta' | 'base' | 'extraColumns'>;

export interface Returned {
  file: string;
  book: ReturnedBook;
  rows: ReadRow[];
  /** Problems found while reading the file (warnings about its cells). */
  problems: Problem[];
}

/** A returned file as read, with what the merge needs of it. */
export function returnedOf(
  file: string,
  read: { book: Book; tracking: ReadRow[] },
  problems: Problem[],
): Returned {
  const { meta, base, extraColumns } = read.book;
  return {
    file,
    book: { meta, base, ...(extraColumns ? { extraColumns } : {}) },
    rows: read.tracking,
    problems,
  };
}

export interface MergeResult {
  book: Book;
  log: LogEntry[];
  problems: Problem[];
  /** Returned files taken, and refused whole. */
  merged: string[];
  refused: string[];
}

type Field = keyof Entry;
const FIELDS: Field[] = ['status', 'doneDate', 'evidence', 'note'];

function show(field: Field, value: Entry[Field]): string {
  if (value === null) return '';
  if (field === 'status') return STATUS_LABELS[value as Entry['status']].vi;
  if (field === 'doneDate') return isoToDmy(value as string);
  return String(value);
}

const EMPTY: Entry = { status: 'todo', doneDate: null, evidence: '', note: '' };

export function consolidate(book: Book, returned: readonly Returned[], now: string): MergeResult {
  const rows = book.rows.map((r) => ({ ...r }));
  const byKey = new Map(rows.map((r) => [rowKey(r.taskId, r.unitCode), r]));
  const unitName = new Map(book.units.map((u) => [u.code, u.name]));
  const directory = new Directory(book.units);
  const log: LogEntry[] = [];
  const problems: Problem[] = [];
  const merged: string[] = [];
  const refused: string[] = [];
  const fieldLabel = new Map<string, Field>(FIELDS.map((f) => [WB.fields[f], f]));
  const fieldKey = (taskId: string, unit: string, f: Field) => `${taskId}\u0000${unit}\u0000${f}`;
  /** The last value each unit gave each field, from the log: a second return of a file builds on the first. */
  const lastFromUnit = new Map<string, string>();
  /** Every value each unit gave each field: an older copy sent again brings back one of these. */
  const sentByUnit = new Map<string, Set<string>>();
  const sent = (key: string, value: string): void => {
    lastFromUnit.set(key, value);
    const values = sentByUnit.get(key) ?? new Set<string>();
    values.add(value);
    sentByUnit.set(key, values);
  };
  for (const e of book.log) {
    const f = fieldLabel.get(e.field);
    if (e.outcome === 'applied' && f) sent(fieldKey(e.taskId, e.unitCode, f), e.new);
  }

  for (const ret of returned) {
    const where = { file: ret.file };
    const m = ret.book.meta;
    if (m.kind !== 'unit' || !m.unitCode) {
      problems.push(error('notAUnitFile', where));
      refused.push(ret.file);
      continue;
    }
    if (m.planId !== book.meta.planId) {
      problems.push(error('planMismatch', where, { file: m.planId, book: book.meta.planId }));
      refused.push(ret.file);
      continue;
    }
    const sealed = checkSeal(book, ret.book, where, (code) => unitName.get(code) ?? code);
    if (sealed?.severity === 'error') {
      problems.push(sealed);
      refused.push(ret.file);
      continue;
    }
    if (sealed) problems.push(sealed);
    const ignored = (ret.book.extraColumns ?? []).map((c) => `"${c.header}"`);
    if (ignored.length > 0) {
      problems.push(warning('extraColumnsIgnored', where, { names: ignored.join(', ') }));
    }
    if (m.version !== book.meta.version) {
      problems.push(warning('olderVersion', where, { file: m.version, book: book.meta.version }));
    }
    const fileUnit = m.unitCode;
    const fileUnitName = unitName.get(fileUnit) ?? fileUnit;
    // a unit file knows only its own unit: a row of another unit pasted in is that unit's row of
    // the book (refused below as such), not a unit missing from the directory
    const othersRows = new Set(
      ret.rows
        .filter((r) => r.unitCode === null && directory.byCodeOrName(r.unitText))
        .map((r) => r.row + 1),
    );
    const rowOfCell = (p: Problem): number => Number(p.at?.cell?.replace(/^[A-Z]+/, '') ?? NaN);
    problems.push(
      ...ret.problems.filter((p) => !(p.code === 'unknownUnit' && othersRows.has(rowOfCell(p)))),
    );
    merged.push(ret.file);
    const seen = new Set<string>();
    /** Cells of blank dates over dated done rows: the book keeps the date, so it is not missing. */
    const datesKept = new Set<string>();
    const entry = (
      taskId: string,
      fieldName: string,
      old: string,
      value: string,
      outcome: LogEntry['outcome'],
    ) =>
      log.push({
        at: now,
        source: ret.file,
        unitCode: fileUnit,
        taskId,
        field: fieldName,
        old,
        new: value,
        outcome,
      });

    for (const r of ret.rows) {
      const cellAt = (cell: string) => ({ file: ret.file, sheet: 'Theo dõi', cell });
      if (r.unitCode !== fileUnit) {
        const p = error('otherUnitRow', cellAt(`A${r.row + 1}`), {
          unit: r.unitText,
          fileUnit: fileUnitName,
        });
        problems.push(p);
        entry(r.taskId, WB.fields.row, r.unitText, '', 'rejected');
        continue;
      }
      const key = rowKey(r.taskId, fileUnit);
      // copies of a row: one that adds nothing is skipped; rows that disagree are all refused
      if (r.duplicate === 'merged') continue;
      if (r.duplicate === 'conflict' || r.mismatch) {
        entry(r.taskId, WB.fields.row, '', r.taskId, 'rejected');
        continue;
      }
      if (seen.has(key)) {
        problems.push(
          warning('duplicateRow', cellAt(`A${r.row + 1}`), {
            taskId: r.taskId,
            unit: fileUnitName,
          }),
        );
        continue;
      }
      seen.add(key);
      const target = byKey.get(key);
      if (!target) {
        if (!r.problems.some((p) => p.code === 'unknownTask'))
          problems.push(
            error('unknownRow', cellAt(`A${r.row + 1}`), { taskId: r.taskId, unit: fileUnitName }),
          );
        entry(r.taskId, WB.fields.row, '', r.taskId, 'rejected');
        continue;
      }
      const base = ret.book.base?.[key] ?? EMPTY;
      const ours = entryOf(target);
      // a field still holding what this unit sent last time is one the office left alone
      const untouched = (f: Field): boolean =>
        ours[f] === base[f] ||
        lastFromUnit.get(fieldKey(r.taskId, fileUnit, f)) === show(f, ours[f]);
      /**
       * The file was issued before the book got its value from this unit's later return, and
       * brings back a value this unit had sent before that: an older copy sent again.
       */
      const older = (f: Field, theirs: Entry[Field]): boolean => {
        const key = fieldKey(r.taskId, fileUnit, f);
        return (
          ours[f] !== base[f] &&
          lastFromUnit.get(key) === show(f, ours[f]) &&
          (sentByUnit.get(key)?.has(show(f, theirs)) ?? false)
        );
      };
      const decide = (f: Field): 'same' | 'apply' | 'conflict' | 'older' | 'unreadable' => {
        const theirs = r[f].value;
        if (theirs === undefined) return 'unreadable';
        if (theirs === base[f] || theirs === ours[f]) return 'same';
        if (older(f, theirs)) return 'older';
        return untouched(f) ? 'apply' : 'conflict';
      };
      const decisions = new Map(FIELDS.map((f) => [f, decide(f)]));
      // a status or date that cannot be read takes its partner with it: never one without the other
      if (decisions.get('status') === 'unreadable' || decisions.get('doneDate') === 'unreadable') {
        for (const f of ['status', 'doneDate'] as const)
          if (decisions.get(f) !== 'unreadable' && decisions.get(f) !== 'same')
            decisions.set(f, 'unreadable');
      }
      // a blank status cell over a row the book has as done is a slip, not "not started"
      if (r.status.blank && ours.status === 'done' && decisions.get('status') !== 'same') {
        problems.push(
          warning('blankOverDone', cellAt(r.status.cell), {
            date: ours.doneDate ? isoToDmy(ours.doneDate) : '',
          }),
        );
        for (const f of ['status', 'doneDate'] as const)
          if (decisions.get(f) !== 'same') decisions.set(f, 'unreadable');
      }
      // a blank date cell on a row that stays done is a slip too: the book keeps its date
      const staysDone =
        decisions.get('status') === 'same' ? ours.status === 'done' : r.status.value === 'done';
      if (r.doneDate.value === null && ours.doneDate && staysDone) {
        if (decisions.get('doneDate') === 'apply') {
          problems.push(
            warning('blankDateOverDone', cellAt(r.doneDate.cell), {
              date: isoToDmy(ours.doneDate),
            }),
          );
          datesKept.add(r.doneDate.cell);
          decisions.set('doneDate', 'unreadable');
        }
      }
      // status and completion date go together: a row is not left "in progress" with a date
      for (const kept of ['older', 'conflict'] as const) {
        if (decisions.get('status') === kept || decisions.get('doneDate') === kept) {
          for (const f of ['status', 'doneDate'] as const)
            if (decisions.get(f) === 'apply') decisions.set(f, kept);
        }
      }
      for (const f of FIELDS) {
        const read = r[f];
        const decision = decisions.get(f);
        if (decision === 'unreadable') {
          // what the cell showed, or nothing when it was taken and refused for its partner's sake
          const refusedText =
            read.typed ?? (read.value === undefined || read.blank ? '' : show(f, read.value));
          // a refused cell may be far too long for a cell of the log: its start says enough
          const shown = refusedText.length > 200 ? `${refusedText.slice(0, 200)}…` : refusedText;
          entry(r.taskId, WB.fields[f], show(f, ours[f]), shown, 'rejected');
          continue;
        }
        if (decision === 'same') continue;
        const theirs = read.value as Entry[Field];
        if (decision === 'apply') {
          entry(r.taskId, WB.fields[f], show(f, ours[f]), show(f, theirs), 'applied');
          sent(fieldKey(r.taskId, fileUnit, f), show(f, theirs));
          (target as unknown as Record<Field, Entry[Field]>)[f] = theirs;
        } else {
          problems.push(
            warning(decision === 'older' ? 'olderReturn' : 'conflict', cellAt(read.cell), {
              field: WB.fields[f],
              ours: show(f, ours[f]),
              theirs: show(f, theirs),
            }),
          );
          entry(r.taskId, WB.fields[f], show(f, ours[f]), show(f, theirs), 'conflict');
        }
      }
    }
    if (datesKept.size > 0) {
      const stale = (p: Problem): boolean =>
        p.code === 'doneWithoutDate' && p.at?.file === ret.file && datesKept.has(p.at?.cell ?? '');
      problems.splice(0, problems.length, ...problems.filter((p) => !stale(p)));
    }
  }
  return {
    book: { ...book, rows, log: [...book.log, ...log], meta: { ...book.meta, updatedAt: now } },
    log,
    problems,
    merged,
    refused,
  };
}
