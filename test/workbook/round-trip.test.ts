/**
 * The whole life of a book, through real files: build → split → units fill their files by the
 * column headers → consolidate → report; then an amended plan. Every entry made survives or is
 * archived, and LibreOffice, recalculating every formula itself, agrees with `report --json`.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Book, Entry } from '../../shared/book/model';
import { rowKey } from '../../shared/book/model';
import { describeBook } from '../../shared/layout/describe';
import type { Report } from '../../shared/report/compute';
import type { Status } from '../../shared/tracking/status';
import type { CellValue, SheetGrid } from '../../shared/workbook/spec';
import { readBookXlsx } from '../../shared/xlsx/book-io';
import { writeXlsx } from '../../shared/xlsx/write';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';
import { day, fillTracking } from '../helpers/fill';
import { CLASSIFICATION_LABELS } from '../../shared/book/classification';
import { describeWithLibreOffice, libreOfficeRecalculated } from '../helpers/libreoffice';
import { outputDir, SAMPLE } from '../helpers/paths';

const dir = outputDir('round-trip');
const bookFile = path.join(dir, 'book.xlsx');
const unitsDir = path.join(dir, 'units');
const mergedFile = path.join(dir, 'merged.xlsx');
const updatedFile = path.join(dir, 'updated.xlsx');

async function load(file: string): Promise<Book> {
  const r = await readBookXlsx(new Uint8Array(fs.readFileSync(file)), { strict: true });
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
  return r.value.book;
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
const dmy = (d: Date): string => iso(d).split('-').reverse().join('/');

/** What each unit types, by its file's position and the row's position: every kind of entry. */
function typedFor(k: number, row: { taskId: string; deadline: Date | null; index: number }) {
  const deadline = row.deadline ?? day('2014-12-31');
  switch (row.index % 5) {
    case 0:
      return {
        status: 'Hoàn thành',
        doneDate: addDays(deadline, -3),
        evidence: `Báo cáo số ${row.index + 1}-BC/ĐTN`,
      };
    case 1:
      return {
        status: 'Hoàn thành',
        doneDate: k % 3 === 0 ? dmy(addDays(deadline, 10)) : addDays(deadline, 10),
        note: 'Nộp muộn do lũ',
      };
    case 2:
      return { status: 'Đang thực hiện', note: 'Đang tổng hợp số liệu' };
    case 3:
      return {
        status: k % 2 === 0 ? 'xong' : 'HT',
        doneDate: addDays(deadline, -1),
        evidence: '=Số 5/BC-ĐTN (gõ dấu bằng)',
      };
    default:
      return null;
  }
}

function expectedEntry(
  k: number,
  row: { taskId: string; deadline: Date | null; index: number },
): Entry {
  const t = typedFor(k, row);
  if (!t) return { status: 'todo', doneDate: null, evidence: '', note: '' };
  const status: Status = t.status === 'Đang thực hiện' ? 'doing' : 'done';
  const dd =
    t.doneDate === undefined
      ? null
      : typeof t.doneDate === 'string'
        ? t.doneDate.split('/').reverse().join('-')
        : iso(t.doneDate);
  return { status, doneDate: dd, evidence: t.evidence ?? '', note: t.note ?? '' };
}

function entryOf(e: Entry): Entry {
  return { status: e.status, doneDate: e.doneDate, evidence: e.evidence, note: e.note };
}

/** The report's numbers on the `Báo cáo` sheet, found by their labels. */
function reportNumbers(grid: SheetGrid): {
  periods: Map<string, CellValue[]>;
  units: Map<string, CellValue[]>;
} {
  const periods = new Map<string, CellValue[]>();
  const units = new Map<string, CellValue[]>();
  let section = '';
  for (const row of grid.values) {
    const a = row[0];
    if (typeof a === 'string' && /^I+\. /.test(a)) section = a;
    if (section.startsWith('I. ') && typeof a === 'string' && typeof row[2] === 'number')
      periods.set(a, row.slice(2, 11));
    if (section.startsWith('II. ') && typeof a === 'number' && typeof row[1] === 'string')
      units.set(row[1], row.slice(2, 15));
  }
  return { periods, units };
}

/** Every figure of the period and unit tables, as LibreOffice computed it, against the core's. */
function expectAgreement(grid: SheetGrid, report: Report): void {
  const { periods, units } = reportNumbers(grid);
  const cell = (v: CellValue | undefined) => (v === '' || v === undefined ? null : v);
  const close = (got: CellValue, want: number | null) => {
    if (want === null) expect(got).toBeNull();
    else expect(got as number).toBeCloseTo(want, 12);
  };
  expect(periods.size).toBe(report.periods.length + 1);
  for (const p of [...report.periods, { label: 'Tổng cộng', ...report.overall }]) {
    const got = (periods.get(p.label) ?? []).map(cell);
    expect(got.slice(0, 6)).toEqual([p.tasks, p.assigned, p.due, p.doneOfDue, p.late, p.overdue]);
    close(got[6] ?? null, p.rate);
    expect(got[7]).toBe(p.done);
    close(got[8] ?? null, p.progress);
  }
  expect(units.size).toBe(report.units.length);
  for (const u of report.units) {
    const got = (units.get(u.name) ?? []).map(cell);
    expect(got[0]).toBe(u.bloc === '' ? null : u.bloc);
    expect(got.slice(1, 6)).toEqual([u.assigned, u.due, u.doneOfDue, u.late, u.overdue]);
    close(got[6] ?? null, u.rate);
    expect(got[7]).toBe(u.done);
    close(got[8] ?? null, u.progress);
    close(got[9] ?? null, u.score);
    expect(got[10]).toEqual(u.rank);
    const label = u.classification ? CLASSIFICATION_LABELS[u.classification].vi : 'Không xếp hạng';
    expect(got[11]).toBe(label);
    expect(got[12]).toBe(u.proposal);
  }
}

const unitFileIndex = new Map<string, number>();
const filled = new Map<string, Entry>();
let built: Book;

beforeAll(async () => {
  expect((await runCli(['build', SAMPLE, '-o', bookFile, '--as-of', '15/07/2014'])).code).toBe(0);
  expect((await runCli(['split', bookFile, '-o', unitsDir])).code).toBe(0);
  built = await load(bookFile);
  const names = new Map(built.units.map((u) => [u.name, u.code]));
  const files = fs.readdirSync(unitsDir).sort();
  files.forEach((f, k) => unitFileIndex.set(f, k));
  for (const f of files) {
    const k = unitFileIndex.get(f) as number;
    const extra = f.startsWith('BLAC-')
      ? [
          {
            taskId: '2014-Q1-01',
            unit: 'Thành Đoàn Cao Bằng',
            typed: { status: 'Hoàn thành', note: 'sửa hộ' },
          },
        ]
      : [];
    await fillTracking(
      path.join(unitsDir, f),
      (row) => {
        filled.set(rowKey(row.taskId, names.get(row.unit) as string), expectedEntry(k, row));
        return typedFor(k, row);
      },
      extra,
    );
  }
  // meanwhile the office marks one row itself, which the unit also changed: a conflict
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(bookFile);
  const ws = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
  ws.getRow(2).getCell(8).value = 'Không thực hiện';
  await wb.xlsx.writeFile(bookFile);
}, 120_000);

describe("consolidating the units' returned files", () => {
  let merged: Book;
  let out: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    const files = fs
      .readdirSync(unitsDir)
      .sort()
      .map((f) => path.join(unitsDir, f));
    out = await runCli(['consolidate', bookFile, ...files, '-o', mergedFile]);
    merged = await load(mergedFile);
  }, 120_000);

  it('merges every file and says what it did', () => {
    expect(out.code).toBe(0);
    expect(out.out).toMatch(/gộp 22 tệp \(từ chối 0\)/);
  });

  it('keeps every entry the units made, read back from the merged workbook', () => {
    const conflictKey = rowKey(built.rows.find((r) => r.unitCode === 'TPCB')!.taskId, 'TPCB');
    let compared = 0;
    for (const r of merged.rows) {
      const key = rowKey(r.taskId, r.unitCode);
      const want = filled.get(key);
      expect(want).toBeDefined();
      if (key === conflictKey) {
        // status and completion date go together: the office's "not carried out" keeps no date
        expect(r.status).toBe('skipped');
        expect(r.doneDate).toBeNull();
        expect({ ...entryOf(r), status: want!.status, doneDate: want!.doneDate }).toEqual(want);
      } else {
        expect(entryOf(r)).toEqual(want);
      }
      compared++;
    }
    expect(compared).toBe(built.rows.length);
    expect(compared).toBe(410);
  });

  it("keeps the office's value on a conflict and reports it", () => {
    expect(out.err).toMatch(
      /Xung đột ở "Trạng thái": văn phòng đã ghi "Không thực hiện", đơn vị gửi "Hoàn thành"/,
    );
    expect(merged.log.filter((e) => e.outcome === 'conflict').map((e) => e.field)).toEqual([
      'Trạng thái',
      'Ngày hoàn thành',
    ]);
  });

  it("refuses a row of another unit in a unit's file, naming the file and cell", () => {
    expect(out.err).toMatch(
      /BLAC-huyen-doan-bao-lac\.xlsx, trang tính "Theo dõi", ô A\d+\): Hàng của đơn vị "Thành Đoàn Cao Bằng" trong tệp của "Huyện Đoàn Bảo Lạc"/,
    );
    expect(merged.log.some((e) => e.outcome === 'rejected' && e.unitCode === 'BLAC')).toBe(true);
  });

  it('reads hand-typed statuses and dates typed as text, and says so', () => {
    expect(out.err).toMatch(/Trạng thái gõ tay "xong" được hiểu là "Hoàn thành"/);
    expect(out.err).toMatch(/Ngày được gõ dưới dạng chữ "\d\d\/\d\d\/2014"/);
  });

  it('keeps text that starts with "=" as text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(mergedFile);
    const ws = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
    let found = 0;
    ws.eachRow((row) => {
      const v = row.getCell(10).value;
      if (typeof v === 'string' && v.startsWith('=Số 5')) found++;
      expect(typeof v === 'object' && v !== null && 'formula' in v).toBe(false);
    });
    expect(found).toBeGreaterThan(10);
  });

  it('logs every applied change with who, what, old and new', () => {
    const applied = merged.log.filter((e) => e.outcome === 'applied');
    expect(applied.length).toBeGreaterThan(500);
    expect(applied[0]).toMatchObject({
      source: expect.stringMatching(/\.xlsx$/),
      field: expect.any(String),
    });
  });
});

describeWithLibreOffice('the report sheet recalculated by LibreOffice', () => {
  it.each([
    ['the built workbook', bookFile],
    ['the consolidated workbook', mergedFile],
  ])(
    'equals `thidua report --json` for %s',
    async (_name, file) => {
      const json = await runCli(['report', file, '--json']);
      expect(json.code).toBe(0);
      const report = JSON.parse(json.out) as Report;
      const sheets = await libreOfficeRecalculated(
        file,
        outputDir(`lo-${path.basename(file, '.xlsx')}`),
      );
      expectAgreement(sheets.find((s) => s.name === 'Báo cáo') as SheetGrid, report);
      if (file === mergedFile) expect(report.overall.done).toBeGreaterThan(100);
    },
    180_000,
  );

  it('recalculates rather than keeps the stored results', async () => {
    const book = await load(mergedFile);
    const { spec, report } = describeBook(book);
    for (const sheet of spec.sheets) {
      for (const row of sheet.rows) {
        row.forEach((c, i) => {
          if (c !== null && typeof c === 'object' && c.kind === 'formula')
            row[i] = { ...c, value: 999 };
        });
      }
    }
    const wrong = path.join(outputDir('lo-sabotaged'), 'wrong-cache.xlsx');
    fs.writeFileSync(wrong, await writeXlsx(spec));
    const sheets = await libreOfficeRecalculated(wrong, outputDir('lo-sabotaged-work'));
    expectAgreement(sheets.find((s) => s.name === 'Báo cáo') as SheetGrid, report);
  }, 180_000);
});

describe('applying an amended plan', () => {
  let before: Book;
  let after: Book;
  let out: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    const text = fs.readFileSync(SAMPLE, 'utf8');
    // Quý II: a new first task, the others renumbered
    const q2 = text.indexOf('\tQuý II/2014');
    const q3 = text.indexOf('\tIII\n');
    const renumbered = text
      .slice(q2, q3)
      .replace(/^\t(\d+)$/gm, (_m, n: string) => `\t${Number(n) + 1}`)
      .replace(
        '\tQuý II/2014\n\n',
        '\tQuý II/2014\n\n\t1\n\tTổ chức Hội nghị tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ Đoàn cơ sở.\n\t- BTV Tỉnh Đoàn.\n\n- Các huyện, Thành Đoàn và Đoàn trực thuộc.\n\t\n\n',
      );
    let amended = text.slice(0, q2) + renumbered + text.slice(q3);
    // Quý I task 2 reworded
    amended = amended.replace(
      'Chỉ đạo đẩy mạnh các phong trào thi đua thực hiện các chủ đề công tác tháng 01, 02, 3/2014',
      'Chỉ đạo đẩy mạnh phong trào thi đua thực hiện chủ đề công tác các tháng 01, 02, 3/2014',
    );
    // Quý III task 4 removed (20 rows, some with entries), the next renumbered
    const q3task4 =
      /\t4\n\tĐánh giá, tổng kết giai đoạn II[^\n]*\n\t- BTV Tỉnh Đoàn\.\n\n- Các huyện, Thành Đoàn và Đoàn trực thuộc\.\n\t\n\n\t5\n/;
    expect(q3task4.test(amended)).toBe(true);
    amended = amended.replace(q3task4, '\t4\n');
    const amendedFile = path.join(dir, 'ke-hoach-sua-doi.txt');
    fs.writeFileSync(amendedFile, amended);
    before = await load(mergedFile);
    out = await runCli(['update', mergedFile, amendedFile, '-o', updatedFile]);
    after = await load(updatedFile);
  }, 120_000);

  it('says what changed', () => {
    expect(out.code).toBe(0);
    expect(out.out).toMatch(
      /phiên bản 2\): giữ 28, sửa lời 1, thêm 1, bỏ 1 công việc; \d+ hàng chuyển sang "Lưu trữ"/,
    );
  });

  it('keeps every entry: on the same task, or in the archive for the removed one', () => {
    const removed = before.plan.periods[2]!.tasks[3]!;
    expect(removed.content).toMatch(/^Đánh giá, tổng kết giai đoạn II/);
    const now = new Map(after.rows.map((r) => [rowKey(r.taskId, r.unitCode), r]));
    const archived = new Map(after.archive.map((a) => [rowKey(a.taskId, a.unitCode), a]));
    let kept = 0;
    let moved = 0;
    for (const r of before.rows) {
      const key = rowKey(r.taskId, r.unitCode);
      if (r.taskId === removed.id) {
        if (r.status === 'todo' && !r.doneDate && !r.evidence && !r.note) continue;
        expect(entryOf(archived.get(key)!)).toEqual(entryOf(r));
        moved++;
      } else {
        expect(entryOf(now.get(key)!)).toEqual(entryOf(r));
        kept++;
      }
    }
    const removedRows = before.rows.filter((r) => r.taskId === removed.id);
    expect(kept).toBe(before.rows.length - removedRows.length);
    expect(moved).toBeGreaterThan(5);
    expect(after.archive).toHaveLength(moved);
    expect(after.archive[0]!.reason).toBe('Công việc bị bỏ khỏi kế hoạch');
  });

  it("keeps the reworded task's id and text, and gives the new task rows of its own", () => {
    const q1 = after.plan.periods[0]!.tasks[1]!;
    expect(q1.id).toBe('2014-Q1-02');
    expect(q1.content).toMatch(/^Chỉ đạo đẩy mạnh phong trào thi đua/);
    const q2 = after.plan.periods[1]!.tasks;
    expect(q2).toHaveLength(10);
    expect(q2[0]!.no).toBe(1);
    expect(before.plan.periods[1]!.tasks.map((t) => t.id)).not.toContain(q2[0]!.id);
    expect(q2[1]!.id).toBe('2014-Q2-01');
    const fresh = after.rows.filter((r) => r.taskId === q2[0]!.id);
    expect(fresh).toHaveLength(20);
    expect(fresh.every((r) => r.status === 'todo')).toBe(true);
    expect(after.meta.version).toBe(2);
  });
});
