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
import {
  isHeaderStart,
  isRecipientsHeading,
  isRowMarker,
  isSignatureLead,
  markerNumber,
  sectionHeading,
  columnRole,
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
  return sectionHeading(text) !== null || isRecipientsHeading(text) || isSignatureLead(text);
}

/** Index of the line that starts the task table's header row ("Stt" followed by "Nội dung"). */
function findTabHeader(lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (!l.cell || !isHeaderStart(l.text)) continue;
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

function readTabTable(lines: Line[], start: number): { table: Table; end: number } {
  const rows: TableRow[] = [];
  let row: TableRow | null = null;
  let cell: TableCell | null = null;
  let columns = 0;
  let headerDone = false;
  let blanks = 0;
  let lastNo = 0;
  // a "Thời gian" column holds "Tháng 3" too: there, only a blank line may start a period row
  let hasWhen = false;
  const finishHeader = (header: TableRow): void => {
    headerDone = true;
    columns = header.cells.length;
    hasWhen = header.cells.some((c) => columnRole(c.paragraphs.join(' ')) === 'when');
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
  for (; i < lines.length; i++) {
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
      (isRowMarker(text) || looksLikePeriodLabel(text))
    ) {
      finishHeader(current);
    }
    if (current && headerDone) {
      const n = current.cells.length;
      const num = markerNumber(text);
      const starter =
        (looksLikePeriodLabel(text) && (!hasWhen || blanks > 0)) ||
        (isRowMarker(text) && (num === null || blanks > 0 || num === lastNo + 1 || num === 1));
      if (n >= columns || (n >= 2 && starter)) fresh = true;
    }
    if (fresh) startRow(l.no);
    addCell(text, l.no);
    for (const extra of l.more) addCell(squeeze(extra), l.no);
    const first = (row as unknown as TableRow).cells[0];
    const num = first ? markerNumber(first.paragraphs[0] ?? '') : null;
    if (num !== null) lastNo = num;
    blanks = 0;
  }
  return { table: { kind: 'table', rows }, end: i };
}

const TASK_LINE = /^(\d{1,4})\s*[.)]\s+(\S.*)$/;
const FIELD_LINE =
  /^(?:[-–+•]\s*)?(chỉ\s+đạo\s*,?\s*thực\s+hiện|đơn\s+vị\s+thực\s+hiện|thực\s+hiện|đơn\s+vị\s+chủ\s+trì|chủ\s+trì|phụ\s+trách|đơn\s+vị\s+phối\s+hợp|phối\s+hợp|thời\s+gian|thời\s+hạn|ghi\s+chú)\s*:\s*(.*)$/iu;

type PlainField = 'content' | 'owners' | 'when' | 'note';

function fieldOf(label: string): { field: PlainField; prefix: string } {
  const f = asciiFold(label);
  if (f.startsWith('thoi')) return { field: 'when', prefix: '' };
  if (f.startsWith('ghi')) return { field: 'note', prefix: '' };
  if (f.includes('phoi hop')) return { field: 'owners', prefix: 'Phối hợp: ' };
  return { field: 'owners', prefix: '' };
}

function periodLine(text: string): boolean {
  return looksLikePeriodLabel(text) && text.length <= 60;
}

/** A plan whose table is not tab-marked: period headings and numbered tasks. */
function readPlainTable(lines: Line[]): { table: Table; start: number; end: number } | null {
  let start = -1;
  for (let i = 0; i < lines.length && start < 0; i++) {
    const t = squeeze((lines[i] as Line).text);
    if (!periodLine(t)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
      if (TASK_LINE.test(squeeze((lines[j] as Line).text))) {
        start = i;
        break;
      }
    }
  }
  if (start < 0) return null;

  interface Draft {
    line: number;
    no: string;
    fields: Record<PlainField, string[]>;
  }
  const rows: (Draft | { line: number; marker: string; label: string })[] = [];
  let task: Draft | null = null;
  let field: PlainField = 'content';
  let hasWhen = false;
  let periods = 0;
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    const text = squeeze([l.text, ...l.more].join(' '));
    if (!text) continue;
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
    const tm = TASK_LINE.exec(text);
    if (tm) {
      task = {
        line: l.no,
        no: tm[1] as string,
        fields: { content: [tm[2] as string], owners: [], when: [], note: [] },
      };
      rows.push(task);
      field = 'content';
      continue;
    }
    if (!task) continue;
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
    if (/^[-–+•]\s/.test(text) && field === 'content') field = 'owners';
    task.fields[field].push(text);
  }
  if (periods === 0) return null;

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
  return { table: { kind: 'table', rows: tableRows }, start, end: i };
}

/** Normalised text (NFC, LF) into blocks: paragraphs, the task table, paragraphs. */
export function textToBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const header = findTabHeader(lines);
  if (header >= 0) {
    const { table, end } = readTabTable(lines, header);
    return [...paragraphsOf(lines.slice(0, header)), table, ...paragraphsOf(lines.slice(end))];
  }
  const plain = readPlainTable(lines);
  if (plain) {
    return [
      ...paragraphsOf(lines.slice(0, plain.start)),
      plain.table,
      ...paragraphsOf(lines.slice(plain.end)),
    ];
  }
  return paragraphsOf(lines);
}
