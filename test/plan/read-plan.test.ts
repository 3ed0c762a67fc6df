import * as fs from 'fs';
import { readPlanBytes, readPlanGrid, readPlanText } from '../../shared/plan/read';
import type { Plan } from '../../shared/plan/model';
import type { Result } from '../../shared/errors/result';
import { buildPlanDocx, samplePlanDescription } from '../helpers/docx-builder';
import type { PlanDescription } from '../helpers/docx-builder';
import { SAMPLE, SHARED_SAMPLE } from '../helpers/paths';

function value(r: Result<Plan>): Plan {
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
  return r.value;
}

const sampleText = fs.readFileSync(SAMPLE, 'utf8');

/** Periods and tasks: what must come out the same from every form of the document. */
function body(plan: Plan): unknown {
  return plan.periods;
}

/** The plan's table as a user pastes it into a sheet: one row per period or task. */
function sampleGrid(d: PlanDescription): string[][] {
  const grid: string[][] = [
    [d.header.issuer, '', d.header.union, ''],
    [d.header.number, '', d.header.placeDate, ''],
    [d.kind, '', '', ''],
    [d.title.join(' '), '', '', ''],
    ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện', 'Ghi chú'],
  ];
  for (const p of d.periods) {
    grid.push([p.no, p.label, '', '']);
    for (const t of p.tasks) {
      grid.push([t.no, t.content.join('\n'), t.owners.join('\n'), (t.note ?? []).join('\n')]);
    }
  }
  return grid;
}

describe('the sample plan of Cao Bằng, 2014', () => {
  const plan = value(readPlanText(sampleText));

  it('is the same file as ../shared/samples', () => {
    if (fs.existsSync(SHARED_SAMPLE))
      expect(fs.readFileSync(SHARED_SAMPLE, 'utf8')).toBe(sampleText);
  });

  it('reads the header: number, date, issuer, kind and title', () => {
    expect(plan.document).toEqual({
      issuer: 'BCH ĐOÀN TỈNH CAO BẰNG',
      parent: 'ĐOÀN TNCS HỒ CHÍ MINH',
      number: '73-KH/TĐTN-VP',
      place: 'Cao Bằng',
      date: '2014-04-07',
      kind: 'KẾ HOẠCH',
      title: 'Thực hiện công tác Thi đua, Khen thưởng năm 2014',
      year: 2014,
    });
  });

  it('reads the six "Căn cứ" bases', () => {
    expect(plan.bases).toHaveLength(6);
    expect(plan.bases.every((b) => b.startsWith('Căn cứ'))).toBe(true);
    expect(plan.bases[5]).toMatch(/như sau:$/);
  });

  it('reads four quarters of 10, 9, 5 and 6 tasks', () => {
    expect(plan.periods.map((p) => [p.key, p.label, p.start, p.end, p.tasks.length])).toEqual([
      ['2014-Q1', 'Quý I/2014', '2014-01-01', '2014-03-31', 10],
      ['2014-Q2', 'Quý II/2014', '2014-04-01', '2014-06-30', 9],
      ['2014-Q3', 'Quý III/2014', '2014-07-01', '2014-09-30', 5],
      ['2014-Q4', 'Quý IV/2014', '2014-10-01', '2014-12-31', 6],
    ]);
  });

  it('splits the parties of task 1 of Quý I into the standing committee and the group phrase', () => {
    const t = plan.periods[0]!.tasks[0]!;
    expect(t).toEqual({
      id: '2014-Q1-01',
      no: 1,
      content: 'Tổng kết công tác thi đua, khen thưởng năm 2013.',
      owners: ['BTV Tỉnh Đoàn', 'Các huyện, Thành Đoàn và Đoàn trực thuộc'],
      support: [],
      when: null,
      note: '',
    });
  });

  it('puts the co-operating department of task 2 of Quý III in support', () => {
    const t = plan.periods[2]!.tasks[1]!;
    expect(t.owners).toEqual(['Văn phòng Tỉnh Đoàn Cao Bằng']);
    expect(t.support).toEqual(['Ban TTN – TH']);
  });

  it('keeps the comma of "Hội đồng Thi đua, Khen thưởng" and the group phrase whole', () => {
    expect(plan.periods[0]!.tasks[5]!.owners).toEqual([
      'Hội đồng Thi đua, Khen thưởng cơ quan Tỉnh Đoàn',
      'BTV Tỉnh Đoàn',
      'các huyện, Thành Đoàn và Đoàn trực thuộc',
    ]);
    expect(plan.periods[0]!.tasks[4]!.owners).toEqual(['Các đ/c phụ trách công tác TĐKT']);
  });

  it('gives every task an id unique in the plan', () => {
    const ids = plan.periods.flatMap((p) => p.tasks.map((t) => t.id));
    expect(new Set(ids).size).toBe(30);
  });

  it('reads section II, the seven recipients and the signature', () => {
    expect(plan.taskSection).toEqual({
      no: 'I',
      title: 'NỘI DUNG, THỜI GIAN VÀ TỔ CHỨC THỰC HIỆN',
    });
    expect(
      plan.sections.map((s) => [s.no, s.title, s.items.map((i) => [i.no, i.points.length])]),
    ).toEqual([
      [
        'II',
        'TỔ CHỨC THỰC HIỆN',
        [
          ['1', 5],
          ['2', 2],
        ],
      ],
    ]);
    expect(plan.recipients).toHaveLength(7);
    expect(plan.recipients[0]).toBe('Sở Nội vụ (báo cáo)');
    expect(plan.signature).toEqual({
      onBehalfOf: 'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN',
      title: 'BÍ THƯ',
      name: 'Bế Đăng Khoa',
      signed: true,
    });
  });

  it('reads the same from NFD text with CRLF line ends', () => {
    const nfd = sampleText.normalize('NFD').replace(/\n/g, '\r\n');
    const other = value(readPlanText(nfd));
    expect(other).toEqual(plan);
    expect(JSON.stringify(other)).toBe(JSON.stringify(other).normalize('NFC'));
  });

  it('reads the same from UTF-8 bytes with a byte order mark', async () => {
    const bytes = new TextEncoder().encode(`\ufeff${sampleText}`);
    expect(value(await readPlanBytes(bytes, 'ke-hoach.txt'))).toEqual(plan);
  });

  it('reads the same periods and tasks from a real Word document', async () => {
    const docx = await buildPlanDocx(samplePlanDescription());
    const fromDocx = value(await readPlanBytes(docx, 'ke-hoach.docx'));
    expect(body(fromDocx)).toEqual(body(plan));
    expect(fromDocx.document).toEqual(plan.document);
    expect(fromDocx.bases).toEqual(plan.bases.map((b) => b.trim()));
    expect(fromDocx.recipients).toEqual(plan.recipients);
    expect(fromDocx.signature).toEqual(plan.signature);
  });

  it('reads the same from a Word document whose period rows are merged across the table', async () => {
    const docx = await buildPlanDocx(samplePlanDescription(), { periodRow: 'merged' });
    expect(body(value(await readPlanBytes(docx)))).toEqual(body(plan));
  });

  it('gives every task its parties when Word merged the "Chỉ đạo, thực hiện" cell over several', async () => {
    const docx = await buildPlanDocx(samplePlanDescription(), { mergeEqualCells: ['owners'] });
    expect(body(value(await readPlanBytes(docx)))).toEqual(body(plan));
  });

  it('reads the same periods and tasks from the table pasted as a grid', () => {
    const fromGrid = value(readPlanGrid(sampleGrid(samplePlanDescription())));
    expect(body(fromGrid)).toEqual(body(plan));
    expect(fromGrid.document.number).toBe('73-KH/TĐTN-VP');
  });

  it('reads a grid whose multi-paragraph cells Excel split over several rows', () => {
    const grid: string[][] = [
      ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện', 'Ghi chú'],
      ['I', 'Quý I/2014', '', ''],
    ];
    grid.push(['1', 'Tổng kết công tác thi đua, khen thưởng năm 2013.', '- BTV Tỉnh Đoàn.', '']);
    grid.push(['', '', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.', '']);
    const p = value(readPlanGrid(grid));
    expect(p.periods[0]!.tasks[0]!.owners).toEqual([
      'BTV Tỉnh Đoàn',
      'Các huyện, Thành Đoàn và Đoàn trực thuộc',
    ]);
    expect(p.document.year).toBe(2014);
  });
});

describe('a title with no rule under it', () => {
  const head = [
    'BAN CHẤP HÀNH TỈNH ĐOÀN THÁI BÌNH',
    'Số: 112-KH/TĐTN-TCKT',
    'ĐOÀN TNCS HỒ CHÍ MINH',
    'Thái Bình, ngày 15 tháng 01 năm 2025',
    '',
    'KẾ HOẠCH',
    'Thực hiện công tác thi đua, khen thưởng',
    'năm 2025',
    '',
  ];
  const table = [
    '',
    'STT\tNội dung công việc\tĐơn vị thực hiện\tGhi chú',
    'I\tQuý I/2025',
    '1\tPhát động thi đua năm 2025\tVăn phòng Tỉnh Đoàn\t',
  ];
  const opening =
    'Ban Thường vụ Tỉnh Đoàn xây dựng kế hoạch thực hiện công tác thi đua, khen thưởng năm 2025 như sau:';

  it('ends where dashed bases start', () => {
    const plan = value(
      readPlanText(
        [
          ...head,
          '- Căn cứ Luật Thi đua, khen thưởng năm 2022;',
          '- Căn cứ Hướng dẫn số 20-HD/TWĐTN-VP ngày 10/12/2024 của Ban Bí thư Trung ương Đoàn;',
          opening,
          ...table,
        ].join('\n'),
      ),
    );
    expect(plan.document.title).toBe('Thực hiện công tác thi đua, khen thưởng năm 2025');
    expect(plan.bases).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng năm 2022;',
      'Căn cứ Hướng dẫn số 20-HD/TWĐTN-VP ngày 10/12/2024 của Ban Bí thư Trung ương Đoàn;',
    ]);
  });

  it('ends where numbered bases start ("1. Căn cứ …"), and the bases lose their numbers', () => {
    const plan = value(
      readPlanText(
        [
          ...head,
          '1. Căn cứ Luật Thi đua, khen thưởng năm 2022;',
          '2) Căn cứ Hướng dẫn số 20-HD/TWĐTN-VP ngày 10/12/2024 của Ban Bí thư Trung ương Đoàn;',
          'a) Căn cứ Chương trình công tác Đoàn năm 2025;',
          opening,
          ...table,
        ].join('\n'),
      ),
    );
    expect(plan.document.title).toBe('Thực hiện công tác thi đua, khen thưởng năm 2025');
    expect(plan.bases).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng năm 2022;',
      'Căn cứ Hướng dẫn số 20-HD/TWĐTN-VP ngày 10/12/2024 của Ban Bí thư Trung ương Đoàn;',
      'Căn cứ Chương trình công tác Đoàn năm 2025;',
    ]);
  });

  it('takes an opening sentence that names the programme it carries out, and whose, as the basis', () => {
    const carries =
      'Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2025 của Ban Thường vụ Tỉnh Đoàn, Văn phòng xây dựng kế hoạch công tác năm 2025 như sau:';
    const plan = value(readPlanText([...head, carries, ...table].join('\n')));
    expect(plan.document.title).toBe('Thực hiện công tác thi đua, khen thưởng năm 2025');
    expect(plan.bases).toEqual([carries]);
  });

  it('ends before an opening sentence that ends in a colon, when there are no bases', () => {
    const plan = value(readPlanText([...head, opening, ...table].join('\n')));
    expect(plan.document.title).toBe('Thực hiện công tác thi đua, khen thưởng năm 2025');
    expect(plan.bases).toEqual([]);
    expect(plan.periods[0]!.tasks).toHaveLength(1);
  });
});

describe('a Word table as text, its tasks numbered under their period ("1.1", "1.2")', () => {
  const cells = (...row: string[]): string[] => [...row.map((c) => `\t${c}`), ''];
  const text = [
    'KẾ HOẠCH',
    'Tổ chức phong trào thi đua năm 2025',
    '',
    ...cells('STT', 'Nội dung công việc', 'Chỉ đạo, thực hiện', 'Thời gian', 'Ghi chú'),
    ...cells('1', 'Từ tháng 01 đến tháng 6'),
    ...cells('1.1', 'Phát động phong trào thi đua.', 'BCH Đoàn Sở', 'Tháng 02', ''),
    ...cells('1.2', 'Hiến máu tình nguyện.', 'Các chi đoàn trực thuộc', 'Tháng 4', ''),
    ...cells('2', 'Từ tháng 7 đến tháng 12'),
    ...cells('2.1', 'Tổng kết phong trào.', 'BCH Đoàn Sở', 'Tháng 12', 'Trước 20/12'),
  ].join('\n');

  it('starts a row at each sub-number, so the period rows stay period rows', () => {
    const plan = value(readPlanText(text));
    expect(
      plan.periods.map((p) => [
        p.key,
        p.label,
        p.tasks.map((t) => [t.no, t.content, t.owners, t.when, t.note]),
      ]),
    ).toEqual([
      [
        '2025-H1',
        'Từ tháng 01 đến tháng 6',
        [
          [1, 'Phát động phong trào thi đua.', ['BCH Đoàn Sở'], 'Tháng 02', ''],
          [2, 'Hiến máu tình nguyện.', ['Các chi đoàn trực thuộc'], 'Tháng 4', ''],
        ],
      ],
      [
        '2025-H2',
        'Từ tháng 7 đến tháng 12',
        [[1, 'Tổng kết phong trào.', ['BCH Đoàn Sở'], 'Tháng 12', 'Trước 20/12']],
      ],
    ]);
  });

  it('does the same with no blank line between the rows', () => {
    const plan = value(readPlanText(text.replace(/\n(?=\n)/g, '')));
    expect(plan.periods.map((p) => [p.key, p.tasks.length])).toEqual([
      ['2025-H1', 2],
      ['2025-H2', 1],
    ]);
  });
});

describe('the signature', () => {
  it.each([
    ['T/M BCH ĐOÀN TRƯỜNG', 'T/M BCH ĐOÀN TRƯỜNG'],
    ['TM BAN THƯỜNG VỤ HUYỆN ĐOÀN', 'TM BAN THƯỜNG VỤ HUYỆN ĐOÀN'],
    ['TM. BAN CHẤP HÀNH', 'TM. BAN CHẤP HÀNH'],
  ])('"%s" is whom the signer acts for, not the signer\'s title', (lead, onBehalfOf) => {
    const plan = value(
      readPlanText(
        [
          'KẾ HOẠCH',
          'Thi đua năm 2025',
          '',
          'STT\tNội dung công việc\tĐơn vị thực hiện',
          'I\tQuý I/2025',
          '1\tPhát động thi đua năm 2025\tVăn phòng',
          '',
          'Nơi nhận:',
          '- Lưu VP.',
          lead,
          'BÍ THƯ',
          'Ngô Thị Thu',
        ].join('\n'),
      ),
    );
    expect(plan.signature).toEqual({
      onBehalfOf,
      title: 'BÍ THƯ',
      name: 'Ngô Thị Thu',
      signed: false,
    });
  });
});

describe('a typed plan whose tasks are marked by dashes, not numbers', () => {
  const text = [
    'CHI ĐOÀN CƠ QUAN UBND HUYỆN',
    'Số: 02-KH/CĐ',
    'Hòa Vang, ngày 10 tháng 01 năm 2025',
    'KẾ HOẠCH',
    'Hoạt động của Chi đoàn năm 2025',
    '----',
    'Quý I/2025',
    '- Tổ chức sinh hoạt chi đoàn đầu năm.',
    'Thực hiện: Ban Chấp hành Chi đoàn',
    '- Tham gia Ngày hội hiến máu:',
    '+ Vận động đoàn viên đăng ký;',
    '+ Hiến máu tại Trung tâm Y tế huyện.',
    '- Văn phòng HĐND và UBND huyện; Chi đoàn Công an huyện.',
    'Quý II/2025',
    '- Sơ kết 6 tháng.',
    'Thực hiện: Bí thư Chi đoàn',
    'Nơi nhận:',
    '- Lưu.',
  ].join('\n');

  it('reads each dashed line as a task, "+" lines as its parts and a dashed list of parties as its owners', () => {
    const plan = value(readPlanText(text));
    expect(
      plan.periods.map((p) => [p.key, p.tasks.map((t) => [t.no, t.content, t.owners])]),
    ).toEqual([
      [
        '2025-Q1',
        [
          [1, 'Tổ chức sinh hoạt chi đoàn đầu năm.', ['Ban Chấp hành Chi đoàn']],
          [
            2,
            'Tham gia Ngày hội hiến máu:\n+ Vận động đoàn viên đăng ký;\n+ Hiến máu tại Trung tâm Y tế huyện.',
            ['Văn phòng HĐND và UBND huyện', 'Chi đoàn Công an huyện'],
          ],
        ],
      ],
      ['2025-Q2', [[1, 'Sơ kết 6 tháng.', ['Bí thư Chi đoàn']]]],
    ]);
  });
});
