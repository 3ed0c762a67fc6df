/**
 * Where each column of `Theo dõi` is: the product's columns in their order, with the columns the
 * office added kept after the product column they followed. The report's formulas, the input
 * cells units may edit, and marking all find their columns here.
 */
import type { ExtraColumn } from '../book/model';
import { TRACKING_HEADERS } from '../i18n/workbook-vi';

type TrackingField =
  | 'taskId'
  | 'period'
  | 'no'
  | 'content'
  | 'unit'
  | 'role'
  | 'deadline'
  | 'status'
  | 'doneDate'
  | 'evidence'
  | 'note';

/** The product's fields in the order of TRACKING_HEADERS. */
const TRACKING_FIELDS: readonly TrackingField[] = [
  'taskId',
  'period',
  'no',
  'content',
  'unit',
  'role',
  'deadline',
  'status',
  'doneDate',
  'evidence',
  'note',
];

const TRACKING_WIDTHS = [12, 13, 5, 52, 26, 10, 12, 17, 13, 30, 24];
const EXTRA_WIDTH = 18;

/** The four cells units fill in, in this order. */
export const INPUT_FIELDS = ['status', 'doneDate', 'evidence', 'note'] as const;

export interface TrackingColumns {
  /** 0-based column of each product field. */
  at: Record<TrackingField, number>;
  /** 0-based column of each extra column, in the order of the book's extraColumns. */
  extras: number[];
  headers: string[];
  widths: number[];
  width: number;
}

export function trackingColumns(extra: readonly ExtraColumn[] = []): TrackingColumns {
  const headers: string[] = [];
  const widths: number[] = [];
  const extras = new Array<number>(extra.length);
  const at = {} as Record<TrackingField, number>;
  const place = (after: number) =>
    extra.forEach((c, i) => {
      if (c.after !== after) return;
      extras[i] = headers.length;
      headers.push(c.header);
      widths.push(EXTRA_WIDTH);
    });
  place(-1);
  TRACKING_FIELDS.forEach((f, p) => {
    at[f] = headers.length;
    headers.push(TRACKING_HEADERS[p] as string);
    widths.push(TRACKING_WIDTHS[p] as number);
    place(p);
  });
  // a column placed after a product column that is not there any more goes at the end
  extra.forEach((c, i) => {
    if (extras[i] !== undefined) return;
    extras[i] = headers.length;
    headers.push(c.header);
    widths.push(EXTRA_WIDTH);
  });
  return { at, extras, headers, widths, width: headers.length };
}

/** Runs of adjacent columns among `cols`: [first column, count]. */
export function columnRuns(cols: readonly number[]): { col: number; cols: number; from: number }[] {
  const out: { col: number; cols: number; from: number }[] = [];
  cols.forEach((c, i) => {
    const last = out[out.length - 1];
    if (last && last.col + last.cols === c) last.cols++;
    else out.push({ col: c, cols: 1, from: i });
  });
  return out;
}
