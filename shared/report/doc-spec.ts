/**
 * A text document described as data (page, paragraphs, tables), as the workbook is described by
 * `WorkbookSpec`: plain JSON, so that it crosses the Sheets RPC as it is, and is written to .docx
 * where the docx library may run (the page, the command line), never on the Apps Script server.
 */

export type DocAlign = 'left' | 'center' | 'right' | 'justify';

export interface DocRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Marked in yellow: a place the office is to write in. */
  highlight?: boolean;
  /** In points; the paragraph's size otherwise. */
  size?: number;
}

export interface DocParagraph {
  type: 'paragraph';
  runs: DocRun[];
  align?: DocAlign;
  /** Indent the first line (the body's paragraphs). */
  indent?: boolean;
  /** In points; the document's size otherwise. */
  size?: number;
  /** Space before and after, in points. */
  before?: number;
  after?: number;
  /** Keep with the next paragraph (a heading and its table). */
  keepNext?: boolean;
}

/** A table with ruled cells: a header row (repeated on every page) and rows of text. */
export interface DocTable {
  type: 'table';
  /** Column widths in percent of the text width. */
  widths: number[];
  align: DocAlign[];
  header: string[];
  rows: { cells: string[]; bold?: boolean }[];
  /** In points. */
  size: number;
}

/** Columns without rules that place blocks of paragraphs side by side (the header, the signer). */
export interface DocColumns {
  type: 'columns';
  /** In percent of the text width. */
  widths: number[];
  cells: DocParagraph[][];
}

export type DocBlock = DocParagraph | DocTable | DocColumns;

export interface DocSpec {
  /** Page size and margins in millimetres. */
  page: {
    width: number;
    height: number;
    margins: { top: number; bottom: number; left: number; right: number };
  };
  font: string;
  /** The body's size in points. */
  size: number;
  blocks: DocBlock[];
}
