/**
 * How every row of the task tables (or every line of a plain-text task section) was used: the
 * rule above all others is that none is dropped without saying where and why. The readers fill a
 * `RowAccount` beside the plan; the command line prints it, tests check it adds up.
 */
import type { Location } from '../i18n/location';
import type { RowUse, SkipReason } from '../i18n/plan-words';

export const ROW_USES: readonly RowUse[] = [
  'task',
  'period',
  'header',
  'repeatedHeader',
  'columnNumbers',
  'continuation',
  'groupHeading',
  'pageMark',
  'blank',
];

interface SkippedRow {
  at: Location;
  reason: SkipReason;
  /** The row's text, shortened: what the user looks for. */
  text: string;
}

export interface RowAccount {
  /** What was counted: the rows of task tables, or the lines of a plain-text task section. */
  unit: 'rows' | 'lines';
  /**
   * Tables read (a table continued over a page break counts again), with those that look like
   * task tables but stand in another section, whose rows are listed as skipped.
   */
  tables: number;
  /** Rows (or lines) read, and the paragraphs between task tables. */
  read: number;
  uses: Record<RowUse, number>;
  skipped: SkippedRow[];
}

function emptyAccount(unit: RowAccount['unit'] = 'rows'): RowAccount {
  const uses = Object.fromEntries(ROW_USES.map((u) => [u, 0])) as Record<RowUse, number>;
  return { unit, tables: 0, read: 0, uses, skipped: [] };
}

/** The text of a row as a user recognises it: one line, at most 80 characters. */
export function rowText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 80 ? flat : `${flat.slice(0, 79)}…`;
}

export class Accountant {
  readonly account: RowAccount;

  constructor(unit: RowAccount['unit'] = 'rows') {
    this.account = emptyAccount(unit);
  }

  use(use: RowUse): void {
    this.account.read++;
    this.account.uses[use]++;
  }

  skip(at: Location, reason: SkipReason, text: string): void {
    this.account.read++;
    this.account.skipped.push({ at, reason, text: rowText(text) });
  }

  /** A row counted as one use turns out to be another (a task with no content, skipped). */
  reclassify(from: RowUse, at: Location, reason: SkipReason, text: string): void {
    this.account.uses[from]--;
    this.account.read--;
    this.skip(at, reason, text);
  }
}

/** Every row read was used or skipped: the sum the tests check. */
export function accountBalances(a: RowAccount): boolean {
  const used = ROW_USES.reduce((n, u) => n + a.uses[u], 0);
  return used + a.skipped.length === a.read;
}
