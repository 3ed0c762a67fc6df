/**
 * Word's automatic numbering read as Word prints it: real .docx files whose task numbers and
 * sub-items are list paragraphs (w:numPr), the number nowhere in the text.
 */
import JSZip from 'jszip';
import type { Block, Table } from '../../shared/plan/blocks';
import { readPlanBytes } from '../../shared/plan/read';
import { readDocxBlocks } from '../../shared/plan/read-docx';
import { prepareDocx } from '../../shared/plan/docx-prepare';
import {
  buildDocx,
  type DocxBlockSpec,
  type DocxCellSpec,
  type DocxLists,
} from '../helpers/docx-builder';

/** An "Stt" cell holding only a list paragraph of `num` (the number is Word's). */
const stt = (num: number, level = 0): DocxCellSpec => ({
  content: [{ text: '', list: { num, level } }],
});

const HEADER = ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện'];

/** What a table's cells read as: each cell's paragraphs joined with " / ". */
function cells(table: Block | undefined): string[][] {
  return (table as Table).rows.map((r) => r.cells.map((c) => c.paragraphs.join(' / ')));
}

function tables(blocks: Block[]): Table[] {
  return blocks.filter((b): b is Table => b.kind === 'table');
}

/** Decimal "%1." lists over abstract 0; a restart of it; lower-case letters "%1)" over abstract 1. */
const LISTS: DocxLists = {
  abstracts: {
    0: [{ format: 'decimal', text: '%1.' }],
    1: [{ format: 'lowerLetter', text: '%1)' }],
  },
  nums: {
    1: { abstract: 0 },
    2: { abstract: 0, restart: { 0: 1 } },
    3: { abstract: 0 },
    10: { abstract: 1, restart: { 0: 1 } },
    11: { abstract: 1, restart: { 0: 1 } },
  },
};

async function editPart(
  bytes: Uint8Array,
  part: string,
  edit: (xml: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('Word lists in a .docx', () => {
  it('numbers the Stt cells as Word prints them, going on across tables', async () => {
    const blocks = await readDocxBlocks(
      await buildDocx(
        [
          'QUÝ I',
          {
            kind: 'table',
            rows: [HEADER, ...[1, 2, 3, 4, 5, 6].map((k) => [stt(1), `Việc ${k}`, 'Văn phòng'])],
          },
          'QUÝ II',
          {
            kind: 'table',
            rows: [HEADER, [stt(1), 'Việc 7', 'Ban Tuyên giáo'], [stt(1), 'Việc 8', 'Văn phòng']],
          },
        ],
        { lists: LISTS },
      ),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph', 'table']);
    expect(blocks[2]).toEqual({ kind: 'paragraph', text: 'QUÝ II' });
    expect(cells(blocks[1]).map((r) => r[0])).toEqual(['Stt', '1.', '2.', '3.', '4.', '5.', '6.']);
    expect(cells(blocks[3])).toEqual([
      HEADER,
      ['7.', 'Việc 7', 'Ban Tuyên giáo'],
      ['8.', 'Việc 8', 'Văn phòng'],
    ]);
  });

  it('restarts where Word restarts (a new list with w:startOverride) and goes on where it does not', async () => {
    const blocks = await readDocxBlocks(
      await buildDocx(
        [
          { kind: 'table', rows: [HEADER, [stt(1), 'a', ''], [stt(1), 'b', '']] },
          // "Restart at 1": Word writes a new w:num over the same definition, with a start override
          {
            kind: 'table',
            rows: [HEADER, [stt(2), 'c', ''], [stt(2), 'd', ''], [stt(2), 'e', '']],
          },
          // back to the first list, and a third list over the same definition with no override:
          // one definition, one running count
          { kind: 'table', rows: [HEADER, [stt(1), 'f', ''], [stt(3), 'g', '']] },
        ],
        { lists: LISTS },
      ),
    );
    expect(
      tables(blocks).map((t) =>
        cells(t)
          .slice(1)
          .map((r) => r[0]),
      ),
    ).toEqual([
      ['1.', '2.'],
      ['1.', '2.', '3.'],
      ['4.', '5.'],
    ]);
  });

  it('keeps separate definitions apart, and starts from w:start', async () => {
    const lists: DocxLists = {
      abstracts: {
        0: [{ format: 'decimal', text: '%1.', start: 7 }],
        1: [{ format: 'decimal', text: '%1)' }],
      },
      nums: { 1: { abstract: 0 }, 2: { abstract: 1 } },
    };
    const blocks = await readDocxBlocks(
      await buildDocx(
        [
          {
            kind: 'table',
            rows: [
              HEADER,
              [stt(1), 'a', ''],
              [stt(2), 'b', ''],
              [stt(1), 'c', ''],
              [stt(2), 'd', ''],
            ],
          },
        ],
        { lists },
      ),
    );
    expect(cells(blocks[0]).map((r) => r[0])).toEqual(['Stt', '7.', '1)', '8.', '2)']);
  });

  it('prints Roman numerals, letters, zero-padded numbers and several levels as their lvlText says', async () => {
    const lists: DocxLists = {
      abstracts: {
        0: [
          { format: 'decimal', text: '%1.' },
          { format: 'decimal', text: '%1.%2.' },
          { format: 'lowerLetter', text: '%3)' },
        ],
        1: [{ format: 'decimalZero', text: '%1' }],
        2: [{ format: 'lowerRoman', text: '(%1)' }],
        3: [{ format: 'upperLetter', text: '%1 -' }],
        4: [
          { format: 'upperRoman', text: '%1.' },
          { format: 'decimal', text: '%1.%2' },
        ],
      },
      nums: {
        1: { abstract: 0 },
        2: { abstract: 1 },
        3: { abstract: 2 },
        4: { abstract: 3 },
        5: { abstract: 4 },
      },
    };
    const p = (num: number, level: number, text: string): DocxBlockSpec => ({
      text,
      list: { num, level },
    });
    const blocks = await readDocxBlocks(
      await buildDocx(
        [
          p(1, 0, 'MỤC ĐÍCH'),
          p(1, 1, 'Một'),
          p(1, 2, 'ý'),
          p(1, 2, 'ý'),
          p(1, 1, 'Hai'),
          p(1, 2, 'ý'),
          p(1, 0, 'NỘI DUNG'),
          p(1, 1, 'Một'),
          ...Array.from({ length: 10 }, () => p(2, 0, 'x')),
          p(3, 0, 'y'),
          p(3, 0, 'y'),
          p(3, 0, 'y'),
          p(3, 0, 'y'),
          ...Array.from({ length: 27 }, () => p(4, 0, 'z')),
          p(5, 0, 'QUÝ I'),
          p(5, 1, 'Việc'),
          p(5, 0, 'QUÝ II'),
          p(5, 1, 'Việc'),
        ],
        { lists },
      ),
    );
    const texts = blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts.slice(0, 8)).toEqual([
      '1. MỤC ĐÍCH',
      '1.1. Một',
      'a) ý',
      'b) ý',
      '1.2. Hai',
      'a) ý',
      '2. NỘI DUNG',
      '2.1. Một',
    ]);
    expect(texts.slice(8, 18)).toEqual([
      ...['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((n) => `${n} x`),
      '10 x',
    ]);
    expect(texts.slice(18, 22)).toEqual(['(i) y', '(ii) y', '(iii) y', '(iv) y']);
    expect(texts.slice(22, 49)).toEqual([
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l) => `${l} - z`),
      'AA - z',
    ]);
    // each level in its own format, as Word prints "%1.%2" under a Roman first level
    expect(texts.slice(49)).toEqual(['I. QUÝ I', 'I.1 Việc', 'II. QUÝ II', 'II.1 Việc']);
  });

  it('gives sub-items of a content cell their printed markers, each task’s list restarting at a)', async () => {
    const blocks = await readDocxBlocks(
      await buildDocx(
        [
          {
            kind: 'table',
            rows: [
              HEADER,
              [
                stt(1),
                {
                  content: [
                    'Tổ chức các hoạt động:',
                    { text: 'Hội thi tìm hiểu;', list: { num: 10 } },
                    { text: 'Diễn đàn thanh niên.', list: { num: 10 } },
                  ],
                },
                'Ban Tuyên giáo',
              ],
              [
                stt(1),
                { content: ['Kiểm tra:', { text: 'Cấp huyện.', list: { num: 11 } }] },
                'Văn phòng',
              ],
            ],
          },
        ],
        { lists: LISTS },
      ),
    );
    expect(cells(blocks[0]).slice(1)).toEqual([
      [
        '1.',
        'Tổ chức các hoạt động: / a) Hội thi tìm hiểu; / b) Diễn đàn thanh niên.',
        'Ban Tuyên giáo',
      ],
      ['2.', 'Kiểm tra: / a) Cấp huyện.', 'Văn phòng'],
    ]);
  });

  it('prints a bullet as the mark a reader sees: a dash as a dash, a glyph as "•"', async () => {
    const lists: DocxLists = {
      abstracts: {
        0: [{ format: 'bullet', text: '-' }],
        1: [{ format: 'bullet', text: '\uf0b7' }],
      },
      nums: { 1: { abstract: 0 }, 2: { abstract: 1 } },
    };
    const blocks = await readDocxBlocks(
      await buildDocx(
        [
          { text: 'BTV Tỉnh Đoàn', list: { num: 1 } },
          { text: 'Hội thi tìm hiểu lịch sử Đoàn', list: { num: 2 } },
        ],
        { lists },
      ),
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '- BTV Tỉnh Đoàn' },
      { kind: 'paragraph', text: '• Hội thi tìm hiểu lịch sử Đoàn' },
    ]);
  });

  it('reads the owners of a bulleted owners cell without their bullets', async () => {
    const lists: DocxLists = {
      abstracts: { 0: [{ format: 'bullet', text: '\uf0b7' }] },
      nums: { 1: { abstract: 0 } },
    };
    const bytes = await buildDocx(
      [
        'KẾ HOẠCH',
        {
          kind: 'table',
          rows: [
            ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện'],
            ['I', 'Quý I/2024', ''],
            [
              '1',
              {
                content: [
                  'Tổ chức Hội thi:',
                  { text: 'Vòng sơ khảo;', list: { num: 1 } },
                  { text: 'Vòng chung kết.', list: { num: 1 } },
                ],
              },
              {
                content: [
                  { text: 'Ban Tuyên giáo;', list: { num: 1 } },
                  { text: 'Văn phòng.', list: { num: 1 } },
                ],
              },
            ],
          ],
        },
      ],
      { lists },
    );
    const r = await readPlanBytes(bytes, 'kh.docx');
    if (!r.ok) throw new Error(r.problems[0]!.en);
    expect(r.value.periods[0]!.tasks[0]).toMatchObject({
      content: 'Tổ chức Hội thi:\n• Vòng sơ khảo;\n• Vòng chung kết.',
      owners: ['Ban Tuyên giáo', 'Văn phòng'],
    });
  });

  it('numbers paragraphs whose list comes from their style, and not those that turn it off', async () => {
    const lists: DocxLists = {
      abstracts: { 0: [{ format: 'upperRoman', text: '%1-' }] },
      nums: { 5: { abstract: 0 } },
    };
    let bytes = await buildDocx(
      [
        { text: 'MỤC ĐÍCH, YÊU CẦU', heading: 1 },
        { text: 'Nội dung', heading: 2 },
        { text: 'NỘI DUNG', heading: 1 },
        { text: 'Không đánh số', heading: 1 },
      ],
      { lists },
    );
    // Heading 1 carries the list, as Word's "multilevel list linked to headings" writes it
    bytes = await editPart(bytes, 'word/styles.xml', (xml) =>
      xml.replace(
        /(<w:style [^>]*w:styleId="Heading1"[^>]*>[\s\S]*?)(<w:pPr>|<w:rPr>)/,
        (_m, head: string, next: string) =>
          `${head}<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr>${next === '<w:pPr>' ? '<w:pPr>' : next}`,
      ),
    );
    bytes = await editPart(bytes, 'word/document.xml', (xml) =>
      xml.replace(
        /(<w:pStyle w:val="Heading1"\/>)((?:(?!<\/w:p>)[\s\S])*?Không đánh số)/,
        '$1<w:numPr><w:numId w:val="0"/></w:numPr>$2',
      ),
    );
    const texts = (await readDocxBlocks(bytes)).map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts).toEqual(['I- MỤC ĐÍCH, YÊU CẦU', 'Nội dung', 'II- NỘI DUNG', 'Không đánh số']);
  });

  it('counts the copy of alternate content that is shown, not both', async () => {
    let bytes = await buildDocx(
      [
        { text: 'Một', list: { num: 1 } },
        { text: 'Hai', list: { num: 1 } },
      ],
      { lists: LISTS },
    );
    // a text box in alternate content: w:Choice and w:Fallback hold the same numbered paragraph
    const box = (text: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    bytes = await editPart(bytes, 'word/document.xml', (xml) =>
      xml.replace(
        /(<w:p>(?:(?!<w:p>)[\s\S])*?Một<\/w:t><\/w:r><\/w:p>)/,
        '$1<w:p><w:r><mc:AlternateContent>' +
          `<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${box('Hộp')}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
          `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${box('Hộp')}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` +
          '</mc:AlternateContent></w:r></w:p>',
      ),
    );
    const texts = (await readDocxBlocks(bytes)).map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts).toEqual(['1. Một', '2. Hộp', '3. Hai']);
  });

  it('gives back the same bytes for a document with no numbered paragraph', async () => {
    const plain = await buildDocx(['KẾ HOẠCH', { kind: 'table', rows: [HEADER] }]);
    expect(await prepareDocx(plain)).toBe(plain);
    const notZip = new Uint8Array([1, 2, 3]);
    expect(await prepareDocx(notZip)).toBe(notZip);
  });
});
