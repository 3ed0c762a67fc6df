/// <reference types="google-apps-script" />
/**
 * The Sheets host's port: what the runner asks of the spreadsheet, each call answered at once
 * (SpreadsheetApp's services are synchronous, and google.script.run must get a value back). One
 * port serves one command: the sheets it read are kept for the draw (the last-updated notes of
 * `Theo dõi` follow their rows) and for the protections.
 */
import type { SelectedRows, SelectedTable, Selecting, User } from '../../../shared/app/command';
import type { Clock } from '../../../shared/app/clock';
import type { Message } from '../../../shared/app/message';
import { words } from '../../../shared/app/message';
import type { DrawFeature, HostPortNow } from '../../../shared/app/port';
import type { MarkWrite } from '../../../shared/book/mark';
import type { Book } from '../../../shared/book/model';
import { SHEET } from '../../../shared/i18n/workbook-vi';
import { columnRuns } from '../../../shared/layout/tracking-columns';
import { readBook, sheetsNamed } from '../../../shared/read/book';
import type { Unit } from '../../../shared/units/model';
import { readUnitsGrid } from '../../../shared/units/read-units';
import type {
  BookRole,
  Cell,
  SheetGrid,
  SheetSpec,
  WorkbookSpec,
} from '../../../shared/workbook/spec';
import { BOOK_ROLES } from '../../../shared/workbook/spec';
import { planDraw, type ApiDraw } from './api-draw';
import { drawCharts } from './charts';
import { syncFilterViews } from './filter-views';
import type { Progress } from './guard';
import type { NoteKind } from './host-notes';
import { sayOnce } from './host-notes';
import type { ApiProtect, ProtectResult, UnitBlock } from './protect';
import {
  blocksOf,
  isOffice,
  officeEditors,
  protectContext,
  protectSheets,
  protectUnitBlocks,
  protectUnitBlocksApi,
} from './protect';
import {
  STATUS_COL,
  dateConverter,
  drawWorkbook,
  type Drawn,
  formulaSeparator,
  keyColumns,
  readGrid,
  readSelectedCells,
  readTrackingNotes,
  toSheetsValue,
} from './sheets-adapter';
import {
  drawingApi,
  readMeta,
  readValues,
  sendRequests,
  sendValues,
  type SheetsApi,
  type SpreadsheetMeta,
} from './sheets-api';
import { stampText } from './stamp';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const ROLE_OF = new Map<string, BookRole>(
  (Object.entries(SHEET) as [BookRole, string][]).map(([role, name]) => [name, role]),
);

/** Rows of a selection whose hidden state is asked (two calls a row); a larger one counts as shown, as in Excel. */
const MAX_ROWS_CHECKED = 5000;

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function activeEmail(): string {
  try {
    return Session.getActiveUser().getEmail() ?? '';
  } catch {
    return '';
  }
}

/**
 * A mark's cells as setValues takes them, as the draw writes them: the status as text, the date
 * as a serial; evidence and note are text cells (`@`), which take text as it is.
 */
function markValues(cells: readonly Cell[]): (string | number | boolean)[] {
  return cells.map((c, i) => toSheetsValue(c, i >= 2, ';'));
}

/** Of the spreadsheet's sheets, those of these roles (and copies of them, which the reader names). */
function wantedSheets(names: readonly string[], roles: readonly BookRole[]): Set<string> {
  return new Set(
    sheetsNamed(
      names.map((name) => ({ name, values: [] })),
      roles.map((r) => SHEET[r]),
    ).map((g) => g.name),
  );
}

/** The name a new spreadsheet gives its first sheet ("Trang tính1", "Sheet1"). */
const DEFAULT_SHEET = /^(Trang tính|Sheet|Feuille|Hoja)\s?\d+$/;

/** A new spreadsheet's empty "Trang tính1" / "Sheet1" is left over after a build: removed. */
function removeBlankDefaultSheets(ss: Spreadsheet): void {
  for (const sheet of ss.getSheets()) {
    if (!DEFAULT_SHEET.test(sheet.getName())) continue;
    if (sheet.getLastRow() === 0 && sheet.getLastColumn() === 0) ss.deleteSheet(sheet);
  }
}

/**
 * What the `--sheets-api` build has yet to send: the draw's requests and the protections', then
 * the values, then the charts (SpreadsheetApp's). The sheets drawn, in order, for what a
 * failure says was written.
 */
interface Pending extends ApiDraw {
  names: string[];
}

/** `Theo dõi` as the protections need it: each unit's blocks of input cells, and the table's size. */
interface TrackingBlocks {
  blocks: UnitBlock[];
  rows: number;
  cols: number;
  unitCol: number;
}

export class SheetsPort implements HostPortNow {
  readonly host = 'sheets' as const;
  private readonly grids = new Map<string, SheetGrid>();
  private readonly drawn: SheetSpec[] = [];
  /** The sheets this command drew, and those it inserted. */
  private readonly drawnSheets: Drawn = { sheets: new Map(), inserted: new Set() };
  private user: User | null = null;
  private toSerial: ((d: Date) => number) | null = null;
  /** The advanced service, in the `--sheets-api` build: the draw and reads go through it. */
  private readonly api: SheetsApi | null = drawingApi();
  /** The spreadsheet as it was when the command started (`--sheets-api`), read once. */
  private meta: SpreadsheetMeta | null = null;
  private pending: Pending | null = null;
  /** Sheet ids by name (`--sheets-api`): the metadata's, and those of sheets this command added. */
  private sheetIds: Map<string, number> | null = null;

  /** `progress`: what was written so far, for a failure to say. */
  constructor(
    private readonly ss: Spreadsheet,
    private readonly clock: Clock,
    readonly progress: Progress = { done: [], current: null },
  ) {}

  /** The office (who may edit the protected sheets), or a unit; its units by e-mail on `Đơn vị`. */
  who(): User {
    if (this.user) return this.user;
    const email = activeEmail();
    const grid = email ? this.grid(SHEET.units) : undefined;
    const read = grid ? readUnitsGrid(grid) : null;
    const units: Unit[] = read?.ok ? read.value : [];
    this.user = {
      who: isOffice(this.ss, SHEET.tracking, this.api ? this.metadata() : undefined)
        ? 'office'
        : 'unit',
      units: units.filter((u) => u.emails.some((e) => sameEmail(e, email))).map((u) => u.code),
      ...(email ? { email } : {}),
    };
    return this.user;
  }

  /** The sheets of these roles (and copies of them, which the reader names), read once each. */
  readSheets(roles: readonly BookRole[]): SheetGrid[] {
    if (this.api) return this.readSheetsApi(roles, this.api);
    const sheets = this.ss.getSheets();
    const names = sheets.map((s) => s.getName());
    const wanted = wantedSheets(names, roles);
    const out: SheetGrid[] = [];
    sheets.forEach((sheet, i) => {
      const name = names[i] as string;
      if (wanted.has(name))
        out.push(this.grids.get(name) ?? this.remember(readGrid(sheet, name, this.serials())));
    });
    return out;
  }

  /** The same through the API: the sheets not read yet, in one call. */
  private readSheetsApi(roles: readonly BookRole[], api: SheetsApi): SheetGrid[] {
    const names = this.metadata().sheets.map((s) => s.title);
    const wanted = wantedSheets(names, roles);
    const missing = names.filter((n) => wanted.has(n) && !this.grids.has(n));
    readValues(api, this.ss.getId(), missing).forEach((values, i) =>
      this.remember({ name: missing[i] as string, values }),
    );
    return names.filter((n) => wanted.has(n)).map((n) => this.grids.get(n) as SheetGrid);
  }

  /**
   * The selected rows of the active sheet, within its rows, leaving out the rows a filter or the
   * user hides: a selection made on a filtered sheet still spans them.
   */
  readSelection(): SelectedRows | null {
    const range = this.ss.getActiveRange();
    if (!range) return null;
    const sheet = range.getSheet();
    const role = ROLE_OF.get(sheet.getName()) ?? null;
    const first = range.getRow() - 1;
    const end = Math.min(first + range.getNumRows(), sheet.getLastRow());
    const rows: number[] = [];
    for (let r = first; r < end; r++) rows.push(r);
    if (rows.length < 2 || rows.length > MAX_ROWS_CHECKED) return { role, rows };
    return {
      role,
      rows: rows.filter(
        (r) => !sheet.isRowHiddenByFilter(r + 1) && !sheet.isRowHiddenByUser(r + 1),
      ),
    };
  }

  readSelectedTable(): SelectedTable {
    return { cells: readSelectedCells(this.ss) };
  }

  /** Draws the sheets of `spec`; Sheets has every feature the book uses, so none is skipped. */
  draw(spec: WorkbookSpec, _book: Book): { skipped: DrawFeature[] } {
    const redrawsTracking = spec.sheets.some((s) => s.role === 'tracking');
    if (this.api) return this.drawApi(spec, redrawsTracking, this.api);
    const tracking = redrawsTracking ? this.ss.getSheetByName(SHEET.tracking) : null;
    const trackingNotes = tracking
      ? readTrackingNotes(tracking, this.grid(SHEET.tracking))
      : new Map<string, string>();
    const progress = this.progress;
    const drawn = drawWorkbook(this.ss, spec, {
      trackingNotes,
      onStart: (name) => {
        progress.current = name;
      },
      onSheet: (name) => {
        progress.done.push(name);
        progress.current = null;
      },
    });
    for (const [name, sheet] of drawn.sheets) this.drawnSheets.sheets.set(name, sheet);
    for (const name of drawn.inserted) this.drawnSheets.inserted.add(name);
    // a book built where there was none: the spreadsheet's own first sheet, if blank, goes
    const built = spec.sheets.some((s) => s.role === 'meta') && !this.grids.has(SHEET.meta);
    this.drawn.push(...spec.sheets);
    if (built && spec.sheets.some((s) => s.role === 'plan')) removeBlankDefaultSheets(this.ss);
    return { skipped: [] };
  }

  /**
   * The draw as requests and values (`--sheets-api`), sent when the command ends (`finish`),
   * with the protections' requests: the spreadsheet's metadata was read once, before.
   */
  private drawApi(
    spec: WorkbookSpec,
    redrawsTracking: boolean,
    api: SheetsApi,
  ): { skipped: DrawFeature[] } {
    const meta = this.metadata();
    const trackingThere = meta.sheets.some((s) => s.title === SHEET.tracking);
    const tracking =
      redrawsTracking && trackingThere ? this.ss.getSheetByName(SHEET.tracking) : null;
    const trackingNotes = tracking
      ? readTrackingNotes(tracking, this.grid(SHEET.tracking))
      : new Map<string, string>();
    const plan = planDraw(meta, spec, {
      separator: formulaSeparator(meta.locale),
      trackingNotes,
    });
    const pending = this.pendingFor(meta);
    pending.requests.push(...plan.requests);
    pending.values.push(...plan.values);
    pending.valueBytes.push(...plan.valueBytes);
    pending.charted.push(...plan.charted);
    for (const [name, id] of plan.ids) pending.ids.set(name, id);
    for (const name of plan.inserted) {
      pending.inserted.add(name);
      this.drawnSheets.inserted.add(name);
    }
    pending.names.push(...spec.sheets.map((s) => s.name));
    // a book built where there was none: the spreadsheet's own first sheet, if blank, goes
    const built = spec.sheets.some((s) => s.role === 'meta') && !this.grids.has(SHEET.meta);
    this.drawn.push(...spec.sheets);
    if (built && spec.sheets.some((s) => s.role === 'plan')) {
      const drawnNames = new Set(spec.sheets.map((s) => s.name));
      const candidates = meta.sheets.filter(
        (s) => DEFAULT_SHEET.test(s.title) && !drawnNames.has(s.title),
      );
      const values = readValues(
        api,
        meta.id,
        candidates.map((s) => s.title),
      );
      candidates.forEach((s, i) => {
        if ((values[i] ?? []).length === 0)
          pending.requests.push({ deleteSheet: { sheetId: s.id } });
      });
    }
    return { skipped: [] };
  }

  /** The requests and values still to send (`--sheets-api`). */
  private pendingFor(meta: SpreadsheetMeta): Pending {
    // the ids outlive a send: a draw sent early (before a selection) is protected afterwards
    this.sheetIds ??= new Map(meta.sheets.map((s) => [s.title, s.id]));
    this.pending ??= {
      requests: [],
      values: [],
      valueBytes: [],
      ids: this.sheetIds,
      inserted: new Set(),
      charted: [],
      names: [],
    };
    return this.pending;
  }

  /**
   * Sends what the `--sheets-api` build gathered: the requests (one batchUpdate, or more when
   * the payload limit splits them), then the values, then the charts. Called when the command
   * ends, and before anything else writes to or selects in the spreadsheet.
   */
  finish(): void {
    const p = this.pending;
    const api = this.api;
    if (!p || !api) return;
    this.pending = null;
    const progress = this.progress;
    // one batch is applied whole or not at all: until it is, nothing was written
    progress.current = p.names[0] ?? null;
    const id = this.ss.getId();
    sendRequests(api, id, p.requests);
    const blocks = new Map<string, number>();
    // "'Theo dõi'!A1:K40" → "Theo dõi"
    const titleOf = (range: string) => range.slice(1, range.lastIndexOf("'!")).replace(/''/g, "'");
    for (const v of p.values) blocks.set(titleOf(v.range), (blocks.get(titleOf(v.range)) ?? 0) + 1);
    const done = () => {
      progress.done = p.names.filter((n) => !blocks.get(n));
      progress.current = p.names.find((n) => blocks.get(n)) ?? null;
    };
    done();
    sendValues(
      api,
      id,
      p.values,
      (sent) => {
        for (const v of sent) blocks.set(titleOf(v.range), (blocks.get(titleOf(v.range)) ?? 1) - 1);
        done();
      },
      p.valueBytes,
    );
    for (const spec of p.charted) {
      progress.current = spec.name;
      const sheet = this.ss.getSheetByName(spec.name);
      if (sheet) drawCharts(sheet, spec, true);
    }
    progress.current = null;
  }

  /**
   * Writes the marked rows' input cells: one setValues (and one setNotes, the last-updated stamp)
   * per run of adjacent rows, and of adjacent input columns (the office may have put a column of
   * its own among them).
   */
  writeMarks(marks: readonly MarkWrite[]): void {
    this.finish();
    const sheet = this.ss.getSheetByName(SHEET.tracking);
    if (!sheet) return;
    const stamp = stampText(this.who().email ?? '');
    const writes = [...marks].sort((a, b) => a.row - b.row);
    const cols = writes[0]?.cols ?? [];
    const runs = columnRuns(cols);
    for (let i = 0; i < writes.length;) {
      let j = i + 1;
      while (j < writes.length && writes[j]!.row === writes[j - 1]!.row + 1) j++;
      const run = writes.slice(i, j);
      const first = run[0]!.row + 1;
      for (const c of runs) {
        sheet
          .getRange(first, c.col + 1, run.length, c.cols)
          .setValues(run.map((w) => markValues(w.cells).slice(c.from, c.from + c.cols)));
      }
      sheet
        .getRange(first, (cols[0] ?? STATUS_COL) + 1, run.length, 1)
        .setNotes(run.map(() => [stamp]));
      i = j;
    }
  }

  select(rows: Selecting): void {
    this.finish();
    this.ss
      .getSheetByName(SHEET[rows.role])
      ?.getRange(rows.row + 1, 1, rows.rows, rows.cols)
      .activate();
  }

  /**
   * Every sheet drawn (or, asked for, every sheet of the book) protected for the office, and on
   * `Theo dõi` each unit's input cells for that unit's e-mails; a filter view per unit where the
   * advanced service is on. What it says of them is said once, unless asked for.
   */
  protect(book: Book): Message[] {
    this.progress.protecting = true;
    const notes = this.protectNow(book, this.drawn.length === 0);
    this.progress.protecting = false;
    return notes;
  }

  private protectNow(book: Book, asked: boolean): Message[] {
    const office = officeEditors(book.units, this.who().email ?? '');
    const t = this.trackingBlocks(book.units, asked);
    const names = asked ? BOOK_ROLES.map((r) => SHEET[r]) : this.drawn.map((s) => s.name);
    let into: ApiProtect | null = null;
    if (this.api) {
      const meta = this.metadata();
      into = { ...this.pendingFor(meta), meta };
    }
    const ctx = protectContext(this.ss, into);
    const drawn = this.drawnSheets;
    protectSheets(
      this.ss,
      names,
      office,
      ctx,
      t ? { name: SHEET.tracking, blocks: t.blocks } : undefined,
      drawn,
    );
    if (!t) return [];
    const inserted = drawn.inserted.has(SHEET.tracking);
    let r: ProtectResult;
    if (into) {
      const id = into.ids.get(SHEET.tracking);
      r = protectUnitBlocksApi(id, t.blocks, office, { ...ctx, api: into }, inserted);
    } else {
      const tracking = drawn.sheets.get(SHEET.tracking) ?? this.ss.getSheetByName(SHEET.tracking);
      r = protectUnitBlocks(tracking, t.blocks, office, ctx, inserted);
    }
    const notes: [NoteKind, Message][] = [['protections', words((ui) => ui.sheets.protections(r))]];
    if (r.notShared.length > 0) {
      const emails = r.notShared.join(', ');
      notes.push(['notShared', words((ui) => ui.sheets.notShared({ emails }))]);
    }
    const inBook = new Set(t.blocks.map((b) => b.unitCode));
    const views = book.units
      .filter((u) => inBook.has(u.code))
      .map((u) => ({ title: u.name, unitName: u.name, rows: t.rows, cols: t.cols }));
    const made = syncFilterViews(this.ss.getId(), SHEET.tracking, t.unitCol, views, into);
    notes.push([
      'filterViews',
      made === null
        ? words((ui) => ui.sheets.noFilterViews)
        : words((ui) => ui.sheets.filterViews({ count: made })),
    ]);
    return sayOnce(notes, asked);
  }

  /** Files are written in the sidebar (exceljs is there): they go out in the Outcome. */
  offer(): void {}

  /**
   * Each unit's blocks on `Theo dõi`: as drawn by this command, or as the sheet holds them now
   * (the protections asked for again after the office sorted it); null when it was not drawn.
   */
  private trackingBlocks(units: readonly Unit[], asked: boolean): TrackingBlocks | null {
    const drawn = this.drawn.find((s) => s.role === 'tracking');
    if (drawn) {
      return {
        blocks: (drawn.unitRanges ?? []).map((u) => ({ ...u, range: { ...u.range } })),
        rows: drawn.rows.length,
        cols: drawn.columns.length,
        unitCol: keyColumns(drawn.rows[0] as unknown[] | undefined).unit,
      };
    }
    const grid = asked ? this.grid(SHEET.tracking) : undefined;
    if (!grid) return null;
    const read = readBook([...this.grids.values()], { strict: false, today: this.clock.today });
    return {
      blocks: read.ok ? blocksOf(read.value.tracking, units) : [],
      rows: grid.values.length || 1,
      cols: grid.values[0]?.length ?? 11,
      unitCol: keyColumns(grid.values[0]).unit,
    };
  }

  /** A sheet by name as read for this command (read now if it was not). */
  private grid(name: string): SheetGrid | undefined {
    const kept = this.grids.get(name);
    if (kept) return kept;
    if (this.api) {
      if (!this.metadata().sheets.some((s) => s.title === name)) return undefined;
      const [values] = readValues(this.api, this.ss.getId(), [name]);
      return this.remember({ name, values: values ?? [] });
    }
    const sheet = this.ss.getSheetByName(name);
    return sheet ? this.remember(readGrid(sheet, name, this.serials())) : undefined;
  }

  private remember(grid: SheetGrid): SheetGrid {
    this.grids.set(grid.name, grid);
    return grid;
  }

  /** The spreadsheet's metadata as the command found it (`--sheets-api`): one call. */
  private metadata(): SpreadsheetMeta {
    this.meta ??= readMeta(this.api as SheetsApi, this.ss.getId());
    return this.meta;
  }

  private serials(): (d: Date) => number {
    this.toSerial ??= dateConverter(this.ss);
    return this.toSerial;
  }
}
