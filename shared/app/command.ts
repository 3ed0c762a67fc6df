/**
 * What a command is: the sheets it reads, the selection it takes, who may run it, what it does
 * and which sheets it redraws. Every host runs commands of this shape, from one table (table.ts).
 */
import type * as z from 'zod';
import type { MarkWrite } from '../book/mark';
import type { Book, LogEntry } from '../book/model';
import type { Problem } from '../errors/problem';
import type { SelectedCells } from '../plan/read-sheets';
import type { DocSpec } from '../report/doc-spec';
import type { BookRole, SheetGrid, WorkbookSpec } from '../workbook/spec';
import type { Clock } from './clock';
import type { Message } from './message';

export type CommandId =
  | 'build'
  | 'buildFromSelection'
  | 'refresh'
  | 'amend'
  | 'saveUnits'
  | 'saveMappings'
  | 'unresolved'
  | 'assign'
  | 'mark'
  | 'merge'
  | 'unitFiles'
  | 'summary'
  | 'report'
  | 'reportDoc'
  | 'protect'
  | 'selectMine'
  | 'context'
  | 'selected';

/** The office keeps the book; a unit (a district, a directly affiliated union) marks its rows. */
export type Who = 'office' | 'unit';

/** Who is using the book, as the host tells it. */
export interface User {
  who: Who;
  /** The codes of the units whose e-mail the user has (on `Đơn vị`). */
  units: string[];
  /** The user's e-mail, where the host can tell it (Google gives none for most Gmail accounts). */
  email?: string;
}

/** Selected rows (0-based sheet rows, visible rows only) of a sheet of the book. */
export interface SelectedRows {
  role: BookRole | null;
  rows: number[];
}

/** The selected block of cells, as its user sees it (a plan table pasted into a sheet). */
export interface SelectedTable {
  cells: SelectedCells;
  /** Why `cells.merges` is null: this host cannot tell merged cells, or there are too many. */
  mergesUnread?: 'version' | 'tooMany';
}

/**
 * A file for the user, and its name: a workbook to render (.xlsx), or a document to write
 * (.docx). Both are descriptions, not bytes, so that they cross the Sheets RPC as JSON and are
 * written where their writer may run (the page, the command line).
 */
export type OfferedFile = { name: string; spec: WorkbookSpec } | { name: string; doc: DocSpec };

/** The workbook of a file that a command offering workbooks offered. */
export function workbookOf(f: OfferedFile): WorkbookSpec {
  if ('spec' in f) return f.spec;
  throw new Error(`${f.name} is a document, not a workbook`);
}

/** Rows of a sheet to select for the user (the first block of their own unit's rows). */
export interface Selecting {
  role: BookRole;
  row: number;
  rows: number;
  cols: number;
}

export interface CommandContext<I> {
  input: I;
  user: User;
  /** The sheets the command reads (its `reads`), as the host read them. */
  sheets: readonly SheetGrid[];
  /** With `selection: 'rows'`: the selected rows, null where the host has no selection. */
  selection: SelectedRows | null;
  /** With `selection: 'table'`: the selected block, null where the host has no selection. */
  table: SelectedTable | null;
  clock: Clock;
  /** The book's file name, where the book is a file: problems name it. */
  file?: string;
}

export type CommandResult<D> =
  | {
      ok: true;
      /** Sheets to draw, in order, only of the command's `changes`; the others stay as they are. */
      draw: WorkbookSpec | null;
      /** The whole book the drawn sheets come from (or the book the command read). */
      book?: Book;
      /** Input cells to write on `Theo dõi` (marking). */
      marks?: MarkWrite[];
      files?: OfferedFile[];
      select?: Selecting;
      /** Set the protections again, as the sheets are now. */
      protect?: boolean;
      message: Message | null;
      warnings: Problem[];
      /** Other things to say (what the host could not tell, what a choice means). */
      notes?: Message[];
      log: LogEntry[];
      data: D;
    }
  | {
      ok: false;
      problems: Problem[];
      notes?: Message[];
      /** A question to ask before running the command again with its `consent` set. */
      confirm?: Question;
    };

/** A question a command asks before doing what cannot be undone, and the answer that goes on. */
export interface Question {
  question: Message;
  yes: Message;
}

/** What the table says of a command, whatever it takes and gives. */
export interface CommandFacts {
  id: CommandId;
  /** Who may run it; a unit asking for an office's command is refused, and not shown it. */
  who: readonly Who[];
  /** The sheets it needs, and only those. */
  reads: readonly BookRole[];
  /**
   * `rows`: the visible selected rows of one of `rowsOn` (whose sheet is then read too);
   * `table`: the selected block as its user sees it (a plan table pasted into a sheet).
   */
  selection: 'none' | 'rows' | 'table';
  rowsOn?: readonly BookRole[];
  /** The sheets it may redraw (or write marks to); a draw of any other is a fault of the command. */
  changes: readonly BookRole[];
  /** The input's yes to the command's question (`replace`, `force`): set, it goes on. */
  consent?: string;
}

export interface CommandSpec<I, D> extends CommandFacts {
  /** The input's shape, checked where input crosses a boundary (the Sheets RPC). */
  input: z.ZodType<I>;
  consent?: keyof I & string;
  run(ctx: CommandContext<I>): CommandResult<D>;
}

/** A command's result that stops it: problems, nothing written. */
export function refused(problems: Problem[], confirm?: Question): CommandResult<never> {
  return confirm ? { ok: false, problems, confirm } : { ok: false, problems };
}

/** A command's result that only says something (and hands back data). */
export function answered<D>(
  message: Message | null,
  warnings: Problem[],
  data: D,
): CommandResult<D> {
  return { ok: true, draw: null, message, warnings, log: [], data };
}

/** The office, as a host that has no other user (the Excel pane, the command line) sees it. */
export const OFFICE: User = { who: 'office', units: [] };

/**
 * The context of a command run on sheets a host read itself (the Excel pane and the Sheets
 * server run the table's commands so until they run on a port): the office's, no selection.
 */
export function contextOf<I>(
  input: I,
  sheets: readonly SheetGrid[],
  clock: Clock,
  more: Partial<Omit<CommandContext<I>, 'input' | 'sheets' | 'clock'>> = {},
): CommandContext<I> {
  return { input, user: OFFICE, sheets, selection: null, table: null, clock, ...more };
}
