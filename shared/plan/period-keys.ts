/**
 * Draft periods into the plan's periods: each gets a key and real dates from its label and the
 * plan's year; one whose label names no dates keeps a "P…" key and is listed with its place.
 * A second heading of the same period goes on with the first ("QUÝ II (tiếp theo)" after a page
 * break, or its tasks numbered on from the first's): its tasks join the first's, with a note when
 * the two were apart. Numbered from 1 again, it is a block of its own, kept apart with the same
 * dates under a "P…" key, and a note says so.
 */
import type { Location } from '../i18n/location';
import { warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import { asciiFold } from '../text/normalize';
import type { DraftTask, Drafts } from './drafts';
import type { Period, Task } from './model';
import type { PartyVocabulary } from './parties';
import { splitParties } from './parties';
import { parsePeriodLabel, periodLabelNeedsYear } from './periods';

const dmy = (iso: string): string => iso.split('-').reverse().join('/');
const fold = (s: string): string => asciiFold(s).replace(/\s+/g, ' ').trim();

/** The tasks under a second heading go on with the first's numbering (or have no numbers). */
function numberingGoesOn(before: DraftTask[], after: DraftTask[]): boolean {
  const first = after.find((t) => t.no !== null)?.no;
  if (first === undefined || first === null) return true;
  const last = [...before].reverse().find((t) => t.no !== null)?.no ?? 0;
  return first === last + 1;
}

interface Grouped {
  /** The period's key; null for one that has none of its own (a "P…" key is given). */
  key: string | null;
  /** It holds its label's key (a second block of the same period is kept under a "P…" key). */
  holdsKey: boolean;
  label: string;
  start: string | null;
  end: string | null;
  tasks: DraftTask[];
}

/** The year a plan's periods fall in when their labels do not say: the title's, a label's, the date's. */
export function planYear(
  drafts: Drafts,
  documentYear: number | null,
  documentDate: string | null,
): number | null {
  return (
    documentYear ??
    drafts.periods.map((d) => parsePeriodLabel(d.label, null)?.year).find((y) => y !== undefined) ??
    (documentDate ? Number(documentDate.slice(0, 4)) : null)
  );
}

export function toPeriods(
  drafts: Drafts,
  year: number | null,
  vocabulary: PartyVocabulary,
  problems: Problem[],
): Period[] {
  const entries: { label: string; at: Location; tasks: DraftTask[] }[] = [];
  if (drafts.loose.length > 0) {
    const label = year !== null ? `Cả năm ${year}` : 'Cả năm';
    const first = drafts.loose[0] as DraftTask;
    problems.push(warning('taskBeforePeriod', first.at, { label }));
    entries.push({ label, at: first.at, tasks: drafts.loose });
  }
  for (const d of drafts.periods) entries.push({ label: d.label, at: d.at, tasks: d.tasks });

  const groups: Grouped[] = [];
  for (const e of entries) {
    const parsed = parsePeriodLabel(e.label, year);
    if (!parsed) {
      problems.push(
        periodLabelNeedsYear(e.label)
          ? warning('periodWithoutYear', e.at, { label: e.label })
          : warning('unknownPeriod', e.at, { label: e.label }),
      );
    }
    const key = parsed?.key ?? null;
    const folded = fold(e.label);
    const found = groups.find((g) =>
      key !== null ? g.holdsKey && g.key === key : g.key === null && fold(g.label) === folded,
    );
    const dates = parsed ? `${dmy(parsed.start)} – ${dmy(parsed.end)}` : '';
    if (found && (/\btiep\b/.test(folded) || numberingGoesOn(found.tasks, e.tasks))) {
      if (found !== groups[groups.length - 1])
        problems.push(
          warning('periodsMerged', e.at, { label: e.label, first: found.label, dates }),
        );
      found.tasks.push(...e.tasks);
      continue;
    }
    if (found) {
      // numbered from 1 again: a block of its own, kept apart under a key of its own
      problems.push(
        fold(found.label) === folded
          ? warning('duplicatePeriodLabel', e.at, { label: e.label })
          : warning('periodRepeated', e.at, { label: e.label, first: found.label, dates }),
      );
    }
    groups.push({
      key: found ? null : key,
      holdsKey: !found,
      label: e.label,
      start: parsed?.start ?? null,
      end: parsed?.end ?? null,
      tasks: [...e.tasks],
    });
  }

  return groups.map((g, i) => {
    const key = g.key ?? `P${i + 1}`;
    return {
      key,
      label: g.label,
      start: g.start,
      end: g.end,
      tasks: toTasks(g.tasks, key, g.label, vocabulary, problems),
    };
  });
}

function toTasks(
  drafts: DraftTask[],
  periodKey: string,
  periodLabel: string,
  vocabulary: PartyVocabulary,
  problems: Problem[],
): Task[] {
  const tasks: Task[] = [];
  const seenNo = new Set<number>();
  const seenId = new Set<string>();
  let prev = 0;
  for (const d of drafts) {
    const no = d.no !== null && d.no >= 1 ? d.no : prev + 1;
    prev = no;
    const content = d.content.join('\n').trim();
    if (seenNo.has(no))
      problems.push(warning('duplicateTaskNumber', d.at, { no, period: periodLabel }));
    seenNo.add(no);
    let id = `${periodKey}-${String(no).padStart(2, '0')}`;
    for (let k = 0; seenId.has(id); k++)
      id = `${periodKey}-${String(no).padStart(2, '0')}${String.fromCharCode(98 + k)}`;
    seenId.add(id);
    const parties = splitParties(d.owners, vocabulary);
    const extraSupport = splitParties(
      d.support.map((s) => `Phối hợp: ${s}`),
      vocabulary,
    ).support;
    const support = [...parties.support];
    for (const s of extraSupport) if (!support.includes(s)) support.push(s);
    tasks.push({
      id,
      no,
      content,
      owners: parties.owners,
      support,
      when: d.when.length > 0 ? d.when.join('\n') : null,
      note: d.note.join('\n'),
    });
  }
  return tasks;
}
