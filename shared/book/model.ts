/**
 * The tracking book: the plan, the unit directory, the phrase mappings, one row per (task, unit)
 * with its progress, the archive and the change log. What every host's workbook holds.
 */
import type { Plan } from '../plan/model';
import type { Status } from '../tracking/status';
import type { HandScores, Scoring } from './scoring';
import type { Mapping, Unit } from '../units/model';
import type { CellValue } from '../workbook/spec';

export type Role = 'lead' | 'support';

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  lead: { vi: 'Chủ trì', en: 'Lead' },
  support: { vi: 'Phối hợp', en: 'Support' },
};

/** The fields units fill in. */
export interface Entry {
  status: Status;
  doneDate: string | null;
  evidence: string;
  note: string;
}

export interface TrackingRow extends Entry {
  taskId: string;
  unitCode: string;
  role: Role;
  deadline: string | null;
  /** Values of the columns the office added to `Theo dõi`, in the order of `Book.extraColumns`. */
  extras?: CellValue[];
}

/**
 * A column the office added to `Theo dõi` ("Người phụ trách"): kept, with its values, where the
 * office put it, through every rewrite.
 */
export interface ExtraColumn {
  header: string;
  /** Index in TRACKING_HEADERS of the product column it follows; -1 before the first. */
  after: number;
}

export interface ArchivedRow extends TrackingRow {
  /** The task as it read when it left the plan. */
  periodLabel: string;
  content: string;
  unitName: string;
  archivedAt: string;
  reason: string;
}

export interface LogEntry {
  at: string;
  source: string;
  unitCode: string;
  taskId: string;
  field: string;
  old: string;
  new: string;
  outcome: 'applied' | 'conflict' | 'rejected' | 'plan';
}

export interface Thresholds {
  /** Rates at or above which a unit is classed excellent, good, or as having completed its tasks. */
  excellent: number;
  good: number;
  pass: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { excellent: 0.9, good: 0.75, pass: 0.5 };

export interface BookMeta {
  product: 'so-thi-dua';
  format: 1;
  planId: string;
  version: number;
  kind: 'book' | 'unit';
  /** For a unit's file: whose rows it holds. */
  unitCode: string | null;
  createdAt: string;
  updatedAt: string;
  /**
   * The office's book: the key that seals the unit files it sends out, and since when it has one
   * (books made before sealing get one on their next rewrite). Never in a unit's file.
   */
  secret?: string;
  secretSince?: string;
  /** A unit's file: when it was issued, and the seal of its identity (see book/seal.ts). */
  issuedAt?: string;
  seal?: string;
}

export interface Book {
  meta: BookMeta;
  plan: Plan;
  units: Unit[];
  mappings: Mapping[];
  rows: TrackingRow[];
  archive: ArchivedRow[];
  log: LogEntry[];
  asOf: string;
  thresholds: Thresholds;
  /** For a unit's file: the entries as they were sent out, to tell its changes from the office's. */
  base: Record<string, Entry> | null;
  /** Columns the office added to `Theo dõi`, kept through rewrites. */
  extraColumns?: ExtraColumn[];
  /** The criteria on `Tiêu chí`; DEFAULT_SCORING where the book has none. */
  scoring?: Scoring;
  /** The points the office entered on `Chấm điểm`, by unit code. */
  handScores?: HandScores;
}

export function rowKey(taskId: string, unitCode: string): string {
  return `${taskId}\u0000${unitCode}`;
}

export function isEmptyEntry(e: Entry): boolean {
  return e.status === 'todo' && e.doneDate === null && e.evidence === '' && e.note === '';
}

/**
 * The entries a rebuild would lose: rows of `Theo dõi` with anything filled in, every archived
 * row, and each unit's points on `Chấm điểm`. Every host and the CLI count them the same way
 * before asking.
 */
export function entryCount(book: Pick<Book, 'rows' | 'archive' | 'handScores'>): number {
  // each unit's points entered on `Chấm điểm` count as one entry, like a row filled in
  const scored = Object.values(book.handScores ?? {}).filter(
    (h) => h.bonus !== null || Object.keys(h.points).length > 0,
  ).length;
  return book.rows.filter((r) => !isEmptyEntry(r)).length + book.archive.length + scored;
}
