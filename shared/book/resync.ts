/**
 * The rows a book should have after the office edited its units or mappings, or assigned units
 * to tasks by hand: new rows added, every entry kept, rows no longer wanted archived if they hold
 * entries. The plan and its version stay as they are.
 */
import { WB } from '../i18n/workbook-vi';
import { Directory } from '../units/directory';
import { Resolver } from '../units/resolve';
import type { AssignmentPlan } from './assign';
import { archiveRow, planAssignments, reconcileRows } from './assign';
import { taskIndex } from './index';
import type { Book, TrackingRow } from './model';
import type { Mapping } from '../units/model';
import type { Problem } from '../errors/problem';
import { restoreArchived } from './restore';

export interface Resynced {
  book: Book;
  assignment: AssignmentPlan;
  added: TrackingRow[];
  archived: TrackingRow[];
  /** Entries moved back from the archive onto rows wanted again. */
  problems: Problem[];
}

/** Mappings for the phrases in use (the office's where it wrote them), then its others. */
export function mappingsAfter(assignment: AssignmentPlan, old: readonly Mapping[]): Mapping[] {
  const now = assignment.resolutions.map((r) => ({ phrase: r.phrase, targets: r.targets }));
  const have = new Set(now.map((m) => m.phrase));
  return [...now, ...old.filter((m) => !have.has(m.phrase) && m.targets.length > 0)];
}

export function resyncBook(book: Book, now: string): Resynced {
  const resolver = new Resolver(new Directory(book.units), book.mappings);
  const assignment = planAssignments(book.plan, resolver);
  const r = reconcileRows(book.rows, assignment.assignments);
  const tasks = taskIndex(book);
  const names = new Map(book.units.map((u) => [u.code, u.name]));
  const archived = r.archived.map((row) => {
    const info = tasks.get(row.taskId);
    return archiveRow(
      row,
      {
        periodLabel: info?.period.label ?? '',
        content: info?.task.content ?? '',
        unitName: names.get(row.unitCode) ?? row.unitCode,
      },
      now,
      WB.archiveReason.unassigned,
    );
  });
  const restored = restoreArchived(r.added, book.archive, now);
  return {
    book: {
      ...book,
      mappings: mappingsAfter(assignment, book.mappings),
      rows: r.rows,
      archive: [...restored.archive, ...archived],
      log: [...book.log, ...restored.log],
      meta: { ...book.meta, updatedAt: now },
    },
    assignment,
    added: r.added,
    archived: r.archived,
    problems: restored.problems,
  };
}

/** Adds units to tasks by hand (a row `Công việc <id>` on `Ánh xạ`), then resyncs. */
export function assignUnits(
  book: Book,
  taskIds: readonly string[],
  targets: readonly string[],
  now: string,
): Resynced {
  const mappings = [...book.mappings];
  for (const id of taskIds) {
    const phrase = WB.taskPhrase(id);
    const at = mappings.findIndex((m) => m.phrase === phrase);
    const merged =
      at >= 0 ? [...new Set([...(mappings[at]?.targets ?? []), ...targets])] : [...targets];
    if (at >= 0) mappings[at] = { phrase, targets: merged };
    else mappings.push({ phrase, targets: merged });
  }
  return resyncBook({ ...book, mappings }, now);
}
