/**
 * What the office should know after rows are assigned: phrases of the plan that matched no
 * unit (with their tasks), and tasks that have no unit at all (so no tracking rows).
 */
import { warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Plan } from '../plan/model';
import type { AssignmentPlan } from './assign';

export function assignmentNotes(plan: Plan, assignment: AssignmentPlan): Problem[] {
  const tasks = plan.periods.flatMap((p) => p.tasks);
  const unresolved = assignment.resolutions.filter((r) => r.units.length === 0);
  const named = new Set<string>();
  const notes: Problem[] = unresolved.map((r) => {
    const ids = tasks
      .filter((t) => t.owners.includes(r.phrase) || t.support.includes(r.phrase))
      .map((t) => t.id);
    for (const id of ids) named.add(id);
    return warning('unresolvedPhrase', undefined, { phrase: r.phrase, tasks: ids.join(', ') });
  });
  // a task whose phrases all went unresolved is named above; one with no phrase at all is not
  for (const t of assignment.unassigned) {
    if (!named.has(t.id)) notes.push(warning('unassignedTask', undefined, { id: t.id }));
  }
  return notes;
}
