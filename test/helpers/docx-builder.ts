/**
 * Real .docx files for tests, made with the `docx` package from a simple description.
 *
 * - `buildDocx(blocks, options)`: any document of paragraphs and tables (merged cells, nested
 *   tables, line breaks, bulleted paragraphs, headings), with Word lists written as Word writes
 *   them (numbering.xml, w:numPr) and soft hyphens as <w:softHyphen/> (a converted TCVN3 file).
 * - `buildPlanDocx(plan, layout)`: a plan laid out like the Word original of the 2014 Cao Bằng
 *   sample: borderless header table, centred title, "Căn cứ …" paragraphs, the task table,
 *   section II, and the borderless "Nơi nhận | signature" table.
 * - `samplePlanDescription()`: the whole 2014 Cao Bằng sample as a `PlanDescription`.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import { SAMPLE_PLAN_2014 } from './sample-plan-2014';

// ---------------------------------------------------------------------------------------------
// Any document

export interface DocxParagraphSpec {
  /** The text; each "\n" is a line break (<w:br/>) inside the paragraph. '' is an empty paragraph. */
  text: string;
  align?: 'left' | 'center' | 'right' | 'justify';
  bold?: boolean;
  italic?: boolean;
  /** A Word heading style (Heading 1 … Heading 6). */
  heading?: 1 | 2 | 3 | 4 | 5 | 6;
  /** A bulleted paragraph (Word numbering, level 0): mammoth makes it a list item. */
  bullet?: boolean;
  /**
   * A paragraph of a Word list: w:numPr with this numId (a list of `DocxOptions.lists`) and level.
   * The number is not in the text: Word draws it.
   */
  list?: { num: number; level?: number };
  /** The runs' font, e.g. ".VnTime" for a document typed in TCVN3. */
  font?: string;
}

/** A level of an abstract list definition (w:lvl). */
export interface DocxListLevel {
  /** w:numFmt: decimal, upperRoman, lowerLetter, bullet, … */
  format: string;
  /** w:lvlText: "%1.", "%1)", "%1.%2.", "-" */
  text: string;
  /** w:start; 1 by default. */
  start?: number;
}

export interface DocxLists {
  /** Abstract definitions (w:abstractNum) by id: their levels from 0. */
  abstracts: Record<number, DocxListLevel[]>;
  /**
   * Lists (w:num) by numId: their abstract definition, and the levels Word's "Restart at"
   * overrides (w:lvlOverride/w:startOverride), level → start.
   */
  nums: Record<number, { abstract: number; restart?: Record<number, number> }>;
}

export interface DocxOptions {
  /** The document's numbering.xml; paragraphs name its lists with `list`. */
  lists?: DocxLists;
  /** Each U+00AD of the text written as <w:softHyphen/>, as Word writes a converted TCVN3 ư. */
  softHyphens?: boolean;
}

export interface DocxCellSpec {
  /** The cell's content in order: paragraphs (a string is a plain paragraph) and nested tables. */
  content: (string | DocxParagraphSpec | DocxTableSpec)[];
  /** Grid columns spanned (gridSpan); 1 by default. */
  span?: number;
  /** Vertical merge (vMerge): 'restart' on the first cell, 'continue' on the cells below it. */
  vMerge?: 'restart' | 'continue';
}

export interface DocxTableSpec {
  kind: 'table';
  /** Rows of cells; a string is a cell of one plain paragraph. */
  rows: (string | DocxCellSpec)[][];
  /** Borderless, as layout tables are. */
  borderless?: boolean;
  /** Column widths in twips (the table grid); equal columns by default. */
  columnWidths?: number[];
  /** The first row repeats as a header row (w:tblHeader): mammoth writes it as <thead><th>. */
  headerRow?: boolean;
}

export type DocxBlockSpec = string | DocxParagraphSpec | DocxTableSpec;

const TEXT_WIDTH = 9600; // twips: an A4 page's text width with 2 cm margins, about

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
  5: HeadingLevel.HEADING_5,
  6: HeadingLevel.HEADING_6,
} as const;

function isTableSpec(b: DocxBlockSpec | DocxCellSpec['content'][number]): b is DocxTableSpec {
  return typeof b === 'object' && 'kind' in b && b.kind === 'table';
}

/** Marks a list paragraph's first run, for `finish` to give the paragraph its w:numPr. */
const LIST_MARK = /\uE000(\d+):(\d+)\uE001/;

function makeParagraph(spec: string | DocxParagraphSpec): Paragraph {
  const p = typeof spec === 'string' ? { text: spec } : spec;
  const mark = p.list ? `\uE000${p.list.num}:${p.list.level ?? 0}\uE001` : '';
  const text = mark + p.text;
  const runs = text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        ...(p.bold ? { bold: true } : {}),
        ...(p.italic ? { italics: true } : {}),
        ...(p.font ? { font: p.font } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      }),
  );
  return new Paragraph({
    children: text === '' ? [] : runs,
    ...(p.align ? { alignment: ALIGN[p.align] } : {}),
    ...(p.heading ? { heading: HEADING[p.heading] } : {}),
    ...(p.bullet ? { bullet: { level: 0 } } : {}),
  });
}

function gridWidth(spec: DocxTableSpec): number {
  let columns = 0;
  for (const row of spec.rows) {
    const n = row.reduce((sum, c) => sum + (typeof c === 'string' ? 1 : (c.span ?? 1)), 0);
    columns = Math.max(columns, n);
  }
  return Math.max(columns, 1);
}

function makeTable(spec: DocxTableSpec, width = TEXT_WIDTH): Table {
  const columns = gridWidth(spec);
  const widths =
    spec.columnWidths ?? Array.from({ length: columns }, () => Math.floor(width / columns));
  const rows = spec.rows.map((row, r) => {
    let column = 0;
    const cells = row.map((c) => {
      const cell: DocxCellSpec = typeof c === 'string' ? { content: [c] } : c;
      const span = cell.span ?? 1;
      const cellWidth = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      const children = cell.content.map((item) =>
        isTableSpec(item) ? makeTable(item, cellWidth - 200) : makeParagraph(item),
      );
      return new TableCell({
        // Word needs a paragraph in every cell.
        children: children.length > 0 ? children : [new Paragraph({})],
        width: { size: cellWidth, type: WidthType.DXA },
        ...(span > 1 ? { columnSpan: span } : {}),
        ...(cell.vMerge
          ? {
              verticalMerge:
                cell.vMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
            }
          : {}),
        ...(spec.borderless ? { borders: TableBorders.NONE } : {}),
      });
    });
    return new TableRow({
      children: cells,
      ...(spec.headerRow && r === 0 ? { tableHeader: true } : {}),
    });
  });
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    ...(spec.borderless ? { borders: TableBorders.NONE } : {}),
  });
}

/** A real .docx (the bytes of the file) with these blocks as its body. */
export async function buildDocx(
  blocks: DocxBlockSpec[],
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const children = blocks.map((b) => (isTableSpec(b) ? makeTable(b) : makeParagraph(b)));
  const doc = new Document({
    creator: 'Sổ Thi Đua tests',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [{ children }],
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
  return options.lists || options.softHyphens ? finish(bytes, options) : bytes;
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** numbering.xml as Word writes it, for these lists. */
export function numberingXml(lists: DocxLists): string {
  const abstracts = Object.entries(lists.abstracts).map(
    ([id, levels]) =>
      `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>` +
      levels
        .map(
          (l, i) =>
            `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/>` +
            `<w:lvlText w:val="${l.text}"/><w:lvlJc w:val="left"/>` +
            `<w:pPr><w:ind w:left="${360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`,
        )
        .join('') +
      '</w:abstractNum>',
  );
  const nums = Object.entries(lists.nums).map(
    ([id, n]) =>
      `<w:num w:numId="${id}"><w:abstractNumId w:val="${n.abstract}"/>` +
      Object.entries(n.restart ?? {})
        .map(
          ([level, start]) =>
            `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride>`,
        )
        .join('') +
      '</w:num>',
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:numbering xmlns:w="${W_NS}">${abstracts.join('')}${nums.join('')}</w:numbering>`
  );
}

/** Writes the lists and soft hyphens into the package the `docx` library made. */
async function finish(bytes: Uint8Array, options: DocxOptions): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file('word/document.xml')!.async('string');
  if (options.lists) {
    zip.file('word/numbering.xml', numberingXml(options.lists));
    for (let m = LIST_MARK.exec(xml); m; m = LIST_MARK.exec(xml)) {
      const numPr = `<w:numPr><w:ilvl w:val="${m[2]}"/><w:numId w:val="${m[1]}"/></w:numPr>`;
      const at = Math.max(xml.lastIndexOf('<w:p>', m.index), xml.lastIndexOf('<w:p ', m.index));
      const open = xml.indexOf('>', at) + 1;
      const head = xml.slice(0, open);
      let body = xml.slice(open, m.index);
      // numPr after a pStyle, as the schema orders them
      if (body.startsWith('<w:pPr>')) {
        const style = /^<w:pPr>(<w:pStyle [^>]*\/>)?/.exec(body)![0];
        body = style + numPr + body.slice(style.length);
      } else body = `<w:pPr>${numPr}</w:pPr>${body}`;
      xml = head + body + xml.slice(m.index + m[0].length);
    }
  }
  if (options.softHyphens) {
    xml = xml.replace(/(<w:t(?: [^>]*)?>)([^<]*)<\/w:t>/g, (_all, open: string, text: string) =>
      text
        .split('\u00AD')
        .map(
          (piece) =>
            `${open.replace(/^<w:t(?: [^>]*)?>$/, '<w:t xml:space="preserve">')}${piece}</w:t>`,
        )
        .join('<w:softHyphen/>'),
    );
  }
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

// ---------------------------------------------------------------------------------------------
// A plan

export interface TaskDescription {
  /** The "Stt" cell: "1", "2", … */
  no: string;
  /** Paragraphs of the "Nội dung công việc" cell (usually one). */
  content: string[];
  /** Paragraphs of the "Chỉ đạo, thực hiện" cell, e.g. ["- BTV Tỉnh Đoàn.", "- Các huyện, …"]. */
  owners: string[];
  /** Paragraphs of the "Ghi chú" cell; none for an empty cell. */
  note?: string[];
  /** Paragraphs of extra columns, by column key (see `PlanLayout.columns`). */
  extra?: Record<string, string[]>;
}

export interface PeriodDescription {
  /** The roman numeral of the period row: "I", "II", … */
  no: string;
  /** "Quý I/2014", "Tháng 1", "6 tháng đầu năm", … */
  label: string;
  tasks: TaskDescription[];
}

export interface PlanDescription {
  header: {
    /** Left column, first line: "BCH ĐOÀN TỈNH CAO BẰNG". */
    issuer: string;
    /** Left column, under the issuer: "***". */
    issuerMark?: string;
    /** "Số: 73 -KH /TĐTN-VP". */
    number: string;
    /** Right column, first line: "ĐOÀN TNCS HỒ CHÍ MINH". */
    union: string;
    /** "Cao Bằng, ngày  7  tháng 4  năm 2014". */
    placeDate: string;
  };
  /** "KẾ HOẠCH". */
  kind: string;
  /** The title's paragraphs: ["Thực hiện công tác Thi đua, Khen thưởng năm 2014"]. */
  title: string[];
  /** The line under the title: "---------". */
  titleRule?: string;
  /** The "Căn cứ …" paragraphs. */
  bases: string[];
  /** The heading before the task table: "I- NỘI DUNG, THỜI GIAN VÀ TỔ CHỨC THỰC HIỆN:". */
  tableHeading: string;
  periods: PeriodDescription[];
  /** The sections after the table: heading and paragraphs ("II- TỔ CHỨC THỰC HIỆN", …). */
  sections: { heading: string; paragraphs: string[] }[];
  recipients: { heading: string; items: string[] };
  signature: {
    /** "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN". */
    onBehalfOf: string;
    /** "BÍ THƯ". */
    title: string;
    /** "(Đã ký)". */
    signedMark?: string;
    /** "Bế Đăng Khoa". */
    name: string;
  };
}

/** A column of the task table. The four standard keys read the task's fields; others its `extra`. */
export interface ColumnDescription {
  key: 'no' | 'content' | 'owners' | 'note' | (string & {});
  header: string;
  /** Width in twips. */
  width?: number;
}

export interface PlanLayout {
  /** The task table's columns; the sample's four by default. */
  columns?: ColumnDescription[];
  /**
   * How a period row is laid out: 'numbered' (the default) is "I" then one cell merged across
   * the other columns ("Quý I/2014"); 'merged' is one cell across all columns ("I. Quý I/2014").
   */
  periodRow?: 'numbered' | 'merged';
  /**
   * Columns whose cell is merged vertically (vMerge) over consecutive tasks of a period that
   * have the same paragraphs in it (as Word users merge a shared "Chỉ đạo, thực hiện" cell).
   */
  mergeEqualCells?: string[];
  /** Section headings as Word heading styles (<h1>) instead of bold paragraphs. */
  headingStyles?: boolean;
  /** The first row of the task table repeats on each page (w:tblHeader). */
  repeatHeaderRow?: boolean;
}

export const STANDARD_COLUMNS: ColumnDescription[] = [
  { key: 'no', header: 'Stt', width: 700 },
  { key: 'content', header: 'Nội dung công việc', width: 4700 },
  { key: 'owners', header: 'Chỉ đạo, thực hiện', width: 3000 },
  { key: 'note', header: 'Ghi chú', width: 1200 },
];

/** The cell paragraphs of a task in a column. */
export function taskCell(task: TaskDescription, key: string): string[] {
  switch (key) {
    case 'no':
      return [task.no];
    case 'content':
      return task.content;
    case 'owners':
      return task.owners;
    case 'note':
      return task.note ?? [];
    default:
      return task.extra?.[key] ?? [];
  }
}

function sameParagraphs(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/** The task table as a table description (header row, period rows, task rows). */
export function planTableSpec(plan: PlanDescription, layout: PlanLayout = {}): DocxTableSpec {
  const columns = layout.columns ?? STANDARD_COLUMNS;
  const merged = new Set(layout.mergeEqualCells ?? []);
  const rows: DocxCellSpec[][] = [
    columns.map((c) => ({ content: [{ text: c.header, bold: true, align: 'center' }] })),
  ];
  for (const period of plan.periods) {
    if (layout.periodRow === 'merged') {
      rows.push([
        { content: [{ text: `${period.no}. ${period.label}`, bold: true }], span: columns.length },
      ]);
    } else {
      rows.push([
        { content: [{ text: period.no, bold: true, align: 'center' }] },
        { content: [{ text: period.label, bold: true }], span: columns.length - 1 },
      ]);
    }
    period.tasks.forEach((task, t) => {
      const previous = t > 0 ? period.tasks[t - 1] : undefined;
      const next = period.tasks[t + 1];
      rows.push(
        columns.map((column): DocxCellSpec => {
          const paragraphs = taskCell(task, column.key);
          const content =
            column.key === 'no' ? [{ text: task.no, align: 'center' as const }] : paragraphs;
          if (!merged.has(column.key)) return { content };
          if (previous && sameParagraphs(taskCell(previous, column.key), paragraphs)) {
            return { content: [], vMerge: 'continue' };
          }
          if (next && sameParagraphs(taskCell(next, column.key), paragraphs)) {
            return { content, vMerge: 'restart' };
          }
          return { content };
        }),
      );
    });
  }
  return {
    kind: 'table',
    rows,
    columnWidths: columns.map((c) => c.width ?? 1500),
    ...(layout.repeatHeaderRow ? { headerRow: true } : {}),
  };
}

/** The whole plan document as blocks, in the order of the Word original. */
export function planBlocks(plan: PlanDescription, layout: PlanLayout = {}): DocxBlockSpec[] {
  const heading = (text: string): DocxParagraphSpec =>
    layout.headingStyles ? { text, heading: 1 } : { text, bold: true };
  const h = plan.header;
  const blocks: DocxBlockSpec[] = [
    {
      kind: 'table',
      borderless: true,
      columnWidths: [4000, 5600],
      rows: [
        [
          {
            content: [
              { text: h.issuer, align: 'center' },
              ...(h.issuerMark !== undefined
                ? [{ text: h.issuerMark, align: 'center' as const }]
                : []),
              { text: h.number, align: 'center' },
            ],
          },
          {
            content: [
              { text: h.union, bold: true, align: 'center' },
              { text: h.placeDate, italic: true, align: 'center' },
            ],
          },
        ],
      ],
    },
    { text: plan.kind, bold: true, align: 'center' },
    ...plan.title.map((text): DocxParagraphSpec => ({ text, bold: true, align: 'center' })),
    ...(plan.titleRule !== undefined ? [{ text: plan.titleRule, align: 'center' as const }] : []),
    ...plan.bases.map((text): DocxParagraphSpec => ({ text, align: 'justify' })),
    heading(plan.tableHeading),
    planTableSpec(plan, layout),
  ];
  for (const section of plan.sections) {
    blocks.push(heading(section.heading));
    for (const text of section.paragraphs) blocks.push({ text, align: 'justify' });
  }
  const s = plan.signature;
  blocks.push({
    kind: 'table',
    borderless: true,
    columnWidths: [4800, 4800],
    rows: [
      [
        {
          content: [
            { text: plan.recipients.heading, bold: true, italic: true },
            ...plan.recipients.items,
          ],
        },
        {
          content: [
            { text: s.onBehalfOf, bold: true, align: 'center' },
            { text: s.title, bold: true, align: 'center' },
            ...(s.signedMark !== undefined
              ? [{ text: s.signedMark, align: 'center' as const }]
              : []),
            { text: s.name, bold: true, align: 'center' },
          ],
        },
      ],
    ],
  });
  return blocks;
}

/** A plan as a real .docx, laid out like the Word original of the sample. */
export async function buildPlanDocx(
  plan: PlanDescription,
  layout: PlanLayout = {},
): Promise<Uint8Array> {
  return buildDocx(planBlocks(plan, layout));
}

/**
 * The 2014 Cao Bằng sample plan (samples/ke-hoach-tdkt-2014-cao-bang.txt) as a description:
 * 4 quarters of 10, 9, 5 and 6 tasks. A fresh copy each call, so a test may change it.
 */
export function samplePlanDescription(): PlanDescription {
  return structuredClone(SAMPLE_PLAN_2014);
}
