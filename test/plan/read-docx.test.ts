import JSZip from 'jszip';
import type Mammoth from 'mammoth';
import type { Block, Paragraph, Table, TableCell } from '../../shared/plan/blocks';
import { DocxReadError, isDocxReadError, readDocxBlocks } from '../../shared/plan/read-docx';
import type * as ReadDocx from '../../shared/plan/read-docx';
import {
  buildDocx,
  buildPlanDocx,
  samplePlanDescription,
  STANDARD_COLUMNS,
  taskCell,
  type DocxTableSpec,
  type PlanDescription,
} from '../helpers/docx-builder';

/** What the reader makes of a text: NFC, white space squeezed, trimmed. */
function clean(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function cleanAll(paragraphs: string[]): string[] {
  return paragraphs.map(clean).filter((p) => p !== '');
}

function tables(blocks: Block[]): Table[] {
  return blocks.filter((b): b is Table => b.kind === 'table');
}

function texts(blocks: Block[]): string[] {
  return blocks.filter((b): b is Paragraph => b.kind === 'paragraph').map((p) => p.text);
}

function cellsOf(table: Table): { paragraphs: string[]; span: number }[][] {
  return table.rows.map((r) => r.cells.map((c) => ({ paragraphs: c.paragraphs, span: c.span })));
}

function gridWidth(cells: TableCell[]): number {
  return cells.reduce((sum, c) => sum + c.span, 0);
}

/** The reason a read failed, or 'read' when it did not. */
async function failure(bytes: Uint8Array): Promise<string> {
  try {
    await readDocxBlocks(bytes);
    return 'read';
  } catch (e) {
    if (!(e instanceof DocxReadError)) throw e;
    expect(e.detail.length).toBeGreaterThan(0);
    expect(e.detail.length).toBeLessThan(220);
    return e.reason;
  }
}

/** A small deterministic generator, so "random" bytes are the same on every run. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}

async function withDocumentXml(
  bytes: Uint8Array,
  edit: (xml: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('word/document.xml', edit(await documentXml(bytes)));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The rows of the task table a plan description should read as, with the standard columns. */
function expectedTaskTable(plan: PlanDescription): { paragraphs: string[]; span: number }[][] {
  const rows = [STANDARD_COLUMNS.map((c) => ({ paragraphs: [c.header], span: 1 }))];
  for (const period of plan.periods) {
    rows.push([
      { paragraphs: [period.no], span: 1 },
      { paragraphs: [clean(period.label)], span: 3 },
    ]);
    for (const task of period.tasks) {
      rows.push(
        STANDARD_COLUMNS.map((c) => ({ paragraphs: cleanAll(taskCell(task, c.key)), span: 1 })),
      );
    }
  }
  return rows;
}

describe('shared/plan/read-docx', () => {
  describe('readDocxBlocks', () => {
    describe('on the 2014 Cao Bằng plan built as a Word document', () => {
      const plan = samplePlanDescription();
      let blocks: Block[];

      beforeAll(async () => {
        blocks = await readDocxBlocks(await buildPlanDocx(plan));
      });

      it('returns a table, the paragraphs down to section I, the task table, section II and the closing table, in that order', () => {
        expect(blocks.map((b) => b.kind)).toEqual([
          'table',
          ...Array<string>(1 + plan.title.length + 1 + plan.bases.length + 1).fill('paragraph'),
          'table',
          ...Array<string>(1 + plan.sections[0]!.paragraphs.length).fill('paragraph'),
          'table',
        ]);
      });

      it('returns the header as a table of one row with the issuer cell and the union cell', () => {
        const header = blocks[0] as Table;
        expect(cellsOf(header)).toEqual([
          [
            { paragraphs: ['BCH ĐOÀN TỈNH CAO BẰNG', '***', 'Số: 73 -KH /TĐTN-VP'], span: 1 },
            {
              paragraphs: ['ĐOÀN TNCS HỒ CHÍ MINH', 'Cao Bằng, ngày 7 tháng 4 năm 2014'],
              span: 1,
            },
          ],
        ]);
      });

      it('returns the kind, the title, the rule, the bases and the heading of section I as paragraphs, white space squeezed', () => {
        const end = blocks.findIndex((b, i) => i > 0 && b.kind === 'table');
        expect(texts(blocks.slice(0, end))).toEqual([
          'KẾ HOẠCH',
          'Thực hiện công tác Thi đua, Khen thưởng năm 2014',
          '---------',
          ...plan.bases.map(clean),
          'I- NỘI DUNG, THỜI GIAN VÀ TỔ CHỨC THỰC HIỆN:',
        ]);
        expect(texts(blocks)[3]).toBe(
          'Căn cứ Điều 19, Chương II Luật Thi đua, Khen thưởng năm 2003, được sửa đổi, bổ sung năm 2005;',
        );
      });

      it('returns the task table with 1 header row, 4 period rows and 30 task rows', () => {
        const table = tables(blocks)[1]!;
        expect(table.rows).toHaveLength(35);
        const periodRows = table.rows.filter((r) => r.cells.length === 2);
        expect(periodRows).toHaveLength(4);
        expect(table.rows.filter((r) => r.cells.length === 4)).toHaveLength(31);
        expect(plan.periods.map((p) => p.tasks.length)).toEqual([10, 9, 5, 6]);
      });

      it('returns each period row as its numeral and one cell spanning the other 3 columns', () => {
        const table = tables(blocks)[1]!;
        const periodRows = table.rows.filter((r) => r.cells.length === 2);
        expect(periodRows.map((r) => r.cells.map((c) => [c.paragraphs, c.span]))).toEqual([
          [
            [['I'], 1],
            [['Quý I/2014'], 3],
          ],
          [
            [['II'], 1],
            [['Quý II/2014'], 3],
          ],
          [
            [['III'], 1],
            [['Quý III/2014'], 3],
          ],
          [
            [['IV'], 1],
            [['Quý IV/2014'], 3],
          ],
        ]);
      });

      it('returns every row of the task table as built: header, periods, tasks with their owners and an empty note', () => {
        expect(cellsOf(tables(blocks)[1]!)).toEqual(expectedTaskTable(plan));
      });

      it('returns an owners cell of several paragraphs as separate paragraphs', () => {
        const firstTask = tables(blocks)[1]!.rows[2]!;
        expect(firstTask.cells[0]!.paragraphs).toEqual(['1']);
        expect(firstTask.cells[2]!.paragraphs).toEqual([
          '- BTV Tỉnh Đoàn.',
          '- Các huyện, Thành Đoàn và Đoàn trực thuộc.',
        ]);
        expect(firstTask.cells[3]!.paragraphs).toEqual([]);
      });

      it('returns the paragraphs of section II after the task table', () => {
        const [, taskTable, closing] = tables(blocks);
        const from = blocks.indexOf(taskTable!) + 1;
        const to = blocks.indexOf(closing!);
        expect(texts(blocks.slice(from, to))).toEqual([
          'II- TỔ CHỨC THỰC HIỆN',
          ...plan.sections[0]!.paragraphs.map(clean),
        ]);
      });

      it('returns the closing table with the recipients on the left and the signature on the right', () => {
        const closing = blocks[blocks.length - 1] as Table;
        expect(cellsOf(closing)).toEqual([
          [
            { paragraphs: ['Nơi nhận:', ...plan.recipients.items.map(clean)], span: 1 },
            {
              paragraphs: ['TM. BAN THƯỜNG VỤ TỈNH ĐOÀN', 'BÍ THƯ', '(Đã ký)', 'Bế Đăng Khoa'],
              span: 1,
            },
          ],
        ]);
      });

      it('returns NFC text with no double spaces and no leading or trailing space', () => {
        const all = blocks.flatMap((b) =>
          b.kind === 'paragraph'
            ? [b.text]
            : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)),
        );
        expect(all.length).toBeGreaterThan(150);
        for (const t of all) {
          expect(t).toBe(t.normalize('NFC'));
          expect(t).not.toMatch(/\s\s|^\s|\s$/);
        }
      });
    });

    describe('on other layouts of a plan', () => {
      it('returns a period row merged across all 4 columns as one cell of span 4', async () => {
        const plan = samplePlanDescription();
        const blocks = await readDocxBlocks(await buildPlanDocx(plan, { periodRow: 'merged' }));
        const table = tables(blocks)[1]!;
        expect(table.rows).toHaveLength(35);
        const periodRows = table.rows.filter((r) => r.cells.length === 1);
        expect(periodRows.map((r) => r.cells)).toEqual([
          [{ paragraphs: ['I. Quý I/2014'], span: 4 }],
          [{ paragraphs: ['II. Quý II/2014'], span: 4 }],
          [{ paragraphs: ['III. Quý III/2014'], span: 4 }],
          [{ paragraphs: ['IV. Quý IV/2014'], span: 4 }],
        ]);
      });

      it('returns an extra "Thời gian" column as a fifth cell, the period label spanning 4', async () => {
        const plan = samplePlanDescription();
        plan.periods = plan.periods.slice(0, 1);
        plan.periods[0]!.tasks = plan.periods[0]!.tasks.slice(0, 2);
        plan.periods[0]!.tasks[0]!.extra = { when: ['Tháng 1'] };
        plan.periods[0]!.tasks[1]!.extra = { when: ['Tháng 2', 'Tháng 3'] };
        const columns = [
          ...STANDARD_COLUMNS.slice(0, 2),
          { key: 'when', header: 'Thời gian' },
          ...STANDARD_COLUMNS.slice(2),
        ];
        const blocks = await readDocxBlocks(await buildPlanDocx(plan, { columns }));
        const table = tables(blocks)[1]!;
        expect(table.rows.map((r) => r.cells.map((c) => c.paragraphs.join(' / ')))).toEqual([
          ['Stt', 'Nội dung công việc', 'Thời gian', 'Chỉ đạo, thực hiện', 'Ghi chú'],
          ['I', 'Quý I/2014'],
          [
            '1',
            'Tổng kết công tác thi đua, khen thưởng năm 2013.',
            'Tháng 1',
            '- BTV Tỉnh Đoàn. / - Các huyện, Thành Đoàn và Đoàn trực thuộc.',
            '',
          ],
          [
            '2',
            clean(plan.periods[0]!.tasks[1]!.content[0]!),
            'Tháng 2 / Tháng 3',
            '- BTV Tỉnh Đoàn. / - Các huyện, Thành Đoàn và Đoàn trực thuộc.',
            '',
          ],
        ]);
        expect(table.rows[1]!.cells.map((c) => c.span)).toEqual([1, 4]);
      });

      it('returns an owners cell merged vertically over equal tasks as the cell then empty cells in its column', async () => {
        const plan = samplePlanDescription();
        const bytes = await buildPlanDocx(plan, { mergeEqualCells: ['owners'] });
        const xml = await documentXml(bytes);
        expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
        expect(xml).toMatch(/<w:vMerge( w:val="continue")?\/>/);

        const table = tables(await readDocxBlocks(bytes))[1]!;
        expect(table.rows).toHaveLength(35);
        const taskRows = table.rows.filter((r) => r.cells.length !== 2).slice(1);
        expect(taskRows).toHaveLength(30);
        for (const row of taskRows) {
          expect(row.cells).toHaveLength(4);
          expect(row.cells.map((c) => c.span)).toEqual([1, 1, 1, 1]);
        }
        // Quarter I: tasks 1–4 share their owners, so do 7–8; tasks 5, 6, 9, 10 differ.
        const owners = taskRows.slice(0, 10).map((r) => r.cells[2]!.paragraphs.length);
        expect(owners).toEqual([2, 0, 0, 0, 1, 1, 2, 0, 1, 1]);
        expect(taskRows.slice(0, 10).map((r) => r.cells[0]!.paragraphs[0])).toEqual(
          Array.from({ length: 10 }, (_, i) => String(i + 1)),
        );
      });

      it('returns a repeated header row (<thead>, <th>) as the first row', async () => {
        const plan = samplePlanDescription();
        const blocks = await readDocxBlocks(await buildPlanDocx(plan, { repeatHeaderRow: true }));
        expect(cellsOf(tables(blocks)[1]!)).toEqual(expectedTaskTable(plan));
      });

      it('returns headings in Word heading styles as paragraphs', async () => {
        const plan = samplePlanDescription();
        const blocks = await readDocxBlocks(await buildPlanDocx(plan, { headingStyles: true }));
        expect(texts(blocks)).toContain('I- NỘI DUNG, THỜI GIAN VÀ TỔ CHỨC THỰC HIỆN:');
        expect(texts(blocks)).toContain('II- TỔ CHỨC THỰC HIỆN');
      });
    });

    describe('on vertically merged cells (vMerge)', () => {
      const merged: DocxTableSpec = {
        kind: 'table',
        rows: [
          ['A', 'B', 'C', 'D'],
          [{ content: ['a1'], vMerge: 'restart' }, 'b1', { content: ['c1'], span: 2 }],
          [
            { content: [], vMerge: 'continue' },
            'b2',
            { content: ['cd2'], span: 2, vMerge: 'restart' },
          ],
          [{ content: [], vMerge: 'continue' }, 'b3', { content: [], span: 2, vMerge: 'continue' }],
          [
            'a4',
            { content: ['b4'], vMerge: 'restart' },
            'c4',
            { content: ['d4'], vMerge: 'restart' },
          ],
          ['a5', { content: [], vMerge: 'continue' }, 'c5', { content: [], vMerge: 'continue' }],
        ],
      };
      const expected = [
        [
          { paragraphs: ['A'], span: 1 },
          { paragraphs: ['B'], span: 1 },
          { paragraphs: ['C'], span: 1 },
          { paragraphs: ['D'], span: 1 },
        ],
        [
          { paragraphs: ['a1'], span: 1 },
          { paragraphs: ['b1'], span: 1 },
          { paragraphs: ['c1'], span: 2 },
        ],
        [
          { paragraphs: [], span: 1 },
          { paragraphs: ['b2'], span: 1 },
          { paragraphs: ['cd2'], span: 2 },
        ],
        [
          { paragraphs: [], span: 1 },
          { paragraphs: ['b3'], span: 1 },
          { paragraphs: [], span: 2 },
        ],
        [
          { paragraphs: ['a4'], span: 1 },
          { paragraphs: ['b4'], span: 1 },
          { paragraphs: ['c4'], span: 1 },
          { paragraphs: ['d4'], span: 1 },
        ],
        [
          { paragraphs: ['a5'], span: 1 },
          { paragraphs: [], span: 1 },
          { paragraphs: ['c5'], span: 1 },
          { paragraphs: [], span: 1 },
        ],
      ];

      it('returns an empty cell, with the merged cell’s span, in each row the merge covers (first, middle and last columns)', async () => {
        const bytes = await buildDocx([merged]);
        const xml = await documentXml(bytes);
        expect(xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(4);
        const [table] = tables(await readDocxBlocks(bytes));
        expect(cellsOf(table!)).toEqual(expected);
        for (const row of table!.rows) expect(gridWidth(row.cells)).toBe(4);
      });

      it('returns the same when the continuation cells are written as Word writes them, <w:vMerge/>', async () => {
        const bytes = await withDocumentXml(await buildDocx([merged]), (xml) =>
          xml.replace(/<w:vMerge w:val="continue"\/>/g, '<w:vMerge/>'),
        );
        expect(await documentXml(bytes)).toContain('<w:vMerge/>');
        expect(cellsOf(tables(await readDocxBlocks(bytes))[0]!)).toEqual(expected);
      });

      it('returns the table as written when a row leaves out its last cells', async () => {
        const [table] = tables(
          await readDocxBlocks(
            await buildDocx([
              {
                kind: 'table',
                rows: [
                  ['Stt', 'Nội dung', 'Ghi chú'],
                  ['1', 'x'],
                ],
              },
            ]),
          ),
        );
        expect(table!.rows.map((r) => r.cells.length)).toEqual([3, 2]);
      });
    });

    describe('on text', () => {
      it('returns entities decoded, white space squeezed and NFD text as NFC', async () => {
        const nfd = 'Hoà   An\u00a0\tđã  ký'.normalize('NFD');
        const blocks = await readDocxBlocks(
          await buildDocx(['  Tỉnh Đoàn & <Hội> "LHTN" ', nfd, 'a\u200bb']),
        );
        expect(blocks).toEqual([
          { kind: 'paragraph', text: 'Tỉnh Đoàn & <Hội> "LHTN"' },
          { kind: 'paragraph', text: 'Hoà An đã ký' },
          { kind: 'paragraph', text: 'ab' },
        ]);
      });

      it('returns the lines of a paragraph with line breaks as separate paragraphs, at the top level and in a cell', async () => {
        const blocks = await readDocxBlocks(
          await buildDocx([
            'KẾ HOẠCH\nThực hiện công tác Thi đua',
            { kind: 'table', rows: [['- BTV Tỉnh Đoàn.\n- Các huyện.']] },
          ]),
        );
        expect(blocks).toEqual([
          { kind: 'paragraph', text: 'KẾ HOẠCH' },
          { kind: 'paragraph', text: 'Thực hiện công tác Thi đua' },
          {
            kind: 'table',
            mergesKnown: true,
            rows: [{ cells: [{ paragraphs: ['- BTV Tỉnh Đoàn.', '- Các huyện.'], span: 1 }] }],
          },
        ]);
      });

      it('returns no paragraph for empty or blank paragraphs, and an empty cell as no paragraphs', async () => {
        const blocks = await readDocxBlocks(
          await buildDocx([
            'one',
            '',
            '    ',
            'two',
            { kind: 'table', rows: [[{ content: ['a', '', 'b'] }, { content: [''] }, ' ']] },
          ]),
        );
        expect(blocks).toEqual([
          { kind: 'paragraph', text: 'one' },
          { kind: 'paragraph', text: 'two' },
          {
            kind: 'table',
            mergesKnown: true,
            rows: [
              {
                cells: [
                  { paragraphs: ['a', 'b'], span: 1 },
                  { paragraphs: [], span: 1 },
                  { paragraphs: [], span: 1 },
                ],
              },
            ],
          },
        ]);
      });

      it('returns bulleted paragraphs (Word lists) and headings as paragraphs of their text', async () => {
        const blocks = await readDocxBlocks(
          await buildDocx([
            { text: 'II- TỔ CHỨC THỰC HIỆN', heading: 1 },
            { text: 'Xây dựng kế hoạch.', bullet: true },
            { text: 'Tăng cường, đôn đốc.', bullet: true },
            {
              kind: 'table',
              rows: [[{ content: [{ text: 'BTV Tỉnh Đoàn.', bullet: true }, 'Các huyện.'] }]],
            },
          ]),
        );
        expect(blocks).toEqual([
          { kind: 'paragraph', text: 'II- TỔ CHỨC THỰC HIỆN' },
          { kind: 'paragraph', text: 'Xây dựng kế hoạch.' },
          { kind: 'paragraph', text: 'Tăng cường, đôn đốc.' },
          {
            kind: 'table',
            mergesKnown: true,
            rows: [{ cells: [{ paragraphs: ['BTV Tỉnh Đoàn.', 'Các huyện.'], span: 1 }] }],
          },
        ]);
      });

      it('returns a table nested in a cell flattened into the cell’s paragraphs, row by row', async () => {
        const blocks = await readDocxBlocks(
          await buildDocx([
            {
              kind: 'table',
              rows: [
                [
                  '1',
                  {
                    content: [
                      'Chủ trì:',
                      {
                        kind: 'table',
                        rows: [
                          ['Văn phòng', 'Ban Tổ chức'],
                          [{ content: ['Ban Tuyên giáo'], span: 2 }],
                        ],
                      },
                      'Phối hợp: các huyện',
                    ],
                  },
                  'x',
                ],
              ],
            },
          ]),
        );
        expect(blocks).toEqual([
          {
            kind: 'table',
            mergesKnown: true,
            rows: [
              {
                cells: [
                  { paragraphs: ['1'], span: 1 },
                  {
                    paragraphs: [
                      'Chủ trì:',
                      'Văn phòng',
                      'Ban Tổ chức',
                      'Ban Tuyên giáo',
                      'Phối hợp: các huyện',
                    ],
                    span: 1,
                  },
                  { paragraphs: ['x'], span: 1 },
                ],
              },
            ],
          },
        ]);
      });

      it('returns the body without footnotes or their reference marks', async () => {
        const withNote = await withDocumentXml(await buildDocx(['Căn cứ Luật', 'Hết']), (xml) =>
          xml.replace(
            /(Căn cứ Luật<\/w:t><\/w:r>)/,
            '$1<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
          ),
        );
        const zip = await JSZip.loadAsync(withNote);
        zip.file(
          'word/footnotes.xml',
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
            '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
            '<w:footnote w:id="1"><w:p><w:r><w:t>Luật số 15/2003/QH11</w:t></w:r></w:p></w:footnote>' +
            '</w:footnotes>',
        );
        const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
        zip.file(
          'word/_rels/document.xml.rels',
          rels.replace(
            '</Relationships>',
            '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
          ),
        );
        const bytes = await zip.generateAsync({ type: 'uint8array' });
        expect(await readDocxBlocks(bytes)).toEqual([
          { kind: 'paragraph', text: 'Căn cứ Luật' },
          { kind: 'paragraph', text: 'Hết' },
        ]);
      });

      it('returns the same blocks from a view into a larger buffer', async () => {
        const bytes = await buildDocx(['Sổ Thi Đua']);
        const larger = new Uint8Array(bytes.length + 64);
        larger.set(bytes, 32);
        const view = larger.subarray(32, 32 + bytes.length);
        expect(await readDocxBlocks(view)).toEqual([{ kind: 'paragraph', text: 'Sổ Thi Đua' }]);
      });
    });

    describe('with either build of mammoth', () => {
      it('returns the same blocks with mammoth’s browser build, which reads only `arrayBuffer`', async () => {
        const bytes = await buildDocx(['KẾ HOẠCH', { kind: 'table', rows: [['1', 'x']] }]);
        const browserBuild = jest.requireActual<typeof Mammoth>('mammoth/mammoth.browser.js');
        // The browser build really ignores `buffer`, and the Node build `arrayBuffer`.
        const arrayBuffer = bytes.slice().buffer;
        await expect(
          browserBuild.convertToHtml({ buffer: arrayBuffer } as unknown as { buffer: Buffer }),
        ).rejects.toThrow(/Could not find file/);
        const nodeBuild = jest.requireActual<typeof Mammoth>('mammoth');
        await expect(nodeBuild.convertToHtml({ arrayBuffer })).rejects.toThrow(
          /Could not find file/,
        );

        let readWithBrowserBuild: typeof readDocxBlocks = readDocxBlocks;
        jest.isolateModules(() => {
          jest.doMock('mammoth', () => browserBuild);
          readWithBrowserBuild = jest.requireActual<typeof ReadDocx>(
            '../../shared/plan/read-docx',
          ).readDocxBlocks;
        });
        jest.dontMock('mammoth');
        expect(readWithBrowserBuild).not.toBe(readDocxBlocks);
        const blocks = await readWithBrowserBuild(bytes);
        expect(blocks).toEqual(await readDocxBlocks(bytes));
        expect(blocks).toEqual([
          { kind: 'paragraph', text: 'KẾ HOẠCH' },
          {
            kind: 'table',
            mergesKnown: true,
            rows: [
              {
                cells: [
                  { paragraphs: ['1'], span: 1 },
                  { paragraphs: ['x'], span: 1 },
                ],
              },
            ],
          },
        ]);
      });
    });

    describe('on a large document', () => {
      // how fast: npm run bench (formats), not a timed assertion that fails on a busy machine
      it('returns a table of 2,000 task rows', async () => {
        const rows: string[][] = [['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện', 'Ghi chú']];
        for (let i = 1; i <= 2000; i++) {
          rows.push([String(i), `Nội dung công việc số ${i}`, '- BTV Tỉnh Đoàn.', '']);
        }
        const bytes = await buildDocx([{ kind: 'table', rows }]);
        const blocks = await readDocxBlocks(bytes);
        const table = blocks[0] as Table;
        expect(table.rows).toHaveLength(2001);
        expect(table.rows[2000]!.cells.map((c) => c.paragraphs)).toEqual([
          ['2000'],
          ['Nội dung công việc số 2000'],
          ['- BTV Tỉnh Đoàn.'],
          [],
        ]);
      });
    });

    describe('on bytes that are not a readable .docx', () => {
      it('throws DocxReadError "empty" for no bytes', async () => {
        expect(await failure(new Uint8Array())).toBe('empty');
      });

      it('throws DocxReadError "not-zip" for random bytes', async () => {
        for (const seed of [1, 2, 3]) {
          expect(await failure(pseudoRandomBytes(4096, seed))).toBe('not-zip');
        }
      });

      it('throws DocxReadError "not-zip" for a PNG image', async () => {
        const png = new Uint8Array([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
          0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f,
          0x15, 0xc4, 0x89,
        ]);
        expect(await failure(png)).toBe('not-zip');
      });

      it('throws DocxReadError "not-zip" for the text of a plan', async () => {
        expect(await failure(new TextEncoder().encode('KẾ HOẠCH\nThực hiện công tác'))).toBe(
          'not-zip',
        );
      });

      it('throws DocxReadError "legacy-doc" for a Word 97–2003 .doc (an OLE2 file)', async () => {
        const ole = new Uint8Array(1024);
        ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        expect(await failure(ole)).toBe('legacy-doc');
      });

      it('throws DocxReadError "no-document" for a zip without word/document.xml', async () => {
        const zip = new JSZip();
        zip.file('hello.txt', 'xin chào');
        expect(await failure(await zip.generateAsync({ type: 'uint8array' }))).toBe('no-document');
        const xlsx = new JSZip();
        xlsx.file('xl/workbook.xml', '<workbook/>');
        expect(await failure(await xlsx.generateAsync({ type: 'uint8array' }))).toBe('no-document');
      });

      it('throws DocxReadError "corrupt" for a truncated .docx, wherever it is cut', async () => {
        const bytes = await buildPlanDocx(samplePlanDescription());
        for (const fraction of [0.1, 0.5, 0.9, 0.999]) {
          expect(await failure(bytes.slice(0, Math.floor(bytes.length * fraction)))).toBe(
            'corrupt',
          );
        }
      });

      it('throws DocxReadError "corrupt" for random bytes behind a zip signature', async () => {
        const bytes = pseudoRandomBytes(4096, 7);
        bytes.set([0x50, 0x4b, 0x03, 0x04]);
        expect(await failure(bytes)).toBe('corrupt');
      });

      it('throws DocxReadError "corrupt" for a .docx whose document.xml is not XML', async () => {
        const bytes = await withDocumentXml(await buildDocx(['x']), () => '<w:document><w:body');
        expect(await failure(bytes)).toBe('corrupt');
      });

      it('throws DocxReadError "corrupt" for a .docx with damaged compressed data', async () => {
        const bytes = await buildPlanDocx(samplePlanDescription());
        const damaged = bytes.slice();
        const middle = Math.floor(damaged.length / 2);
        for (let i = middle; i < middle + 256; i++) damaged[i] = damaged[i]! ^ 0x5a;
        expect(await failure(damaged)).toBe('corrupt');
      });
    });
  });

  describe('DocxReadError', () => {
    it('returns a message naming the file type and the detail, and is recognised by isDocxReadError', () => {
      const e = new DocxReadError('not-zip', 'not a zip archive');
      expect(e).toBeInstanceOf(Error);
      expect(e.name).toBe('DocxReadError');
      expect(e.message).toBe('Cannot read the .docx file: not a zip archive');
      expect(isDocxReadError(e)).toBe(true);
      expect(isDocxReadError({ name: 'DocxReadError', detail: 'x' })).toBe(true);
      expect(isDocxReadError(new Error('x'))).toBe(false);
    });
  });
});
