/**
 * How units are scored, classified and proposed for commendation within their bloc: the criteria
 * the office sets on `Tiêu chí` (points from the plan's progress, or entered by hand on
 * `Chấm điểm`), a capped bonus, and how many of each commendation a bloc may propose.
 */
import type { Classification } from './classification';

export type CriterionMethod = 'plan' | 'manual';

export interface Criterion {
  name: string;
  /** The most points it gives. */
  max: number;
  method: CriterionMethod;
  /** For `plan`: points taken off for each task overdue at the report date, and each done late. */
  overduePenalty: number;
  latePenalty: number;
}

export interface Commendation {
  /** "Cờ thi đua", "Bằng khen", "Giấy khen". */
  name: string;
  /** How many units of each bloc it may go to, taken by rank after the ones above it. */
  perBloc: number;
  /** The classification a unit needs at least. */
  least: Classification;
}

export interface Scoring {
  criteria: Criterion[];
  /** Bonus points (creative models, …) entered by hand, counted up to this. */
  bonusCap: number;
  commendations: Commendation[];
}

/** A unit's hand-entered points: by criterion name, and its bonus. */
interface HandScore {
  points: Record<string, number>;
  bonus: number | null;
}
export type HandScores = Record<string, HandScore>;

export const CRITERION_METHOD_LABELS: Record<CriterionMethod, { vi: string; en: string }> = {
  plan: { vi: 'Theo tiến độ kế hoạch', en: 'From the plan’s progress' },
  manual: { vi: 'Chấm tay', en: 'Entered by hand' },
};

/**
 * Until the office sets its own criteria, the score is the rate of tasks done of those due, on
 * 100 points: ranking and classification read exactly as the rate does.
 */
export const DEFAULT_SCORING: Scoring = {
  criteria: [
    {
      name: 'Thực hiện các nhiệm vụ trong kế hoạch',
      max: 100,
      method: 'plan',
      overduePenalty: 0,
      latePenalty: 0,
    },
  ],
  bonusCap: 10,
  commendations: [
    { name: 'Cờ thi đua', perBloc: 1, least: 'excellent' },
    { name: 'Bằng khen', perBloc: 2, least: 'excellent' },
    { name: 'Giấy khen', perBloc: 3, least: 'good' },
  ],
};

/** The points of all criteria: what the classification thresholds are fractions of. */
export function maxPoints(s: Scoring): number {
  return s.criteria.reduce((n, c) => n + c.max, 0);
}

/** Figures of a unit a plan criterion scores from. */
export interface PlanFigures {
  due: number;
  doneOfDue: number;
  overdue: number;
  late: number;
}

/**
 * A plan criterion's points: max × done of due, less the penalties, never below 0; null when
 * nothing is due. Written in the order the workbook's formula computes it, so that both give
 * the same number to the last bit.
 */
export function planPoints(c: Criterion, f: PlanFigures): number | null {
  if (f.due === 0) return null;
  return Math.max(
    0,
    (c.max * f.doneOfDue) / f.due - c.overduePenalty * f.overdue - c.latePenalty * f.late,
  );
}

/**
 * Half away from zero to 2 decimals, as the spreadsheets' ROUND does, so that totals equal to
 * the hundredth tie in the core as in the workbook.
 */
export function round2(x: number): number {
  const r = Math.round(Math.abs(x) * 100 + 1e-9) / 100;
  return x < 0 ? -r : r;
}
