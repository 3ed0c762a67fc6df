/**
 * Applying an amended plan: matched tasks keep their ids (and so every entry); new tasks get
 * fresh ids; rows of removed tasks that hold entries go to the archive, never deleted. The
 * plan's version goes up and each change of the plan is written to the log.
 */
import { WB } from '../i18n/workbook-vi';
import type { Plan } from '../plan/model';
import { refinePlanParties } from '../plan/refine';
import { Directory } from '../units/directory';
import { Resolver } from '../units/resolve';
import { unitVocabulary } from '../units/vocabulary';
import type { AssignmentPlan } from './assign';
import { archiveRow, planAssignments, reconcileRows } from './assign';
import { taskIndex } from './index';
import { matchTasks } from './match-tasks';
import { mappingsAfter } from './resync';
import type { Book, LogEntry } from './model';
import { restoreArchived } from './restore';
import type { Problem } from '../errors/problem';

export interface UpdateResult {
  book: Book;
  assignment: AssignmentPlan;
  log: LogEntry[];
  summary: {
    kept: number;
    reworded: number;
    added: number;
    removed: number;
    archivedRows: number;
    droppedRows: number;
    restoredRows: number;
  };
  /** Entries moved back from the archive onto rows the plan wants again. */
  problems: Problem[];
}

function uniqueId(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let k = 0; ; k++) {
    const id = `${base}${String.fromCharCode(98 + (k % 25))}${k >= 25 ? Math.floor(k / 25) : ''}`;
    if (!taken.has(id)) return id;
  }
}

export function updateBook(book: Book, read: Plan, now: string): UpdateResult {
  const amended = refinePlanParties(read, unitVocabulary(book.units, book.mappings));
  const { matches, removed, added } = matchTasks(book.plan, amended);
  const taken = new Set<string>([
    ...book.archive.map((a) => a.taskId),
    ...book.rows.map((r) => r.taskId),
  ]);
  for (const p of book.plan.periods) for (const t of p.tasks) taken.add(t.id);
  const newId = new Map<object, string>();
  for (const m of matches) newId.set(m.newTask, m.oldId);
  for (const a of added) {
    const id = uniqueId(a.task.id, taken);
    taken.add(id);
    newId.set(a.task, id);
  }
  const plan: Plan = {
    ...amended,
    periods: amended.periods.map((p) => ({
      ...p,
      tasks: p.tasks.map((t) => ({ ...t, id: newId.get(t) ?? t.id })),
    })),
  };

  const resolver = new Resolver(new Directory(book.units), book.mappings);
  const assignment = planAssignments(plan, resolver);
  const reconciled = reconcileRows(book.rows, assignment.assignments);
  const oldTasks = taskIndex(book);
  const names = new Map(book.units.map((u) => [u.code, u.name]));
  const removedIds = new Set(removed.map((t) => t.id));
  const archived = reconciled.archived.map((r) => {
    const info = oldTasks.get(r.taskId);
    return archiveRow(
      r,
      {
        periodLabel: info?.period.label ?? '',
        content: info?.task.content ?? '',
        unitName: names.get(r.unitCode) ?? r.unitCode,
      },
      now,
      removedIds.has(r.taskId) ? WB.archiveReason.taskRemoved : WB.archiveReason.unassigned,
    );
  });

  const restored = restoreArchived(reconciled.added, book.archive, now);
  const log: LogEntry[] = [...restored.log];
  const note = (taskId: string, old: string, value: string) =>
    log.push({
      at: now,
      source: 'update',
      unitCode: '',
      taskId,
      field: WB.fields.task,
      old,
      new: value,
      outcome: 'plan',
    });
  const reworded = matches.filter((m) => oldTasks.get(m.oldId)?.task.content !== m.newTask.content);
  for (const m of reworded)
    note(m.oldId, oldTasks.get(m.oldId)?.task.content ?? '', m.newTask.content);
  for (const a of added) note(newId.get(a.task) ?? a.task.id, '', a.task.content);
  for (const t of removed) note(t.id, t.content, '');

  const updated: Book = {
    ...book,
    meta: { ...book.meta, version: book.meta.version + 1, updatedAt: now },
    plan,
    mappings: mappingsAfter(assignment, book.mappings),
    rows: reconciled.rows,
    archive: [...restored.archive, ...archived],
    log: [...book.log, ...log],
  };
  return {
    book: updated,
    assignment,
    log,
    summary: {
      kept: matches.length - reworded.length,
      reworded: reworded.length,
      added: added.length,
      removed: removed.length,
      archivedRows: archived.length,
      droppedRows: reconciled.dropped.length,
      restoredRows: restored.count,
    },
    problems: restored.problems,
  };
}
