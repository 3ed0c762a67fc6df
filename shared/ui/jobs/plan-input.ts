/** A plan to read: pasted text or a chosen file (.docx, .txt, .xlsx, .csv). */
import type { Plan } from '../../plan/model';
import type { Problem } from '../../errors/problem';
import { words } from '../../app/message';
import { el, field, fileField } from '../dom';
import { readPlan } from '../read-input';
import type { Shown } from '../result-view';
import { stop, stopProblems } from './kit';

const PLAN_FILES = '.docx,.txt,.xlsx,.csv,.tsv,text/plain';

export interface PlanInput {
  element: HTMLElement;
  read(): Promise<{ plan: Plan; warnings: Problem[] } | { stop: Shown }>;
}

export function planInput(doc: Document, prefix: string): PlanInput {
  const text = el(doc, 'textarea', {
    id: `${prefix}-text`,
    rows: '5',
    placeholder: 'plan.pastePlaceholder',
  });
  const file = fileField(doc, `${prefix}-file`, 'plan.chooseFile', PLAN_FILES);
  return {
    element: el(doc, 'div', {}, file.element, field(doc, 'plan.pasteLabel', text)),
    async read() {
      const plan = await readPlan(text.value, file.input.files?.[0]);
      if (!plan) return stop(words((ui) => ui.app.plan.nothing));
      if (!plan.ok) return stopProblems(plan.problems);
      return { plan: plan.value, warnings: plan.warnings };
    },
  };
}
