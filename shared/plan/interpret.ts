/**
 * Blocks into the plan model: the header, the "Căn cứ" bases, the task table (periods and
 * tasks), the numbered sections, the recipients and the signature. Every reader ends here, so a
 * plan reads the same from text, .docx or a pasted grid.
 */
import { hasCapitalsRun, startsLower } from '../text/letters';
import { error, warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Result } from '../errors/result';
import { fail, ok } from '../errors/result';
import { asciiFold, squeeze } from '../text/normalize';
import type { Block, Paragraph, Table, TableRow } from './blocks';
import { cellText } from './blocks';
import { parseHeader } from './header';
import type { Period, Plan, Section, SectionItem, Signature, Task } from './model';
import { PlanSchema } from './model';
import { splitParties } from './parties';
import { looksLikePeriodLabel, parsePeriodLabel } from './periods';
import { isRoman } from './roman';
import type { ColumnRole } from './table-cues';
import {
  columnRole,
  isRecipientsHeading,
  isRowMarker,
  isSignatureLead,
  markerNumber,
  sectionHeading,
} from './table-cues';

interface Located {
  text: string;
  line?: number;
}

function isTaskTable(table: Table): number {
  for (let r = 0; r < Math.min(table.rows.length, 4); r++) {
    const roles = (table.rows[r] as TableRow).cells.map((c) => columnRole(cellText(c)));
    if (roles.includes('content') && (roles.includes('no') || roles.includes('owners'))) return r;
  }
  return -1;
}

function flatten(block: Block): Located[] {
  if (block.kind === 'paragraph') return block.text ? [located(block)] : [];
  const out: Located[] = [];
  for (const row of block.rows) {
    for (const cell of row.cells) {
      for (const p of cell.paragraphs) {
        const t = squeeze(p);
        if (t) out.push(cell.line === undefined ? { text: t } : { text: t, line: cell.line });
      }
    }
  }
  return out;
}

function located(p: Paragraph): Located {
  return p.line === undefined ? { text: p.text } : { text: p.text, line: p.line };
}

// ---------------------------------------------------------------- the task table

interface Columns {
  byRole: Partial<Record<ColumnRole, number>>;
}

interface GridCell {
  paragraphs: string[];
  mergedFrom: string[];
}

function gridCells(row: TableRow): Map<number, GridCell> {
  // the readers have squeezed the text already
  const clean = (ps: readonly string[]): string[] => ps.filter((p) => p.length > 0);
  const out = new Map<number, GridCell>();
  let col = 0;
  for (const cell of row.cells) {
    out.set(col, { paragraphs: clean(cell.paragraphs), mergedFrom: clean(cell.mergedFrom ?? []) });
    col += Math.max(1, cell.span);
  }
  return out;
}

function columnsOf(header: TableRow): Columns {
  const byRole: Partial<Record<ColumnRole, number>> = {};
  let col = 0;
  for (const cell of header.cells) {
    const role = columnRole(cellText(cell));
    if (role && byRole[role] === undefined) byRole[role] = col;
    col += Math.max(1, cell.span);
  }
  if (byRole.no === undefined && byRole.content !== 0) byRole.no = 0;
  return { byRole };
}

interface DraftTask {
  no: number | null;
  content: string[];
  owners: string[];
  support: string[];
  when: string[];
  note: string[];
  row: number;
  line?: number;
}

interface DraftPeriod {
  label: string;
  row: number;
  line?: number;
  tasks: DraftTask[];
}

function readTaskRows(
  table: Table,
  headerRow: number,
): { periods: DraftPeriod[]; loose: DraftTask[] } {
  const header = table.rows[headerRow] as TableRow;
  const { byRole } = columnsOf(header);
  const headerKey = header.cells.map((c) => asciiFold(cellText(c))).join('|');
  const periods: DraftPeriod[] = [];
  const loose: DraftTask[] = [];
  let last: DraftTask | null = null;

  // the lower part of a merged cell counts for the parties, time and note, never as a new task
  const get = (cells: Map<number, GridCell>, role: ColumnRole): string[] => {
    const col = byRole[role];
    const cell = col === undefined ? undefined : cells.get(col);
    if (!cell) return [];
    if (cell.paragraphs.length > 0 || role === 'no' || role === 'content') return cell.paragraphs;
    return cell.mergedFrom;
  };

  for (let r = headerRow + 1; r < table.rows.length; r++) {
    const row = table.rows[r] as TableRow;
    const cells = gridCells(row);
    const texts = [...cells.values()]
      .map((c) => c.paragraphs.join(' '))
      .filter((t) => t.length > 0);
    if (texts.length === 0) continue;
    if (texts.length === header.cells.length && texts.every((t) => t.length < 60)) {
      if (row.cells.map((c) => asciiFold(cellText(c))).join('|') === headerKey) continue;
    }
    // a row of column numbers under the header: "1 | 2 | 3 | 4" or "(1) | (2) …"
    if (texts.length > 1 && texts.every((t, k) => t.replace(/[()]/g, '') === String(k + 1)))
      continue;

    const noText = get(cells, 'no').join(' ');
    const content = get(cells, 'content');
    const others = [...get(cells, 'owners'), ...get(cells, 'support'), ...get(cells, 'note')];
    const tableRow = r - headerRow + 1;

    const joined = texts.join(' ');
    const single = texts.length === 1 ? (texts[0] as string) : null;
    const periodText =
      single !== null && looksLikePeriodLabel(single)
        ? single.replace(/^\s*[IVXL]{1,6}\s*[.)\-–:]\s*/, '')
        : isRoman(noText.replace(/[.)]$/, '')) && content.length > 0 && others.length === 0
          ? content.join(' ')
          : noText === '' &&
              content.length > 0 &&
              others.length === 0 &&
              looksLikePeriodLabel(joined)
            ? joined
            : null;
    if (periodText !== null) {
      const p: DraftPeriod = { label: squeeze(periodText), row: tableRow, tasks: [] };
      if (row.line !== undefined) p.line = row.line;
      periods.push(p);
      last = null;
      continue;
    }

    if (content.length === 0 && noText === '') {
      // the rest of a task whose cells were split over several rows (a paste from Word)
      if (last) {
        const own = (role: ColumnRole): string[] => {
          const col = byRole[role];
          return col === undefined ? [] : (cells.get(col)?.paragraphs ?? []);
        };
        last.owners.push(...own('owners'));
        last.support.push(...own('support'));
        last.when.push(...own('when'));
        last.note.push(...own('note'));
      }
      continue;
    }
    const task: DraftTask = {
      no: isRowMarker(noText) ? markerNumber(noText) : null,
      content,
      owners: get(cells, 'owners'),
      support: get(cells, 'support'),
      when: get(cells, 'when'),
      note: get(cells, 'note'),
      row: tableRow,
    };
    if (row.line !== undefined) task.line = row.line;
    const target = periods[periods.length - 1];
    if (target) target.tasks.push(task);
    else loose.push(task);
    last = task;
  }
  return { periods, loose };
}

function toTasks(
  drafts: DraftTask[],
  periodKey: string,
  periodLabel: string,
  problems: Problem[],
): Task[] {
  const tasks: Task[] = [];
  const seenNo = new Set<number>();
  const seenId = new Set<string>();
  let prev = 0;
  for (const d of drafts) {
    const at = d.line !== undefined ? { line: d.line } : { tableRow: d.row };
    const no = d.no ?? prev + 1;
    prev = no;
    const content = d.content.join('\n').trim();
    if (!content) {
      problems.push(warning('emptyTaskContent', at, { no: String(no) }));
      continue;
    }
    if (seenNo.has(no))
      problems.push(warning('duplicateTaskNumber', at, { no, period: periodLabel }));
    seenNo.add(no);
    let id = `${periodKey}-${String(no).padStart(2, '0')}`;
    for (let k = 0; seenId.has(id); k++)
      id = `${periodKey}-${String(no).padStart(2, '0')}${String.fromCharCode(98 + k)}`;
    seenId.add(id);
    const parties = splitParties(d.owners);
    const extraSupport = splitParties(d.support.map((s) => `Phối hợp: ${s}`)).support;
    tasks.push({
      id,
      no,
      content,
      owners: parties.owners,
      support: [...parties.support, ...extraSupport],
      when: d.when.length > 0 ? d.when.join('\n') : null,
      note: d.note.join('\n'),
    });
  }
  return tasks;
}

// ---------------------------------------------------------------- text around the table

function basesAndSections(lines: Located[]): {
  bases: string[];
  sections: Section[];
  lastHeading: { no: string; title: string } | null;
} {
  const bases: string[] = [];
  const sections: Section[] = [];
  let section: Section | null = null;
  let item: SectionItem | null = null;
  let lastHeading: { no: string; title: string } | null = null;
  let inBase = false;
  for (const { text } of lines) {
    const heading = sectionHeading(text);
    if (heading) {
      section = { ...heading, items: [] };
      sections.push(section);
      lastHeading = heading;
      item = null;
      inBase = false;
      continue;
    }
    if (!section && /^căn\s+cứ(?=[\s:]|$)/iu.test(text)) {
      bases.push(text);
      inBase = true;
      continue;
    }
    if (!section) {
      // a base wrapped over lines by hand
      if (inBase && startsLower(text) && bases.length > 0) {
        bases[bases.length - 1] += ` ${text}`;
      }
      continue;
    }
    addToSection(
      section,
      text,
      () => item,
      (i) => (item = i),
    );
  }
  return { bases, sections, lastHeading };
}

function addToSection(
  section: Section,
  text: string,
  current: () => SectionItem | null,
  setCurrent: (i: SectionItem) => void,
): void {
  const numbered = /^(\d{1,2}|[a-zđ])\s*[.)]\s+(.*)$/u.exec(text);
  if (numbered) {
    const it: SectionItem = {
      no: numbered[1] as string,
      title: squeeze(numbered[2] as string).replace(/:\s*$/, ''),
      points: [],
    };
    section.items.push(it);
    setCurrent(it);
    return;
  }
  let it = current();
  if (!it) {
    it = { no: null, title: '', points: [] };
    section.items.push(it);
    setCurrent(it);
  }
  it.points.push(text.replace(/^[-–+•]\s*/, '').trim());
}

function readClosing(lines: Located[]): {
  sections: Section[];
  recipients: string[];
  signature: Signature | null;
} {
  const sections: Section[] = [];
  const recipients: string[] = [];
  let section: Section | null = null;
  let item: SectionItem | null = null;
  let mode: 'sections' | 'recipients' | 'signature' = 'sections';
  const sig: string[] = [];
  for (const { text } of lines) {
    if (isRecipientsHeading(text)) {
      mode = 'recipients';
      const rest = text.replace(/^\s*n[ơo]i\s+nh[ậa]n\s*:?\s*/iu, '');
      if (rest) recipients.push(cleanRecipient(rest));
      continue;
    }
    if (
      isSignatureLead(text) ||
      (mode === 'recipients' && !/^[-–+•]/.test(text) && isTitleLine(text))
    ) {
      mode = 'signature';
      sig.push(text);
      continue;
    }
    if (mode === 'signature') {
      sig.push(text);
      continue;
    }
    if (mode === 'recipients') {
      recipients.push(cleanRecipient(text));
      continue;
    }
    const heading = sectionHeading(text);
    if (heading) {
      section = { ...heading, items: [] };
      sections.push(section);
      item = null;
      continue;
    }
    if (section)
      addToSection(
        section,
        text,
        () => item,
        (i) => (item = i),
      );
  }
  return {
    sections,
    recipients: recipients.filter((r) => r.length > 0),
    signature: readSignature(sig),
  };
}

function isTitleLine(text: string): boolean {
  return text === text.toUpperCase() && hasCapitalsRun(text) && text.length <= 60;
}

function cleanRecipient(text: string): string {
  return squeeze(text.replace(/^[-–+•]\s*/, ''))
    .replace(/[;,.]+$/, '')
    .trim();
}

function readSignature(lines: string[]): Signature | null {
  if (lines.length === 0) return null;
  const sig: Signature = { onBehalfOf: null, title: null, name: null, signed: false };
  const rest: string[] = [];
  for (const line of lines) {
    if (sig.onBehalfOf === null && isSignatureLead(line)) sig.onBehalfOf = line;
    else if (/^\(.*(đã\s+ký|ký|đóng\s+dấu).*\)$/iu.test(line)) sig.signed = true;
    else rest.push(line);
  }
  const titleIdx = rest.findIndex((l) => isTitleLine(l));
  if (titleIdx >= 0) sig.title = rest[titleIdx] as string;
  const names = rest.filter((_, k) => k !== titleIdx && !isTitleLine(rest[k] as string));
  if (names.length > 0) sig.name = names[names.length - 1] as string;
  return sig;
}

// ---------------------------------------------------------------- the whole document

/** The plan a document's blocks describe, or the problems that stop it being read. */
export function interpretBlocks(blocks: Block[]): Result<Plan> {
  const problems: Problem[] = [];
  let tableIdx = -1;
  let headerRow = -1;
  for (let b = 0; b < blocks.length && tableIdx < 0; b++) {
    const block = blocks[b] as Block;
    if (block.kind !== 'table') continue;
    const h = isTaskTable(block);
    if (h >= 0) {
      tableIdx = b;
      headerRow = h;
    }
  }
  if (tableIdx < 0) return fail([error('noTaskTable')]);

  const before = blocks.slice(0, tableIdx).flatMap(flatten);
  const after = blocks.slice(tableIdx + 1).flatMap(flatten);
  const { info, consumed } = parseHeader(before.map((l) => l.text));
  const pre = basesAndSections(before.slice(consumed));

  const table = blocks[tableIdx] as Table;
  const { periods: drafts, loose } = readTaskRows(table, headerRow);
  if (drafts.every((p) => p.tasks.length === 0) && loose.length === 0)
    return fail([error('noTasks')]);

  const yearGuess =
    info.year ??
    drafts.map((d) => parsePeriodLabel(d.label, null)?.year).find((y) => y !== undefined) ??
    (info.date ? Number(info.date.slice(0, 4)) : null);
  info.year = yearGuess ?? null;

  const periods: Period[] = [];
  const usedKeys = new Set<string>();
  const addPeriod = (
    label: string,
    tasks: DraftTask[],
    at: { line?: number; tableRow?: number },
  ): void => {
    const parsed = parsePeriodLabel(label, info.year);
    let key = parsed?.key ?? `P${periods.length + 1}`;
    if (!parsed) problems.push(warning('unknownPeriod', at, { label }));
    if (usedKeys.has(key)) key = `P${periods.length + 1}`;
    if (periods.some((p) => p.label === label))
      problems.push(warning('duplicatePeriodLabel', at, { label }));
    usedKeys.add(key);
    periods.push({
      key,
      label,
      start: parsed?.start ?? null,
      end: parsed?.end ?? null,
      tasks: toTasks(tasks, key, label, problems),
    });
  };
  if (loose.length > 0) {
    const label = info.year !== null ? `Cả năm ${info.year}` : 'Cả năm';
    const first = loose[0] as DraftTask;
    problems.push(
      warning(
        'taskBeforePeriod',
        first.line !== undefined ? { line: first.line } : { tableRow: first.row },
        { label },
      ),
    );
    addPeriod(label, loose, {});
  }
  for (const d of drafts) {
    addPeriod(d.label, d.tasks, d.line !== undefined ? { line: d.line } : { tableRow: d.row });
  }

  const closing = readClosing(after);
  const taskHeading = pre.lastHeading;
  const plan: Plan = {
    document: info,
    bases: pre.bases,
    taskSection: taskHeading,
    periods,
    sections: [
      ...pre.sections.filter(
        (s) => !(taskHeading && s.no === taskHeading.no && s.title === taskHeading.title),
      ),
      ...closing.sections,
    ],
    recipients: closing.recipients,
    signature: closing.signature,
  };
  const checked = PlanSchema.safeParse(plan);
  if (!checked.success) {
    return fail(
      checked.error.issues.map((i) =>
        error('invalidModel', undefined, { path: i.path.join('.'), detail: i.message }),
      ),
    );
  }
  return ok(checked.data, problems);
}
