/** The classification of a ranked unit, and what a unit with nothing due yet is called instead. */
import type { Thresholds } from './model';

export type Classification = 'excellent' | 'good' | 'pass' | 'fail';

/** A unit in a bloc: classified, or nothing due yet (not failing). */
export type Standing = Classification | 'notDue';

export const CLASSIFICATION_LABELS: Record<Standing, { vi: string; en: string }> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  pass: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed' },
  fail: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' },
  notDue: { vi: 'Chưa đến hạn', en: 'Nothing due yet' },
};

/** Highest first: a commendation needing `good` goes to `good` and `excellent`. */
const LEVEL: Record<Classification, number> = { excellent: 3, good: 2, pass: 1, fail: 0 };

export function atLeast(c: Classification, least: Classification): boolean {
  return LEVEL[c] >= LEVEL[least];
}

/** `ratio`: the score as a fraction of the criteria's points. */
export function classify(ratio: number, t: Thresholds): Classification {
  if (ratio >= t.excellent) return 'excellent';
  if (ratio >= t.good) return 'good';
  if (ratio >= t.pass) return 'pass';
  return 'fail';
}
