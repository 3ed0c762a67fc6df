/**
 * Plans as offices keep them in other formats, built as real files from one description each:
 * Word documents with automatic numbering and merged cells, a TCVN3 document converted by Word,
 * several tables in one document, a work programme with its month column merged down, and the
 * same plan as a workbook with merged cells. (The .csv and .tsv fixtures are committed as text
 * in test/fixtures/formats.) `npx tsx test/helpers/write-format-fixtures.ts` writes them out.
 */
import ExcelJS from 'exceljs';
import {
  buildDocx,
  type DocxBlockSpec,
  type DocxCellSpec,
  type DocxLists,
  type DocxTableSpec,
} from './docx-builder';
import { toTcvn3 } from './legacy-encoders';

/** The header of a plan of the Cao Bằng provincial Youth Union, as Word users lay it out. */
function headerBlocks(number: string, date: string, kind: string, title: string): DocxBlockSpec[] {
  return [
    {
      kind: 'table',
      borderless: true,
      columnWidths: [4000, 5600],
      rows: [
        [
          {
            content: [
              { text: 'BCH ĐOÀN TỈNH CAO BẰNG', align: 'center' },
              { text: number, align: 'center' },
            ],
          },
          {
            content: [
              { text: 'ĐOÀN TNCS HỒ CHÍ MINH', bold: true, align: 'center' },
              { text: date, italic: true, align: 'center' },
            ],
          },
        ],
      ],
    },
    { text: kind, bold: true, align: 'center' },
    { text: title, bold: true, align: 'center' },
  ];
}

const SIGNATURE: DocxBlockSpec = {
  kind: 'table',
  borderless: true,
  columnWidths: [4800, 4800],
  rows: [
    [
      { content: [{ text: 'Nơi nhận:', bold: true }, '- BTV Tỉnh Đoàn;', '- Lưu VP.'] },
      {
        content: [
          { text: 'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN', bold: true, align: 'center' },
          { text: 'PHÓ BÍ THƯ', bold: true, align: 'center' },
          { text: 'Nông Thị Hoa', bold: true, align: 'center' },
        ],
      },
    ],
  ],
};

const PLAN_COLUMNS = ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện', 'Thời gian', 'Ghi chú'];
const WIDTHS = [700, 3900, 2400, 1400, 1200];

/** The lists of the numbered plan: task numbers (1 goes on, 2 restarts) and sub-items. */
const PLAN_LISTS: DocxLists = {
  abstracts: {
    0: [{ format: 'decimal', text: '%1.' }],
    1: [{ format: 'lowerLetter', text: '%1)' }],
  },
  nums: {
    1: { abstract: 0 },
    2: { abstract: 0, restart: { 0: 1 } },
    5: { abstract: 1, restart: { 0: 1 } },
  },
};

const no = (num: number): DocxCellSpec => ({
  content: [{ text: '', list: { num }, align: 'center' }],
});
const period = (numeral: string, label: string): DocxCellSpec[] => [
  { content: [{ text: numeral, bold: true, align: 'center' }] },
  { content: [{ text: label, bold: true }], span: 4 },
];
const restart = (...content: string[]): DocxCellSpec => ({ content, vMerge: 'restart' });
const covered: DocxCellSpec = { content: [], vMerge: 'continue' };

/**
 * A plan whose task numbers are Word's automatic numbering: Quý I counts 1–3, Quý II goes on
 * with 4–5, Quý III restarts at 1; a content cell's sub-items are an "a)" list; the owners, time
 * and note cells are merged down over the tasks they share.
 */
export function numberedPlanDocx(): Promise<Uint8Array> {
  const table: DocxTableSpec = {
    kind: 'table',
    columnWidths: WIDTHS,
    rows: [
      PLAN_COLUMNS.map((h) => ({ content: [{ text: h, bold: true, align: 'center' }] })),
      period('I', 'Quý I/2024'),
      [
        no(1),
        'Tổng kết công tác thi đua, khen thưởng năm 2023.',
        restart('Văn phòng Tỉnh Đoàn'),
        '15/01/2024',
        '',
      ],
      [
        no(1),
        {
          content: [
            'Phát động thi đua chào mừng 93 năm Ngày thành lập Đoàn:',
            { text: 'Hội thi tìm hiểu lịch sử Đoàn;', list: { num: 5 } },
            { text: 'Diễn đàn thanh niên.', list: { num: 5 } },
          ],
        },
        covered,
        restart('Tháng 3/2024'),
        '',
      ],
      [
        no(1),
        'Kiểm tra công tác thi đua tại các huyện.',
        { content: ['Ban Tổ chức - Kiểm tra', 'Thành Đoàn Cao Bằng'] },
        covered,
        'Báo cáo trước ngày 25/3',
      ],
      period('II', 'Quý II/2024'),
      [
        no(1),
        'Sơ kết công tác thi đua 6 tháng đầu năm.',
        'BTV Tỉnh Đoàn',
        'Tháng 6/2024',
        restart('Tổ chức tại Thành phố'),
      ],
      [
        no(1),
        'Xét, đề nghị khen thưởng chuyên đề.',
        'Ban Tổ chức - Kiểm tra',
        'Tháng 5, 6/2024',
        covered,
      ],
      period('III', 'Quý III/2024'),
      [no(2), 'Hướng dẫn đăng ký thi đua năm học mới.', 'Ban Thanh thiếu nhi trường học', '', ''],
    ],
  };
  return buildDocx(
    [
      ...headerBlocks(
        'Số: 12-KH/TĐTN-VP',
        'Cao Bằng, ngày 15 tháng 01 năm 2024',
        'KẾ HOẠCH',
        'Thực hiện công tác Thi đua, Khen thưởng năm 2024',
      ),
      'Căn cứ Luật Thi đua, Khen thưởng năm 2022;',
      { text: 'I- NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN', bold: true },
      table,
      { text: 'II- TỔ CHỨC THỰC HIỆN', bold: true },
      'Văn phòng Tỉnh Đoàn theo dõi, tổng hợp.',
      SIGNATURE,
    ],
    { lists: PLAN_LISTS },
  );
}

/** The tasks of the TCVN3 document: [Stt, content, owners paragraphs]. */
const TCVN3_TASKS: [string, string, string[]][] = [
  ['1', 'Tổng kết công tác thi đua, khen thưởng năm 2013.', ['Văn phòng Tỉnh Đoàn']],
  ['2', 'Hướng dẫn các đơn vị đăng ký thi đua năm 2014, ưu tiên cơ sở; gửi thư khen.', []],
  ['3', 'Xét khen thưởng các tập thể, cá nhân có thành tích xuất sắc.', ['Ban Tổ chức - Kiểm tra']],
];

/**
 * A plan typed in TCVN3 (.VnTime) and saved as .docx by Word, which writes the letter ư (the
 * soft hyphen of TCVN3) as <w:softHyphen/>. The first owners cell is merged over two tasks.
 */
export function tcvn3PlanDocx(): Promise<Uint8Array> {
  const t = (text: string): DocxBlockSpec => ({ text: toTcvn3(text), font: '.VnTime' });
  const cell = (text: string): DocxCellSpec => ({ content: [t(text)] });
  const rows: DocxCellSpec[][] = [
    ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện', 'Ghi chú'].map(cell),
    [cell('I'), { content: [t('Quý I/2014')], span: 3 }],
    ...TCVN3_TASKS.map(([n, content, owners], k): DocxCellSpec[] => [
      cell(n),
      cell(content),
      k === 0
        ? { content: owners.map(t), vMerge: 'restart' }
        : k === 1
          ? covered
          : { content: owners.map(t) },
      cell(k === 2 ? 'Trước ngày 30/3' : ''),
    ]),
  ];
  return buildDocx(
    [
      {
        kind: 'table',
        borderless: true,
        rows: [
          [
            { content: [t('BCH ĐOÀN TỈNH CAO BẰNG'), t('Số: 05-KH/TĐTN')] },
            { content: [t('ĐOÀN TNCS HỒ CHÍ MINH'), t('Cao Bằng, ngày 10 tháng 01 năm 2014')] },
          ],
        ],
      },
      t('KẾ HOẠCH'),
      t('Thực hiện công tác Thi đua, Khen thưởng năm 2014'),
      t('Căn cứ hướng dẫn của Trung ương Đoàn về công tác thi đua, khen thưởng;'),
      { kind: 'table', rows },
      t('Nơi nhận:'),
      t('- Lưu VP.'),
    ],
    { softHyphens: true },
  );
}

/**
 * One table per quarter with the quarter's heading as a paragraph between them, the task
 * numbers one Word list going on across the tables (7, 8, …), and the second quarter's table
 * continued after a page break as a new table without its header row.
 */
export function severalTablesDocx(): Promise<Uint8Array> {
  const header = ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời gian'].map(
    (h): DocxCellSpec => ({ content: [{ text: h, bold: true }] }),
  );
  const task = (content: string, owner: string, when: string): DocxCellSpec[] => [
    no(1),
    { content: [content] },
    { content: [owner] },
    { content: [when] },
  ];
  const lists: DocxLists = { abstracts: PLAN_LISTS.abstracts, nums: { 1: { abstract: 0 } } };
  return buildDocx(
    [
      ...headerBlocks(
        'Số: 31-KH/TĐTN-VP',
        'Cao Bằng, ngày 20 tháng 01 năm 2024',
        'KẾ HOẠCH',
        'Thực hiện công tác Thi đua, Khen thưởng năm 2024',
      ),
      { text: 'I. QUÝ I (Tháng 01 – 03/2024)', bold: true },
      {
        kind: 'table',
        rows: [
          header,
          task('Tổng kết năm 2023.', 'Văn phòng Tỉnh Đoàn', 'Tháng 01'),
          task('Phát động thi đua.', 'BTV Tỉnh Đoàn', 'Tháng 02'),
          task('Hội nghị cán bộ.', 'Ban Tổ chức - Kiểm tra', 'Tháng 3'),
        ],
      },
      { text: 'II. QUÝ II', bold: true },
      {
        kind: 'table',
        rows: [
          header,
          task('Sơ kết quý I.', 'Văn phòng Tỉnh Đoàn', 'Tháng 4'),
          task('Tháng Thanh niên.', 'Ban Tuyên giáo', 'Tháng 5'),
        ],
      },
      // the same table continued on the next page: Word users start a new table there
      { kind: 'table', rows: [task('Sơ kết 6 tháng.', 'BTV Tỉnh Đoàn', 'Tháng 6')] },
      { text: 'III. Quý III năm 2024', bold: true },
      {
        kind: 'table',
        rows: [header, task('Hướng dẫn năm học mới.', 'Ban Thanh thiếu nhi trường học', 'Tháng 8')],
      },
      SIGNATURE,
    ],
    { lists },
  );
}

/**
 * A work programme ("Chương trình công tác") whose first column, "Tháng", is merged down over
 * the tasks of each month, as such programmes are written.
 */
export function workProgrammeDocx(): Promise<Uint8Array> {
  const header = ['Tháng', 'TT', 'Nội dung công việc', 'Đơn vị chủ trì'].map((h): DocxCellSpec => ({
    content: [{ text: h, bold: true }],
  }));
  return buildDocx([
    ...headerBlocks(
      'Số: 40-CTr/TĐTN-VP',
      'Cao Bằng, ngày 05 tháng 01 năm 2024',
      'CHƯƠNG TRÌNH',
      'Công tác Đoàn và phong trào thanh thiếu nhi năm 2024',
    ),
    {
      kind: 'table',
      rows: [
        header,
        [restart('Tháng 01'), '1', 'Tổng kết công tác năm 2023.', 'Văn phòng Tỉnh Đoàn'],
        [covered, '2', 'Gặp mặt đầu xuân.', 'BTV Tỉnh Đoàn'],
        [restart('Tháng 02'), '3', 'Ra quân Tháng Thanh niên.', 'Ban Tuyên giáo'],
        [covered, '4', 'Kiểm tra cơ sở.', 'Ban Tổ chức - Kiểm tra'],
        [covered, '5', 'Hội nghị giao ban.', 'Văn phòng Tỉnh Đoàn'],
        [{ content: ['Tháng 3'] }, '6', 'Kỷ niệm ngày thành lập Đoàn.', 'BTV Tỉnh Đoàn'],
      ],
    },
    SIGNATURE,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Workbooks

/** A cell of the plan's sheet: text, a number, a date, or rich text. */
export type SheetCell =
  string | number | Date | { richText: { text: string; bold?: boolean }[] } | null;

/** The numbered plan's table as a sheet (task numbers typed, restarting each quarter). */
export const PLAN_SHEET_ROWS: SheetCell[][] = [
  ['KẾ HOẠCH'],
  ['Thực hiện công tác Thi đua, Khen thưởng năm 2024'],
  [],
  PLAN_COLUMNS,
  ['I', 'Quý I/2024'],
  [
    1,
    'Tổng kết công tác thi đua, khen thưởng năm 2023.',
    'Văn phòng Tỉnh Đoàn',
    new Date(Date.UTC(2024, 0, 15)),
    null,
  ],
  [
    2,
    'Phát động thi đua chào mừng 93 năm Ngày thành lập Đoàn:\na) Hội thi tìm hiểu lịch sử Đoàn;\nb) Diễn đàn thanh niên.',
    null,
    'Tháng 3/2024',
    null,
  ],
  [
    3,
    'Kiểm tra công tác thi đua tại các huyện.',
    'Ban Tổ chức - Kiểm tra\nThành Đoàn Cao Bằng',
    null,
    { richText: [{ text: 'Báo cáo ' }, { text: 'trước ngày 25/3', bold: true }] },
  ],
  ['II', 'Quý II/2024'],
  [
    1,
    'Sơ kết công tác thi đua 6 tháng đầu năm.',
    'BTV Tỉnh Đoàn',
    'Tháng 6/2024',
    'Tổ chức tại Thành phố',
  ],
  [2, 'Xét, đề nghị khen thưởng chuyên đề.', 'Ban Tổ chức - Kiểm tra', 'Tháng 5, 6/2024', null],
  ['III', 'Quý III/2024'],
  [1, 'Hướng dẫn đăng ký thi đua năm học mới.', 'Ban Thanh thiếu nhi trường học', null, null],
];

/** The merged areas of the plan's sheet, A1-style: period rows across, shared cells down. */
export const PLAN_SHEET_MERGES = [
  'A1:E1',
  'A2:E2',
  'B5:E5',
  'C6:C7',
  'D7:D8',
  'B9:E9',
  'E10:E11',
  'B12:E12',
];

function cellValue(v: SheetCell): ExcelJS.CellValue {
  if (v !== null && typeof v === 'object' && 'richText' in v) {
    return {
      richText: v.richText.map((r) => ({
        text: r.text,
        ...(r.bold ? { font: { bold: true } } : {}),
      })),
    };
  }
  return v;
}

/** Writes rows and merges to a sheet, dates with the dd/mm/yyyy format. */
export function fillSheet(
  ws: ExcelJS.Worksheet,
  rows: SheetCell[][],
  merges: readonly string[],
): void {
  rows.forEach((row, r) => {
    row.forEach((v, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = cellValue(v);
      if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  for (const m of merges) ws.mergeCells(m);
}

/**
 * The plan as a workbook: a first sheet of instructions (no task table), then the plan's sheet
 * with its merged cells, a date cell, numbers and rich text.
 */
export async function planWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const guide = wb.addWorksheet('Hướng dẫn');
  guide.getCell('A1').value = 'Bảng công việc ở trang "Kế hoạch 2024".';
  fillSheet(wb.addWorksheet('Kế hoạch 2024'), PLAN_SHEET_ROWS, PLAN_SHEET_MERGES);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A workbook of sheets none of which holds a task table. */
export async function workbookWithoutPlan(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const contacts = wb.addWorksheet('Danh bạ');
  contacts.addRow(['Họ và tên', 'Chức vụ', 'Điện thoại']);
  contacts.addRow(['Nông Thị Hoa', 'Phó Bí thư', '0206 3852 123']);
  wb.addWorksheet('Ghi chú').addRow(['Không có bảng kế hoạch ở đây.']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The work programme's table as a sheet, the month column merged down. */
export const PROGRAMME_SHEET_ROWS: SheetCell[][] = [
  ['Tháng', 'TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian'],
  [
    'Tháng 01/2024',
    1,
    'Tổng kết công tác năm 2023.',
    'Văn phòng Tỉnh Đoàn',
    new Date(Date.UTC(2024, 0, 10)),
  ],
  [null, 2, 'Gặp mặt đầu xuân.', 'BTV Tỉnh Đoàn', null],
  ['Tháng 02/2024', 3, 'Ra quân Tháng Thanh niên.', 'Ban Tuyên giáo', null],
  [null, 4, 'Kiểm tra cơ sở.', 'Ban Tổ chức - Kiểm tra', null],
];
export const PROGRAMME_SHEET_MERGES = ['A2:A3', 'A4:A5', 'E2:E3'];

/** Encodes text in the Vietnamese Windows code page (1258), as Excel's "CSV (Comma delimited)". */
export function toWindows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // a base letter with its circumflex, breve or horn, then the tone as a combining mark
    const [base, ...marks] = [...ch.normalize('NFD')];
    const shape = marks.filter((m) => /[\u0302\u0306\u031b]/.test(m)).join('');
    const tones = marks.filter((m) => !/[\u0302\u0306\u031b]/.test(m));
    const letter = `${base}${shape}`.normalize('NFC');
    const together = `${letter}${tones.join('')}`.normalize('NFC');
    const pieces = table.has(together) ? [together] : [letter, ...tones];
    for (const c of pieces) {
      const b = c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : table.get(c);
      if (b === undefined) throw new Error(`not in code page 1258: ${c}`);
      out.push(b);
    }
  }
  return new Uint8Array(out);
}

export { TCVN3_TASKS };
