import { deadlineFromWhen } from '../../shared/tracking/deadline';
import { readStatus } from '../../shared/tracking/status';
import { matchTasks, similarity } from '../../shared/book/match-tasks';
import type { Plan } from '../../shared/plan/model';

describe('readStatus', () => {
  it('reads the four statuses and common hand-typed forms', () => {
    expect(readStatus('Hoàn thành')).toEqual({ kind: 'ok', status: 'done', exact: true });
    for (const typed of ['xong', 'HT', 'hoàn thành ', 'x', 'Đã hoàn thành', 'X']) {
      expect(readStatus(typed)).toMatchObject({ kind: 'ok', status: 'done', exact: false });
    }
    expect(readStatus('đang làm')).toMatchObject({ status: 'doing' });
    expect(readStatus('Không thực hiện')).toMatchObject({ status: 'skipped', exact: true });
    expect(readStatus('')).toEqual({ kind: 'blank' });
    expect(readStatus(null)).toEqual({ kind: 'blank' });
  });

  it('flags anything else rather than guessing', () => {
    expect(readStatus('gần xong')).toEqual({ kind: 'unknown', text: 'gần xong' });
    expect(readStatus('50%')).toEqual({ kind: 'unknown', text: '50%' });
  });
});

describe('deadlineFromWhen', () => {
  it.each([
    ['15/02/2015', 2015, '2015-02-15'],
    ['Tháng 3', 2015, '2015-03-31'],
    ['Tháng 8, 9/2015', 2015, '2015-09-30'],
    ['Quý III', 2016, '2016-09-30'],
    ['Trước ngày 30/6', 2016, '2016-06-30'],
    ['Tháng 12/2015', 2016, '2015-12-31'],
    ['Theo lịch của Khối', 2015, null],
  ])('reads "%s" as the deadline it names', (when, year, expected) => {
    expect(deadlineFromWhen(when, year)).toBe(expected);
  });
});

describe('matchTasks', () => {
  const plan = (contents: string[][]): Plan => ({
    document: {
      issuer: null,
      parent: null,
      number: null,
      place: null,
      date: null,
      kind: null,
      title: null,
      year: 2014,
    },
    bases: [],
    taskSection: null,
    periods: contents.map((tasks, p) => ({
      key: `2014-Q${p + 1}`,
      label: `Quý ${p + 1}`,
      start: null,
      end: null,
      tasks: tasks.map((content, i) => ({
        id: `2014-Q${p + 1}-0${i + 1}`,
        no: i + 1,
        content,
        owners: [],
        support: [],
        when: null,
        note: '',
      })),
    })),
    sections: [],
    recipients: [],
    signature: null,
  });

  it('matches by content, not by number, when a task is inserted', () => {
    const old = plan([['Tổng kết năm 2013', 'Phát động thi đua năm 2014']]);
    const next = plan([['Tập huấn nghiệp vụ', 'Tổng kết năm 2013', 'Phát động thi đua năm 2014']]);
    const m = matchTasks(old, next);
    expect(m.matches.map((x) => [x.oldId, x.newTask.content])).toEqual([
      ['2014-Q1-01', 'Tổng kết năm 2013'],
      ['2014-Q1-02', 'Phát động thi đua năm 2014'],
    ]);
    expect(m.added.map((a) => a.task.content)).toEqual(['Tập huấn nghiệp vụ']);
    expect(m.removed).toEqual([]);
  });

  it('matches a reworded task and a task moved to another period', () => {
    const old = plan([
      ['Chỉ đạo đẩy mạnh các phong trào thi đua thực hiện chủ đề công tác tháng 1, 2, 3'],
      ['Sơ kết 6 tháng'],
    ]);
    const next = plan([
      ['Chỉ đạo đẩy mạnh phong trào thi đua thực hiện các chủ đề công tác tháng 1, 2 và 3'],
      [],
      ['Sơ kết 6 tháng'],
    ]);
    const m = matchTasks(old, next);
    expect(m.matches).toHaveLength(2);
    expect(m.removed).toEqual([]);
  });

  it('does not take unrelated tasks for rewordings', () => {
    expect(
      similarity('Tổng kết công tác thi đua năm 2013', 'Kiểm tra việc thực hiện tiêu chí'),
    ).toBeLessThan(0.3);
    const m = matchTasks(
      plan([['Tổng kết công tác thi đua năm 2013']]),
      plan([['Kiểm tra việc thực hiện tiêu chí']]),
    );
    expect(m.matches).toHaveLength(0);
    expect(m.removed).toHaveLength(1);
    expect(m.added).toHaveLength(1);
  });
});

describe('deadlineFromWhen on ranges', () => {
  it.each([
    ['Từ tháng 3 đến tháng 5', 2014, '2014-05-31'],
    ['Tháng 3 - tháng 5/2014', 2016, '2014-05-31'],
    ['Tháng 12/2014 - tháng 1/2015', 2014, '2015-01-31'],
    ['tháng 6, 2014', 2016, '2014-06-30'],
    ['Tháng 2/2016', 2016, '2016-02-29'],
    ['Từ 15/3 đến 20/4/2015', 2014, '2015-04-20'],
  ])('takes the last date "%s" names', (when, year, expected) => {
    expect(deadlineFromWhen(when, year)).toBe(expected);
  });
});

describe('deadlineFromWhen in a school year and inside its period', () => {
  const school = { year: 2023, school: true };
  it.each([
    ['Tháng 9', '2023-09-30'],
    ['Tháng 01', '2024-01-31'],
    ['Trước 15/11', '2023-11-15'],
    ['30/5', '2024-05-30'],
    ['Học kỳ I', '2024-01-31'],
    ['Học kỳ II', '2024-05-31'],
    ['Hè', '2024-08-31'],
    ['Cả năm học', '2024-07-31'],
    ['Tháng 11/2024 – 12/2024', '2024-12-31'],
    ['Quý III, Quý IV', '2023-12-31'],
  ])('reads "%s" in the school year 2023 – 2024 as %s', (when, expected) => {
    expect(deadlineFromWhen(when, school)).toBe(expected);
  });

  it('gives a month without its year the year that puts it in the task’s period', () => {
    const period = { start: '2024-12-01', end: '2025-01-31' };
    expect(deadlineFromWhen('Tháng 01', 2024, period)).toBe('2025-01-31');
    expect(deadlineFromWhen('Tháng 12', 2024, period)).toBe('2024-12-31');
    expect(deadlineFromWhen('Trước 20/1', 2024, period)).toBe('2025-01-20');
  });
});
