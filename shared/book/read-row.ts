/**
 * A row of `Theo dõi` as a sheet gave it: each input field with its cell, or undefined where the
 * cell could not be taken. The readers make these; marking and merging work on them, so that what
 * they refuse is named by its cell.
 */
import type { Problem } from '../errors/problem';
import type { Status } from '../tracking/status';
import type { CellValue } from '../workbook/spec';
import type { Role } from './model';

/** A field as read: its value, or undefined when the cell could not be taken. */
interface ReadField<T> {
  value: T | undefined;
  cell: string;
  /** The cell was empty (a blank status reads as "not started", but is not the same). */
  blank?: boolean;
  /** What the cell shows, when it could not be taken (for the log of what was refused). */
  typed?: string;
}

export interface ReadRow {
  row: number;
  /** The row's `Mã CV` cell. */
  idCell: string;
  taskId: string;
  unitText: string;
  unitCode: string | null;
  role: Role;
  deadline: string | null;
  status: ReadField<Status>;
  doneDate: ReadField<string | null>;
  evidence: ReadField<string>;
  note: ReadField<string>;
  /** Values of the office's own columns, in the order of ReadTracking.extraColumns. */
  extras: CellValue[];
  /** The row's code names another task than its content, period or number show. */
  mismatch?: boolean;
  /** Set by the book's reader: a copy merged into another row, or one of rows that disagree. */
  duplicate?: 'merged' | 'conflict';
  problems: Problem[];
}
