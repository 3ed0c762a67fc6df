/**
 * The document as the readers see it, before any meaning is given to it: paragraphs and tables
 * in reading order. The text, .docx and grid readers each produce blocks; one interpreter turns
 * blocks into the plan model, so every format is understood the same way.
 */

export interface Paragraph {
  kind: 'paragraph';
  text: string;
  /** 1-based line in the source text, when there is one. */
  line?: number;
}

export interface TableCell {
  /** The cell's paragraphs, in order; an empty cell has none or only empty strings. */
  paragraphs: string[];
  /** Number of grid columns the cell spans (merged horizontally); 1 when not merged. */
  span: number;
  line?: number;
  /**
   * For the lower part of a vertically merged cell: the paragraphs of the cell it continues
   * (a "Chỉ đạo, thực hiện" cell Word users merge over several tasks applies to each of them).
   */
  mergedFrom?: string[];
}

export interface TableRow {
  cells: TableCell[];
  line?: number;
}

export interface Table {
  kind: 'table';
  rows: TableRow[];
  /**
   * Whether the reader knew the table's merged cells (a .docx, an .xlsx, a host selection with
   * merged areas). When it did not (text, .csv/.tsv, a grid pasted without merge information), an
   * empty cell may be the lower part of a merge, and the interpreter decides from context.
   */
  mergesKnown?: boolean;
}

export type Block = Paragraph | Table;

export function cellText(cell: TableCell | undefined): string {
  if (!cell) return '';
  return cell.paragraphs.join('\n').trim();
}
