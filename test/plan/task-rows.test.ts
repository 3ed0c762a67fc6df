/**
 * The rules for the kind of task table, on small tables as offices paste them: when a "Tháng" or
 * "Thời gian" column holds the tasks' periods and when it holds their own time, and what an
 * empty cell means where the merges are not known.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Plan } from '../../shared/plan/model';
import { PLANS } from '../helpers/paths';
import { readPlanGrid, readPlanText } from '../../shared/plan/read';

function read(grid: string[][]): { plan: Plan; notes: string[] } {
  const r = readPlanGrid([['KẾ HOẠCH'], ['Công tác thi đua, khen thưởng năm 2024'], ...grid]);
  if (!r.ok) throw new Error(r.problems[0]?.en);
  return { plan: r.value, notes: r.warnings.map((w) => w.en) };
}

const periods = (p: Plan) =>
  p.periods.map((x) => [x.key, x.label, x.tasks.map((t) => [t.no, t.owners, t.when])]);

describe('a time column', () => {
  it('holds the periods when each of its values names a whole period and no heading governs', () => {
    const { plan, notes } = read([
      ['Thời gian', 'TT', 'Nội dung', 'Chủ trì'],
      ['Tháng 01', '1', 'Hội nghị Ban Chấp hành', 'Ban Thường vụ'],
      ['', '2', 'Ra quân Tháng Thanh niên', 'Văn phòng'],
      ['Quý II', '3', 'Sơ kết 6 tháng', 'Văn phòng'],
      ['Thường xuyên', '4', 'Cập nhật phần mềm quản lý đoàn viên', 'Văn phòng'],
    ]);
    expect(periods(plan)).toEqual([
      [
        '2024-M01',
        'Tháng 01',
        [
          [1, ['Ban Thường vụ'], null],
          [2, ['Văn phòng'], null],
        ],
      ],
      ['2024-Q2', 'Quý II', [[3, ['Văn phòng'], null]]],
      ['2024', 'Thường xuyên', [[4, ['Văn phòng'], null]]],
    ]);
    expect(notes).toEqual([]);
  });

  it('is the task’s own time when a value names no whole period ("15/02/2024"), which puts the task in the quarter it ends in', () => {
    const { plan, notes } = read([
      ['Thời gian', 'TT', 'Nội dung', 'Chủ trì'],
      ['Tháng 01', '1', 'Hội nghị Ban Chấp hành', 'Ban Thường vụ'],
      ['15/02/2024', '2', 'Ra quân Tháng Thanh niên', 'Văn phòng'],
      ['Tháng 3 - 5', '3', 'Hội thi tin học trẻ', 'Ban Phong trào'],
      ['Cả năm', '4', 'Tuyên truyền gương điển hình', 'Ban Tuyên giáo'],
    ]);
    expect(periods(plan)).toEqual([
      [
        '2024-Q1',
        'Quý I/2024',
        [
          [1, ['Ban Thường vụ'], 'Tháng 01'],
          [2, ['Văn phòng'], '15/02/2024'],
        ],
      ],
      ['2024-Q2', 'Quý II/2024', [[3, ['Ban Phong trào'], 'Tháng 3 - 5']]],
      ['2024', 'Cả năm 2024', [[4, ['Ban Tuyên giáo'], 'Cả năm']]],
    ]);
    expect(notes).toEqual([
      'The task table has no period rows (quarter, month); each task was put in a period by its own time: Quý I/2024 (2), Quý II/2024 (1), Cả năm 2024 (1). Check them.',
    ]);
  });

  it('puts the tasks of a table with no period rows in the periods of their own time, keeping their topic', () => {
    const { plan } = read([
      ['TT', 'Nội dung', 'Thời gian', 'Đơn vị chủ trì'],
      ['A', 'CÔNG TÁC TUYÊN TRUYỀN', '', ''],
      ['1', 'Tuyên truyền Luật Thi đua, Khen thưởng', 'Quý I', 'Ban Tuyên giáo'],
      ['2', 'Chuyên mục gương sáng', 'Thường xuyên', 'Ban Tuyên giáo'],
      ['B', 'CÔNG TÁC KHEN THƯỞNG', '', ''],
      ['3', 'Xét Giải thưởng Lý Tự Trọng', 'Tháng 3/2024', 'Ban Tổ chức - Kiểm tra'],
      ['4', 'Khen thưởng Chiến dịch hè', 'Tháng 6, 7/2024', 'Văn phòng'],
    ]);
    expect(plan.periods.map((p) => [p.key, p.tasks.map((t) => [t.id, t.group ?? null])])).toEqual([
      [
        '2024-Q1',
        [
          ['2024-Q1-01', 'CÔNG TÁC TUYÊN TRUYỀN'],
          ['2024-Q1-03', 'CÔNG TÁC KHEN THƯỞNG'],
        ],
      ],
      ['2024-Q3', [['2024-Q3-04', 'CÔNG TÁC KHEN THƯỞNG']]],
      ['2024', [['2024-02', 'CÔNG TÁC TUYÊN TRUYỀN']]],
    ]);
  });

  it('is the task’s own time in a table that has period rows', () => {
    const { plan } = read([
      ['TT', 'Nội dung', 'Chủ trì', 'Tháng'],
      ['I', 'Quý I', '', ''],
      ['1', 'Hội nghị Ban Chấp hành', 'Ban Thường vụ', 'Tháng 01'],
      ['2', 'Ra quân Tháng Thanh niên', 'Văn phòng', 'Tháng 3'],
    ]);
    expect(periods(plan)).toEqual([
      [
        '2024-Q1',
        'Quý I',
        [
          [1, ['Ban Thường vụ'], 'Tháng 01'],
          [2, ['Văn phòng'], 'Tháng 3'],
        ],
      ],
    ]);
  });
});

describe('an empty cell where merges are not known', () => {
  it('under a filled responsible or time cell of the same period is the lower part of a merge, with one note', () => {
    const { plan, notes } = read([
      ['TT', 'Nội dung', 'Chỉ đạo, thực hiện', 'Thời gian', 'Ghi chú'],
      ['I', 'Quý I', '', '', ''],
      ['1', 'Hội nghị Ban Chấp hành', 'Ban Thường vụ', 'Tháng 01', 'Tại hội trường'],
      ['2', 'Tổng kết năm 2023', '', '', ''],
      ['3', 'Ký kết giao ước thi đua', '', 'Tháng 3', ''],
      ['II', 'Quý II', '', '', ''],
      ['1', 'Sơ kết 6 tháng', '', 'Tháng 6', ''],
    ]);
    expect(periods(plan)).toEqual([
      [
        '2024-Q1',
        'Quý I',
        [
          [1, ['Ban Thường vụ'], 'Tháng 01'],
          [2, ['Ban Thường vụ'], 'Tháng 01'],
          [3, ['Ban Thường vụ'], 'Tháng 3'],
        ],
      ],
      ['2024-Q2', 'Quý II', [[1, [], 'Tháng 6']]],
    ]);
    // the note is not carried down: an empty note is an empty note
    expect(plan.periods[0]!.tasks.map((t) => t.note)).toEqual(['Tại hội trường', '', '']);
    expect(notes).toEqual([
      'The empty "Chỉ đạo, thực hiện" cells at lines 6–7 were read as the lower part of the merged cell above (the document does not show merges): those tasks take the same as the task above. Check them.',
      'The empty "Thời gian" cells at line 6 were read as the lower part of the merged cell above (the document does not show merges): those tasks take the same as the task above. Check them.',
    ]);
  });
});

describe('which tables hold the tasks', () => {
  it('reads the table laid out by period, and lists a table of targets in another section', () => {
    const text = fs.readFileSync(
      path.join(PLANS, 'ke-hoach-2024-chi-tieu-va-cong-viec.txt'),
      'utf8',
    );
    const r = readPlanText(text);
    if (!r.ok) throw new Error(r.problems[0]?.en);
    expect(r.value.periods.map((p) => [p.key, p.tasks.map((t) => t.content)])).toEqual([
      ['2024-Q1', ['Tổng kết năm 2023']],
    ]);
    expect(r.warnings.map((w) => [w.code, w.at, w.en])).toEqual([
      [
        'taskTableNotRead',
        { table: 1 },
        'This table (3 rows, under "I. CHỈ TIÊU THI ĐUA") has a task table\'s header but stands in another section of the document; its rows were not read as tasks.',
      ],
    ]);
  });
});

describe('two headings of the same period', () => {
  const grid = (secondNo: string, label: string) => [
    ['TT', 'Nội dung', 'Chủ trì'],
    ['I', 'Nhiệm vụ thường xuyên', ''],
    ['1', 'Theo dõi số liệu thi đua', 'Văn phòng'],
    ['II', 'Quý IV', ''],
    ['1', 'Tổng kết năm', 'Ban Thường vụ'],
    ['III', label, ''],
    [secondNo, 'Nhân rộng điển hình tiên tiến', 'Ban Tuyên giáo'],
  ];

  it('are one period when the second numbers its tasks on from the first, with a note', () => {
    const { plan, notes } = read(grid('2', 'Công việc thường xuyên'));
    expect(plan.periods.map((p) => [p.key, p.label, p.tasks.map((t) => t.id)])).toEqual([
      ['2024', 'Nhiệm vụ thường xuyên', ['2024-01', '2024-02']],
      ['2024-Q4', 'Quý IV', ['2024-Q4-01']],
    ]);
    expect(notes).toEqual([
      'The period "Công việc thường xuyên" is the same time as the period "Nhiệm vụ thường xuyên" above (01/01/2024 – 31/12/2024); the tasks of both were put in "Nhiệm vụ thường xuyên".',
    ]);
  });

  it('are kept apart, with the same dates, when the second numbers its tasks from 1 again', () => {
    const { plan, notes } = read(grid('1', 'Công việc thường xuyên'));
    expect(plan.periods.map((p) => [p.key, p.label, p.start, p.end])).toEqual([
      ['2024', 'Nhiệm vụ thường xuyên', '2024-01-01', '2024-12-31'],
      ['2024-Q4', 'Quý IV', '2024-10-01', '2024-12-31'],
      ['P3', 'Công việc thường xuyên', '2024-01-01', '2024-12-31'],
    ]);
    expect(notes).toEqual([
      'The period "Công việc thường xuyên" is the same time as the period "Nhiệm vụ thường xuyên" above (01/01/2024 – 31/12/2024) but numbers its tasks from 1 again; the two are kept apart.',
    ]);
  });
});

describe('period rows numbered in digits', () => {
  it('"1 | QUÝ I" over tasks "1.1", "1.2" is the period row, not a task', () => {
    const { plan, notes } = read([
      ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'],
      ['1', 'QUÝ I', '', '', ''],
      ['1.1', 'Phát động phong trào thi đua', 'Văn phòng', 'Các ban', 'Tháng 2/2024'],
      ['1.2', 'Đăng ký thi đua', 'Các đơn vị', '', '15/3/2024'],
      ['2', 'QUÝ II', '', '', ''],
      ['2.1', 'Sơ kết 6 tháng', 'Văn phòng', 'Ban Tổ chức', '30/6/2024'],
      ['3.', '6 THÁNG CUỐI NĂM', '', '', ''],
      ['3.1', 'Tổng kết năm', 'Văn phòng', '', 'Tháng 12/2024'],
    ]);
    expect(periods(plan)).toEqual([
      [
        '2024-Q1',
        'QUÝ I',
        [
          [1, ['Văn phòng'], 'Tháng 2/2024'],
          [2, ['Các đơn vị'], '15/3/2024'],
        ],
      ],
      ['2024-Q2', 'QUÝ II', [[1, ['Văn phòng'], '30/6/2024']]],
      ['2024-H2', '6 THÁNG CUỐI NĂM', [[1, ['Văn phòng'], 'Tháng 12/2024']]],
    ]);
    expect(notes).toEqual([]);
  });

  it('a task numbered in digits whose content only starts like a period stays a task', () => {
    const { plan } = read([
      ['TT', 'Nội dung', 'Chủ trì'],
      ['I', 'Quý I', ''],
      ['1', 'Quý I: tổng kết công tác thi đua năm trước', 'Văn phòng'],
    ]);
    expect(periods(plan)).toEqual([['2024-Q1', 'Quý I', [[1, ['Văn phòng'], null]]]]);
  });
});

describe('a numbered heading row whose label stands in a cell merged across the columns', () => {
  it('is the period row wherever its cell starts ("A | HỌC KỲ I" where "Thời gian" comes before "Nội dung")', () => {
    const { plan, notes } = read([
      ['Số TT', 'Thời gian', 'Nội dung công việc', 'Bộ phận phụ trách', 'Ghi chú'],
      ['A', 'QUÝ I'],
      ['1', 'Tháng 01/2024', 'Phát động thi đua năm 2024', 'Ban Chấp hành', ''],
      ['2', 'Tháng 3/2024', 'Kết nạp đoàn viên mới', 'Ban Thường vụ', 'Dịp 26/3'],
      ['B', 'QUÝ II'],
      ['3', 'Tháng 5/2024', 'Sơ kết 6 tháng', 'Ban Thường vụ', ''],
      ['4.', '6 THÁNG CUỐI NĂM'],
      ['4.1', 'Tháng 12/2024', 'Tổng kết năm', 'Ban Chấp hành', ''],
    ]);
    expect(periods(plan)).toEqual([
      [
        '2024-Q1',
        'QUÝ I',
        [
          [1, ['Ban Chấp hành'], 'Tháng 01/2024'],
          [2, ['Ban Thường vụ'], 'Tháng 3/2024'],
        ],
      ],
      ['2024-Q2', 'QUÝ II', [[3, ['Ban Thường vụ'], 'Tháng 5/2024']]],
      ['2024-H2', '6 THÁNG CUỐI NĂM', [[1, ['Ban Chấp hành'], 'Tháng 12/2024']]],
    ]);
    expect(notes).toEqual([]);
  });

  it('a task whose only filled cell besides its number is its time stays a task row, skipped for its missing content', () => {
    const { plan, notes } = read([
      ['TT', 'Thời gian', 'Nội dung', 'Chủ trì'],
      ['I', 'Quý I', '', ''],
      ['1', 'Tháng 02/2024', 'Ra quân Tháng Thanh niên', 'Văn phòng'],
      ['2', 'Tháng 3/2024', '', ''],
    ]);
    expect(periods(plan)).toEqual([['2024-Q1', 'Quý I', [[1, ['Văn phòng'], 'Tháng 02/2024']]]]);
    expect(notes).toEqual(['The row numbered "2" has no task content; the row was skipped.']);
  });
});

describe('column headers as offices word them', () => {
  it('reads "T.T", "Tên hoạt động", "Cơ quan chủ trì", "Bộ phận tham mưu" and "Hạn hoàn thành"', () => {
    const { plan, notes } = read([
      ['T.T', 'Tên hoạt động', 'Cơ quan chủ trì', 'Bộ phận tham mưu', 'Hạn hoàn thành'],
      ['I', 'QUÝ I'],
      ['1', 'Ký kết giao ước thi đua', 'Ban Thường vụ Tỉnh Đoàn', 'Văn phòng', '28/02/2024'],
      ['2', 'Hội nghị cụm thi đua', 'Các cụm thi đua', 'Văn phòng; Ban Tổ chức', '15/3/2024'],
    ]);
    expect(periods(plan)).toEqual([
      [
        '2024-Q1',
        'QUÝ I',
        [
          [1, ['Ban Thường vụ Tỉnh Đoàn', 'Văn phòng'], '28/02/2024'],
          [2, ['Các cụm thi đua', 'Văn phòng', 'Ban Tổ chức'], '15/3/2024'],
        ],
      ],
    ]);
    expect(notes).toEqual([]);
  });
});

describe('rows lettered under a numbered task', () => {
  it('"a", "b)" under task "1" are parts of it, with their parties and times, and the numbers stay those printed', () => {
    const { plan, notes } = read([
      ['TT', 'Nội dung', 'Đơn vị thực hiện', 'Thời gian'],
      ['I', 'QUÝ I', '', ''],
      ['1', 'Tổ chức Tháng Thanh niên:', 'BTV Huyện Đoàn', 'Tháng 3'],
      ['a', 'Lễ ra quân', 'Các cơ sở Đoàn', '02/3'],
      ['b)', 'Hiến máu tình nguyện', 'Đoàn xã Tân Phú', '15/3'],
      ['2', 'Kết nạp đoàn viên', 'Các cơ sở Đoàn', '26/3'],
    ]);
    expect(plan.periods[0]!.tasks.map((t) => [t.no, t.content, t.owners, t.when])).toEqual([
      [
        1,
        'Tổ chức Tháng Thanh niên:\na) Lễ ra quân\nb) Hiến máu tình nguyện',
        ['BTV Huyện Đoàn', 'Các cơ sở Đoàn', 'Đoàn xã Tân Phú'],
        'Tháng 3\n02/3\n15/3',
      ],
      [2, 'Kết nạp đoàn viên', ['Các cơ sở Đoàn'], '26/3'],
    ]);
    expect(notes).toEqual([]);
  });

  it('tasks lettered from the start ("a", "b") stay tasks', () => {
    const { plan } = read([
      ['TT', 'Nội dung', 'Đơn vị thực hiện'],
      ['I', 'QUÝ I', ''],
      ['a', 'Lễ ra quân', 'Các cơ sở Đoàn'],
      ['b', 'Hiến máu tình nguyện', 'Đoàn xã Tân Phú'],
    ]);
    expect(plan.periods[0]!.tasks.map((t) => [t.no, t.content])).toEqual([
      [1, 'Lễ ra quân'],
      [2, 'Hiến máu tình nguyện'],
    ]);
  });
});

describe('a time column in two under its header', () => {
  it('"Bắt đầu | Kết thúc" under "Thời gian thực hiện" is a header row, and both dates are the task’s time', () => {
    const { plan, notes } = read([
      ['STT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời gian thực hiện', '', 'Ghi chú'],
      ['', '', '', 'Bắt đầu', 'Kết thúc', ''],
      ['I', 'QUÝ I', '', '', '', ''],
      ['1', 'Tổng kết năm 2024', 'BTV', '05/01/2024', '20/01/2024', ''],
    ]);
    expect(periods(plan)).toEqual([['2024-Q1', 'QUÝ I', [[1, ['BTV'], '05/01/2024\n20/01/2024']]]]);
    expect(notes).toEqual([]);
  });
});
