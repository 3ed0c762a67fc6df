/**
 * Problems as the command line shows them: Vietnamese, then English unless one language is
 * asked for; many of one kind grouped into a line or two (the --log file keeps every one).
 */
import { formatGroupedProblems } from '../shared/errors/group';
import type { Problem } from '../shared/errors/problem';

export type OutputLang = 'vi' | 'en' | 'both';

/** The problems with the file named where they do not name one already. */
export function inFile(problems: readonly Problem[], file?: string): Problem[] {
  return problems.map((p) => (file && !p.at?.file ? { ...p, at: { file, ...p.at } } : p));
}

export function formatProblems(problems: Problem[], lang: OutputLang, file?: string): string {
  const lines = formatGroupedProblems(inFile(problems, file), lang);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
