/**
 * Problems as both hosts list them: errors first, then warnings; a large group of one kind as its
 * first problem in full and "… and N more of the same kind: where" (never thousands of lines).
 */
import { paneProblemTexts } from '../errors/group';
import type { Problem, Severity } from '../errors/problem';
import type { Lang } from '../i18n/catalog';

export interface ProblemLine {
  text: string;
  severity: Severity;
}

export function problemLines(problems: readonly Problem[], lang: Lang): ProblemLine[] {
  const lines: ProblemLine[] = [];
  for (const severity of ['error', 'warning'] as const) {
    lines.push(
      ...paneProblemTexts(
        problems.filter((p) => p.severity === severity),
        lang,
      ),
    );
  }
  return lines;
}
