/**
 * The .docx reader: a Word document's body as blocks (paragraphs and tables, in reading order).
 *
 * mammoth turns the document into plain HTML; htmlparser2 parses that HTML and one linear walk
 * turns it into blocks. What mammoth does with Word's structures (verified in the tests):
 * - every paragraph is a <p> (or <h1>..<h6> for heading styles, <li> in <ul>/<ol> for numbered
 *   and bulleted paragraphs); empty paragraphs are left out; a line break (<w:br/>) is a <br />;
 * - the number Word prints before a numbered paragraph is not in mammoth's output: it is written
 *   into the document first (docx-prepare.ts), so "7." reads as the paragraph's text;
 * - a soft hyphen (<w:softHyphen/>) is U+00AD, which in a TCVN3 document converted by Word is the
 *   letter ư: it is kept, and the legacy conversion turns it back into ư;
 * - a table is a <table> of <tr> of <td> (<th> in repeated header rows, inside <thead>/<tbody>);
 * - a horizontally merged cell (gridSpan) is one <td colspan="n">; grid columns a row skips at its
 *   start (w:gridBefore), which mammoth ignores, are given an empty cell first (docx-prepare.ts);
 * - a vertically merged cell (vMerge) is one <td rowspan="n"> on its first row, and the
 *   continuation cells are left out of the following rows: this reader puts an empty cell back
 *   in their place, with the first cell's paragraphs as `mergedFrom`, so every row's cells line
 *   up by grid column (the table says `mergesKnown`);
 * - a table nested in a cell stays nested: this reader flattens its text into the outer cell's
 *   paragraphs, row by row and cell by cell;
 * - footnotes and endnotes come after the body as an <ol> of <li id="footnote-n">: left out,
 *   together with their "[n]" reference marks.
 *
 * Pure TypeScript: runs in Node, browsers and bundles (no Node-only API).
 */
import mammoth from 'mammoth';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Block, Table, TableCell, TableRow } from './blocks';
import type { DocxReadFailure } from '../i18n/plan-words';
import { normalizeText } from '../text/normalize';
import { prepareDocx } from './docx-prepare';

/** The bytes are not a readable .docx; `detail` says why, in short English. */
export class DocxReadError extends Error {
  override name = 'DocxReadError' as const;
  readonly reason: DocxReadFailure;
  readonly detail: string;

  constructor(reason: DocxReadFailure, detail: string, options?: { cause?: unknown }) {
    super(`Cannot read the .docx file: ${detail}`, options);
    this.reason = reason;
    this.detail = detail;
  }
}

/** True for a DocxReadError, also one made in another frame (a dialog) where instanceof fails. */
export function isDocxReadError(e: unknown): e is DocxReadError {
  return (
    e instanceof DocxReadError ||
    (typeof e === 'object' &&
      e !== null &&
      (e as { name?: unknown }).name === 'DocxReadError' &&
      typeof (e as { detail?: unknown }).detail === 'string')
  );
}

/**
 * The document's body as blocks, in reading order. Throws DocxReadError (with a short English
 * `detail`) when the bytes are not a readable .docx.
 */
export async function readDocxBlocks(bytes: Uint8Array): Promise<Block[]> {
  checkSignature(bytes);
  const html = await convertToHtml(await prepareDocx(bytes));
  const out: Block[] = [];
  walkFlow(parseDocument(html).children, {
    paragraph: (text) => out.push({ kind: 'paragraph', text }),
    table: (element) => out.push(readTable(element)),
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Bytes → HTML

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04], // a local file header: any archive with a file
  [0x50, 0x4b, 0x05, 0x06], // an empty archive
  [0x50, 0x4b, 0x07, 0x08], // a spanned archive
];
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** Rejects, before any unzipping, what is certainly not a .docx. */
function checkSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocxReadError('empty', 'the file is empty');
  if (startsWith(bytes, OLE2_SIGNATURE)) {
    throw new DocxReadError(
      'legacy-doc',
      'an OLE2 compound file (a legacy .doc, or an encrypted document), not a .docx',
    );
  }
  if (!ZIP_SIGNATURES.some((s) => startsWith(bytes, s))) {
    throw new DocxReadError('not-zip', 'not a zip archive');
  }
}

async function convertToHtml(bytes: Uint8Array): Promise<string> {
  // A copy that owns exactly these bytes: a Node Buffer is often a view into a larger pool.
  const arrayBuffer = bytes.slice().buffer;
  // mammoth's browser build reads `arrayBuffer`, its Node build only `buffer` (JSZip accepts an
  // ArrayBuffer there too): giving both works with either build, with no environment sniffing.
  const input = { arrayBuffer, buffer: arrayBuffer } as unknown as Parameters<
    typeof mammoth.convertToHtml
  >[0];
  try {
    const result = await mammoth.convertToHtml(input, {
      // Images are not read: an empty src instead of a (possibly huge) base64 data URI.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      externalFileAccess: false,
    });
    return result.value;
  } catch (e) {
    throw asDocxReadError(e);
  }
}

function asDocxReadError(e: unknown): DocxReadError {
  const message = e instanceof Error ? e.message : String(e);
  if (/could not find main document part/i.test(message)) {
    return new DocxReadError('no-document', 'the archive has no word/document.xml', { cause: e });
  }
  const short = message.replace(/\s+/g, ' ').trim().slice(0, 160);
  return new DocxReadError('corrupt', `a damaged or truncated file (${short})`, { cause: e });
}

// ---------------------------------------------------------------------------------------------
// HTML → blocks

type HtmlNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Parameters<typeof DomUtils.getAttributeValue>[0];

/** Where the flow of a container goes: its paragraphs' texts and its tables. */
interface Sink {
  paragraph(text: string): void;
  table(element: Element): void;
}

const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd']);
/** Elements whose start or end ends the current line. */
const BLOCK_TAGS = new Set([
  ...PARAGRAPH_TAGS,
  'table',
  'ul',
  'ol',
  'dl',
  'div',
  'blockquote',
  'pre',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
]);
/** Inline elements with no text of their own. */
const SKIPPED_TAGS = new Set(['img', 'input', 'script', 'style']);

/**
 * Walks a container's children in document order. Inline content accumulates into the current
 * line; a <br> or a block element ends it. Each non-empty line is one paragraph.
 */
function walkFlow(nodes: readonly HtmlNode[], sink: Sink): void {
  let pieces: string[] = [];

  const endLine = (): void => {
    if (pieces.length === 0) return;
    const text = cleanText(pieces.join(''));
    pieces = [];
    if (text !== '') sink.paragraph(text);
  };

  const visit = (node: HtmlNode): void => {
    if (DomUtils.isText(node)) {
      pieces.push(node.data);
      return;
    }
    if (!DomUtils.isTag(node)) return;
    const name = node.name;
    if (name === 'br') {
      endLine();
    } else if (BLOCK_TAGS.has(name)) {
      endLine();
      visitBlock(node, sink);
    } else if (!SKIPPED_TAGS.has(name) && !isNoteReference(node)) {
      for (const child of node.children) visit(child);
    }
  };

  for (const node of nodes) visit(node);
  endLine();
}

function visitBlock(element: Element, sink: Sink): void {
  switch (element.name) {
    case 'table':
      sink.table(element);
      return;
    case 'ol':
      if (isNotesList(element)) return;
      break;
    case 'dl':
      // Comments, when a style map asks for them; never part of the plan's text.
      return;
  }
  walkFlow(element.children, sink);
}

/** The "[1]" mark mammoth puts where a footnote or endnote is referenced. */
function isNoteReference(element: Element): boolean {
  if (element.name !== 'a') return false;
  const id = DomUtils.getAttributeValue(element, 'id') ?? '';
  return /^(footnote|endnote)-ref-/.test(id);
}

/** The list of footnotes or endnotes mammoth appends after the body. */
function isNotesList(element: Element): boolean {
  const first = element.children.find(DomUtils.isTag);
  const id = first ? (DomUtils.getAttributeValue(first, 'id') ?? '') : '';
  return /^(footnote|endnote)-/.test(id);
}

/** NFC, no zero-width characters, runs of white space as one space, trimmed. */
function cleanText(s: string): string {
  return normalizeText(s).replace(/\s+/g, ' ').trim();
}

/** A vertically merged cell still covering the rows below its first. */
interface OpenMerge {
  rowsLeft: number;
  span: number;
  /** The last row index where this merge was accounted for. */
  seenInRow: number;
  paragraphs: string[];
}

function readTable(table: Element): Table {
  const rows: TableRow[] = [];
  /** Open vertical merges, by the grid column where they start. */
  const merges: (OpenMerge | undefined)[] = [];

  const rowElements = tableRows(table);
  for (let r = 0; r < rowElements.length; r++) {
    const cells: TableCell[] = [];
    let column = 0;

    const takeMerge = (at: number): OpenMerge | undefined => {
      const merge = merges[at];
      if (!merge || merge.seenInRow === r) return undefined;
      merge.seenInRow = r;
      merge.rowsLeft--;
      if (merge.rowsLeft <= 0) merges[at] = undefined;
      return merge;
    };
    // The continuation cells mammoth left out, in their places before the cell at `column`.
    const fillMerges = (): void => {
      for (let merge = takeMerge(column); merge; merge = takeMerge(column)) {
        cells.push({ paragraphs: [], span: merge.span, mergedFrom: merge.paragraphs });
        column += merge.span;
      }
    };

    for (const cell of rowElements[r]!.children) {
      if (!DomUtils.isTag(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      fillMerges();
      const span = positiveInt(DomUtils.getAttributeValue(cell, 'colspan'));
      const rowSpan = positiveInt(DomUtils.getAttributeValue(cell, 'rowspan'));
      const paragraphs = cellParagraphs(cell);
      cells.push({ paragraphs, span });
      if (rowSpan > 1) merges[column] = { rowsLeft: rowSpan - 1, span, seenInRow: r, paragraphs };
      column += span;
    }
    fillMerges();
    // Merges this row did not reach (its last cells missing) or overlapped (an irregular grid).
    for (let c = 0; c < merges.length; c++) {
      if (!merges[c] || merges[c]!.seenInRow === r) continue;
      if (c > column) {
        cells.push({ paragraphs: [], span: c - column });
        column = c;
      }
      const merge = takeMerge(c)!;
      if (c === column) {
        cells.push({ paragraphs: [], span: merge.span, mergedFrom: merge.paragraphs });
        column += merge.span;
      }
    }
    rows.push({ cells });
  }
  return { kind: 'table', rows, mergesKnown: true };
}

/** The table's own rows, also inside <thead>/<tbody>/<tfoot>, not those of nested tables. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!DomUtils.isTag(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const row of child.children) {
        if (DomUtils.isTag(row) && row.name === 'tr') rows.push(row);
      }
    }
  }
  return rows;
}

function cellParagraphs(cell: Element): string[] {
  const paragraphs: string[] = [];
  walkFlow(cell.children, {
    paragraph: (text) => paragraphs.push(text),
    table: (nested) => {
      for (const row of readTable(nested).rows) {
        for (const c of row.cells) paragraphs.push(...c.paragraphs);
      }
    },
  });
  return paragraphs;
}

function positiveInt(value: string | undefined): number {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}
