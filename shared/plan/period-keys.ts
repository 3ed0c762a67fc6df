/**
 * Draft periods into the plan's periods: each gets a key and real dates from its label and the
 * plan's year; one whose label names no dates keeps a "P…" key and is listed with its place.
 * A second heading of the same period goes on with the first ("QUÝ II (tiếp theo)" after a page
 * break, or its tasks numbered on from the first's): its tasks join the first's, with a note when
 * the two were apart. Numbered from 1 again, it is a block of its own, kept apart with the same
 * dates under a "P…" key, and a note says so.
 *
 * A table with no period rows at all, whose tasks give their own time, has its tasks put in the
 * periods their times end in: the quarters of the year (the semesters and the summer of a school
 * year), and the whole year for those whose time names no date ("Cả năm", "Thường xuyên").
 */
import type { Location } from '../i18n/location';
import { warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import { asciiFold } from '../text/normalize';
import type { DraftTask, Drafts } from './drafts';
import type { DocumentInfo, Period, Task } from './model';
import type { PartyVocabulary } from './parties';
import { splitParties } from './parties';
import type { PeriodInfo, PlanYear } from './periods';
import {
  parsePeriodLabel,
  periodLabelNeedsYear,
  schoolYearOf,
  semesterOf,
  spanOf,
  summerOf,
} from './periods';
import { deadlineFromWhen } from './when';

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

/**
 * The year a plan's periods fall in when their labels do not say: the school year its title
 * names, else the title's year, a label's, the date's. A plan whose periods are semesters ("Học
 * kỳ I") is of a school year even when its title does not say so: the one a label names, else
 * the one its date falls in.
 */
export function planYear(drafts: Drafts, doc: DocumentInfo): PlanYear | null {
  if (doc.schoolYear) return { year: Number(doc.schoolYear.slice(0, 4)), school: true };
  const labels = drafts.periods.map((d) => ({
    own: parsePeriodLabel(d.label, null),
    any: parsePeriodLabel(d.label, 2000),
  }));
  if (labels.some((l) => l.any?.school)) {
    const named = labels.find((l) => l.own?.school)?.own?.year;
    const dated = doc.date
      ? Number(doc.date.slice(0, 4)) - (doc.date.slice(5, 7) < '08' ? 1 : 0)
      : null;
    const year = named ?? dated ?? doc.year;
    return year === null ? null : { year, school: true };
  }
  const year =
    doc.year ??
    labels.map((l) => l.own?.year).find((y) => y !== undefined) ??
    (doc.date ? Number(doc.date.slice(0, 4)) : null);
  return year === null ? null : { year, school: false };
}

interface Entry {
  label: string;
  at: Location;
  tasks: DraftTask[];
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The label of a period tasks are put in by their time, as a plan would write it. */
function bucketLabel(p: PeriodInfo): string {
  const school = `${p.year} – ${p.year + 1}`;
  switch (p.kind) {
    case 'quarter':
      return `Quý ${ROMAN[Number(p.key.slice(-1)) - 1]}/${p.year}`;
    case 'semester':
      return `Học kỳ ${p.key.endsWith('S1') ? 'I' : 'II'} năm học ${school}`;
    case 'summer':
      return `Hè ${p.year}`;
    case 'schoolYear':
      return `Cả năm học ${school}`;
    default:
      return `Cả năm ${p.year}`;
  }
}

/**
 * The period a task's own time ends in: a quarter; in a school year, its first or second semester
 * or its summer (June – August of its second year).
 */
function periodOfDeadline(deadline: string, ctx: PlanYear): PeriodInfo {
  const y = Number(deadline.slice(0, 4));
  const m = Number(deadline.slice(5, 7));
  if (!ctx.school) {
    const q = Math.floor((m - 1) / 3) * 3 + 1;
    return spanOf(y, q, y, q + 2) as PeriodInfo;
  }
  const summer = summerOf(ctx.year + 1);
  if (deadline >= summer.start && deadline <= summer.end) return summer;
  const sy = m >= 8 ? y : y - 1;
  return m >= 8 || m === 1 ? semesterOf(sy, 1) : m <= 5 ? semesterOf(sy, 2) : summerOf(y);
}

/** A time that names one of the periods tasks are put in ("Quý I", "Học kỳ II", "Hè 2025"). */
function isBucket(p: PeriodInfo | null, ctx: PlanYear): boolean {
  if (!p) return false;
  return ctx.school ? p.kind === 'semester' || p.kind === 'summer' : p.kind === 'quarter';
}

/**
 * Tasks of a table with no period rows, into the periods their own times end in (the whole year
 * for a time that names the year, or no date); null when no task gives a time to go by.
 */
function byTime(loose: DraftTask[], ctx: PlanYear | null, problems: Problem[]): Entry[] | null {
  if (!ctx || !loose.some((t) => t.when.length > 0)) return null;
  const year = ctx.school
    ? schoolYearOf(ctx.year)
    : (spanOf(ctx.year, 1, ctx.year, 12) as PeriodInfo);
  const buckets = new Map<string, { info: PeriodInfo; tasks: DraftTask[] }>();
  for (const t of loose) {
    const when = t.when.join('\n');
    const named = when ? parsePeriodLabel(when, ctx) : null;
    const deadline = when ? deadlineFromWhen(when, ctx) : null;
    const info = isBucket(named, ctx)
      ? (named as PeriodInfo)
      : deadline === null || named?.kind === 'year' || named?.kind === 'schoolYear'
        ? year
        : periodOfDeadline(deadline, ctx);
    const b = buckets.get(info.key) ?? { info, tasks: [] };
    b.tasks.push(t);
    buckets.set(info.key, b);
  }
  const ordered = [...buckets.values()].sort((a, b) =>
    a.info === year ? 1 : b.info === year ? -1 : a.info.start.localeCompare(b.info.start),
  );
  const entries = ordered.map((b) => ({
    label: bucketLabel(b.info),
    at: (b.tasks[0] as DraftTask).at,
    tasks: b.tasks,
  }));
  problems.push(
    warning('tasksGroupedByTime', (loose[0] as DraftTask).at, {
      periods: entries.map((e) => `${e.label} (${e.tasks.length})`).join(', '),
    }),
  );
  return entries;
}

export function toPeriods(
  drafts: Drafts,
  ctx: PlanYear | null,
  vocabulary: PartyVocabulary,
  problems: Problem[],
): Period[] {
  const entries: Entry[] = [];
  const grouped = drafts.periods.length === 0 ? byTime(drafts.loose, ctx, problems) : null;
  if (grouped) entries.push(...grouped);
  else if (drafts.loose.length > 0) {
    const label = !ctx
      ? 'Cả năm'
      : ctx.school
        ? `Cả năm học ${ctx.year} – ${ctx.year + 1}`
        : `Cả năm ${ctx.year}`;
    const first = drafts.loose[0] as DraftTask;
    problems.push(warning('taskBeforePeriod', first.at, { label }));
    entries.push({ label, at: first.at, tasks: drafts.loose });
  }
  for (const d of drafts.periods) entries.push({ label: d.label, at: d.at, tasks: d.tasks });

  const groups: Grouped[] = [];
  for (const e of entries) {
    const parsed = parsePeriodLabel(e.label, ctx);
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
      ...(d.group ? { group: d.group } : {}),
    });
  }
  return tasks;
}
