/**
 * A plan read without the office's names, its parties read again with them (the unit directory
 * the workbook uses): what building the workbook does, so the pane, the sidebar and the command
 * line assign the same units whichever way the plan was read.
 */
import type { Plan } from './model';
import type { PartyVocabulary } from './parties';
import { refineParties } from './parties';

export function refinePlanParties(plan: Plan, vocabulary: PartyVocabulary): Plan {
  if (vocabulary.names.length === 0 && vocabulary.groups.length === 0) return plan;
  let changed = false;
  const periods = plan.periods.map((p) => ({
    ...p,
    tasks: p.tasks.map((t) => {
      const owners = refineParties(t.owners, vocabulary);
      const support = refineParties(t.support, vocabulary);
      const same =
        owners.length === t.owners.length &&
        owners.every((o, i) => o === t.owners[i]) &&
        support.length === t.support.length &&
        support.every((s, i) => s === t.support[i]);
      if (same) return t;
      changed = true;
      return { ...t, owners, support };
    }),
  }));
  return changed ? { ...plan, periods } : plan;
}
