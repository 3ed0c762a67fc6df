/**
 * The plan reader's words that the messages name: what a row of a task table became, why one was
 * skipped, what kind of document is not a plan, why a .docx could not be read. Kept here, below
 * the plan reader, so that the catalogs need nothing of the layers above them.
 */

/** What a row (or line) became. */
export type RowUse =
  /** a task */
  | 'task'
  /** a period heading, in a table row or a paragraph between tables */
  | 'period'
  /** the table's header row(s) */
  | 'header'
  /** a header row repeated on a following page or table */
  | 'repeatedHeader'
  /** the row of column numbers under the header ("1 | 2 | 3 | 4") */
  | 'columnNumbers'
  /** the rest of the task above it (its cells split over rows, or a line of its text) */
  | 'continuation'
  /** a heading that groups tasks by topic, not by period ("I. CÔNG TÁC TUYÊN TRUYỀN") */
  | 'groupHeading'
  /** "(tiếp theo)", a page number: the table going on over a page break */
  | 'pageMark'
  /** nothing written in it */
  | 'blank';

/** Why a row was not used. */
export type SkipReason =
  /** a task number with no content */
  | 'noContent'
  /** the rest of a task, with no task above it */
  | 'noTaskAbove'
  /** text only in columns the reader does not use */
  | 'unusedColumnsOnly'
  /** a row above the table's header row */
  | 'aboveHeader'
  /** a paragraph between two task tables that is not a period heading */
  | 'betweenTables'
  /** a line of a plain-text plan under a period heading, before its first task */
  | 'beforeFirstTask'
  /** a row of a table that looks like a task table but stands in another section */
  | 'otherTable'
  /** a row that counts the tasks ("Tổng cộng: 9 nội dung"), with no task number */
  | 'totals';

/** Kinds of document that are not a plan, as the messages name them. */
export type OtherDocKind =
  | 'report'
  | 'guidance'
  | 'decision'
  | 'letter'
  | 'notice'
  | 'submission'
  | 'resolution'
  | 'directive'
  | 'invitation'
  | 'regulation'
  | 'minutes';

/** Why bytes could not be read as a .docx, for the caller to pick its message. */
export type DocxReadFailure = 'empty' | 'legacy-doc' | 'not-zip' | 'no-document' | 'corrupt';
