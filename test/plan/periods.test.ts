/** Period labels as plans write them, into keys and dates. */
import { looksLikePeriodLabel, parsePeriodLabel } from '../../shared/plan/periods';

describe('parsePeriodLabel', () => {
  it.each([
    ['Quý I/2014', 2020, '2014-Q1', '2014-01-01', '2014-03-31'],
    ['QUÝ I NĂM 2014', 2020, '2014-Q1', '2014-01-01', '2014-03-31'],
    ['QuýIII/2023', 2020, '2023-Q3', '2023-07-01', '2023-09-30'],
    ['Quí IV', 2024, '2024-Q4', '2024-10-01', '2024-12-31'],
    ['quý ii', 2024, '2024-Q2', '2024-04-01', '2024-06-30'],
    ['Quý  II', 2024, '2024-Q2', '2024-04-01', '2024-06-30'],
    ['quý i i i', 2024, '2024-Q3', '2024-07-01', '2024-09-30'],
    ['Quý 3', 2024, '2024-Q3', '2024-07-01', '2024-09-30'],
    ['I. QUÝ I (Tháng 01 – 03/2024)', 2020, '2024-Q1', '2024-01-01', '2024-03-31'],
    ['Quý I (Tháng 01 – 03/2024)', null, '2024-Q1', '2024-01-01', '2024-03-31'],
    ['II - QUÝ II NĂM 2015:', null, '2015-Q2', '2015-04-01', '2015-06-30'],
    ['QUÝ II (tiếp theo)', 2024, '2024-Q2', '2024-04-01', '2024-06-30'],
    ['Tháng 01', 2024, '2024-M01', '2024-01-01', '2024-01-31'],
    ['Tháng 02/2024', null, '2024-M02', '2024-02-01', '2024-02-29'],
    ['Tháng 2 năm 2023', null, '2023-M02', '2023-02-01', '2023-02-28'],
    ['Tháng 01 - 03/2024', null, '2024-Q1', '2024-01-01', '2024-03-31'],
    ['Từ tháng 7 đến tháng 12', 2024, '2024-H2', '2024-07-01', '2024-12-31'],
    ['6 tháng đầu năm', 2024, '2024-H1', '2024-01-01', '2024-06-30'],
    ['6 THÁNG CUỐI NĂM 2025', null, '2025-H2', '2025-07-01', '2025-12-31'],
    ['Sáu tháng đầu năm 2023', null, '2023-H1', '2023-01-01', '2023-06-30'],
    ['Cả năm', 2024, '2024', '2024-01-01', '2024-12-31'],
    ['Năm 2024', null, '2024', '2024-01-01', '2024-12-31'],
    ['Nhiệm vụ thường xuyên', 2024, '2024', '2024-01-01', '2024-12-31'],
    ['Các nội dung thực hiện thường xuyên', 2023, '2023', '2023-01-01', '2023-12-31'],
    ['Công việc thường xuyên', 2024, '2024', '2024-01-01', '2024-12-31'],
    ['V. NHIỆM VỤ THƯỜNG XUYÊN', 2024, '2024', '2024-01-01', '2024-12-31'],
    ['CÁC NHIỆM VỤ THƯỜNG XUYÊN NĂM 2025', null, '2025', '2025-01-01', '2025-12-31'],
    ['Thường xuyên trong năm', 2024, '2024', '2024-01-01', '2024-12-31'],
  ])('"%s" (plan year %s) is %s, %s – %s', (label, year, key, start, end) => {
    expect(parsePeriodLabel(label, year)).toMatchObject({ key, start, end });
  });

  it.each([
    ['Quý I', null],
    ['Tháng 3 - 5', 2024],
    ['Quý I, II', 2024],
    ['Đợt 2 (Tháng 5 – 7)', 2024],
    ['Tháng 13', 2024],
    ['Quý V', 2024],
    ['Tổ chức Tháng Thanh niên năm 2024', 2024],
  ])('"%s" (plan year %s) names no period with dates', (label, year) => {
    expect(parsePeriodLabel(label, year)).toBeNull();
  });

  it('knows what at least tries to name a period, and what is a task', () => {
    expect(['Đợt 2', 'Tháng 3 - 5', 'Quý I', 'Thường xuyên'].map(looksLikePeriodLabel)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['Tháng Thanh niên', '15/02/2024', 'Tổng kết công tác năm 2024', 'Các huyện'].map(
        looksLikePeriodLabel,
      ),
    ).toEqual([false, false, false, false]);
  });
});
