/** `Kế hoạch`: the plan as the document shows it, printable on A4. */
import { PLAN_HEADERS, SHEET, WB } from '../i18n/workbook-vi';
import type { Plan, Section } from '../plan/model';
import { romanValue } from '../plan/roman';
import type { SheetSpec } from '../workbook/spec';
import { FILL, SheetBuilder } from './builder';

export function planSheet(plan: Plan): SheetSpec {
  const hasWhen = plan.periods.some((p) => p.tasks.some((t) => t.when !== null));
  const headers: string[] = [PLAN_HEADERS.no, PLAN_HEADERS.content];
  const columns = [6, 62];
  if (hasWhen) {
    headers.push(PLAN_HEADERS.when);
    columns.push(16);
  }
  headers.push(PLAN_HEADERS.owners, PLAN_HEADERS.note);
  columns.push(36, 20);
  const width = headers.length;
  const b = new SheetBuilder(width);
  const d = plan.document;
  const left = 2;
  const right = width - left;

  const head = (l: string, r: string, bold: boolean): void => {
    const row = b.add([l, ...new Array(left - 1).fill(null), r]);
    b.merge({ row, col: 0, rows: 1, cols: left });
    b.merge({ row, col: left, rows: 1, cols: right });
    b.style({ row, col: 0, rows: 1, cols: width }, { hAlign: 'center', bold });
  };
  head(d.issuer ?? '', d.parent ?? '', true);
  head(WB.number(d.number), WB.placeDate(d.place, d.date), false);
  b.add();
  b.paragraph(d.kind ?? 'KẾ HOẠCH', { bold: true, hAlign: 'center', fontSize: 14 });
  if (d.title) b.paragraph(d.title, { bold: true, hAlign: 'center' });
  b.add();
  for (const base of plan.bases) b.paragraph(base, { italic: true });
  // sections numbered before the task table's ("I. MỤC ĐÍCH, YÊU CẦU") stand above it
  const tableNo = plan.taskSection ? (romanValue(plan.taskSection.no) ?? 0) : 0;
  const before = plan.sections.filter((s) => (romanValue(s.no) ?? 99) < tableNo);
  const after = plan.sections.filter((s) => !before.includes(s));
  for (const s of before) section(b, s);
  if (plan.taskSection) {
    b.paragraph(`${plan.taskSection.no}. ${plan.taskSection.title}`, { bold: true });
  }

  const header = b.add(headers);
  b.style(
    { row: header, col: 0, rows: 1, cols: width },
    { bold: true, hAlign: 'center', vAlign: 'middle', fill: FILL.header, border: true, wrap: true },
  );
  const tableStart = header + 1;
  for (const period of plan.periods) {
    const roman = romanOf(plan.periods.indexOf(period) + 1);
    const r = b.add([roman, period.label]);
    b.merge({ row: r, col: 1, rows: 1, cols: width - 1 });
    b.style({ row: r, col: 0, rows: 1, cols: width }, { bold: true, fill: FILL.period });
    let group: string | undefined;
    for (const t of period.tasks) {
      // the topic heading the tasks stand under in the document, where it changes
      if (t.group !== undefined && t.group !== group) {
        const g = b.add([null, t.group]);
        b.merge({ row: g, col: 1, rows: 1, cols: width - 1 });
        b.style({ row: g, col: 1, rows: 1, cols: width - 1 }, { bold: true, italic: true });
      }
      group = t.group;
      const owners = [...t.owners, ...t.support.map((s) => `${WB.supportPrefix}${s}`)].join('\n');
      const cells = [t.no, t.content];
      if (hasWhen) cells.push(t.when ?? '');
      cells.push(owners, t.note);
      b.add(cells);
    }
  }
  const tableRows = b.next - tableStart;
  b.style(
    { row: tableStart, col: 0, rows: tableRows, cols: width },
    { border: true, wrap: true, vAlign: 'top' },
  );
  b.style({ row: tableStart, col: 0, rows: tableRows, cols: 1 }, { hAlign: 'center' });

  for (const s of after) {
    b.add();
    section(b, s);
  }
  const sig = plan.signature;
  if (plan.recipients.length > 0 || sig) {
    b.add();
    const sigLines = sig
      ? [sig.onBehalfOf, sig.title, sig.signed ? WB.signed : null, sig.name].filter(
          (x): x is string => !!x,
        )
      : [];
    const recLines =
      plan.recipients.length > 0 ? [WB.recipients, ...plan.recipients.map((r) => `- ${r};`)] : [];
    const n = Math.max(sigLines.length, recLines.length);
    for (let i = 0; i < n; i++) {
      const row = b.add([
        recLines[i] ?? null,
        ...new Array(left - 1).fill(null),
        sigLines[i] ?? null,
      ]);
      b.merge({ row, col: 0, rows: 1, cols: left });
      b.merge({ row, col: left, rows: 1, cols: right });
      b.style(
        { row, col: left, rows: 1, cols: right },
        { hAlign: 'center', bold: i < 2 || i === n - 1 },
      );
      if (i === 0) b.style({ row, col: 0, rows: 1, cols: left }, { bold: true, italic: true });
    }
  }
  return b.build({
    name: SHEET.plan,
    role: 'plan',
    visibility: 'visible',
    columns,
    freeze: { rows: 0, cols: 0 },
    protect: true,
    print: { orientation: 'landscape', repeatRows: { first: header, last: header } },
  });
}

function section(b: SheetBuilder, s: Section): void {
  b.paragraph(`${s.no}. ${s.title}`, { bold: true });
  for (const item of s.items) {
    if (item.title)
      b.paragraph(item.no ? `${item.no}. ${item.title}` : item.title, { bold: item.no !== null });
    for (const p of item.points) b.paragraph(`- ${p}`);
  }
}

function romanOf(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let left = n;
  for (const [v, s] of table) {
    while (left >= v) {
      out += s;
      left -= v;
    }
  }
  return out;
}
