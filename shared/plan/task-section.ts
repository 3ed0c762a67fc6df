/**
 * Where the task section is among the document's blocks: its task tables, in document order,
 * with what stands between them.
 *
 * A plan may write one table for the year, one table per quarter with the heading as a paragraph
 * between tables ("QUÝ I", "I. QUÝ I (Tháng 01 – 03/2024)"), or a table that Word (or a
 * conversion) cut at a page break into a new table, with its header row repeated or not. All of
 * these are one task section. It ends at a numbered section heading that is not a period
 * ("III. TỔ CHỨC THỰC HIỆN"), the recipients, the signature or "Trên đây là …"; a table with a
 * task header beyond that is another section's, and is listed rather than read.
 */
import type { Block, Table, TableRow } from './blocks';
import { cellText } from './blocks';
import { looksLikePeriodLabel } from './periods';
import { headerRowOf, tableWidth } from './task-rows';
import {
  isClosingSentence,
  isPageMark,
  isRecipientsHeading,
  isRowMarker,
  isSignatureLead,
  sectionHeading,
} from './table-cues';

interface SectionTable {
  /** Index of the table among the blocks. */
  block: number;
  /** A table with no header of its own that goes on with the one before it. */
  continues: boolean;
}

export interface TaskSection {
  /** The tables read as tasks, in order. */
  tables: SectionTable[];
  /** Tables with a task header that stand outside the section: listed, not read. */
  others: number[];
}

function ends(text: string): boolean {
  return (
    sectionHeading(text) !== null ||
    isRecipientsHeading(text) ||
    isSignatureLead(text) ||
    isClosingSentence(text)
  );
}

/**
 * A table with no header row that goes on with the task table before it: as many columns (fewer
 * in text, where a row's trailing empty cells are left out), starting with a number or a period.
 */
function continuesTable(table: Table, previous: Table): boolean {
  const width = tableWidth(table);
  if (width < 2 || width > tableWidth(previous)) return false;
  const first = table.rows.find((r) => r.cells.some((c) => cellText(c) !== ''));
  if (!first) return false;
  const texts = first.cells.map((c) => cellText(c));
  const lead = texts.find((t) => t !== '') ?? '';
  return isRowMarker(texts[0] ?? '') || isRowMarker(lead) || looksLikePeriodLabel(lead);
}

function hasPeriods(blocks: Block[], from: number, to: number): boolean {
  for (let b = from; b <= to; b++) {
    const block = blocks[b] as Block;
    if (block.kind === 'paragraph') {
      if (looksLikePeriodLabel(block.text)) return true;
      continue;
    }
    if (block.rows.some((r: TableRow) => r.cells.some((c) => looksLikePeriodLabel(cellText(c)))))
      return true;
  }
  return false;
}

/** The task section, or null when the document has no task table. */
export function findTaskSection(blocks: Block[]): TaskSection | null {
  const headed = blocks.map((b) => (b.kind === 'table' ? headerRowOf(b) >= 0 : false));
  const runs: SectionTable[][] = [];
  for (let b = 0; b < blocks.length; b++) {
    if (!headed[b]) continue;
    const run: SectionTable[] = [{ block: b, continues: false }];
    let last = b;
    for (let n = b + 1; n < blocks.length; n++) {
      const block = blocks[n] as Block;
      if (block.kind === 'paragraph') {
        if (ends(block.text)) break;
        continue;
      }
      if (headed[n]) run.push({ block: n, continues: false });
      else if (continuesTable(block, blocks[last] as Table))
        run.push({ block: n, continues: true });
      else break;
      last = n;
    }
    runs.push(run);
    b = last;
  }
  if (runs.length === 0) return null;
  // a plan's tasks are laid out by period; a table of targets ("Chỉ tiêu") is not
  const chosen =
    runs.find((run) => {
      const first = (run[0] as SectionTable).block;
      let from = first;
      while (from > 0 && (blocks[from - 1] as Block).kind === 'paragraph') {
        const text = (blocks[from - 1] as { text: string }).text;
        if (!looksLikePeriodLabel(text) && !isPageMark(text)) break;
        from--;
      }
      return hasPeriods(blocks, from, (run[run.length - 1] as SectionTable).block);
    }) ?? (runs[0] as SectionTable[]);
  const inRun = new Set(chosen.map((t) => t.block));
  const others = runs
    .flat()
    .filter((t) => !inRun.has(t.block))
    .map((t) => t.block);
  return { tables: chosen, others };
}
