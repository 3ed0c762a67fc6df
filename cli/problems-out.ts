/** Problems as the command line shows them: Vietnamese, then English unless one language is asked for. */
import type { Problem } from '../shared/errors/problem';
import { formatProblem } from '../shared/errors/problem';

export type OutputLang = 'vi' | 'en' | 'both';

export function formatProblems(problems: Problem[], lang: OutputLang, file?: string): string {
  const lines: string[] = [];
  for (const p of problems) {
    const withFile: Problem = file && !p.at?.file ? { ...p, at: { file, ...p.at } } : p;
    if (lang !== 'en') lines.push(formatProblem(withFile, 'vi'));
    if (lang !== 'vi') lines.push((lang === 'both' ? '  ' : '') + formatProblem(withFile, 'en'));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
