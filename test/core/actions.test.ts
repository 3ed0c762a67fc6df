import * as fs from 'fs';
import {
  buildAction,
  markAction,
  refreshAction,
  saveMappingsAction,
  assignAction,
  unresolvedAction,
  summaryAction,
  splitAction,
  taskIdsInRows,
} from '../../shared/host/actions';
import { readPlanText } from '../../shared/plan/read';
import type { Plan } from '../../shared/plan/model';
import type { SheetGrid } from '../../shared/workbook/spec';
import { drawOnto } from '../helpers/grids';
import { SAMPLE } from '../helpers/paths';

const clock = { now: '2014-07-15T03:00:00.000Z', today: '2014-07-15' };
const plan = (() => {
  const r = readPlanText(fs.readFileSync(SAMPLE, 'utf8'));
  if (!r.ok) throw new Error('plan');
  return r.value;
})() as Plan;

function built(): SheetGrid[] {
  const r = buildAction(plan, [], clock);
  if (!r.ok) throw new Error(r.problems[0]?.en);
  return drawOnto([], r.draw);
}

const tracking = (g: SheetGrid[]) => g.find((s) => s.name === 'Theo dõi') as SheetGrid;

describe('buildAction', () => {
  it('draws every sheet and says what it built, in both languages', () => {
    const r = buildAction(plan, [], clock);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draw?.sheets.map((s) => s.name)).toEqual([
      '_ThiDua',
      'Kế hoạch',
      'Theo dõi',
      'Tổng quan',
      'Báo cáo',
      'Đơn vị',
      'Ánh xạ',
      'Nhật ký',
      'Lưu trữ',
    ]);
    expect(r.draw?.finish).toEqual({ sheet: '_ThiDua', row: 0, col: 1, value: 'complete' });
    expect(r.message).toEqual({
      vi: 'Đã tạo sổ theo dõi: 4 kỳ, 30 công việc, 410 hàng cho 22 đơn vị.',
      en: 'Tracking workbook built: 4 periods, 30 tasks, 410 rows for 22 units.',
    });
    expect(r.warnings.map((w) => w.code)).toEqual(['unresolvedPhrase', 'unresolvedPhrase']);
  });

  it('refuses to build over a book that holds entries, unless told to replace it', () => {
    let g = built();
    const marked = markAction(g, [1], { status: 'done' }, clock);
    if (!marked.ok) throw new Error('mark');
    const t = tracking(g);
    t.values[1]![7] = 'Hoàn thành';
    g = g.map((s) => (s.name === 'Theo dõi' ? t : s));
    const again = buildAction(plan, g, clock);
    expect(again.ok).toBe(false);
    if (!again.ok)
      expect(again.problems[0]!.vi).toMatch(
        /đã có sổ theo dõi \(KẾ HOẠCH 73-KH\/TĐTN-VP\) với 1 mục đã nhập/,
      );
    expect(buildAction(plan, g, { ...clock, replace: true }).ok).toBe(true);
  });

  it('asks before building over a book whose hidden "_ThiDua" sheet was deleted, counting its entries', () => {
    const g = built().filter((s) => s.name !== '_ThiDua');
    const t = tracking(g);
    t.values[1]![7] = 'Hoàn thành';
    t.values[2]![9] = 'QĐ 12';
    const again = buildAction(plan, g, clock);
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.problems.map((p) => p.en)).toEqual([
        'The workbook\'s hidden "_ThiDua" sheet is missing, so it cannot be read as a book, though its "Theo dõi" and "Lưu trữ" sheets still hold 2 entries. Open its .bak.xlsx copy or an earlier saved version; do not overwrite this file.',
      ]);
      expect(again.confirm).toEqual({
        vi: 'Sổ hiện có 2 mục đã nhập. Tạo lại sẽ xoá các mục này. Tiếp tục?',
        en: 'The workbook holds 2 entries. Building again deletes them. Continue?',
      });
    }
    expect(buildAction(plan, g, { ...clock, replace: true }).ok).toBe(true);
  });
});

describe('refreshAction', () => {
  it('draws only the report and the overview', () => {
    const r = refreshAction(built(), { ...clock, asOf: '2014-12-31' });
    expect(r.ok && r.draw?.sheets.map((s) => s.name)).toEqual(['Tổng quan', 'Báo cáo']);
    expect(r.ok && r.draw?.finish).toBeUndefined();
    if (r.ok)
      expect(r.message.vi).toBe('Đã làm mới báo cáo và tổng quan, tính đến ngày 31/12/2014.');
  });
});

describe('markAction', () => {
  it('gives the input cells to write for the selected rows, dating a completion today', () => {
    const r = markAction(built(), [1, 2], { status: 'done', evidence: 'Báo cáo 12' }, clock);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.writes.map((w) => [w.row, w.cells])).toEqual([
      [1, ['Hoàn thành', { kind: 'date', iso: '2014-07-15' }, 'Báo cáo 12', null]],
      [2, ['Hoàn thành', { kind: 'date', iso: '2014-07-15' }, 'Báo cáo 12', null]],
    ]);
  });

  it('says when no row of the tracking sheet is selected', () => {
    const r = markAction(built(), [], { status: 'done' }, clock);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.code).toBe('noSelection');
  });
});

describe('mappings and assignments', () => {
  it('lists the phrases with no unit, and assigns their tasks once mapped', () => {
    let g = built();
    const u = unresolvedAction(g, clock);
    expect(u.ok && u.data.phrases).toEqual([
      { phrase: 'Các đ/c phụ trách công tác TĐKT', tasks: ['2014-Q1-05'] },
      { phrase: 'Hội đồng Thi đua, Khen thưởng cơ quan Tỉnh Đoàn', tasks: ['2014-Q1-06'] },
    ]);
    const r = saveMappingsAction(
      g,
      [{ phrase: 'Các đ/c phụ trách công tác TĐKT', targets: ['VP'] }],
      clock,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.message.vi).toBe('Đã cập nhật phân công: thêm 1 hàng, chuyển 0 hàng sang "Lưu trữ".');
    g = drawOnto(g, r.draw);
    expect(
      tracking(g)
        .values.filter((row) => row[0] === '2014-Q1-05')
        .map((row) => row[4]),
    ).toEqual(['Văn phòng Tỉnh Đoàn']);
  });

  it('assigns more units to the tasks selected on the tracking sheet', () => {
    const g = built();
    const ids = taskIdsInRows(tracking(g), [1, 2, 3]);
    expect(ids).toEqual(['2014-Q1-01', '2014-Q1-02', '2014-Q1-03']);
    const r = assignAction(g, ['2014-Q1-09'], ['Ban Tuyên giáo', 'Cấp huyện'], clock);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.message.vi).toMatch(/thêm 14 hàng/);
  });
});

describe('splitAction and summaryAction', () => {
  it('gives one book per unit, and the summary for the bloc', () => {
    const g = built();
    const s = splitAction(g, clock);
    expect(s.ok && s.data.units.length).toBe(22);
    const sum = summaryAction(g, clock);
    expect(sum.ok && sum.data.spec.sheets.map((x) => x.name)).toEqual(['Tổng hợp']);
  });
});

describe('cells that cannot be read', () => {
  const withBadDate = () => {
    const g = built();
    const t = tracking(g);
    t.values[1]![7] = 'Hoàn thành';
    t.values[1]![8] = '32/13/2014';
    return g;
  };

  it('keep the rest of their row in a report: a done row with a bad date stays done', () => {
    const r = refreshAction(withBadDate(), clock);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.book.rows[0]).toMatchObject({ status: 'done', doneDate: null });
    expect(r.warnings.map((w) => [w.code, w.at?.cell])).toContainEqual(['badDate', 'I2']);
  });

  it('are never overwritten by a mark that does not set them', () => {
    const refused = markAction(withBadDate(), [1], { evidence: 'Báo cáo 12' }, clock);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems.map((p) => [p.code, p.at?.cell])).toEqual([['badDate', 'I2']]);
    const fixed = markAction(withBadDate(), [1], { doneDate: '2014-03-20' }, clock);
    expect(fixed.ok && fixed.data.writes[0]!.cells.slice(0, 2)).toEqual([
      'Hoàn thành',
      { kind: 'date', iso: '2014-03-20' },
    ]);
  });
});

describe('a draw cut off half-way', () => {
  it('is never taken for a whole workbook: actions that rewrite refuse and say what to do', () => {
    const whole = built();
    const r = saveMappingsAction(
      whole,
      [{ phrase: 'Các đ/c phụ trách công tác TĐKT', targets: ['VP'] }],
      clock,
    );
    if (!r.ok) throw new Error('save');
    // the identity sheet and the plan are drawn, then the connection is lost inside "Theo dõi"
    const cut = drawOnto(whole, r.draw, 2).map((g) =>
      g.name === 'Theo dõi' ? { ...g, values: g.values.slice(0, 100) } : g,
    );
    const again = saveMappingsAction(cut, [], clock);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.problems[0]!.vi).toMatch(/^Lần ghi trước vào sổ chưa hoàn tất/);
    expect(buildAction(plan, cut, clock).ok).toBe(false);
    const report = refreshAction(cut, clock);
    expect(report.ok && report.warnings.map((w) => w.code)).toContain('incompleteDraw');
  });
});

describe("sheets of the user's own", () => {
  it('are not overwritten by a build unless the user says so', () => {
    const mine: SheetGrid[] = [
      { name: 'Báo cáo', values: [['Báo cáo tháng 3 của tôi', 12345]] },
      { name: 'Trang tính1', values: [] },
    ];
    const r = buildAction(plan, mine, clock);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]!.vi).toBe(
        'Bảng tính đã có trang "Báo cáo" với dữ liệu không phải của Sổ Thi Đua. Tạo sổ sẽ ghi đè các trang này; hãy đổi tên chúng trước, hoặc xác nhận để ghi đè.',
      );
    expect(buildAction(plan, mine, { ...clock, replace: true }).ok).toBe(true);
    expect(buildAction(plan, [{ name: 'Báo cáo', values: [] }], clock).ok).toBe(true);
  });
});

describe('marking with nothing to write', () => {
  it('is refused, not counted as an update', () => {
    const r = markAction(built(), [1], {}, clock);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toEqual(['emptyMark']);
  });
});
