/**
 * Blocs, due-based rates and criteria scores: the core's figures on a book with the office's own
 * criteria, hand scores and a bonus over its cap, held to hand-worked numbers, read back from the
 * .xlsx, and recomputed by LibreOffice for a mid-year and a year-end report date.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { CLASSIFICATION_LABELS } from '../../shared/book/classification';
import { createBook } from '../../shared/book/create';
import type { Book, TrackingRow } from '../../shared/book/model';
import type { Scoring } from '../../shared/book/scoring';
import { readXlsx } from '../../shared/files/read-xlsx';
import { describeBook } from '../../shared/layout/describe';
import { readPlanText } from '../../shared/plan/read';
import { readBook } from '../../shared/read/book';
import type { Report } from '../../shared/report/compute';
import { computeReport } from '../../shared/report/compute';
import { CAO_BANG_2014 } from '../../shared/units/cao-bang-2014';
import type { CellValue, SheetGrid } from '../../shared/workbook/spec';
import { writeXlsx } from '../../shared/xlsx/write';
import { samplePlanText } from '../addin/helpers/books';
import { runCli } from '../helpers/cli';
import { describeWithLibreOffice, libreOfficeRecalculated } from '../helpers/libreoffice';
import { outputDir } from '../helpers/paths';

const MID_YEAR = '2014-06-30';
const YEAR_END = '2014-12-31';

const SCORING: Scoring = {
  criteria: [
    {
      name: 'Thực hiện kế hoạch',
      max: 60,
      method: 'plan',
      overduePenalty: 2,
      latePenalty: 1,
    },
    { name: 'Công tác tuyên truyền', max: 20, method: 'manual', overduePenalty: 0, latePenalty: 0 },
    { name: 'Xây dựng tổ chức', max: 20, method: 'manual', overduePenalty: 0, latePenalty: 0 },
  ],
  bonusCap: 5,
  commendations: [
    { name: 'Cờ thi đua', perBloc: 1, least: 'excellent' },
    { name: 'Bằng khen', perBloc: 1, least: 'good' },
    { name: 'Giấy khen', perBloc: 2, least: 'pass' },
  ],
};

const addDays = (iso: string, n: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * How each unit filled its rows, by its share of its rows (taken in deadline order): done on
 * time, then done late (3 days after the deadline), then declared not carried out; the rest
 * untouched. BLAC and BLAM fill alike: a tie.
 */
const FILLS: Record<string, { onTime: number; late: number; skipped: number }> = {
  TPCB: { onTime: 0.5, late: 0.1, skipped: 0 },
  BLAC: { onTime: 0.3, late: 0.1, skipped: 0.05 },
  BLAM: { onTime: 0.3, late: 0.1, skipped: 0.05 },
  HQ: { onTime: 0.8, late: 0, skipped: 0 },
  DKCQ: { onTime: 0.4, late: 0.2, skipped: 0 },
  DKDN: { onTime: 0.6, late: 0, skipped: 0 },
  CA: { onTime: 0.7, late: 0.05, skipped: 0 },
  CDSP: { onTime: 0.2, late: 0, skipped: 0 },
};

function filled(rows: TrackingRow[]): TrackingRow[] {
  const byUnit = new Map<string, TrackingRow[]>();
  for (const r of rows) byUnit.set(r.unitCode, [...(byUnit.get(r.unitCode) ?? []), r]);
  const out = new Map<TrackingRow, TrackingRow>();
  for (const [code, list] of byUnit) {
    const f = FILLS[code];
    if (!f) continue;
    const sorted = [...list].sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? ''));
    const n = sorted.length;
    const onTime = Math.round(n * f.onTime);
    const late = Math.round(n * f.late);
    const skipped = Math.round(n * f.skipped);
    sorted.forEach((r, i) => {
      const deadline = r.deadline as string;
      if (i < onTime) out.set(r, { ...r, status: 'done', doneDate: addDays(deadline, -2) });
      else if (i < onTime + late)
        out.set(r, { ...r, status: 'done', doneDate: addDays(deadline, 3) });
      else if (i < onTime + late + skipped) out.set(r, { ...r, status: 'skipped' });
    });
  }
  return rows.map((r) => out.get(r) ?? r);
}

function scoredBook(asOf: string): Book {
  const plan = readPlanText(samplePlanText());
  if (!plan.ok) throw new Error('plan');
  // Đoàn Khối doanh nghiệp moved to the armed forces' bloc this year
  const units = CAO_BANG_2014.map((u) =>
    u.code === 'DKDN' ? { ...u, bloc: 'Khối lực lượng vũ trang', blocRole: undefined } : u,
  ).map(({ blocRole, ...u }) => (blocRole ? { ...u, blocRole } : u));
  const { book } = createBook(plan.value, { units, asOf, now: '2014-04-10T02:00:00.000Z' });
  return {
    ...book,
    rows: filled(book.rows),
    scoring: SCORING,
    handScores: {
      TPCB: { points: { 'Công tác tuyên truyền': 15, 'Xây dựng tổ chức': 12 }, bonus: 8 },
      BLAC: { points: { 'Công tác tuyên truyền': 10, 'Xây dựng tổ chức': 10 }, bonus: null },
      BLAM: { points: { 'Công tác tuyên truyền': 10, 'Xây dựng tổ chức': 10 }, bonus: null },
      HQ: { points: { 'Công tác tuyên truyền': 18.5 }, bonus: 2 },
      CA: { points: { 'Công tác tuyên truyền': 20, 'Xây dựng tổ chức': 20 }, bonus: 5 },
    },
  };
}

const unit = (r: Report, code: string) => r.units.find((u) => u.code === code)!;

describe('scores, ranks and proposals within each bloc', () => {
  const report = computeReport(scoredBook(MID_YEAR));

  it('scores the plan criterion as points × done of due, less the penalties', () => {
    const t = unit(report, 'TPCB');
    expect(t.due).toBeGreaterThan(0);
    const plan = Math.max(0, (60 * t.doneOfDue) / t.due - 2 * t.overdue - 1 * t.late);
    expect(t.points).toEqual([plan, 15, 12]);
    // the bonus of 8 counts up to its cap of 5
    expect(t.score).toBe(Math.round((plan + 15 + 12 + 5) * 100) / 100);
    expect(t.rate).toBe(t.doneOfDue / t.due);
    expect(t.progress).toBe(t.done / t.assigned);
  });

  it('counts a criterion not yet scored by hand as 0, and names it', () => {
    expect(unit(report, 'HQ').unscored).toEqual(['Xây dựng tổ chức']);
    expect(unit(report, 'HA').unscored).toEqual(['Công tác tuyên truyền', 'Xây dựng tổ chức']);
  });

  it('gives units with the same score the same rank, and the next unit the rank after both', () => {
    const [blac, blam] = [unit(report, 'BLAC'), unit(report, 'BLAM')];
    expect(blac.score).toBe(blam.score);
    expect(blac.rank).toBe(blam.rank);
    const district = report.blocs.find((b) => b.name === 'Khối huyện, thành phố')!;
    const ranks = district.units.map((c) => unit(report, c).rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => (a ?? 99) - (b ?? 99)));
    const below = report.units.filter(
      (u) => u.bloc === blac.bloc && u.score !== null && u.score < (blac.score as number),
    );
    const higher = report.units.filter(
      (u) => u.bloc === blac.bloc && u.score !== null && u.score > (blac.score as number),
    ).length;
    expect(blac.rank).toBe(higher + 1);
    for (const u of below) expect(u.rank).toBeGreaterThanOrEqual(higher + 3);
  });

  it('ranks a unit moved to another bloc there, with all its rows', () => {
    const dkdn = unit(report, 'DKDN');
    expect(dkdn.bloc).toBe('Khối lực lượng vũ trang');
    expect(dkdn.assigned).toBe(20);
    const armed = report.blocs.find((b) => b.name === 'Khối lực lượng vũ trang')!;
    const affiliated = report.blocs.find((b) => b.name === 'Khối Đoàn trực thuộc')!;
    expect(armed.units).toContain('DKDN');
    expect(affiliated.units).toEqual(['DKCQ']);
    expect(armed.head).toBe('CA');
  });

  it('ranks the only unit of a bloc first', () => {
    const schools = report.blocs.find((b) => b.name === 'Khối trường học')!;
    expect(schools.units).toEqual(['CDSP']);
    expect(unit(report, 'CDSP').rank).toBe(1);
  });

  it("leaves the office's own departments out of ranking", () => {
    for (const code of ['BTV', 'VP', 'TCKT', 'TG', 'TTNTH']) {
      const u = unit(report, code);
      expect([u.bloc, u.score, u.rank, u.classification, u.proposal]).toEqual([
        '',
        null,
        null,
        null,
        null,
      ]);
    }
    expect(report.blocs.flatMap((b) => b.units)).not.toContain('BTV');
  });

  it('proposes each commendation to the units ranked within its count that are classified for it', () => {
    for (const b of report.blocs) {
      let within = 0;
      const given = new Set<string>();
      for (const [i, k] of SCORING.commendations.entries()) {
        within += k.perBloc;
        const want = b.units.filter((c) => {
          const u = unit(report, c);
          const levels = ['fail', 'pass', 'good', 'excellent'];
          const ok =
            u.rank !== null &&
            u.rank <= within &&
            levels.indexOf(u.classification as string) >= levels.indexOf(k.least) &&
            !given.has(c);
          if (ok) given.add(c);
          return ok;
        });
        expect(b.proposals[i]).toEqual({ name: k.name, units: want });
      }
    }
    expect(report.blocs.some((b) => b.proposals.some((p) => p.units.length > 0))).toBe(true);
  });
});

describe('a ranked unit with nothing due yet, beside units with work due', () => {
  // Văn phòng's only task falls in the third quarter; put it in a bloc with a district
  const book = scoredBook(MID_YEAR);
  const units = book.units.map((u) =>
    u.code === 'VP' || u.code === 'TN' ? { ...u, bloc: 'Khối thử' } : u,
  );
  const report = computeReport({ ...book, units });

  it('is "chưa đến hạn": not scored, not ranked, not proposed, and ranks nobody below it', () => {
    const vp = unit(report, 'VP');
    expect([vp.assigned, vp.due, vp.score, vp.rank, vp.classification, vp.proposal]).toEqual([
      1,
      0,
      null,
      null,
      'notDue',
      null,
    ]);
    expect(unit(report, 'TN').rank).toBe(1);
    expect(report.blocs.find((b) => b.name === 'Khối thử')!.units).toEqual(['TN', 'VP']);
  });
});

describe('before anything is due', () => {
  const report = computeReport(scoredBook('2014-01-01'));

  it('calls a unit "chưa đến hạn", neither failing nor ranked', () => {
    const t = unit(report, 'TPCB');
    expect([t.due, t.rate, t.score, t.rank, t.classification, t.proposal]).toEqual([
      0,
      null,
      null,
      null,
      'notDue',
      null,
    ]);
    expect(report.units.filter((u) => u.classification === 'fail')).toEqual([]);
  });
});

/** The unit table of `Báo cáo` as LibreOffice computed it, by unit name. */
function unitTable(grid: SheetGrid): Map<string, CellValue[]> {
  const units = new Map<string, CellValue[]>();
  let section = '';
  for (const row of grid.values) {
    const a = row[0];
    if (typeof a === 'string' && /^I+\. /.test(a)) section = a;
    if (section.startsWith('II. ') && typeof a === 'number' && typeof row[1] === 'string')
      units.set(
        row[1],
        row.slice(2, 15).map((v) => (v === '' ? null : v)),
      );
  }
  return units;
}

function expectUnitsAgree(grid: SheetGrid, report: Report): void {
  const units = unitTable(grid);
  expect(units.size).toBe(report.units.length);
  for (const u of report.units) {
    const got = units.get(u.name) ?? [];
    expect(got.slice(1, 6)).toEqual([u.assigned, u.due, u.doneOfDue, u.late, u.overdue]);
    if (u.score === null) expect(got[9]).toBeNull();
    else expect(got[9] as number).toBeCloseTo(u.score, 9);
    expect(got[10]).toEqual(u.rank);
    expect(got[11]).toBe(
      u.classification ? CLASSIFICATION_LABELS[u.classification].vi : 'Không xếp hạng',
    );
    expect(got[12]).toBe(u.proposal);
  }
}

async function written(book: Book, name: string): Promise<string> {
  const file = path.join(outputDir('blocs-scores'), name);
  fs.writeFileSync(file, await writeXlsx(describeBook(book).spec));
  return file;
}

async function readBack(file: string): Promise<Book> {
  const read = await readXlsx(new Uint8Array(fs.readFileSync(file)));
  const r = readBook(read.sheets, { strict: false, today: '2014-12-31' });
  if (!r.ok) throw new Error(r.problems.map((p) => p.en).join('\n'));
  return r.value.book;
}

describe('the scoring in the workbook', () => {
  it('reads back the criteria and the points entered by hand', async () => {
    const book = scoredBook(MID_YEAR);
    const back = await readBack(await written(book, 'read-back.xlsx'));
    expect(back.scoring).toEqual(SCORING);
    expect(back.handScores).toEqual(book.handScores);
    const [again, first] = [computeReport(back), computeReport(book)];
    expect(again.units).toEqual(first.units);
    expect(again.blocs).toEqual(first.blocs);
  });

  it('names the points that no longer count when a criterion is renamed, and changes no file', async () => {
    const file = await written(scoredBook(MID_YEAR), 'renamed-criterion.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const criteria = wb.getWorksheet('Tiêu chí')!;
    criteria.eachRow((row) => {
      if (row.getCell(2).value === 'Xây dựng tổ chức')
        row.getCell(2).value = 'Xây dựng tổ chức Đoàn';
    });
    await wb.xlsx.writeFile(file);
    const before = fs.readFileSync(file);
    const r = await runCli(['report', file, '--json']);
    expect(r.code).toBe(0);
    // the points typed under the old name are named, unit by unit, before a rewrite leaves them out
    expect(r.err).toContain(
      'Điểm đã nhập của "TPCB" ở cột "Xây dựng tổ chức" không còn được tính (không còn đơn vị hoặc tiêu chí này); lần ghi lại trang Chấm điểm sẽ bỏ các điểm đó.',
    );
    // BLAC, BLAM and CA alike, grouped with the cell of each
    expect(r.err).toContain('… và 3 chỗ khác cùng loại: ô B6, ô B7, ô B20.');
    const report = JSON.parse(r.out) as Report;
    expect(unit(report, 'TPCB').unscored).toEqual(['Xây dựng tổ chức Đoàn']);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses points out of range or typed as text, naming the cell', async () => {
    const file = await written(scoredBook(MID_YEAR), 'bad-scores.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Chấm điểm')!;
    // row 5 is the first unit (TPCB); columns F and G are the two criteria scored by hand
    expect(ws.getCell('B5').value).toBe('TPCB');
    ws.getCell('F5').value = 'mười lăm';
    ws.getCell('G6').value = 25;
    await wb.xlsx.writeFile(file);
    const before = fs.readFileSync(file);
    const r = await runCli(['report', file, '--json']);
    expect(r.code).not.toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(r.err).toContain('trang tính "Chấm điểm", ô F5');
    expect(r.err).toContain(
      'Điểm "mười lăm" của tiêu chí "Công tác tuyên truyền" không hợp lệ: cần một số từ 0 đến 20.',
    );
    expect(r.err).toContain('trang tính "Chấm điểm", ô G6');
    expect(r.err).toContain('Điểm "25" của tiêu chí "Xây dựng tổ chức" không hợp lệ');
  });
});

describeWithLibreOffice('the scores recalculated by LibreOffice', () => {
  it.each([
    ['mid-year', MID_YEAR],
    ['year end', YEAR_END],
  ])(
    'equal the core for the %s report',
    async (name, asOf) => {
      const book = scoredBook(asOf);
      const file = await written(book, `lo-${name.replace(' ', '-')}.xlsx`);
      const sheets = await libreOfficeRecalculated(file, outputDir(`blocs-lo-${asOf}`));
      expectUnitsAgree(
        sheets.find((s) => s.name === 'Báo cáo')!,
        computeReport(book),
      );
    },
    180_000,
  );

  it('recompute a sabotaged copy whose stored results are all wrong', async () => {
    const book = scoredBook(MID_YEAR);
    const { spec, report } = describeBook(book);
    for (const sheet of spec.sheets) {
      for (const row of sheet.rows) {
        row.forEach((c, i) => {
          if (c !== null && typeof c === 'object' && c.kind === 'formula')
            row[i] = { ...c, value: 999 };
        });
      }
    }
    const wrong = path.join(outputDir('blocs-scores'), 'sabotaged.xlsx');
    fs.writeFileSync(wrong, await writeXlsx(spec));
    const sheets = await libreOfficeRecalculated(wrong, outputDir('blocs-lo-sabotaged'));
    expectUnitsAgree(
      sheets.find((s) => s.name === 'Báo cáo')!,
      report,
    );
  }, 180_000);
});
