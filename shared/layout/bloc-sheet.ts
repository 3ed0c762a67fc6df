/**
 * One bloc's page for its meeting (họp khối thi đua): its units by rank with the figures that
 * rank them, the commendations it proposes, and a signer block for the bloc head. Values only,
 * on one A4 page.
 */
import { CLASSIFICATION_LABELS } from '../book/classification';
import type { Book } from '../book/model';
import { WB } from '../i18n/workbook-vi';
import type { Report } from '../report/compute';
import { dateCell } from '../workbook/a1';
import type { SheetSpec } from '../workbook/spec';
import { DATE_FORMAT, FILL, HEADER_STYLE, PERCENT_FORMAT, SheetBuilder } from './builder';

const WIDTH = 10;

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export function blocSheetName(bloc: string, taken: ReadonlySet<string>): string {
  const base =
    bloc
      .replace(/[:\\/?*[\]]/g, '-')
      .slice(0, 31)
      .trim() || 'Khối';
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base.slice(0, 31 - String(k).length - 1)} ${k}`;
  return name;
}

export function blocSheet(
  book: Book,
  report: Report,
  bloc: Report['blocs'][number],
  name: string,
): SheetSpec {
  const b = new SheetBuilder(WIDTH);
  const byCode = new Map(report.units.map((u) => [u.code, u]));
  const nameOf = (code: string | null): string => (code ? (byCode.get(code)?.name ?? code) : '');
  b.paragraph(WB.blocTitle(bloc.name, book.plan.document.year, book.plan.document.schoolYear), {
    bold: true,
    hAlign: 'center',
    fontSize: 13,
  });
  b.paragraph(WB.blocLeaders(nameOf(bloc.head), nameOf(bloc.deputy)), {
    italic: true,
    hAlign: 'center',
  });
  const asOfRow = b.add([WB.asOf, null, dateCell(report.asOf)]);
  b.merge({ row: asOfRow, col: 0, rows: 1, cols: 2 });
  b.style({ row: asOfRow, col: 2, rows: 1, cols: 1 }, { numberFormat: DATE_FORMAT });
  b.add();
  const head = b.add([...WB.blocHeaders]);
  b.style({ row: head, col: 0, rows: 1, cols: WIDTH }, { ...HEADER_STYLE, vAlign: 'middle' });
  for (const code of bloc.units) {
    const u = byCode.get(code)!;
    b.add([
      u.rank,
      u.name,
      u.due,
      u.doneOfDue,
      u.late,
      u.overdue,
      u.rate,
      u.score,
      u.classification ? CLASSIFICATION_LABELS[u.classification].vi : null,
      u.proposal,
    ]);
  }
  const rows = Math.max(bloc.units.length, 1);
  b.style({ row: head + 1, col: 0, rows, cols: WIDTH }, { border: true, vAlign: 'top' });
  b.style({ row: head + 1, col: 0, rows, cols: 1 }, { hAlign: 'center' });
  b.style({ row: head + 1, col: 1, rows, cols: 1 }, { wrap: true });
  b.style({ row: head + 1, col: 2, rows, cols: 6 }, { hAlign: 'center' });
  b.style({ row: head + 1, col: 6, rows, cols: 1 }, { numberFormat: PERCENT_FORMAT });
  b.style({ row: head + 1, col: 7, rows, cols: 1 }, { numberFormat: '0.00' });
  b.style({ row: head + 1, col: 8, rows, cols: 2 }, { wrap: true });
  b.add();
  b.paragraph(WB.blocProposals, { bold: true });
  for (const p of bloc.proposals) {
    const names = p.units.map(nameOf);
    b.paragraph(`- ${p.name}: ${names.length > 0 ? names.join('; ') : WB.none}`, {}, 100);
  }
  b.add();
  const sign = b.add([null, null, null, null, null, null, WB.blocSigner]);
  b.merge({ row: sign, col: 6, rows: 1, cols: 4 });
  b.style({ row: sign, col: 6, rows: 1, cols: 4 }, { bold: true, hAlign: 'center', wrap: true });
  b.rowHeights.push({ row: sign, height: 33 });
  const signer = b.add([null, null, null, null, null, null, nameOf(bloc.head)]);
  b.merge({ row: signer, col: 6, rows: 1, cols: 4 });
  b.style({ row: signer, col: 6, rows: 1, cols: 4 }, { italic: true, hAlign: 'center' });
  b.style({ row: head, col: 0, rows: 1, cols: WIDTH }, { fill: FILL.header });
  return b.build({
    name,
    role: 'summary',
    visibility: 'visible',
    columns: [6, 30, 8, 9, 7, 8, 9, 8, 20, 14],
    freeze: { rows: 0, cols: 0 },
    protect: false,
    print: { orientation: 'landscape', repeatRows: { first: head, last: head } },
  });
}
