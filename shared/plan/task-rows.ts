/**
 * One task table's rows into periods and tasks. Every row is accounted for: a task, a period
 * heading, a header row (first or repeated), a row of column numbers, the rest of the task above,
 * a heading that groups tasks by topic, a blank row — or it is skipped with its place and reason.
 *
 * Merged cells: the lower part of a merged cell (`mergedFrom`) of the parties, time or note
 * columns applies to each task it covers. Where the reader did not know the merges (text, .csv, a
 * pasted grid), an empty "Chỉ đạo, thực hiện" or "Thời gian" cell under a filled one of the same
 * period is read as covered by it, and a note lists those rows.
 *
 * A period column: a column headed "Tháng", "Quý" or "Thời gian" holds the period of every task
 * it covers (work programmes merge "Tháng 01" down over the month's tasks) when
 * - no period heading governs the table (no period rows in it, no heading paragraph before it,
 *   no heading-given periods earlier in the plan), and
 * - each of its own values names one whole period: "Tháng 01", "Tháng 2/2024", "Quý I",
 *   "6 tháng đầu năm", "Thường xuyên".
 * Otherwise it is the task's own time ("15/02/2024", "Tháng 3 - 5"), which sets its deadline.
 *
 * Columns headed by periods ("Quý I | Quý II | Quý III | Quý IV" under "Thời gian thực hiện", or
 * "Tháng 1 … Tháng 12") are marked ("x") on the rows of the tasks done then: the periods marked
 * are the task's time ("Quý III, Quý IV"); what a cell says besides a mark is kept with it.
 */
import { warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Location } from '../i18n/location';
import { hasCapitalsRun } from '../text/letters';
import { asciiFold, squeeze } from '../text/normalize';
import type { Accountant } from './accounting';
import { rowText } from './accounting';
import type { Table, TableRow } from './blocks';
import { cellText } from './blocks';
import type { DraftTask, Drafts } from './drafts';
import type { PeriodInfo } from './periods';
import { looksLikePeriodLabel, parsePeriodLabel } from './periods';
import { isRoman } from './roman';
import type { ColumnRole } from './table-cues';
import {
  columnRole,
  isRowMarker,
  markerNumber,
  subNumberHead,
  withoutNumbering,
} from './table-cues';

/** The columns of a task table, kept for a table that continues it without a header. */
export interface Layout {
  /** Grid columns of each role, in order (two "Ghi chú" columns both count). */
  columns: Map<ColumnRole, number[]>;
  /** Header text of each grid column. */
  headers: Map<number, string>;
  /** The header row folded, to know it when it is repeated. */
  key: string;
  width: number;
  /** The grid column that holds the tasks' period, if any. */
  periodColumn: number | null;
  /** Columns headed by a period, marked on the tasks done then: column → the period's label. */
  marks: Map<number, string>;
}

interface GridCell {
  /** The cell's own paragraphs. */
  own: string[];
  /** For the lower part of a merged cell: the paragraphs of the cell the merge starts at. */
  covered: string[];
  span: number;
}

const clean = (ps: readonly string[]): string[] =>
  ps.map((p) => squeeze(p)).filter((p) => p.length > 0);

function gridCells(row: TableRow): Map<number, GridCell> {
  const out = new Map<number, GridCell>();
  let col = 0;
  for (const cell of row.cells) {
    const span = Math.max(1, cell.span);
    out.set(col, { own: clean(cell.paragraphs), covered: clean(cell.mergedFrom ?? []), span });
    col += span;
  }
  return out;
}

function rowWidth(row: TableRow): number {
  return row.cells.reduce((n, c) => n + Math.max(1, c.span), 0);
}

export function tableWidth(table: Table): number {
  return table.rows.reduce((n, r) => Math.max(n, rowWidth(r)), 0);
}

const fold = (s: string): string => asciiFold(s).replace(/\s+/g, ' ').trim();

function rowKey(row: TableRow): string {
  return row.cells.map((c) => fold(cellText(c))).join('|');
}

/** The header row of a task table: "Stt | Nội dung công việc | Chỉ đạo, thực hiện | …". */
export function headerRowOf(table: Table): number {
  for (let r = 0; r < Math.min(table.rows.length, 4); r++) {
    const roles = (table.rows[r] as TableRow).cells.map((c) => columnRole(cellText(c)));
    if (roles.includes('content') && (roles.includes('no') || roles.includes('owners'))) return r;
  }
  return -1;
}

/** A second header row under the first: "Chủ trì | Phối hợp" under "Đơn vị thực hiện". */
function isSubHeader(row: TableRow | undefined): boolean {
  if (!row) return false;
  const texts = row.cells.map((c) => cellText(c)).filter((t) => t.length > 0);
  // periods under a header cell come as a row of them: one alone is a period row ("QUÝ I")
  const periods = texts.filter((t) => columnRole(t) === null && isPeriodHeader(t)).length;
  return (
    texts.length > 0 &&
    periods !== 1 &&
    texts.every(
      (t) => t.length <= 40 && (columnRole(t) !== null || isPeriodHeader(t)) && !isRowMarker(t),
    )
  );
}

/** "Quý I", "Tháng 3", "Học kỳ II": a column of marks for the tasks done in that period. */
function isPeriodHeader(text: string): boolean {
  return looksLikePeriodLabel(text) && parsePeriodLabel(text, 2000) !== null;
}

/** "x", "X", "✓", "•": a cell that only marks the task as done in its column's period. */
function isMark(text: string): boolean {
  return /^[xX✓✔√•●*+vV]$|^có$/iu.test(text.trim());
}

function layoutOf(header: TableRow, sub: TableRow | null, width: number): Layout {
  const roles = new Map<number, ColumnRole | null>();
  const headers = new Map<number, string>();
  const marks = new Map<number, string>();
  let col = 0;
  for (const cell of header.cells) {
    const text = cellText(cell);
    const role = columnRole(text);
    roles.set(col, role);
    headers.set(col, text);
    if (role === null && isPeriodHeader(text)) marks.set(col, text);
    col += Math.max(1, cell.span);
  }
  if (sub) {
    col = 0;
    for (const cell of sub.cells) {
      const text = cellText(cell);
      if (text) {
        const role = columnRole(text);
        roles.set(col, role);
        headers.set(col, text);
        if (role === null && isPeriodHeader(text)) marks.set(col, text);
        else marks.delete(col);
      }
      col += Math.max(1, cell.span);
    }
  }
  // an unnamed first column holds the numbers
  if (![...roles.values()].includes('no') && roles.get(0) === null) roles.set(0, 'no');
  const columns = new Map<ColumnRole, number[]>();
  for (const [c, role] of [...roles.entries()].sort((a, b) => a[0] - b[0])) {
    if (!role) continue;
    // one number and one content column; the others may come twice ("Chủ trì" and "Thực hiện")
    if ((role === 'no' || role === 'content') && columns.has(role)) continue;
    columns.set(role, [...(columns.get(role) ?? []), c]);
  }
  return { columns, headers, key: rowKey(header), width, periodColumn: null, marks };
}

/** Where a row is, as the user finds it: its line in a text, else its table and row. */
function rowAt(row: TableRow, r: number, table: number | null): Location {
  if (row.line !== undefined) return { line: row.line };
  return table === null ? { tableRow: r + 1 } : { table, tableRow: r + 1 };
}

/** "1 | 2 | 3 | 4" or "(1) | (2) | …" under the header. */
function isColumnNumbers(texts: string[]): boolean {
  return texts.length > 1 && texts.every((t, k) => t.replace(/[()]/g, '').trim() === String(k + 1));
}

function isCapitals(text: string): boolean {
  return text === text.toUpperCase() && hasCapitalsRun(text);
}

/** "I. CÔNG TÁC TUYÊN TRUYỀN", "A - Nhiệm vụ trọng tâm": numbered like a heading, not a task. */
function isHeadingText(text: string): boolean {
  return isCapitals(text) || /^\s*(?:[IVXL]{1,6}|[A-H])\s*[.)\-–:]\s*\S/.test(text);
}

/**
 * "Tổng cộng: 09 nội dung", "Tổng số", "Cộng": a row that counts the tasks above it. ("Tổng kết
 * …" is a task; a bare "Tổng" or "Cộng" counts only when a colon, a number or nothing follows.)
 */
function isTotalsText(text: string): boolean {
  if (text.length > 60) return false;
  return /^(?:tong cong|tong so\b|(?:tong|cong)(?=\s*[:.]|\s+\d|\s*$))/.test(fold(text));
}

/** "I", "IV.", "A", "B)": what the number column holds on a heading row, not a task number. */
function isHeadingMarker(text: string): boolean {
  const t = text.trim().replace(/[.)]$/, '');
  return (isRoman(t) && markerNumber(t) === null) || /^[A-HĐ]$/.test(t);
}

/**
 * A heading row with a number: "I | Quý I", "1 | QUÝ I" over tasks "1.1", "A | HỌC KỲ I". Besides
 * the number it has one text: in the content column, in a cell merged across the columns after
 * the number (in a text, where merges do not show, the last cell of a row shorter than the table),
 * or, in a grid that keeps no merges, in the cell right after the number with the rest empty
 * ("A | HỌC KỲ I | | |" where "Thời gian" comes before "Nội dung").
 */
interface NumberedRow {
  marker: string;
  text: string;
  /** Where the text stands: the content column, a cell merged across, or the cell after the number. */
  where: 'content' | 'across' | 'after';
}

function numberedRow(
  row: TableRow,
  cells: Map<number, GridCell>,
  layout: Layout,
): NumberedRow | null {
  const noCol = (layout.columns.get('no') ?? [])[0];
  if (noCol === undefined) return null;
  const marker = cells.get(noCol)?.own.join(' ') ?? '';
  if (!marker) return null;
  const filled = [...cells.entries()].filter(([c, g]) => c !== noCol && g.own.length > 0);
  if (filled.length !== 1) return null;
  const [col, cell] = filled[0] as [number, GridCell];
  const text = cell.own.join(' ');
  if ((layout.columns.get('content') ?? []).includes(col))
    return { marker, text, where: 'content' };
  const lastCol = Math.max(...cells.keys());
  if (cell.span > 1 || (col === lastCol && rowWidth(row) < layout.width))
    return { marker, text, where: 'across' };
  const next = noCol + Math.max(1, cells.get(noCol)?.span ?? 1);
  return col === next ? { marker, text, where: 'after' } : null;
}

/**
 * The heading a numbered row gives, if it is one (see `numberedRow`). A row of a digit and a
 * period in the cell after it ("2 | Tháng 3/2024 | |") may as well be a task that lacks its
 * content: it is the period's row only when the next row is numbered under it ("2.1").
 */
function headingOfNumberedRow(h: NumberedRow | null, nextNo: string): string | null {
  if (!h) return null;
  if (isHeadingMarker(h.marker)) {
    if (h.where !== 'after' || looksLikePeriodLabel(h.text) || isHeadingText(h.text)) return h.text;
    return null;
  }
  // "1 | QUÝ I" over tasks "1.1", "1.2": numbered in digits, still the period's row
  if (!/^\d{1,2}[.)]?$/.test(h.marker) || !isPeriodHeader(h.text)) return null;
  if (h.where !== 'after') return h.text;
  return subNumberHead(nextNo) === markerNumber(h.marker) ? h.text : null;
}

/** The text of a row's number cell. */
function noTextOf(row: TableRow | undefined, layout: Layout): string {
  const noCol = (layout.columns.get('no') ?? [])[0];
  if (!row || noCol === undefined) return '';
  return gridCells(row).get(noCol)?.own.join(' ') ?? '';
}

export interface TableInput {
  table: Table;
  /** Which task table this is (from 1), for locations; null when the plan has only one. */
  number: number | null;
  /** The columns of the table this one continues, when it has no header of its own. */
  continues: Layout | null;
  /** The columns of the task table before this one, if any. */
  previous: Layout | null;
  /** A period heading stands between this table and the previous one (or the text before it). */
  governed: boolean;
  /** The header of the plan's first task table, to tell a repeated header from a new one. */
  firstHeaderKey: string | null;
}

interface Assumed {
  column: string;
  places: Location[];
}

/** Reads one task table into `drafts`; returns its columns, for a table that continues it. */
export function readTaskTable(
  input: TableInput,
  drafts: Drafts,
  acct: Accountant,
  problems: Problem[],
): Layout {
  const { table } = input;
  const rows = table.rows;
  let start = 0;
  let layout: Layout;
  const width = tableWidth(table);
  acct.account.tables++;
  if (input.continues) {
    layout = input.continues;
  } else {
    const h = Math.max(0, headerRowOf(table));
    for (let r = 0; r < h; r++) {
      const row = rows[r] as TableRow;
      const text = row.cells
        .map((c) => cellText(c))
        .filter(Boolean)
        .join(' | ');
      if (text) {
        const at = rowAt(row, r, input.number);
        acct.skip(at, 'aboveHeader', text);
        problems.push(warning('rowAboveHeader', at, { text: rowText(text) }));
      } else acct.use('blank');
    }
    const header = rows[h] as TableRow;
    const sub = isSubHeader(rows[h + 1]) ? (rows[h + 1] as TableRow) : null;
    layout = layoutOf(header, sub, width);
    const repeated = input.firstHeaderKey !== null && input.firstHeaderKey === layout.key;
    acct.use(repeated ? 'repeatedHeader' : 'header');
    if (sub) acct.use(repeated ? 'repeatedHeader' : 'header');
    start = h + (sub ? 2 : 1);
    // a repeated header has the columns the first one had, already reported
    if (!repeated) reportUnusedColumns(layout, input.number, problems);
    // the same header again: the table goes on after a page break, its columns mean what they did
    const before = input.previous;
    layout.periodColumn =
      repeated && before?.key === layout.key
        ? before.periodColumn
        : findPeriodColumn(table, start, layout, input.governed || drafts.hasHeadings());
    // a "Tháng" column that holds no periods holds the tasks' own time, as "Thời gian" does
    const timeColumns = [
      ...(layout.columns.get('when') ?? []),
      ...(layout.columns.get('period') ?? []),
    ].sort((a, b) => a - b);
    layout.columns.delete('period');
    if (timeColumns.length > 0) layout.columns.set('when', timeColumns);
  }

  // a reader that gave the lower part of any merge knew the merges of the whole table
  const known = table.mergesKnown === true || rows.some((r) => r.cells.some((c) => c.mergedFrom));
  const cols = layout.columns;
  const periodCol = layout.periodColumn;
  const assumed = new Map<ColumnRole, Assumed>();
  const assume = (role: ColumnRole, at: Location): void => {
    const col = (cols.get(role) ?? [])[0] as number;
    const a = assumed.get(role) ?? { column: layout.headers.get(col) ?? '', places: [] };
    a.places.push(at);
    assumed.set(role, a);
  };

  // merges stay within a table: only this table's tasks may be the upper part of one
  const mine = new Set<DraftTask>();
  for (let r = start; r < rows.length; r++) {
    const row = rows[r] as TableRow;
    const at = rowAt(row, r, input.number);
    const cells = gridCells(row);
    const ownAt = (c: number | undefined): string[] =>
      c === undefined ? [] : (cells.get(c)?.own ?? []);
    const own = (role: ColumnRole): string[] =>
      (cols.get(role) ?? []).filter((c) => c !== periodCol).flatMap(ownAt);
    const value = (role: ColumnRole): string[] =>
      (cols.get(role) ?? [])
        .filter((c) => c !== periodCol)
        .flatMap((c) => {
          const cell = cells.get(c);
          if (!cell) return [];
          return cell.own.length > 0 ? cell.own : cell.covered;
        });

    const texts = [...cells.values()].map((c) => c.own.join(' ')).filter((t) => t.length > 0);
    if (texts.length === 0) {
      acct.use('blank');
      continue;
    }
    // the periods marked on this row, in the columns' order
    const marked: string[] = [];
    for (const [c, label] of layout.marks) {
      const text = ownAt(c).join(' ');
      if (text) marked.push(isMark(text) ? label : `${label} (${text})`);
    }
    // only a row of short texts can be the header again: spare folding every task's text
    if (texts.every((t) => t.length <= 60) && rowKey(row) === layout.key) {
      acct.use('repeatedHeader');
      continue;
    }
    if (isColumnNumbers(texts)) {
      acct.use('columnNumbers');
      continue;
    }

    const noText = own('no').join(' ');
    const content = own('content');
    const others = [...own('owners'), ...own('support'), ...own('note'), ...own('when'), ...marked];
    const periodValue = periodCol === null ? '' : ownAt(periodCol).join(' ');
    const joined = texts.join(' ');

    if (markerNumber(noText) === null && isTotalsText(texts[0] as string)) {
      acct.skip(at, 'totals', joined);
      problems.push(warning('totalsRow', at, { text: rowText(joined) }));
      continue;
    }

    // a heading row: one text (maybe merged across the table), or a Roman numeral and a text
    const onlyCell = texts.length === 1 ? [...cells.values()].find((c) => c.own.length > 0) : null;
    const spansContent =
      onlyCell !== null &&
      onlyCell !== undefined &&
      onlyCell.span > 1 &&
      (cols.get('content') ?? []).some((c) => cells.get(c) === undefined);
    let heading: string | null = null;
    const numbered = headingOfNumberedRow(
      numberedRow(row, cells, layout),
      noTextOf(rows[r + 1], layout),
    );
    if (texts.length === 1 && (looksLikePeriodLabel(joined) || spansContent)) heading = joined;
    else if (numbered !== null) heading = numbered;
    else if (isHeadingMarker(noText) && content.length > 0 && others.length === 0)
      heading = content.join(' ');
    else if (noText === '' && content.length > 0 && others.length === 0 && periodValue === '') {
      if (looksLikePeriodLabel(joined) || isHeadingText(joined)) heading = joined;
    }
    if (heading !== null) {
      const label = looksLikePeriodLabel(heading) ? withoutNumbering(heading) : null;
      if (label) {
        drafts.open(label, at, periodValue === joined ? 'column' : 'row');
        acct.use('period');
      } else {
        // kept on each task under it, and shown on the plan's sheet
        drafts.openGroup(withoutNumbering(heading));
        acct.use('groupHeading');
      }
      continue;
    }

    if (periodValue) drafts.open(periodValue, at, 'column');

    // "a", "b)" under a task numbered "1": a part of that task, with its own parties and time
    const parent = drafts.lastTask();
    const letter = /^([a-zđ])[.)]?$/u.exec(noText);
    if (letter && parent && parent.no !== null && mine.has(parent) && content.length > 0) {
      parent.content.push(`${letter[1]}) ${content.join('\n')}`);
      parent.owners.push(...own('owners'));
      parent.support.push(...own('support'));
      parent.when.push(...own('when'));
      parent.note.push(...own('note'));
      acct.use('continuation');
      continue;
    }

    const noCell = (cols.get('no') ?? [])[0];
    const noCovered = noCell !== undefined && (cells.get(noCell)?.covered.length ?? 0) > 0;
    const contentValue = value('content');
    if ((noText === '' && content.length === 0) || (noCovered && noText === '')) {
      // the rest of the task above: its cells split over rows, or a row under a merged number
      const last = drafts.lastTask();
      const extra = {
        content: noCovered ? content : [],
        owners: own('owners'),
        support: own('support'),
        when: [...own('when'), ...(marked.length > 0 ? [marked.join(', ')] : [])],
        note: own('note'),
      };
      const adds = Object.values(extra).some((v) => v.length > 0);
      if (!last) {
        acct.skip(at, 'noTaskAbove', joined);
        problems.push(warning('rowNoTaskAbove', at, { text: rowText(joined) }));
      } else if (!adds) {
        acct.skip(at, 'unusedColumnsOnly', joined);
        problems.push(warning('rowUnusedColumnsOnly', at, { text: rowText(joined) }));
      } else {
        last.content.push(...extra.content);
        last.owners.push(...extra.owners);
        last.support.push(...extra.support);
        last.when.push(...extra.when);
        last.note.push(...extra.note);
        acct.use('continuation');
      }
      continue;
    }
    if (contentValue.length === 0) {
      acct.skip(at, 'noContent', joined);
      problems.push(warning('emptyTaskContent', at, { no: noText || '…' }));
      continue;
    }

    const task: DraftTask = {
      no: isRowMarker(noText) ? markerNumber(noText) : null,
      content: contentValue,
      owners: value('owners'),
      support: value('support'),
      when: [...value('when'), ...(marked.length > 0 ? [marked.join(', ')] : [])],
      note: value('note'),
      at,
    };
    if (!known) {
      // a merge the text could not show: the cell above goes on over this task
      const above = drafts.previousInPeriod();
      if (above && mine.has(above)) {
        for (const role of ['owners', 'when'] as const) {
          if (task[role].length === 0 && above[role].length > 0 && cols.has(role)) {
            if (role === 'when' && (cols.get('when') ?? []).every((c) => c === periodCol)) continue;
            task[role] = [...above[role]];
            assume(role, at);
          }
        }
      }
    }
    drafts.add(task);
    mine.add(task);
    acct.use('task');
  }

  for (const a of assumed.values()) {
    const lines = a.places.every((p) => p.line !== undefined);
    const nums = a.places.map((p) => (lines ? (p.line as number) : (p.tableRow as number)));
    const where = input.number === null ? {} : { table: input.number };
    problems.push(
      warning(lines ? 'mergeAssumedLines' : 'mergeAssumedRows', where, {
        column: a.column,
        places: ranges(nums),
      }),
    );
  }
  return layout;
}

/** 3, 4, 5, 9 → "3–5, 9". */
function ranges(nums: number[]): string {
  const sorted = [...new Set(nums)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    out.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

function reportUnusedColumns(layout: Layout, table: number | null, problems: Problem[]): void {
  const used = new Set([...layout.columns.values()].flat().concat([...layout.marks.keys()]));
  for (const [col, header] of [...layout.headers.entries()].sort((a, b) => a[0] - b[0])) {
    if (used.has(col) || !header) continue;
    problems.push(
      warning('unusedColumn', table === null ? {} : { table }, {
        column: header,
        no: col + 1,
      }),
    );
  }
}

/** The column that holds the tasks' periods (see the module's comment), or null. */
function findPeriodColumn(
  table: Table,
  start: number,
  layout: Layout,
  governed: boolean,
): number | null {
  if (governed) return null;
  const candidates = [
    ...(layout.columns.get('period') ?? []),
    ...(layout.columns.get('when') ?? []),
  ];
  if (candidates.length === 0) return null;
  const noCol = (layout.columns.get('no') ?? [])[0];
  const contentCols = layout.columns.get('content') ?? [];
  for (const col of candidates) {
    let values = 0;
    let ok = true;
    const order = new PeriodOrder();
    for (let r = start; r < table.rows.length && ok; r++) {
      const cells = gridCells(table.rows[r] as TableRow);
      const own = cells.get(col)?.own.join(' ') ?? '';
      const texts = [...cells.values()].map((c) => c.own.join(' ')).filter(Boolean);
      // a numbered heading row ("A | HỌC KỲ I", "1 | QUÝ I"): the table has headings of its own
      const row = table.rows[r] as TableRow;
      const next = noTextOf(table.rows[r + 1], layout);
      if (headingOfNumberedRow(numberedRow(row, cells, layout), next) !== null) return null;
      if (!own) {
        // a period row of the table itself: the table has headings, not a period column; a
        // topic heading: the table is laid out by topic, each task with its own time
        const noText = noCol === undefined ? '' : (cells.get(noCol)?.own.join(' ') ?? '');
        const content = contentCols.flatMap((c) => cells.get(c)?.own ?? []).join(' ');
        if (texts.length === 1 && looksLikePeriodLabel(texts[0] as string)) return null;
        if (isHeadingMarker(noText) && content) return null;
        if (texts.length === 1 && isHeadingText(texts[0] as string)) return null;
        continue;
      }
      values++;
      const period = looksLikePeriodLabel(own) ? parsePeriodLabel(own, 2000) : null;
      ok = period !== null && order.next(period);
    }
    if (ok && values > 0) return col;
  }
  return null;
}

/**
 * The periods of a period column come in the order of the year (a school year's months run on
 * from December to January once), the whole year's work last: a column whose values jump back
 * and forth is the tasks' own time.
 */
class PeriodOrder {
  private last = -Infinity;
  private lastMonth = 0;
  private wrapped = false;
  private whole = false;

  next(p: PeriodInfo): boolean {
    if (p.kind === 'year' || p.kind === 'schoolYear') {
      this.whole = true;
      return true;
    }
    if (this.whole) return false;
    const month = Number(p.start.slice(5, 7));
    // by the month only: "Tháng 3/2024" and "Quý II" (no year) follow each other
    let at = month + (this.wrapped ? 12 : 0);
    if (at < this.last && !this.wrapped && month < 8 && this.lastMonth >= 8) {
      this.wrapped = true;
      at += 12;
    }
    if (at < this.last) return false;
    this.last = at;
    this.lastMonth = month;
    return true;
  }
}
