/**
 * Problems of one kind, grouped: a file of 50,000 rows with every date typed as text gives one
 * note and a bounded list of where, not 50,000 lines. Problems with a place inside a file (a
 * cell, a line, a row of the plan's table) are grouped by code, severity, file and sheet; the
 * others, whose messages tell them apart, are always shown whole. The full list is still the
 * caller's to keep (a log file, the book's log).
 */
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import type { Location } from '../i18n/location';
import type { Problem } from './problem';
import { formatProblem } from './problem';

export interface ProblemGroup {
  /** In the order they came; the first is shown in full. */
  problems: Problem[];
}

const placed = (p: Problem): boolean =>
  p.at?.cell !== undefined || p.at?.line !== undefined || p.at?.tableRow !== undefined;

export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  let alone = 0;
  for (const p of problems) {
    const key = placed(p)
      ? [p.code, p.severity, p.at?.file ?? '', p.at?.sheet ?? ''].join('\u0000')
      : `\u0001${alone++}`;
    const g = groups.get(key);
    if (g) g.problems.push(p);
    else groups.set(key, { problems: [p] });
  }
  return [...groups.values()];
}

export interface GroupOptions {
  /** Groups of up to this many problems are shown one line each. */
  whole: number;
  /** Places named for a larger group. */
  places: number;
}

const GROUP_OPTIONS: GroupOptions = { whole: 3, places: 10 };

/** A problem to show, with the others of its kind it stands for (none for a small group). */
interface ShownProblem {
  problem: Problem;
  more: Problem[];
}

/** The problems to show, in the order they came: a large group as its first problem. */
function shownProblems(
  problems: readonly Problem[],
  opts: GroupOptions = GROUP_OPTIONS,
): ShownProblem[] {
  const large = new Map<Problem, ProblemGroup>();
  const skip = new Set<Problem>();
  for (const g of groupProblems(problems)) {
    if (g.problems.length <= opts.whole) continue;
    large.set(g.problems[0] as Problem, g);
    for (const p of g.problems.slice(1)) skip.add(p);
  }
  return problems
    .filter((p) => !skip.has(p))
    .map((p) => ({ problem: p, more: large.get(p)?.problems.slice(1) ?? [] }));
}

/** "… and N more of the same kind: cell I9, cell I14, … (and M more)", or '' for none. */
function moreLine(
  shown: ShownProblem,
  lang: 'vi' | 'en',
  opts: GroupOptions = GROUP_OPTIONS,
): string {
  if (shown.more.length === 0) return '';
  const cat = lang === 'vi' ? vi : en;
  const places = shown.more
    .slice(0, opts.places)
    .map((q) => cat.location(within(q.at, shown.problem.at)));
  return cat.grouped({
    count: shown.more.length,
    places: places.join(', '),
    more: shown.more.length - places.length,
  });
}

/**
 * The lines to show for problems: each problem of a small group where it came, and for a larger
 * group its first problem and "… and N more of the same kind: cell I9, cell I14, … (and M
 * more)". With both languages, each Vietnamese line is followed by its English one, indented.
 */
export function formatGroupedProblems(
  problems: readonly Problem[],
  lang: 'vi' | 'en' | 'both',
  opts: GroupOptions = GROUP_OPTIONS,
): string[] {
  const langs: ('vi' | 'en')[] = lang === 'both' ? ['vi', 'en'] : [lang];
  const indent = (l: 'vi' | 'en'): string => (lang === 'both' && l === 'en' ? '  ' : '');
  const lines: string[] = [];
  for (const shown of shownProblems(problems, opts)) {
    for (const l of langs) lines.push(indent(l) + formatProblem(shown.problem, l));
    if (shown.more.length === 0) continue;
    for (const l of langs) lines.push(`  ${indent(l)}${moreLine(shown, l, opts)}`);
  }
  return lines;
}

/** One text per problem shown in a pane: a large group's first problem and how many more, where. */
export function paneProblemTexts(
  problems: readonly Problem[],
  lang: 'vi' | 'en',
): { severity: Problem['severity']; text: string }[] {
  return shownProblems(problems).map((s) => ({
    severity: s.problem.severity,
    text: [formatProblem(s.problem, lang), moreLine(s, lang)].filter(Boolean).join('\n'),
  }));
}

/** A place without the file and sheet its group shares. */
function within(at: Location | undefined, shared: Location | undefined): Location {
  const rest: Location = { ...at };
  if (rest.file === shared?.file) delete rest.file;
  if (rest.sheet === shared?.sheet) delete rest.sheet;
  return rest;
}
