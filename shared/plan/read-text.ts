/**
 * Plain text into blocks. Two conventions are understood:
 * - the text of a Word document (as in the sample): a table cell starts with a tab at the start
 *   of a line, the next lines without a tab continue it, blank lines separate rows but also
 *   stand inside cells, an empty cell is a lone tab;
 * - a plain numbered plan with no tab-marked cells, where period headings ("Quý I/2014") and
 *   numbered tasks ("1. …") show the structure, and labelled lines ("Thực hiện: …",
 *   "Thời gian: …", "Ghi chú: …") or dash lines give the other columns.
 */
import { asciiFold, squeeze } from '../text/normalize';
import type { Block, Paragraph, Table, TableCell, TableRow } from './blocks';
import { looksLikePeriodLabel } from './periods';
import { isPartyName, splitParties } from './parties';
import {
  isClosingSentence,
  isPageMark,
  isRecipientsHeading,
  isRowMarker,
  isSignatureLead,
  markerNumber,
  sectionHeading,
  columnRole,
  subNumberHead,
} from './table-cues';

interface Line {
  no: number;
  /** Text of the line without the leading cell tab. */
  text: string;
  /** The line starts a table cell (it began with a tab). */
  cell: boolean;
  /** Further cells on the same line, separated by tabs. */
  more: string[];
  blank: boolean;
}

function splitLines(text: string): Line[] {
  const raw = text.split('\n');
  const out: Line[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] as string;
    const m = /^ *\t/.exec(line);
    const body = m ? line.slice(m[0].length) : line;
    const parts = body.split('\t');
    const first = parts[0] as string;
    const cell = m !== null || parts.length > 1;
    out[i] = {
      no: i + 1,
      text: first,
      cell,
      more: parts.slice(1),
      blank: !cell && body.trim() === '',
    };
  }
  return out;
}

function paragraphsOf(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const l of lines) {
    for (const part of [l.text, ...l.more]) {
      const t = squeeze(part);
      if (t) out.push({ kind: 'paragraph', text: t, line: l.no });
    }
  }
  return out;
}

function endsTable(text: string): boolean {
  return (
    sectionHeading(text) !== null ||
    isRecipientsHeading(text) ||
    isSignatureLead(text) ||
    isClosingSentence(text)
  );
}

/** A heading between two tables: "QUÝ II", "(tiếp theo)". */
function betweenTables(text: string): boolean {
  return (looksLikePeriodLabel(text) && text.length <= 90) || isPageMark(text);
}

/** A header row starts with the number column, or the month or time column of a programme. */
function startsHeader(text: string): boolean {
  const role = columnRole(squeeze(text));
  return role === 'no' || role === 'period' || role === 'when';
}

/** Index of the line that starts a task table's header row ("Stt" followed by "Nội dung"). */
function findTabHeader(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (!l.cell || !startsHeader(l.text)) continue;
    const cells = [l.text, ...l.more];
    for (let j = i + 1; j < lines.length && cells.length < 8; j++) {
      const n = lines[j] as Line;
      if (n.cell) cells.push(n.text, ...n.more);
      else if (!n.blank) break;
    }
    if (cells.some((c) => columnRole(c) === 'content')) return i;
  }
  return -1;
}

/**
 * After a task table, the line where a table goes on with no header of its own (a table cut at a
 * page break): a cell line holding a task number or a period, before anything that ends the task
 * section; -1 when there is none before `limit`.
 */
function findContinuation(lines: Line[], from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    const text = squeeze(l.text);
    if (!l.cell) {
      if (endsTable(text)) return -1;
      continue;
    }
    return isRowMarker(text) || subNumberHead(text) !== null || looksLikePeriodLabel(text) ? i : -1;
  }
  return -1;
}

/** The columns a table's rows are read with: its header's, or those of the table it continues. */
interface TabColumns {
  columns: number;
  hasWhen: boolean;
}

function readTabTable(
  lines: Line[],
  start: number,
  continues: TabColumns | null,
  until: number,
): { table: Table; end: number; columns: TabColumns } {
  const rows: TableRow[] = [];
  let row: TableRow | null = null;
  let cell: TableCell | null = null;
  let columns = continues?.columns ?? 0;
  let headerDone = continues !== null;
  let blanks = 0;
  let lastNo = 0;
  // a "Thời gian" column holds "Tháng 3" too: there, only a blank line may start a period row
  let hasWhen = continues?.hasWhen ?? false;
  const finishHeader = (header: TableRow): void => {
    headerDone = true;
    columns = header.cells.length;
    hasWhen = header.cells.some((c) => {
      const role = columnRole(c.paragraphs.join(' '));
      return role === 'when' || role === 'period';
    });
  };

  const startRow = (line: number): void => {
    row = { cells: [], line };
    rows.push(row);
  };
  const addCell = (squeezed: string, line: number): void => {
    cell = { paragraphs: [], span: 1, line };
    if (squeezed) cell.paragraphs.push(squeezed);
    (row as TableRow).cells.push(cell);
  };

  let i = start;
  for (; i < until; i++) {
    const l = lines[i] as Line;
    if (l.blank) {
      blanks++;
      if (!headerDone && row !== null && (row as TableRow).cells.length >= 2) finishHeader(row);
      continue;
    }
    const text = squeeze(l.text);
    if (!l.cell) {
      const current = row as TableRow | null;
      const complete = current !== null && headerDone && current.cells.length >= columns;
      if (endsTable(text) || (blanks >= 2 && complete)) break;
      // a period heading or "(tiếp theo)" between two tables
      if (headerDone && betweenTables(text) && (complete || blanks > 0)) break;
      if (cell) (cell as TableCell).paragraphs.push(text);
      blanks = 0;
      continue;
    }
    if (headerDone && (isRecipientsHeading(text) || isSignatureLead(text))) break;
    const current = row as TableRow | null;
    let fresh = current === null;
    if (
      current &&
      !headerDone &&
      current.cells.length >= 2 &&
      (isRowMarker(text) || subNumberHead(text) !== null || looksLikePeriodLabel(text))
    ) {
      finishHeader(current);
    }
    if (current && headerDone) {
      const n = current.cells.length;
      const num = markerNumber(text);
      const starter =
        (looksLikePeriodLabel(text) && (!hasWhen || blanks > 0)) ||
        (isRowMarker(text) && (num === null || blanks > 0 || num === lastNo + 1 || num === 1)) ||
        // "1.1" under the period row "1": after a blank line, or going on with that number
        (subNumberHead(text) !== null && (blanks > 0 || subNumberHead(text) === lastNo)) ||
        // "A", "B.": the number of a heading row that groups tasks
        (/^[A-HĐ][.)]?$/.test(text) && blanks > 0);
      // a period row merged across the table is one cell ("I. QUÝ I/2025"), then a blank line;
      // without the blank line the cell is the first of a row ("Tháng 01" of a period column)
      const lone =
        n === 1 && blanks > 0 && looksLikePeriodLabel(current.cells[0]?.paragraphs.join(' ') ?? '');
      if (n >= columns || ((n >= 2 || lone) && starter)) fresh = true;
    }
    if (fresh) startRow(l.no);
    addCell(text, l.no);
    for (const extra of l.more) addCell(squeeze(extra), l.no);
    const first = (row as unknown as TableRow).cells[0];
    const num = first ? markerNumber(first.paragraphs[0] ?? '') : null;
    if (num !== null) lastNo = num;
    blanks = 0;
  }
  return { table: { kind: 'table', rows }, end: i, columns: { columns, hasWhen } };
}

const TASK_LINE = /^(\d{1,4})\s*[.)]\s+(\S.*)$/;
const FIELD_LINE =
  /^(?:[-–+•]\s*)?(chỉ\s+đạo\s*,?\s*thực\s+hiện|chỉ\s+đạo|đơn\s+vị\s+thực\s+hiện|chủ\s+trì\s+thực\s+hiện|thực\s+hiện|(?:đơn\s+vị|cơ\s+quan)\s+chủ\s+trì|chủ\s+trì|phụ\s+trách|trách\s+nhiệm|(?:đơn\s+vị|cơ\s+quan)\s+phối\s+hợp|phối\s+hợp(?:\s+thực\s+hiện)?|thời\s+gian(?:\s+thực\s+hiện)?|thời\s+hạn(?:\s+hoàn\s+thành)?|tiến\s+độ|ghi\s+chú)\s*:\s*(.*)$/iu;
/** "- …", "• …": a task of a plan that marks its tasks by dashes instead of numbers. */
const DASH_TASK = /^[-–•]\s+(\S.*)$/u;
/** "+ …", "- …", "• …", "a) …": a sub-item of the task's text. */
const SUB_ITEM = /^(?:[-–+•*]\s|[a-zđ]\s*\)\s)/u;

type PlainField = 'content' | 'owners' | 'when' | 'note';

function fieldOf(label: string): { field: PlainField; prefix: string } {
  const f = asciiFold(label);
  if (f.startsWith('thoi') || f.startsWith('tien do')) return { field: 'when', prefix: '' };
  if (f.startsWith('ghi')) return { field: 'note', prefix: '' };
  if (f.includes('phoi hop')) return { field: 'owners', prefix: 'Phối hợp: ' };
  return { field: 'owners', prefix: '' };
}

function periodLine(text: string): boolean {
  return looksLikePeriodLabel(text) && text.length <= 60;
}

/** What became of the lines of a plain-text task section that are not rows of the table. */
export interface PlainLines {
  /** Lines that went into the task above them (its text, parties, time, note). */
  continuation: number;
  blank: number;
  /** Lines under a period heading before its first task. */
  skipped: { line: number; text: string }[];
}

/** A plan whose table is not tab-marked: period headings and numbered tasks. */
function readPlainTable(
  lines: Line[],
): { table: Table; start: number; end: number; lines: PlainLines } | null {
  let start = -1;
  // tasks marked by dashes, not numbers: a period heading with a dashed line right under it, and
  // no numbered task anywhere after it
  let dashed = false;
  for (let i = 0; i < lines.length && start < 0; i++) {
    const t = squeeze((lines[i] as Line).text);
    if (!periodLine(t)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
      if (TASK_LINE.test(squeeze((lines[j] as Line).text))) {
        start = i;
        break;
      }
    }
    if (start < 0 && DASH_TASK.test(squeeze(lines[i + 1]?.text ?? ''))) {
      const rest = lines.slice(i + 1).map((l) => squeeze(l.text));
      const until = rest.findIndex((x) => endsTable(x));
      if (!rest.slice(0, until < 0 ? undefined : until).some((x) => TASK_LINE.test(x))) {
        start = i;
        dashed = true;
      }
    }
  }
  if (start < 0) return null;

  interface Draft {
    line: number;
    no: string;
    fields: Record<PlainField, string[]>;
    /** Sub-item lines of the text, by index in `fields.content`. */
    items: number[];
  }
  const rows: (Draft | { line: number; marker: string; label: string })[] = [];
  const account: PlainLines = { continuation: 0, blank: 0, skipped: [] };
  let task: Draft | null = null;
  let field: PlainField = 'content';
  let hasWhen = false;
  let periods = 0;
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i] as Line;
    const text = squeeze([l.text, ...l.more].join(' '));
    if (!text) {
      account.blank++;
      continue;
    }
    if (periodLine(text)) {
      periods++;
      const m = /^([IVXL]{1,6})\s*[.)\-–:]\s*(.*)$/.exec(text);
      rows.push({
        line: l.no,
        marker: m ? (m[1] as string) : '',
        label: m ? (m[2] as string) : text,
      });
      task = null;
      continue;
    }
    if (endsTable(text)) break;
    // a dashed line that only names parties, under a task, is that task's owners
    const dm: RegExpExecArray | null =
      dashed && !(task && namesOnlyParties(text)) ? DASH_TASK.exec(text) : null;
    const tm: readonly (string | undefined)[] | null = dm
      ? [text, '', dm[1]]
      : TASK_LINE.exec(text);
    if (tm) {
      task = {
        line: l.no,
        no: tm[1] as string,
        fields: { content: [tm[2] as string], owners: [], when: [], note: [] },
        items: [],
      };
      rows.push(task);
      field = 'content';
      continue;
    }
    if (!task) {
      const heading = rows[rows.length - 1];
      if (heading && 'marker' in heading && /^\(.*\)$/.test(text) && heading.label.length < 60) {
        // "(Từ tháng 01 đến hết tháng 6/2023)" under "6 tháng đầu năm 2023": part of the heading
        heading.label = `${heading.label} ${text}`;
        account.continuation++;
      } else {
        account.skipped.push({ line: l.no, text });
      }
      continue;
    }
    account.continuation++;
    const fm = FIELD_LINE.exec(text);
    if (fm) {
      const { field: f, prefix } = fieldOf(fm[1] as string);
      field = f;
      if (f === 'when') hasWhen = true;
      const rest = squeeze(fm[2] as string);
      if (rest) task.fields[f].push(prefix + rest);
      else if (prefix) task.fields[f].push(prefix.trim());
      continue;
    }
    // a sub-item after the parties that names none belongs to the text again
    if (field === 'owners' && SUB_ITEM.test(text) && !namesOnlyParties(text)) field = 'content';
    if (field === 'content' && SUB_ITEM.test(text)) task.items.push(task.fields.content.length);
    task.fields[field].push(text);
  }
  if (periods === 0) return null;

  for (const r of rows) if (!('marker' in r)) ownersFromItems(r);

  const header = ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện', 'Ghi chú'];
  if (hasWhen) header.splice(2, 0, 'Thời gian');
  const mk = (paragraphs: string[], line?: number): TableCell =>
    line === undefined ? { paragraphs, span: 1 } : { paragraphs, span: 1, line };
  const tableRows: TableRow[] = [{ cells: header.map((h) => mk([h])) }];
  for (const r of rows) {
    if ('marker' in r) {
      tableRows.push({
        cells: [mk(r.marker ? [r.marker] : [], r.line), mk([r.label], r.line)],
        line: r.line,
      });
      continue;
    }
    const cells = [mk([r.no], r.line), mk(r.fields.content, r.line)];
    if (hasWhen) cells.push(mk(r.fields.when, r.line));
    cells.push(mk(r.fields.owners, r.line), mk(r.fields.note, r.line));
    tableRows.push({ cells, line: r.line });
  }
  // typed text shows no merged cells: an empty cell is empty
  const table: Table = { kind: 'table', rows: tableRows, mergesKnown: true };
  return { table, start, end: i, lines: account };
}

/**
 * Sub-items belong to the task's text, except a last run of them that only names parties, as an
 * owner list typed under the task ("- Văn phòng Tỉnh Đoàn." / "- Các huyện, Thành Đoàn …") when
 * no role line ("Thực hiện: …") gave the owners.
 */
function ownersFromItems(task: { fields: Record<PlainField, string[]>; items: number[] }): void {
  const content = task.fields.content;
  if (task.fields.owners.length > 0 || task.items.length === 0) return;
  let from = content.length;
  for (let k = task.items.length - 1; k >= 0; k--) {
    const at = task.items[k] as number;
    // the run must reach the end of the text, item after item
    if (at !== from - 1 || !namesOnlyParties(content[at] as string)) break;
    from = at;
  }
  if (from === content.length || from === 0) return;
  task.fields.owners.push(...content.splice(from));
}

/** A line such as "- Ban Tuyên giáo chủ trì; Văn phòng phối hợp.": parties and roles only. */
function namesOnlyParties(line: string): boolean {
  const text = line.replace(/^[-–+•*]\s*/, '');
  if (text.length > 160 || /^[a-zđ]\s*\)/u.test(line)) return false;
  const parties = splitParties([text]);
  const all = [...parties.owners, ...parties.support];
  return all.length > 0 && all.every((p) => isPartyName(p));
}

/** Normalised text (NFC, LF) into blocks, and what became of a plain-text plan's other lines. */
export function textToBlocks(text: string): { blocks: Block[]; plain: PlainLines | null } {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  let pos = 0;
  let previous: TabColumns | null = null;
  for (;;) {
    const header = findTabHeader(lines, pos);
    const limit = header < 0 ? lines.length : header;
    const cont: number = previous ? findContinuation(lines, pos, limit) : -1;
    const start = cont >= 0 ? cont : header;
    if (start < 0) break;
    blocks.push(...paragraphsOf(lines.slice(pos, start)));
    // a table going on without a header ends where one with a header starts
    const read: { table: Table; end: number; columns: TabColumns } =
      cont >= 0
        ? readTabTable(lines, start, previous, limit)
        : readTabTable(lines, start, null, lines.length);
    blocks.push(read.table);
    previous = read.columns;
    pos = read.end;
  }
  if (previous) return { blocks: [...blocks, ...paragraphsOf(lines.slice(pos))], plain: null };
  const plain = readPlainTable(lines);
  if (plain) {
    return {
      blocks: [
        ...paragraphsOf(lines.slice(0, plain.start)),
        plain.table,
        ...paragraphsOf(lines.slice(plain.end)),
      ],
      plain: plain.lines,
    };
  }
  return { blocks: paragraphsOf(lines), plain: null };
}
