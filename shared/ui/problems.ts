/**
 * Problems as both hosts list them: errors first, then warnings, each kind grouped (many of one
 * kind in one place make one line and a bounded list of where, as the command line prints them).
 */
import { formatGroupedProblems } from '../errors/group';
import type { Problem, Severity } from '../errors/problem';
import type { Lang } from '../i18n/catalog';

export interface ProblemLine {
  text: string;
  severity: Severity;
}

export function problemLines(problems: readonly Problem[], lang: Lang): ProblemLine[] {
  const lines: ProblemLine[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const some = problems.filter((p) => p.severity === severity);
    for (const text of formatGroupedProblems(some, lang))
      lines.push({ text: text.trim(), severity });
  }
  return lines;
}
