/**
 * The report document the office sends up at mid-year (sơ kết) and year end (tổng kết), drafted
 * from the book: the header table, number and date lines, title, the figures of `computeReport`
 * by period, by bloc and unit, the overdue and late tasks, the proposals, marked places for the
 * office's own words, the signer and the recipients — in the format of Nghị định 30/2020/NĐ-CP
 * (A4; margins 20, 20, 30, 15 mm; Times New Roman 14).
 */
import { CLASSIFICATION_LABELS } from '../book/classification';
import { formatRate } from '../i18n/numbers';
import { REPORT_DOC as D } from '../i18n/report-doc-vi';
import type { Plan } from '../plan/model';
import { isoToDmy } from '../workbook/a1';
import type { Report } from './compute';
import type { DocBlock, DocParagraph, DocRun, DocSpec, DocTable } from './doc-spec';

const BODY = 14;
const TABLE = 11;
/** The header's lines (the issuer, the number, the place and date). */
const HEADER = 13;

const rate = (r: number | null): string => (r === null ? '–' : formatRate(r, 'vi'));
/** 87,50: scores to two decimals, as the workbook shows them. */
const points = (n: number | null): string => (n === null ? '–' : n.toFixed(2).replace('.', ','));

const p = (
  runs: DocRun[] | string,
  more: Omit<DocParagraph, 'type' | 'runs'> = {},
): DocParagraph => ({
  type: 'paragraph',
  runs: typeof runs === 'string' ? [{ text: runs }] : runs,
  ...more,
});
const heading = (text: string): DocParagraph =>
  p([{ text, bold: true }], { align: 'justify', keepNext: true, before: 6, after: 6 });
const body = (text: string): DocParagraph => p(text, { align: 'justify', indent: true, after: 6 });
/** A place the office fills in itself, marked so that it is not sent as it is. */
const place = (text: string): DocParagraph =>
  p([{ text, italic: true, highlight: true }], { align: 'justify', indent: true, after: 6 });

/** What the report covers: the first half or the whole of the plan's year (or school year). */
function span(plan: Plan, asOf: string): { title: string; next: string } {
  const school = plan.document.schoolYear;
  if (school) {
    const [y1, y2] = school.split('-').map(Number) as [number, number];
    const years = (a: number, b: number) => `${a} – ${b}`;
    return asOf <= `${y2}-01-31`
      ? { title: D.firstSemester(years(y1, y2)), next: D.secondSemester(years(y1, y2)) }
      : { title: D.schoolYear(years(y1, y2)), next: D.nextSchoolYear(years(y1 + 1, y2 + 1)) };
  }
  const year = plan.document.year ?? Number(asOf.slice(0, 4));
  return asOf <= `${year}-06-30`
    ? { title: D.firstHalf(year), next: D.secondHalf(year) }
    : { title: D.wholeYear(year), next: D.nextYear(year + 1) };
}

/** The office's part of the plan's number ("TĐTN-VP" of "73-KH/TĐTN-VP"), for the report's. */
function officeOf(number: string | null): string | null {
  const m = number ? /\/(.+)$/.exec(number) : null;
  return m ? m[1]!.trim() : null;
}

function header(plan: Plan, asOf: string): DocBlock[] {
  const doc = plan.document;
  const issuer = (doc.issuer ?? '').split('\n').filter((l) => l.trim() !== '');
  const left: DocParagraph[] = [
    ...issuer.map((line) => p(line, { align: 'center', size: HEADER })),
    p(D.stars, { align: 'center', size: HEADER }),
    p(D.number(officeOf(doc.number)), { align: 'center', size: HEADER }),
  ];
  const right: DocParagraph[] = [
    p([{ text: D.parent, bold: true, underline: true, size: 15 }], { align: 'center' }),
    // the date stands on the number's line, below the issuer's lines
    ...issuer.slice(1).map(() => p('', { size: HEADER })),
    p('', { size: HEADER }),
    p([{ text: D.placeDate(doc.place, asOf), italic: true }], { align: 'center', size: HEADER }),
  ];
  return [{ type: 'columns', widths: [45, 55], cells: [left, right] }];
}

function periodTable(r: Report): DocTable {
  const row = (label: string, c: Report['overall'], bold = false) => ({
    cells: [
      label,
      String(c.tasks),
      String(c.assigned),
      String(c.due),
      String(c.doneOfDue),
      String(c.late),
      String(c.overdue),
      rate(c.rate),
      rate(c.progress),
    ],
    ...(bold ? { bold } : {}),
  });
  return {
    type: 'table',
    widths: [16, 10, 9, 9, 12, 9, 9, 13, 13],
    align: ['left', ...Array<'center'>(8).fill('center')],
    header: [...D.periodHeaders],
    rows: [...r.periods.map((x) => row(x.label, x)), row(D.total, r.overall, true)],
    size: TABLE,
  };
}

function blocs(r: Report): DocBlock[] {
  const byCode = new Map(r.units.map((u) => [u.code, u]));
  const name = (code: string | null) => (code ? (byCode.get(code)?.name ?? code) : null);
  const out: DocBlock[] = [
    heading(D.byBloc),
    body(
      D.scoringSentence({
        max: points(r.maxPoints),
        excellent: formatRate(r.thresholds.excellent, 'vi'),
        good: formatRate(r.thresholds.good, 'vi'),
        pass: formatRate(r.thresholds.pass, 'vi'),
      }),
    ),
  ];
  r.blocs.forEach((b, i) => {
    out.push(
      heading(D.blocHeading(i + 1, b.name)),
      p([{ text: D.blocLeaders(name(b.head), name(b.deputy)), italic: true }], {
        align: 'justify',
        indent: true,
        keepNext: true,
        after: 6,
      }),
      {
        type: 'table',
        widths: [8, 26, 8, 10, 9, 9, 18, 12],
        align: ['center', 'left', 'center', 'center', 'center', 'center', 'left', 'left'],
        header: [...D.unitHeaders],
        rows: b.units.map((code) => {
          const u = byCode.get(code)!;
          return {
            cells: [
              u.rank === null ? '' : String(u.rank),
              u.name,
              String(u.due),
              String(u.doneOfDue),
              rate(u.rate),
              points(u.score),
              u.classification ? CLASSIFICATION_LABELS[u.classification].vi : '',
              u.proposal ?? '',
            ],
          };
        }),
        size: TABLE,
      },
    );
  });
  const others = r.units.filter((u) => u.bloc === '');
  if (others.length > 0) {
    out.push(heading(D.notRanked(r.blocs.length + 1)), {
      type: 'table',
      widths: [35, 12, 12, 15, 13, 13],
      align: ['left', 'center', 'center', 'center', 'center', 'center'],
      header: [...D.notRankedHeaders],
      rows: others.map((u) => ({
        cells: [
          u.name,
          String(u.assigned),
          String(u.due),
          String(u.doneOfDue),
          rate(u.rate),
          rate(u.progress),
        ],
      })),
      size: TABLE,
    });
  }
  return out;
}

type RowRef = Report['overdue'][number];

/** The rows of a list by task and deadline, in the order they come (the book's). */
function byTask(rows: readonly RowRef[]): RowRef[][] {
  const groups = new Map<string, RowRef[]>();
  for (const x of rows) {
    const key = `${x.taskId}\u0000${x.deadline ?? ''}`;
    const g = groups.get(key);
    if (g) g.push(x);
    else groups.set(key, [x]);
  }
  return [...groups.values()];
}

function lists(r: Report): DocBlock[] {
  const out: DocBlock[] = [heading(D.lists), heading(D.overdueHeading(r.overdue.length))];
  const deadline = (x: RowRef) => (x.deadline ? isoToDmy(x.deadline) : '');
  const overdue = byTask(r.overdue);
  if (overdue.length === 0) out.push(body(D.none));
  else
    out.push({
      type: 'table',
      widths: [7, 38, 13, 10, 32],
      align: ['center', 'left', 'center', 'center', 'left'],
      header: [...D.overdueHeaders],
      rows: overdue.map((g, i) => ({
        cells: [
          String(i + 1),
          D.task(g[0]!.taskId, g[0]!.content),
          deadline(g[0]!),
          String(g[0]!.days),
          g.map((x) => x.unitName).join(', '),
        ],
      })),
      size: TABLE,
    });
  out.push(heading(D.lateHeading(r.late.length)));
  const late = byTask(r.late);
  if (late.length === 0) out.push(body(D.none));
  else
    out.push({
      type: 'table',
      widths: [7, 40, 13, 40],
      align: ['center', 'left', 'center', 'left'],
      header: [...D.lateHeaders],
      rows: late.map((g, i) => ({
        cells: [
          String(i + 1),
          D.task(g[0]!.taskId, g[0]!.content),
          deadline(g[0]!),
          g
            .map((x) => D.lateUnit(x.unitName, x.doneDate ? isoToDmy(x.doneDate) : '', x.days))
            .join('; '),
        ],
      })),
      size: TABLE,
    });
  return out;
}

function proposals(r: Report): DocBlock[] {
  const name = new Map(r.units.map((u) => [u.code, u.name]));
  const out: DocBlock[] = [heading(D.proposals), body(D.proposalIntro)];
  r.blocs.forEach((b, i) => {
    out.push(heading(D.blocHeading(i + 1, b.name)));
    for (const k of b.proposals) {
      const units = k.units.map((c) => name.get(c) ?? c).join(', ');
      out.push(body(`- ${D.proposalLine(k.name, units || D.none)}`));
    }
  });
  return out;
}

function signer(plan: Plan): DocBlock {
  const s = plan.signature;
  const recipients = plan.recipients.length
    ? plan.recipients.map((x, i, all) => `- ${x}${i === all.length - 1 ? '.' : ';'}`)
    : [...D.recipientsBlank];
  const left: DocParagraph[] = [
    p([{ text: D.recipients, bold: true, italic: true }], { size: 12 }),
    ...recipients.map((x) => p(x, { size: 11 })),
  ];
  const right: DocParagraph[] = [
    p([{ text: s?.onBehalfOf ?? D.onBehalfOf, bold: true }], { align: 'center' }),
    p([{ text: s?.title ?? D.signerBlank, bold: true }], { align: 'center' }),
    ...['', '', '', ''].map((t) => p(t, { align: 'center' })),
    p([{ text: s?.name ?? D.signerBlank, bold: true }], { align: 'center' }),
  ];
  return { type: 'columns', widths: [42, 58], cells: [left, right] };
}

/** The report document of `report` (computed from the book of `plan`), as data. */
export function describeReportDoc(plan: Plan, r: Report): DocSpec {
  const doc = plan.document;
  const { title, next } = span(plan, r.asOf);
  const o = r.overall;
  return {
    page: { width: 210, height: 297, margins: { top: 20, bottom: 20, left: 30, right: 15 } },
    font: 'Times New Roman',
    size: BODY,
    blocks: [
      ...header(plan, r.asOf),
      p([{ text: D.kind, bold: true }], { align: 'center' }),
      p([{ text: D.title(title), bold: true }], { align: 'center' }),
      p(D.rule, { align: 'center', after: 12 }),
      body(
        D.intro({
          plan: D.planRef({
            number: doc.number,
            date: doc.date ? isoToDmy(doc.date) : null,
            title: doc.title,
          }),
          asOf: isoToDmy(r.asOf),
        }),
      ),
      heading(D.byPeriod),
      body(
        D.overallSentence({
          tasks: o.tasks,
          assigned: o.assigned,
          due: o.due,
          doneOfDue: String(o.doneOfDue),
          rate: rate(o.rate),
          late: o.late,
          overdue: o.overdue,
          done: o.done,
          progress: rate(o.progress),
        }),
      ),
      periodTable(r),
      ...blocs(r),
      ...lists(r),
      ...proposals(r),
      heading(D.shortcomings),
      place(D.shortcomingsPlace),
      heading(D.directions(next)),
      place(D.directionsPlace),
      p(''),
      signer(plan),
    ],
  };
}
