/**
 * Word documents as offices write them, read into blocks: merged cells in every column (the
 * covered cells carry the merged text), several task tables with the paragraphs between them,
 * a work programme's month column merged down, and a TCVN3 document converted by Word, whose
 * letter ư is a <w:softHyphen/>.
 */
import JSZip from 'jszip';
import type { Block, Table, TableCell } from '../../shared/plan/blocks';
import { readPlanBytes } from '../../shared/plan/read';
import { readDocxBlocks } from '../../shared/plan/read-docx';
import { buildDocx, type DocxCellSpec } from '../helpers/docx-builder';
import { severalTablesDocx, tcvn3PlanDocx, workProgrammeDocx } from '../helpers/format-fixtures';

/** A cell as "text" or "text <merged: first cell's text>". */
function show(cell: TableCell): string {
  const text = cell.paragraphs.join(' / ');
  return cell.mergedFrom ? `${text}<${cell.mergedFrom.join(' / ')}>` : text;
}

/** The blocks as lines: "P text" for a paragraph, "T" then its rows for a table. */
function outline(blocks: Block[]): (string | string[])[] {
  const out: (string | string[])[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(`P ${b.text}`);
    else {
      out.push(`T${b.mergesKnown ? ' merges known' : ''}`);
      for (const r of b.rows) out.push(r.cells.map(show));
    }
  }
  return out;
}

const restart = (...content: string[]): DocxCellSpec => ({ content, vMerge: 'restart' });
const covered: DocxCellSpec = { content: [], vMerge: 'continue' };

describe('merged cells in a .docx', () => {
  it('gives every covered cell, in every column, the text of the cell its merge starts at', async () => {
    const blocks = await readDocxBlocks(
      await buildDocx([
        {
          kind: 'table',
          rows: [
            ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện', 'Thời gian', 'Ghi chú'],
            // one task over two rows: its number and content merged, two owners
            [
              restart('1'),
              restart('Hội nghị tổng kết'),
              'Văn phòng',
              restart('Tháng 01'),
              restart('x'),
            ],
            [covered, covered, 'Ban Tuyên giáo', covered, covered],
            ['2', 'Kiểm tra', restart('BTV Tỉnh Đoàn', 'Ban Tổ chức'), 'Tháng 3', ''],
            ['3', 'Sơ kết', covered, 'Tháng 6', ''],
          ],
        },
      ]),
    );
    expect(outline(blocks)).toEqual([
      'T merges known',
      ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện', 'Thời gian', 'Ghi chú'],
      ['1', 'Hội nghị tổng kết', 'Văn phòng', 'Tháng 01', 'x'],
      ['<1>', '<Hội nghị tổng kết>', 'Ban Tuyên giáo', '<Tháng 01>', '<x>'],
      ['2', 'Kiểm tra', 'BTV Tỉnh Đoàn / Ban Tổ chức', 'Tháng 3', ''],
      ['3', 'Sơ kết', '<BTV Tỉnh Đoàn / Ban Tổ chức>', 'Tháng 6', ''],
    ]);
  });

  it('puts an empty cell where a row skips grid columns at its start (w:gridBefore)', async () => {
    const bytes = await buildDocx([
      {
        kind: 'table',
        rows: [
          ['Tháng', 'TT', 'Nội dung công việc'],
          ['BỎ', '1', 'Tổng kết'],
          ['Tháng 3', '2', 'Hội nghị'],
        ],
      },
    ]);
    // Word writes a row whose first cell was deleted as a row starting one grid column in
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const edited = xml.replace(
      /<w:tr>(<w:tc>(?:(?!<\/w:tc>)[\s\S])*?BỎ(?:(?!<\/w:tc>)[\s\S])*?<\/w:tc>)/,
      '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>',
    );
    expect(edited).not.toContain('BỎ');
    zip.file('word/document.xml', edited);
    const blocks = await readDocxBlocks(await zip.generateAsync({ type: 'uint8array' }));
    expect(outline(blocks)).toEqual([
      'T merges known',
      ['Tháng', 'TT', 'Nội dung công việc'],
      ['', '1', 'Tổng kết'],
      ['Tháng 3', '2', 'Hội nghị'],
    ]);
  });

  it('reads a work programme’s month column merged down over its tasks', async () => {
    const blocks = await readDocxBlocks(await workProgrammeDocx());
    const table = blocks.filter((b): b is Table => b.kind === 'table')[1]!;
    expect(outline([table])).toEqual([
      'T merges known',
      ['Tháng', 'TT', 'Nội dung công việc', 'Đơn vị chủ trì'],
      ['Tháng 01', '1', 'Tổng kết công tác năm 2023.', 'Văn phòng Tỉnh Đoàn'],
      ['<Tháng 01>', '2', 'Gặp mặt đầu xuân.', 'BTV Tỉnh Đoàn'],
      ['Tháng 02', '3', 'Ra quân Tháng Thanh niên.', 'Ban Tuyên giáo'],
      ['<Tháng 02>', '4', 'Kiểm tra cơ sở.', 'Ban Tổ chức - Kiểm tra'],
      ['<Tháng 02>', '5', 'Hội nghị giao ban.', 'Văn phòng Tỉnh Đoàn'],
      ['Tháng 3', '6', 'Kỷ niệm ngày thành lập Đoàn.', 'BTV Tỉnh Đoàn'],
    ]);
  });
});

describe('several tables in one .docx', () => {
  it('gives every table in document order, the headings between them as paragraphs, and the Word numbers going on', async () => {
    const blocks = await readDocxBlocks(await severalTablesDocx());
    expect(outline(blocks).slice(2, -2)).toEqual([
      'P KẾ HOẠCH',
      'P Thực hiện công tác Thi đua, Khen thưởng năm 2024',
      'P I. QUÝ I (Tháng 01 – 03/2024)',
      'T merges known',
      ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời gian'],
      ['1.', 'Tổng kết năm 2023.', 'Văn phòng Tỉnh Đoàn', 'Tháng 01'],
      ['2.', 'Phát động thi đua.', 'BTV Tỉnh Đoàn', 'Tháng 02'],
      ['3.', 'Hội nghị cán bộ.', 'Ban Tổ chức - Kiểm tra', 'Tháng 3'],
      'P II. QUÝ II',
      'T merges known',
      ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời gian'],
      ['4.', 'Sơ kết quý I.', 'Văn phòng Tỉnh Đoàn', 'Tháng 4'],
      ['5.', 'Tháng Thanh niên.', 'Ban Tuyên giáo', 'Tháng 5'],
      'T merges known',
      ['6.', 'Sơ kết 6 tháng.', 'BTV Tỉnh Đoàn', 'Tháng 6'],
      'P III. Quý III năm 2024',
      'T merges known',
      ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời gian'],
      ['7.', 'Hướng dẫn năm học mới.', 'Ban Thanh thiếu nhi trường học', 'Tháng 8'],
    ]);
  });
});

describe('a TCVN3 document saved as .docx by Word', () => {
  it('is written as Word writes it: .VnTime runs, the letter ư as <w:softHyphen/>', async () => {
    const zip = await JSZip.loadAsync(await tcvn3PlanDocx());
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:ascii=".VnTime"');
    expect(xml).toContain(
      '<w:t xml:space="preserve">- L</w:t><w:softHyphen/><w:t xml:space="preserve">u VP.</w:t>',
    );
    expect(xml).not.toContain('\u00ad');
  });

  it('gets every ư back, also where no spelling rule could restore it, in cells merged or not', async () => {
    const r = await readPlanBytes(await tcvn3PlanDocx(), 'ke-hoach-tcvn3.docx');
    if (!r.ok) throw new Error(r.problems[0]!.en);
    const tasks = r.value.periods[0]!.tasks;
    // "ưu", "thư", "Lưu": a toneless ư with no ơ after it is nothing but the soft hyphen
    expect(tasks[1]!.content).toBe(
      'Hướng dẫn các đơn vị đăng ký thi đua năm 2014, ưu tiên cơ sở; gửi thư khen.',
    );
    expect(r.value.recipients).toEqual(['Lưu VP']);
    expect(tasks.map((t) => t.owners)).toEqual([
      ['Văn phòng Tỉnh Đoàn'],
      ['Văn phòng Tỉnh Đoàn'],
      ['Ban Tổ chức - Kiểm tra'],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['legacyEncodingConverted']);
  });
});

/** The blocks above read into a plan: one plan from several tables, periods from a merged column. */
describe('several tables, merged period column, as plans', () => {
  const periods = async (bytes: Uint8Array) => {
    const r = await readPlanBytes(bytes, 'x.docx');
    if (!r.ok) return r.problems.map((p) => p.code);
    return r.value.periods.map((p) => [
      p.key,
      p.tasks.map((t) => [t.no, t.content, t.owners, t.when]),
    ]);
  };

  it('several tables — one plan, a period per heading, Word numbers', async () => {
    expect(await periods(await severalTablesDocx())).toEqual([
      [
        '2024-Q1',
        [
          [1, 'Tổng kết năm 2023.', ['Văn phòng Tỉnh Đoàn'], 'Tháng 01'],
          [2, 'Phát động thi đua.', ['BTV Tỉnh Đoàn'], 'Tháng 02'],
          [3, 'Hội nghị cán bộ.', ['Ban Tổ chức - Kiểm tra'], 'Tháng 3'],
        ],
      ],
      [
        '2024-Q2',
        [
          [4, 'Sơ kết quý I.', ['Văn phòng Tỉnh Đoàn'], 'Tháng 4'],
          [5, 'Tháng Thanh niên.', ['Ban Tuyên giáo'], 'Tháng 5'],
          [6, 'Sơ kết 6 tháng.', ['BTV Tỉnh Đoàn'], 'Tháng 6'],
        ],
      ],
      ['2024-Q3', [[7, 'Hướng dẫn năm học mới.', ['Ban Thanh thiếu nhi trường học'], 'Tháng 8']]],
    ]);
  });

  it('merged period column — each month the period of the tasks it covers', async () => {
    const got = (await periods(await workProgrammeDocx())) as [string, unknown[][]][];
    expect(got.map(([key, tasks]) => [key, tasks.map((t) => t.slice(0, 3))])).toEqual([
      [
        '2024-M01',
        [
          [1, 'Tổng kết công tác năm 2023.', ['Văn phòng Tỉnh Đoàn']],
          [2, 'Gặp mặt đầu xuân.', ['BTV Tỉnh Đoàn']],
        ],
      ],
      [
        '2024-M02',
        [
          [3, 'Ra quân Tháng Thanh niên.', ['Ban Tuyên giáo']],
          [4, 'Kiểm tra cơ sở.', ['Ban Tổ chức - Kiểm tra']],
          [5, 'Hội nghị giao ban.', ['Văn phòng Tỉnh Đoàn']],
        ],
      ],
      ['2024-M03', [[6, 'Kỷ niệm ngày thành lập Đoàn.', ['BTV Tỉnh Đoàn']]]],
    ]);
  });
});
