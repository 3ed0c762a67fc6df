/**
 * How large a file the product reads. Chosen against a province-scale book, 1,000 tasks × 50
 * units = 50,000 rows on `Theo dõi` with every entry filled in: a 2.8 MB file that unpacks to
 * 35 MB of XML (26 MB for `Theo dõi`), read in about 7 s and 600 MB of memory. Each limit is
 * several times that, and far below what makes a reader run for minutes or out of memory: a
 * zip bomb, or a sheet of a million rows, is refused in well under a second.
 */

export interface WorkbookLimits {
  /** The file itself. */
  fileBytes: number;
  /** Parts inside the zip (the book has about 25). */
  entries: number;
  /** All parts unpacked, as declared and as actually unpacked. */
  unpackedBytes: number;
  /** Unpacked ÷ packed size of one part, for parts over `ratioFloorBytes` unpacked. */
  ratio: number;
  ratioFloorBytes: number;
  /** Rows of one sheet: 5 × the province book's 50,000 (the change log can grow past them). */
  rows: number;
  /** Last row × last column of one sheet: Excel on the web's cap for one range read. */
  cells: number;
}

const MB = 1024 * 1024;

export const WORKBOOK_LIMITS: WorkbookLimits = {
  fileBytes: 64 * MB,
  entries: 5_000,
  unpackedBytes: 256 * MB,
  // deflate's own ceiling is about 1,030:1; the filled book's most packed part is 70:1
  ratio: 500,
  ratioFloorBytes: 1 * MB,
  rows: 250_000,
  cells: 5_000_000,
};

/** A units CSV: a directory of a few dozen units, a few kilobytes. */
export const UNITS_CSV_BYTES = 4 * MB;

/** A .docx plan, unpacked: the same limits (its text is limited again once read: MAX_PLAN_BYTES). */
export const DOCX_LIMITS: Omit<WorkbookLimits, 'fileBytes'> = WORKBOOK_LIMITS;
