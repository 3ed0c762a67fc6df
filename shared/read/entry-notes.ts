/**
 * Entries that read well but do not make sense: a completion date outside the plan's year (for a
 * plan of a school year, outside August of its first year to the end of its summer) or
 * after the report date, a date with a status other than "Hoàn thành", "Hoàn thành" without a
 * date. They are taken as written, and each is named by its cell, so nobody finds out at the
 * year-end review.
 */
import { warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Location } from '../i18n/location';
import { STATUS_LABELS } from '../tracking/status';
import { isoToDmy } from '../workbook/a1';
import type { ReadRow } from '../book/read-row';

export function entryNotes(
  rows: readonly ReadRow[],
  /** `asOf`: the latest day a completion can have happened (the report date, or today). */
  context: { year: number | null; schoolYear?: string | undefined; asOf: string },
  at: (cell: string) => Location,
): Problem[] {
  const out: Problem[] = [];
  for (const r of rows) {
    if (r.duplicate === 'merged') continue;
    const status = r.status.value;
    const date = r.doneDate.value;
    if (date) {
      const year = Number(date.slice(0, 4));
      const first = context.schoolYear ? Number(context.schoolYear.slice(0, 4)) : null;
      const outside =
        first !== null
          ? date < `${first}-08-01` || date > `${first + 1}-08-31`
          : context.year !== null && year !== context.year;
      if (outside) {
        out.push(
          warning('dateOutsideYear', at(r.doneDate.cell), {
            date: isoToDmy(date),
            year: first ?? (context.year as number),
            school: first !== null,
          }),
        );
      } else if (date > context.asOf) {
        out.push(
          warning('dateAfterAsOf', at(r.doneDate.cell), {
            date: isoToDmy(date),
            asOf: isoToDmy(context.asOf),
          }),
        );
      }
      if (status !== undefined && status !== 'done') {
        out.push(
          warning('dateWithoutDone', at(r.doneDate.cell), {
            status: STATUS_LABELS[status].vi,
            date: isoToDmy(date),
          }),
        );
      }
    } else if (date === null && status === 'done') {
      out.push(warning('doneWithoutDate', at(r.doneDate.cell)));
    }
  }
  return out;
}
