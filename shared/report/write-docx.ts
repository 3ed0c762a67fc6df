/**
 * A `DocSpec` written to .docx with the docx library. Packed to a Uint8Array (not a Buffer, not
 * a Blob), which works alike in Node and in the page; the page loads this module only when a
 * document is offered (shared/ui/file-code.ts).
 */
import type { IParagraphOptions, ITableCellOptions } from 'docx';
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { DocAlign, DocBlock, DocParagraph, DocSpec, DocTable, DocColumns } from './doc-spec';

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);

// read when a document is written, not when the module loads: the command line loads the docx
// library only then (scripts/build-cli.mjs)
function alignment(a: DocAlign): NonNullable<IParagraphOptions['alignment']> {
  const ALIGN = {
    left: AlignmentType.LEFT,
    center: AlignmentType.CENTER,
    right: AlignmentType.RIGHT,
    justify: AlignmentType.JUSTIFIED,
  } as const;
  return ALIGN[a];
}

function paragraph(x: DocParagraph, size: number): Paragraph {
  const pt = x.size ?? size;
  return new Paragraph({
    alignment: alignment(x.align ?? 'left'),
    ...(x.indent ? { indent: { firstLine: twips(10) } } : {}),
    spacing: { before: (x.before ?? 0) * 20, after: (x.after ?? 0) * 20, line: 276 },
    keepNext: x.keepNext === true,
    children: x.runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          size: (r.size ?? pt) * 2,
          bold: r.bold === true,
          italics: r.italic === true,
          ...(r.underline ? { underline: {} } : {}),
          ...(r.highlight ? { highlight: 'yellow' } : {}),
        }),
    ),
  });
}

const cellMargins = { top: 40, bottom: 40, left: 60, right: 60 };

function table(x: DocTable, width: number): Table {
  const widths = x.widths.map((w) => Math.round((w / 100) * width));
  const cell = (text: string, i: number, bold: boolean, options: Partial<ITableCellOptions> = {}) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: cellMargins,
      ...options,
      children: text
        .split('\n')
        .map((line) =>
          paragraph(
            { type: 'paragraph', runs: [{ text: line, bold }], align: x.align[i] ?? 'left' },
            x.size,
          ),
        ),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: x.header.map(
          (h, i) =>
            new TableCell({
              width: { size: widths[i]!, type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.CENTER,
              margins: cellMargins,
              children: [
                paragraph(
                  { type: 'paragraph', runs: [{ text: h, bold: true }], align: 'center' },
                  x.size,
                ),
              ],
            }),
        ),
      }),
      ...x.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.cells.map((c, i) => cell(c, i, r.bold === true)),
          }),
      ),
    ],
  });
}

function columns(x: DocColumns, width: number, size: number): Table {
  const widths = x.widths.map((w) => Math.round((w / 100) * width));
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: x.cells.map(
          (blocks, i) =>
            new TableCell({
              width: { size: widths[i]!, type: WidthType.DXA },
              borders: TableBorders.NONE,
              children: blocks.length ? blocks.map((b) => paragraph(b, size)) : [new Paragraph({})],
            }),
        ),
      }),
    ],
  });
}

function block(b: DocBlock, width: number, size: number): Paragraph | Table {
  if (b.type === 'paragraph') return paragraph(b, size);
  if (b.type === 'table') return table(b, width);
  return columns(b, width, size);
}

/** The document's .docx bytes. */
export async function writeDocx(spec: DocSpec): Promise<Uint8Array> {
  const { page, size } = spec;
  const m = page.margins;
  const width = twips(page.width) - twips(m.left) - twips(m.right);
  const doc = new Document({
    styles: { default: { document: { run: { font: spec.font, size: size * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(page.width), height: twips(page.height) },
            margin: {
              top: twips(m.top),
              bottom: twips(m.bottom),
              left: twips(m.left),
              right: twips(m.right),
              header: twips(10),
              footer: twips(10),
            },
          },
        },
        children: spec.blocks.map((b) => block(b, width, size)),
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
