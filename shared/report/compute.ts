/**
 * The consolidated report's numbers: per period, per unit (with rank and classification) and
 * overall, plus the overdue and late rows. The workbook's live formulas compute the same
 * numbers; a test holds the two to each other through an independent engine.
 */
import type { Standing } from '../book/classification';
import { atLeast, classify } from '../book/classification';
import type { Book, Thresholds, TrackingRow } from '../book/model';
import type { Scoring } from '../book/scoring';
import { DEFAULT_SCORING, maxPoints, planPoints, round2 } from '../book/scoring';
import type { Status } from '../tracking/status';
import type { BlocRole, UnitGroup } from '../units/model';
import { blocOf } from '../units/model';

/** Figures of a set of rows at the report date. */
export interface Counts {
  assigned: number;
  /** Rows whose deadline is on or before the report date. */
  due: number;
  /** Of those due, the ones done (on time or late). */
  doneOfDue: number;
  /** Done, due or not yet. */
  done: number;
  /** Done after the deadline. */
  late: number;
  /** Due before the report date and neither done nor declared not carried out. */
  overdue: number;
  /** doneOfDue / due: the rate that ranks and classifies; null when nothing is due. */
  rate: number | null;
  /** done / assigned: progress on all tasks; null when nothing is assigned. */
  progress: number | null;
}

interface PeriodReport extends Counts {
  key: string;
  label: string;
  tasks: number;
}

interface UnitReport extends Counts {
  code: string;
  name: string;
  group: UnitGroup;
  /** The bloc it is ranked in; '' when it is not ranked (the office's own departments). */
  bloc: string;
  blocRole: BlocRole | null;
  /** Points per criterion of `Report.scoring`, in its order; null where not scored. */
  points: (number | null)[];
  /** Bonus as entered (the cap applies in the score). */
  bonus: number | null;
  /** Criteria entered by hand that have no points for it yet (counted as 0). */
  unscored: string[];
  /** Total points, to 2 decimals; null when not ranked or nothing is due. */
  score: number | null;
  /** Rank within its bloc by score; ties share a rank. */
  rank: number | null;
  classification: Standing | null;
  /** The commendation its bloc proposes it for, if any. */
  proposal: string | null;
}

interface BlocReport {
  name: string;
  head: string | null;
  deputy: string | null;
  /** Unit codes, by rank then name; units with nothing due last. */
  units: string[];
  proposals: { name: string; units: string[] }[];
}

interface RowRef {
  taskId: string;
  periodLabel: string;
  no: number;
  content: string;
  unitCode: string;
  unitName: string;
  deadline: string | null;
  status: Status;
  doneDate: string | null;
  /** Days past the deadline: to the report date (overdue) or to completion (late). */
  days: number;
}

export interface Report {
  asOf: string;
  overall: Counts & { tasks: number };
  periods: PeriodReport[];
  units: UnitReport[];
  blocs: BlocReport[];
  overdue: RowRef[];
  late: RowRef[];
  thresholds: Thresholds;
  scoring: Scoring;
  /** The criteria's points together: what the thresholds are fractions of. */
  maxPoints: number;
}

const isDue = (r: TrackingRow, asOf: string): boolean => r.deadline !== null && r.deadline <= asOf;

function isLate(r: TrackingRow): boolean {
  return (
    r.status === 'done' && r.doneDate !== null && r.deadline !== null && r.doneDate > r.deadline
  );
}

export function isOverdue(r: TrackingRow, asOf: string): boolean {
  return r.status !== 'done' && r.status !== 'skipped' && r.deadline !== null && r.deadline < asOf;
}

function count(rows: readonly TrackingRow[], asOf: string): Counts {
  let due = 0;
  let doneOfDue = 0;
  let done = 0;
  let late = 0;
  let overdue = 0;
  for (const r of rows) {
    const d = isDue(r, asOf);
    if (d) due++;
    if (r.status === 'done') {
      done++;
      if (d) doneOfDue++;
    }
    if (isLate(r)) late++;
    if (isOverdue(r, asOf)) overdue++;
  }
  return {
    assigned: rows.length,
    due,
    doneOfDue,
    done,
    late,
    overdue,
    rate: due > 0 ? doneOfDue / due : null,
    progress: rows.length > 0 ? done / rows.length : null,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const DAY = 86_400_000;
const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

export function computeReport(book: Book, asOf: string = book.asOf): Report {
  const tasks = new Map<string, { periodLabel: string; no: number; content: string }>();
  const periodOf = new Map<string, string>();
  for (const p of book.plan.periods) {
    for (const t of p.tasks) {
      tasks.set(t.id, { periodLabel: p.label, no: t.no, content: t.content });
      periodOf.set(t.id, p.key);
    }
  }
  const unitName = new Map(book.units.map((u) => [u.code, u.name]));
  const byPeriod = new Map<string, TrackingRow[]>();
  const byUnit = new Map<string, TrackingRow[]>();
  for (const r of book.rows) {
    const pk = periodOf.get(r.taskId) ?? '';
    push(byPeriod, pk, r);
    push(byUnit, r.unitCode, r);
  }
  const periods: PeriodReport[] = book.plan.periods.map((p) => ({
    key: p.key,
    label: p.label,
    tasks: p.tasks.length,
    ...count(byPeriod.get(p.key) ?? [], asOf),
  }));
  const scoring = book.scoring ?? DEFAULT_SCORING;
  const max = maxPoints(scoring);
  const units: UnitReport[] = book.units.map((u) => {
    const c = count(byUnit.get(u.code) ?? [], asOf);
    return scoreUnit(
      { code: u.code, name: u.name, group: u.group, bloc: blocOf(u), blocRole: u.blocRole ?? null },
      c,
      scoring,
      max,
      book.thresholds,
      book.handScores?.[u.code],
    );
  });
  const blocs = rankBlocs(units, scoring);
  const ref = (r: TrackingRow, days: number): RowRef => {
    const t = tasks.get(r.taskId);
    return {
      taskId: r.taskId,
      periodLabel: t?.periodLabel ?? '',
      no: t?.no ?? 0,
      content: t?.content ?? '',
      unitCode: r.unitCode,
      unitName: unitName.get(r.unitCode) ?? r.unitCode,
      deadline: r.deadline,
      status: r.status,
      doneDate: r.doneDate,
      days,
    };
  };
  const overdue = book.rows
    .filter((r) => isOverdue(r, asOf))
    .map((r) => ref(r, daysBetween(r.deadline as string, asOf)));
  const late = book.rows
    .filter(isLate)
    .map((r) => ref(r, daysBetween(r.deadline as string, r.doneDate as string)));
  const taskCount = book.plan.periods.reduce((n, p) => n + p.tasks.length, 0);
  return {
    asOf,
    overall: { tasks: taskCount, ...count(book.rows, asOf) },
    periods,
    units,
    blocs,
    overdue,
    late,
    thresholds: book.thresholds,
    scoring,
    maxPoints: max,
  };
}

type UnitFacts = Pick<UnitReport, 'code' | 'name' | 'group' | 'bloc' | 'blocRole'>;

/** A unit's points, score and classification; its rank and proposal come with its bloc's. */
function scoreUnit(
  u: UnitFacts,
  c: Counts,
  scoring: Scoring,
  max: number,
  thresholds: Thresholds,
  hand: { points: Record<string, number>; bonus: number | null } | undefined,
): UnitReport {
  const ranked = u.bloc !== '';
  const unscored: string[] = [];
  const points = scoring.criteria.map((k) => {
    if (k.method === 'plan') return planPoints(k, c);
    const p = hand?.points[k.name];
    if (p === undefined && ranked) unscored.push(k.name);
    return p ?? null;
  });
  const bonus = hand?.bonus ?? null;
  const scored = ranked && c.due > 0;
  // the workbook adds the criteria left to right, then the capped bonus, and rounds
  const score = scored
    ? round2(
        points.reduce<number>((n, p) => n + (p ?? 0), 0) + Math.min(bonus ?? 0, scoring.bonusCap),
      )
    : null;
  const classification: Standing | null = !ranked
    ? null
    : score === null
      ? 'notDue'
      : classify(max > 0 ? score / max : 0, thresholds);
  return { ...u, ...c, points, bonus, unscored, score, rank: null, classification, proposal: null };
}

/**
 * Each bloc's ranks by score, as the spreadsheet's 1 + the number of higher scores (ties share a
 * rank), and its proposals: each commendation in turn goes to the units ranked within the counts
 * so far that are classified at least as it needs, one commendation per unit.
 */
function rankBlocs(units: UnitReport[], scoring: Scoring): BlocReport[] {
  const byBloc = new Map<string, UnitReport[]>();
  for (const u of units) if (u.bloc !== '') push(byBloc, u.bloc, u);
  return [...byBloc].map(([name, members]) => {
    for (const u of members) {
      if (u.score === null) continue;
      const s = u.score;
      u.rank = 1 + members.filter((o) => o.score !== null && o.score > s).length;
    }
    const proposals = scoring.commendations.map((k) => ({ name: k.name, units: [] as string[] }));
    for (const u of members) {
      if (u.rank === null || u.classification === null || u.classification === 'notDue') continue;
      let within = 0;
      for (const [i, k] of scoring.commendations.entries()) {
        within += k.perBloc;
        if (u.rank <= within && atLeast(u.classification, k.least)) {
          u.proposal = k.name;
          proposals[i]!.units.push(u.code);
          break;
        }
      }
    }
    const order = [...members].sort(
      (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'vi'),
    );
    return {
      name,
      head: members.find((u) => u.blocRole === 'head')?.code ?? null,
      deputy: members.find((u) => u.blocRole === 'deputy')?.code ?? null,
      units: order.map((u) => u.code),
      proposals,
    };
  });
}
