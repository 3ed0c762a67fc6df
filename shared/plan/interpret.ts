/**
 * Blocks into the plan model: the header, the "Căn cứ" bases, the task section (its tables, the
 * period headings between them), the numbered sections, the recipients and the signature. Every
 * reader ends here, so a plan reads the same from text, .docx or a pasted grid; beside the plan
 * comes the account of how each row of the task section was used.
 */
import { error, warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Result } from '../errors/result';
import { fail, ok } from '../errors/result';
import { squeeze } from '../text/normalize';
import type { RowAccount } from './accounting';
import { Accountant, rowText } from './accounting';
import type { Block, Paragraph, Table } from './blocks';
import { isReadableKind } from './doc-kind';
import { Drafts } from './drafts';
import { parseHeader } from './header';
import type { Plan } from './model';
import { PlanSchema } from './model';
import type { PartyVocabulary } from './parties';
import { NO_VOCABULARY } from './parties';
import { planYear, toPeriods } from './period-keys';
import { looksLikePeriodLabel } from './periods';
import type { Located } from './sections';
import { basesAndSections, readClosing } from './sections';
import { isPageMark, withoutNumbering } from './table-cues';
import type { Layout } from './task-rows';
import { readTaskTable } from './task-rows';
import { findTaskSection } from './task-section';

export interface ReadOptions {
  /** The office's own names (its unit directory), kept whole and known as parties. */
  vocabulary?: PartyVocabulary;
}

/** A plan as read, with the account of how each row of its task section was used. */
export interface PlanReading {
  plan: Plan;
  account: RowAccount;
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

/** A paragraph that heads the tasks after it: "QUÝ I", "Quý II năm 2024", "1. Quý III:". */
function isPeriodHeading(text: string): boolean {
  return text.length <= 90 && looksLikePeriodLabel(text);
}

/** The kind of a document that has no task table, to say what it is. */
function notAPlan(blocks: Block[]): Problem {
  const { kind } = parseHeader(blocks.flatMap(flatten).map((l) => l.text));
  return kind && !isReadableKind(kind)
    ? error('notAPlan', undefined, { kind })
    : error('noTaskTable');
}

/** The plan a document's blocks describe, or the problems that stop it being read. */
export function interpretBlocks(blocks: Block[], opts: ReadOptions = {}): Result<PlanReading> {
  const vocabulary = opts.vocabulary ?? NO_VOCABULARY;
  const problems: Problem[] = [];
  const section = findTaskSection(blocks);
  if (!section) return fail([notAPlan(blocks)]);

  const tables = section.tables;
  const first = (tables[0] as { block: number }).block;
  const lastBlock = (tables[tables.length - 1] as { block: number }).block;
  const others = new Set(section.others);
  const numbered = [...tables.map((t) => t.block), ...section.others].sort((a, b) => a - b);
  const many = numbered.length > 1;
  const tableNo = (b: number): number | null => (many ? numbered.indexOf(b) + 1 : null);

  // the period heading just before the first table belongs to the task section
  let headStart = first;
  while (headStart > 0) {
    const prev = blocks[headStart - 1] as Block;
    if (prev.kind !== 'paragraph' || !(isPeriodHeading(prev.text) || isPageMark(prev.text))) break;
    headStart--;
  }
  const before = blocks
    .slice(0, headStart)
    .filter((_, b) => !others.has(b))
    .flatMap(flatten);
  const after = blocks
    .slice(lastBlock + 1)
    .filter((_, k) => !others.has(lastBlock + 1 + k))
    .flatMap(flatten);
  const { info, consumed, kind } = parseHeader(before.map((l) => l.text));
  if (kind && !isReadableKind(kind)) return fail([error('notAPlan', undefined, { kind })]);
  const pre = basesAndSections(before.slice(consumed));

  const acct = new Accountant('rows');
  const drafts = new Drafts();
  let layout: Layout | null = null;
  let firstHeaderKey: string | null = null;
  let governed = false;
  let lastTable: number | null = null;
  let t = 0;
  for (let b = headStart; b <= lastBlock; b++) {
    const block = blocks[b] as Block;
    if (block.kind === 'paragraph') {
      const at = block.line === undefined ? {} : { line: block.line };
      if (isPageMark(block.text)) {
        acct.use('pageMark');
      } else if (isPeriodHeading(block.text)) {
        // in a .docx, a heading is found by the table it heads
        const next = tables[t] ? tableNo((tables[t] as { block: number }).block) : null;
        const where = block.line === undefined && next !== null ? { table: next } : at;
        drafts.open(withoutNumbering(block.text), where, 'heading');
        acct.use('period');
        governed = true;
      } else {
        acct.skip(at, 'betweenTables', block.text);
        problems.push(
          warning('textBetweenTables', at, {
            text: rowText(block.text),
            after: lastTable ?? 0,
          }),
        );
      }
      continue;
    }
    const entry = tables[t];
    if (!entry || entry.block !== b) continue;
    t++;
    const number = tableNo(b);
    const read = readTaskTable(
      {
        table: block,
        number,
        continues: entry.continues ? layout : null,
        previous: layout,
        governed,
        firstHeaderKey,
      },
      drafts,
      acct,
      problems,
    );
    layout = read;
    firstHeaderKey ??= read.key;
    governed = false;
    lastTable = number ?? 1;
  }

  for (const b of section.others) {
    const table = blocks[b] as Table;
    const number = tableNo(b) as number;
    acct.account.tables++;
    let rows = 0;
    table.rows.forEach((row, r) => {
      const text = row.cells
        .map((c) => c.paragraphs.join(' '))
        .filter((x) => x.trim() !== '')
        .join(' | ');
      if (!text) return;
      rows++;
      const at = row.line !== undefined ? { line: row.line } : { table: number, tableRow: r + 1 };
      acct.skip(at, 'otherTable', text);
    });
    const heading = [...blocks.slice(0, b)]
      .reverse()
      .find((x): x is Paragraph => x.kind === 'paragraph' && x.text.trim() !== '');
    problems.push(
      warning(
        'taskTableNotRead',
        { table: number },
        { rows, heading: rowText(heading?.text ?? '') },
      ),
    );
  }

  if (drafts.taskCount() === 0) return fail([error('noTasks')]);
  const year = planYear(drafts, info);
  if (year) {
    info.year = year.year;
    if (year.school) info.schoolYear = `${year.year}-${year.year + 1}`;
  }
  const periods = toPeriods(drafts, year, vocabulary, problems);

  const closing = readClosing(after);
  const unplaced = closing.unplaced[0];
  if (unplaced) {
    problems.push(
      warning('textAfterTasks', unplaced.line === undefined ? {} : { line: unplaced.line }, {
        count: closing.unplaced.length,
        text: rowText(unplaced.text),
      }),
    );
  }
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
  return ok({ plan: checked.data, account: acct.account }, problems);
}
