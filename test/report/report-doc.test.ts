/**
 * The report document (.docx) from the command line on a book with a realistic picture (some
 * units ahead, some late, one with nothing done): opened by LibreOffice and made a PDF, whose
 * text holds the plan's number and title, the signer and the same figures as `report --json`;
 * the page is A4 with the state margins (Nghị định 30/2020), and the title says which half.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { CLASSIFICATION_LABELS } from '../../shared/book/classification';
import { createBook } from '../../shared/book/create';
import type { Book, TrackingRow } from '../../shared/book/model';
import { formatRate } from '../../shared/i18n/numbers';
import { describeBook } from '../../shared/layout/describe';
import { readPlanText } from '../../shared/plan/read';
import type { Report } from '../../shared/report/compute';
import { CAO_BANG_2014 } from '../../shared/units/cao-bang-2014';
import { writeXlsx } from '../../shared/xlsx/write';
import { samplePlanText } from '../addin/helpers/books';
import { runCli } from '../helpers/cli';
import { describeWithWriter, libreOfficePdfs } from '../helpers/libreoffice';
import { outputDir } from '../helpers/paths';

const addDays = (iso: string, n: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Of each unit's rows in deadline order: the share done on time, then the share done late. */
const FILLS: Record<string, { onTime: number; late: number }> = {
  TPCB: { onTime: 1, late: 0 },
  HQ: { onTime: 0.9, late: 0.1 },
  HA: { onTime: 0.6, late: 0.2 },
  BLAC: { onTime: 0.3, late: 0.1 },
  DKCQ: { onTime: 1, late: 0 },
  DKDN: { onTime: 0.5, late: 0 },
  CA: { onTime: 0.95, late: 0.05 },
  BDBP: { onTime: 0.7, late: 0 },
  CDSP: { onTime: 0.8, late: 0.2 },
  BTV: { onTime: 0.5, late: 0 },
};

function filledBook(): Book {
  const plan = readPlanText(samplePlanText());
  if (!plan.ok) throw new Error('the sample plan');
  const { book } = createBook(plan.value, {
    units: [...CAO_BANG_2014],
    asOf: '2014-06-30',
    now: '2014-04-10T02:00:00.000Z',
  });
  const byUnit = new Map<string, TrackingRow[]>();
  for (const r of book.rows) byUnit.set(r.unitCode, [...(byUnit.get(r.unitCode) ?? []), r]);
  const done = new Map<TrackingRow, TrackingRow>();
  for (const [code, list] of byUnit) {
    const f = FILLS[code];
    if (!f) continue;
    const sorted = [...list].sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? ''));
    const onTime = Math.round(sorted.length * f.onTime);
    const late = Math.round(sorted.length * f.late);
    sorted.forEach((r, i) => {
      const deadline = r.deadline as string;
      if (i < onTime) done.set(r, { ...r, status: 'done', doneDate: addDays(deadline, -2) });
      // done 3 days late, within the plan's year
      else if (i < onTime + late && addDays(deadline, 3) <= '2014-12-31')
        done.set(r, { ...r, status: 'done', doneDate: addDays(deadline, 3) });
    });
  }
  return { ...book, rows: book.rows.map((r) => done.get(r) ?? r) };
}

/** The text without its spaces and line breaks: pdftotext breaks lines and words where it lays them out. */
const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * The figures found in `s` in order after `start`, each within a table row's reach of the one
 * before: the cells of a row come out of pdftotext in order, if not always side by side (a row
 * split by a page break has the repeated header between).
 */
function inOrder(s: string, start: string, figures: string[]): string[] {
  let at = s.indexOf(start);
  if (at < 0) return [`(no ${start})`];
  at += start.length;
  const found: string[] = [];
  for (const f of figures) {
    const next = s.indexOf(f, at);
    if (next < 0 || next - at > 200) break;
    found.push(f);
    at = next + f.length;
  }
  return found;
}

const score = (n: number | null): string => (n === null ? '–' : n.toFixed(2).replace('.', ','));
const rate = (r: number | null): string => (r === null ? '–' : formatRate(r, 'vi'));

/**
 * Each bloc's table as the document must hold it: its units in rank order, with their figures,
 * classification and proposal (the PDF's text is held to the figures up to the score: the cells
 * that wrap come out of pdftotext interleaved).
 */
function unitRows(report: Report): string[][] {
  const byCode = new Map(report.units.map((u) => [u.code, u]));
  return report.blocs.map((b) =>
    b.units.map((code) => {
      const u = byCode.get(code)!;
      return [
        String(u.rank ?? ''),
        u.name,
        String(u.due),
        String(u.doneOfDue),
        rate(u.rate),
        score(u.score),
        u.classification ? CLASSIFICATION_LABELS[u.classification].vi : '',
        u.proposal ?? '',
      ].join(' | ');
    }),
  );
}

/** The rows of the document's tables, their cells' text joined by " | ". */
function tableRows(docx: string): string[] {
  const xml = new TextDecoder().decode(unzipSync(fs.readFileSync(docx))['word/document.xml']);
  const text = (x: string) =>
    [...x.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0])).join(' | '),
  );
}

function proposalLines(report: Report): string[] {
  const name = new Map(report.units.map((u) => [u.code, u.name]));
  return report.blocs.flatMap((b) =>
    b.proposals
      .filter((k) => k.units.length > 0)
      .map((k) => `${k.name}: ${k.units.map((c) => name.get(c)).join(', ')}`),
  );
}

describeWithWriter('the report document (.docx) from the command line', () => {
  const dir = outputDir('report-doc');
  const book = path.join(dir, 'so.xlsx');
  const mid = path.join(dir, 'bao-cao-6-thang.docx');
  const end = path.join(dir, 'bao-cao-nam.docx');
  let reports: { mid: Report; end: Report };
  let pdfs: { mid: string; end: string };
  let text: { mid: string; end: string };

  beforeAll(async () => {
    fs.writeFileSync(book, await writeXlsx(describeBook(filledBook()).spec));
    const run = async (args: string[]) => {
      const r = await runCli(args);
      if (r.code !== 0) throw new Error(`thidua ${args.join(' ')}: ${r.err}`);
      return r.out;
    };
    const json = async (asOf: string) =>
      JSON.parse(await run(['report', book, '--json', '--as-of', asOf])) as Report;
    reports = { mid: await json('30/06/2014'), end: await json('31/12/2014') };
    expect(await run(['report', book, '--docx', mid, '--as-of', '30/06/2014'])).toBe(
      'Đã ghi báo cáo bao-cao-6-thang.docx: văn phòng viết thêm phần tồn tại, hạn chế và phương hướng (chỗ tô vàng).\n',
    );
    await run(['report', book, '--docx', end, '--as-of', '31/12/2014']);
    const [a, b] = libreOfficePdfs([mid, end], dir);
    pdfs = { mid: a!, end: b! };
    const pdftotext = (pdf: string) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    text = { mid: pdftotext(pdfs.mid), end: pdftotext(pdfs.end) };
  }, 240_000);

  it('is A4 with the state margins: top and bottom 20 mm, left 30 mm, right 15 mm', () => {
    for (const file of [mid, end]) {
      const xml = new TextDecoder().decode(unzipSync(fs.readFileSync(file))['word/document.xml']);
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      const mar = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
      const attr = (n: string) => Number(new RegExp(`w:${n}="(\\d+)"`).exec(mar)![1]);
      // 20 mm = 1134 twips, 30 mm = 1701, 15 mm = 850
      expect([attr('top'), attr('bottom'), attr('left'), attr('right')]).toEqual([
        1134, 1134, 1701, 850,
      ]);
    }
    for (const pdf of [pdfs.mid, pdfs.end]) {
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(/Page size:\s+(.*)/.exec(info)![1]).toBe('595.304 x 841.89 pts (A4)');
    }
  });

  it('says which half of the plan year it reports on', () => {
    const title = 'Kết quả thực hiện công tác thi đua, khen thưởng';
    expect(squash(text.mid)).toContain(squash(`BÁO CÁO ${title} 6 tháng đầu năm 2014`));
    expect(squash(text.end)).toContain(squash(`BÁO CÁO ${title} năm 2014`));
    expect(squash(text.end)).not.toContain(squash(`${title} 6 tháng đầu năm`));
    expect(squash(text.mid)).toContain(squash('VI. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2014'));
    expect(squash(text.end)).toContain(squash('VI. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2015'));
  });

  it('names the plan by its number, date and title, and has its issuer, signer and recipients', () => {
    for (const [t, asOf] of [
      [text.mid, '30 tháng 6'],
      [text.end, '31 tháng 12'],
    ] as const) {
      const s = squash(t);
      expect(s).toContain(
        squash(
          'Thực hiện Kế hoạch số 73-KH/TĐTN-VP ngày 07/04/2014 về thực hiện công tác Thi đua, Khen thưởng năm 2014',
        ),
      );
      expect(s).toContain(squash('BCH ĐOÀN TỈNH CAO BẰNG *** Số: -BC/TĐTN-VP'));
      expect(s).toContain(squash('ĐOÀN TNCS HỒ CHÍ MINH'));
      expect(s).toContain(squash(`Cao Bằng, ngày ${asOf} năm 2014`));
      expect(s).toContain(squash('TM. BAN THƯỜNG VỤ TỈNH ĐOÀN BÍ THƯ'));
      expect(s).toContain(squash('Bế Đăng Khoa'));
      expect(s).toContain(squash('Nơi nhận: - Sở Nội vụ (báo cáo);'));
      expect(s).toContain(squash('- Lưu VT, VP, TĐKT.'));
      expect(s).toContain(squash('V. TỒN TẠI, HẠN CHẾ [Văn phòng viết phần này'));
    }
  });

  it('holds the figures of report --json: overall, each bloc by rank with scores, the proposals', () => {
    for (const [t, r] of [
      [text.mid, reports.mid],
      [text.end, reports.end],
    ] as const) {
      const s = squash(t);
      const o = r.overall;
      expect(s).toContain(
        squash(
          `đến hạn, đã hoàn thành ${o.doneOfDue} lượt (tỉ lệ ${rate(o.rate)}), trong đó ${o.late} lượt hoàn thành trễ hạn; ${o.overdue} lượt quá hạn`,
        ),
      );
      expect(s).toContain(
        squash(
          `Tổng cộng ${o.tasks} ${o.assigned} ${o.due} ${o.doneOfDue} ${o.late} ${o.overdue} ${rate(o.rate)} ${rate(o.progress)}`,
        ),
      );
      for (const bloc of unitRows(r)) {
        for (const row of bloc) {
          const [rank, name, ...figures] = row.split(' | ').slice(0, 6).map(squash);
          expect(inOrder(s, squash(`${rank}${name}`), figures)).toEqual(figures);
        }
      }
      const proposals = proposalLines(r);
      expect(proposals.length).toBeGreaterThan(0);
      for (const line of proposals) expect(s).toContain(squash(line));
    }
  });

  it("has each bloc's table of report --json, in rank order, with classification and proposal", () => {
    for (const [file, r] of [
      [mid, reports.mid],
      [end, reports.end],
    ] as const) {
      const rows = tableRows(file);
      for (const bloc of unitRows(r)) {
        const at = rows.indexOf(bloc[0]!);
        expect(at).toBeGreaterThan(0);
        expect(rows.slice(at, at + bloc.length)).toEqual(bloc);
      }
    }
  });

  it('lists the overdue and late rows by task, as many as report --json counts', () => {
    for (const [t, r] of [
      [text.mid, reports.mid],
      [text.end, reports.end],
    ] as const) {
      const s = squash(t);
      expect(s).toContain(squash(`1. Nhiệm vụ quá hạn chưa hoàn thành (${r.overdue.length} lượt)`));
      expect(s).toContain(squash(`2. Nhiệm vụ hoàn thành trễ hạn (${r.late.length} lượt)`));
      for (const x of [...r.overdue, ...r.late]) expect(s).toContain(squash(x.unitName));
    }
  });
});
