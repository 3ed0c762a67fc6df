/// <reference types="office-js" />
/**
 * The Excel host's port: the open workbook through Office.js, one request context a command (the
 * bridge makes one port in each Excel.run). Reading, drawing and writing are the excel/ code,
 * with its batching under Excel's limits; this maps the book's roles to its sheets.
 */
import type {
  OfferedFile,
  SelectedRows,
  SelectedTable,
  Selecting,
  User,
} from '../../../shared/app/command';
import { OFFICE } from '../../../shared/app/command';
import type { Message } from '../../../shared/app/message';
import { words } from '../../../shared/app/message';
import type { DrawFeature, HostPort } from '../../../shared/app/port';
import type { MarkWrite } from '../../../shared/book/mark';
import type { Book } from '../../../shared/book/model';
import { SHEET } from '../../../shared/i18n/workbook-vi';
import { describeBook } from '../../../shared/layout/describe';
import { columnRuns } from '../../../shared/layout/tracking-columns';
import { HEAD_ROWS } from '../../../shared/read/heads';
import { foldKey } from '../../../shared/text/normalize';
import { rangeAddress } from '../../../shared/workbook/a1';
import type { BookRole, SheetGrid, WorkbookSpec } from '../../../shared/workbook/spec';
import { BOOK_ROLES } from '../../../shared/workbook/spec';
import { drawWorkbook } from '../excel/draw';
import { protectAgain } from '../excel/protect';
import type { SheetRequest } from '../excel/read';
import { readSelectedTable, readSelection, readSheets } from '../excel/read';
import type { Support } from '../excel/support';
import { writeRows } from '../excel/write-rows';

const roleOf = (sheet: string): BookRole | null =>
  BOOK_ROLES.find((r) => foldKey(SHEET[r]) === foldKey(sheet)) ?? null;

export class ExcelPort implements HostPort {
  readonly host = 'excel' as const;
  /** Round trips (`context.sync()`) made so far, for the curious (and the tests). */
  syncs = 0;
  /** The role of the selected rows' sheet, read whole. */
  private rowsOn: BookRole | null = null;
  private drew = false;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly support: Support,
  ) {}

  /** Excel has no other user: whoever opens the book in Excel is the office. */
  who(): Promise<User> {
    return Promise.resolve(OFFICE);
  }

  async readSheets(roles: readonly BookRole[]): Promise<SheetGrid[]> {
    const requests = roles.map((role): SheetRequest => {
      const head = role === this.rowsOn ? undefined : HEAD_ROWS[role];
      return head === undefined ? { name: SHEET[role] } : { name: SHEET[role], maxRows: head };
    });
    const r = await readSheets(this.context, requests, this.support);
    this.syncs += r.syncs;
    return r.sheets;
  }

  async readSelection(): Promise<SelectedRows> {
    const sel = await readSelection(this.context, this.support, (sheet) => roleOf(sheet) !== null);
    this.syncs += sel.syncs;
    this.rowsOn = roleOf(sel.sheet);
    return { role: this.rowsOn, rows: sel.rows };
  }

  async readSelectedTable(): Promise<SelectedTable> {
    const { syncs, ...table } = await readSelectedTable(this.context, this.support);
    this.syncs += syncs;
    return table;
  }

  async draw(spec: WorkbookSpec): Promise<{ skipped: DrawFeature[] }> {
    const names = new Set(spec.sheets.map((s) => s.name));
    // the whole book built: its rows; the report recomputed alone: the report
    const activate = names.has(SHEET.plan)
      ? SHEET.tracking
      : names.has(SHEET.report) && !names.has(SHEET.tracking)
        ? SHEET.report
        : undefined;
    const r = await drawWorkbook(this.context, spec, this.support, activate ? { activate } : {});
    this.syncs += r.syncs;
    this.drew = true;
    return { skipped: r.skipped };
  }

  async writeMarks(writes: readonly MarkWrite[]): Promise<void> {
    // the four input cells, where the sheet has them (the office may have added columns)
    const cols = writes[0]?.cols ?? [];
    for (const run of columnRuns(cols)) {
      const slice = (cells: readonly unknown[]) => cells.slice(run.from, run.from + run.cols);
      this.syncs += await writeRows(
        this.context,
        SHEET.tracking,
        run.col,
        writes.map((w) => ({ row: w.row, cells: slice(w.cells) as typeof w.cells })),
        // evidence and note are text cells ("@"), written as typed
        {
          textColumns: [2, 3].map((i) => i - run.from).filter((i) => i >= 0 && i < run.cols),
          protect: true,
        },
        this.support,
      );
    }
  }

  async select(rows: Selecting): Promise<void> {
    const ws = this.context.workbook.worksheets.getItem(SHEET[rows.role]);
    ws.activate();
    ws.getRange(rangeAddress({ row: rows.row, col: 0, rows: rows.rows, cols: rows.cols })).select();
    await this.context.sync();
    this.syncs += 1;
  }

  /** A draw protects each sheet as it goes; without one, the protections are set again. */
  async protect(book: Book): Promise<Message[]> {
    if (this.drew) return [];
    if (!this.support.has('protection')) {
      return [words((ui) => ui.missingFeatures({ features: ui.excel.features.protection }))];
    }
    this.syncs += await protectAgain(this.context, describeBook(book).spec, this.support);
    return [];
  }

  /** The files go out in the Outcome: the UI renders them, to download or open in Excel. */
  offer(_files: readonly OfferedFile[]): Promise<void> {
    return Promise.resolve();
  }
}
