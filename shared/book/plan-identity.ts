/**
 * Whether an amended plan is the book's plan: the same issuer, year and number. Applying another
 * year's or another office's plan would move every unit's entries onto tasks they were not made
 * for, so it is refused unless the office says it is meant (--force, or a confirmation).
 */
import { error } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Plan } from '../plan/model';
import { foldKey } from '../text/normalize';

type Doc = Plan['document'];

/** "73-KH/TĐTN-VP · BCH ĐOÀN TỈNH CAO BẰNG · 2014": what names a plan, as written. */
export function planIdentityText(d: Doc): string {
  return [d.number, d.issuer, d.year].filter((x) => x !== null && x !== '').join(' · ') || '?';
}

const numberKey = (s: string): string => foldKey(s).replace(/\s+/g, '');

/** The problem that stops an update, or null when the plans are the same plan (or cannot be told apart). */
export function comparePlans(book: Plan, amended: Plan): Problem | null {
  const a = book.document;
  const b = amended.document;
  const differs =
    (a.year !== null && b.year !== null && a.year !== b.year) ||
    (!!a.issuer && !!b.issuer && foldKey(a.issuer) !== foldKey(b.issuer)) ||
    (!!a.number && !!b.number && numberKey(a.number) !== numberKey(b.number));
  if (!differs) return null;
  return error('planIdentity', undefined, {
    book: planIdentityText(a),
    plan: planIdentityText(b),
  });
}
