/** Where a problem is: a line of a text, a row and cell of a table, or a file, sheet and cell. */
export interface Location {
  file?: string;
  line?: number;
  /** Which of the plan's task tables, from 1, when the plan has several. */
  table?: number;
  /** Row of the plan's task table, counted from 1 at its first row. */
  tableRow?: number;
  /** Column of the plan's task table, from 1. */
  tableCell?: number;
  sheet?: string;
  /** A1-style address such as "H12". */
  cell?: string;
}
