/**
 * Sheets a command reads only for their first rows: the report's settings at its top; the plan
 * and the overview, to tell a sheet of the user's own by those names before building over it.
 * Their other rows are drawn from the book, never read back.
 */
import type { BookRole } from '../workbook/spec';

export const HEAD_ROWS: Readonly<Partial<Record<BookRole, number>>> = {
  report: 20,
  plan: 5,
  overview: 5,
};
