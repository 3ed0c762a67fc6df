/**
 * Tasks of an amended plan matched to the book's: by the same content first, then by similar
 * content (a reworded task keeps its progress), in the same period before any other. Numbers
 * alone are not trusted: inserting a task renumbers all that follow it.
 */
import { DIGIT, LETTER } from '../text/letters';
import type { Plan, Task } from '../plan/model';
import { asciiFold } from '../text/normalize';

export interface TaskMatch {
  oldId: string;
  newTask: Task;
  newPeriodKey: string;
  similarity: number;
}

const NOT_WORD = new RegExp(`[^${LETTER}${DIGIT}]+`, 'g');

function contentKey(s: string): string {
  return asciiFold(s).replace(NOT_WORD, ' ').trim();
}

function words(s: string): Set<string> {
  return new Set(
    contentKey(s)
      .split(' ')
      .filter((w) => w.length > 0),
  );
}

/** Dice coefficient over words: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  return dice(words(a), words(b));
}

function dice(wa: Set<string>, wb: Set<string>): number {
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** How alike two tasks must be to count as one reworded. */
const REWORD_THRESHOLD = 0.6;

interface Slot {
  task: Task;
  periodKey: string;
}

function slots(plan: Plan): Slot[] {
  return plan.periods.flatMap((p) => p.tasks.map((task) => ({ task, periodKey: p.key })));
}

export function matchTasks(
  oldPlan: Plan,
  newPlan: Plan,
): { matches: TaskMatch[]; removed: Task[]; added: Slot[] } {
  const olds = slots(oldPlan);
  const news = slots(newPlan);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const matches: TaskMatch[] = [];
  const take = (i: number, j: number, sim: number): void => {
    usedOld.add(i);
    usedNew.add(j);
    const n = news[j] as Slot;
    matches.push({
      oldId: (olds[i] as Slot).task.id,
      newTask: n.task,
      newPeriodKey: n.periodKey,
      similarity: sim,
    });
  };

  // identical content, same period first
  const byKey = new Map<string, number[]>();
  olds.forEach((o, i) => {
    const k = contentKey(o.task.content);
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  for (const samePeriod of [true, false]) {
    news.forEach((n, j) => {
      if (usedNew.has(j)) return;
      const candidates = byKey.get(contentKey(n.task.content)) ?? [];
      const i = candidates.find(
        (c) => !usedOld.has(c) && (!samePeriod || (olds[c] as Slot).periodKey === n.periodKey),
      );
      if (i !== undefined) take(i, j, 1);
    });
  }

  // reworded: best pairs above the threshold, same period before others
  const oldWords = olds.map((o) => words(o.task.content));
  const newWords = news.map((n) => words(n.task.content));
  for (const samePeriod of [true, false]) {
    const pairs: { i: number; j: number; s: number }[] = [];
    olds.forEach((o, i) => {
      if (usedOld.has(i)) return;
      news.forEach((n, j) => {
        if (usedNew.has(j) || (samePeriod && o.periodKey !== n.periodKey)) return;
        const s = dice(oldWords[i] as Set<string>, newWords[j] as Set<string>);
        if (s >= REWORD_THRESHOLD) pairs.push({ i, j, s });
      });
    });
    pairs.sort((a, b) => b.s - a.s);
    for (const p of pairs) if (!usedOld.has(p.i) && !usedNew.has(p.j)) take(p.i, p.j, p.s);
  }

  return {
    matches,
    removed: olds.filter((_, i) => !usedOld.has(i)).map((o) => o.task),
    added: news.filter((_, j) => !usedNew.has(j)),
  };
}
