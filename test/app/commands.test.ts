/**
 * Every command of the table through the runner, on a strict in-memory host: as the office and as
 * a unit, with the questions they ask, reading only the sheets they declare and drawing only the
 * sheets they change.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Returned } from '../../shared/book/consolidate';
import { returnedOf } from '../../shared/book/consolidate';
import { vietnamClock, vietnamStamp } from '../../shared/app/clock';
import type { CommandId } from '../../shared/app/command';
import { workbookOf } from '../../shared/app/command';
import { COMMANDS } from '../../shared/app/table';
import { en } from '../../shared/i18n/en';
import { vi } from '../../shared/i18n/vi';
import { SHEET } from '../../shared/i18n/workbook-vi';
import type { Plan } from '../../shared/plan/model';
import { readPlanText } from '../../shared/plan/read';
import { readBook } from '../../shared/read/book';
import { BOOK_ROLES } from '../../shared/workbook/spec';
import type { SheetGrid } from '../../shared/workbook/spec';
import { drawOnto } from '../helpers/grids';
import { PLANS, SAMPLE } from '../helpers/paths';
import { MemoryPort, PortMisuse } from './memory-port';

const clock = { now: '2014-07-15T03:00:00.000Z', today: '2014-07-15' };

function planFrom(file: string): Plan {
  const r = readPlanText(fs.readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(r.problems[0]?.en);
  return r.value;
}
const plan = planFrom(SAMPLE);

/** A port holding the sample's book, as built by the command. */
async function bookPort(): Promise<MemoryPort> {
  const port = new MemoryPort();
  const r = await port.run('build', { plan }, clock);
  if (!r.ok) throw new Error(r.problems[0]?.en);
  return port;
}

const tracking = (port: MemoryPort) => port.grid('tracking') as SheetGrid;
/** Sheet rows (0-based) of `Theo dõi` of a unit, by its name in the `Đơn vị` column. */
const rowsOf = (port: MemoryPort, unit: string) =>
  tracking(port)
    .values.map((row, i) => (row[4] === unit ? i : -1))
    .filter((i) => i > 0);

const ALL_READS_BUT_PLAN = [
  'meta',
  'tracking',
  'units',
  'mappings',
  'report',
  'criteria',
  'scores',
  'log',
  'archive',
];
const asUnit = (port: MemoryPort, units: string[], email?: string) => {
  port.user = { who: 'unit', units, ...(email ? { email } : {}) };
};

describe('the command table', () => {
  it('names each command by its own id, and says what each reads and changes', () => {
    for (const [id, spec] of Object.entries(COMMANDS)) expect(spec.id).toBe(id);
    const table = Object.values(COMMANDS).map((c) => [
      c.id,
      c.who.join('+'),
      c.reads.length === BOOK_ROLES.length ? 'all' : c.reads.join(' '),
      c.selection,
      c.changes.length === BOOK_ROLES.length ? 'all' : c.changes.join(' '),
    ]);
    expect(table).toEqual([
      ['build', 'office', 'all', 'none', 'all'],
      ['buildFromSelection', 'office', 'all', 'table', 'all'],
      [
        'refresh',
        'office',
        'meta tracking units mappings report criteria scores',
        'none',
        'overview report criteria scores',
      ],
      ['amend', 'office', ALL_READS_BUT_PLAN.join(' '), 'none', 'all'],
      [
        'saveUnits',
        'office',
        ALL_READS_BUT_PLAN.join(' '),
        'none',
        'meta tracking overview report criteria scores mappings log archive units',
      ],
      [
        'saveMappings',
        'office',
        ALL_READS_BUT_PLAN.join(' '),
        'none',
        'meta tracking overview report criteria scores mappings log archive',
      ],
      ['unresolved', 'office', 'meta tracking units mappings', 'none', ''],
      [
        'assign',
        'office',
        ALL_READS_BUT_PLAN.join(' '),
        'rows',
        'meta tracking overview report criteria scores mappings log archive',
      ],
      ['mark', 'office+unit', 'meta tracking units mappings', 'rows', 'tracking'],
      [
        'merge',
        'office',
        ALL_READS_BUT_PLAN.join(' '),
        'none',
        'meta tracking overview report criteria scores log archive',
      ],
      ['unitFiles', 'office', 'meta tracking units mappings', 'none', ''],
      ['summary', 'office', 'meta tracking units mappings report criteria scores', 'none', ''],
      ['report', 'office+unit', 'meta tracking units mappings report criteria scores', 'none', ''],
      ['reportDoc', 'office', 'meta tracking units mappings report criteria scores', 'none', ''],
      ['protect', 'office', 'meta tracking units mappings', 'none', ''],
      ['selectMine', 'office+unit', 'meta tracking units mappings', 'none', ''],
      ['context', 'office+unit', 'meta tracking units mappings', 'none', ''],
      ['selected', 'office+unit', 'meta tracking units mappings', 'rows', ''],
    ]);
  });

  it("refuses every office's command to a unit, saying so, before reading anything", async () => {
    const port = await bookPort();
    asUnit(port, ['TPCB']);
    const inputs: Partial<Record<CommandId, unknown>> = {
      build: { plan },
      amend: { plan },
      saveMappings: { mappings: [] },
      assign: { targets: ['BTV'] },
      merge: { returned: [] },
    };
    const officeOnly = Object.values(COMMANDS).filter((c) => !c.who.includes('unit'));
    expect(officeOnly.map((c) => c.id)).toEqual([
      'build',
      'buildFromSelection',
      'refresh',
      'amend',
      'saveUnits',
      'saveMappings',
      'unresolved',
      'assign',
      'merge',
      'unitFiles',
      'summary',
      'reportDoc',
      'protect',
    ]);
    for (const c of officeOnly) {
      const r = await port.run(c.id, (inputs[c.id] ?? {}) as never, clock);
      expect([c.id, r.ok, r.problems]).toEqual([
        c.id,
        false,
        [
          {
            code: 'officeOnly',
            severity: 'error',
            vi: 'Chỉ Văn phòng (người quản lý sổ) được thực hiện việc này.',
            en: 'Only the office (who manages the workbook) can do this.',
          },
        ],
      ]);
      expect(port.reads).toEqual([]);
    }
  });
});

describe('build', () => {
  it('draws every sheet of a new book and says what it built', async () => {
    const port = new MemoryPort();
    const r = await port.run('build', { plan }, clock);
    expect(r.ok).toBe(true);
    expect(port.reads).toEqual([...BOOK_ROLES]);
    expect(port.drawn).toEqual([...BOOK_ROLES]);
    expect(port.sheets.map((s) => s.name)).toEqual([
      '_ThiDua',
      'Kế hoạch',
      'Theo dõi',
      'Tổng quan',
      'Báo cáo',
      'Tiêu chí',
      'Chấm điểm',
      'Đơn vị',
      'Ánh xạ',
      'Nhật ký',
      'Lưu trữ',
    ]);
    expect(port.grid('meta')?.values[0]?.[1]).toBe('complete');
    expect(r.message).toEqual({
      vi: 'Đã tạo sổ theo dõi: 4 kỳ, 30 công việc, 410 hàng cho 22 đơn vị.',
      en: 'Tracking workbook built: 4 periods, 30 tasks, 410 rows for 22 units.',
    });
    expect(r.data).toEqual({ rows: 410, units: 22 });
    expect(r.problems.map((w) => w.code)).toEqual(['unresolvedPhrase', 'unresolvedPhrase']);
    // the protections follow a draw of the rows
    expect(port.protections).toBe(1);
  });

  it('asks before building over entries, writes nothing until told, then builds', async () => {
    const port = await bookPort();
    tracking(port).values[1]![7] = 'Hoàn thành';
    const before = JSON.stringify(port.sheets);
    const asked = await port.run('build', { plan }, clock);
    expect(asked.ok).toBe(false);
    expect(asked.problems.map((p) => p.vi)).toEqual([
      'Bảng tính này đã có sổ theo dõi (KẾ HOẠCH 73-KH/TĐTN-VP) với 1 mục đã nhập. Để giữ các mục này, hãy dùng "Áp dụng kế hoạch sửa đổi".',
    ]);
    expect(asked.confirm).toEqual({
      question: {
        vi: 'Sổ hiện có 1 mục đã nhập. Tạo lại sẽ xoá các mục này. Tiếp tục?',
        en: 'The workbook holds 1 entries. Building again deletes them. Continue?',
      },
      yes: { vi: 'Tạo lại (xoá các mục đã nhập)', en: 'Build again (deletes the entries)' },
      consent: 'replace',
    });
    expect(port.drawn).toEqual([]);
    expect(JSON.stringify(port.sheets)).toBe(before);
    const agreed = await port.run('build', { plan, [asked.confirm!.consent]: true }, clock);
    expect(agreed.ok).toBe(true);
    expect(tracking(port).values[1]![7]).toBe('Chưa thực hiện');
  });

  it('asks before building over a book whose hidden "_ThiDua" sheet was deleted, counting its entries', async () => {
    const port = await bookPort();
    port.sheets = port.sheets.filter((s) => s.name !== SHEET.meta);
    tracking(port).values[1]![7] = 'Hoàn thành';
    tracking(port).values[2]![9] = 'QĐ 12';
    const before = JSON.stringify(port.sheets);
    const asked = await port.run('build', { plan }, clock);
    expect(asked.ok).toBe(false);
    expect(asked.problems.map((p) => p.en)).toEqual([
      'The workbook\'s hidden sheet with its identity is missing, so it cannot be read as a book, though its "Theo dõi" and "Lưu trữ" sheets still hold 2 entries. Open its .bak.xlsx copy or an earlier saved version; do not overwrite this file.',
    ]);
    expect(asked.confirm).toEqual({
      question: {
        vi: 'Sổ hiện có 2 mục đã nhập. Tạo lại sẽ xoá các mục này. Tiếp tục?',
        en: 'The workbook holds 2 entries. Building again deletes them. Continue?',
      },
      yes: { vi: 'Tạo lại (xoá các mục đã nhập)', en: 'Build again (deletes the entries)' },
      consent: 'replace',
    });
    expect(port.drawn).toEqual([]);
    expect(JSON.stringify(port.sheets)).toBe(before);
    expect((await port.run('build', { plan, replace: true }, clock)).ok).toBe(true);
    expect(tracking(port).values[1]![7]).toBe('Chưa thực hiện');
  });

  it("asks before building over sheets of the user's own that bear the book's names", async () => {
    const port = new MemoryPort([
      { name: 'Báo cáo', values: [['Báo cáo tháng 3 của tôi', 12345]] },
      { name: 'Trang tính1', values: [] },
    ]);
    const asked = await port.run('build', { plan }, clock);
    expect(asked.problems.map((p) => p.code)).toEqual(['sheetsInTheWay']);
    expect(asked.confirm).toEqual({
      question: {
        vi: vi.ui.confirmOverwriteSheets({ names: '"Báo cáo"' }),
        en: en.ui.confirmOverwriteSheets({ names: '"Báo cáo"' }),
      },
      yes: {
        vi: 'Vẫn tạo sổ (ghi đè các trang này)',
        en: 'Build anyway (overwrites these sheets)',
      },
      consent: 'replace',
    });
    expect((await port.run('build', { plan, replace: true }, clock)).ok).toBe(true);
    expect(port.sheets.map((s) => s.name)).toContain('Trang tính1');
  });

  it('is never taken over a draw cut off half-way: the rewriting commands refuse', async () => {
    const port = await bookPort();
    const r = COMMANDS.saveMappings.run({
      input: { mappings: [{ phrase: 'Các đ/c phụ trách công tác TĐKT', targets: ['VP'] }] },
      user: port.user,
      sheets: port.sheets,
      selection: null,
      table: null,
      clock,
    });
    if (!r.ok || !r.draw) throw new Error('save');
    // the identity sheet and the plan are drawn, then the connection is lost inside "Theo dõi"
    port.sheets = drawOnto(port.sheets, r.draw, 2).map((g) =>
      g.name === SHEET.tracking ? { ...g, values: g.values.slice(0, 100) } : g,
    );
    const again = await port.run('saveMappings', { mappings: [] }, clock);
    expect(again.problems[0]!.vi).toMatch(/^Lần ghi trước vào sổ chưa hoàn tất/);
    expect((await port.run('build', { plan }, clock)).ok).toBe(false);
    const report = await port.run('refresh', {}, clock);
    expect(report.problems.map((w) => w.code)).toContain('incompleteDraw');
  });
});

describe('buildFromSelection', () => {
  const cells = {
    sheet: 'Sheet1',
    row: 0,
    col: 0,
    text: [
      ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện', 'Ghi chú'],
      ['I', 'Quý I/2014', '', ''],
      ['1', 'Tổ chức hội nghị triển khai công tác thi đua', 'Văn phòng', ''],
      ['2', 'Đăng ký thi đua năm 2014', 'Các huyện, Thành Đoàn và Đoàn trực thuộc', ''],
    ],
    merges: null,
  };

  it('builds from the plan table selected in the sheet, and says what it could not tell', async () => {
    const port = new MemoryPort();
    port.table = { cells, mergesUnread: 'version' };
    const r = await port.run('buildFromSelection', { asOf: '2014-03-31' }, clock);
    expect(r.ok).toBe(true);
    expect(r.message?.vi).toBe('Đã tạo sổ theo dõi: 1 kỳ, 2 công việc, 20 hàng cho 20 đơn vị.');
    expect(r.notes).toEqual([{ vi: vi.ui.plan.mergesUnknown, en: en.ui.plan.mergesUnknown }]);
    expect(port.drawn).toEqual([...BOOK_ROLES]);
  });

  it('says where there is no selection to read (a file)', async () => {
    const r = await new MemoryPort().run('buildFromSelection', {}, clock);
    expect(r.problems.map((p) => p.en)).toEqual([
      'This uses the rows selected in the spreadsheet, so the workbook must be open in Excel or Google Sheets. With an .xlsx file, type into the file itself, then open it again.',
    ]);
  });
});

describe('refresh, report and summary', () => {
  it('refresh draws only the report, its scoring and the overview, from the book without its log', async () => {
    const port = await bookPort();
    const r = await port.run('refresh', { asOf: '2014-12-31' }, clock);
    expect(r.message?.vi).toBe('Đã làm mới báo cáo và tổng quan, tính đến ngày 31/12/2014.');
    expect(port.reads).toEqual([
      'meta',
      'tracking',
      'units',
      'mappings',
      'report',
      'criteria',
      'scores',
    ]);
    expect(port.drawn).toEqual(['overview', 'report', 'criteria', 'scores']);
    // the office's scoring sheets are protected again: on an older book a refresh makes them
    expect(port.protections).toBe(1);
  });

  it('report gives the figures, to the office and to a unit alike', async () => {
    const port = await bookPort();
    const office = await port.run('report', {}, clock);
    asUnit(port, ['TPCB']);
    const unit = await port.run('report', { asOf: '2014-12-31' }, clock);
    expect(office.data?.report.overall).toMatchObject({ assigned: 410, done: 0, overdue: 284 });
    expect(unit.data?.report.asOf).toBe('2014-12-31');
    expect(unit.data?.report.overall.overdue).toBe(347);
    expect(unit.message?.vi).toBe('Báo cáo tính đến ngày 31/12/2014.');
    expect(port.reads).toEqual([
      'meta',
      'tracking',
      'units',
      'mappings',
      'report',
      'criteria',
      'scores',
    ]);
    expect(port.drawn).toEqual([]);
  });

  it('summary offers the workbook for the bloc', async () => {
    const port = await bookPort();
    const r = await port.run('summary', {}, clock);
    expect(r.message?.vi).toBe('Đã tạo bảng tổng hợp cho họp khối thi đua.');
    expect(port.offered.map((f) => [f.name, workbookOf(f).sheets.map((s) => s.name)])).toEqual([
      ['tong-hop-hop-khoi.xlsx', ['Tổng hợp']],
    ]);
    expect(r.files).toEqual(port.offered);
  });

  it('keep the rest of a row whose cell cannot be read: a done row with a bad date stays done', async () => {
    const port = await bookPort();
    tracking(port).values[1]![7] = 'Hoàn thành';
    tracking(port).values[1]![8] = '32/13/2014';
    const r = await port.run('report', {}, clock);
    expect(r.data?.report.overall.done).toBe(1);
    expect(r.problems.map((w) => [w.code, w.at?.cell])).toContainEqual(['badDate', 'I2']);
  });
});

describe('amend', () => {
  it('applies the amended plan, keeping entries, and archives the rows of a removed task', async () => {
    const port = await bookPort();
    const amended: Plan = {
      ...plan,
      periods: plan.periods.map((p, i) => (i === 3 ? { ...p, tasks: p.tasks.slice(0, -1) } : p)),
    };
    const r = await port.run('amend', { plan: amended }, clock);
    expect(r.message?.vi).toMatch(/^Đã áp dụng kế hoạch sửa đổi \(phiên bản 2\): giữ 29,/);
    expect(r.data).toMatchObject({ version: 2, kept: 29, reworded: 0, added: 0, removed: 1 });
    expect(port.reads).toEqual(ALL_READS_BUT_PLAN);
    expect(port.drawn).toEqual([...BOOK_ROLES]);
  });

  it("asks before applying another office's or another year's plan", async () => {
    const port = await bookPort();
    const other = planFrom(path.join(PLANS, 'ke-hoach-thang-2015.txt'));
    const asked = await port.run('amend', { plan: other }, clock);
    expect(asked.problems.map((p) => p.code)).toEqual(['planIdentity']);
    expect(asked.confirm?.question.en).toMatch(/^The new plan \(.+\) is not the book's plan/);
    expect(asked.confirm?.yes).toEqual({ vi: 'Vẫn áp dụng', en: 'Apply anyway' });
    expect(asked.confirm?.consent).toBe('force');
    expect(port.drawn).toEqual([]);
    expect((await port.run('amend', { plan: other, force: true }, clock)).ok).toBe(true);
  });
});

describe('units, mappings and assignments', () => {
  it('brings an archived entry back when its unit is mapped again, drawing Lưu trữ and Nhật ký', async () => {
    const port = await bookPort();
    const keys = () => tracking(port).values.map((r) => `${r[0]}|${r[4]}`);
    const before = new Set(keys());
    const mappings = [{ phrase: 'Các đ/c phụ trách công tác TĐKT', targets: ['VP'] }];
    expect((await port.run('saveMappings', { mappings }, clock)).ok).toBe(true);
    const at = keys().findIndex((k) => !before.has(k));
    const [taskId, unit] = keys()[at]!.split('|') as [string, string];
    tracking(port).values[at]![7] = 'Hoàn thành';
    const archived = () =>
      (port.grid('archive')?.values ?? []).filter((r) => r.includes(taskId) && r.includes(unit));
    const elsewhere = [{ phrase: mappings[0]!.phrase, targets: ['BTV'] }];
    const away = await port.run('saveMappings', { mappings: elsewhere }, clock);
    expect([away.ok, away.data?.archived]).toEqual([true, 1]);
    expect(archived()).toHaveLength(1);
    const back = await port.run('saveMappings', { mappings }, clock);
    expect(back.problems.filter((p) => p.code === 'archivedEntryRestored')).toHaveLength(1);
    expect(port.drawn).toEqual(expect.arrayContaining(['archive', 'log']));
    expect(archived()).toHaveLength(0);
    const row = tracking(port).values.find((r) => r[0] === taskId && r[4] === unit);
    expect(row?.[7]).toBe('Hoàn thành');
  });

  it('lists the phrases with no unit, and assigns their tasks once mapped, without the plan sheet', async () => {
    const port = await bookPort();
    const u = await port.run('unresolved', {}, clock);
    expect(u.data?.phrases).toEqual([
      { phrase: 'Các đ/c phụ trách công tác TĐKT', tasks: ['2014-Q1-05'] },
      { phrase: 'Hội đồng Thi đua, Khen thưởng cơ quan Tỉnh Đoàn', tasks: ['2014-Q1-06'] },
    ]);
    expect(port.reads).toEqual(['meta', 'tracking', 'units', 'mappings']);
    const r = await port.run(
      'saveMappings',
      { mappings: [{ phrase: 'Các đ/c phụ trách công tác TĐKT', targets: ['VP'] }] },
      clock,
    );
    expect(r.message?.vi).toBe('Đã cập nhật phân công: thêm 1 hàng, chuyển 0 hàng sang "Lưu trữ".');
    expect(port.drawn).toEqual([
      'meta',
      'tracking',
      'overview',
      'report',
      'criteria',
      'scores',
      'mappings',
    ]);
    expect(rowsOf(port, 'Văn phòng Tỉnh Đoàn').length).toBeGreaterThan(0);
    expect(
      tracking(port)
        .values.filter((row) => row[0] === '2014-Q1-05')
        .map((row) => row[4]),
    ).toEqual(['Văn phòng Tỉnh Đoàn']);
  });

  it('saves the unit list as the office edited it on its sheet, and draws that sheet too', async () => {
    const port = await bookPort();
    const units = port.grid('units')!;
    units.values[1]![3] = 'thanhdoan@example.org';
    const r = await port.run('saveUnits', {}, clock);
    expect(r.message?.vi).toBe('Đã lưu danh sách 24 đơn vị.');
    expect(port.drawn).toEqual([
      'meta',
      'tracking',
      'overview',
      'report',
      'criteria',
      'scores',
      'units',
      'mappings',
    ]);
    expect(port.grid('units')!.values[1]![3]).toBe('thanhdoan@example.org');
  });

  it('assigns more units to the tasks of the rows selected on the tracking sheet', async () => {
    const port = await bookPort();
    const row = tracking(port).values.findIndex((r) => r[0] === '2014-Q1-09');
    port.selection = { role: 'tracking', rows: [row] };
    const r = await port.run('assign', { targets: ['Ban Tuyên giáo', 'Cấp huyện'] }, clock);
    expect(r.message?.vi).toMatch(/thêm 14 hàng/);
    expect(r.data).toEqual({ tasks: ['2014-Q1-09'], added: 14, archived: 0 });
    expect(port.reads).toEqual(ALL_READS_BUT_PLAN);
    expect(port.drawn).toEqual([
      'meta',
      'tracking',
      'overview',
      'report',
      'criteria',
      'scores',
      'mappings',
    ]);
  });

  it('takes the rows of the overview too, reading it only then', async () => {
    const port = await bookPort();
    const overview = port.grid('overview')!;
    const row = overview.values.findIndex((r) => r[0] === '2014-Q2-01');
    port.selection = { role: 'overview', rows: [row] };
    const r = await port.run('assign', { targets: ['BTV'] }, clock);
    expect(r.data?.tasks).toEqual(['2014-Q2-01']);
    expect(port.reads).toEqual([...ALL_READS_BUT_PLAN, 'overview']);
  });

  it('says so, and writes nothing, when every unit named already has the selected tasks', async () => {
    const port = await bookPort();
    const row = rowsOf(port, 'Huyện Đoàn Bảo Lạc')[0]!;
    const task = tracking(port).values[row]![0];
    port.selection = { role: 'tracking', rows: [row] };
    const r = await port.run('assign', { targets: ['BLAC'] }, clock);
    expect(r.ok).toBe(true);
    expect(r.message).toEqual({
      vi: `"BLAC" đã được giao các công việc đang chọn (${task}): không thêm hàng nào, sổ giữ nguyên.`,
      en: `"BLAC" already have the selected tasks (${task}): no row added, the book is unchanged.`,
    });
    expect(r.data).toEqual({ tasks: [task], added: 0, archived: 0 });
    expect(port.drawn).toEqual([]);
  });

  it('refuses a code that is no unit, naming it, and rows of another sheet, naming the sheets', async () => {
    const port = await bookPort();
    port.selection = { role: 'tracking', rows: [1] };
    const r = await port.run('assign', { targets: ['BTV', 'XYZ'] }, clock);
    expect(r.problems.map((p) => p.vi)).toEqual([
      'Không có đơn vị hay nhóm "XYZ" trong danh sách đơn vị: không giao việc nào. Hãy nhập mã đơn vị hoặc tên nhóm ở trang "Đơn vị".',
    ]);
    expect(port.drawn).toEqual([]);
    port.selection = { role: 'report', rows: [3] };
    const elsewhere = await port.run('assign', { targets: ['BTV'] }, clock);
    expect(elsewhere.problems.map((p) => p.en)).toEqual([
      'Select rows on the "Theo dõi" / "Tổng quan" sheet.',
    ]);
    port.selection = null;
    const none = await port.run('assign', { targets: ['BTV'] }, clock);
    expect(none.problems.map((p) => p.code)).toEqual(['needsSpreadsheet']);
    port.selection = { role: 'tracking', rows: [1] };
    const blank = await port.run('assign', { targets: [' '] }, clock);
    expect(blank.problems.map((p) => p.code)).toEqual(['noTargets']);
  });
});

describe('mark', () => {
  it('writes the input cells of the selected rows, dating a completion today, and nothing else', async () => {
    const port = await bookPort();
    port.selection = { role: 'tracking', rows: [1, 2] };
    const r = await port.run('mark', { status: 'done', evidence: 'Báo cáo 12' }, clock);
    expect(r.message?.vi).toBe('Đã cập nhật 2 hàng.');
    expect(port.marked.map((w) => [w.row, w.cells])).toEqual([
      [1, ['Hoàn thành', { kind: 'date', iso: '2014-07-15' }, 'Báo cáo 12', null]],
      [2, ['Hoàn thành', { kind: 'date', iso: '2014-07-15' }, 'Báo cáo 12', null]],
    ]);
    expect(port.reads).toEqual(['meta', 'tracking', 'units', 'mappings']);
    expect(port.drawn).toEqual([]);
    expect(tracking(port).values[1]!.slice(7, 10)).toEqual(['Hoàn thành', 41835, 'Báo cáo 12']);
  });

  it("lets a unit mark its own rows, and not another unit's", async () => {
    const port = await bookPort();
    const own = rowsOf(port, 'Thành Đoàn Cao Bằng');
    const other = rowsOf(port, 'Huyện Đoàn Bảo Lạc');
    asUnit(port, ['TPCB'], 'thanhdoan@example.org');
    port.selection = { role: 'tracking', rows: own.slice(0, 2) };
    expect((await port.run('mark', { status: 'doing' }, clock)).ok).toBe(true);
    port.selection = { role: 'tracking', rows: [own[2]!, other[0]!] };
    const refused = await port.run('mark', { status: 'doing' }, clock);
    expect(refused.problems.map((p) => p.vi)).toEqual([
      'Các hàng đang chọn có hàng của đơn vị khác (Huyện Đoàn Bảo Lạc); Thành Đoàn Cao Bằng chỉ được cập nhật hàng của mình. Không ghi hàng nào.',
    ]);
    expect(port.marked).toEqual([]);
  });

  it("says whose e-mail is on no unit; without an e-mail, leaves the rows to the sheet's protections", async () => {
    const port = await bookPort();
    port.selection = { role: 'tracking', rows: [1] };
    asUnit(port, [], 'ai@example.org');
    const unknown = await port.run('mark', { status: 'doing' }, clock);
    expect(unknown.problems.map((p) => p.en)).toEqual([
      'The e-mail ai@example.org belongs to no unit on the "Đơn vị" sheet. Ask the office.',
    ]);
    asUnit(port, []);
    const anonymous = await port.run('mark', { status: 'doing' }, clock);
    expect(anonymous.ok).toBe(true);
    expect(anonymous.problems.map((p) => [p.code, p.severity])).toEqual([
      ['unknownUser', 'warning'],
    ]);
  });

  it('refuses a mark with nothing to write, rows of another sheet, and no selection', async () => {
    const port = await bookPort();
    port.selection = { role: 'tracking', rows: [1] };
    expect((await port.run('mark', {}, clock)).problems.map((p) => p.code)).toEqual(['emptyMark']);
    port.selection = { role: 'tracking', rows: [] };
    expect((await port.run('mark', { status: 'done' }, clock)).problems[0]!.code).toBe(
      'noSelection',
    );
    port.selection = { role: 'overview', rows: [3] };
    expect((await port.run('mark', { status: 'done' }, clock)).problems[0]!.en).toBe(
      'Select rows on the "Theo dõi" sheet.',
    );
    expect(port.reads).not.toContain('overview');
  });

  it('never overwrites a cell that cannot be read with one the user did not set', async () => {
    const port = await bookPort();
    tracking(port).values[1]![7] = 'Hoàn thành';
    tracking(port).values[1]![8] = '32/13/2014';
    port.selection = { role: 'tracking', rows: [1] };
    const refused = await port.run('mark', { evidence: 'Báo cáo 12' }, clock);
    expect(refused.problems.map((p) => [p.code, p.at?.cell])).toEqual([['badDate', 'I2']]);
    const fixed = await port.run('mark', { doneDate: '2014-03-20' }, clock);
    expect(fixed.ok).toBe(true);
    expect(port.marked[0]!.cells.slice(0, 2)).toEqual([
      'Hoàn thành',
      { kind: 'date', iso: '2014-03-20' },
    ]);
  });
});

describe('unit files and merge', () => {
  /** A unit's file as its unit returns it, read back as the pane reads it. */
  function returnedFrom(port: MemoryPort, unitName: string, status: string): Returned {
    const file = port.offered.find((f) => f.name.startsWith(unitName));
    if (!file) throw new Error(unitName);
    const sheets = drawOnto([], workbookOf(file));
    const t = sheets.find((s) => s.name === SHEET.tracking)!;
    for (const row of t.values.slice(1)) row[7] = status;
    const r = readBook(sheets, { strict: false, file: file.name });
    if (!r.ok) throw new Error(r.problems[0]?.en);
    return returnedOf(file.name, r.value, r.warnings);
  }

  it('offers one file per unit, sealed, without drawing anything', async () => {
    const port = await bookPort();
    const r = await port.run('unitFiles', {}, clock);
    expect(r.message?.vi).toBe('Đã tạo 22 tệp cho các đơn vị.');
    expect(port.offered).toHaveLength(22);
    expect(port.offered[0]!.name).toBe('TPCB-thanh-doan-cao-bang.xlsx');
    expect((r.data?.files ?? [])[0]).toEqual({
      name: 'TPCB-thanh-doan-cao-bang.xlsx',
      unit: 'Thành Đoàn Cao Bằng',
      rows: 20,
    });
    expect(port.reads).toEqual(['meta', 'tracking', 'units', 'mappings']);
    expect(port.drawn).toEqual([]);
    expect(port.kept?.rows).toHaveLength(410);
  });

  it("merges a unit's returned file, drawing the rows, what counts them and the log", async () => {
    const port = await bookPort();
    await port.run('unitFiles', {}, clock);
    const returned = returnedFrom(port, 'TPCB', 'Hoàn thành');
    const r = await port.run('merge', { returned: [returned], refused: 1 }, clock);
    expect(r.message?.vi).toMatch(/^Đã gộp 1 tệp \(từ chối 1\): 20 thay đổi, 0 xung đột/);
    expect(port.drawn).toEqual([
      'meta',
      'tracking',
      'overview',
      'report',
      'criteria',
      'scores',
      'log',
    ]);
    expect(r.log).toHaveLength(20);
    expect(port.grid('log')!.values).toHaveLength(21);
  });

  it('says when nothing could be merged', async () => {
    const port = await bookPort();
    const r = await port.run('merge', { returned: [] }, clock);
    expect(r.ok).toBe(false);
    expect(r.notes).toEqual([
      {
        vi: 'Không gộp được tệp nào; sổ giữ nguyên.',
        en: 'No file could be merged; the book is unchanged.',
      },
    ]);
    expect(port.drawn).toEqual([]);
  });
});

describe('protect, selectMine and context', () => {
  it('protect sets the protections again, as the sheets are now', async () => {
    const port = await bookPort();
    const r = await port.run('protect', {}, clock);
    expect(r.message?.vi).toBe('Đã đặt lại bảo vệ các trang của sổ.');
    expect(port.protections).toBe(1);
    expect(port.drawn).toEqual([]);
  });

  it('takes a unit to the first block of its own rows, and says how many it has', async () => {
    const port = await bookPort();
    asUnit(port, ['BLAC'], 'baolac@example.org');
    const own = rowsOf(port, 'Huyện Đoàn Bảo Lạc');
    const r = await port.run('selectMine', {}, clock);
    expect(r.message?.vi).toBe(`Đã chọn ${own.length} hàng của Huyện Đoàn Bảo Lạc.`);
    expect(port.selected).toEqual({ role: 'tracking', row: own[0], rows: own.length, cols: 11 });
    asUnit(port, []);
    expect((await port.run('selectMine', {}, clock)).problems[0]!.code).toBe('unknownUser');
  });

  it("context says who is here, whether there is a book, and the user's own work in it", async () => {
    const empty = await new MemoryPort().run('context', {}, clock);
    expect(empty.data).toEqual({
      who: 'office',
      units: [],
      email: null,
      hasBook: false,
      work: null,
    });
    const port = await bookPort();
    const office = await port.run('context', {}, clock);
    const all = tracking(port).values.length - 1;
    expect(office.data?.work).toEqual({
      today: '2014-07-15',
      rows: all,
      done: 0,
      due: office.data!.work!.due,
      overdue: office.data!.work!.overdue,
      list: [],
    });
    expect(office.data!.work!.due + office.data!.work!.overdue).toBe(all);
    // one of Bảo Lạc's rows done, one overdue by its deadline; the rest still within theirs
    asUnit(port, ['BLAC'], 'baolac@example.org');
    const own = rowsOf(port, 'Huyện Đoàn Bảo Lạc');
    port.selection = { role: 'tracking', rows: [own[0]!] };
    expect((await port.run('mark', { status: 'done' }, clock)).ok).toBe(true);
    const r = await port.run('context', {}, clock);
    const work = r.data!.work!;
    expect(r.data).toMatchObject({
      who: 'unit',
      units: [{ code: 'BLAC', name: 'Huyện Đoàn Bảo Lạc' }],
      email: 'baolac@example.org',
      hasBook: true,
    });
    expect(work.list.map((w) => w.row)).toEqual(own);
    expect(work.rows).toBe(own.length);
    expect(work.done).toBe(1);
    const late = work.list.filter(
      (w) => w.status !== 'done' && w.deadline !== null && w.deadline < '2014-07-15',
    );
    expect(work.overdue).toBe(late.length);
    expect(work.overdue).toBeGreaterThan(0);
    expect(work.due).toBe(own.length - 1 - late.length);
    expect(work.list[0]).toMatchObject({ row: own[0], status: 'done' });
    expect(work.list[0]!.content).not.toBe('');
    expect(port.reads).toEqual(['meta', 'tracking', 'units', 'mappings']);
  });

  it('says which rows and which units are selected, before marking them, changing nothing', async () => {
    const port = await bookPort();
    const own = rowsOf(port, 'Huyện Đoàn Bảo Lạc');
    port.selection = { role: 'tracking', rows: [own[0]!, own[0]! + 1, own[0]! + 2, 0] };
    asUnit(port, ['BLAC'], 'baolac@example.org');
    const r = await port.run('selected', {}, clock);
    const units = [...new Set(r.data!.rows.map((x) => x.unit))].join(', ');
    expect(r.data!.rows.map((x) => x.row)).toEqual([own[0], own[0]! + 1, own[0]! + 2]);
    expect(r.message?.vi).toBe(
      `Đang chọn 3 hàng (hàng ${own[0]! + 1}–${own[0]! + 3} của trang "Theo dõi") của ${units}.`,
    );
    expect(port.drawn).toEqual([]);
    expect(port.marked).toEqual([]);
    port.selection = { role: 'tracking', rows: [0] };
    expect((await port.run('selected', {}, clock)).problems.map((p) => p.code)).toEqual([
      'noSelection',
    ]);
    port.selection = { role: 'report', rows: [3] };
    expect((await port.run('selected', {}, clock)).problems.map((p) => p.code)).toEqual([
      'notOnSheet',
    ]);
  });
});

describe('the in-memory host', () => {
  it('is strict: a read, a draw or a selection the command did not declare fails', async () => {
    const port = await bookPort();
    expect(() => port.readSheets(['log'])).toThrow(PortMisuse);
    const report = COMMANDS.report;
    const misuse = Object.assign(Object.create(Object.getPrototypeOf(port)) as MemoryPort, port);
    misuse.readSheets = () => {
      throw new PortMisuse('report reads log');
    };
    await expect(misuse.run('report', {}, clock)).rejects.toThrow('report reads log');
    expect(report.reads).not.toContain('log');
  });

  it("puts what a host could not draw in the user's words", async () => {
    const port = new MemoryPort();
    port.cannot = ['validation', 'print'];
    const r = await port.run('build', { plan }, clock);
    expect(r.notes).toEqual([
      {
        vi: vi.ui.missingFeatures({
          features: `${vi.ui.excel.features.validation}, ${vi.ui.excel.features.print}`,
        }),
        en: en.ui.missingFeatures({
          features: `${en.ui.excel.features.validation}, ${en.ui.excel.features.print}`,
        }),
      },
    ]);
  });
});

describe('the Vietnam clock', () => {
  it('gives the date in Việt Nam, which is ahead of UTC by seven hours all year', () => {
    expect(vietnamClock(new Date('2014-07-14T16:59:00Z')).today).toBe('2014-07-14');
    expect(vietnamClock(new Date('2014-07-14T17:00:00Z'))).toEqual({
      now: '2014-07-14T17:00:00.000Z',
      today: '2014-07-15',
    });
    expect(vietnamStamp(new Date('2014-12-31T17:05:00Z'))).toBe('01/01/2015 00:05');
  });
});
